"""Layered settings: defaults < user file < explicit arguments; bad files name file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import DetenteError
from detente.settings import load_settings


def test_layers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DETENTE_CONFIG", raising=False)
    assert load_settings().batch_size == 32
    user = tmp_path / "mine.toml"
    user.write_text('batch_size = 8\nactors_files = ["a.yaml"]\n')
    s = load_settings(user)
    assert s.batch_size == 8 and s.actors_files == ("a.yaml",)
    assert load_settings(user, batch_size=4, db=None).batch_size == 4
    monkeypatch.setenv("DETENTE_CONFIG", str(user))
    assert load_settings().batch_size == 8


def test_bad_user_file_names_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("batch_sise = 3\n")
    with pytest.raises(DetenteError, match=r"E301.*bad.toml.*batch_sise"):
        load_settings(bad)
    bad.write_text('batch_size = "many"\n')
    with pytest.raises(DetenteError, match="batch_size"):
        load_settings(bad)
