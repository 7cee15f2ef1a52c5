"""Actors, round 24: a party name several countries share, written before a title, is the
story's country's party; the officeholder "of" a party, an armed group or an international body
leads that body rather than holding the state's office (sentences of our own)."""

from __future__ import annotations

import pytest

from detente.pipeline import code_articles
from detente.records import Article, CodedArticle, Mention
from tests.conftest import event_triples
from tests.test_actors_round22 import find, mentions


def dated_mentions(text: str, dateline: str, date: str = "2005-06-01") -> list[Mention]:
    result = next(code_articles([Article(id="t", text=text, published=date, dateline=dateline)]))
    assert isinstance(result, CodedArticle)
    return result.mentions


def test_a_shared_party_name_before_a_title_is_the_datelines_countrys_party() -> None:
    text = ("Labor Party chairman Dan Hadar said on Tuesday the party would quit the coalition. "
            "Hadar will meet the prime minister on Sunday.")
    got = dated_mentions(text, "JERUSALEM")
    assert find(got, "Labor Party chairman Dan Hadar").actor.country == "ISR"
    assert find(got, "the prime minister").actor.country == "ISR"


def test_a_shared_party_name_before_a_title_follows_the_countries_the_story_names() -> None:
    text = ("Israeli coalition talks stalled on Monday in Tel Aviv. Labor Party chairman Dan Hadar "
            "said the party would not join.")
    assert find(mentions(text, date="2005-06-01"),
                "Labor Party chairman Dan Hadar").actor.country == "ISR"


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), [
    ("The leader of Hamas rejected the truce.", "The leader of Hamas", "PSE", "REB"),
    ("The spokesman of the Taliban rejected the truce.", "The spokesman of the Taliban", "AFG",
     "REB"),
    ("The leader of the Social Democrats called for new elections.",
     "The leader of the Social Democrats", "DEU", "PTY"),
])
def test_the_officeholder_of_a_group_is_the_groups_not_the_states(
        text: str, phrase: str, country: str, sector: str) -> None:
    got = find(mentions(text, date="2005-06-01"), phrase.split(" of ")[0])
    assert (got.actor.country, got.actor.sector) == (country, sector), got.reason
    assert got.actor.id is None or not got.actor.id.startswith("person:"), got.reason


def test_the_leader_of_a_shared_party_name_is_the_datelines_countrys() -> None:
    got = find(dated_mentions("The leader of the Labor Party called for new elections.",
                              "JERUSALEM"), "The leader")
    assert (got.actor.country, got.actor.sector) == ("ISR", "PTY"), got.reason


def test_the_president_of_an_international_body_is_its_head() -> None:
    got = find(mentions("The president of the European Commission met farmers.",
                        date="2005-06-01"), "The president")
    assert got.actor.id is not None and got.actor.id.startswith("person:"), got.reason


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The Council of Europe met in Strasbourg. The council condemned the vote.", "The council",
     "EUR"),
    ("The European Bank for Reconstruction and Development (EBRD) met in Riga. Poland said the "
     "bank had ignored it.", "the bank", "org:ebrd"),
    ("Estonia praised the EBRD on Monday. Latvia said the bank had ignored it.", "the bank",
     "org:ebrd"),
])
def test_the_noun_that_says_what_a_body_is_names_it_before_a_complement_or_an_acronym(
        text: str, phrase: str, want: str) -> None:
    got = find(dated_mentions(text, "LONDON"), phrase)
    # an international body the guidelines list no code for is reported as IGO: its id says which
    assert want in (got.actor.country, got.actor.id), got.reason


def test_a_surname_written_first_is_the_person_the_story_named_not_a_dictionary_namesake() -> None:
    text = ("Chinese trade official Liu Wenhai arrived in Hanoi on Saturday. Liu will meet "
            "Vietnamese ministers on Monday.")
    got = find(mentions(text, date="2005-11-05"), "Liu")
    assert (got.actor.name, got.actor.country) == ("Liu Wenhai", "CHN"), got.reason


def test_a_first_name_alone_is_the_person_the_story_named() -> None:
    text = ("Israeli union chief Avi Dorner criticised the budget on Monday. \"Avi will talk to the "
            "finance minister,\" an aide said.")
    got = find(mentions(text, date="2005-11-05"), "Avi")
    assert (got.actor.name, got.actor.country) == ("Avi Dorner", "ISR"), got.reason


