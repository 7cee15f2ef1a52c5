"""Readers on hand-built inputs: every format yields Articles or InputErrors with stable codes,
and a bad item never stops the run."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import ColumnMap, ReadOptions, read_bytes, read_inputs
from detente.records import Article

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><language>en-us</language>
<item><guid>item-1</guid><title>Ministers meet in Geneva</title>
<link>http://example.invalid/a1</link><pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The foreign ministers of two neighbouring countries met in Geneva on
Tuesday to discuss a border dispute.&lt;/p&gt;</description></item>
<item><guid>item-2</guid><title>Talks end</title>
<description>The talks ended without an agreement, officials said.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><id>urn:x:1</id><title>Envoy visits capital</title><updated>2024-04-03T08:00:00Z</updated>
<summary>An envoy arrived in the capital for two days of talks with the government.</summary>
</entry></feed>"""

HTML = b"""<!DOCTYPE html><html><head><title>Leaders agree to talks</title>
<meta name="author" content="Jane Reporter"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Leaders agree to talks</h1>
<p>The leaders of two neighbouring countries agreed on Monday to open talks on their disputed
border, according to a joint statement released after a meeting in the capital.</p>
<p>The statement said negotiators would meet next month and report back to both governments
before the end of the year, a step that diplomats described as a significant thaw.</p>
<p>Opposition parties in both countries criticised the agreement, saying it gave away too
much and had been negotiated without consulting parliament.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def items(tmp_path: Path, name: str, data: bytes, **opts: object) -> list[Article | InputError]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)], options=ReadOptions(**opts)))  # type: ignore[arg-type]


def test_text_file_bom_and_stable_id(tmp_path: Path) -> None:
    data = "\ufeffThe minister resigned on Friday.".encode()
    (a,) = items(tmp_path, "story.txt", data)
    assert isinstance(a, Article)
    assert a.text == "The minister resigned on Friday."
    (b,) = items(tmp_path, "story.txt", data)
    assert isinstance(b, Article) and a.id == b.id and a.content_hash == b.content_hash


def test_text_file_cp1252(tmp_path: Path) -> None:
    (a,) = items(tmp_path, "old.txt", "The caf\xe9 closed.".encode("cp1252"))
    assert isinstance(a, Article) and "caf\u00e9" in a.text


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.jsonl", "empty.csv", "empty.html", "empty.xml"):
        (err,) = items(tmp_path, name, b"")
        assert isinstance(err, InputError) and err.message.startswith("[E005]"), name


def test_random_bytes_are_an_error(tmp_path: Path) -> None:
    import os

    (err,) = items(tmp_path, "noise.jsonl", os.urandom(5000))
    assert isinstance(err, InputError) and err.message.startswith("[E002]")


def test_dev_urandom_is_rejected_without_reading_forever() -> None:
    (err,) = list(read_inputs(["/dev/urandom"]))
    assert isinstance(err, InputError) and err.message.startswith("[E002]")


def test_jsonl_broken_line_keeps_good_lines(tmp_path: Path) -> None:
    data = (b'{"id": "a", "text": "Officials met on Monday.", "date": "2024-01-02"}\n'
            b'{"id": "b", "text": \n'
            b'\n'
            b'{"id": "c", "text": "Talks resumed.", "date": "not a date"}\n'
            b'{"id": "d", "title": "no text"}\n'
            b'{"id": "e", "text": "Troops withdrew."}\n')
    got = items(tmp_path, "mixed.jsonl", data)
    assert [type(x).__name__ for x in got] == ["Article", "InputError", "InputError",
                                                "InputError", "Article"]
    codes = [x.message[:6] for x in got if isinstance(x, InputError)]
    assert codes == ["[E003]", "[E007]", "[E004]"]
    assert [x.line for x in got] == [1, 2, 4, 5, 6]
    assert got[0].published == "2024-01-02"  # type: ignore[union-attr]


def test_csv_with_column_mapping(tmp_path: Path) -> None:
    data = (b"doc,headline,body,when\n"
            b'x1,Border talks,"The two governments agreed to talks, officials said.",2024-03-01\n'
            b"x2,Empty,,2024-03-02\n")
    cols = ColumnMap(id="doc", title="headline", text="body", date="when")
    got = items(tmp_path, "export.csv", data, columns=cols)
    a, err = got
    assert isinstance(a, Article) and a.id == "x1" and a.title == "Border talks"
    assert a.published == "2024-03-01" and a.line == 2 and "agreed to talks" in a.text
    assert isinstance(err, InputError) and err.message.startswith("[E005]") and err.line == 3


def test_csv_missing_text_column(tmp_path: Path) -> None:
    (err,) = items(tmp_path, "export.tsv", b"a\tb\n1\t2\n")
    assert isinstance(err, InputError) and err.message.startswith("[E010]")


def test_gzip_and_directory_and_glob(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.jsonl.gz").write_bytes(
        gzip.compress(b'{"id": "g1", "text": "Rebels seized the town."}\n'))
    (tmp_path / "d" / "two.txt").write_text("Police arrested ten protesters.")
    (tmp_path / "d" / ".hidden.txt").write_text("ignored")
    got = list(read_inputs([str(tmp_path / "d")]))
    assert sorted(a.id for a in got if isinstance(a, Article))[0] == "g1"
    assert len(got) == 2
    globbed = list(read_inputs([str(tmp_path / "d" / "*.txt")]))
    assert len(globbed) == 1
    (err,) = list(read_inputs([str(tmp_path / "d" / "*.csv")]))
    assert isinstance(err, InputError) and err.message.startswith("[E006]")
    (missing,) = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(missing, InputError) and missing.message.startswith("[E001]")


def test_bad_gzip(tmp_path: Path) -> None:
    (err,) = items(tmp_path, "broken.txt.gz", b"\x1f\x8bnot really gzip")
    assert isinstance(err, InputError) and err.message.startswith("[E002]")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "The army withdrew."}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    (a,) = list(read_inputs(["-"]))
    assert isinstance(a, Article) and a.id == "s1" and a.input == "<stdin>"


def test_rss_and_atom(tmp_path: Path) -> None:
    got = items(tmp_path, "wire.rss", RSS)
    assert len(got) == 2 and all(isinstance(a, Article) for a in got)
    first = got[0]
    assert isinstance(first, Article)
    assert first.title == "Ministers meet in Geneva" and first.published == "2024-04-02"
    assert first.url == "http://example.invalid/a1" and first.source == "Test Wire"
    assert "border dispute" in first.text and "<p>" not in first.text
    assert first.id.startswith("feed-") and first.line == 1
    again = items(tmp_path, "wire.rss", RSS)
    assert [a.id for a in again] == [a.id for a in got]  # type: ignore[union-attr]
    (entry,) = items(tmp_path, "wire.atom", ATOM)
    assert isinstance(entry, Article) and entry.published == "2024-04-03"


def test_malformed_feed_logs_error_and_keeps_items(tmp_path: Path) -> None:
    broken = RSS.replace(b"<title>Talks end</title>", b"<title>Talks &nbsp; end</title>")
    got = items(tmp_path, "broken.xml", broken)
    assert isinstance(got[0], InputError) and got[0].message.startswith("[E012]")
    assert sum(isinstance(a, Article) for a in got) >= 1
    (err,) = items(tmp_path, "junk.xml", b"<?xml version='1.0'?><nothing/>")
    assert isinstance(err, InputError) and err.message.startswith("[E012]")


def test_html_main_text(tmp_path: Path) -> None:
    (a,) = items(tmp_path, "page.html", HTML)
    assert isinstance(a, Article)
    assert a.title == "Leaders agree to talks"
    assert "disputed\nborder" in a.text or "disputed border" in a.text
    assert "Home | World" not in a.text
    assert "\n\n" in a.text  # paragraphs kept apart


def test_sniffing_without_suffix(tmp_path: Path) -> None:
    assert isinstance(items(tmp_path, "feed", RSS)[0], Article)
    (page,) = items(tmp_path, "page", HTML)
    assert isinstance(page, Article) and page.title == "Leaders agree to talks"


def test_read_bytes_kind_override() -> None:
    (a,) = list(read_bytes("x", b"plain words here", ReadOptions(), kind="text"))
    assert isinstance(a, Article)


def test_date_normalisation() -> None:
    from detente.ingest.readers import normalise_date

    assert normalise_date("2024-04-02T10:00:00Z") == "2024-04-02"
    assert normalise_date("Tue, 02 Apr 2024 10:00:00 GMT") == "2024-04-02"
    assert normalise_date("1998-30-06") == "1998-06-30"  # day and month swapped, unambiguous
    assert normalise_date("") is None
    for bad in ("1998-06-31", "soon", "06/05/1998"):
        with pytest.raises(ValueError, match=r"\[E007\]"):
            normalise_date(bad)
