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


def test_limits_are_settings_and_reach_the_readers(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import asdict

    from detente.ingest.options import FetchOptions, Limits, ReadOptions
    from detente.settings import Settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DETENTE_CONFIG", raising=False)
    defaults = load_settings()
    assert defaults == Settings()  # the TOML file and the dataclass agree
    opts = ReadOptions.from_settings(defaults)
    assert asdict(opts.limits) == asdict(Limits())
    assert (opts.fetch.timeout, opts.fetch.deadline, opts.fetch.max_bytes) == (
        FetchOptions().timeout, FetchOptions().deadline, FetchOptions().max_bytes)
    user = tmp_path / "limits.toml"
    user.write_text("max_article_chars = 5000\narticle_timeout = 3\nfetch_deadline = 2.5\n"
                    "max_decompressed_bytes = 1024\nmax_feed_chars = 99\n")
    opts = ReadOptions.from_settings(load_settings(user), date="2024-01-01")
    assert opts.date == "2024-01-01"
    assert opts.limits == Limits(max_article_chars=5000, article_timeout=3.0,
                                 max_decompressed_bytes=1024, max_feed_chars=99)
    assert opts.fetch.deadline == 2.5
    for bad in ("article_timeout = 0\n", "max_body_bytes = -1\n", 'fetch_deadline = "1m"\n'):
        user.write_text(bad)
        with pytest.raises(DetenteError, match="E301"):
            load_settings(user)
