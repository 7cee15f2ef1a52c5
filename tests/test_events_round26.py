"""Round 26 of issue 12 (sentences of our own, written after reading the misses of the blind-coded
fresh sets): judgements passed with "dismiss ... as", disapproval of something someone owns,
marchers and organisers as actors, a group whose name holds another country's army's name, a
candidate on the verge of office, and a dateline that is only the wire's desk."""

from __future__ import annotations

from typing import Any

from tests.conftest import event_triples


def _code(text: str, date: str, dateline: str | None = None) -> dict[str, Any]:
    from detente.pipeline import code_articles
    from detente.records import Article

    article = Article(id="test", text=text, title=None, published=date, dateline=dateline,
                      source=None)
    return next(iter(code_articles([article]))).to_dict()


def _triples(record: dict[str, Any]) -> list[tuple[str | None, str | None, str]]:
    return [((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country"),
             e["cameo"]) for e in record["events"]]


def test_dismissing_someone_as_something_is_a_judgement() -> None:
    got = event_triples("The Kenyan president dismissed the Ugandan envoy as an amateur.")
    assert ("KEN", "UGA", "111") in got, got


def test_dismissing_allegations_as_baseless_is_still_a_denial() -> None:
    got = event_triples("Iran dismissed the allegations as baseless.")
    assert [c for _, _, c in got] == ["016"], got


def test_disapproval_of_what_someone_owns_targets_the_owner() -> None:
    got = event_triples("Chile's foreign minister disapproved of Peru's decision to close the "
                        "border.")
    assert ("CHL", "PER", "110") in got, got


def test_marchers_and_organisers_are_actors() -> None:
    got = event_triples("Organisers and marchers accused the Kenyan police of brutality.")
    assert any(t == "KEN" and c == "112" for _, t, c in got), got


def test_a_groups_name_holding_another_armys_name_is_its_own() -> None:
    # "People's Liberation Army" alone is China's army
    got = _triples(_code("Government troops clashed with the Sudan People's Liberation Army "
                         "near the Ugandan border on Monday.", "1997-04-02"))
    assert got and all(t == "SDN" for _, t, _ in got), got


def test_a_candidate_on_the_verge_of_office_is_resolved() -> None:
    got = _triples(_code("Clinton said Trump was a bully.", "2016-03-22"))
    assert ("USA", "USA", "111") in got, got


def test_a_name_years_from_office_stays_unresolved() -> None:
    record = _code("Clinton said Trump was a bully.", "2010-03-22")
    trump = [m for m in record["mentions"] if m["text"] == "Trump"]
    assert trump and trump[0].get("country") is None, trump


_IRAQ = ("Iraq's election commission said on Saturday that turnout in Iraq was high. Police "
         "arrested 20 protesters in Baghdad on Friday.")


def test_a_dateline_the_story_never_names_is_the_wires_desk() -> None:
    got = _triples(_code(_IRAQ, "2005-12-17", dateline="PARIS"))
    assert any(s == "IRQ" and c == "173" for s, _, c in got), got


def test_a_dateline_the_story_names_keeps_its_country() -> None:
    text = ("French police arrested 20 protesters near the French parliament on Friday. Police "
            "said the protesters had thrown stones at the Iraqi embassy.")
    got = _triples(_code(text, "2005-12-17", dateline="PARIS"))
    assert any(s == "FRA" and c == "173" for s, _, c in got), got


def test_a_headline_country_outweighs_a_bureau_dateline() -> None:
    from detente.pipeline import code_articles
    from detente.records import Article

    text = ("The Malawi Electoral Commission said on Thursday that there would be no by-elections "
            "this year. Malawi's president had asked for them. Police arrested 12 opposition "
            "supporters on Friday.")
    article = Article(id="test", text=text, title="By-elections ruled out in Malawi",
                      published="2006-11-09", dateline="LUSAKA", source=None)
    got = _triples(next(iter(code_articles([article]))).to_dict())
    assert any(s == "MWI" and c == "173" for s, _, c in got), got


def test_an_acronym_named_earlier_gives_its_country_to_a_title() -> None:
    text = ("The Malawi Electoral Commission (MEC) declared the vote void. MEC spokesperson Fegus "
            "Lipenga criticised the Zambian government on Friday.")
    got = _triples(_code(text, "2006-11-09", dateline="LUSAKA"))
    assert ("MWI", "ZMB", "111") in got, got


def test_the_nations_of_the_united_kingdom_are_british() -> None:
    got = event_triples("Scottish police arrested two Welsh activists on Monday.")
    assert ("GBR", "GBR", "173") in got, got


def test_a_nationality_on_a_branch_makes_it_that_countrys() -> None:
    got = _triples(_code("The Iraqi branch of Al-Qaeda urged Iraq's Sunni Arabs to boycott "
                         "the vote.", "2005-12-17"))
    assert any(s == "IRQ" and c == "020" for s, _, c in got), got


def test_a_branch_with_no_nationality_stays_the_organisations() -> None:
    got = event_triples("The military wing of Hamas attacked Israeli soldiers near Gaza.")
    assert ("PSE", "ISR", "190") in got, got


def test_troops_occupying_a_building_seize_it_rather_than_protest() -> None:
    got = event_triples("Russian troops occupied the airport of the Ukrainian city of Kharkiv.")
    assert [c for _, _, c in got if c.startswith("14")] == [], got
    assert any(c == "192" for _, _, c in got), got


def test_students_occupying_a_ministry_protest() -> None:
    got = event_triples("Hundreds of Kenyan students occupied the ministry of education.")
    assert ("KEN", "KEN", "144") in got, got


def test_an_attorney_general_is_no_general() -> None:
    record = _code("The Kenyan attorney general met the Ugandan army chief.", "2005-02-01")
    ag = [m for m in record["mentions"] if "attorney general" in m["text"]]
    assert ag and ag[0].get("sector") == "GOV", ag


def test_pilots_and_chief_constables_are_actors() -> None:
    got = event_triples("Egyptian pilots accused the Kenyan chief constable of lying.")
    assert ("EGY", "KEN", "112") in got, got


def test_a_trip_within_ones_own_country_is_no_visit() -> None:
    got = event_triples("The Kenyan president flew to Mombasa on Monday.")
    assert not [c for _, _, c in got if c == "042"], got


def test_a_trip_abroad_is_a_visit() -> None:
    got = event_triples("The Kenyan president flew into Beijing on Monday.")
    assert ("KEN", "CHN", "042") in got, got


def test_the_public_is_an_actor_one_appeals_to() -> None:
    # a participle clause: no story-country fallback for its target ("calling on the public")
    got = event_triples("Kenya launched a campaign, calling on the public to help drug addicts.")
    assert ("KEN", "KEN", "020") in got, got


def test_korean_alone_is_south_korean() -> None:
    got = event_triples("The US defence secretary met top Korean leaders in Tokyo.")
    assert ("USA", "KOR", "040") in got, got


def test_nationalities_within_a_state_take_that_state() -> None:
    got = event_triples("Chechen rebels attacked Georgian border guards.")
    assert ("RUS", "GEO", "190") in got, got


def test_a_counterpart_takes_the_nationality_written_for_him() -> None:
    record = _code("Jack Straw met his Spanish counterpart Miguel Moratinos in London.",
                   "2005-09-29")
    named = [m for m in record["mentions"] if "Moratinos" in m["text"]]
    assert named and named[0].get("country") == "ESP", named


def test_a_counterpart_with_no_nationality_is_not_the_places() -> None:
    record = _code("The Kenyan foreign minister met his counterpart John Okello in Nairobi.",
                   "2005-09-29")
    named = [m for m in record["mentions"] if "Okello" in m["text"]]
    assert named and named[0].get("country") is None, named


def test_pulling_out_of_an_election_is_a_boycott_not_a_retreat() -> None:
    got = event_triples("The Kenyan opposition pulled out of the presidential election.")
    assert [c for _, _, c in got] == ["143"], got


def test_pulling_out_of_a_country_stays_a_retreat() -> None:
    got = event_triples("Russia pulled out of Georgia.")
    assert ("RUS", "GEO", "0874") in got, got
