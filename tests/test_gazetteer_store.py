"""The gazetteer's compact store (numpy columns + hashed name index) and proximity support,
on small hand-built gazetteers."""

from __future__ import annotations

import importlib
import pickle

import pytest

from detente.geo.build import GazetteerBuilder
from detente.geo.gazetteer import Entry, Gazetteer
from detente.geo.resolve import Context, Nearby, resolve

gazetteer_module = importlib.import_module("detente.geo.gazetteer")


def _tiny() -> Gazetteer:
    b = GazetteerBuilder()
    ruritania = Entry("Ruritania", "country", "RUR", 45.0, 20.0, 5_000_000, source="test")
    b.countries["RUR"] = ruritania
    b.add("Ruritania", ruritania)
    b.add("RR", ruritania)  # an acronym: matched only when written in capitals
    big = Entry("Zenda", "city", "RUR", 45.5, 20.5, 300_000, admin1="01", capital=True, source="test")
    b.add("Zenda", Entry("Zenda", "city", "RUR", 44.0, 21.0, 290_000, admin1="02", source="test"))
    small = Entry("Zenda", "city", "FRE", 10.0, -60.0, 2_000, admin1="07", source="test")
    county = Entry("Strelsau County", "admin2", "FRE", 10.2, -60.1, 9_000, admin1="07", source="test")
    village = Entry("Tarlenheim", "city", "FRE", 10.1, -60.2, 800, admin1="07", source="test")
    unplaced = Entry("Nowhere Ridge", "region", None, None, None, source="test")
    for e in (big, small, county, village, unplaced):
        b.add(e.name, e)
    b.add("Zenda Town", small)
    return Gazetteer.thaw(pickle.loads(pickle.dumps(b.freeze())))


def test_columns_round_trip_every_field() -> None:
    g = _tiny()
    zendas = sorted(g.candidates("zenda"), key=lambda e: -e.population)
    assert [(e.country, e.population, e.admin1, e.capital) for e in zendas] == [
        ("RUR", 300_000, "01", True), ("RUR", 290_000, "02", False), ("FRE", 2_000, "07", False)]
    assert zendas[0].lat == 45.5 and zendas[0].lon == 20.5 and zendas[0].source == "test"
    ridge = g.candidates("Nowhere Ridge")[0]
    assert ridge.lat is None and ridge.lon is None and ridge.country is None
    assert g.candidates("Zenda Town") == [zendas[2]]
    assert g.candidates("Atlantis") == []
    assert len(g) == 7


def test_acronyms_only_in_capitals_and_pinned_countries_are_the_index_entries() -> None:
    g = _tiny()
    assert g.candidates("RR") == [g.countries["RUR"]]
    assert g.candidates("Rr") == []
    assert next(iter(g.candidates("Ruritania"))) is g.countries["RUR"]
    again = Gazetteer.thaw(pickle.loads(pickle.dumps(g.freeze())))
    assert again.candidates("Zenda") == g.candidates("Zenda")


def test_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "MEMO_SIZE", 2)
    g = _tiny()
    for name in ("Zenda", "Tarlenheim", "Strelsau County", "Nowhere Ridge"):
        assert g.candidates(name)
    assert len(g._memo) <= 2 and len(g._keys) <= 2
    assert g.candidates("Ruritania")[0] is g.countries["RUR"]  # pinned entries survive


def test_nearby_counts_each_other_name_once_by_its_heaviest_reading() -> None:
    near = Entry("A", "city", "FRE", 10.1, -60.1, 1000)
    also_near = Entry("A2", "city", "FRE", 10.05, -60.05, 1000)
    far = Entry("B", "city", "RUR", 45.0, 20.0, 1000)
    state = Entry("S", "admin1", "FRE", 10.0, -60.0)  # big units lend no proximity
    nearby = Nearby.of([[(near, 0.5), (also_near, 1.0)], [(far, 1.0)], [(state, 1.0)]])
    assert nearby is not None
    assert nearby.support(10.0, -60.0) == pytest.approx(1.0)
    assert nearby.support(45.1, 20.1) == pytest.approx(1.0)
    assert nearby.support(-30.0, 100.0) == 0.0
    assert Nearby.of([[(state, 1.0)]]) is None


