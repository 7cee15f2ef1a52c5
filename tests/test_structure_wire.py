"""The structure step on hand-written wire layouts: datelines, bylines, boilerplate,
hard-wrapped lines, language identification; and the seed article's exact structure."""

from __future__ import annotations

import json

import pytest

from detente.records import Article
from detente.structure import dateline_match, detect_language, structure
from tests.conftest import shared_path


def body(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in article.paragraphs]


@pytest.mark.parametrize(("line", "dateline", "rest"), [
    ("BEIJING, April 2 (AFP) - China said on Tuesday it would act.", "BEIJING, April 2 (AFP)",
     "China said on Tuesday it would act."),
    ("WASHINGTON (Reuters) - The United States imposed sanctions.", "WASHINGTON (Reuters)",
     "The United States imposed sanctions."),
    ("KUALA LUMPUR, April 1 (Xinhua) -- Malaysia protested.", "KUALA LUMPUR, April 1 (Xinhua)",
     "Malaysia protested."),
    ("PINE RIDGE, S.D. (AP) -- The president arrived.", "PINE RIDGE, S.D. (AP)",
     "The president arrived."),
    ("WASHINGTON (Aug. 13) -- Declaring victory, the senator left.", "WASHINGTON (Aug. 13)",
     "Declaring victory, the senator left."),
    ("SALVADOR, Feb 26 - Farmers protested.", "SALVADOR, Feb 26", "Farmers protested."),
    ("GAZA CITY \u2014 Troops withdrew overnight.", "GAZA CITY", "Troops withdrew overnight."),
    ("UNITED NATIONS, Jan. 5, 2024 (AFP) - The council met.",
     "UNITED NATIONS, Jan. 5, 2024 (AFP)", "The council met."),
    ("MOSCOW, April 2 (RIA Novosti) - Russia warned Kyiv.", "MOSCOW, April 2 (RIA Novosti)",
     "Russia warned Kyiv."),
    ("NEW DELHI, 3 March (IANS) : India signed the pact.", "NEW DELHI, 3 March (IANS)",
     "India signed the pact."),
    ("LONDON (dpa) \u2013 Britain recalled its envoy.", "LONDON (dpa)",
     "Britain recalled its envoy."),
    # older AP and NYT wires write an underscore for the dash
    ("BEIJING (AP) _ Taxi drivers protested.", "BEIJING (AP)", "Taxi drivers protested."),
    ("NEW YORK _ The rally ended late.", "NEW YORK", "The rally ended late."),
])
def test_datelines(line: str, dateline: str, rest: str) -> None:
    a = structure(Article(id="x", text=line))
    assert a.dateline == dateline
    assert body(a) == [rest]


@pytest.mark.parametrize("line", [
    "US President Joe Biden said - and repeated - that talks would go on.",
    "NATO - the alliance - said it would meet.",
    "The UN (United Nations) - in a statement - urged calm.",
    "Iran, Iraq and Syria met in Tehran on Monday.",
])
def test_not_datelines(line: str) -> None:
    a = structure(Article(id="x", text=line))
    assert a.dateline is None and body(a) == [line]


def test_given_dateline_kept_and_stripped_from_body() -> None:
    a = structure(Article(id="x", text="CAIRO, May 5 (AFP) - Egypt mediated.", dateline="CAIRO"))
    assert a.dateline == "CAIRO" and body(a) == ["Egypt mediated."]


def test_byline_boilerplate_captions() -> None:
    text = ("Envoys resume talks\n\n"
            "By Jane Doe and John Roe\n\n"
            "GENEVA (Reuters) - Envoys resumed talks on Monday.\n\n"
            "Advertisement\n\n"
            "Delegates arrive for the talks in Geneva (Fabrice COFFRINI)\n\n"
            "The talks are expected to last a week.\n\n"
            "Read more: Why the talks matter\n\n"
            "(Reporting by Jane Doe; Editing by Sam Poe)\n\n"
            "\u00a9 2024 Example News. All rights reserved.\n")
    a = structure(Article(id="x", text=text))
    assert a.title == "Envoys resume talks"
    assert a.byline == "By Jane Doe and John Roe"
    assert a.dateline == "GENEVA (Reuters)"
    assert a.captions == ["Delegates arrive for the talks in Geneva"]
    assert a.photo_credits == ["Fabrice COFFRINI"]
    assert body(a) == ["Envoys resumed talks on Monday.", "The talks are expected to last a week."]


