"""The places evaluator on a hand-written gold file (no ../shared needed)."""

from __future__ import annotations

from pathlib import Path

from detente.evaluation.places import evaluate, haversine_km, load_gold, render

TEXT = "Protesters marched in Tokyo on Sunday. Police in Paris made arrests. Zork was calm."
T, P, Z = TEXT.index("Tokyo"), TEXT.index("Paris"), TEXT.index("Zork")
GOLD = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1">
    <text><![CDATA[{TEXT}]]></text>
    <toponyms>
      <toponym><start>{T}</start><end>{T + 5}</end><phrase>Tokyo</phrase>
        <gaztag geonameid="1"><name>Tokyo</name><lat>35.69</lat><lon>139.69</lon></gaztag></toponym>
      <toponym><start>{P}</start><end>{P + 5}</end><phrase>Paris</phrase>
        <gaztag geonameid="2"><name>Paris</name><lat>-33.0</lat><lon>151.0</lon></gaztag></toponym>
      <toponym><start>{Z}</start><end>{Z + 4}</end><phrase>Zork</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert 110 < haversine_km(0, 0, 1, 0) < 112


def test_load_gold_repairs_drifting_offsets(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(GOLD.replace(f"<start>{T}</start><end>{T + 5}</end>", f"<start>{T + 2}</start><end>{T + 7}</end>"))
    art = load_gold(path)[0]
    t = art.toponyms[0]
    assert TEXT[t.start : t.end] == "Tokyo"


def test_evaluate_scores_detection_and_distance(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(GOLD)
    summary = evaluate(path)
    s = summary["toponyms"]
    assert summary["gold_toponyms"] == 3
    assert s["tp"] >= 2  # Tokyo and Paris found
    # Tokyo is right; the gold puts "Paris" in Australia on purpose, so it counts as a miss.
    assert s["geocoded"] == 2 and s["accuracy_161km"] == 0.5
    assert render(summary).row_count >= 10


def test_load_gold_keeps_the_articles_url(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(GOLD.replace("<text>", "<url>\n   http://www.cbc.ca/news/a-1\n  </url><text>", 1))
    assert load_gold(path)[0].url == "http://www.cbc.ca/news/a-1"
    path.write_text(GOLD)
    assert load_gold(path)[0].url is None
