"""Batch runs: chunks, checkpoints, resume after a kill, and engines that agree."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from geo import batch
from geo.batch import BatchOptions, run_batch
from geo.frame import INCIDENT_COLUMNS
from geo.model import Document

ROOT = Path(__file__).resolve().parents[2]
CITIES = ["Almaty", "Lagos", "Quito", "Dhaka", "Minsk", "Tbilisi", "Nairobi", "Lima"]


def _report(i: int) -> str:
    city = CITIES[i % len(CITIES)]
    return (f"Thousands of protesters marched in {city} on Monday against fuel prices. "
            f"Police arrested {10 + i} people after clashes near the parliament in {city}.")


def _documents(n: int) -> list[Document]:
    return [Document(text=_report(i), id=f"doc{i:04d}") for i in range(n)]


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    columns = [*INCIDENT_COLUMNS, "geometry"]
    plain = pd.DataFrame(frame[columns]).assign(geometry=frame.geometry.to_wkt())
    return plain.sort_values(["source", "incident_id"]).reset_index(drop=True)


def _fake_chunk(documents: list[Document]) -> list[dict]:
    return [{"incident_id": d.id, "source": d.id, "event_type": "Protests", "lon": 1.0,
             "lat": 2.0} for d in documents]


def test_resume_skips_finished_chunks(tmp_path: Path, monkeypatch) -> None:
    seen: list[str] = []

    def counting(documents: list[Document]) -> list[dict]:
        seen.extend(d.id for d in documents)
        if len(seen) > 6:
            raise KeyboardInterrupt  # a run stopped part-way
        return _fake_chunk(documents)

    monkeypatch.setattr(batch, "process_chunk", counting)
    docs = _documents(10)
    options = BatchOptions(chunk_size=3)
    with pytest.raises(KeyboardInterrupt):
        run_batch(docs, tmp_path, options, fingerprint="f")
    checkpoint = json.loads((tmp_path / "checkpoint.json").read_text())
    assert checkpoint == {"fingerprint": "f", "chunks_done": 2}
    seen.clear()
    monkeypatch.setattr(batch, "process_chunk", _fake_chunk)
    frame = run_batch(docs, tmp_path, options, fingerprint="f")
    assert list(frame["source"]) == [d.id for d in docs]  # none lost, none twice


def test_changed_inputs_start_afresh(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(batch, "process_chunk", _fake_chunk)
    run_batch(_documents(4), tmp_path, BatchOptions(chunk_size=2), fingerprint="a")
    frame = run_batch(_documents(3), tmp_path, BatchOptions(chunk_size=2), fingerprint="b")
    assert len(frame) == 3


def test_the_fingerprint_sees_sidecars_layers_and_standard_input(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Riots in Almaty on Monday.", encoding="utf-8")
    sidecar = tmp_path / "a.json"
    sidecar.write_text('{"published": "2022-01-07"}', encoding="utf-8")

    def fingerprint(files):
        return batch._fingerprint(files, None, "", "text", 100)

    first = fingerprint([article])
    assert fingerprint([article]) == first
    sidecar.write_text('{"published": "2022-03-10"}', encoding="utf-8")
    os.utime(sidecar, ns=(1, 1))
    assert fingerprint([article]) != first
    # Standard input cannot be checked: a run reading it never resumes another.
    assert fingerprint(["-"]) != fingerprint(["-"])


def test_bad_options_are_user_errors() -> None:
    from geo.errors import ExportError

    with pytest.raises(ExportError, match="workers"):
        BatchOptions(workers=0)
    with pytest.raises(ExportError, match="engine"):
        BatchOptions(engine="spark")
    with pytest.raises(ExportError, match="--engine dask"):
        BatchOptions(scheduler="tcp://127.0.0.1:8786")


@pytest.mark.slow
def test_pool_and_dask_agree_with_one_process(tmp_path: Path, gazetteer) -> None:
    docs = _documents(12)
    serial = run_batch(docs, tmp_path / "serial", BatchOptions(chunk_size=4))
    assert len(serial) > 0
    pooled = run_batch(docs, tmp_path / "pool", BatchOptions(workers=2, chunk_size=4))
    pd.testing.assert_frame_equal(_comparable(serial), _comparable(pooled))
    pytest.importorskip("dask.distributed", reason="needs the dask extra")
    dasked = run_batch(docs, tmp_path / "dask",
                       BatchOptions(workers=2, engine="dask", chunk_size=4))
    pd.testing.assert_frame_equal(_comparable(serial), _comparable(dasked))


@pytest.mark.slow
def test_the_process_pool_reads_its_input_a_few_chunks_ahead_only(gazetteer) -> None:
    read = []

    def chunks():
        for i in range(40):
            read.append(i)
            yield _documents(1)

    with batch._PoolRunner(BatchOptions(workers=2)) as run_chunks:
        results = run_chunks(chunks())
        next(results)
        assert len(read) <= 5  # 2 × 2 workers in flight, then one more
        assert len(list(results)) == 39


@pytest.mark.slow
def test_killed_run_resumes_with_identical_output(tmp_path: Path, gazetteer) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for doc in _documents(600):
            handle.write(json.dumps({"id": doc.id, "text": doc.text}) + "\n")
    command = [sys.executable, "-m", "geo.cli", "-q", "run", str(corpus),
               "--chunk-size", "5", "--published", "2022-01-07", "-o"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    whole = tmp_path / "whole"
    subprocess.run([*command, str(whole)], check=True, env=env, timeout=600)

    killed = tmp_path / "killed"
    checkpoint = killed / batch.STATE_FOLDER / batch.CHECKPOINT
    process = subprocess.Popen([*command, str(killed)], env=env)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if checkpoint.is_file() and json.loads(checkpoint.read_text())["chunks_done"] >= 3:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = json.loads(checkpoint.read_text())["chunks_done"]
    assert 3 <= done < 120, "the run was not killed part-way"
    subprocess.run([*command, str(killed)], check=True, env=env, timeout=600)

    from geo.write.incidents import read_incidents

    pd.testing.assert_frame_equal(_comparable(read_incidents(whole / "incidents.geojson")),
                                  _comparable(read_incidents(killed / "incidents.geojson")))
