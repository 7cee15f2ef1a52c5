"""Where an article was published, read off its URL: a site under a country-code domain
("cbc.ca", "bbc.co.uk") mostly reports on its own country, as weak context for the places step.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlparse

from detente.geo.gazetteer import Gazetteer, _rows


@lru_cache(maxsize=1)
def _domain_exceptions() -> dict[str, str | None]:
    """Country-code domains whose letters are not their ISO code, or that name no country."""
    return {row[0].strip().lower(): (row[1].strip() or None) if len(row) > 1 else None
            for row in _rows("cctlds.tsv")}


def publication_country(url: str | None, gaz: Gazetteer) -> str | None:
    """The ISO alpha-3 country of the URL's country-code domain, if it names one."""
    if not url:
        return None
    try:
        host = urlparse(url.strip()).hostname or ""
    except ValueError:
        return None
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or not tld.isalpha():
        return None
    exceptions = _domain_exceptions()
    if tld in exceptions:
        return exceptions[tld]
    return gaz.iso2_to_iso3.get(tld.upper())
