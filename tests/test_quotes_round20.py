"""Quote attribution on hand-written sentences (issue 13, round 20)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_a_quantifier_the_parse_makes_an_adverb_is_the_subject(nlp: Language) -> None:
    # "most" / "half" standing for a group of people, parsed as an adverb of the verb: the
    # group holds the stance or says it ("Among older voters, most backed the governor")
    assert _reports(nlp, "Among older voters, most backed the governor.") == [
        ("backed", "the governor", "most")]
    assert _reports(nlp, "Of the older voters, most in both towns opposed the new tax.") == [
        ("opposed", "the new tax", "most")]
    # an adverb of degree is no subject
    assert _reports(nlp, "The council most likely backed the plan.") in (
        [], [("backed", "the plan", "The council")])
