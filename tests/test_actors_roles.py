"""Dated roles: the article date selects the office a person held, and who held a title."""

from __future__ import annotations

import pytest

from detente.actors import resolve_mentions
from detente.pipeline import code_articles
from detente.records import Article, CodedArticle

# (sentence written for the test, article date, mention text, expected person, country, sector,
#  expected title or None)
CASES = [
    ("President Obama met lawmakers on Monday.", "2012-06-01", "President Obama",
     "Barack Obama", "USA", "GOV", "President"),
    ("Vice President Biden visited Kyiv on Monday.", "2012-06-01", "Vice President Biden",
     "Joe Biden", "USA", "GOV", "Vice President"),
    ("President Biden spoke with reporters.", "2024-03-01", "President Biden",
     "Joe Biden", "USA", "GOV", "President"),
    ("President-elect Lai Ching-te thanked voters.", "2024-02-01",
     "President-elect Lai Ching-te", "Lai Ching-te", "TWN", "GOV", "President-elect"),
    ("President Lai Ching-te addressed lawmakers.", "2024-06-01", "President Lai Ching-te",
     "Lai Ching-te", "TWN", "GOV", "President"),
    ("Lai Ching-te visited a factory.", "2022-03-01", "Lai Ching-te",
     "Lai Ching-te", "TWN", "GOV", "Vice President"),
    ("The Chinese president arrived in Paris.", "2010-05-01", "The Chinese president",
     "Hu Jintao", "CHN", "GOV", None),
    ("The Chinese president arrived in Paris.", "2020-05-01", "The Chinese president",
     "Xi Jinping", "CHN", "GOV", None),
    ("Xi Jinping toured the port.", "2010-05-01", "Xi Jinping",
     "Xi Jinping", "CHN", "GOV", "Vice President"),
    ("The Russian president spoke by phone.", "2010-05-01", "The Russian president",
     "Dmitry Medvedev", "RUS", "GOV", None),
    ("The Russian president spoke by phone.", "2015-05-01", "The Russian president",
     "Vladimir Putin", "RUS", "GOV", None),
    ("Prime Minister Vladimir Putin visited the plant.", "2010-05-01",
     "Prime Minister Vladimir Putin", "Vladimir Putin", "RUS", "GOV", "Prime Minister"),
    ("The British prime minister flew home.", "2008-05-01", "The British prime minister",
     "Gordon Brown", "GBR", "GOV", None),
    ("The British prime minister flew home.", "2017-05-01", "The British prime minister",
     "Theresa May", "GBR", "GOV", None),
    ("The British prime minister flew home.", "2023-05-01", "The British prime minister",
     "Rishi Sunak", "GBR", "GOV", None),
    ("The German chancellor criticised the plan.", "2010-05-01", "The German chancellor",
     "Angela Merkel", "DEU", "GOV", None),
    ("The German chancellor criticised the plan.", "2023-05-01", "The German chancellor",
     "Olaf Scholz", "DEU", "GOV", None),
    ("The French president criticised the plan.", "2010-05-01", "The French president",
     "Nicolas Sarkozy", "FRA", "GOV", None),
    ("The French president criticised the plan.", "2019-05-01", "The French president",
     "Emmanuel Macron", "FRA", "GOV", None),
    ("The Indian prime minister met farmers.", "2010-05-01", "The Indian prime minister",
     "Manmohan Singh", "IND", "GOV", None),
    ("The Indian prime minister met farmers.", "2020-05-01", "The Indian prime minister",
     "Narendra Modi", "IND", "GOV", None),
    ("The Japanese prime minister met farmers.", "2022-05-01", "The Japanese prime minister",
     "Fumio Kishida", "JPN", "GOV", None),
    ("The South African president met farmers.", "2015-05-01", "The South African president",
     "Jacob Zuma", "ZAF", "GOV", None),
    ("The Mexican president met farmers.", "2020-05-01", "The Mexican president",
     "Andrés Manuel López Obrador", "MEX", "GOV", None),
    ("The Turkish president met farmers.", "2016-05-01", "The Turkish president",
     "Recep Tayyip Erdoğan", "TUR", "GOV", None),
    ("The Egyptian president met farmers.", "2013-01-15", "The Egyptian president",
     "Mohamed Morsi", "EGY", "GOV", None),
    ("The Israeli prime minister met farmers.", "2010-05-01", "The Israeli prime minister",
     "Benjamin Netanyahu", "ISR", "GOV", None),
    ("The Philippine president met farmers.", "2018-05-01", "The Philippine president",
     "Rodrigo Duterte", "PHL", "GOV", None),
    ("The Philippine president met farmers.", "2023-05-01", "The Philippine president",
     "Ferdinand Marcos Jr.", "PHL", "GOV", None),
    ("Brazil's president met farmers.", "2005-05-01", "Brazil's president",
     "Luiz Inácio Lula da Silva", "BRA", "GOV", None),
    ("The Taiwanese president met farmers.", "2020-05-01", "The Taiwanese president",
     "Tsai Ing-wen", "TWN", "GOV", None),
    ("Taiwan's leader met farmers.", "2025-03-01", "Taiwan's leader",
     "Lai Ching-te", "TWN", "GOV", None),
    ("Janet Yellen raised interest rates.", "2016-05-01", "Janet Yellen",
     "Janet Yellen", "USA", "GOV", "Chair of the Federal Reserve"),
    ("Janet Yellen raised concerns.", "2022-05-01", "Janet Yellen",
     "Janet Yellen", "USA", "GOV", "Treasury Secretary"),
    ("Donald Trump signed the order.", "2018-05-01", "Donald Trump",
     "Donald Trump", "USA", "GOV", "President"),
    ("Donald Trump held a rally.", "2023-05-01", "Donald Trump",
     "Donald Trump", "USA", "ELI", "former President"),
    ("The Australian prime minister met farmers.", "2012-05-01", "The Australian prime minister",
     "Julia Gillard", "AUS", "GOV", None),
    # G20 ministers of the 1990s (issue 11, item 2)
    ("Foreign Minister Klaus Kinkel said the talks would resume.", "1995-03-01",
     "Foreign Minister Klaus Kinkel", "Klaus Kinkel", "DEU", "GOV", "Foreign Minister"),
    ("The Japanese foreign minister arrived in Seoul.", "1995-05-01", "The Japanese foreign minister",
     "Yohei Kono", "JPN", "GOV", None),
    ("Canada's finance minister presented the budget.", "1992-02-01", "Canada's finance minister",
     "Don Mazankowski", "CAN", "GOV", None),
    ("The Indian finance minister announced new tariffs.", "1992-07-01",
     "The Indian finance minister", "Manmohan Singh", "IND", "GOV", None),
    ("Mexico's interior minister met the negotiators.", "1994-06-01", "Mexico's interior minister",
     "Jorge Carpizo", "MEX", "GOV", None),
    ("Defence Minister Robert Ray inspected the base.", "1993-09-01", "Defence Minister Robert Ray",
     "Robert Ray", "AUS", "GOV", "Defence Minister"),
    ("The Indonesian foreign minister flew to Hanoi.", "1996-02-01",
     "The Indonesian foreign minister", "Ali Alatas", "IDN", "GOV", None),
    ("South Korea's defence minister warned the North.", "1997-01-15",
     "South Korea's defence minister", "Kim Dong-jin", "KOR", "GOV", None),
    # a title names holders whose official title it is: Iran's president is its head of
    # government, not the Supreme Leader who is head of state
    ("The Iranian president criticised the plan.", "2023-05-01", "The Iranian president",
     "Ebrahim Raisi", "IRN", "GOV", None),
    ("The Iranian supreme leader criticised the plan.", "2023-05-01",
     "The Iranian supreme leader", "Ali Khamenei", "IRN", "GOV", None),
    ("The Saudi king received the envoy.", "2010-05-01", "The Saudi king",
     "Abdullah bin Abdulaziz Al Saud", "SAU", "GOV", None),
    ("King Hussein flew to Washington.", "1997-04-20", "King Hussein",
     "Hussein bin Talal", "JOR", "GOV", "King"),
]


