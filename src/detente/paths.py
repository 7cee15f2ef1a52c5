"""Output paths: never overwrite an input or the database, and turn write failures (a
directory, a full disk, no permission) into clear errors instead of tracebacks."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from detente.errors import DetenteError, Errors


def _same_or_inside(out: Path, other: Path) -> bool:
    try:
        if out.exists() and other.exists() and os.path.samefile(out, other):
            return True
    except OSError:
        pass
    real_out, real_other = os.path.realpath(out), os.path.realpath(other)
    return real_out == real_other or (other.is_dir() and real_out.startswith(real_other + os.sep))


def refuse_overwrite(out: str | Path, others: Iterable[str | Path], what: str) -> None:
    """Raise E302 when ``out`` is one of ``others`` (or inside one of those directories):
    opening it for writing would destroy what is about to be read."""
    if str(out) == "-":
        return
    names = [str(o) for o in others]
    if any(ch in name for name in names for ch in "*?["):
        from detente.ingest import expand  # what a glob matches is an input too

        names += [n for n in expand(names) if isinstance(n, str)]
    for other in names:
        name = str(other)
        if name == "-" or name.startswith(("http://", "https://")):
            continue
        if _same_or_inside(Path(out), Path(name)):
            raise DetenteError(Errors.E302.format(path=out, what=f"{what} {name}"))


@contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """Report an OSError raised while writing ``path`` as E303."""
    try:
        yield
    except OSError as err:
        raise DetenteError(Errors.E303.format(path=path, reason=err.strerror or err)) from err
