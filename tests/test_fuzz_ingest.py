"""Issue 14 "done when": a seeded fuzz run of a few hundred hostile and ordinary JSONL lines
through ``ingest``. No traceback; every non-blank input line is accounted for exactly once
(coded, skipped or failed with a stable code); every stored span slices the stored text;
no non-ASCII character of a coded article is altered."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import duckdb

from detente.ingest.options import Limits, ReadOptions
from detente.runner import ingest

SEED = 14
N_LINES = 300
MAX_CHARS = 3000

ACTORS = ["Chile", "Peru", "the Kenyan minister", "Officials in Accra", "Nepal", "the Greek envoy",
          "President Alvarez", "Rebels", "the UN envoy", "Mongolia", "Japan's prime minister"]
VERBS = ["met", "accused", "praised", "threatened", "signed a deal with", "criticised",
         "visited", "urged", "thanked", "warned"]
TAILS = ["on Monday", "in Lima", "last week", "near Kyiv", "on 3 March 2021", "in Zürich",
         "after talks in Αθήνα", "in 東京", "this year", "", "in São Paulo"]
ODD = ["é", "ß", "—", "«", "»", "€", "\u2028", "\u2029", "\u0085", "\u00a0", "😀", "ﬁ", "\u200b",
       "\t", "\x0b", "\x0c", "Ω", "ı", "İ"]


def _sentence(rng: random.Random) -> str:
    text = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS)} {rng.choice(TAILS)}"
    if rng.random() < 0.3:
        text += f', saying "{rng.choice(ODD)}we will talk{rng.choice(ODD)}"'
    if rng.random() < 0.4:
        pos = rng.randrange(len(text) + 1)
        text = text[:pos] + rng.choice(ODD) + text[pos:]
    return text.strip() + "."


def _record(rng: random.Random, n: int) -> dict[str, Any]:
    paras = ["\n\n".join(" ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
                         for _ in range(rng.randint(1, 2)))]
    rec: dict[str, Any] = {"id": f"f{n}", "text": paras[0]}
    if rng.random() < 0.7:
        rec["date"] = rng.choice(["2024-04-02", "2021-03-05", "2019-12-31"])
    for key, odd in (("title", 123), ("source", ["AFP"]), ("url", {"u": 1}), ("dateline", 4.5)):
        if rng.random() < 0.1:
            rec[key] = odd
    return rec


def _hostile(rng: random.Random, n: int) -> bytes:
    kind = rng.randrange(15)
    good = json.dumps(_record(rng, n), ensure_ascii=False).encode()
    if kind == 0:
        return good[: rng.randrange(1, len(good))]  # truncated JSON
    if kind == 1:
        return b"[" * 1200 + b"]" * 1200
    if kind == 2:
        return b'{"text": "x", "n": ' + b"1" * 4500 + b"}"
    if kind == 3:
        return rng.choice([b"42", b'"text"', b"null", b"[1, 2]"])
    if kind == 4:
        return json.dumps({"id": f"f{n}", "title": "no text"}).encode()
    if kind == 5:
        return json.dumps({"id": f"f{n}", "text": " \n "}).encode()
    if kind == 6:
        pos = rng.randrange(len(good))
        return good[:pos] + b"\xff\xfe" + good[pos:]
    if kind == 7:
        return good[:-1] + b'\x00"}'
    if kind == 8:
        return b"\xef\xbb\xbf" + good
    if kind == 9:
        return good.replace(b'"text": "', b'"text": "raw\r', 1)
    if kind == 10:
        return json.dumps({"id": f"f{n}", "text": "Chile \\ud800 met Peru."}).encode().replace(
            b"\\\\ud800", b"\\ud800")
    if kind == 11:
        return json.dumps({"id": "dup", "text": _sentence(rng)}).encode()
    if kind == 12:
        return json.dumps({"id": f"f{n}", "text": _sentence(rng), "date": rng.choice(
            ["[/red]", "2024-13-45", "yesterday", 20240402])}).encode()
    if kind == 13:
        return json.dumps({"id": f"f{n}", "text": "Chile met Peru. " * (MAX_CHARS // 10)}).encode()
    return good


def test_fuzzed_jsonl_is_fully_accounted_for(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    lines: list[bytes] = []
    for n in range(N_LINES):
        lines.append(_hostile(rng, n) if rng.random() < 0.4 else
                     json.dumps(_record(rng, n), ensure_ascii=False).encode())
        if rng.random() < 0.05:
            lines.append(rng.choice([b"", b"   ", b"\r"]))  # blank lines are not items
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    expected_lines = {i for i, line in enumerate(lines, start=1)
                      if line.strip(b" \r\t\xef\xbb\xbf")}
    expected_text: dict[int, str] = {}
    for i, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line.decode("utf-8").lstrip("\ufeff"))
        except (ValueError, RecursionError):
            continue
        if isinstance(rec, dict) and isinstance(rec.get("text"), str):
            expected_text[i] = rec["text"]

    db = tmp_path / "fuzz.duckdb"
    opts = ReadOptions(limits=Limits(max_article_chars=MAX_CHARS, article_timeout=60))
    summary = ingest([str(path)], db, workers=1, options=opts)

    con = duckdb.connect(str(db), read_only=True)
    log = con.execute("SELECT line, status, reason, article_id FROM ingest_log").fetchall()
    logged = [r[0] for r in log]
    assert sorted(logged) == sorted(expected_lines)  # each line exactly once
    assert summary.read == len(expected_lines)
    assert summary.coded + summary.skipped + summary.failed == summary.read
    for line, status, reason, _ in log:
        assert status in ("ok", "skipped", "failed")
        if status != "ok":
            assert reason and reason.startswith("[E") and reason[5] == "]", (line, reason)
    statuses = {r[1] for r in log}
    assert {"ok", "skipped", "failed"} <= statuses

    texts = dict(con.execute("SELECT id, text FROM articles").fetchall())
    for line, status, _, article_id in log:
        if status == "ok":
            stored = texts[article_id]
            original = expected_text[line]
            if "\\ud800" not in lines[line - 1].decode("utf-8", "replace"):
                assert stored == original, line  # nothing altered, non-ASCII included
            assert len(stored) == len(original)
    checks = [
        ("events", "sentence", "sentence_start", "sentence_end"),
        ("events", "source_text", "source_start", "source_end"),
        ("events", "target_text", "target_start", "target_end"),
        ("events", "trigger_text", "trigger_start", "trigger_end"),
        ("quotes", "text", "span_start", "span_end"),
        ("mentions", "text", "span_start", "span_end"),
        ("times", "text", "span_start", "span_end"),
        ("places", "text", "span_start", "span_end"),
    ]
    n_spans = 0
    for table, col, start, end in checks:
        rows = con.execute(f"SELECT article_id, {col}, {start}, {end} FROM {table} "
                           f"WHERE {start} IS NOT NULL").fetchall()
        for article_id, text, s, e in rows:
            assert texts[article_id][s:e] == text, (table, col, article_id)
            n_spans += 1
    con.close()
    assert n_spans > 100
