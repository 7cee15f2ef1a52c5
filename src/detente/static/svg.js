/* detente's small SVG chart kit (plain JS, no dependencies, works offline).
   SVGC.dyadChart: stacked quad-class bars + tension index line + Goldstein mean overlay.
   SVGC.map: equirectangular lat/lon map with a graticule and event points.
   SVGC.network: node-link diagram from precomputed positions. */
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const QUAD = [
    { key: "verbal_coop", label: "verbal cooperation", color: "#7fb3e6" },
    { key: "material_coop", label: "material cooperation", color: "#2b6cb0" },
    { key: "verbal_conflict", label: "verbal conflict", color: "#f2a65a" },
    { key: "material_conflict", label: "material conflict", color: "#c53030" },
  ];

  function el(tag, attrs, parent, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }
  function title(node, text) { el("title", {}, node, text); return node; }

  /* Goldstein -10..10 -> red .. grey .. blue */
  function goldsteinColor(g) {
    if (g === null || g === undefined || isNaN(g)) return "#9ca3af";
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [156, 163, 175], red = [197, 48, 48], blue = [43, 108, 176];
    const to = t < 0 ? red : blue, a = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  function niceMax(v) {
    if (v <= 0) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  function dyadChart(svg, rows, opts) {
    clear(svg);
    const W = 900, H = 340, m = { l: 48, r: 52, t: 16, b: 46 };
    const iw = W - m.l - m.r, ih = H - m.t - m.b;
    if (!rows.length) {
      el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, svg,
        "No events for this dyad.");
      return;
    }
    const maxCount = Math.ceil(niceMax(Math.max(...rows.map(r => QUAD.reduce((s, q) => s + (r[q.key] || 0), 0)))));
    const ticks = maxCount <= 5 ? maxCount : (maxCount % 4 === 0 ? 4 : 5);
    const gAbs = Math.max(2, ...rows.map(r => Math.abs(r.tension || 0)),
      ...rows.map(r => Math.abs(r.goldstein_mean || 0)));
    const gMax = Math.min(10, Math.ceil(gAbs));
    const bw = iw / rows.length;
    const x = i => m.l + i * bw + bw / 2;
    const yc = v => m.t + ih - (v / maxCount) * ih;
    const yg = v => m.t + ih / 2 - (v / gMax) * (ih / 2);
    const axis = el("g", { class: "axis" }, svg);
    for (let k = 0; k <= ticks; k++) {
      const v = (maxCount * k) / ticks, y = yc(v);
      el("line", { x1: m.l, x2: W - m.r, y1: y, y2: y, class: "grid" }, axis);
      el("text", { x: m.l - 6, y: y + 4, "text-anchor": "end" }, axis, String(Math.round(v * 10) / 10));
    }
    for (const v of [-gMax, 0, gMax]) {
      el("text", { x: W - m.r + 6, y: yg(v) + 4 }, axis, (v > 0 ? "+" : "") + v);
    }
    el("line", { x1: m.l, x2: W - m.r, y1: yg(0), y2: yg(0), stroke: "#6b7280",
      "stroke-dasharray": "3 3" }, axis);
    el("text", { x: 12, y: m.t + ih / 2, transform: `rotate(-90 12 ${m.t + ih / 2})`,
      "text-anchor": "middle" }, axis, opts && opts.unit === "events" ? "events" : "event clusters");
    el("text", { x: W - 10, y: m.t + ih / 2, transform: `rotate(90 ${W - 10} ${m.t + ih / 2})`,
      "text-anchor": "middle" }, axis, "tension / Goldstein");
    const step = Math.max(1, Math.ceil(rows.length / 12));
    const bars = el("g", { class: "bars" }, svg);
    rows.forEach((r, i) => {
      let acc = 0;
      for (const q of QUAD) {
        const n = r[q.key] || 0;
        if (!n) continue;
        const y0 = yc(acc), y1 = yc(acc + n);
        const w = Math.min(bw * 0.7, 56);
        title(el("rect", { x: x(i) - w / 2, y: y1, width: w, height: y0 - y1,
          fill: q.color, class: "bar" }, bars), `${r.period}: ${n} ${q.label}`);
        acc += n;
      }
      if (i % step === 0) {
        el("text", { x: x(i), y: H - m.b + 16, "text-anchor": "middle" }, axis,
          String(r.period).slice(0, opts && opts.by === "year" ? 4 : (opts && opts.by === "month" ? 7 : 10)));
      }
    });
    const line = (key, color, dash, cls) => {
      const pts = rows.map((r, i) => (r[key] === null || r[key] === undefined) ? null : [x(i), yg(r[key])]);
      let d = "", pen = false;
      for (const p of pts) {
        if (!p) { pen = false; continue; }
        d += (pen ? "L" : "M") + p[0].toFixed(1) + "," + p[1].toFixed(1);
        pen = true;
      }
      if (d) el("path", { d, fill: "none", stroke: color, "stroke-width": 2.2,
        "stroke-dasharray": dash || "", class: cls }, svg);
      return pts;
    };
    line("tension", "#111827", "", "tension-line");
    const gp = line("goldstein_mean", "#059669", "5 4", "goldstein-line");
    gp.forEach((p, i) => {
      if (p) title(el("circle", { cx: p[0], cy: p[1], r: 3, fill: "#059669" }, svg),
        `${rows[i].period}: mean Goldstein ${rows[i].goldstein_mean}`);
    });
    rows.forEach((r, i) => {
      title(el("circle", { cx: x(i), cy: yg(r.tension || 0), r: 3.5, fill: "#111827",
        class: "tension-point" }, svg), `${r.period}: tension ${r.tension}`);
      if (r.alert) {
        const y = m.t + 6;
        title(el("path", { d: `M${x(i) - 6},${y + 10}L${x(i) + 6},${y + 10}L${x(i)},${y}Z`,
          fill: r.alert === "escalation" ? "#c53030" : "#2b6cb0", class: "alert" }, svg),
          `${r.period}: ${r.alert} (shift ${r.shift})`);
      }
    });
  }

  function legend(div) {
    div.textContent = "";
    const items = QUAD.map(q => [q.color, q.label]).concat([["#111827", "tension index"],
      ["#059669", "mean Goldstein"], ["#c53030", "\u25B2 escalation alert"]]);
    for (const [color, label] of items) {
      const span = document.createElement("span");
      const i = document.createElement("i");
      i.style.background = color;
      span.appendChild(i);
      span.appendChild(document.createTextNode(label));
      div.appendChild(span);
    }
  }

  function map(svg, points, onClick, reference) {
    clear(svg);
    const W = 720, H = 360;
    const px = lon => (lon + 180) / 360 * W, py = lat => (90 - lat) / 180 * H;
    el("rect", { x: 0, y: 0, width: W, height: H, fill: "#eef4fa" }, svg);
    const g = el("g", {}, svg);
    for (let lon = -180; lon <= 180; lon += 30)
      el("line", { x1: px(lon), x2: px(lon), y1: 0, y2: H, class: "grid" }, g);
    for (let lat = -90; lat <= 90; lat += 30)
      el("line", { x1: 0, x2: W, y1: py(lat), y2: py(lat), class: "grid" }, g);
    el("line", { x1: 0, x2: W, y1: py(0), y2: py(0), stroke: "#c7d2de" }, g);
    for (let lon = -150; lon <= 150; lon += 60)
      el("text", { x: px(lon) + 2, y: H - 4 }, g, `${lon}\u00B0`);
    for (let lat = -60; lat <= 60; lat += 30)
      el("text", { x: 2, y: py(lat) - 2 }, g, `${lat}\u00B0`);
    for (const c of (reference || [])) {
      title(el("circle", { cx: px(c.lon), cy: py(c.lat), r: 1.6, fill: "#9aa8b8", class: "ref-point" }, svg),
        `${c.name} (${c.country})`);
    }
    const max = Math.max(1, ...points.map(p => p.events));
    for (const p of points) {
      const c = el("circle", { cx: px(p.lon), cy: py(p.lat), r: 3 + 9 * Math.sqrt(p.events / max),
        fill: goldsteinColor(p.goldstein_mean), "fill-opacity": 0.8, stroke: "#fff",
        class: "map-point" }, svg);
      title(c, `${p.name} (${p.country || "?"}): ${p.events} events, mean Goldstein ${p.goldstein_mean}`);
      if (onClick) c.addEventListener("click", () => onClick(p));
      if (points.length <= 40) el("text", { x: px(p.lon) + 8, y: py(p.lat) - 6, class: "map-label" }, svg, p.name);
    }
  }

  function network(svg, data, onClick) {
    clear(svg);
    const W = 800, H = 560, pad = 60;
    const pos = {};
    for (const n of data.nodes) pos[n.id] = [pad + n.x * (W - 2 * pad), pad + n.y * (H - 2 * pad)];
    const maxW = Math.max(1, ...data.edges.map(e => e.weight));
    const maxN = Math.max(1, ...data.nodes.map(n => n.events));
    el("defs", {}, svg).innerHTML =
      '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0L10,5L0,10z" fill="#6b7280"/></marker>';
    const radius = {};
    for (const n of data.nodes) radius[n.id] = 5 + 12 * Math.sqrt(n.events / maxN);
    for (const e of data.edges) {
      const a0 = pos[e.source], b0 = pos[e.target];
      if (!a0 || !b0) continue;
      /* stop the line at the target's border so the arrow head shows; offset reciprocal edges */
      const dx = b0[0] - a0[0], dy = b0[1] - a0[1], len = Math.hypot(dx, dy) || 1;
      const ox = -dy / len * 3, oy = dx / len * 3;
      const a = [a0[0] + dx / len * radius[e.source] + ox, a0[1] + dy / len * radius[e.source] + oy];
      const b = [b0[0] - dx / len * (radius[e.target] + 2) + ox, b0[1] - dy / len * (radius[e.target] + 2) + oy];
      title(el("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: goldsteinColor(e.goldstein_mean),
        "stroke-width": 1 + 5 * e.weight / maxW, "stroke-opacity": 0.75, "marker-end": "url(#arrow)",
        class: "edge" }, svg), `${e.source} \u2192 ${e.target}: ${e.weight} events, mean Goldstein ${e.goldstein_mean}`);
    }
    for (const n of data.nodes) {
      const g = el("g", { class: "node", transform: `translate(${pos[n.id][0]},${pos[n.id][1]})` }, svg);
      title(el("circle", { r: radius[n.id], fill: "#fff", stroke: "#2457a6",
        "stroke-width": 2 }, g), `${n.label}: ${n.events} events`);
      el("text", { y: 4, "text-anchor": "middle" }, g, n.label.length > 18 ? n.label.slice(0, 17) + "\u2026" : n.label);
      if (onClick) g.addEventListener("click", () => onClick(n));
    }
  }

  window.SVGC = { el, clear, goldsteinColor, dyadChart, legend, map, network, QUAD };
})();
