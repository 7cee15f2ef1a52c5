"""Quote attribution on hand-written sentences (issue 13, round 19)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_that_clause_hung_on_the_addressee(nlp: Language) -> None:
    # the parse makes the reported clause a relative clause of whom she told, but its "that" is
    # no relative pronoun: the clause has a subject of its own
    assert _reports(
        nlp, "In Lisbon last month, she told a meeting of European fishing ministers that few "
        "people understood the dangers of overfishing better than coastal villagers."
    ) == [("told", "few people understood the dangers of overfishing better than coastal villagers",
           "she")]
