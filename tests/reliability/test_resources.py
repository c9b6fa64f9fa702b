"""Bounded memory on big inputs (fast versions; see geo.bench.memory).

Reading streams: the Python memory held while reading 200,000 JSONL lines stays under a
fixed bound that does not grow with the file. That time grows linearly with the input is
a benchmark, not a test (``incidentmap bench scaling``): timings belong in benchmarks.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from geo.bench.texts import news_like_text
from geo.read.documents import read_documents

#: Peak Python allocations while streaming, whatever the file size (measured 0.011 MB).
READ_BOUND_MB = 4


def _write_jsonl(path: Path, lines: int) -> None:
    text = news_like_text(600)
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(lines):
            handle.write(json.dumps({"id": f"doc{number}", "text": text,
                                     "published": "2022-01-07"}) + "\n")


def _peak_while_reading(paths: list[Path]) -> tuple[int, float]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents(paths))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak / 1e6


def test_streaming_200k_jsonl_lines_in_bounded_memory(tmp_path):
    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    _write_jsonl(small, 2_000)
    _write_jsonl(big, 200_000)
    assert big.stat().st_size > 100e6  # the file is far bigger than the bound
    count_small, peak_small = _peak_while_reading([small])
    count_big, peak_big = _peak_while_reading([big])
    assert (count_small, count_big) == (2_000, 200_000)
    assert peak_big < READ_BOUND_MB, f"{peak_big:.1f} MB held while reading"
    # Flat: a hundred times the lines adds (nearly) nothing.
    assert peak_big < peak_small + 1, (peak_small, peak_big)


@pytest.mark.parametrize("pack", ["gz", "zip-csv"])
def test_compressed_collections_stream_too(tmp_path, pack):
    row = news_like_text(600).replace('"', "'")
    if pack == "gz":
        path = tmp_path / "docs.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            for number in range(50_000):
                handle.write(json.dumps({"id": number, "text": row}) + "\n")
    else:
        path = tmp_path / "docs.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
                archive.open("docs.csv", "w") as member:
            member.write(b"id,text\n")
            for number in range(50_000):
                member.write(f'{number},"{row}"\n'.encode())
    count, peak = _peak_while_reading([path])
    assert count == 50_000
    assert peak < READ_BOUND_MB, f"{peak:.1f} MB held while reading {path.name}"
