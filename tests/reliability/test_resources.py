"""Bounded memory and linear time on big inputs (fast versions; see geo.bench.memory).

Reading streams: the Python memory held while reading 200,000 JSONL lines stays under a
fixed bound that does not grow with the file. Parsing is linear: a text four times
longer takes about four times as long, not sixteen. Timings are compared as a ratio on
the same machine in the same run, never against absolute figures.
"""

from __future__ import annotations

import gzip
import json
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geo.bench.texts import news_like_text
from geo.extract import incidents
from geo.pipeline import Parser
from geo.read.documents import read_documents

#: Peak Python allocations while streaming, whatever the file size (measured 0.011 MB).
READ_BOUND_MB = 4
#: A linear cost gives a ratio of about 4 for four times the text; quadratic gives 16.
LINEAR_RATIO = 6.0


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


@pytest.fixture(scope="module")
def fast_parser(_tiny_gazetteer_file) -> Parser:
    # spaCy's tokenizer and sentencizer without the statistical NER: the chunking, the
    # gazetteer matching and the resolution are what could go superlinear.
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    yield Parser(gaz, ner=False)
    gaz.close()


def _ratio(work: Callable[[str], object], small: int) -> float:
    # Every sentence an event: the densest case, where cross-terms would show first.
    texts = (news_like_text(small, seed=1, event_share=1.0),
             news_like_text(4 * small, seed=1, event_share=1.0))
    work(texts[0][:2_000])  # warm caches before timing
    seconds = []
    for text in texts:
        started = time.perf_counter()
        work(text)
        seconds.append(time.perf_counter() - started)
    return seconds[1] / seconds[0]


def test_parse_time_is_linear_in_text_size(fast_parser):
    # 0.5 MB against 2 MB, several chunks each.
    ratio = _ratio(fast_parser, 500_000)
    assert ratio < LINEAR_RATIO, f"4x the text took {ratio:.1f}x the time"


def test_incident_extraction_time_is_linear_in_text_size(fast_parser):
    ratio = _ratio(lambda text: incidents(text, published="2022-01-07",
                                          parser=fast_parser), 40_000)
    assert ratio < LINEAR_RATIO, f"4x the text took {ratio:.1f}x the time"


def test_resolution_time_is_linear_in_the_number_of_distinct_names():
    # A long text naming thousands of different towns: measuring every candidate
    # against every other place named would be quadratic.
    from gazetteer.place import Place
    from geo.recognize import Candidate
    from geo.resolve import Resolver

    class Towns:
        def candidates_folded(self, folded, limit=20):
            number = int(folded.removeprefix("town"))
            return tuple(Place(id=f"{folded}-{i}", name=f"Town{number}",
                               lat=(number * 7 + i * 31) % 170 - 85,
                               lon=(number * 13 + i * 17) % 350 - 175, kind="city",
                               country="US", admin1="Ohio", population=1000 * (i + 1))
                         for i in range(3))

        def demonym(self, word):
            return None

    def resolve(n_names: int) -> float:
        text = " ".join(f"Town{i} ." for i in range(n_names))
        found, at = [], 0
        for i in range(n_names):
            name = f"Town{i}"
            found.append(Candidate(at, at + len(name), name, "named", name))
            at += len(name) + 3
        resolver = Resolver(Towns())
        started = time.perf_counter()
        resolver(text, found)
        return time.perf_counter() - started

    resolve(200)  # warm up
    ratio = resolve(4_000) / resolve(1_000)
    assert ratio < LINEAR_RATIO, f"4x the names took {ratio:.1f}x the time"
