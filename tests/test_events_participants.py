"""Participant linking (issue 11, item 1): event participants take the actor of the mention they
overlap or head, and an event without a resolved target says why in ``target_reason``."""

from __future__ import annotations

from typing import Any

import detente


def events(text: str, date: str = "2024-04-02") -> list[dict[str, Any]]:
    return list(detente.code_text(text, date=date)["events"])


def by_trigger(evs: list[dict[str, Any]], trigger: str) -> dict[str, Any]:
    hits = [e for e in evs if e["trigger"]["text"] == trigger]
    assert hits, [(e["trigger"]["text"], e["cameo"]) for e in evs]
    return hits[0]


def test_partitive_object_takes_its_of_object() -> None:
    e = by_trigger(events("ROSARIO, Argentina, March 3 (AFP) - Police detained dozens of "
                          "protesters near the stadium.", "2005-03-03"), "detained")
    assert (e["source"]["country"], e["source"]["sector"]) == ("ARG", "COP")
    assert e["target"] is not None and e["target"]["text"] == "protesters"
    assert (e["target"]["country"], e["target"]["sector"]) == ("ARG", "CVL")
    assert e["target_reason"] is None


def test_the_city_of_a_named_place_is_that_place() -> None:
    # the small tagger leaves the town unnamed; "the town of X" says it is a place
    e = by_trigger(events("Russian forces shelled the city of Kharkiv overnight."), "shelled")
    assert (e["target"] or {}).get("country") == "UKR", e["target"]


def test_victims_of_a_participle_clause_are_where_its_main_clause_happens() -> None:
    e = by_trigger(events("Russian forces shelled the city of Kharkiv overnight, killing three "
                          "civilians."), "killing")
    assert (e["source"]["country"], (e["target"] or {}).get("country")) == ("RUS", "UKR")


def test_an_indefinite_name_is_no_place_target() -> None:
    e = by_trigger(events("The Turkish foreign minister condemned the burning of a Koran in "
                          "Stockholm."), "condemned")
    assert (e["target"] or {}).get("country") != "BIH", e["target"]


def test_prepositional_object_place_is_the_target_country() -> None:
    # the strike noun's own pattern (195) codes it, on the noun rather than the light verb
    e = by_trigger(events("Russia launched missile strikes on Kharkiv on Sunday."), "strikes")
    assert e["source"]["country"] == "RUS" and e["cameo"] == "195"
    assert e["target"] is not None and e["target"]["country"] == "UKR"


def test_partisan_prefix_is_not_the_actors_country() -> None:
    e = by_trigger(events("Pro-Kremlin separatists attacked Ukrainian positions near Donetsk."),
                   "attacked")
    assert e["source"]["sector"] == "REB" and e["source"]["country"] != "RUS"


def test_apposition_and_multi_token_names() -> None:
    e = by_trigger(events("Blinken met Wang Yi, China's foreign minister, in Munich.",
                          "2023-02-18"), "met")
    assert e["target"]["name"] == "Wang Yi" and e["target"]["country"] == "CHN"
    e = by_trigger(events("Chinese President Xi Jinping held talks with North Korean leader "
                          "Kim Jong-un in Beijing.", "2019-06-20"), "held")
    assert e["target"]["country"] == "PRK"


def test_event_without_target_says_why() -> None:
    e = by_trigger(events("Zelensky called on allies to send more air defence systems."), "called")
    assert e["target"] is None
    assert e["target_reason"] and "allies" in e["target_reason"]


def test_resolved_target_has_no_gap_note() -> None:
    e = by_trigger(events("Beijing told Washington to stop the patrols."), "told")
    assert e["target"]["country"] == "USA" and e["target_reason"] is None


def test_a_thing_as_target_takes_the_dateline_country() -> None:
    e = by_trigger(events("OTTAWA, Canada (AP) -- The opposition leader condemned the new "
                          "measures on Tuesday.", "2004-05-04"), "condemned")
    assert e["target"] is not None and e["target"]["country"] == "CAN"
    assert e["target"]["text"] == "the new measures"
    assert "dateline" in e["target_reason"] and "names no actor" in e["target_reason"]


