/* detente dashboard: plain JS over the HTTP API (all aggregation and paging is server-side). */
(function () {
  "use strict";
  const $ = sel => document.querySelector(sel);
  const QUAD_NAMES = { 1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict" };

  function setStatus(text) { $("#status").textContent = text || ""; }

  async function api(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
    }
    const res = await fetch(url);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      throw new Error(`${res.status}: ${detail}`);
    }
    return body;
  }

  function text(tag, value, cls) {
    const node = document.createElement(tag);
    node.textContent = value === null || value === undefined ? "" : String(value);
    if (cls) node.className = cls;
    return node;
  }

  /* ---------------------------------------------------------------- tabs */
  const loaded = {};
  function show(view) {
    document.querySelectorAll("#tabs button").forEach(b => b.classList.toggle("active", b.dataset.view === view));
    document.querySelectorAll(".view").forEach(s => s.classList.toggle("active", s.id === "view-" + view));
    if (!loaded[view] && LOADERS[view]) { loaded[view] = true; LOADERS[view](); }
  }
  document.querySelectorAll("#tabs button").forEach(b => b.addEventListener("click", () => show(b.dataset.view)));

  /* ------------------------------------------------------- events table */
  const COLUMNS = [
    ["date", "date", r => r.date || r.published],
    ["source", "source", r => r.source_name + (r.source_country ? ` (${r.source_country})` : "")],
    [null, "action", r => `${r.cameo} ${r.plover || ""}`.trim()],
    ["target", "target", r => r.target_name ? r.target_name + (r.target_country ? ` (${r.target_country})` : "") : "\u2014"],
    ["quad_class", "quad", r => QUAD_NAMES[r.quad_class] || r.quad_class],
    ["goldstein", "Goldstein", r => r.goldstein],
    [null, "reports", r => `${r.num_articles} art. / ${r.num_sources} src.`],
    [null, "sentence", r => r.sentence],
  ];

  function eventsTable(container, baseParams) {
    const state = { sort: "date", order: "desc", offset: 0, limit: 25 };
    async function render() {
      let page;
      try {
        page = await api("/events", Object.assign({}, baseParams(), {
          sort: state.sort, order: state.order, offset: state.offset, limit: state.limit }));
      } catch (err) {
        container.textContent = err.message;
        return;
      }
      container.textContent = "";
      const table = document.createElement("table");
      table.className = "events";
      const head = table.createTHead().insertRow();
      for (const [key, label] of COLUMNS) {
        const th = text("th", label);
        if (key) {
          th.className = "sortable" + (state.sort === key ? " sorted" + (state.order === "asc" ? " asc" : "") : "");
          th.dataset.sort = key;
          th.addEventListener("click", () => {
            if (state.sort === key) state.order = state.order === "desc" ? "asc" : "desc";
            else { state.sort = key; state.order = "desc"; }
            state.offset = 0;
            render();
          });
        }
        head.appendChild(th);
      }
      const body = table.createTBody();
      for (const r of page.items) {
        const tr = body.insertRow();
        tr.className = "event-row";
        tr.dataset.eventId = r.id;
        for (const [key, , get] of COLUMNS) {
          const td = text("td", get(r));
          if (key === "goldstein") td.className = r.goldstein < 0 ? "g-neg" : "g-pos";
          tr.appendChild(td);
        }
        tr.addEventListener("click", () => openArticle(r.article_id, r.id));
      }
      container.appendChild(table);
      const pager = document.createElement("div");
      pager.className = "pager";
      const prev = text("button", "\u2039 prev"), next = text("button", "next \u203A");
      prev.type = next.type = "button";
      prev.disabled = state.offset === 0;
      next.disabled = state.offset + state.limit >= page.total;
      prev.addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); render(); });
      next.addEventListener("click", () => { state.offset += state.limit; render(); });
      const from = page.total ? state.offset + 1 : 0;
      pager.append(prev, text("span", `${from}\u2013${Math.min(state.offset + state.limit, page.total)} of ${page.total} events`), next);
      container.appendChild(pager);
    }
    return { render, reset() { state.offset = 0; return render(); } };
  }

  /* ------------------------------------------------------- article panel */
  function highlighted(textValue, ev) {
    const frag = document.createDocumentFragment();
    const spans = (ev ? ev.highlights : []).filter(h => h.start < h.end);
    const cuts = new Set([0, textValue.length]);
    spans.forEach(h => { cuts.add(h.start); cuts.add(h.end); });
    const points = [...cuts].filter(c => c >= 0 && c <= textValue.length).sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const kinds = spans.filter(h => h.start <= a && h.end >= b).map(h => "hl-" + h.kind);
      const piece = textValue.slice(a, b);
      if (!kinds.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      /* nest: sentence outermost, then source/target, trigger innermost */
      const order = ["hl-sentence", "hl-source", "hl-target", "hl-trigger"];
      kinds.sort((x, y) => order.indexOf(x) - order.indexOf(y));
      const span = document.createElement("mark");
      span.className = kinds.join(" ");
      span.textContent = piece;
      frag.appendChild(span);
    }
    return frag;
  }

  async function openArticle(articleId, eventId) {
    let art;
    try { art = await api("/articles/" + encodeURIComponent(articleId)); }
    catch (err) { setStatus(err.message); return; }
    const panel = $("#article-panel");
    panel.hidden = false;
    $("#article-title").textContent = art.title || art.id;
    $("#article-meta").textContent = [art.source, art.published, art.url].filter(Boolean).join(" \u00B7 ");
    const list = $("#article-events");
    list.textContent = "";
    function select(ev) {
      const box = $("#article-event");
      box.textContent = "";
      if (ev) {
        const line = document.createElement("div");
        line.append(text("strong", ev.source_name), " \u2192 ", text("code", `${ev.cameo} ${ev.plover || ""}`),
          " \u2192 ", text("strong", ev.target_name || "\u2014"),
          `  (Goldstein ${ev.goldstein}, ${ev.modality}, ${ev.date || ""})`);
        const rule = document.createElement("div");
        rule.className = "rule";
        rule.append("rule: ", text("code", ev.rule), `  trigger \u201C${ev.trigger_text}\u201D`);
        box.append(line, rule);
      }
      const body = $("#article-text");
      body.textContent = "";
      body.appendChild(highlighted(art.text || "", ev));
      list.querySelectorAll("li").forEach(li => li.classList.toggle("selected", ev && li.dataset.eventId === ev.id));
      const mark = body.querySelector(".hl-trigger") || body.querySelector(".hl-sentence");
      if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: "center" });
    }
    for (const ev of art.events) {
      const li = text("li", `${ev.source_name} \u2192 ${ev.cameo} ${ev.plover || ""} \u2192 ${ev.target_name || "\u2014"}: \u201C${ev.trigger_text}\u201D`);
      li.dataset.eventId = ev.id;
      li.addEventListener("click", () => select(ev));
      list.appendChild(li);
    }
    select(art.events.find(e => e.id === eventId) || art.events[0]);
  }
  $("#article-close").addEventListener("click", () => { $("#article-panel").hidden = true; });

  /* ------------------------------------------------------------ dyad view */
  let dyadEvents = null;
  function dyadKeys() { return { a: $("#actor-a").value, b: $("#actor-b").value }; }

  async function fillPickers() {
    const [countries, people, top] = await Promise.all([
      api("/actors", { level: "country", limit: 300 }),
      api("/actors", { level: "actor", limit: 300 }),
      api("/dyads", { limit: 1 }),
    ]);
    for (const sel of [$("#actor-a"), $("#actor-b")]) {
      sel.textContent = "";
      const g1 = document.createElement("optgroup"); g1.label = "countries";
      const g2 = document.createElement("optgroup"); g2.label = "actors";
      countries.forEach(r => { const o = text("option", `${r.key} (${r.events})`); o.value = r.key; g1.appendChild(o); });
      people.forEach(r => { const o = text("option", `${r.label} (${r.events})`); o.value = r.key; g2.appendChild(o); });
      sel.append(g1, g2);
    }
    if (top.length) { $("#actor-a").value = top[0].a; $("#actor-b").value = top[0].b; }
    else if (countries.length > 1) { $("#actor-b").selectedIndex = 1; }
  }

  async function loadDyad() {
    const { a, b } = dyadKeys();
    if (!a || !b) return;
    const by = $("#period").value, directed = $("#directed").checked;
    setStatus("loading\u2026");
    let res;
    try { res = await api(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { by, directed }); }
    catch (err) { setStatus(err.message); return; }
    const rows = res.series;
    SVGC.dyadChart($("#dyad-chart"), rows, { by, unit: res.unit });
    const total = rows.reduce((s, r) => s + r.events, 0);
    const last = rows.length ? rows[rows.length - 1] : null;
    $("#dyad-summary").textContent = `${a} \u2194 ${b}${directed ? ` (${a} \u2192 ${b})` : ""}: ${total} event clusters in ${rows.length} periods` +
      (last ? `; latest tension index ${last.tension} (+ = conflict, \u2212 = cooperation)` : "") +
      (res.alerts.length ? `; ${res.alerts.length} alert(s): ` + res.alerts.map(x => `${x.period} ${x.alert}`).join(", ") : "");
    $("#dyad-chart").dataset.periods = String(rows.length);
    setStatus("");
    if (!dyadEvents) dyadEvents = eventsTable($("#dyad-events"), () => ({ actor: dyadKeys().a, partner: dyadKeys().b }));
    dyadEvents.reset();
  }
  $("#dyad-form").addEventListener("submit", e => { e.preventDefault(); loadDyad(); });
  ["#actor-a", "#actor-b", "#period", "#directed"].forEach(s => $(s).addEventListener("change", loadDyad));
  SVGC.legend($("#dyad-legend"));

  /* ---------------------------------------------------------- events view */
  const eventsForm = $("#events-form");
  const allEvents = eventsTable($("#events-table"), () => Object.fromEntries(new FormData(eventsForm)));
  eventsForm.addEventListener("submit", e => { e.preventDefault(); allEvents.reset(); });

  /* ------------------------------------------------------------------ map */
  async function loadMap() {
    try {
      const [pts, capitals] = await Promise.all([api("/locations", { limit: 3000 }), api("/reference/capitals")]);
      SVGC.map($("#map"), pts, p => { show("events"); eventsForm.elements.country.value = p.country || ""; allEvents.reset(); }, capitals);
    } catch (err) { setStatus(err.message); }
  }

  /* -------------------------------------------------------------- network */
  const netForm = $("#network-form");
  async function loadNetwork() {
    const params = Object.fromEntries(new FormData(netForm));
    $("#network-gexf").href = `/network?format=gexf&level=${encodeURIComponent(params.level)}`;
    $("#network-graphml").href = `/network?format=graphml&level=${encodeURIComponent(params.level)}`;
    try {
      const data = await api("/network", params);
      SVGC.network($("#network"), data, n => {
        show("events");
        eventsForm.elements.actor.value = n.id;
        allEvents.reset();
      });
    } catch (err) { setStatus(err.message); }
  }
  netForm.addEventListener("submit", e => { e.preventDefault(); loadNetwork(); });

  /* --------------------------------------------------------------- quotes */
  const quotesForm = $("#quotes-form");
  async function loadQuotes() {
    const box = $("#quotes-list");
    let res;
    try { res = await api("/quotes", Object.assign({ limit: 100 }, Object.fromEntries(new FormData(quotesForm)))); }
    catch (err) { box.textContent = err.message; return; }
    box.textContent = "";
    box.appendChild(text("p", `${res.total} quotes`, "muted"));
    for (const q of res.items) {
      const div = document.createElement("div");
      div.className = "quote";
      div.appendChild(text("blockquote", `\u201C${q.text}\u201D`));
      const who = document.createElement("div");
      who.className = "muted";
      who.textContent = `${q.speaker_name || q.speaker_text || "unknown speaker"} \u00B7 ${q.cue || ""}` +
        `${q.channel ? " \u00B7 via " + q.channel : ""} \u00B7 ${q.article_title || q.article_id} (${q.published || ""})`;
      div.appendChild(who);
      div.addEventListener("click", () => openArticle(q.article_id, null));
      box.appendChild(div);
    }
  }
  quotesForm.addEventListener("submit", e => { e.preventDefault(); loadQuotes(); });

  const LOADERS = {
    dyad: async () => { try { await fillPickers(); await loadDyad(); } catch (err) { setStatus(err.message); } },
    events: () => allEvents.render(),
    map: loadMap,
    network: loadNetwork,
    quotes: loadQuotes,
  };
  window.detente = { openArticle, loadDyad, show };
  show("dyad");
})();
