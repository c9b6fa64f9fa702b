"""Throughput of batch runs (``incidentmap bench batch``): one worker, two, and Dask."""

from __future__ import annotations

import itertools
import json
import logging
import resource
import tempfile
import time
from pathlib import Path

from gazetteer.files import atomic_write
from geo.batch import BatchOptions, run_batch
from geo.bench.geoparse import cpu_seconds
from geo.model import Document

logger = logging.getLogger(__name__)


def bench_batch(out_path: str | Path, *, corpus_path: Path, n_docs: int = 10_000,
                progress: bool = False) -> dict:
    """Measure docs/s of batch runs (1 worker, 2 workers, Dask with 2) and peak memory.

    Each run also reports its CPU seconds (this process and its finished workers; a
    Dask worker's count once the cluster closes), steadier than wall time on a shared
    machine."""
    with open(corpus_path, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    # News-length documents: the corpus texts, cycled until there are n_docs of them.
    cycled = itertools.islice(itertools.cycle(texts), n_docs)
    documents = [Document(text=text, id=f"doc{i}") for i, text in enumerate(cycled)]
    results: dict = {"documents": len(documents), "corpus": str(corpus_path), "runs": {}}
    for label, options in (("1 worker", BatchOptions(workers=1, progress=progress)),
                           ("2 workers", BatchOptions(workers=2, progress=progress)),
                           ("dask 2 workers", BatchOptions(workers=2, engine="dask",
                                                           progress=progress))):
        with tempfile.TemporaryDirectory() as tmp:
            started, cpu = time.perf_counter(), cpu_seconds()
            frame = run_batch(documents, tmp, options)
            seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        results["runs"][label] = {"seconds": round(seconds, 2),
                                  "docs_per_s": round(len(documents) / seconds, 1),
                                  "cpu_s": round(cpu, 2),
                                  "docs_per_cpu_s": round(len(documents) / cpu, 1)
                                  if cpu else None,
                                  "incidents": len(frame)}
        logger.info("%s: %.1f docs/s", label, len(documents) / seconds)
    results["peak_rss_mb_self"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    results["peak_rss_mb_children"] = (
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
    with atomic_write(out_path) as handle:
        json.dump(results, handle, indent=2)
    return results