@pytest.mark.parametrize("phrase", ["BNP", "the BNP", "BNP chairman Tom Roe", "BNP supporters"])
def test_an_acronym_the_story_spells_out_outranks_the_dictionarys_body_of_those_letters(
        phrase: str) -> None:
    text = ("The British National Party (BNP) staged a march in Leeds on Saturday. BNP chairman Tom "
            "Roe praised the turnout. Police said BNP supporters threw bottles. Critics said the "
            "BNP had planned the clashes and BNP denied it.")
    got = find(mentions(text, date="2005-03-01"), phrase)
    assert got.actor.country == "GBR", got.reason



@pytest.mark.parametrize(("text", "phrase", "sector"), [
    ("Hezbollah spokesman Ali Hamdan denied the report.", "Hezbollah spokesman Ali Hamdan", "REB"),
    ("Labour leader John Roe denied the report.", "Labour leader John Roe", "PTY"),
])
def test_a_named_person_titled_by_a_group_is_of_the_groups_sector(
        text: str, phrase: str, sector: str) -> None:
    got = find(mentions(text, date="2005-07-10"), phrase)
    assert got.actor.sector == sector, got.reason


def test_the_delegation_is_the_one_the_story_introduced_not_its_hosts() -> None:
    text = ("A delegation of the Japanese parliament arrived in Hanoi on Monday. Vietnamese "
            "officials welcomed the delegation at the airport. The delegation will leave on "
            "Friday.")
    got = dated_mentions(text, "HANOI")
    assert [m.actor.country for m in got if m.text.lower() == "the delegation"] == ["JPN", "JPN"]


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("Officials of the Kenyan embassy in Kampala protested on Monday.", "Officials", "KEN"),
    ("A spokesman of the Turkish foreign ministry in Baghdad denied it.", "A spokesman", "TUR"),
])
def test_a_nationality_on_the_body_someone_is_of_is_their_country(
        text: str, phrase: str, want: str) -> None:
    got = find(mentions(text, date="2005-07-10"), phrase)
    assert got.actor.country == want, got.reason


def test_the_datelines_town_named_again_is_the_one_in_the_datelines_country() -> None:
    text = "Two Birmingham firefighters were hurt in the blaze on Sunday, officials said."
    got = find(dated_mentions(text, "BIRMINGHAM, Ala."), "Two Birmingham firefighters")
    assert got.actor.country == "USA", got.reason


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("The militant group Hezbollah said it fired rockets.", "The militant group", "LBN"),
    ("The Basque separatist group ETA claimed the bombing in Beirut.",
     "The Basque separatist group", "ESP"),
    ("The spokesman of the militant group Hezbollah denied it.", "The spokesman", "LBN"),
])
def test_a_descriptor_with_a_named_group_in_apposition_is_that_group(
        text: str, phrase: str, want: str) -> None:
    got = find(dated_mentions(text, "JERUSALEM", date="2006-07-10"), phrase)
    assert (got.actor.country, got.actor.sector) == (want, "REB"), got.reason


def test_an_honorific_between_a_title_and_a_name_still_joins_them() -> None:
    text = "Talks were led by Canadian diplomat Sir Hugh Barrow. Barrow left Monday."
    got = mentions(text, date="2015-12-26")
    assert find(got, "Canadian diplomat Sir Hugh Barrow").actor.country == "CAN"
    assert find(got, "Barrow").actor.country == "CAN"


@pytest.mark.parametrize(("text", "phrase", "want"), [
    ("Former President Jimmy Carter arrived in Lima to monitor the vote.",
     "President Jimmy Carter", "USA"),
    ("Peruvian officials said Reagan had backed the plan in 1985.", "Reagan", "USA"),
])
def test_a_leader_from_before_1990_is_a_former_leader_of_that_country(
        text: str, phrase: str, want: str) -> None:
    got = find(dated_mentions(text, "LIMA", date="2000-04-08"), phrase)
    assert (got.actor.country, got.actor.sector) == (want, "ELI"), got.reason


def test_his_or_her_body_is_the_possessors_not_the_places() -> None:
    text = "Kenyan President Mwai Kibaki and his government met donors in Paris on Monday."
    got = find(mentions(text, date="2005-11-16"), "government")
    assert got.actor.country == "KEN", got.reason


