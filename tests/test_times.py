"""Times: unit tests on hand-written sentences, one group per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.document import ArticleDoc
from detente.records import Article, TimeExpr
from detente.temporal import calendar as cal
from detente.temporal.lexicon import lexicon, parse_number
from detente.times import date_source, event_date, extract_times, governing_time, normalise

PUB = dt.date(2024, 4, 2)  # a Tuesday


def coded(nlp, text: str, published: str = "2024-04-02") -> ArticleDoc:
    article = Article(id="t", text=text, published=published, paragraphs=[(0, len(text))])
    adoc = ArticleDoc(article, [(0, nlp(text))])
    extract_times(adoc)
    return adoc


def values(nlp, text: str, published: str = "2024-04-02") -> dict[str, str | None]:
    return {t.text: t.value for t in coded(nlp, text, published).times}


def one(text: str, published: dt.date = PUB, tense: str | None = None) -> TimeExpr:
    found = normalise(text, published, tense)
    assert len(found) == 1, found
    return found[0]


# --- weekdays and tense --------------------------------------------------------------------


def test_past_weekday_is_on_or_before_publication(nlp) -> None:
    assert values(nlp, "The two presidents spoke by telephone Tuesday.") == {"Tuesday": "2024-04-02"}
    assert values(nlp, "The minister resigned on Friday.") == {"Friday": "2024-03-29"}


def test_future_weekday_is_on_or_after_publication(nlp) -> None:
    assert values(nlp, "The envoy will leave Wednesday for Paris.") == {"Wednesday": "2024-04-03"}
    assert values(nlp, "The talks are due to resume on Monday.") == {"Monday": "2024-04-08"}
    assert values(nlp, "She is going to visit Seoul on Friday.") == {"Friday": "2024-04-05"}


def test_present_predicate_with_weekday_points_forward(nlp) -> None:
    assert values(nlp, "The foreign minister meets his counterpart Thursday.") == {
        "Thursday": "2024-04-04"}


def test_reporting_verb_in_present_is_past(nlp) -> None:
    assert values(nlp, "The ministry says Monday that the border is closed.") == {
        "Monday": "2024-04-01"}


def test_last_and_next_weekday_exclude_today() -> None:
    assert one("last Tuesday").value == "2024-03-26"
    assert one("next Tuesday").value == "2024-04-09"


def test_weekday_with_part_of_day_is_a_time_of_that_day(nlp) -> None:
    assert values(nlp, "Rebels attacked the town on Monday night.") == {"Monday night": "2024-04-01TNI"}
    assert one("Friday morning", tense="past").value == "2024-03-29TMO"
    assert one("Friday morning", tense="past").kind == "date"  # TimeBank's type for these
    assert one("Sunday afternoon", tense="past").value == "2024-03-31TAF"


def test_deadline_cue_points_forward() -> None:
    assert one("could arrive as early as Monday", tense="past").value == "2024-04-08"
    assert one("postponed the vote until Friday", tense="past").value == "2024-04-05"


def test_anaphoric_expressions_follow_the_referent(nlp) -> None:
    adoc = coded(nlp, "The treaty was signed on May 22, 1995, and the following year it was "
                      "ratified.")
    assert [(t.text, t.value) for t in adoc.times] == [("May 22, 1995", "1995-05-22"),
                                                       ("the following year", "1996")]
    adoc = coded(nlp, "The rebels took the city on March 3, 2021. That same day the army fled.")
    assert [t.value for t in adoc.times] == ["2021-03-03", "2021-03-03"]


def test_compound_term_is_not_a_reference() -> None:
    assert normalise("it cut the short term rating", PUB) == []
    assert one("prices may rise in the short term.").value == "FUTURE_REF"


def test_weekday_needs_capital() -> None:
    assert normalise("a friday feeling", PUB) == []


# --- months, month-days, years -------------------------------------------------------------


def test_bare_month_by_tense(nlp) -> None:
    assert values(nlp, "The leaders met at a summit in November.") == {"November": "2023-11"}
    assert values(nlp, "The country will hold elections in November.") == {"November": "2024-11"}


def test_bare_month_in_past_clause_next_door_ahead(nlp) -> None:
    # Written in late October: "in November" in a past clause is next month, not last year's.
    assert values(nlp, "The company said it planned results in November.", "2024-10-29") == {
        "November": "2024-11"}
    # ... but two months back stays in the past.
    assert values(nlp, "The leaders met at a summit in August.", "2024-10-29") == {
        "August": "2024-08"}


def test_possessive_month_in_present_clause_is_ahead(nlp) -> None:
    adoc = coded(nlp, "The senator faces a tough fight in November's election.")
    assert [(t.text, t.value) for t in adoc.times] == [("November", "2024-11")]


def test_month_day_picks_the_sensible_year(nlp) -> None:
    assert values(nlp, "Parliament voted on March 12.") == {"March 12": "2024-03-12"}
    assert values(nlp, "The new president takes office on May 20.") == {"May 20": "2024-05-20"}
    # Past tense, but the past date would be almost a year back while the coming one is near.
    assert values(nlp, "Officials prepared for the ceremony on May 20.") == {"May 20": "2024-05-20"}
    assert values(nlp, "Voters went to the polls on Dec. 3.") == {"Dec. 3": "2023-12-03"}


def test_explicit_dates_in_common_formats() -> None:
    for text, value in [
        ("Sept. 30, 1998", "1998-09-30"), ("30 September 1998", "1998-09-30"),
        ("2024-03-15", "2024-03-15"), ("3/15/2024", "2024-03-15"), ("Friday, Oct. 23, 1998",
                                                                      "1998-10-23"),
        ("the 4th of July, 1976", "1976-07-04"), ("March 2022", "2022-03"),
        ("mid-March 2022", "2022-03"), ("July last year", "2023-07"),
    ]:
        assert one(text).value == value, text


def test_years_decades_centuries_quarters_seasons() -> None:
    assert one("in 2010").value == "2010"
    assert one("the 1990s").value == "199"
    assert one("the '80s").value == "198"
    assert one("the 20th century").value == "19"
    assert one("fiscal 2023").value == "2023"
    assert one("the third quarter of 2023").value == "2023-Q3"
    assert one("first-quarter").value == "2024-Q1"
    assert one("the first half of 2023").value == "2023-H1"
    assert one("last summer").value == "2023-SU"
    assert one("this winter").value == "2024-WI"
    assert one("nineteen ninety-six").value == "1996"
    assert one("the year two thousand").value == "2000"
    # Broadcast transcripts spell the year of a month or season out: one expression each.
    assert one("in January nineteen ninety-seven").value == "1997-01"
    assert one("the winter of nineteen ninety four").value == "1994-WI"
    assert one("eighteen oh-five").value == "1805"


def test_year_needs_a_temporal_context(nlp) -> None:
    assert values(nlp, "The army deployed 2000 soldiers to the border.") == {}
    assert values(nlp, "The treaty was signed in 1987.") == {"1987": "1987"}


def test_may_the_modal_is_not_a_month() -> None:
    assert normalise("The talks may collapse.", PUB) == []
    assert normalise("They may meet in May.", PUB)[0].value == "2024-05"


# --- deictic and relative expressions ------------------------------------------------------


def test_deictic_days() -> None:
    assert one("yesterday").value == "2024-04-01"
    assert one("today").value == "2024-04-02"
    assert one("tomorrow").value == "2024-04-03"
    assert one("yesterday morning").value == "2024-04-01TMO"
    assert one("this morning").kind == "time"


def test_relative_units() -> None:
    assert one("next week").value == "2024-W15"
    assert one("last week").value == "2024-W13"
    assert one("this month").value == "2024-04"
    assert one("earlier this month").value == "2024-04"
    # TimeML extents keep "earlier/later" of a relative expression, and leave "about",
    # "only", "just" outside a duration.
    assert one("It happened earlier this year.").text == "earlier this year"
    assert one("The talks lasted about five hours.").text == "five hours"
    assert one("He stayed only 14 days.").text == "14 days"
    assert one("last month").value == "2024-03"
    assert one("last year").value == "2023"
    assert one("next year").value == "2025"
    assert one("early next year").value == "2025"
    assert one("this weekend").value == "2024-W14-WE"


def test_ago_and_from_now() -> None:
    assert one("two days ago").value == "2024-03-31"
    assert one("three weeks ago").value == "2024-W11"
    assert one("six months ago").value == "2023-10"
    assert one("five years ago").value == "2019"
    assert one("two days from now").value == "2024-04-04"
    assert one("several years ago").value == "PAST_REF"


def test_refs() -> None:
    # As the seed's gold has them (TimeBank also annotates "recent months" as PXM).
    assert one("in recent weeks").value == "PAST_REF"
    assert one("in the coming weeks").text == "the coming weeks"
    assert one("in the coming weeks").value == "FUTURE_REF"
    assert one("now").value == "PRESENT_REF"
    assert one("currently").value == "PRESENT_REF"
    assert one("recently").value == "PAST_REF"
    assert one("in the near future").value == "FUTURE_REF"


def test_amount_later_or_before_is_a_duration_without_its_signal() -> None:
    # TimeML: "three days later" = DURATION "three days" (P3D), "later" is a signal outside it.
    later = one("Three days later, the talks collapsed.")
    assert (later.text, later.value, later.kind) == ("Three days", "P3D", "duration")
    assert one("The rebels struck a day earlier.").value == "P1D"
    assert one("He resigned two weeks after the vote.").text == "two weeks"
    assert one("over an hour later").value == "PT1H"
    assert one("A few days later, they met.").value == "PXD"
    # "a year earlier" keeps its date reading (results compared with the year before).
    year = one("Profit rose from a year earlier.")
    assert (year.text, year.value, year.kind) == ("a year earlier", "2023", "date")


def test_holidays() -> None:
    assert one("on Christmas Day", tense="past").value == "2023-12-25"
    assert one("by Thanksgiving", tense="future").value == "2024-11-28"
    assert one("Easter 2024").value == "2024-03-31"


def test_clock_times() -> None:
    assert one("at 10:35 a.m.").value == "2024-04-02T10:35"
    assert one("at 9 p.m. EST Tuesday").value == "2024-04-02T21:00"
    assert one("at noon").value == "2024-04-02T12:00"
    assert one("at 10:35 a.m.").kind == "time"
    # The day named after the clock time: a month-day (in the span), or a weekday after a
    # parenthesis (outside it).
    until = one("The offer runs until 5 p.m. EST, April 9.")
    assert (until.text, until.value) == ("5 p.m. EST, April 9", "2024-04-09T17:00")
    found = normalise("The blast came at 10:35 a.m. (0735 GMT) Friday.", PUB, "past")
    assert [(t.text, t.value) for t in found] == [("10:35 a.m.", "2024-03-29T10:35"),
                                                  ("0735 GMT", "2024-04-02T07:35"),
                                                  ("Friday", "2024-03-29")]


def test_mid_part_of_day_is_a_time() -> None:
    late = one("Shares were up at mid-afternoon yesterday.")
    assert (late.text, late.value, late.kind) == ("mid-afternoon yesterday", "2024-04-01TAF", "time")
    assert one("By mid afternoon the fighting had stopped.").value == "2024-04-02TAF"


def test_past_perfect_schedule_points_back(nlp) -> None:
    # "had been due / scheduled to expire Friday": the plan was before publication.
    assert values(nlp, "The offer had been due to expire Friday evening.") == {
        "Friday evening": "2024-03-29TEV"}
    assert values(nlp, "The vote had been scheduled to take place on Friday.") == {
        "Friday": "2024-03-29"}
    assert values(nlp, "The vote is scheduled to take place on Friday.") == {"Friday": "2024-04-05"}


def test_plural_weekdays_are_sets() -> None:
    # TimeML: "on Tuesdays" is every Tuesday; "Tuesday nights" every Tuesday night.
    tuesdays = one("The market opens on Tuesdays.")
    assert (tuesdays.text, tuesdays.value, tuesdays.kind) == ("Tuesdays", "XXXX-WXX-2", "set")
    assert one("Flights leave on Tuesday nights.").value == "XXXX-WXX-2TNI"
    assert one("The envoy left on Tuesday night.").value == "2024-04-02TNI"


def test_titles_are_not_times() -> None:
    assert normalise('He said on ABC\'s "This Week" program', PUB) == []


# --- durations and sets --------------------------------------------------------------------


def test_durations_are_not_dates() -> None:
    for text, value in [
        ("a two-hour call", "PT2H"), ("for three years", "P3Y"), ("the past two months", "P2M"),
        ("for 2 1/2 years", "P2Y6M"), ("a few days", "PXD"), ("more than 40 years", "P40Y"),
        ("a decade-long war", "P10Y"), ("for 90 minutes", "PT90M"), ("half-hour", "PT30M"),
        ("the first nine months", "P9M"),
    ]:
        found = one(text)
        assert (found.value, found.kind) == (value, "duration"), text
        assert found.precision == "duration"


def test_ages_are_not_durations() -> None:
    assert normalise("a 6-year-old boy", PUB) == []
    assert normalise("he is 44 years old", PUB) == []


def test_results_story_compares_with_the_quarter_it_reports(nlp) -> None:
    # The first quarter a results story names is the period it reports; a later forecast
    # ("through the first quarter of 2025") does not change what "a year earlier" means.
    text = ("Acme posted a drop in third-quarter profit. Analysts expect losses through the "
            "first quarter of 2025. Sales fell to $3 billion from $4 billion a year earlier. "
            "In the 2023 period, Acme earned $1 billion.")
    found = values(nlp, text, "2024-10-24")
    assert found["a year earlier"] == "2023-Q3"
    assert found["the 2023 period"] == "2023-Q3"


def test_that_year_refers_within_its_sentence(nlp) -> None:
    found = values(nlp, "Imports totaled $37 million in 2019, a small share of sales that year.")
    assert found["that year"] == "2019"


def test_following_month_refers_to_the_month_named_before(nlp) -> None:
    found = values(nlp, "In March, the company received an offer. The following month, it put "
                        "itself up for sale. That month, shares rose.", "2024-10-24")
    assert found["The following month"] == "2024-04"
    assert found["That month"] == "2024-04"


def test_the_year_is_the_current_one_unless_its_sentence_names_one(nlp) -> None:
    text = "Analysts expect losses through 2026. For the year, volume was flat."
    assert values(nlp, text, "2024-10-24")["the year"] == "2024"
    found = values(nlp, "Sales rose in 2019, and for the year profit doubled.", "2024-10-24")
    assert found["the year"] == "2019"


def test_second_day_of_a_conjunction_is_its_own_date() -> None:
    found = normalise("The summit will be held on April 24 and 25.", PUB, "future")
    assert [(t.text, t.value) for t in found] == [("April 24", "2024-04-24"), ("25", "2024-04-25")]


def test_next_three_quarters_is_a_duration() -> None:
    assert one("spread over the next three quarters").value == "P9M"
    assert normalise("three quarters of the members", PUB) == []


def test_could_not_be_reached_is_past(nlp) -> None:
    assert values(nlp, "Officials could not locate him on Monday.") == {"Monday": "2024-04-01"}
    assert values(nlp, "Police could not find the car Friday.") == {"Friday": "2024-03-29"}


def test_fractions_are_not_quarters() -> None:
    assert normalise("a quarter of the vote", PUB) == []
    assert normalise("three quarters of members", PUB) == []


def test_sets() -> None:
    assert (one("daily").value, one("daily").kind) == ("P1D", "set")
    assert one("every week").value == "P1W"
    assert one("each July").value == "XXXX-07"
    assert one("every Sunday").value == "XXXX-WXX-7"
    found = normalise("oil output of 5 million barrels a day", PUB)
    assert [(t.text, t.kind) for t in found] == [("a day", "set")]


# --- spans, precision, event dating ---------------------------------------------------------


def test_spans_slice_the_original_text(nlp) -> None:
    text = "Markets fell on Monday.\n\nThe central bank will meet next week to discuss rates."
    adoc = coded(nlp, text)
    assert [t.text for t in adoc.times] == ["Monday", "next week"]
    for t in adoc.times:
        assert text[t.span[0] : t.span[1]] == t.text
    assert [t.sentence_index for t in adoc.times] == [0, 1]
    assert [t.precision for t in adoc.times] == ["day", "week"]


def test_possessive_s_is_not_in_the_span() -> None:
    assert one("last month's vote").text == "last month"


def test_no_publication_date_keeps_only_absolute_values() -> None:
    found = {t.text: t.value for t in normalise("On Tuesday, 12 March 2020, and in 2010", None)}
    assert found == {"Tuesday, 12 March 2020": "2020-03-12", "2010": "2010"}
    assert normalise("last week", None)[0].value is None


def test_governing_time_dates_the_predicate(nlp) -> None:
    text = "Ministers met in Brussels on Tuesday and said they would talk again next week."
    adoc = coded(nlp, text)
    sentence = adoc.sentences[0]
    doc = sentence.span.doc
    met = next(t for t in doc if t.text == "met")
    talk = next(t for t in doc if t.text == "talk")
    said = next(t for t in doc if t.text == "said")
    assert governing_time(adoc, sentence, met).value == "2024-04-02"
    assert governing_time(adoc, sentence, talk).value == "2024-W15"
    assert governing_time(adoc, sentence, said) is None


def test_governing_time_gives_contract_dates(nlp) -> None:
    adoc = coded(nlp, "Rebels attacked the town on Monday evening.")
    assert [t.value for t in adoc.times] == ["2024-04-01TEV"]
    sentence = adoc.sentences[0]
    attacked = next(t for t in sentence.span if t.text == "attacked")
    found = governing_time(adoc, sentence, attacked)
    assert (found.value, found.precision) == ("2024-04-01", "day")
    adoc = coded(nlp, "Profits fell in the third quarter of 2023.")
    fell = next(t for t in adoc.sentences[0].span if t.text == "fell")
    found = governing_time(adoc, adoc.sentences[0], fell)
    assert (found.value, found.precision) == ("2023", "year")


def test_durations_and_refs_never_date_events(nlp) -> None:
    adoc = coded(nlp, "Fighting raged for three days in recent weeks.")
    sentence = adoc.sentences[0]
    raged = next(t for t in sentence.span if t.text == "raged")
    assert governing_time(adoc, sentence, raged) is None


def test_event_date_and_source() -> None:
    tuesday = TimeExpr("Tuesday", (0, 7), 0, "2024-04-02", "day")
    assert event_date(tuesday, PUB) == ("2024-04-02", "day", "relative")
    may = TimeExpr("May 20", (0, 6), 0, "2024-05-20", "day")
    assert event_date(may, PUB) == ("2024-05-20", "day", "absolute")
    week = TimeExpr("next week", (0, 9), 0, "2024-W15", "week")
    assert event_date(week, PUB) == ("2024-W15", "week", "relative")
    night = TimeExpr("Monday night", (0, 12), 0, "2024-04-01TNI", "day", "time")
    assert event_date(night, PUB) == ("2024-04-01", "day", "relative")
    quarter = TimeExpr("the third quarter of 2023", (0, 25), 0, "2023-Q3", "quarter")
    assert event_date(quarter, PUB) == ("2023", "year", "absolute")
    ref = TimeExpr("recently", (0, 8), 0, "PAST_REF", "ref")
    assert event_date(ref, PUB) == ("2024-04-02", "day", "publication")
    assert event_date(None, None) == (None, None, "publication")
    assert date_source(TimeExpr("2010", (0, 4), 0, "2010", "year")) == "absolute"


# --- calendar helpers and the lexicon ------------------------------------------------------


@pytest.mark.parametrize(
    ("weekday", "tense", "expected"),
    [(1, "past", "2024-04-02"), (1, "future", "2024-04-02"), (0, "past", "2024-04-01"),
     (0, "future", "2024-04-08"), (2, "past", "2024-03-27"), (2, "future", "2024-04-03"),
     (2, None, "2024-03-27")],
)
def test_weekday_date(weekday: int, tense: str | None, expected: str) -> None:
    assert cal.weekday_date(PUB, weekday, tense).isoformat() == expected


def test_iso_week_and_precision() -> None:
    assert cal.iso_week(dt.date(2024, 12, 30)) == "2025-W01"
    assert cal.precision_of("2024-W15") == "week"
    assert cal.precision_of("2024-Q1") == "quarter"
    assert cal.precision_of("199") == "decade"
    assert cal.precision_of("FUTURE_REF") == "ref"


def test_lexicon_is_consistent() -> None:
    lex = lexicon()
    assert lex.version >= 1
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))
    assert all(v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") for v in lex.refs.values())
    assert all(v.startswith("P") for v in lex.sets.values())
    assert lex.units["years"].letter == "Y" and lex.units["hours"].is_time
    assert parse_number("twenty-five") == 25
    assert parse_number("2 1/2") == 2.5
    assert parse_number("several") is None


def test_dates_off_the_calendar_are_not_normalised_and_do_not_crash() -> None:
    from detente import code_text

    record = code_text("Prices peaked 600,000 weeks ago, traders said.\n\nThey fell 900,000 years later.",
                       date="1987-03-02")
    assert all(t["value"] is None or t["value"][:1].isdigit() or t["value"].endswith("REF")
               or t["value"].startswith("P") for t in record["times"])


def test_caption_dates_are_kept_flagged_and_never_date_events() -> None:
    import detente

    text = ("Ministers meet on trade\n\n"
            "The two ministers shake hands in Hanoi on March 3, 2023 (Jan SMITH)\n\n"
            "Vietnam accused Cambodia of violating the border agreement on Monday.")
    record = detente.code_text(text, date="2024-04-02")
    assert record["article"]["captions"]
    caption = [t for t in record["times"] if t["caption"]]
    assert [(t["text"], t["value"], t["sentence_index"]) for t in caption] == [
        ("March 3, 2023", "2023-03-03", -1)]
    span = caption[0]["span"]
    assert text[span[0] : span[1]] == "March 3, 2023"
    body = [t for t in record["times"] if not t["caption"]]
    assert [t["value"] for t in body] == ["2024-04-01"]
    assert all(e["date"] != "2023-03-03" for e in record["events"])


def test_evaluator_lists_each_error_once() -> None:
    from detente.evaluation.times import GoldDoc, GoldTimex, match_spans, mistakes, score, shape

    text = "Talks ended on Friday.\n\nThey resume next week."
    gold = GoldDoc("d", text, "2024-04-02", [GoldTimex(15, 21, "Friday", "2024-03-29", "DATE"),
                                             GoldTimex(35, 44, "next week", "2024-W15", "DATE")])
    system = [(15, 21, "2024-03-22", "DATE"), (0, 5, "P1D", "DURATION")]
    assert match_spans(gold, system) == [0, None]
    errors = mistakes([(gold, system)])
    assert [(e["kind"], e.get("value")) for e in errors] == [
        ("value", "2024-03-22"), ("missed", None), ("spurious", "P1D")]
    assert errors[0]["context"] == "Talks ended on [[Friday]]."
    assert score([(gold, system)])["errors"] == {"wrong value": 1, "missed": 1, "spurious": 1}
    assert shape("2024-W15") == "9999-W99" and shape(None) == "None"
