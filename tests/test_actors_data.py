"""The actor dictionary: schema, ids, codes, dated roles, loader errors and user files."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

import pycountry
import pytest

from detente.actors import add_user_actors, clear_user_actors, lexicon, resolve_mentions
from detente.actors.data import (
    PEOPLE_COLUMNS,
    Dictionary,
    load_builtin,
    load_user_file,
    parse_abbreviations,
    parse_agents,
    parse_countries,
    parse_people,
    parse_terms,
    read_tsv,
)
from detente.errors import DataError
from detente.pipeline import code_articles
from detente.records import Article, CodedArticle


@pytest.fixture(scope="module")
def d() -> Dictionary:
    return load_builtin()


def test_every_iso_country_is_listed(d: Dictionary) -> None:
    missing = {c.alpha_3 for c in pycountry.countries} - set(d.countries)
    assert not missing


def test_codes_are_valid(d: Dictionary) -> None:
    for code in d.countries:
        assert (pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(
            alpha_3=code) or code == "XKX"), code
    codes = d.codes()
    for key, org in d.organisations.items():
        assert org.code in codes, key
    for person in d.people.values():
        for role in person.roles:
            assert role.country in codes, person.id


def test_no_duplicate_ids_or_forms(d: Dictionary) -> None:
    # Dictionary keys are unique by construction; a surface form names at most one organisation
    # per country (a shared name, "Labour", is decided by the story's country).
    lex = lexicon()
    for form, entries in lex.forms.items():
        codes = [o.code for k, o in entries if k == "org"]  # type: ignore[attr-defined]
        assert len(codes) == len(set(codes)), (form, codes)
    base = Path(str(Path(__file__).resolve().parent.parent / "src/detente/data/actors"))
    for name, column in (("organisations.tsv", "id"), ("groups.tsv", "id"),
                         ("countries.tsv", "code"), ("agents.tsv", "term")):
        ids = [row[column] for _, row in read_tsv(base / name)]
        assert len(ids) == len(set(ids)), name


def test_roles_are_well_formed(d: Dictionary) -> None:
    for person in d.people.values():
        for role in person.roles:
            assert role.start is None or role.end is None or role.start <= role.end, person.id


def test_no_two_heads_of_state_of_one_country_on_one_day(d: Dictionary) -> None:
    heads: dict[str, list[tuple[str, dt.date, dt.date]]] = {}
    for p in d.people.values():
        for r in p.roles:
            if r.role in {"head_of_state", "head_of_state_and_government"} and r.start:
                heads.setdefault(r.country, []).append((p.id, r.start, r.end or dt.date.max))
    clashes = []
    for country, spans in heads.items():
        for (a, s1, e1), (b, s2, e2) in combinations(spans, 2):
            if a != b and s1 < e2 and s2 < e1:
                clashes.append((country, a, b))
    assert not clashes


def test_seed_people_are_present(d: Dictionary) -> None:
    for pid in ("joe-biden", "xi-jinping", "hu-jintao", "barack-obama", "donald-trump",
                "janet-yellen", "antony-blinken", "john-kirby", "lai-ching-te", "fumio-kishida",
                "ferdinand-marcos-jr", "vladimir-putin", "tsai-ing-wen"):
        assert pid in d.people


def test_people_rows_merge_and_dedupe() -> None:
    people: dict = {}
    header = "\t".join(PEOPLE_COLUMNS)
    row = "jane-doe\tJane Doe\tJ. Doe\tf\tMWI\tGOV\tfinance_minister\tFinance Minister\t2020-01-01\t"
    parse_people(read_tsv("x.tsv", f"{header}\n{row}\n{row}\n"), {"MWI"}, people)
    assert len(people["jane-doe"].roles) == 1 and people["jane-doe"].aliases == ("J. Doe",)


def test_loader_error_names_file_and_line() -> None:
    header = "\t".join(PEOPLE_COLUMNS)
    bad = "jane-doe\tJane Doe\t\tf\tXXX\tGOV\tofficial\tAide\t2020-01-01\t"
    with pytest.raises(DataError, match=r"people_test\.tsv, line 3: unknown country code"):
        parse_people(read_tsv("people_test.tsv", f"# c\n{header}\n{bad}\n"), {"MWI"}, {})
    text = "code\tkind\tname\taliases\tadjectives\tdemonyms\tcapitals\tleader\nCHN\tcountry\tChina\n"
    with pytest.raises(DataError, match=r"c\.tsv, line 2: expected 8"):
        list(parse_countries(read_tsv("c.tsv", text)))
    late = "jane-doe\tJane Doe\t\tf\tMWI\tGOV\tofficial\tAide\t2020-01-01\t2019-01-01"
    with pytest.raises(DataError, match="ends"):
        parse_people(read_tsv("p.tsv", f"{header}\n{late}\n"), {"MWI"}, {})


def test_title_abbreviations_name_agent_terms(d: Dictionary) -> None:
    assert d.abbreviations["gen"] == "general" and d.abbreviations["sen"] == "senator"
    assert all(term in d.agents for term in d.abbreviations.values())
    header = "abbreviation\tterm"
    with pytest.raises(DataError, match=r"t\.tsv, line 2: unknown agent term 'gnome'"):
        parse_abbreviations(read_tsv("t.tsv", f"{header}\ngn\tgnome\n"), d.agents)
    with pytest.raises(DataError, match="without a full stop"):
        parse_abbreviations(read_tsv("t.tsv", f"{header}\ngen.\tgeneral\n"), d.agents)


def test_eu_presidencies_run_in_order_and_name_the_holder(d: Dictionary) -> None:
    assert d.eu_presidency(dt.date(2006, 11, 30)) == "FIN"
    assert d.eu_presidency(dt.date(2008, 7, 1)) == "FRA"
    assert d.eu_presidency(dt.date(1985, 1, 1)) is None and d.eu_presidency(None) is None
    starts = [start for start, _ in d.eu_presidencies]
    assert all((b - a).days in range(181, 185) for a, b in zip(starts, starts[1:], strict=False))
    text = "start\tcountry\n2001-01-01\tSWE\n2000-07-01\tFRA\n"
    with pytest.raises(DataError, match=r"e\.tsv, line 3: terms out of order"):
        parse_terms(read_tsv("e.tsv", text), {"SWE", "FRA"})
    with pytest.raises(DataError, match="known country"):
        parse_terms(read_tsv("e.tsv", "start\tcountry\n2001-01-01\tXXX\n"), {"SWE"})


def test_title_styles_name_only_offices_of_that_style(d: Dictionary) -> None:
    header = "term\tsector\tkind\troles\tplural\tcountry\tstyles"
    with pytest.raises(DataError, match=r"a\.tsv, line 2: styles without roles"):
        parse_agents(read_tsv("a.tsv", f"{header}\ndoge\tGOV\tperson\t\t\t\tDoge\n"))
    # every style of a title is the official title of somebody who held one of its roles
    for agent in d.agents.values():
        held = {r.title for p in d.people.values() for r in p.roles if r.role in agent.roles}
        for style in agent.styles:
            assert any(style in title for title in held), (agent.term, style)


def test_user_actors_file(tmp_path: Path) -> None:
    path = tmp_path / "my_actors.yaml"
    path.write_text(
        "people:\n"
        "  - id: ada-quill\n"
        "    name: Ada Quill\n"
        "    gender: f\n"
        "    roles:\n"
        "      - {country: NZL, sector: GOV, role: foreign_minister, title: Foreign Minister,"
        " start: 2030-01-01}\n"
        "groups:\n"
        "  - {id: harbour-front, country: NZL, sector: REB, kind: armed_group,"
        " name: Harbour Front, aliases: [HF]}\n", encoding="utf-8")
    try:
        add_user_actors(path)
        coded = next(code_articles(
            [Article(id="u", text="Ada Quill condemned the Harbour Front on Monday.",
                     published="2031-02-01")], steps={"actors": resolve_mentions}))
        assert isinstance(coded, CodedArticle)
        by_text = {m.text: m.actor for m in coded.mentions}
        assert by_text["Ada Quill"] is not None and by_text["Ada Quill"].country == "NZL"
        assert by_text["the Harbour Front"] is not None
        assert by_text["the Harbour Front"].sector == "REB"
    finally:
        clear_user_actors()


def test_user_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("groups:\n  - {id: ok, country: NZL, sector: REB, kind: party, name: A}\n"
                    "  - {id: bad, country: NOPE, sector: REB, kind: party, name: B}\n")
    with pytest.raises(DataError, match=r"bad\.yaml, line 3"):
        load_user_file(path, load_builtin())


def test_duplicate_error_names_the_second_line(tmp_path: Path) -> None:
    from detente.actors.data import _duplicate

    path = tmp_path / "agents.tsv"
    path.write_text("term\tsector\tkind\troles\tplural\n# c\nspy\tSPY\tperson\t\t\n"
                    "spy\tSPY\tperson\t\t\n", encoding="utf-8")
    assert "line 4: duplicate term 'spy'" in str(_duplicate(path, "term", "spy"))


def test_plover_agents_fill_gaps_and_never_override_ours(d: Dictionary) -> None:
    base = Path(__file__).resolve().parent.parent / "src" / "detente" / "data" / "actors"
    ours = {r["term"] for _, r in read_tsv(base / "agents.tsv")}
    plover = {r["term"]: r for _, r in read_tsv(base / "agents_plover.tsv")}
    assert len(plover) > 150
    assert not ours & set(plover)
    # state offices and forces stay curated in agents.tsv (with dated roles)
    assert not {r["sector"] for r in plover.values()} & {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
    assert all(" " not in t for t in plover)
    for word in ("man", "people", "member", "diet", "deputy", "city", "uprising"):
        assert word not in plover, word
    assert d.agents["trader"].sector == "BUS" and d.agents["mourner"].sector == "CVL"