def test_counted_people_as_target_take_the_dominant_country() -> None:
    text = ("Peru's army moved into the valley. Peru's government said order had returned. "
            "The rebels later killed eleven people near the river.")
    e = by_trigger(events(text, "2003-05-04"), "killed")
    # "people" is a civilian group the actors step gives the story's country (before it was an
    # agent noun, the events step's fallback did)
    assert e["target"] is not None and e["target"]["country"] == "PER"
    assert e["target"]["sector"] == "CVL"


def test_a_thing_takes_the_actor_its_phrase_names_first() -> None:
    text = ("LIMA, Peru (AP) -- The minister rejected the demands of Chile on Monday.")
    e = by_trigger(events(text, "2003-05-04"), "rejected")
    assert e["target"] is not None and e["target"]["country"] == "CHL"
    assert e["target_reason"] is None


def test_a_country_acting_on_a_thing_is_not_its_own_target() -> None:
    e = by_trigger(events("CARACAS, Venezuela (AP) -- Venezuela signed an agreement to buy a "
                          "satellite on Tuesday.", "2005-11-01"), "signed")
    assert e["target"] is None


def test_generic_plural_states_never_take_the_story_country() -> None:
    text = "ROME, Italy (AP) -- Italy urged the developing countries to act on Monday."
    evs = events(text, "2005-11-01")
    e = by_trigger(evs, "urged")
    assert e["target"] is None or e["target"]["country"] != "ITA"


def test_a_condemned_attack_takes_no_story_country() -> None:
    e = by_trigger(events("CANBERRA, Australia (AP) -- Australia's prime minister condemned the "
                          "bombings on Thursday.", "2005-11-10"), "condemned")
    assert e["target"] is None or e["target"]["country"] != "AUS"


def test_a_country_in_the_things_phrase_names_the_target() -> None:
    e = by_trigger(events("LONDON (AP) -- The bishop criticised the new sanctions against Kenya "
                          "on Monday.", "2005-11-10"), "criticised")
    assert e["target"] is not None and e["target"]["country"] == "KEN"


def test_the_group_refers_back_to_the_organisation_named_last() -> None:
    text = ("LONDON (AP) -- Amnesty International published a report on Monday. The "
            "organization urged the government to free the prisoners.")
    e = by_trigger(events(text, "2005-11-10"), "urged")
    assert e["source"]["name"] == "Amnesty International"


def test_a_thing_imposed_on_a_country_names_it() -> None:
    # ("wants to lift" codes the want: the wanted lift is its content, no event of its own)
    e = by_trigger(events("LONDON (AP) -- The minister will lift the arms embargo imposed on "
                          "China in 1989.", "2005-01-10"), "lift")
    assert e["target"] is not None and e["target"]["country"] == "CHN"


def test_a_bare_conjunct_shares_the_first_ones_nationality() -> None:
    e = [x for x in events("Russian jets and artillery shelled the town of Urus-Martan on "
                           "Tuesday.", "1999-11-01") if x["trigger"]["text"] == "shelled"]
    assert e and {x["source"]["country"] for x in e} == {"RUS"}, e
    assert any(x["source"]["text"] == "artillery" for x in e)


def test_the_noun_a_passive_participle_modifies_is_its_target() -> None:
    e = by_trigger(events("A Kenyan lawyer, accused by the Ugandan government of spying, left "
                          "Kampala on Monday.", "2016-08-24"), "accused")
    assert e["source"]["country"] == "UGA"
    assert e["target"] is not None and e["target"]["country"] == "KEN"


def test_a_nouns_of_object_and_complement_name_its_target() -> None:
    evs = events("WASHINGTON (AP) -- Ankara's refusal to meet its EU obligations angered "
                 "Brussels.", "2006-11-02")
    e = by_trigger(evs, "refusal")
    assert e["source"]["country"] == "TUR" and e["target"]["country"] == "EUR"


def test_the_antecedent_of_an_object_relative_is_the_thing() -> None:
    e = by_trigger(events("YANGON, Myanmar (AP) -- Nobody mentions the election the military "
                          "refused to honor in 1990.", "1998-07-16"), "refused")
    assert e["target"] is not None and e["target"]["country"] == "MMR"
    assert e["target"]["text"].endswith("election")