def test_proximity_picks_the_small_town_next_to_the_other_places() -> None:
    g = _tiny()
    county, village = g.candidates("Strelsau County")[0], g.candidates("Tarlenheim")[0]
    by_capital = {e.capital: e for e in g.candidates("Zenda") if e.country == "RUR"}
    rival = by_capital[False]
    ctx = Context()
    ctx.nearby = Nearby.of([[(county, 1.0)], [(village, 1.0)]])
    # Without the capital, the 290,000-people Zenda is the usual reading ...
    candidates = [e for e in g.candidates("Zenda") if not e.capital]
    assert max(candidates, key=g.prior) is rival
    # ... but two other names of the story lie next to the small one.
    chosen = max(candidates, key=lambda e: _score(e, ctx, g))
    assert chosen.country == "FRE"
    one = Context()
    one.nearby = Nearby.of([[(county, 1.0)]])
    assert max(candidates, key=lambda e: _score(e, one, g)) is rival
    assert resolve("Zenda", Context(), gaz=g).entry is by_capital[True]


def _score(entry: Entry, ctx: Context, g: Gazetteer) -> float:
    from detente.geo.resolve import score

    return score(entry, "Zenda", ctx, g)


def test_dominant_admin1_needs_two_mentions_and_a_clear_lead() -> None:
    ctx = Context()
    ctx.admin1[("USA", "IN")] += 1
    assert ctx.dominant_admin1 is None
    ctx.admin1[("USA", "IN")] += 2
    ctx.admin1[("USA", "KY")] += 3
    assert ctx.dominant_admin1 is None  # a tie names no single state
    ctx.admin1[("USA", "IN")] += 1
    assert ctx.dominant_admin1 == ("USA", "IN")
    indiana = Entry("Boone County", "admin2", "USA", 40.0, -86.5, 60_000, admin1="IN")
    kentucky = Entry("Boone County", "admin2", "USA", 38.9, -84.7, 130_000, admin1="KY")
    g = _tiny()
    assert _score(indiana, ctx, g) > _score(kentucky, ctx, g)


def test_build_falls_back_to_this_process_when_no_child_can_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from detente.geo import build as build_module

    def no_child(*args: object, **kwargs: object) -> None:
        raise OSError("no processes left")

    tiny = GazetteerBuilder()
    tiny.add("Zenda", Entry("Zenda", "city", "RUR", 45.5, 20.5, 300_000))
    monkeypatch.setattr(subprocess, "run", no_child)
    monkeypatch.setattr(build_module, "build", lambda pop: tiny)
    frozen = gazetteer_module._build_elsewhere(5000)
    assert [e.name for e in Gazetteer.thaw(frozen).candidates("Zenda")] == ["Zenda"]


def test_unknown_names_fall_back_to_the_place_they_contain() -> None:
    g = _tiny()
    city = resolve("City of Zenda", Context(), gaz=g)
    assert city.entry is not None and city.entry.country == "RUR" and "without 'city'" in city.reason
    inside = resolve("Zenda Harbour Authority", Context(), gaz=g)
    assert inside.entry is not None and inside.entry.name == "Zenda" and "inside" in inside.reason
    # a street named after a town is not the town; a small town needs more than one word
    assert resolve("Zenda Street", Context(), gaz=g).entry is None
    assert resolve("Tarlenheim Fire Station", Context(), gaz=g).entry is None


def test_a_name_lends_no_support_to_itself() -> None:
    from detente.places import _other_name

    assert _other_name("tarlenheim", "zenda")
    assert not _other_name("zenda", "zenda")
    assert not _other_name("zenda town hall", "zenda") and not _other_name("zenda", "zenda town hall")
    assert _other_name("zendaville", "zenda")
