"""Exports of coded events: JSONL, CSV, Parquet (the store's column names), the GDELT 2.0 event
table layout (tab-separated, no header, 61 columns) and PLOVER JSON records (JSON Lines).

Every format writes one row per event, ordered by event id (unique and stable), with the
event's cluster counts (``num_articles``, ``num_sources``, ``num_mentions``; an event not yet
clustered counts as 1). Filters are the API's (``detente.queries.EventFilter``); negated events
are left out unless ``include_negated``.

GDELT mapping: GLOBALEVENTID = the first 60 bits of SHA-1(event id) as an integer (stable);
SQLDATE/MonthYear/Year/FractionDate from the event date (publication date when the text gives
none); ActorNCode = country + sector (CAMEO style, ``USAGOV``); ActorNName = the actor's name,
upper-cased like GDELT's; ActorNCountryCode = the ISO alpha-3 country, or empty with the code
in ActorNKnownGroupCode for organisations (``UNO``, ``NATO``, ...); ActorNType1Code = the sector;
IsRootEvent = 1 for an event in the article's first sentence; EventCode / EventBaseCode /
EventRootCode / QuadClass / GoldsteinScale from the CAMEO code; NumMentions / NumSources /
NumArticles from the cluster; ActionGeo_Type / FullName / Lat / Long from the event location
and ActionGeo_CountryCode = the FIPS 10-4 code of its country (GDELT's country codes; the ISO
-> FIPS table is ``data/exports/iso3_fips.tsv``); ActorNGeo_CountryCode = the FIPS code of the
actor's own country (detente does not locate actors apart from the event, so the other actor
geography columns stay empty); DATEADDED = when the article was coded; SOURCEURL = the article
URL, or ``detente:<article id>``. Columns detente has no value for (ethnic, religion, tone, ADM
codes, feature ids, and FIPS codes of countries without one: historical states, Aland, ...) are
empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from detente import __version__
from detente.queries import EventFilter

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
_BATCH = 50_000


@functools.cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event-table column names, in order (``data/exports``)."""
    text = resources.files("detente").joinpath(
        "data/exports/gdelt_events_columns.tsv").read_text("utf-8")
    return tuple(line.split("\t")[0] for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def _select(flt: EventFilter) -> tuple[str, list[Any]]:
    where, params = flt.where("e")
    sql = f"""
        SELECT e.*, coalesce(c.num_articles, 1) AS num_articles,
               coalesce(c.num_sources, 1) AS num_sources,
               coalesce(c.num_mentions, 1) AS num_mentions,
               a.title AS article_title, a.source AS article_source, a.url AS article_url,
               a.coded_at AS article_coded_at
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id
        WHERE {where} ORDER BY e.id
    """
    return sql, params


def _batches(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> Iterator[pa.RecordBatch]:
    sql, params = _select(flt)
    reader = con.sql(sql, params=params).to_arrow_reader(_BATCH)
    yield from reader


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def export_events(con: duckdb.DuckDBPyConnection, fmt: str, out: str | Path,
                  flt: EventFilter | None = None) -> int:
    """Write the filtered events to ``out`` in ``fmt``; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {list(FORMATS)}, not {fmt!r}")
    flt = (flt or EventFilter()).validate()
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        return _write_parquet(con, flt, path)
    if fmt == "csv":
        return _write_csv(con, flt, path)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        for batch in _batches(con, flt):
            for row in batch.to_pylist():
                if fmt == "jsonl":
                    fh.write(json.dumps(row, default=_json_default, ensure_ascii=False) + "\n")
                elif fmt == "gdelt":
                    fh.write("\t".join(gdelt_row(row)) + "\n")
                else:
                    record = plover_record(row)
                    if record is None:
                        continue
                    fh.write(json.dumps(record, default=_json_default, ensure_ascii=False)
                             + "\n")
                n += 1
    return n


def _stream_arrow(con: duckdb.DuckDBPyConnection, flt: EventFilter, path: Path,
                  writer_class: Any) -> int:
    """Stream the filtered events in Arrow batches into ``writer_class(path, schema)``."""
    sql, params = _select(flt)
    reader = con.sql(sql, params=params).to_arrow_reader(_BATCH)
    n = 0
    with writer_class(path, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def _write_parquet(con: duckdb.DuckDBPyConnection, flt: EventFilter, path: Path) -> int:
    return _stream_arrow(con, flt, path, pq.ParquetWriter)


def _write_csv(con: duckdb.DuckDBPyConnection, flt: EventFilter, path: Path) -> int:
    return _stream_arrow(con, flt, path, pacsv.CSVWriter)


# -- GDELT ------------------------------------------------------------------------------------


def global_event_id(event_id: str) -> int:
    """A stable 60-bit integer id for GDELT's GLOBALEVENTID."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


@functools.cache
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 country code (``data/exports/iso3_fips.tsv``)."""
    text = resources.files("detente").joinpath("data/exports/iso3_fips.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


def fips_code(iso3: str | None) -> str:
    """The FIPS 10-4 code of a country (empty for an unknown or non-country code)."""
    return iso3_to_fips().get(iso3 or "", "")


@functools.cache
def _is_country(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _clean(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _geo_type(feature: str | None, country: str | None) -> str:
    if not feature:
        return ""
    if feature == "country":
        return "1"
    us = country == "USA"
    if feature in ("admin1", "state", "province"):
        return "2" if us else "5"
    return "3" if us else "4"


def _actor_cols(row: dict[str, Any], side: str) -> list[str]:
    country = row.get(f"{side}_country")
    sector = row.get(f"{side}_sector")
    name = row.get(f"{side}_name")
    if name is None and country is None:
        return [""] * 10
    is_country = bool(country) and _is_country(str(country))
    return [
        _clean((country or "") + (sector or "")),  # ActorNCode
        _clean(name.upper() if name else ""),  # ActorNName
        _clean(country if is_country else ""),  # ActorNCountryCode
        _clean(country if country and not is_country else ""),  # ActorNKnownGroupCode
        "", "", "",  # Ethnic, Religion1, Religion2
        _clean(sector), "", "",  # Type1..3
    ]


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One export row (store columns + cluster counts) as the 61 GDELT 2.0 event fields."""
    day: dt.date | None = row.get("event_date") or row.get("published")
    cameo = row.get("cameo") or ""
    coded = row.get("article_coded_at")
    out: list[str] = [str(global_event_id(row["id"]))]
    if day is not None:
        out += [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                f"{day.year + (day.month * 30 + day.day) / 365:.4f}"]
    else:
        out += ["", "", "", ""]
    out += _actor_cols(row, "source")
    out += _actor_cols(row, "target")
    goldstein = row.get("goldstein")
    out += [
        "1" if row.get("sentence_index") == 0 else "0",
        _clean(cameo), _clean(cameo[:3]), _clean(row.get("cameo_root") or cameo[:2]),
        _clean(row.get("quad_class")), "" if goldstein is None else str(float(goldstein)),
        str(row.get("num_mentions") or 1), str(row.get("num_sources") or 1),
        str(row.get("num_articles") or 1), "",  # AvgTone
    ]
    for side in ("source", "target"):  # ActorNGeo_*: only the country code is known
        out += ["", "", fips_code(row.get(f"{side}_country")), "", "", "", "", ""]
    lat, lon = row.get("location_lat"), row.get("location_lon")
    has_geo = row.get("location_name") is not None
    out += [
        _geo_type(row.get("location_feature"), row.get("location_country")) if has_geo else "",
        _clean(row.get("location_name")),
        fips_code(row.get("location_country")) if has_geo else "", "", "",
        "" if lat is None else str(lat), "" if lon is None else str(lon), "",
        coded.strftime("%Y%m%d%H%M%S") if isinstance(coded, dt.datetime) else "",
        _clean(row.get("article_url") or f"detente:{row.get('article_id')}"),
    ]
    assert len(out) == len(gdelt_columns()), len(out)
    return out


def read_gdelt(path: str | Path) -> list[dict[str, str]]:
    """Read a GDELT-layout TSV (ours or GDELT's) into dicts keyed by column name."""
    cols = gdelt_columns()
    with Path(path).open(encoding="utf-8", newline="") as fh:
        return [dict(zip(cols, r, strict=True))
                for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


# -- PLOVER -----------------------------------------------------------------------------------


def _entity(row: dict[str, Any], side: str) -> dict[str, Any]:
    return {"code": row.get(f"{side}_country"), "sector": row.get(f"{side}_sector"),
            "entity_text": row.get(f"{side}_text"),
            "identifier_id": row.get(f"{side}_actor_id"),
            "identifier_text": row.get(f"{side}_name"), "office": row.get(f"{side}_title")}


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One PLOVER JSON record (field names of the PLOVER manual's JSON table, plus the flat
    ``event_type`` / ``actor1`` / ``actor2`` names of POLECAT-style data). Events whose CAMEO
    code has no PLOVER type (CAMEO 01, statements) have no record."""
    if not row.get("plover"):
        return None
    day = row.get("event_date") or row.get("published")
    has_target = row.get("target_name") is not None
    loc = None
    if row.get("location_name") is not None:
        loc = {"extracted_place": row.get("location_name"),
               "resolved_place": row.get("location_name"), "lat": row.get("location_lat"),
               "lon": row.get("location_lon"), "country_code": row.get("location_country")}
    coded = row.get("article_coded_at")
    return {
        "id": row["id"], "has_event": True,
        "date": day.isoformat() if day else None, "date_precision": row.get("date_precision"),
        "actor": [_entity(row, "source")],
        "recipient": [_entity(row, "target")] if has_target else [],
        "event": [row["plover"]], "event_type": row["plover"],
        "mode": [row["plover_mode"]] if row.get("plover_mode") else [],
        "context": [],
        "quad_code": row.get("quad_class"), "event_scale": row.get("goldstein"),
        "event_loc": loc, "event_text": [row.get("trigger_text")],
        "text": row.get("sentence"),
        "text_info": {"sequence": row.get("sentence_index"), "start": row.get("sentence_start"),
                      "end": row.get("sentence_end")},
        "cite_info": {"article_id": row.get("article_id"), "title": row.get("article_title"),
                      "source": row.get("article_source"), "url": row.get("article_url")},
        "coder": f"detente {__version__} ({row.get('rule')})",
        "coded_date": coded.date().isoformat() if isinstance(coded, dt.datetime) else None,
        "actor1": row.get("source_name"), "actor1_country": row.get("source_country"),
        "actor1_sector": row.get("source_sector"),
        "actor2": row.get("target_name"), "actor2_country": row.get("target_country"),
        "actor2_sector": row.get("target_sector"),
        "cameo": row.get("cameo"), "modality": row.get("modality"),
        "cluster_id": row.get("cluster_id"), "num_articles": row.get("num_articles"),
        "num_sources": row.get("num_sources"), "num_mentions": row.get("num_mentions"),
    }