def _mentions(text: str, date: str) -> CodedArticle:
    result = next(code_articles([Article(id="r", text=text, published=date)],
                                steps={"actors": resolve_mentions}))
    assert isinstance(result, CodedArticle)
    return result


@pytest.mark.parametrize(("text", "date", "mention", "name", "country", "sector", "title"), CASES)
def test_dated_role(text: str, date: str, mention: str, name: str, country: str, sector: str,
                    title: str | None) -> None:
    coded = _mentions(text, date)
    m = next((m for m in coded.mentions if m.text == mention), None)
    assert m is not None, [x.text for x in coded.mentions]
    assert m.actor is not None, m.reason
    assert (m.actor.name, m.actor.country, m.actor.sector) == (name, country, sector), m.reason
    if title is not None:
        assert m.actor.title == title, m.reason
    assert m.actor.kind == "person"


def test_at_least_thirty_cases_across_regions() -> None:
    assert len(CASES) >= 30
    assert len({c[4] for c in CASES}) >= 15


def test_alias_chain_title_to_person_named_earlier() -> None:
    coded = _mentions("Xi Jinping met the press on Monday. The Chinese leader said trade would "
                      "grow. He did not take questions.", "2020-05-01")
    leader = next(m for m in coded.mentions if m.text == "The Chinese leader")
    he = next(m for m in coded.mentions if m.text == "He")
    assert leader.actor is not None and leader.actor.name == "Xi Jinping"
    assert he.actor is not None and he.actor.name == "Xi Jinping"