def test_an_actor_antecedent_of_an_object_relative_is_the_target() -> None:
    e = by_trigger(events("KINSHASA, Zaire (AFP) -- Kabila will meet Mobutu, who the rebels have "
                          "called on to resign.", "1997-04-19"), "called")
    assert e["target"] is not None and e["target"]["name"].startswith("Mobutu")
    assert e["target_reason"] is None  # the actor itself, not the story's country


def test_a_thing_based_somewhere_takes_that_places_country() -> None:
    e = by_trigger(events("PARIS, May 3 (AFP) - The Russian government accused an Oslo-based "
                          "shipping line of spying.", "2016-05-03"), "accused")
    assert e["source"]["country"] == "RUS"
    assert e["target"] is not None and e["target"]["country"] == "NOR", e
    assert "where it is based" in (e["target_reason"] or "")


def test_the_wing_of_a_group_is_the_group() -> None:
    evs = events("The armed wing of Hamas claimed responsibility for the shelling of Sderot on "
                 "Sunday.", "2006-11-29")
    e = by_trigger(evs, "claimed")
    assert e["source"]["name"] == "Hamas" and e["source"]["country"] == "PSE", e["source"]


def test_a_plural_pronoun_of_the_reporting_subject_takes_its_words() -> None:
    e = by_trigger(events("Nepalese rebels said on Sunday that they would free three hostages.",
                          "2020-01-01"), "free")
    assert e["source"]["text"] == "Nepalese rebels" and e["source"]["country"] == "NPL", e["source"]


def test_a_plural_possessive_takes_its_antecedents_words() -> None:
    e = by_trigger(events("Striking nurses in Lagos said they would stay out until their demands "
                          "for back pay were met.", "2020-01-01"), "demands")
    assert e["source"]["text"] == "nurses" and e["source"]["country"] == "NGA", e["source"]


def test_a_bare_document_speaks_for_whoever_issued_it_just_before() -> None:
    evs = events("NAIROBI (Reuters) - Kenya's government issued a statement on Monday. The "
                 "statement accused Amnesty International of bias.", "1998-05-01")
    e = by_trigger(evs, "accused")
    assert e["source"]["country"] == "KEN" and e["source"]["text"] == "The statement"
    # with no document issued before, a bare "the statement" names nobody
    assert not any(x["trigger"]["text"] == "accused" for x in events(
        "NAIROBI (Reuters) - The statement accused Amnesty International of bias.", "1998-05-01"))


def test_an_event_noun_rejected_by_its_addressee_targets_the_rejecter() -> None:
    # the model layer's noun event takes the lexicon's receiver fallback too
    evs = events("Peru has turned down a Chilean proposal to send rescue teams to the mine.",
                 "2001-05-02")
    e = by_trigger(evs, "proposal")
    assert e["source"]["country"] == "CHL"
    assert e["target"] is not None and e["target"]["country"] == "PER"


def test_a_demand_rejected_by_a_country_targets_it() -> None:
    e = by_trigger(events("Chile rejected the European Union's demand to cut its fishing quotas.",
                          "2001-05-02"), "demand")
    assert e["source"]["country"] == "EUR"
    assert e["target"] is not None and e["target"]["country"] == "CHL"


def test_a_passive_conjunct_acts_on_the_clause_subject() -> None:
    # "offered ... but was turned down by X": the one turned down is the offer's maker
    e = by_trigger(events("Senator Jane Roe offered an amendment on Tuesday but was turned down "
                          "by the Republican-controlled Senate.", "2001-05-02"), "turned")
    assert e["source"]["country"] == "USA"
    assert e["target"] is not None and e["target"]["text"] == "Senator Jane Roe"


def test_an_agent_of_coordinated_countries_is_one_participant_per_country() -> None:
    evs = events("The foreign ministers of Chile and Peru condemned the attack on the embassy.",
                 "2001-05-02")
    sources = {e["source"]["country"] for e in evs if e["trigger"]["text"] == "condemned"}
    assert sources == {"CHL", "PER"}
    evs = events("The minister urged the governments of Kenya, Uganda and Tanzania to ratify "
                 "the treaty.", "2001-05-02")
    targets = {e["target"]["country"] for e in evs if e["trigger"]["text"] == "urged"}
    assert targets == {"KEN", "UGA", "TZA"}
    evs = events("The governments of Chile and the European Union condemned the attack on the "
                 "embassy.", "2001-05-02")
    sources = {e["source"]["country"] for e in evs if e["trigger"]["text"] == "condemned"}
    assert sources == {"CHL", "EUR"}


