"""Crash safety with real processes: SIGKILL during writes, and two builders at once.

A child (``_writer.py``) rewrites one file in a loop, printing each version once it is in
place; we kill it with SIGKILL while it is writing the next one and check that the file
still holds one whole version, never a torn mix, and that versions never go backwards.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.write.incidents import read_incidents

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
WRITER_PATH = Path(__file__).with_name("_writer.py")
_spec = importlib.util.spec_from_file_location("_writer", WRITER_PATH)
writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(writer)


def _spawn(mode: str, target: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.Popen([sys.executable, str(WRITER_PATH), mode, str(target)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env)


def _read_line(proc: subprocess.Popen) -> str:
    line = proc.stdout.readline().strip()
    assert line, f"child exited early with {proc.wait()}"
    return line


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdin.close()
    proc.stdout.close()


def _wait_for_temp_file(folder: Path, proc: subprocess.Popen) -> None:
    """Return once a hidden temp file with some bytes in it exists beside the target."""
    # A busy wait rather than a sleep: the window is tens of milliseconds wide. Empty
    # files do not count: mkstemp's placeholder exists only for an instant.
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        for entry in os.scandir(folder):
            with contextlib.suppress(FileNotFoundError):
                if entry.name.startswith(".") and entry.stat().st_size > 0:
                    return


def _version_of_text(target: Path) -> int:
    text = target.read_text(encoding="utf-8")
    n = int(text.rsplit("end ", 1)[1])
    assert text == writer.text_version(n)
    return n


def _version_of_sqlite(target: Path) -> int:
    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        n = db.execute("PRAGMA user_version").fetchone()[0]
        rows = db.execute("SELECT count(*), min(version), max(version) FROM t").fetchone()
    assert rows == (writer.LINES, n, n)
    return n


def _version_of_frame(target: Path) -> int:
    frame = read_incidents(target)
    assert len(frame) == writer.ROWS
    versions = set(frame["version"].tolist())
    assert len(versions) == 1
    n = versions.pop()
    expected = writer.frame_version(n)
    assert frame["text"].tolist() == expected["text"].tolist()
    return int(n)


CASES = [  # mode, file name, checker, kills: cheap writers get killed more often
    ("text", "out.txt", _version_of_text, 6),
    ("sqlite", "gazetteer.sqlite", _version_of_sqlite, 4),
    ("geojson", "incidents.geojson", _version_of_frame, 4),
    ("gpkg", "incidents.gpkg", _version_of_frame, 4),
    ("parquet", "incidents.parquet", _version_of_frame, 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "name", "version_of", "kills"), CASES,
                         ids=[case[0] for case in CASES])
def test_sigkill_leaves_the_old_or_the_new_file(tmp_path, mode, name, version_of,
                                                 kills):
    target = tmp_path / name
    torn = 0
    # At least `kills` rounds, and more (up to a bound) until one kill has landed
    # mid-write: on a busy machine a fast writer can finish between two polls.
    for round_ in range(kills + 10):
        if round_ >= kills and torn:
            break
        proc = _spawn(mode, target)
        try:
            # Let it finish one or two versions; the kill then lands in the next write,
            # every other time as soon as its temp file shows up.
            done = [int(_read_line(proc)) for _ in range(1 + round_ % 2)][-1]
            if round_ % 2:
                _wait_for_temp_file(tmp_path, proc)
        finally:
            _kill(proc)
        # The last version reported, or the next one if it landed just before the kill.
        assert version_of(target) in (done, done + 1)
        leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".")]
        torn += bool(leftovers)
        for path in leftovers:  # what a killed write leaves: a hidden temp file
            path.unlink()
        assert os.listdir(tmp_path) == [name]
    assert torn, "no kill landed in the middle of a write; the test proved nothing"


def test_two_processes_build_once(tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    first = _spawn("build", target)
    assert _read_line(first) == "locked"
    second = _spawn("build", target)
    try:
        assert _read_line(second) == "waiting"
        first.stdin.write("go\n")
        first.stdin.flush()
        assert _read_line(first) == "built"
        assert [_read_line(second), _read_line(second)] == ["locked", "found"]
        assert first.wait() == 0 and second.wait() == 0
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                _kill(proc)
    assert Path(f"{target}.builds").read_text() == "1\n"
    assert target.read_text() == "built\n"


def test_killed_lock_holder_lets_the_other_build(tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    first = _spawn("build", target)
    assert _read_line(first) == "locked"
    second = _spawn("build", target)
    try:
        assert _read_line(second) == "waiting"
        _kill(first)  # dies holding the lock, before building anything
        assert _read_line(second) == "locked"
        second.stdin.write("go\n")
        second.stdin.flush()
        assert _read_line(second) == "built"
        assert second.wait() == 0
    finally:
        if second.poll() is None:
            _kill(second)
    assert Path(f"{target}.builds").read_text() == "1\n"
    assert target.read_text() == "built\n"
