"""Convert the PLOVER/CAMEO agents dictionary (MIT, Open Event Data Alliance) into detente's
agent-noun format.

    python scripts/convert_plover_agents.py ../shared/reference/actors/PLOVER_agents.txt \
        src/detente/data/actors/agents_plover.tsv

The dictionary's facts (which noun names which sector of actor) become rows of
``agents_plover.tsv``, read after our own ``agents.tsv`` (whose rows win). Left out, and counted:
junk and unknown codes (weather, days of the week), abbreviated titles, words that name things
or places rather than actors ("city", "uprising"), generic words for people that say nothing of
who acts ("man", "people", "member"), and forms our own file already has.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from detente.actors.data import SECTORS, parse_agents, pluralise, read_tsv  # noqa: E402

SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.*)$")
ENTRY = re.compile(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]")
SKIP_CODES = {"JNK", "UNK", "NON"}
# PLOVER's two-part codes: the part that says who acts, in our sector names (JRN = journalists
# is our MED, media; PLOVER's MED = medicine is our HLH).
RENAME = {"JRN": "MED", "MED": "HLH"}
COMPOUND = {"GOVMIL": "MIL", "MILGOV": "MIL", "GOVJRN": "MED", "GOVJUD": "JUD", "MILJUD": "JUD",
            "REBREL": "REB", "RELREB": "REB", "PTYOPP": "OPP", "ELIOPP": "OPP", "SOCOPP": "OPP",
            "MILSPY": "SPY", "UAFREL": "UAF"}
# Words that name things, places, events or anyone at all, not an actor of a sector.
GENERIC = {
    "man", "men", "woman", "women", "person", "people", "individuals", "group", "member",
    "members", "family", "child", "children", "girl", "mother", "infant", "population", "power",
    "state", "city", "town", "village", "region", "province", "land", "capital", "continent",
    "africa", "asia", "kingdom", "neighborhood", "neighbourhood", "settlement", "cash",
    "religion", "rebellion", "revolt", "uprising", "insurgency", "insurgence", "industry",
    "native", "naturalized", "ordinary", "jewish", "islamic", "naval", "state-owned",
    "semi-official", "inter-governmental", "intergovernmental", "assemblage", "echelon",
    "governance", "polity", "quasi-state", "foster-nurse", "nanny", "waiter", "waitress",
    "singer", "actor", "artist", "athlete", "rapper", "customer", "passenger", "tourist",
    "tourer", "traveler", "traveller", "hiker", "backpacker", "sightseer", "excursionist",
    "onlooker", "mob", "rabble", "savages", "boss", "doc", "vip", "hunter",
    # places, not actors
    "prison", "preschool", "schoolhouse", "sanatarium", "sanatorium", "sanitarium", "infirmary",
    "kindergarten", "kindergarden", "conservatory",
    # common surnames or other senses first ("Eric Cantor", "a low-fat diet", "sovereign debt")
    "deputy", "diet", "carrier", "captain", "dean", "cantor", "fisher", "granger", "cropper",
    "intellectual", "academic", "sovereign", "operative", "constituent", "oiler", "airway",
    "aerospace", "manafacture", "gangland", "gangdom", "tinginist", "branokker",
}
# State offices and forces come with dated roles and titles in agents.tsv, curated by hand; from
# PLOVER only the other sectors, and single words (our title and organisation logic composes
# "agriculture minister", "rights group").
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# A term ending in a function word ("ambassador to") would swallow the next phrase.
FUNCTION_WORDS = {"at", "for", "to", "of", "in", "on", "the", "and", "with", "from", "by"}
INSTITUTION_WORDS = {
    "ministry", "ministries", "department", "council", "court", "agency", "association", "party",
    "union", "army", "police", "government", "committee", "commission", "office", "bureau",
    "service", "company", "bank", "university", "church", "federation", "organization",
    "organisation", "authority", "administration", "assembly", "parliament", "senate", "chamber",
    "board", "institute", "academy", "tribunal", "corporation", "front", "movement", "force",
    "forces", "guard", "navy", "command", "cabinet", "regime", "junta", "embassy", "consulate",
    "congress", "diet", "duma", "bundestag", "bundesrat", "politburo", "presidium", "praesidium",
    "legislature", "judiciary", "media", "newspaper", "press", "station", "network", "school",
    "college", "hospital", "mission", "secretariat", "secretariate", "procuratorate", "chancery",
    "chancellery", "diocese", "archdiocese", "monastery", "consistory", "cartel", "mafia",
    "maffia", "gang", "militia", "battalion", "regiment", "brigade", "division", "garrison",
    "infantry", "artillery", "team", "unit", "corps", "fleet", "squadron", "club", "fund",
    "foundation", "center", "centre", "group", "alliance", "coalition", "league",
}


def _sector(code: str) -> str | None:
    if code in COMPOUND:
        return COMPOUND[code]
    first = code[:3]
    sector = RENAME.get(first, first)
    return sector if sector in SECTORS else None


def _kind(term: str, plural_only: bool) -> str:
    if term.split(" ")[-1] in INSTITUTION_WORDS:
        return "institution"
    return "group" if plural_only else "person"


def entries(text: str) -> tuple[list[tuple[str, str, str]], Counter[str]]:
    """(term, plural, PLOVER code) for every entry, with its substitution sets expanded."""
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    skipped: Counter[str] = Counter()
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        sub = SUBSTITUTION.match(line)
        if sub:
            subs[sub.group(1)] = [x.strip() for x in sub.group(2).split(",")]
            continue
        m = ENTRY.match(line)
        if not m:
            skipped["unparsed line"] += 1
            continue
        term, plural, code = m.group(1).strip(), (m.group(2) or "").strip("{} "), m.group(3)
        forms = [term]
        for key, values in subs.items():
            if key in term:
                forms = [term.replace(key, v if term.startswith(key) else "_" + v) for v in values]
        out.extend((f, plural, code) for f in forms)
    return out, skipped


def convert(source: Path, ours: Path) -> tuple[list[str], Counter[str]]:
    """The rows of ``agents_plover.tsv`` and the count of entries left out, by reason."""
    own = {form for a in parse_agents(read_tsv(ours)) for form in (a.term, *a.plurals)}
    found, skipped = entries(source.read_text(encoding="utf-8", errors="replace"))
    rows: dict[str, str] = {}
    for raw, plural, code in found:
        term = re.sub(r"[_ ]+", " ", raw.lower()).strip()
        sector = None if code in SKIP_CODES else _sector(code)
        if sector is None:
            skipped["junk or unknown code"] += 1
        elif re.search(r"[^a-z '\-]", term) or term.endswith("'") or len(term) < 3:
            skipped["abbreviation, digits or symbols"] += 1
        elif term in GENERIC or term.split(" ")[-1] in FUNCTION_WORDS:
            skipped["generic word"] += 1
        elif sector in STATE_SECTORS:
            skipped["state sector"] += 1
        elif " " in term:
            skipped["several words"] += 1
        elif term in own or term in rows:
            skipped["already listed"] += 1
        else:
            plurals = [re.sub(r"[_ ]+", " ", p.lower()).strip() for p in plural.split(",") if p.strip()]
            last = term.split(" ")[-1]
            plural_only = (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or \
                last.endswith("men")
            cell = "|".join(plurals) if plurals and plurals[0] != pluralise(term) else ""
            if plural_only and not plurals:
                cell = "-"  # "paratroops": already the plural
            rows[term] = f"{term}\t{sector}\t{_kind(term, plural_only)}\t\t{cell}\t"
    return sorted(rows.values()), skipped


HEADER = """\
# Agent nouns converted from the PLOVER/CAMEO agents dictionary (Computational Event Data System
# project; MIT licence, (c) 2014 Open Event Data Alliance) by scripts/convert_plover_agents.py.
# Facts only: which noun names which sector. Read after agents.tsv, whose rows win.
# Columns as in agents.tsv.
term\tsector\tkind\troles\tplural\tcountry
"""


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    rows, skipped = convert(source, out.parent / "agents.tsv")
    out.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows written to {out}; left out: {dict(skipped)}")


if __name__ == "__main__":
    main()
