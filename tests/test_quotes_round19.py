"""Quote attribution on hand-written sentences (issue 13, round 19)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import quotes_of
from tests.test_quotes import reports_of as _reports


def test_that_clause_hung_on_the_addressee(nlp: Language) -> None:
    # the parse makes the reported clause a relative clause of whom she told, but its "that" is
    # no relative pronoun: the clause has a subject of its own
    assert _reports(
        nlp, "In Lisbon last month, she told a meeting of European fishing ministers that few "
        "people understood the dangers of overfishing better than coastal villagers."
    ) == [("told", "few people understood the dangers of overfishing better than coastal villagers",
           "she")]


def test_a_block_quote_after_a_colon(nlp: Language) -> None:
    # a paragraph of one speech clause ending in a colon introduces the next paragraph, set off
    # without quotation marks
    assert _reports(
        nlp, "The harbor master was blunt about the dredging plan.\n\nThe harbor master added:\n\n"
        "It is a waste of money. The channel silts up again every winter, and nobody in the "
        "capital has ever come to look at it.\n\nThe council meets again in June."
    ) == [("added", "It is a waste of money. The channel silts up again every winter, and nobody "
           "in the capital has ever come to look at it.", "The harbor master")]
    # not when the colon closes a longer paragraph, nor before an embedded item in markup
    assert _reports(
        nlp, "The council met on Monday. The harbor master added:\n\nIt is a waste of money. "
        "The channel silts up again every winter."
    ) == []
    assert _reports(
        nlp, "One fisherman tweeted:\n\n<tweet author=\"@fisher\">The channel silts up again "
        "every winter and nobody cares.</tweet>"
    ) == []


def test_a_right_mark_typed_where_a_quote_opens(nlp: Language) -> None:
    # a right double mark before a word, at a paragraph's start or after a space, opens the quote
    _, quotes = quotes_of(
        nlp, "\u201dThe channel silts up again every winter and nobody in the capital cares,\u201d "
        "the harbor master said."
    )
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "The channel silts up again every winter and nobody in the capital cares",
         "the harbor master")]
    assert _reports(
        nlp, "The harbor master said the plan was \u201da waste of money that helps nobody at "
        "all.\u201d"
    )[-1][1] == "a waste of money that helps nobody at all."


def test_a_ruling_reports_its_clause(nlp: Language) -> None:
    # a court or a referee of facts rules that something is so: a judgement it pronounces
    assert _reports(
        nlp, "The appeals court ruled that the county had broken the law on voter rolls."
    ) == [("ruled", "the county had broken the law on voter rolls", "The appeals court")]
    # without a clause there is nothing reported ("ruled out", "ruled on the case")
    assert _reports(nlp, "The referee ruled out any replay of the match.") == []


def test_saying_as_much_or_the_same(nlp: Language) -> None:
    # the words are another's already stated, as "said so" (round 17)
    assert _reports(
        nlp, "The mayor's campaign manager said as much on Monday."
    ) == [("said", "as much", "The mayor's campaign manager")]
    assert _reports(
        nlp, "Several senators have said the same thing."
    ) == [("said", "the same thing", "Several senators")]
    assert _reports(
        nlp, "Half the voters said the same of the governor."
    ) == [("said", "the same of the governor", "Half the voters")]
    # "as much as" is a quantity
    assert _reports(nlp, "The mayor said as much as a third of the budget.") == []


def test_according_to_made_the_root(nlp: Language) -> None:
    # an opening "According to X," that the parse makes the root, the clause hung inside the
    # source phrase: the clause after the comma is X's
    assert _reports(
        nlp, "According to veteran talk radio host Ken Ruiz, the plan reeks of panic and greed."
    ) == [("According to", "the plan reeks of panic and greed", "veteran talk radio host Ken Ruiz")]


def test_according_to_a_source_tagged_as_a_verb(nlp: Language) -> None:
    # a source noun the tagger takes for a verb ("show insiders") is still the source
    assert _reports(
        nlp, "As a judge on the cooking contest, the chef repeatedly threw pans at the crew, "
        "according to show insiders."
    ) == [("according to", "As a judge on the cooking contest, the chef repeatedly threw pans "
           "at the crew", "insiders")]


def test_a_coordinated_object_the_parse_hangs_higher(nlp: Language) -> None:
    # a second gerund or noun phrase coordinated with the object, hung on the verb or the clause
    # above it, is the rest of what is named
    assert _reports(
        nlp, "The senator has mentioned refinancing farm loans and forcing banks to lower their "
        "fees to help farmers."
    ) == [("mentioned", "refinancing farm loans and forcing banks to lower their fees to help "
           "farmers", "The senator")]
    assert _reports(
        nlp, "She opened by stressing public safety, and a need to hire more nurses and close old "
        "clinics."
    ) == [("stressing", "public safety, and a need to hire more nurses and close old clinics", "She")]


def test_a_particle_is_no_predicate_of_a_later_object(nlp: Language) -> None:
    # "pointed to X, a key industry": the later object is the rest of X's phrase, not what a
    # "to" phrase before it names it (as in "likened them to a snake")
    assert _reports(
        nlp, "The bank pointed to the city's decision to close the port as an example of a policy "
        "that hurts trade and fishing, a key industry for the region."
    ) == [("pointed", "the city's decision to close the port as an example of a policy that hurts "
           "trade and fishing, a key industry for the region", "The bank")]


def test_of_or_about_hung_on_the_addressee(nlp: Language) -> None:
    # verbs of informing and advising: the "of"/"about" phrase the parse hangs on whom they
    # address is what they report
    assert _reports(
        nlp, "She reminded the voters of her record on schools."
    ) == [("reminded", "her record on schools", "She")]
    assert _reports(
        nlp, "The mayor is reminding the county board about the rules for flood insurance."
    ) == [("reminding", "the rules for flood insurance", "The mayor")]
    assert _reports(
        nlp, "He warned residents of the danger of rising floods."
    ) == [("warned", "the danger of rising floods", "He")]
    # a verb of speaking's object is what is spoken, no addressee
    assert _reports(nlp, "The farmers spoke the language of protest.") == []


def test_recognizing_a_fact_reports_its_clause(nlp: Language) -> None:
    # recognizing that something is so is perceiving it, as "realize"; recognizing a body is not
    assert _reports(
        nlp, "The council has recognized that the old bridge can no longer carry trucks."
    ) == [("recognized", "the old bridge can no longer carry trucks", "The council")]
    assert _reports(nlp, "The council recognized the new union.") == []


def test_a_particle_proper_wins_over_a_preposition(nlp: Language) -> None:
    # "called out X for Y" is "call out" with its object and what it is for, not "call for Y"
    assert _reports(
        nlp, "The senator called out the governor for cutting school budgets."
    ) == [("called", "the governor for cutting school budgets", "The senator")]


def test_a_cue_noun_coordinated_inside_a_content_stays_in_it(nlp: Language) -> None:
    # "his harsh comment" is coordinated inside what the minister said: no sibling report that
    # would cut the content before it (that is for verbs: "said ..., arguing that ...")
    reports = _reports(
        nlp, "But the minister said the farmers have \u201cdeep respect\u201d for the river and his "
        "harsh comment was only an expression of anger at the drought."
    )
    assert reports[0] == ("said", "the farmers have \u201cdeep respect\u201d for the river and his harsh "
                          "comment was only an expression of anger at the drought", "the minister")


def test_an_opening_according_to_scopes_over_the_sentence(nlp: Language) -> None:
    # every clause after an opening "According to X," is X's, wherever the parse hangs them
    assert _reports(
        nlp, "According to county records, the mayor was paid $5,000 in May; the clerk was paid "
        "$3,000; and the sheriff was paid $2,000."
    ) == [("According to", "the mayor was paid $5,000 in May; the clerk was paid $3,000; and the "
           "sheriff was paid $2,000", "county records")]


def test_a_parenthetical_cue_the_parse_makes_the_root(nlp: Language) -> None:
    # "These workers, the mayor explained ..., were ...": the noun left before the cue phrase and
    # the subjectless predicate after it are the clause it interrupts
    reports = _reports(
        nlp, "These workers, the mayor explained earlier in the meeting, were \u201cbadly paid,\u201d "
        "earning less than $20,000 a year."
    )
    assert ("explained", "These workers", "the mayor") in reports
    assert ("explained", "were \u201cbadly paid,\u201d earning less than $20,000 a year",
            "the mayor") in reports


def test_a_closing_reporting_verb_the_tagger_made_a_noun(nlp: Language) -> None:
    # "..., the council's former auditor maintains.": the verb tagged a plural noun, its subject
    # made a compound of it; the clause before is the auditor's
    assert _reports(
        nlp, "Waste is not a stranger when it comes to the city\u2019s building projects, the "
        "council\u2019s former auditor maintains."
    ) == [("maintains", "Waste is not a stranger when it comes to the city\u2019s building projects",
           "auditor")]


def test_a_light_verb_takes_the_subject_of_the_verb_it_completes(nlp: Language) -> None:
    # "attempted to make the case that ...": the case is made by whoever attempted it
    assert _reports(
        nlp, "Over the past week the governor has promised a veto and attempted to make the case to "
        "members of both parties that the tax would hurt farmers."
    ) == [("promised", "a veto", "the governor"),
          ("case", "the tax would hurt farmers", "the governor")]


def test_a_vow_reports_its_object(nlp: Language) -> None:
    # what is vowed may be a noun phrase, as for "promised a veto"
    assert _reports(
        nlp, "The prime minister vowed swift retaliation for the attack on the border post."
    ) == [("vowed", "swift retaliation for the attack on the border post", "The prime minister")]


def test_signaling_reports_its_object(nlp: Language) -> None:
    # what is signaled may be a noun phrase ("signaled support for ...", "signaled a pause")
    assert _reports(
        nlp, "The central bank signaled a pause in its rate increases."
    ) == [("signaled", "a pause in its rate increases", "The central bank")]
