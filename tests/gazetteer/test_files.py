"""Shared file helpers: cache folder, atomic writes, temp siblings, locks, safe names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.files import (
    atomic_write,
    cache_dir,
    file_lock,
    safe_output_name,
    temporary_sibling,
)


def test_cache_dir_honours_override(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    assert cache_dir().is_dir()


def test_atomic_write_replaces_only_when_complete(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(path) as handle:
        handle.write("new but ")
        raise RuntimeError("crash midway")
    assert path.read_text() == "old"
    with atomic_write(path) as handle:
        handle.write("new")
    assert path.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_atomic_write_binary(tmp_path):
    with atomic_write(tmp_path / "b.bin", "wb") as handle:
        handle.write(b"\x00\xff")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"


def test_temporary_sibling_keeps_suffix_and_cleans_up(tmp_path):
    target = tmp_path / "db.gpkg"
    with pytest.raises(ValueError), temporary_sibling(target, suffix=".gpkg") as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".gpkg"
        tmp.write_text("half")
        raise ValueError
    assert os.listdir(tmp_path) == []


def test_temporary_sibling_handles_the_longest_names(tmp_path):
    target = tmp_path / ("é" * 127)  # 254 bytes, near the usual 255-byte limit
    with temporary_sibling(target, suffix=".gpkg") as tmp:
        tmp.write_text("x")
    assert target.read_text() == "x"


def test_file_lock_is_beside_the_file(tmp_path):
    lock = file_lock(tmp_path / "gazetteer.sqlite", timeout=1)
    with lock:
        assert (tmp_path / "gazetteer.sqlite.lock").exists()


@pytest.mark.parametrize("doc_id", [
    "../../x", "../../../../etc/passwd", "/etc/passwd", "C:\\Windows\\system32",
    "\\\\server\\share", "CON", "con.html", "Nul", "LPT9.txt", "COM1 ", "", " ", ".",
    "..", "...", ".bashrc", "a\x00b", "\x00", "x" * 5000, "é" * 300,
    "report\u202egpj.exe", "line\nbreak", "tab\there", "a:b", "what?*<>|\"",
    "\udcff", "doc/../../x", "~/x", "$HOME",
])
def test_safe_output_name_stays_in_folder(tmp_path, doc_id):
    name = safe_output_name(doc_id)
    _assert_safe(tmp_path, name)


def test_safe_output_name_keeps_safe_ids_and_separates_changed_ones():
    assert safe_output_name("kazakhstan-2022-01-07") == "kazakhstan-2022-01-07"
    assert safe_output_name("Алматы, 5 января") == "Алматы, 5 января"
    assert safe_output_name("a/b") != safe_output_name("a_b")
    assert safe_output_name("x" * 200) != safe_output_name("x" * 201)
    assert safe_output_name("CON").upper() != "CON"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_any_id_gives_a_creatable_name_inside_the_folder(tmp_path_factory, doc_id):
    folder = tmp_path_factory.mktemp("out")
    name = safe_output_name(doc_id)
    _assert_safe(folder, name)
    assert safe_output_name(doc_id) == name  # deterministic, so reruns overwrite


def _assert_safe(folder: Path, name: str) -> None:
    assert name and name not in {".", ".."} and not name.startswith(".")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert len(name.encode("utf-8")) <= 100
    path = folder / f"{name}.html"
    assert path.resolve().parent == folder.resolve()
    path.write_text("ok", encoding="utf-8")  # the file system accepts it
    assert os.listdir(folder) == [path.name]
    path.unlink()
