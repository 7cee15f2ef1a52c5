"""Event extraction behaviour on hand-written sentences (countries, so any actors step resolves
them): participants, modality, provenance and explanations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import code_record, event_codes, event_dyads, explained_candidates


def test_subject_object() -> None:
    assert ("FRA", "DEU", "112", "asserted") in event_dyads("France accused Germany of spying.")


def test_passive_agent() -> None:
    assert ("FRA", "DEU", "111", "asserted") in event_dyads("Germany was condemned by France.")


def test_passive_without_agent_gives_nothing() -> None:
    assert event_dyads("Germany was condemned on Monday.") == []


def test_possessor_of_nominalisation() -> None:
    assert ("RUS", "UKR", "190", "asserted") in event_dyads("Russia's invasion of Ukraine shocked Europe.")


def test_compound_subject_symmetric_is_one_reciprocal_event() -> None:
    rec = code_record("Brazil and Argentina clashed over the vote.")
    ev = [e for e in rec["events"] if e["cameo"] == "111"]
    assert len(ev) == 1 and ev[0]["reciprocal"] is True
    assert {ev[0]["source"]["country"], ev[0]["target"]["country"]} == {"BRA", "ARG"}


def test_compound_subject_asymmetric_is_one_event_per_member() -> None:
    got = event_dyads("France and Germany condemned Russia.")
    assert ("FRA", "RUS", "111", "asserted") in got and ("DEU", "RUS", "111", "asserted") in got


def test_conjoined_predicates_share_subject_and_future() -> None:
    got = event_dyads("Italy will leave on Monday and visit Albania.")
    assert ("ITA", "ALB", "042", "planned") in got


def test_xcomp_chain() -> None:
    assert ("ISR", "EGY", "124", "asserted") in event_dyads(
        "Israel refused to back down on the border with Egypt.")
    assert ("RUS", "UKR", "132", "asserted") in event_dyads("Russia is threatening to ban Ukraine's airline.")


def test_object_control_request() -> None:
    assert ("ESP", "GBR", "100", "asserted") in event_dyads("Spain pressed the United Kingdom to negotiate.")


def test_relative_clause_source() -> None:
    got = event_dyads("The plan was drafted by Kenya, which later criticized Uganda.")
    assert ("KEN", "UGA", "111", "asserted") in got


@pytest.mark.parametrize(("text", "modality"), [
    ("Japan did not meet Korea.", "negated"),
    ("Japan will meet Korea next week.", "planned"),
    ("Japan is to visit Korea next week.", "planned"),
    ("Japan plans to visit Korea.", "planned"),
    ("Japan may meet Korea.", "hypothetical"),
    ("Japan will sanction Korea if the talks fail.", "conditional"),
    ("Officials said Japan met Korea.", "asserted"),  # who reports it is the quote's
    ("Officials said Japan would meet Korea.", "planned"),  # a reported "will"
    ("Japan would meet Korea.", "hypothetical"),
    ("Japan said talks can resume once Korea frees the fishermen.", "conditional"),
])
def test_modality(text: str, modality: str) -> None:
    got = event_dyads(text)
    assert got and got[0][3] == modality, got


def test_warning_target_from_quote_content() -> None:
    got = event_dyads('"If Ukraine attacks us, we will respond," Russia warned.')
    assert ("RUS", "UKR", "130", "asserted") in got


def test_never_source_equals_target_and_no_duplicates() -> None:
    rec = code_record("France criticized France and France criticized Germany twice.")
    keys = [(e["source"]["name"], (e["target"] or {}).get("name"), e["cameo_root"],
             tuple(e["trigger"]["span"])) for e in rec["events"]]
    assert len(keys) == len(set(keys))
    assert all(e["target"] is None or e["source"]["country"] != e["target"]["country"]
               for e in rec["events"])


def test_provenance_and_stable_ids() -> None:
    text = "Canada imposed sanctions on Iran. Iran denounced Canada."
    a, b = code_record(text), code_record(text)
    assert [e["id"] for e in a["events"]] == [e["id"] for e in b["events"]]
    for e in a["events"]:
        assert e["rule"].startswith("lex1:")
        assert text[slice(*e["trigger"]["span"])] == e["trigger"]["text"]
        assert text[slice(*e["source"]["span"])] == e["source"]["text"]
        assert text[slice(*e["sentence_span"])] == e["sentence"]
        assert e["plover"] and 0 < e["confidence"] <= 1
        assert e["date"] == "2024-03-10" or e["date_source"] != "publication"


def test_statement_needs_an_addressee() -> None:
    assert event_dyads("France said the border would stay open.") == []


def test_caption_like_text_without_predicate_gives_nothing() -> None:
    assert event_dyads("Leaders of France and Germany at a summit in Paris.") == []


def test_explain_reports_pattern_and_paths() -> None:
    from detente.events.explain import explain_text

    out = explain_text("Canada imposed sanctions on Iran.", date="2024-01-01")
    cand = out[0]["candidates"][0]  # type: ignore[index]
    assert cand["outcome"] == "event" and "impose_sanction" in cand["pattern"]
    assert cand["source_path"] == "nsubj" and cand["target_slot"] == "on"


def test_explain_cli() -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    result = CliRunner().invoke(app, ["explain", "Canada imposed sanctions on Iran.",
                                      "--date", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert "impose_sanction" in result.output and "nsubj" in result.output


def test_explain_cli_reads_a_jsonl_records_dateline_and_title(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from detente.cli import app

    # the police are the dateline's: only a run that reads the record's dateline knows it
    record = {"id": "a1", "date": "2005-12-17", "dateline": "BAGHDAD",
              "title": "Protesters held", "text": "Police arrested 20 protesters on Friday."}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(path), "--id", "a1", "--json"])
    assert result.exit_code == 0, result.output
    sources = [c["source"] for item in json.loads(result.output) for c in item["candidates"]
               if c["trigger"] == "arrested"]
    assert sources and "[IRQ]" in sources[0][0], sources


def test_passive_participle_modifier_is_not_the_source() -> None:
    assert event_dyads("Relatives mourned the pilgrims killed in a fire in Saudi Arabia.") == []


def test_reflexive_object_is_not_an_event() -> None:
    assert event_dyads("Sadly the French envoy killed himself in Paris.") == []


def test_raised_passive_has_no_source() -> None:
    assert event_dyads("Korea's premier was believed to have been dismissed.") == []


def test_requested_act_is_hypothetical_and_city_capture_is_occupation() -> None:
    # the requested release is hypothetical, and the request's content: no event of its own
    freed = explained_candidates("Spain wants the United Kingdom to free the sailors.", "free")
    assert freed and all(c["modality"] == "hypothetical" and "content" in c["outcome"]
                         for c in freed), freed
    assert not [e for e in event_dyads("Spain wants the United Kingdom to free the sailors.")
                if e[2] == "0841"]
    assert "192" in event_codes("Russia captured Kharkiv from Ukraine.")


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a participle adjoining a dated clause shares its day
    ("Kenya recalled its envoy on March 30, accusing Uganda of shelling.", "accusing", "2024-03-30"),
    # a nominal trigger is dated by the verb it depends on
    ("Kenya made a phone call to Uganda on Saturday.", "call", "2024-04-06"),
    # the occasion it happened at is dated
    ("In a statement issued on Monday, Kenya accused Uganda of shelling.", "accused",
     "2024-04-08"),
    # what a dated report reports happened by that day
    ("Kenya said on Monday that it had expelled Ugandan diplomats.", "expelled", "2024-04-08"),
    # the event's own time comes first
    ("Kenya said on Monday that Uganda attacked its posts last year.", "attacked", "2023"),
])
def test_event_date_from_the_nearest_dated_word(text: str, trigger: str, date: str) -> None:
    from detente import code_text

    record = dict(code_text(text, date="2024-04-10", id="test-article"))
    dates = [e["date"] for e in record["events"] if e["trigger"]["text"] == trigger]
    assert dates == [date], record["events"]