def test_undated_article_uses_current_roles() -> None:
    coded = _mentions("Xi Jinping toured the port.", None)  # type: ignore[arg-type]
    m = next(m for m in coded.mentions if m.text == "Xi Jinping")
    assert m.actor is not None and m.actor.title == "President"


@pytest.mark.parametrize(("text", "date", "name"), [
    ("Kinkel said the alliance would hold.", "1995-05-05", "Klaus Kinkel"),  # in office
    ("Straw said the alliance would hold.", "2015-05-05", "Jack Straw"),  # out for nine years
    ("Yeltsin said the alliance would hold.", "2020-05-05", "Boris Yeltsin"),  # a former head
])
def test_short_name_of_a_known_holder_resolves(text: str, date: str, name: str) -> None:
    m = _mentions(text, date).mentions[0]
    assert m.actor is not None and m.actor.name == name, m.reason


def test_short_name_of_a_long_gone_minister_is_left_unresolved() -> None:
    # a minister out of office for over ten years: the bare surname is more likely somebody else's
    m = _mentions("Kinkel said the alliance would hold.", "2015-05-05").mentions[0]
    assert m.actor is None
    assert "out of office since 1998" in m.reason
    # introduced in full, the same surname stays theirs
    coded = _mentions("Former minister Klaus Kinkel spoke. Kinkel said the alliance would hold.",
                      "2015-05-05")
    later = [m for m in coded.mentions if m.text == "Kinkel"]
    assert later and later[0].actor is not None and later[0].actor.name == "Klaus Kinkel"


@pytest.mark.parametrize(("text", "mention"), [
    ("The British president criticised the plan.", "The British president"),  # no such office
    ("The French king criticised the plan.", "The French king"),
])
def test_a_title_never_names_the_holder_of_another_office(text: str, mention: str) -> None:
    m = next(m for m in _mentions(text, "2023-05-01").mentions if m.text == mention)
    assert m.actor is None or m.actor.kind != "person", m.reason


def test_a_title_with_no_such_office_in_the_story_country_takes_no_country() -> None:
    # a British story's "the president" is some other country's, not Britain's king
    coded = _mentions("Keir Starmer met lawmakers in London. Later the president called him.",
                      "2025-03-01")
    m = next(m for m in coded.mentions if m.text == "the president")
    assert m.actor is None or m.actor.country != "GBR", m.reason


def test_a_title_that_names_none_of_his_offices_does_not_revive_a_faded_surname() -> None:
    # Iain Duncan Smith led the opposition until 2003; "Senator Smith" in 2023 is somebody else
    coded = _mentions("Senator Smith criticised the plan. Smith said it would fail.", "2023-05-01")
    titled = next(m for m in coded.mentions if m.text == "Senator Smith")
    assert titled.actor is not None and titled.actor.id is None, titled.reason
    assert titled.actor.sector == "LEG"
    later = next(m for m in coded.mentions if m.text == "Smith")
    assert later.actor == titled.actor, later.reason


def test_a_title_unique_to_one_state_is_that_states_holder_wherever_the_story_is() -> None:
    coded = _mentions("The Pope called for a ceasefire in Gaza.", "2024-03-10")
    m = next(m for m in coded.mentions if m.text == "The Pope")
    assert m.actor is not None and (m.actor.name, m.actor.country) == ("Francis", "VAT"), m.reason


def test_the_town_of_a_name_is_a_place_not_a_namesake() -> None:
    coded = _mentions("Rebels seized control of the town of Goma.", "2024-03-10")
    m = next(m for m in coded.mentions if m.text == "Goma")
    assert m.actor is not None and (m.actor.kind, m.actor.country) == ("place", "COD"), m.reason