@pytest.mark.parametrize("rank", ["Major-General", "Major General", "Major-Gen."])
def test_major_in_a_rank_is_no_namesake_prime_minister(rank: str) -> None:
    got = find(mentions(f"Nigerian {rank} Sam Okoro said the troops would stay.",
                        date="1996-04-12"), f"Nigerian {rank} Sam Okoro")
    assert got.actor.country == "NGA", got.reason
    assert not any(m.actor is not None and m.actor.id == "person:john-major"
                   for m in mentions(f"Commander {rank} Sam Okoro said the troops would stay.",
                                     date="1996-04-12"))


def test_the_west_african_monitoring_group_is_ecowas() -> None:
    got = find(mentions("ECOMOG commanders met rebel leaders on Monday.", date="1997-04-12"),
               "ECOMOG commanders")
    assert got.actor.country == "WAS", got.reason


def test_them_is_not_a_nationality_on_things() -> None:
    text = ("The Danish unit will leave after Afghan presidential elections, the ministry said. "
            "The minister wrote to the partners, informing them of the plans.")
    got = find(mentions(text, date="2009-06-01"), "them")
    assert got.actor is None or got.actor.country != "AFG", got.reason


def test_an_honorific_and_a_surname_the_tagger_calls_an_organisation_is_the_person() -> None:
    text = ("Home Office minister Joan Dawlish spoke on Monday. MCB secretary Ali Khan accused "
            "Ms Dawlish of \"using fear\" before the vote.")
    got = find(dated_mentions(text, "LONDON", date="2005-03-02"), "Ms Dawlish")
    assert got.actor is not None and got.actor.name == "Joan Dawlish", got.reason


def test_they_is_not_a_pair_of_places() -> None:
    text = ("Other senators said the strikes on rebel positions in Yemen and Libya were too weak. "
            "They criticized the president for his plan.")
    got = find(dated_mentions(text, "WASHINGTON", date="2015-12-07"), "They")
    assert not got.members and got.actor is not None and got.actor.country == "USA", got.reason


def test_an_international_or_foreign_target_is_not_the_storys_country() -> None:
    triples = event_triples("Officials in Nairobi will invite international observers to watch "
                            "the vote.")
    assert ("KEN", "KEN", "036") not in triples, triples


def test_a_nationality_in_a_body_of_waters_name_is_no_one_in_the_story() -> None:
    text = ("The novel follows a veteran of the Persian Gulf War. Its author, Tom Reed, insists on "
            "long chapters.")
    got = mentions(text, date="1998-07-29")
    assert not find(got, "Persian").agentive
    assert find(got, "Tom Reed").actor.country != "IRN"


def test_a_nationality_on_a_books_title_does_not_hide_the_storys_country() -> None:
    text = ("Lawyers for the actor Dan Lowe filed suit in Denver on Tuesday. The suit names "
            "publisher Ted Barnes and author Lou Fisk, whose book \"American Saga\" appeared in "
            "1996.")
    assert find(mentions(text, date="2000-08-16"), "Lou Fisk").actor.country == "USA"


@pytest.mark.parametrize("text", [
    "Martti Ahtisaari, the UN envoy, met Serbian leaders. Ahtisaari said talks would start.",
    "UN envoy Martti Ahtisaari met Serbian leaders. Ahtisaari said talks would start.",
])
def test_a_former_leaders_new_office_the_story_gives_is_theirs(text: str) -> None:
    got = mentions(text, date="2005-11-26")
    assert [m.actor.country for m in got if "Ahtisaari" in m.text] == ["UNO", "UNO"]
    old = find(mentions("Former Finnish President Martti Ahtisaari met Serbian leaders.",
                        date="2005-11-26"), "Finnish President Martti Ahtisaari")
    assert (old.actor.country, old.actor.sector) == ("FIN", "ELI"), old.reason



def test_a_person_in_apposition_to_a_delegation_is_of_its_country() -> None:
    text = ("The talks will go on, said head of the Cuban delegation Raul Vega here on Monday. "
            "Vega later met reporters.")
    got = dated_mentions(text, "BEIJING", date="2005-11-03")
    assert [m.actor.country for m in got if "Vega" in m.text] == ["CUB", "CUB"]
