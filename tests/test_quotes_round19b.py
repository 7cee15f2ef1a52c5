"""Quote attribution on hand-written sentences (issue 13, round 19, second pass)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_an_object_content_closing_on_an_apposition(nlp: Language) -> None:
    # the apposition set off by a comma is the writer's gloss on what the source named
    assert _reports(
        nlp, "The mayor denounced the tax, a measure that the council passed in March."
    ) == [("denounced", "the tax", "The mayor")]
    assert _reports(
        nlp, "The council dismissed the report, a document of forty pages written by the "
        "opposition."
    ) == [("dismissed", "the report", "The council")]
