"""The closed vocabularies an annotation may use: CAMEO codes, PLOVER types, countries, sectors."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

import pycountry

from detente.events.ontology import cameo_codes

MODALITIES = frozenset(
    {"asserted", "planned", "negated", "conditional", "hypothetical", "requested"}
)
PLOVER_TYPES = frozenset(
    ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
)
# PLOVER sector codes plus the ones detente's output contract uses (MED media, HLH health) and the
# international kinds (docs/ANNOTATION.md, section 3).
SECTORS = frozenset(
    ["COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "HLH", "REF", "OPP", "PRE", "REL", "SOC", "NGO", "IGO", "MNC", "ENV", "HRI"]
)
# Codes for actors that are not states, and state codes pycountry does not list.
EXTRA_COUNTRIES = frozenset({"IGO", "NGO", "MNC", "XKX", "SCG"})


@dataclass(slots=True, frozen=True)
class Vocabulary:
    """CAMEO code -> (PLOVER type or "", PLOVER mode or ""), and the allowed codes."""

    cameo: dict[str, tuple[str, str]]
    plover: frozenset[str]
    countries: frozenset[str]
    sectors: frozenset[str]


def _organisation_codes() -> set[str]:
    text = resources.files("detente").joinpath("data/actors/organisations.tsv").read_text("utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")), delimiter="\t")
    return {r[1] for r in rows if len(r) > 1 and r[1] and r[1] != "code"}


@functools.cache
def load_vocabulary() -> Vocabulary:
    """The vocabularies, from the package's ontology and actor data and from pycountry."""
    cameo = {c.code: (c.plover or "", c.plover_mode or "") for c in cameo_codes().values()}
    countries = {c.alpha_3 for c in pycountry.countries}
    countries |= {c.alpha_3 for c in pycountry.historic_countries}
    countries |= _organisation_codes() | EXTRA_COUNTRIES
    return Vocabulary(cameo, PLOVER_TYPES, frozenset(countries), SECTORS)