def test_an_agent_of_one_country_stays_one_participant() -> None:
    evs = events("The parliament of Chile condemned the attack on the embassy.", "2001-05-02")
    assert [e["source"]["country"] for e in evs if e["trigger"]["text"] == "condemned"] == ["CHL"]


def test_every_conjunct_of_a_list_is_a_participant() -> None:
    # "X, Y and Z": the parse hangs Z from Y, not from X
    evs = events("Chile, Peru and Bolivia have condemned the arrests.", "2001-05-02")
    sources = {e["source"]["country"] for e in evs if e["trigger"]["text"] == "condemned"}
    assert sources == {"CHL", "PER", "BOL"}


def test_a_currency_is_not_its_issuer() -> None:
    evs = events("The European Parliament approved 500 million U.S. dollars for the refugees "
                 "in Turkey.", "2001-05-02")
    assert all((e["target"] or {}).get("text") != "U.S." for e in evs)


def test_invitation_in_the_circumstances_targets_the_clause_subject() -> None:
    # "at X's invitation", "at the invitation of X": X invites whoever acts in the clause
    evs = events("Chile's foreign minister arrived in Lima on Monday for a three-day visit at "
                 "the invitation of Peruvian President Alan Garcia.", "2008-05-05")
    e = by_trigger(evs, "invitation")
    assert e["source"]["country"] == "PER" and e["target"]["country"] == "CHL"
    e = by_trigger(events("The Chilean minister arrived here today for an official visit to Peru "
                          "at Garcia's invitation.", "2008-05-05"), "invitation")
    assert e["source"]["name"] == "Alan García" or e["source"]["country"] == "PER"
    assert e["target"]["country"] == "CHL"


def test_force_act_targets_the_people_its_toll_names() -> None:
    e = by_trigger(events("GROZNY, Russia (AP) - Russian jets bombed a spring overnight near the "
                          "village of Khalkino, killing 10 civilians, said a local official.",
                          "1999-11-01"), "bombed")
    assert e["target"] is not None and e["target"]["text"] == "10 civilians"
    assert e["target"]["country"] == "RUS"


def test_event_noun_object_keeps_the_phrase_its_verb_carries() -> None:
    # "summarizing its investigations into six bodies": the parse hangs "into" from the verb
    e = by_trigger(events("PHNOM PENH (AP) - The government released a report summarizing its "
                          "investigations into six bodies found last month.", "1998-09-22"),
                   "investigations")
    assert e["target"] is not None and e["target"]["text"] == "six bodies"
    assert e["target"]["country"] == "KHM"


def test_content_clause_names_whom_a_criticism_is_about() -> None:
    evs = events("Obama spoke on Sunday. It was his sharpest response to Republican criticism "
                 "that his strategy is failing.", "2016-06-15")
    e = by_trigger(evs, "criticism")
    assert e["source"]["country"] == "USA" and e["target"]["name"] == "Barack Obama"


def test_passive_subject_the_parse_hangs_from_as_is_the_target() -> None:
    e = by_trigger(events("LONDON (AFP) - The government saw its majority cut to just 14 as a "
                          "cross-party amendment was narrowly rejected by the Commons.",
                          "2005-03-01"), "rejected")
    assert e["target"] is not None and e["target"]["text"] == "a cross-party amendment"
    assert e["target"]["country"] == "GBR"
    e = by_trigger(events("LONDON (AFP) - The opposition protested as the minister was dismissed "
                          "by Prime Minister Tony Blair.", "2005-03-01"), "dismissed")
    assert e["target"]["text"] == "the minister" and e["target"]["country"] == "GBR"


def test_object_the_parse_makes_the_subject_of_a_participle_is_the_target() -> None:
    # the parse reads "the estimates insisting" as a clause with its own subject
    e = by_trigger(events("OTTAWA (AFP) - Mr Martin also dismissed the estimates insisting that "
                          "the average worker was better off under the Liberals.", "2005-03-01"),
                   "dismissed")
    assert e["target"] is not None and e["target"]["text"] == "the estimates"
    assert e["target"]["country"] == "CAN"


