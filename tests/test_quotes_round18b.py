"""Quote attribution on hand-written sentences (issue 13, round 18, second pass)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_quotes import reports_of as _reports


def test_a_note_of_the_editors_is_no_attribution(nlp: Language) -> None:
    # what the editors' note says of the mayor is the publication's comment on her
    assert _reports(
        nlp, "Editor's note: The mayor is a tireless reformer who has promised to rebuild every "
        "bridge in the county."
    ) == []
    assert _reports(
        nlp, "Note: The governor has said that she will not run again."
    ) == []
    # a label that is no note, or a note further in, leaves the report alone
    assert _reports(
        nlp, "Update: The governor has said that she will not run again."
    ) == [("said", "she will not run again", "The governor")]


def test_claim_reports_its_object(nlp: Language) -> None:
    # what is claimed may be a noun phrase, as for "denied the report"
    assert _reports(
        nlp, "The rebel group claimed responsibility for the bombing of the bridge."
    ) == [("claimed", "responsibility for the bombing of the bridge", "The rebel group")]


def test_verbs_of_speaking_with_their_object(nlp: Language) -> None:
    # disputing an account, talking of a plan or talking it up report what is spoken of
    assert _reports(
        nlp, "The ministry disputed the account of the two fishermen."
    ) == [("disputed", "the account of the two fishermen", "The ministry")]
    assert _reports(
        nlp, "The mayor talked up the new rail line to the harbor."
    ) == [("talked", "the new rail line to the harbor", "The mayor")]
    assert _reports(
        nlp, "The senator talked of a second bridge across the bay."
    ) == [("talked", "a second bridge across the bay", "The senator")]


def test_detail_reports_its_object(nlp: Language) -> None:
    # setting out a plan in detail, like "outlined" and "laid out"
    assert _reports(
        nlp, "The minister detailed the cuts to the railway budget."
    ) == [("detailed", "the cuts to the railway budget", "The minister")]


def test_praising_lamenting_seconding_and_floating_report_their_object(nlp: Language) -> None:
    # verbs of praising and deploring, of seconding a motion and of floating an idea
    assert _reports(
        nlp, "The governor extolled the virtues of the new rail line."
    ) == [("extolled", "the virtues of the new rail line", "The governor")]
    assert _reports(
        nlp, "The bishop lamented the closing of the village school."
    ) == [("lamented", "the closing of the village school", "The bishop")]
    assert _reports(
        nlp, "The union heralded the agreement as a victory for nurses."
    ) == [("heralded", "the agreement as a victory for nurses", "The union")]
    assert _reports(
        nlp, "Two council members seconded the proposal to close the road."
    ) == [("seconded", "the proposal to close the road", "Two council members")]
    assert _reports(
        nlp, "The minister floated the idea of a tax on sugar."
    ) == [("floated", "the idea of a tax on sugar", "The minister")]


def test_offers_choices_and_specifications(nlp: Language) -> None:
    # an offer or a choice of what to do is a plan; a clause specified or figured is reported
    assert _reports(
        nlp, "The mayor offered to pay for the new roof."
    ) == [("offered", "to pay for the new roof", "The mayor")]
    assert _reports(
        nlp, "The council opted to delay the vote."
    ) == [("opted", "to delay the vote", "The council")]
    assert _reports(
        nlp, "The treaty specified that both sides would withdraw."
    ) == [("specified", "both sides would withdraw", "The treaty")]
    assert _reports(
        nlp, "Most farmers figured that the rain would come."
    ) == [("figured", "the rain would come", "Most farmers")]
    # an offer with no infinitive reports nothing
    assert _reports(nlp, "Gold prices offered little comfort.") == []


def test_verbs_of_rebuking_and_disparaging_report_their_object(nlp: Language) -> None:
    assert _reports(
        nlp, "The bishop chastised the mayor for the closing of the school."
    ) == [("chastised", "the mayor for the closing of the school", "The bishop")]
    assert _reports(
        nlp, "Opponents maligned the judge's record on housing."
    ) == [("maligned", "the judge's record on housing", "Opponents")]


def test_liking_and_loving_are_stances_on_their_object(nlp: Language) -> None:
    assert _reports(
        nlp, "Farmers love the new subsidy for wheat."
    ) == [("love", "the new subsidy for wheat", "Farmers")]
    assert _reports(
        nlp, "Many farmers liked the new rail line to the harbor."
    ) == [("liked", "the new rail line to the harbor", "Many farmers")]
    # a preposition or a pronoun object is no stance
    assert _reports(nlp, "It looks like rain.") == []
    assert _reports(nlp, "Fans loved it.") == []


def test_documenting_chronicling_and_hating_report_their_object(nlp: Language) -> None:
    assert _reports(
        nlp, "A new report documented the abuses in the county jail."
    ) == [("documented", "the abuses in the county jail", "A new report")]
    assert _reports(
        nlp, "Her memoir chronicles the collapse of the family farm."
    ) == [("chronicles", "the collapse of the family farm", "Her memoir")]
    assert _reports(
        nlp, "Many truckers hate the new toll on the bridge."
    ) == [("hate", "the new toll on the bridge", "Many truckers")]
