"""The publication's country read off an article's URL (detente.geo.source)."""

from __future__ import annotations

import pytest

from detente.geo import gazetteer
from detente.geo.source import publication_country


@pytest.mark.parametrize(("url", "iso3"), [
    ("http://www.cbc.ca/news/canada/edmonton/story-1.3861111", "CAN"),
    ("https://www.bbc.co.uk/news/uk-38000000", "GBR"),
    ("http://www.abc.net.au/news/2016-11-30/x/8080000", "AUS"),
    ("http://www.chinapost.com.tw/taiwan/2016/12/01/x.htm", "TWN"),
    ("https://www.cnn.com/2016/11/23/politics/x", None),  # generic top-level domain
    ("https://example.tv/story", None),  # a country code sold for general use
    ("https://example.co/story", None),
    ("http://localhost:8000/a", None),
    ("not a url", None),
    ("", None),
    (None, None),
])
def test_publication_country(url: str | None, iso3: str | None) -> None:
    assert publication_country(url, gazetteer()) == iso3