def test_between_supporters_of_one_and_another_names_two_sides() -> None:
    e = by_trigger(events("DHAKA (AFP) - Dozens of people were killed in clashes between "
                          "supporters of the BNP and the Awami League.", "2006-11-29"), "clashes")
    assert e["source"]["text"] == "supporters" and e["source"]["country"] == "BGD"
    assert e["target"]["name"] == "Awami League" and e["reciprocal"]



def test_agents_from_coordinated_countries_are_one_participant_each() -> None:
    evs = events("Troops from Chad and Niger attacked the rebels on Monday.", "2005-11-18")
    sources = {e["source"]["country"] for e in evs if e["trigger"]["text"] == "attacked"}
    assert sources == {"TCD", "NER"}
    # the first conjunct names no actor of its own but gives the agent its country
    evs = events("ROME (AFP) - Health ministers from the Group of Seven (G7) industrialized "
                 "countries and Mexico on Friday signed an agreement on bird flu.", "2005-11-18")
    e = by_trigger(evs, "signed")
    # the G7 is reported as IGO (docs/ANNOTATION.md section 3); its actor id says which body
    assert {e["source"]["country"], e["target"]["country"]} == {"IGO", "MEX"} and e["reciprocal"]


def test_act_with_no_partner_concerns_the_story_country_it_is_about() -> None:
    # no partner slot filled: what the talks are about, and whose that is
    e = by_trigger(events("TOKYO (AFP) - A special commission began talks on measures to "
                          "reform the agency.", "1997-04-22"), "talks")
    assert e["target"] is not None and e["target"]["text"] == "measures"
    assert e["target"]["country"] == "JPN" and "dateline" in e["target_reason"]


def test_two_names_the_parse_runs_into_one_phrase_are_two_participants() -> None:
    # "the IMF and World Bank": "IMF" parsed as a modifier of "Bank", both act
    evs = events("LUSAKA (Reuters) - Official sources said the IMF and World Bank had refused to "
                 "continue financing food subsidies.", "1987-03-15")
    sources = {e["source"]["country"] for e in evs if e["trigger"]["text"] == "refused"}
    assert sources == {"IMF", "WBK"}


def test_two_titled_leaders_the_parse_hangs_together_are_two_targets() -> None:
    # the parse makes "Abe" (with "Korea" as its conjunct) a modifier of "Hye": two leaders,
    # each with the country named before their title
    evs = events("The president held a meeting with Japan Prime Minister Shinzo Abe and South "
                 "Korea President Park Geun Hye.", "2016-04-01")
    targets = {e["target"]["country"] for e in evs if e["trigger"]["text"] == "held"}
    assert targets == {"JPN", "KOR"}


def test_an_and_inside_a_country_name_joins_no_two_actors() -> None:
    evs = events("Trinidad and Tobago Prime Minister Keith Rowley met Venezuela President "
                 "Nicolas Maduro.", "2019-05-01")
    assert {(e["source"]["country"], e["target"]["country"]) for e in evs} == {("TTO", "VEN")}


def test_resigning_from_a_body_is_directed_at_it() -> None:
    e = by_trigger(events("The deputy minister resigned from the Labour Party on Friday.",
                          "2005-03-01"), "resigned")
    assert e["target"] is not None and e["target"]["text"] == "the Labour Party"


def test_denying_someones_claims_answers_the_claimant() -> None:
    e = by_trigger(events("NAIROBI (AFP) - The opposition leader's claims were denied by the "
                          "foreign minister on Monday.", "2005-03-01"), "denied")
    assert e["cameo"] == "016" and e["target"] is not None
    assert (e["target"]["country"], e["target"]["sector"]) == ("KEN", "OPP")
    e = by_trigger(events("Kenya denied involvement in the attack."), "denied")
    assert e["target"] is None


def test_the_first_of_two_objects_is_who_receives() -> None:
    # "lend Ecuador crude" parsed with two direct objects: the first is the dative
    evs = events("Venezuela will lend Ecuador crude until the pipeline is repaired.", "1987-03-20")
    got = {(e["source"]["country"], (e["target"] or {}).get("country")) for e in evs
           if e["trigger"]["text"] == "lend"}
    assert got == {("VEN", "ECU")}


