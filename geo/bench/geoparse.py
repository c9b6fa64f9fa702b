"""Speed and memory of the geoparser on news-length texts (``incidentmap bench geoparse``).

A benchmark, not a test: it writes its figures to a JSON file for ``docs/benchmarks.md``.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from gazetteer.files import atomic_write
from geo.pipeline import Parser
from geo.read.language import load_detector


def _peak_rss_mb(n_process: int) -> float:
    # ru_maxrss is in KiB on Linux and in bytes on macOS. Workers are counted as if none
    # of their pages were shared with this process (they are, copy-on-write): an upper
    # bound on the memory all processes took together.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    workers = children * n_process if n_process > 1 else 0
    return round((peak + workers) * scale, 1)


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and its finished workers. On a machine
    shared with other work, docs per CPU second move far less than docs per second."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def bench_geoparse(out_path: str | Path, *, corpus_path: str | Path, n_docs: int = 500,
                   n_process: int = 2, batch_size: int = 64, parser=None) -> dict[str, Any]:
    """Parse ``n_docs`` texts of a JSONL corpus end to end; write and return the figures.

    The parser is built (spaCy loaded, gazetteer opened, the language detector read)
    before the clock starts, so the figure is the steady-state throughput; the one-off
    start-up is reported apart. The default of two processes is the target machine's two
    cores; the clock includes starting the worker processes. Texts are reused in turn
    when the corpus has fewer than ``n_docs``.
    """
    started = time.perf_counter()
    parser = parser or Parser()
    # The language detector's model is start-up too: Parser.pipe loads it on first use.
    load_detector()
    startup = time.perf_counter() - started
    with open(corpus_path, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    texts = list(islice(cycle(texts), n_docs))
    started, cpu = time.perf_counter(), cpu_seconds()
    mentions = sum(len(p.mentions) for p in parser.pipe(texts, batch_size=batch_size,
                                                         n_process=n_process))
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    result = {
        "benchmark": "geoparse", "corpus": Path(corpus_path).name, "docs": len(texts),
        "chars": sum(map(len, texts)), "mentions": mentions, "n_process": n_process,
        "batch_size": batch_size, "seconds": round(elapsed, 2),
        "docs_per_s": round(len(texts) / elapsed, 1), "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(len(texts) / cpu, 1) if cpu else None,
        "startup_s": round(startup, 2),
        "peak_rss_mb": _peak_rss_mb(n_process), "python": platform.python_version(),
        "machine": platform.machine(),
    }
    with atomic_write(out_path) as handle:
        json.dump(result, handle, indent=2)
    return result
