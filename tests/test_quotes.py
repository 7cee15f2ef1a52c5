"""Quotes on hand-written sentences: direct, curly, multi-paragraph, nested, mixed, indirect,
according-to, inherited speakers, channels, scare quotes, stable ids and exact spans."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.pipeline import STEPS, CodedArticle, code_articles
from detente.quotes import extract_quotes, quote_id
from detente.quotes.marks import find_segments
from detente.records import Article, Quote

LEAD = "Talks ended on Monday.\n\n"  # a first body paragraph, so no test text reads as a headline


def quotes_of(nlp: Language, body: str) -> tuple[str, list[Quote]]:
    text = LEAD + body
    article = Article(id="test-article", text=text, published="2024-04-02")
    steps = {"actors": STEPS["actors"], "quotes": extract_quotes}
    result = next(code_articles([article], nlp=nlp, steps=steps))
    assert isinstance(result, CodedArticle)
    for quote in result.quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        if quote.cue_span is not None:
            assert text[quote.cue_span[0] : quote.cue_span[1]] == quote.cue
    return text, result.quotes


def reports_of(nlp: Language, body: str) -> list[tuple[str | None, str, str | None]]:
    """(cue, content, speaker) of each quote found in ``body``."""
    _, quotes = quotes_of(nlp, body)
    return [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes]


def one(quotes: list[Quote], kind: str, starts: str) -> Quote:
    found = [q for q in quotes if q.kind == kind and q.text.startswith(starts)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


def test_direct_straight_quote_cue_after(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, '"We will not accept these terms," the minister said.')
    quote = one(quotes, "direct", "We will not accept these terms")
    assert quote.text == "We will not accept these terms"
    assert quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.text == "the minister"
    assert quote.channel is None
    assert len(quotes) == 1


def test_curly_quote_after_colon_with_audience_channel(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The spokeswoman told reporters: \u201cThe border will stay closed until further notice.\u201d")
    quote = one(quotes, "direct", "The border will stay closed")
    assert quote.cue == "told"
    assert quote.channel == "told reporters"
    assert quote.speaker is not None and quote.speaker.text == "The spokeswoman"


def test_quote_spanning_paragraphs_wire_style(nlp: Language) -> None:
    body = ("The envoy spoke after the meeting. \u201cThe first stage of the plan is complete and the "
            "second stage will begin in May.\n\n"
            "\u201cWe expect both sides to respect the timetable,\u201d he added.")
    _, quotes = quotes_of(nlp, body)
    first = one(quotes, "direct", "The first stage")
    second = one(quotes, "direct", "We expect both sides")
    assert first.text.endswith("begin in May.")  # runs to the end of its paragraph
    assert first.cue == second.cue == "added"
    assert first.cue_span == second.cue_span
    assert "across paragraphs" in (second.speaker_reason or "")


def test_nested_single_quotes_stay_inside(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "\u201cHe told me \u2018we are leaving tomorrow\u2019 and then hung up,\u201d the witness said.")
    assert len(quotes) == 1
    assert quotes[0].kind == "direct"
    assert "\u2018we are leaving tomorrow\u2019" in quotes[0].text


def test_mixed_quote_inside_reported_speech(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The president urged his counterpart to guarantee \u201cfree and fair elections\u201d next year.")
    mixed = one(quotes, "mixed", "free and fair elections")
    assert mixed.text == "free and fair elections"
    assert mixed.cue == "urged"
    assert mixed.speaker is not None and mixed.speaker.text == "The president"
    # the addressee is part of the content: the counterpart is to guarantee them (round 16)
    indirect = one(quotes, "indirect", "his counterpart to guarantee")
    assert indirect.cue_span == mixed.cue_span


def test_indirect_speech(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Government officials said the negotiations would resume next week.")
    quote = one(quotes, "indirect", "the negotiations")
    assert quote.text == "the negotiations would resume next week"
    assert quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.text == "Government officials"


def test_indirect_content_excludes_complementiser(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor announced that the bridge would reopen in June.")
    assert one(quotes, "indirect", "the bridge").text == "the bridge would reopen in June"


def test_according_to_as_cue(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The ceasefire collapsed overnight, according to local officials.")
    quote = one(quotes, "indirect", "The ceasefire")
    assert quote.text == "The ceasefire collapsed overnight"
    assert quote.cue == "according to"
    assert quote.speaker is not None and quote.speaker.text == "local officials"


def test_according_to_as_channel(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "\u201cWe will respond with force,\u201d the general warned, according to state television.")
    quote = one(quotes, "direct", "We will respond")
    assert quote.cue == "warned"
    assert quote.speaker is not None and quote.speaker.text == "the general"
    assert quote.channel == "state television"
    assert len(quotes) == 1  # "according to" is the channel here, not a second quote


def test_quote_without_cue_inherits_speaker(nlp: Language) -> None:
    body = ("\u201cThe talks were useful,\u201d the ambassador said.\n\n"
            "\u201cWe have agreed to meet again in Geneva next month.\u201d")
    _, quotes = quotes_of(nlp, body)
    follow = one(quotes, "direct", "We have agreed")
    assert follow.speaker is not None and follow.speaker.text == "the ambassador"
    # a paragraph that is only a quotation, after a credit closing the paragraph before, goes on
    # with that statement and its cue (round 20); after a cue before the quote it only inherits
    assert follow.speaker_reason == "continues the previous quote"
    assert follow.cue == "said"


def test_quote_resumed_after_cue_in_same_paragraph(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "\u201cThe talks were useful,\u201d the ambassador said. \u201cWe will meet again soon.\u201d")
    first = one(quotes, "direct", "The talks were useful")
    second = one(quotes, "direct", "We will meet again soon")
    assert second.cue_span == first.cue_span
    assert second.speaker is not None and second.speaker.text == "the ambassador"


@pytest.mark.parametrize(
    ("body", "starts", "channel"),
    [
        ("The ministry said in a statement that the sanctions were illegal.", "the sanctions",
         "in a statement"),
        ("The senator wrote on X that the bill would fail.", "the bill", "on X"),
        ("The minister said in an interview with the BBC that the talks would continue.",
         "the talks", "in an interview with the BBC"),
    ],
)
def test_channel_phrases(nlp: Language, body: str, starts: str, channel: str) -> None:
    _, quotes = quotes_of(nlp, body)
    assert one(quotes, "indirect", starts).channel == channel


def test_institution_relaying_another_speaker_is_a_channel(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The State Department said the secretary told his counterpart that the attacks must stop.")
    quote = one(quotes, "indirect", "the attacks must stop")
    assert quote.cue == "told"
    assert quote.speaker is not None and quote.speaker.text == "the secretary"
    assert quote.channel == "State Department"
    assert not [q for q in quotes if q.speaker and q.speaker.text == "The State Department"]


def test_person_reporting_another_keeps_both(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The aide said the president insisted the plan was sound.")
    quote = one(quotes, "indirect", "the president insisted")
    assert quote.speaker is not None and quote.speaker.text == "The aide"
    assert quote.channel is None


def test_interrupted_indirect_speech_shares_its_cue(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The agreement, the minister said, would be signed in March.")
    parts = [q for q in quotes if q.kind == "indirect"]
    assert {q.text for q in parts} == {"The agreement", "would be signed in March"}
    assert len({q.cue_span for q in parts}) == 1


def test_scare_quotes_are_not_quotes(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The so-called \u201cpeace plan\u201d was published on Monday.")
    assert quotes == []


def test_typewriter_double_marks(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "''We are ready to sign the deal today,'' the negotiator said.")
    quote = one(quotes, "direct", "We are ready")
    assert quote.text == "We are ready to sign the deal today"


def test_ids_are_stable_hashes_of_article_and_span(nlp: Language) -> None:
    _, first = quotes_of(nlp, '"We will not accept these terms," the minister said.')
    _, again = quotes_of(nlp, '"We will not accept these terms," the minister said.')
    assert [q.id for q in first] == [q.id for q in again]
    assert first[0].id == quote_id("test-article", first[0].span)


def test_segments_continue_over_paragraphs() -> None:
    text = "\u201cOne two.\n\n\u201cThree four,\u201d she said.\n\nA \"plain\" word."
    paragraphs = [(0, 9), (11, 35), (37, len(text))]
    segments = find_segments(text, paragraphs)
    assert [text[s.start : s.end] for s in segments] == ["One two.", "Three four,", "plain"]
    assert [(s.closed, s.continues) for s in segments] == [(False, False), (True, True), (True, False)]


def test_stray_mark_does_not_quote_the_next_paragraph() -> None:
    text = "He said \u201cyes.\n\nNothing quoted here."
    segments = find_segments(text, [(0, 13), (15, len(text))])
    assert [text[s.start : s.end] for s in segments] == ["yes."]


def test_according_to_in_a_verbless_sentence_terminates(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "More money for the schools, according to the draft budget.")
    assert all(q.cue == "according to" for q in quotes)


def test_epigraph_credit_after_dash(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "\u201cThe vote was a turning point for our town.\u201d \u2015 Maria Lopez")
    quote = one(quotes, "direct", "The vote was a turning point")
    assert quote.speaker is not None and quote.speaker.text == "Maria Lopez"


def test_semicolon_separates_cue_from_earlier_clause(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "It is an unlikely outcome; the campaign team says she will continue her tour.")
    assert [q.text for q in quotes] == ["she will continue her tour"]


def test_statement_saying_takes_the_issuer_as_speaker(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The council issued a statement saying the vote would be delayed.")
    quote = one(quotes, "indirect", "the vote")
    assert quote.cue == "saying"
    assert quote.speaker is not None and quote.speaker.text == "The council"
    assert quote.channel == "a statement"


def test_participle_shares_the_subject_of_its_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Protesters marched through the city, chanting that the war must end.")
    quote = one(quotes, "indirect", "the war must end")
    assert quote.speaker is not None and quote.speaker.text == "Protesters"


def test_naming_verb_object_and_predicate(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The governor described the new law as a \u201cdisaster for farmers.\u201d")
    indirect = one(quotes, "indirect", "the new law")
    mixed = one(quotes, "mixed", "disaster for farmers")
    assert indirect.cue == mixed.cue == "described"
    assert indirect.cue_span == mixed.cue_span


def test_imperative_is_not_a_report(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Now tell them that the talks are over.")
    assert quotes == []


def test_cue_after_its_clause_takes_no_following_words(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The plan will fail, the senator said before the vote.")
    assert [q.text for q in quotes if q.kind == "indirect"] == ["The plan will fail"]


def test_framing_clause_attributes_a_quote_without_cue(nlp: Language) -> None:
    body = ("\u201cThe reform is long overdue,\u201d the minister said.\n\n"
            "\u201cTaxes on small firms are far too high,\u201d as the economist Ana Ruiz put it.")
    _, quotes = quotes_of(nlp, body)
    quote = one(quotes, "direct", "Taxes on small firms")
    assert quote.speaker is not None and quote.speaker.text == "the economist Ana Ruiz"
    assert quote.cue == "put"


def test_transcript_speaker_label(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "\u201cHOST: Will the governor attend the debate tomorrow?\u201d")
    quote = one(quotes, "direct", "Will the governor")
    assert quote.speaker is not None and quote.speaker.text == "HOST"
    assert quote.cue == ":"


def test_participle_inside_relayed_report_keeps_its_own_subject(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The president raised the issue of trade, calling it a priority for both sides, "
             "the ministry said.")
    quote = one(quotes, "indirect", "it a priority")
    assert quote.speaker is not None and quote.speaker.text == "The president"
    assert quote.channel == "ministry"


def test_gerund_after_preposition_takes_the_clause_subject(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The mayor answered the critics by saying that the budget was balanced.")
    quote = one(quotes, "indirect", "the budget was balanced")
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_writer_asides_are_not_reports(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "It is worth noting that the vote was close.")
    assert quotes == []
    _, quotes = quotes_of(nlp, "It goes without saying that the vote was close.")
    assert quotes == []


def test_passive_subject_is_not_the_speaker(nlp: Language) -> None:
    _, quotes = quotes_of(
        nlp, "The directors are accused of depriving shareholders \u201cof maximum value.\u201d")
    assert all(q.speaker is None or q.speaker.text != "The directors" for q in quotes)


def test_doubled_straight_mark_typo_is_one_mark() -> None:
    text = 'The deal was ""unfair and inadequate" for the firm, the lawyers said.'
    segments = find_segments(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in segments] == ["unfair and inadequate"]


@pytest.mark.parametrize(
    ("body", "starts", "speaker", "channel"),
    [
        ("The minister was quoted by the Interfax news agency as saying that the talks had failed.",
         "the talks had failed", "The minister", "Interfax news agency"),
        ("The general told a news conference that the troops would withdraw.",
         "the troops would withdraw", "The general", "told a news conference"),
    ],
)
def test_wire_channels(nlp: Language, body: str, starts: str, speaker: str, channel: str) -> None:
    _, quotes = quotes_of(nlp, body)
    quote = one(quotes, "indirect", starts)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.channel == channel


# --- attributions without quotation marks: every cue class (issue 13) ----------------------


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [(q.kind, q.cue_class, q.text) for q in quotes]
    return quotes[0]


def test_say_without_that_is_indirect_speech(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Peru says it never signed the fishing pact.")
    quote = only(quotes)
    assert (quote.kind, quote.cue_class, quote.text) == ("indirect", "speech", "it never signed the fishing pact")
    assert quote.speaker is not None and quote.speaker.text == "Peru"



def test_the_writers_opinion_is_not_a_quote(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "I think the plan will fail. We believe voters deserve better.")
    assert quotes == []
    _, quotes = quotes_of(nlp, "The general may believe that the ceasefire will hold.")
    assert quotes == []  # the writer's guess about a belief



def test_perception_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The inspectors learned that the plant had been closed for months.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("perception", "the plant had been closed for months")



def test_particle_object_and_accusation(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor talked about the river floods at length.")
    assert (only(quotes).cue_class, only(quotes).text) == ("speech", "the river floods")
    _, quotes = quotes_of(nlp, "The senator accused the governor of hiding the budget deficit.")
    assert only(quotes).text == "the governor of hiding the budget deficit"


def test_object_cue_ignores_dates_and_vague_objects(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The council announced Monday. The minister said something.")
    assert quotes == []


def test_cue_noun_with_a_possessor(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The mayor's claim is that the bridge must be rebuilt.")
    quote = only(quotes)
    assert (quote.cue_class, quote.cue, quote.text) == ("speech", "claim", "the bridge must be rebuilt")
    assert quote.speaker is not None and quote.speaker.text == "The mayor"
    _, quotes = quotes_of(nlp, "My claim is that the bridge must be rebuilt.")
    assert quotes == []


def test_nested_source_quoted_as_saying(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Xinhua quoted the minister as saying the talks were useful.")
    quote = only(quotes)
    assert quote.text == "the talks were useful"
    assert quote.speaker is not None and quote.speaker.text == "the minister"
    assert quote.channel == "Xinhua"


def test_reported_question(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The minister asked whether the budget would pass.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("speech", "the budget would pass")


def test_according_to_has_speech_class(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "According to the ministry, talks will resume next week.")
    quote = only(quotes)
    assert (quote.cue, quote.cue_class, quote.text) == (
        "According to", "speech", "talks will resume next week")


def test_cue_class_is_stored(nlp: Language) -> None:
    from detente.store import Store

    text = LEAD + "The minister said on Monday that the strike had been planned for weeks."
    article = Article(id="store-cue-class", text=text, published="2024-04-02")
    steps = {"actors": STEPS["actors"], "quotes": extract_quotes}
    coded = next(code_articles([article], nlp=nlp, steps=steps))
    assert isinstance(coded, CodedArticle)
    with Store(":memory:") as store:
        store.write([coded])
        rows = store.con.execute("SELECT cue, cue_class FROM quotes").fetchall()
    assert rows == [("said", "speech")]


def test_relative_pronoun_is_the_mention_and_the_antecedent_the_actor(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The senator, who says the tax plan is unfair, voted against it.")
    quote = only(quotes)
    assert quote.text == "the tax plan is unfair"
    assert quote.speaker is not None and quote.speaker.text == "who"
    assert quote.speaker_reason is not None and quote.speaker_reason.startswith("relative pronoun")
    _, quotes = quotes_of(nlp, "The senator says the tax plan is unfair.")
    assert only(quotes).speaker is not None and only(quotes).speaker.text == "The senator"


def test_belief_attributed_to_a_source(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Officials believe the strike was planned weeks in advance.")
    quote = only(quotes)
    assert (quote.cue_class, quote.cue) == ("belief", "believe")
    assert quote.text == "the strike was planned weeks in advance"
    assert quote.speaker is not None and quote.speaker.text == "Officials"


def test_plan_with_an_infinitive(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "Senator Okafor wants to raise taxes on large estates.")
    quote = only(quotes)
    assert (quote.cue_class, quote.text) == ("plan", "to raise taxes on large estates")


def test_stance_only_as_a_finite_verb_of_its_own_clause(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The dockworkers' union backs the new wage agreement.")
    assert (only(quotes).cue_class, only(quotes).text) == ("belief", "the new wage agreement")
    # a participle describes the crowd, it reports no stance
    _, quotes = quotes_of(nlp, "Farmers backing the new wage agreement marched to the capital.")
    assert quotes == []


def test_markup_attribute_values_are_not_quotes() -> None:
    text = 'Read this. <post author="Jane Roe" date="2024-01-02">Roads are closed.</post>'
    assert find_segments(text, [(0, len(text))]) == []
    text = 'She said "roads are closed" <br/> today.'
    assert [text[s.start : s.end] for s in find_segments(text, [(0, len(text))])] == [
        "roads are closed"]


def test_a_quoted_term_alone_is_no_attribution() -> None:
    from detente.quotes import _attributions

    def quote(kind: str, text: str, start: int, cue: tuple[int, int] | None) -> Quote:
        return Quote(id=text, kind=kind, text=text, span=(start, start + len(text)),
                     sentence_index=0, speaker=None, cue="called" if cue else None,
                     cue_span=cue)

    term = quote("mixed", "regenerative medicine", 40, (20, 26))
    longer = quote("mixed", "a total disgrace to the city", 90, (70, 76))
    with_clause = [quote("indirect", "the plan a disaster", 130, (120, 126)),
                   quote("mixed", "disaster", 141, (120, 126))]
    uncued = quote("direct", "Go", 200, None)
    kept = _attributions([term, longer, *with_clause, uncued])
    assert kept == [longer, *with_clause, uncued]


def test_subject_the_parse_left_off_a_reporting_verb(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "About 4 in 10 say they want the next mayor to be bolder.")
    assert only(quotes).speaker is not None and only(quotes).speaker.text == "About 4 in 10"
    _, quotes = quotes_of(nlp, '"We have had better conventions," Texas delegate Bill Eastland, '
                               'wearing a cowboy hat and campaign pins, said as confetti fell.')
    quote = one(quotes, "direct", "We have had better conventions")
    assert quote.speaker is not None and quote.speaker.text == "Texas delegate Bill Eastland"


def test_according_to_inside_its_clause_takes_both_sides(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, "The talks, according to a senior official, will resume next week.")
    assert sorted(q.text for q in quotes) == ["The talks", "will resume next week"]
    assert {q.cue for q in quotes} == {"according to"}
    _, quotes = quotes_of(nlp, "Talks will resume next week, according to the ministry.")
    assert only(quotes).text == "Talks will resume next week"


def test_preposition_of_time_is_no_particle(nlp: Language) -> None:
    _, quotes = quotes_of(nlp, 'The senator called both rivals "crazy" on Monday.')
    assert quotes and {q.cue_class for q in quotes} == {"speech"}  # not "call on" (directive)