def test_a_pronoun_speaking_in_a_document_is_its_issuer() -> None:
    # "said in a statement that it would ...": the parse makes the clause the noun's; the
    # speaker is the one who said it, and the past report's "would" is a plan
    evs = events("Iran said in a statement that it would expel the British ambassador.",
                 "2011-11-29")
    got = {(e["source"]["country"], e["target"]["country"], e["modality"]) for e in evs
           if e["trigger"]["text"] == "expel"}
    assert got == {("IRN", "GBR", "planned")}


def test_the_subject_of_a_misparsed_reduced_relative_undergoes_the_passive() -> None:
    # "the protesters locked on to the gates will be removed": the parse makes "locked" the
    # passive's clausal subject; the protesters are removed
    evs = events("Kenyan police said the Ugandan protesters locked on to the gates will be "
                 "removed by police.", "2004-05-10")
    got = {(e["source"]["country"], e["target"]["country"]) for e in evs
           if e["trigger"]["text"] == "removed"}
    assert got == {("KEN", "UGA")}


def test_whom_a_clause_addresses_at_a_meeting_is_the_one_met() -> None:
    # "In a meeting, X told Y ...", "X gave the message to Y in meetings": Y was met
    for text in ("In a 30-minute meeting, the Japanese minister told the Brazilian finance "
                 "minister that the bank would consider the request.",
                 "Japanese officials gave the same message to the Brazilian finance minister in "
                 "meetings in Tokyo last week."):
        got = {(e["source"]["country"], (e["target"] or {}).get("country")) for e in
               events(text, "1987-03-20") if e["cameo"][:2] == "04"}
        assert ("JPN", "BRA") in got, text


def test_a_visiting_official_is_the_visitor_of_the_story_country() -> None:
    evs = events("NAIROBI, May 3 (AFP) - Visiting Japanese Prime Minister Fumio Kishida said on "
                 "Friday that trade would grow.", "2023-05-03")
    e = by_trigger(evs, "Visiting")
    assert (e["source"]["country"], (e["target"] or {}).get("country"), e["cameo"]) == (
        "JPN", "KEN", "042")
    evs = events("RAMALLAH, May 3 (AFP) - Abbas won support for his plan from visiting Prime "
                 "Minister Tony Blair.", "2005-05-03")
    assert by_trigger(evs, "visiting")["source"]["country"] == "GBR"
    # a gerund visit is a visit to its object
    e = by_trigger(events("Lumumba was in Geneva after visiting Washington for talks."), "visiting")
    assert (e["target"] or {}).get("country") == "USA"


def test_a_participle_on_the_addressees_it_names_again_is_the_writers_act() -> None:
    evs = events("The Kenyan bishop wrote to all three Ugandan parties urging them not to fight "
                 "the election with fear.")
    e = by_trigger(evs, "urging")
    assert e["source"]["country"] == "KEN", e["source"]


def test_a_speech_act_after_comma_and_is_the_reporters() -> None:
    evs = events("Kenya's foreign minister said the report showed that Uganda did not understand "
                 "the problem, and accused Tanzania of hiding the facts.")
    e = by_trigger(evs, "accused")
    assert (e["source"]["country"], (e["target"] or {}).get("country")) == ("KEN", "TZA")


def test_a_town_taken_from_a_holder_leaves_the_holder_the_target() -> None:
    e = by_trigger(events("Somali troops recaptured the town of Beledweyne from al-Shabaab."),
                   "recaptured")
    assert (e["target"] or {}).get("name") == "Al-Shabaab", e["target"]
    # with no holder named, the town's country is the target
    e = by_trigger(events("Russian forces shelled the city of Kharkiv overnight."), "shelled")
    assert (e["target"] or {}).get("country") == "UKR"


def test_the_partner_hanging_on_the_thing_an_act_is_to_is_its_target() -> None:
    e = by_trigger(events("Israel agreed to a four-day truce with Hamas."), "agreed")
    assert e["cameo"] == "0356" and e["source"]["country"] == "ISR"
    assert e["target"] is not None and e["target"]["country"] == "PSE", e["target_reason"]


def test_a_grievance_filed_for_a_remedy_targets_whom_it_is_against() -> None:
    # the parse hangs "against X" on the remedy ("for compensation"), not on the verb
    e = by_trigger(events("The Nigerian union filed a complaint for compensation against the "
                          "Ghanaian government."), "filed")
    assert e["cameo"] == "114"
    assert e["target"] is not None and e["target"]["country"] == "GHA", e["target"]
