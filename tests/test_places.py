"""Places on hand-built sentences: disambiguation in context, water bodies, event locations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.document import ArticleDoc
from detente.geo import gazetteer, normalise
from detente.geo.resolve import Context, resolve
from detente.places import extract_places, location_for, resolve_place
from detente.records import Article


def _adoc(nlp: Language, text: str, dateline: str | None = None) -> ArticleDoc:
    article = Article(id="t", text=text, dateline=dateline)
    adoc = ArticleDoc(article, [(0, nlp(text))])
    extract_places(adoc)
    return adoc


def _place(adoc: ArticleDoc, text: str, nth: int = 0):  # type: ignore[no-untyped-def]
    found = [p for p in adoc.places if p.text == text]
    assert len(found) > nth, f"{text!r} not among {[p.text for p in adoc.places]}"
    return found[nth]


def test_normalise() -> None:
    assert normalise("U.S.") == "us"
    assert normalise("the Gaza Strip") == "gaza strip"
    assert normalise("São Paulo") == "sao paulo"
    assert normalise("Moscow's") == "moscow"


def test_gazetteer_is_cached_and_has_kinds() -> None:
    g = gazetteer()
    assert g is gazetteer()
    kinds = {e.kind for e in g.candidates("Georgia")}
    assert {"country", "admin1"} <= kinds
    assert any(e.kind == "water" for e in g.candidates("Strait of Hormuz"))


def test_washington_alone_is_the_capital(nlp: Language) -> None:
    adoc = _adoc(nlp, "The envoy flew to Washington for talks with senators.")
    p = _place(adoc, "Washington")
    assert (p.country, p.feature) == ("USA", "city")
    assert abs(p.lat - 38.9) < 0.2 and abs(p.lon + 77.0) < 0.2


def test_washington_state_cue(nlp: Language) -> None:
    adoc = _adoc(nlp, "Wildfires spread across Washington state on Sunday.")
    p = _place(adoc, "Washington")
    assert (p.country, p.feature) == ("USA", "admin1")
    assert p.lat > 45


def test_washington_state_from_its_cities(nlp: Language) -> None:
    adoc = _adoc(nlp, "Apple orchards in Washington suffered. Growers near Spokane and Yakima lost crops.")
    assert _place(adoc, "Washington").feature == "admin1"


def test_georgia_the_country_in_caucasus_context(nlp: Language) -> None:
    adoc = _adoc(nlp, "Troops from Russia crossed into Georgia, alarming Armenia and Azerbaijan.")
    p = _place(adoc, "Georgia")
    assert (p.country, p.feature) == ("GEO", "country")


def test_georgia_the_state_in_us_context(nlp: Language) -> None:
    adoc = _adoc(nlp, "Voters in Georgia lined up early. Turnout in Atlanta and Savannah was high.")
    p = _place(adoc, "Georgia")
    assert (p.country, p.feature) == ("USA", "admin1")


def test_paris_is_france_unless_the_text_says_texas(nlp: Language) -> None:
    france = _adoc(nlp, "The minister will travel to Paris next week, officials in Ohio said.")
    assert _place(france, "Paris").country == "FRA"
    texas = _adoc(nlp, "A tornado struck Paris, Texas, late on Friday.")
    p = _place(texas, "Paris")
    assert p.country == "USA" and abs(p.lat - 33.66) < 0.2
    assert _place(texas, "Texas").feature == "admin1"


def test_comma_qualified_city(nlp: Language) -> None:
    adoc = _adoc(nlp, "She grew up in Birmingham, Alabama, before moving to Chicago.")
    p = _place(adoc, "Birmingham")
    assert p.country == "USA" and abs(p.lat - 33.5) < 0.3
    uk = _adoc(nlp, "The factory in Birmingham will close, British unions said.")
    assert _place(uk, "Birmingham").country == "GBR"


def test_ap_state_abbreviation_qualifies(nlp: Language) -> None:
    adoc = _adoc(nlp, "The plant in Athens, Ga., will hire 300 workers.")
    p = _place(adoc, "Athens")
    assert p.country == "USA" and abs(p.lat - 33.96) < 0.3


def test_water_bodies_and_regions(nlp: Language) -> None:
    adoc = _adoc(nlp, "Warships sailed through the Taiwan Strait and into the South China Sea, "
                      "while tensions rose in the Middle East and the Gaza Strip.")
    for text, kind, country in [("Taiwan Strait", "water", None), ("South China Sea", "water", None),
                                ("Middle East", "region", None), ("Gaza Strip", "region", "PSE")]:
        p = _place(adoc, text)
        assert (p.feature, p.country) == (kind, country), text
        assert p.lat is not None


def test_regions_with_a_country() -> None:
    for name, country in [("Crimea", "UKR"), ("Donbas", "UKR"), ("West Bank", "PSE")]:
        p = resolve_place(name)
        assert (p.feature, p.country) == ("region", country), name
    kashmir = resolve_place("Kashmir")
    assert kashmir.feature == "region" and kashmir.country is None
    asia = resolve_place("Asia")
    assert (asia.feature, asia.country) == ("continent", None)


@pytest.mark.parametrize("name", ["Eastern Cape", "Western Cape", "Northern Cape"])
def test_a_province_named_with_a_compass_word_is_found_by_its_name(name: str) -> None:
    p = resolve_place(name)
    assert (p.feature, p.country) == ("admin1", "ZAF"), p.reason


def test_territory_and_country_aliases() -> None:
    assert (resolve_place("Hong Kong").feature, resolve_place("Hong Kong").country) == ("territory", "HKG")
    assert resolve_place("U.S.").country == "USA"
    assert resolve_place("Britain").country == "GBR"


def test_spans_are_exact_and_possessive_trimmed(nlp: Language) -> None:
    text = "Moscow's invasion of Ukraine was condemned in the Hague."
    adoc = _adoc(nlp, text)
    for p in adoc.places:
        assert text[p.span[0] : p.span[1]] == p.text
    assert _place(adoc, "Moscow").country == "RUS"


def test_unresolved_toponym_keeps_a_reason(nlp: Language) -> None:
    adoc = _adoc(nlp, "Villagers fled Zorblaxville after the floods in Kenya.")
    unresolved = [p for p in adoc.places if p.lat is None]
    for p in unresolved:
        assert p.reason and "no gazetteer entry" in p.reason


def test_dateline_sets_context(nlp: Language) -> None:
    adoc = _adoc(nlp, "Officials in Columbus said the budget was approved.", dateline="COLUMBUS, Ohio")
    p = _place(adoc, "Columbus")
    assert p.country == "USA" and abs(p.lat - 39.96) < 0.3


def test_resolve_reason_names_the_context() -> None:
    ctx = Context()
    ctx.add_country("USA")
    res = resolve("Georgia", ctx)
    assert res.entry is not None and "USA" in res.reason


def _predicate(adoc: ArticleDoc, word: str):  # type: ignore[no-untyped-def]
    for sent in adoc.sentences:
        for tok in sent.span:
            if tok.text == word:
                return sent, tok
    raise AssertionError(word)


@pytest.mark.parametrize(
    ("text", "verb", "place", "reason_part"),
    [
        ("The two leaders met in Beijing on Tuesday.", "met", "Beijing", "'in'"),
        ("Yellen will visit Guangzhou this week.", "visit", "Guangzhou", "object of 'visit'"),
        ("Kishida will pay a state visit to Washington next week.", "pay", "Washington", "'to'"),
    ],
)
def test_location_for_governing_clause(nlp: Language, text: str, verb: str, place: str, reason_part: str) -> None:
    adoc = _adoc(nlp, text)
    sent, tok = _predicate(adoc, verb)
    loc, reason = location_for(adoc, sent, tok)
    assert loc is not None and loc.name == place and loc.text == place
    assert reason_part in reason
    assert loc.span is not None and text[loc.span[0] : loc.span[1]] == place


def test_location_for_ignores_places_outside_the_clause(nlp: Language) -> None:
    adoc = _adoc(nlp, "China criticised the sanctions. Beijing said the United States must stop.")
    sent, tok = _predicate(adoc, "criticised")
    loc, reason = location_for(adoc, sent, tok)
    assert loc is None and reason == "no place in the governing clause"
    sent, tok = _predicate(adoc, "said")
    loc, _ = location_for(adoc, sent, tok)
    assert loc is None  # a metonymic subject is not where the event happened


def test_local_town_next_to_the_county_the_story_names(nlp: Language) -> None:
    adoc = _adoc(nlp, "Deputies from Lamar County said the storm flooded two streets in Paris overnight.")
    paris, county = _place(adoc, "Paris"), _place(adoc, "Lamar County")
    assert (paris.country, county.country) == ("USA", "USA")
    assert abs(paris.lat - county.lat) < 1 and abs(paris.lon - county.lon) < 1
    alone = _place(_adoc(nlp, "The storm flooded two streets in Paris overnight."), "Paris")
    assert alone.country == "FRA"


def test_county_reading_follows_the_towns_of_the_story(nlp: Language) -> None:
    adoc = _adoc(nlp, "Henry County officials met in Paris and later toured McKenzie.")
    county = _place(adoc, "Henry County")
    assert county.feature == "admin2" and county.country == "USA"
    assert abs(county.lat - 36.3) < 0.5 and abs(county.lon + 88.3) < 0.5  # Tennessee's, not Georgia's


def test_only_the_largest_city_of_the_capitals_name_is_the_capital() -> None:
    capitals = [e for e in gazetteer().candidates("Washington") if e.kind == "city" and e.capital]
    assert [e.admin1 for e in capitals] == ["DC"]
    assert [e.country for e in gazetteer().candidates("Paris") if e.capital] == ["FRA"]


def test_a_country_after_a_country_is_a_list_not_a_qualifier(nlp: Language) -> None:
    adoc = _adoc(nlp, "Talks between Russia, the United States and Qatar resumed.")
    assert _place(adoc, "Russia").country == "RUS" and _place(adoc, "Russia").feature == "country"


def test_state_named_by_the_towns_around_it(nlp: Language) -> None:
    adoc = _adoc(nlp, "Storms hit Georgia overnight. Roads closed near Valdosta, Tifton and Moultrie.")
    assert (_place(adoc, "Georgia").country, _place(adoc, "Georgia").feature) == ("USA", "admin1")


def test_abbreviated_saint_is_the_features_own_name() -> None:
    p = resolve_place("St. Petersburg")
    assert p.country == "RUS"
    florida = resolve_place("St. Petersburg", qualifier="Fla.")
    assert florida.country == "USA" and abs(florida.lat - 27.8) < 0.3


def test_town_tagged_otherwise_is_a_place_in_a_locative_slot(nlp: Language) -> None:
    from detente.geo.toponyms import _locative_town

    near = [e for e in nlp("Deputies searched a home near Fitzgerald on Monday.").ents if e.text == "Fitzgerald"]
    assert near and near[0].label_ in {"PERSON", "ORG"} and _locative_town(near[0])
    adoc = _adoc(nlp, "Deputies searched a home near Fitzgerald on Monday.")
    assert _place(adoc, "Fitzgerald").country == "USA"
    owner = [e for e in nlp("Deputies searched the home of Fitzgerald on Monday.").ents if e.text == "Fitzgerald"]
    assert all(not _locative_town(e) for e in owner)


def test_dateline_town_is_qualified_and_supports_its_neighbours(nlp: Language) -> None:
    from detente.places import dateline_entry

    text = "Crews cleared fallen trees in Winterville overnight."
    adoc = _adoc(nlp, text, dateline="ATHENS, Ga.")
    athens = dateline_entry(adoc)
    assert athens is not None and athens.country == "USA" and athens.admin1 == "GA"
    town = _place(adoc, "Winterville")  # the Georgia town of 1,200 next to Athens, not the bigger one in N.C.
    assert town.country == "USA" and abs(town.lat - athens.lat) < 0.5 and abs(town.lon - athens.lon) < 0.5
    elsewhere = _place(_adoc(nlp, text), "Winterville")
    assert abs(elsewhere.lon - athens.lon) > 2


def test_city_tagged_as_a_group_is_a_place(nlp: Language) -> None:
    text = "The gunman shouted about Aleppo in Turkish, and also yelled."
    assert [e.label_ for e in nlp(text).ents if e.text == "Aleppo"] == ["NORP"]
    assert _place(_adoc(nlp, text), "Aleppo").country == "SYR"
    assert not [p for p in _adoc(nlp, "Turkish officials met in Ankara.").places if p.text == "Turkish"]


def test_a_dash_between_names_is_no_persons_full_name(nlp: Language) -> None:
    from detente.geo.toponyms import _spaced_dash

    doc = nlp("Recounts were asked in two states narrowly won by Mr Trump - Wisconsin and Pennsylvania.")
    spaced = [e for e in doc.ents if e.label_ == "PERSON" and "-" in e.text]
    assert all(_spaced_dash(e) for e in spaced)
    hyphened = nlp("Jean-Paul Sartre wrote in Paris.")
    assert not any(_spaced_dash(e) for e in hyphened.ents if e.label_ == "PERSON")
    text = ("Clinton lost in Wisconsin. Experts urged recounts in two states narrowly won by "
            "Mr Trump - Wisconsin and Pennsylvania.")
    adoc = _adoc(nlp, text)
    assert [p.feature for p in adoc.places if p.text == "Wisconsin"] == ["admin1", "admin1"]


@pytest.mark.parametrize(("text", "name"), [
    ("Former New York Gov. Mario Cuomo died on Thursday.", "New York"),
    ("During the primaries, she supported Florida Senator Marco Rubio.", "Florida"),
    ("He trained at St. Barnabas Hospital in Bronx, New York.", "New York"),
])
def test_a_state_office_or_a_qualifying_place_makes_the_state(nlp: Language, text: str, name: str) -> None:
    p = _place(_adoc(nlp, text), name)
    assert (p.country, p.feature) == ("USA", "admin1")


def test_new_york_alone_stays_the_city(nlp: Language) -> None:
    assert _place(_adoc(nlp, "Talks resumed in New York on Monday."), "New York").feature == "city"


def test_far_north_of_a_state_is_in_the_state() -> None:
    res = resolve("Far North Queensland", Context())
    assert res.entry is not None and (res.entry.name, res.entry.country) == ("Queensland", "AUS")


def test_the_publications_country_domain_is_context(nlp: Language) -> None:
    text = "Youngsters cooked for judges at a theatre in Edmonton on Friday."
    article = Article(id="t", text=text, url="http://www.nlhnews.co.uk/article.cfm?id=1")
    adoc = ArticleDoc(article, [(0, nlp(text))])
    extract_places(adoc)
    assert _place(adoc, "Edmonton").country == "GBR"
    assert _place(_adoc(nlp, text), "Edmonton").country == "CAN"


def test_a_dotted_abbreviation_heading_a_compound_is_a_place(nlp: Language) -> None:
    adoc = _adoc(nlp, "Turkey is a partner in the U.S.-led campaign against the group.")
    p = _place(adoc, "U.S.")
    assert (p.country, p.feature) == ("USA", "country")
    assert adoc.article.text[p.span[0] : p.span[1]] == "U.S."
    assert not [p for p in _adoc(nlp, "The U.N.-brokered truce held.").places if p.text == "U.N."]


def test_an_entity_cut_after_an_abbreviated_name_word_is_completed(nlp: Language) -> None:
    text = "About 30 homes in the valley near Fort St. John will be affected by the dam."
    p = _place(_adoc(nlp, text), "Fort St. John")
    assert p.country == "CAN" and p.feature == "city"


def test_a_countrys_embassy_is_in_that_country() -> None:
    res = resolve("Turkish Embassy", Context())
    assert res.entry is not None and (res.entry.country, res.entry.kind) == ("TUR", "country")
    other = resolve("Turkish Delight Factory", Context()).entry
    assert other is None or other.kind != "country"


def test_a_city_known_by_the_name_as_an_alternate_can_overshadow_the_small_namesake() -> None:
    from detente.geo.resolve import _overshadowing

    cands = gazetteer().candidates("Newcastle")
    own = [e for e in cands if normalise(e.name) == "newcastle"]
    assert [e.name for e in _overshadowing(cands, own)] == ["Newcastle upon Tyne"]
    britain = Context()
    britain.add_country("GBR")
    res = resolve("Newcastle", britain)
    assert res.entry is not None and res.entry.name == "Newcastle upon Tyne"
    # Piqua, Ohio, once called Washington, is no reading of "Washington".
    washingtons = gazetteer().candidates("Washington")
    assert not _overshadowing(washingtons, [e for e in washingtons if normalise(e.name) == "washington"])


def test_a_town_named_x_town_bears_the_name_x() -> None:
    britain = Context()
    britain.add_country("GBR")
    res = resolve("Enfield", britain)
    assert res.entry is not None and (res.entry.name, res.entry.country) == ("Enfield Town", "GBR")
    connecticut = Context()
    connecticut.add_entry(gazetteer().us_states["CT"])
    in_us = resolve("Enfield", connecticut).entry
    assert in_us is not None and (in_us.country, in_us.admin1) == ("USA", "CT")


def test_a_dateline_opening_the_body_is_a_place_and_names_it_below(nlp: Language) -> None:
    text = ("Mason charged with assault. TORRINGTON \u2014 Mayor Ryan Bingham will hold a press "
            "conference. He announced a new program for Torrington businesses on Monday.")
    adoc = _adoc(nlp, text)
    found = [p for p in adoc.places if p.text.lower() == "torrington"]
    assert [p.text for p in found] == ["TORRINGTON", "Torrington"]
    assert all(p.country == "USA" for p in found)
    assert adoc.article.text[found[0].span[0] : found[0].span[1]] == "TORRINGTON"
    qualified = _adoc(nlp, "EDMONTON, Ky. (WBKO) -- A man was arrested on Thursday.")
    edmonton = _place(qualified, "EDMONTON")
    assert (edmonton.country, abs(edmonton.lat - 37.0) < 0.5) == ("USA", True)
    assert not [p for p in _adoc(nlp, "GREEN fingered youngsters planted flowers.").places if p.text == "GREEN"]


def test_an_unknown_name_falls_back_to_its_county_or_a_hyphenated_part() -> None:
    henrico = resolve("Henrico", Context()).entry
    assert henrico is not None and (henrico.name, henrico.kind, henrico.admin1) == ("Henrico County", "admin2", "VA")
    iowa = resolve("D-Iowa City", Context()).entry
    assert iowa is not None and (iowa.name, iowa.admin1) == ("Iowa City", "IA")
    assert resolve("Trafalgar Street-Clarke Road", Context()).entry is None  # streets, not towns


def test_towns_coordinated_in_one_entity_after_a_locative_word(nlp: Language) -> None:
    from detente.geo.toponyms import _coordinated_towns

    text = ("The suspect is believed to be traveling with them south to Ingham or Townsville in a "
            "white sedan with Queensland registration.")
    adoc = _adoc(nlp, text)
    assert _place(adoc, "Ingham").country == "AUS" and _place(adoc, "Townsville").country == "AUS"
    owners = [e for e in nlp("The firm was bought by Johnson and Johnson last year.").ents if e.label_ == "ORG"]
    assert all(not _coordinated_towns(e) for e in owners)


def test_the_place_an_organisation_ends_with_after_in(nlp: Language) -> None:
    from detente.geo.toponyms import _place_after_in

    text = "She was rushed by air ambulance to the Children's Hospital of Manitoba in Winnipeg."
    orgs = [e for e in nlp(text).ents if e.label_ == "ORG" and e.text.endswith("Winnipeg")]
    tail = _place_after_in(orgs[0]) if orgs else None
    assert tail is not None and tail.text == "Winnipeg"
    assert _place(_adoc(nlp, text), "Winnipeg").country == "CAN"
    plain = [e for e in nlp("He joined the Bank of America in March.").ents if e.label_ == "ORG"]
    assert all(_place_after_in(e) is None for e in plain)


def test_a_saint_a_church_is_named_after_is_no_town(nlp: Language) -> None:
    text = "The explosion hit the small church of St. Peter and St. Paul attached to the cathedral in Cairo."
    adoc = _adoc(nlp, text)
    assert not [p for p in adoc.places if p.text.startswith("St.")]
    assert _place(adoc, "Cairo").country == "EGY"
    town = _place(_adoc(nlp, "The family moved to St. Peter, Minnesota, last year."), "St. Peter")
    assert town.country == "USA"


def test_dotted_capitals_are_no_one_word_states_abbreviation() -> None:
    la = resolve("L.A.", Context()).entry
    assert la is not None and (la.name, la.kind) == ("Los Angeles", "city")
    assert resolve("M.D.", Context()).entry is None  # a doctor's degree, not Maryland ("Md.")
    ny = resolve("N.Y.", Context()).entry
    assert ny is not None and (ny.name, ny.kind) == ("New York", "admin1")
    louisiana = resolve("La.", Context()).entry
    assert louisiana is not None and louisiana.name == "Louisiana"


def test_the_places_of_a_dateline_taken_off_the_body_are_places(nlp: Language) -> None:
    text = "BANGKOK, Thailand (AP) _ Myanmar's government freed 20 prisoners on Monday."
    body = text.index("Myanmar")
    article = Article(id="t", text=text, dateline="BANGKOK, Thailand (AP)")
    adoc = ArticleDoc(article, [(body, nlp(text[body:]))])
    extract_places(adoc)
    got = [(p.text, p.country, text[p.span[0]:p.span[1]]) for p in adoc.places]
    assert ("BANGKOK", "THA", "BANGKOK") in got and ("Thailand", "THA", "Thailand") in got, got
    dated = Article(id="t", text="OTTAWA, Jan 13 (Xinhua) -- Canada said it would act.",
                    dateline="OTTAWA, Jan 13 (Xinhua)")
    start = dated.text.index("Canada")
    odoc = ArticleDoc(dated, [(start, nlp(dated.text[start:]))])
    extract_places(odoc)
    assert [p.text for p in odoc.places] == ["OTTAWA", "Canada"], odoc.places
