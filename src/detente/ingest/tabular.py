"""CSV/TSV reader with column mapping: one article per row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from detente.errors import Errors, InputError
from detente.ingest.options import ReadOptions
from detente.ingest.readers import ReadItem, article_from_record, decoded_text

csv.field_size_limit(1 << 28)


def _delimiter(text: str, name: str, configured: str | None) -> str:
    if configured:
        return configured
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(name: str, data: bytes, options: ReadOptions) -> Iterator[ReadItem]:
    """Rows become articles through ``options.columns``; a row without text is an error."""
    text = decoded_text(data, name)
    if isinstance(text, InputError):
        yield text
        return
    cols = options.columns
    reader = csv.DictReader(io.StringIO(text, newline=""),
                            delimiter=_delimiter(text, name, options.csv_delimiter))
    fields = reader.fieldnames or []
    if cols.text not in fields:
        yield InputError(Errors.E010.format(column=cols.text) + f" (columns: {fields})", input=name)
        return
    mapping = {"id": cols.id, "title": cols.title, "text": cols.text, "date": cols.date,
               "source": cols.source, "url": cols.url}
    line = reader.line_num + 1
    try:
        for row in reader:
            record = {key: row.get(col) for key, col in mapping.items() if col in row}
            raw = "\x1f".join(str(v) for v in row.values()).encode("utf-8")
            yield article_from_record(record, input=name, line=line, date=options.date, raw=raw)
            line = reader.line_num + 1
    except csv.Error as err:
        yield InputError(Errors.E006.format(reason=f"CSV error: {err}"), input=name,
                         line=reader.line_num)