def test_hard_wrapped_lines_join_into_paragraphs() -> None:
    text = ("The finance ministers of the two countries met\n"
            "on Thursday to discuss the currency dispute.\n"
            "They agreed to meet again next month.\n")
    a = structure(Article(id="x", text=text, title="t"))
    assert body(a) == ["The finance ministers of the two countries met\n"
                       "on Thursday to discuss the currency dispute.",
                       "They agreed to meet again next month."]


@pytest.mark.parametrize(("text", "lang"), [
    ("The government said on Monday that it would hold talks with the rebels next week.", "en"),
    ("El Gobierno anunció este lunes que mantendrá conversaciones con los rebeldes la próxima "
     "semana en la capital.", "es"),
    ("Le gouvernement a annoncé lundi qu'il tiendrait des négociations avec les rebelles la "
     "semaine prochaine.", "fr"),
    ("Die Regierung kündigte am Montag Gespräche mit den Rebellen in der Hauptstadt an.", "de"),
    ("Biden called Xi.", "en"),
    # few function words among many names: still English
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi.", "en"),
    ("Sudanese President Omar al-Bashir left Libya on Sunday. General Al-Bashir also met members "
     "of a Ugandan delegation.", "en"),
])
def test_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_short_text_keeps_declared_language() -> None:
    assert detect_language("Xi warns Biden", declared="es") == "es"
    assert detect_language("Xi warns Biden") == "en"


def test_non_english_article_is_skipped() -> None:
    from detente.pipeline import Skipped, prepare

    text = ("El presidente del Gobierno se reunió el martes con los líderes de la oposición "
            "para hablar de la crisis económica y de los presupuestos del próximo año.")
    result = prepare(Article(id="es1", text=text))
    assert isinstance(result, Skipped) and result.reason.startswith("[E008]")
    assert result.article.language == "es"


def test_seed_structure_exact() -> None:
    record = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.jsonl").read_text())
    gold = json.loads(shared_path("seed", "afp_2024-04-02_biden_xi_call.gold.json").read_text())
    a = structure(Article(id=record["id"], text=record["text"], title=record.get("title")))
    assert a.title == gold["article"]["title"]
    assert a.captions == gold["article"]["captions"]
    assert a.photo_credits == gold["article"]["photo_credits"]
    assert a.subheads == gold["article"]["subheads"]
    assert a.language == "en"
    assert all("seen here in California" not in p for p in body(a))


def test_dateline_match_reads_the_opening_dateline() -> None:
    assert dateline_match("TORRINGTON \u2014 Mayor Ryan Bingham will hold a conference.") == "TORRINGTON"
    assert dateline_match("EDMONTON, Ky. (WBKO) -- A man was arrested.") == "EDMONTON, Ky. (WBKO)"
    assert dateline_match("GREEN fingered youngsters planted flowers.") is None


def test_an_items_dateline_in_a_digest_is_an_all_caps_place_and_a_plain_dash() -> None:
    from detente.structure import item_dateline_match

    assert item_dateline_match("BEIRUT - Syria intervened to halt the fighting.") == "BEIRUT"
    assert item_dateline_match("NEW DELHI - Hindus staged a protest.") == "NEW DELHI"
    assert item_dateline_match("GAZA CITY \u2014 Troops entered the camp.") == "GAZA CITY"
    assert item_dateline_match("Beirut - the capital - was calm.") is None
    assert item_dateline_match("BEIRUT-based banks reopened.") is None
