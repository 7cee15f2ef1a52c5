"""Every declared runtime dependency is used by the package (issue 14, item 17)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

from detente.settings import load_settings
from tests.conftest import REPO


def _requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].strip()


def _modules_of(distribution: str) -> set[str]:
    """Top-level import names that an installed distribution provides."""
    wanted = distribution.lower().replace("_", "-")
    return {module for module, dists in importlib.metadata.packages_distributions().items()
            if any(d.lower().replace("_", "-") == wanted for d in dists)}


def _imported_modules() -> set[str]:
    found: set[str] = set()
    pattern = re.compile(r"^\s*(?:import|from)\s+([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)
    for path in (REPO / "src" / "detente").rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_runtime_dependency_is_imported_or_is_the_model() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    imported = _imported_modules()
    model = load_settings().model
    unused = []
    for spec in project["dependencies"]:
        name = _requirement_name(spec)
        modules = _modules_of(name) or {name.replace("-", "_").lower()}
        if not modules & (imported | {model}):
            unused.append(name)
    assert unused == []


def test_dateparser_is_not_declared() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "dateparser" not in {_requirement_name(s) for s in project["dependencies"]}
