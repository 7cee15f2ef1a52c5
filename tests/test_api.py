"""HTTP API (FastAPI TestClient) over a hand-made store: every endpoint, bad parameters (4xx
with a message), SQL injection attempts in every text filter (no effect)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.api import create_app
from detente.store import Store
from tests.store_factories import make_db

INJECTIONS = [
    "x' OR '1'='1",
    "'; DROP TABLE events; --",
    "%' OR 1=1 --",
    "USA') OR TRUE --",
    "\\'; DELETE FROM articles; --",
]


def fake_coder(text: str, date: str | None = None, **meta: Any) -> dict[str, Any]:
    return {"article": {"id": meta.get("id") or "x", "published": date, "title": meta["title"]},
            "events": [], "quotes": [], "times": [], "places": [], "mentions": [],
            "echo": text}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db, coder=fake_coder, max_body=10_000)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def _counts(client: TestClient) -> dict[str, int]:
    return client.get("/health").json()["counts"]


def test_health_and_docs(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["read_only"] is True
    assert body["counts"] == {"articles": 5, "events": 9, "quotes": 2, "event_clusters": 7}
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/code", "/events", "/dyads/{a}/{b}/series", "/actors", "/quotes",
                 "/articles/{article_id}", "/network", "/health"):
        assert path in paths


def test_events_filters_sort_and_paging(client: TestClient) -> None:
    page = client.get("/events", params={"limit": 3}).json()
    assert page["total"] == 8 and len(page["items"]) == 3  # negated excluded
    assert page["items"][0]["date"] == "2024-06-10"  # newest first
    assert client.get("/events", params={"include_negated": True}).json()["total"] == 9
    second = client.get("/events", params={"limit": 3, "offset": 3}).json()["items"]
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in second}
    asc = client.get("/events", params={"sort": "goldstein", "order": "asc"}).json()["items"]
    assert [e["goldstein"] for e in asc] == sorted(e["goldstein"] for e in asc)
    assert asc[0]["cameo"] == "190"

    def total(**p: Any) -> int:
        r = client.get("/events", params=p)
        assert r.status_code == 200, r.text
        return int(r.json()["total"])

    assert total(actor="Xi Jinping") == 4
    assert total(actor="USA", partner="CHN") == 6
    assert total(country="rus") == 1
    assert total(source="CHN", target="USA") == 4
    assert total(cameo="13") == 3 and total(cameo="1") == 5
    assert total(plover="assault") == 1
    assert total(quad_class=4) == 1
    assert total(start_date="2024-04-03", end_date="2024-05-31") == 3
    assert total(q="provocation") == 2
    assert total(article_id="a1") == 3
    threat = client.get("/events", params={"cameo": "130", "limit": 1}).json()["items"][0]
    assert threat["num_articles"] == 3 and threat["article_source"]


@pytest.mark.parametrize("params, fragment", [
    ({"quad_class": 7}, "less than or equal"),
    ({"limit": 0}, "greater than or equal"),
    ({"limit": 5000}, "less than or equal"),
    ({"offset": -1}, "greater than or equal"),
    ({"start_date": "yesterday"}, "start_date must be a date"),
    ({"start_date": "2024-05-01", "end_date": "2024-04-01"}, "after end_date"),
    ({"cameo": "abc"}, "cameo must be"),
    ({"plover": "DROP TABLE"}, "plover must be"),
    ({"sort": "sentence; DROP"}, "sort must be one of"),
    ({"order": "sideways"}, "pattern"),
    ({"partner": "CHN"}, "partner needs actor"),
    ({"q": "x" * 300}, "at most 200"),
])
def test_events_bad_parameters(client: TestClient, params: dict[str, Any], fragment: str) -> None:
    r = client.get("/events", params=params)
    assert r.status_code in (400, 422)
    assert fragment in r.text


def test_dyad_series(client: TestClient) -> None:
    body = client.get("/dyads/USA/CHN/series", params={"by": "month"}).json()
    april = body["series"][0]
    assert april["period"] == "2024-04-01" and april["events"] == 3
    assert april["verbal_coop"] >= 1 and april["verbal_conflict"] >= 1
    assert "tension" in april and "alert" in april and isinstance(body["alerts"], list)
    directed = client.get("/dyads/CHN/USA/series", params={"directed": True}).json()
    assert directed["series"][0]["events"] == 1 and directed["reverse"][0]["events"] == 2
    raw = client.get("/dyads/USA/CHN/series", params={"unit": "events"}).json()
    assert raw["series"][0]["events"] == 5
    assert client.get("/dyads/USA/CHN/series", params={"by": "decade"}).status_code == 422
    assert client.get("/dyads/USA/CHN/series", params={"unit": "x"}).status_code == 422
    r = client.get("/dyads/USA/CHN/series", params={"start_date": "2024-13-01"})
    assert r.status_code == 400 and "start_date" in r.json()["detail"]
    assert client.get("/dyads/USA/NOWHERE/series").json()["series"] == []
    assert client.get("/dyads").json()[0] == {"a": "CHN", "b": "USA", "events": 4}


def test_actors_timeline_quotes_locations_network(client: TestClient) -> None:
    actors = client.get("/actors").json()
    assert actors[0]["key"] == "USA"
    people = client.get("/actors", params={"level": "actor", "q": "biden"}).json()
    assert [p["label"] for p in people] == ["Joe Biden"]
    assert client.get("/actors", params={"level": "galaxy"}).status_code == 422
    assert client.get("/actors", params={"metric": "vibes"}).status_code == 422
    timeline = client.get("/actors/CHN/timeline").json()
    assert timeline[0]["period"] == "2024-04-01"
    assert client.get("/actors/CHN/timeline", params={"by": "hour"}).status_code == 422
    quotes = client.get("/quotes", params={"speaker": "Xi Jinping"}).json()
    assert quotes["total"] == 2 and quotes["items"][0]["cue"] in {"warned", "told"}
    assert client.get("/quotes", params={"about": "USA"}).json()["total"] == 2
    assert client.get("/quotes", params={"limit": 0}).status_code == 422
    locs = client.get("/locations").json()
    assert {p["name"] for p in locs} == {"Beijing", "Kyiv", "Washington"}
    net = client.get("/network").json()
    assert {n["id"] for n in net["nodes"]} == {"USA", "CHN", "RUS", "UKR", "JPN"}
    assert any(e["source"] == "RUS" and e["target"] == "UKR" for e in net["edges"])
    gexf = client.get("/network", params={"format": "gexf"})
    assert gexf.status_code == 200 and b"<gexf" in gexf.content
    graphml = client.get("/network", params={"format": "graphml", "level": "actor"})
    assert b"<graphml" in graphml.content
    assert client.get("/network", params={"format": "pdf"}).status_code == 422


def test_article_with_highlights(client: TestClient) -> None:
    art = client.get("/articles/a2").json()
    assert art["source"] == "Reuters" and len(art["events"]) == 2 and len(art["quotes"]) == 1
    ev = art["events"][0]
    spans = {h["kind"]: art["text"][h["start"]:h["end"]] for h in ev["highlights"]}
    assert spans["source"] == "Xi" and spans["trigger"] == "warned"
    assert spans["target"] == "the United States"
    assert spans["sentence"].startswith("Xi warned") and ev["rule"] == "test:130"
    assert ev["num_articles"] == 3
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_post_code(client: TestClient) -> None:
    r = client.post("/code", json={"text": "Hello.", "date": "2024-04-02", "title": "T"})
    assert r.status_code == 200 and r.json()["echo"] == "Hello."
    r = client.post("/code", json={"article": {"text": "Nested.", "title": "N"}})
    assert r.json()["article"]["title"] == "N"
    r = client.post("/code", content=b"Plain text body.", headers={"content-type": "text/plain"})
    assert r.json()["echo"] == "Plain text body."
    assert client.post("/code", json={"text": ""}).status_code == 422
    assert client.post("/code", json={"title": "no text"}).status_code == 422
    assert client.post("/code", json=["not", "an", "object"]).status_code == 400
    r = client.post("/code", json={"text": "x", "date": "02/04/2024"})
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]
    r = client.post("/code", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = client.post("/code", json={"text": "x" * 20_000})
    assert r.status_code == 413 and "larger than" in r.json()["detail"]


def test_sql_injection_has_no_effect(client: TestClient) -> None:
    before = _counts(client)
    text_filters = ["actor", "country", "source", "target", "q", "article_id", "cameo",
                    "plover", "start_date", "end_date"]
    for payload in INJECTIONS:
        for name in text_filters:
            r = client.get("/events", params={name: payload})
            assert r.status_code in (200, 400), (name, payload, r.text)
            if r.status_code == 200:
                assert r.json()["total"] == 0, (name, payload)
            else:
                assert r.json()["detail"]
        r = client.get("/events", params={"actor": "USA", "partner": payload})
        assert r.status_code == 200 and r.json()["total"] == 0
        for name in ("speaker", "about", "q"):
            r = client.get("/quotes", params={name: payload})
            assert r.status_code == 200 and r.json()["total"] == 0, (name, payload)
        assert client.get("/actors", params={"q": payload}).json() == []
        assert client.get("/dyads/USA/x/series".replace("x", payload)).status_code in (200, 404)
        assert client.get("/dyads/" + payload + "/CHN/series").json().get("series", []) == []
        assert client.get("/actors/" + payload + "/timeline").json() in ([], {"detail": "Not Found"})
        assert client.get("/articles/" + payload).status_code == 404
        r = client.get("/events", params={"sort": payload})
        assert r.status_code == 400
    assert _counts(client) == before


def test_code_with_the_real_pipeline(db: Path) -> None:
    app = create_app(db)
    with TestClient(app) as c:
        r = c.post("/code", json={"text": "The talks ended on Tuesday.", "date": "2024-04-02",
                                  "id": "t1"})
        assert r.status_code == 200
        body = r.json()
        assert body["article"]["id"] == "t1" and body["article"]["published"] == "2024-04-02"
        assert set(body) >= {"article", "events", "quotes", "times", "places", "mentions"}
    app.state.store.close()


def test_read_only_server_refuses_watcher(db: Path) -> None:
    from detente.api import start_watcher

    app = create_app(db)
    with pytest.raises(ValueError, match="read-write"):
        start_watcher(app, ["feed.xml"])
    app.state.store.close()


def test_missing_store_is_an_error() -> None:
    with pytest.raises(ValueError):
        create_app()
    with pytest.raises(Exception, match="detente-missing"):
        Store("/nonexistent/dir/detente-missing.duckdb", read_only=True)


def test_reference_capitals_and_dashboard_assets(client: TestClient) -> None:
    caps = {c["country"]: c for c in client.get("/reference/capitals").json()}
    assert len(caps) > 150 and caps["CHN"]["name"] == "Beijing"
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for asset in ("app.js", "svg.js", "style.css"):
        r = client.get(f"/static/{asset}")
        assert r.status_code == 200 and len(r.content) > 500
        body = r.content.replace(b"http://www.w3.org/2000/svg", b"")  # the SVG namespace
        assert b"http://" not in body and b"https://" not in body  # no CDN, works offline


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    from detente.api import serve
    from detente.errors import DetenteError

    with pytest.raises(DetenteError, match="E202"):
        serve(tmp_path / "absent.duckdb", port=1)
