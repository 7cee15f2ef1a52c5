"""A digest of several stories ("WORLD NEWS HIGHLIGHTS"): each item sits under a dateline of its
own ("BEIRUT - Syria intervened ..."), which says where its unnamed police and troops are, not
the digest's dateline; and the model's entity that joins the dateline to the name after it
("BEIRUT - Syria") is the name alone (articles of our own)."""

from __future__ import annotations

from spacy.language import Language

from detente.document import ArticleDoc
from detente.records import Article
from tests.test_events_round26 import _code

DIGEST = (
    "The president ordered a review of embassy security on Monday.\n"
    "NAIROBI - Police clashed with protesters outside the parliament building.\n"
    "KAMPALA - Troops fired on rebels near the northern border, the army said.\n"
    "BEIRUT - Syria accused Israel of shelling the refugee camps.\n"
)


def _events(record: dict) -> dict[str, tuple[str | None, str | None, str, str]]:
    return {e["trigger"]["text"]: ((e.get("source") or {}).get("country"),
                                   (e.get("target") or {}).get("country"),
                                   (e.get("source") or {}).get("text") or "", e["cameo"])
            for e in record["events"]}


def test_each_item_of_a_digest_is_under_its_own_dateline() -> None:
    got = _events(_code(DIGEST, "2005-04-08", dateline="WASHINGTON"))
    assert got["clashed"][:2] == ("KEN", "KEN"), got
    assert got["fired"][0] == "UGA", got


def test_a_name_the_model_joins_to_an_items_dateline_is_the_name_alone() -> None:
    got = _events(_code(DIGEST, "2005-04-08", dateline="WASHINGTON"))
    assert got["accused"][0] == "SYR" and got["accused"][2] == "Syria", got


def test_one_dateline_in_the_body_makes_no_digest(nlp: Language) -> None:
    from detente.pipeline import parser_text
    from detente.structure import item_datelines

    def items(text: str) -> list[str]:
        adoc = ArticleDoc(Article(id="t", text=text), [(0, nlp(parser_text(text)))])
        return [item.text for item in item_datelines(adoc)]

    assert items(DIGEST) == ["NAIROBI", "KAMPALA", "BEIRUT"]
    assert items(DIGEST.split("KAMPALA")[0]) == []
