"""Issue 14: hostile records, encodings, separators, gzip bombs and entity bombs never stop a
run; each bad item is its own error with file, line and a stable code (regression tests)."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import expand, gunzip, read_inputs
from detente.ingest.feeds import expanded_size
from detente.ingest.options import Limits, ReadOptions
from detente.ingest.readers import looks_binary
from detente.records import Article

GOOD = {"id": "good", "text": "Ministers from Chad and Niger met in Niamey on Monday.",
        "date": "2024-05-06"}


def _read(path: Path, options: ReadOptions | None = None) -> list[Article | InputError]:
    return list(read_inputs([str(path)], options=options))


def _by_line(items: list[Article | InputError]) -> dict[int | None, Article | InputError]:
    return {it.line: it for it in items}


@pytest.mark.parametrize("bad_line", [
    b"[" * 1000 + b"]" * 1000,                                   # nested 1,000 levels
    b'{"text": "x", "n": ' + b"7" * 4400 + b"}",                 # > 4,300-digit integer
], ids=["deep-nesting", "huge-integer"])
def test_unparsable_record_is_one_e003_and_the_file_goes_on(tmp_path: Path,
                                                             bad_line: bytes) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + bad_line + b"\n"
                     + json.dumps({**GOOD, "id": "after"}).encode() + b"\n")
    items = _by_line(_read(path))
    assert isinstance(items[1], Article) and isinstance(items[3], Article)
    assert items[3].id == "after"
    assert isinstance(items[2], InputError) and items[2].message.startswith("[E003]")
    assert items[2].input == str(path)


def test_odd_metadata_fields_do_not_cost_the_record(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{**GOOD, "id": "a", "title": 123, "dateline": ["X"]},
            {**GOOD, "id": "b", "source": ["AFP", "AP"], "url": {"u": 1}},
            {**GOOD, "id": "c", "source": "AFP", "url": "https://example.org/c"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    a, b, c = _read(path)
    assert isinstance(a, Article) and a.title == "123" and a.dateline is None
    assert any("dateline" in w for w in a.warnings)
    assert isinstance(b, Article) and b.source is None and b.url is None
    assert len(b.warnings) == 2
    assert isinstance(c, Article) and c.source == "AFP" and not c.warnings


def test_lone_surrogates_are_replaced_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "s\\ud800", "text": "Kenya \\udc00 and Uganda signed a deal."}\n')
    (art,) = _read(path)
    assert isinstance(art, Article)
    assert art.text == "Kenya \ufffd and Uganda signed a deal."
    assert art.id == "s\ufffd"
    art.text.encode("utf-8")  # encodable: Arrow and DuckDB take it


def test_one_invalid_byte_fails_its_line_only_and_no_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({**GOOD, "id": "a", "text": "Café talks in Zürich — «progress»."},
                        ensure_ascii=False).encode(),
             b'{"id": "b", "text": "bad \xff byte"}',
             json.dumps({**GOOD, "id": "c", "text": "Ελλάδα και Κύπρος."},
                        ensure_ascii=False).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _by_line(_read(path))
    assert isinstance(items[1], Article) and items[1].text == "Café talks in Zürich — «progress»."
    assert isinstance(items[3], Article) and items[3].text == "Ελλάδα και Κύπρος."
    err = items[2]
    assert isinstance(err, InputError) and err.message.startswith("[E017]")
    assert err.line == 2 and err.input == str(path)


def test_a_wholly_legacy_file_is_still_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_bytes('{"id": "o", "text": "The café reopened."}\n'.encode("cp1252"))
    (art,) = _read(path)
    assert isinstance(art, Article) and art.text == "The café reopened."


def test_nul_byte_early_in_file_costs_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "n", "text": "a\x00b"}\n' + json.dumps(GOOD).encode() + b"\n")
    items = _by_line(_read(path))
    assert isinstance(items[1], InputError) and items[1].message.startswith("[E003]")
    assert isinstance(items[2], Article) and items[2].id == "good"


def test_binary_sniffing_still_rejects_binary() -> None:
    assert looks_binary(bytes(range(256)) * 64)
    assert looks_binary("text".encode("utf-16-le") * 100)
    assert not looks_binary(b'{"text": "one stray \x00 byte"}\n' + b'{"text": "fine"}\n' * 100)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c"])
def test_only_newline_ends_a_record(tmp_path: Path, sep: str) -> None:
    path = tmp_path / "in.jsonl"
    first = json.dumps({**GOOD, "id": "a", "title": f"one{sep}two"}, ensure_ascii=False)
    path.write_text(first + "\n" + json.dumps({**GOOD, "id": "b"}) + "\n", encoding="utf-8")
    items = _by_line(_read(path))
    assert isinstance(items[1], Article) and items[1].title == f"one{sep}two"
    assert isinstance(items[2], Article) and items[2].id == "b"


def test_raw_carriage_return_inside_a_line_is_one_error_at_the_right_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b'\r\n{"id": "r", "text": "a\rb"}\n'
                     + json.dumps({**GOOD, "id": "z"}).encode() + b"\n")
    items = _read(path)
    assert [it.line for it in items] == [1, 2, 3]
    assert isinstance(items[0], Article) and isinstance(items[2], Article)
    assert isinstance(items[1], InputError)


def test_bom_at_the_start_of_a_mid_file_line(tmp_path: Path) -> None:
    path = tmp_path / "cat.jsonl"  # two files concatenated, each with its BOM
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n\xef\xbb\xbf"
                     + json.dumps({**GOOD, "id": "second"}).encode() + b"\n")
    items = _read(path)
    assert [isinstance(it, Article) for it in items] == [True, True]
    assert items[1].id == "second"


def test_gzip_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    # 64 MiB of zeros compress to ~64 KB; the cap is 1 MiB: refused without inflating it all.
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = b"".join(compressor.compress(b"\0" * (1 << 20)) for _ in range(64)) + compressor.flush()
    assert len(data) < 200_000
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(data)
    opts = ReadOptions(limits=Limits(max_decompressed_bytes=1 << 20))
    (err,) = _read(path, opts)
    assert isinstance(err, InputError) and err.message.startswith("[E002]")
    assert "max_decompressed_bytes" in err.message
    with pytest.raises(ValueError):
        gunzip(data, 1 << 20)


def test_gzip_multi_member_and_within_the_cap(tmp_path: Path) -> None:
    one = gzip.compress(json.dumps(GOOD).encode() + b"\n")
    two = gzip.compress(json.dumps({**GOOD, "id": "two"}).encode() + b"\n")
    assert gunzip(one + two, 1 << 20) == gzip.decompress(one + two)
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(one + two)
    assert [getattr(it, "id", None) for it in _read(path)] == ["good", "two"]


def _entity_feed(value_len: int, uses: int) -> bytes:
    return (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "' + b"A" * value_len
            + b'">]>\n<rss version="2.0"><channel><title>T</title><item><title>x</title>'
            + b"<description>" + b"&big;" * uses + b"</description></item></channel></rss>")


def test_entity_expansion_in_a_feed_is_capped(tmp_path: Path) -> None:
    data = _entity_feed(100_000, 20_000)  # 2 MB on disk, 2 billion characters expanded
    assert expanded_size(data) > 1_000_000_000
    path = tmp_path / "bomb.xml"
    path.write_bytes(data)
    (err,) = _read(path)
    assert isinstance(err, InputError) and err.message.startswith("[E012]")
    assert "max_feed_chars" in err.message


def test_nested_entities_count_recursively() -> None:
    lol = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
           b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
           b']><rss><channel><item><description>&c;&c;</description></item></channel></rss>')
    assert expanded_size(lol) >= 2 * 1000
    cyclic = b'<!DOCTYPE l [<!ENTITY a "&b;"><!ENTITY b "&a;">]><rss>&a;</rss>'
    assert expanded_size(cyclic) > 10**15


def test_small_entity_feed_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.xml"
    path.write_bytes(_entity_feed(10, 3))
    items = _read(path)
    assert not any(isinstance(it, InputError) and "max_feed_chars" in it.message for it in items)
    assert any(isinstance(it, Article) for it in items)


def test_database_files_inside_an_input_directory_are_not_inputs(tmp_path: Path) -> None:
    import duckdb

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(json.dumps(GOOD) + "\n")
    con = duckdb.connect(str(corpus / "store.db"))  # no .duckdb suffix: found by its header
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    assert [Path(p).name for p in expand([str(corpus)])] == ["a.jsonl"]  # type: ignore[arg-type]
    (err,) = list(expand([str(corpus / "store.db")]))
    assert isinstance(err, InputError) and err.message.startswith("[E006]")
