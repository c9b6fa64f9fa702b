"""``incidentmap bench gazetteer``: build time and memory, file size, look-up latency."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import quantiles
from typing import Any

from .files import atomic_write
from .lookup import Gazetteer
from .normalize import fold
from .progress import progress as progress_bar

# Run in a child process so that its peak RSS is the build's alone.
_CHILD = """
import json, resource, sys, time
start = time.perf_counter()
from gazetteer.build import build
path = build()
sys.stdout.write(json.dumps({"path": str(path), "seconds": time.perf_counter() - start,
                             "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                             / 1024}) + "\n")
"""
SAMPLE_NAMES = 3000


def bench_gazetteer(out_path: str | Path, *, progress: bool = False) -> dict[str, Any]:
    """Build the gazetteer from scratch in a temp cache dir and time look-ups in it.

    Measures the first build (wall time and peak memory of a fresh process), the
    file size, the time ``names()`` takes, and per-call latency of ``candidates()``
    over a fixed sample of real names — cold (first call, SQLite) and warm (cached).

    Parameters
    ----------
    out_path
        Where the results are written as JSON (atomically).
    progress
        Show a progress bar over the look-ups.

    Returns
    -------
    dict
        The results, as written.
    """
    with tempfile.TemporaryDirectory(prefix="incidentmap-bench-") as cache:
        env = {**os.environ, "INCIDENTMAP_CACHE_DIR": cache,
               "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        child = subprocess.run([sys.executable, "-c", _CHILD], env=env, check=True,
                               capture_output=True, text=True)
        built = json.loads(child.stdout.strip().splitlines()[-1])
        path = Path(built["path"])
        with Gazetteer(path, layers_path=Path(cache) / "none.sqlite") as gaz:
            results = {
                "build_seconds": round(built["seconds"], 2),
                "build_peak_rss_mb": round(built["peak_rss_mb"], 1),
                "file_mb": round(path.stat().st_size / 2**20, 1),
                "places": gaz.info()["places"],
                **_time_lookups(gaz, progress=progress),
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                            "platform": platform.platform()},
            }
    with atomic_write(out_path) as handle:
        json.dump(results, handle, indent=2)
    return results


def _time_lookups(gaz: Gazetteer, *, progress: bool) -> dict[str, Any]:
    start = time.perf_counter()
    names_count = len(gaz.names())
    names_seconds = time.perf_counter() - start
    # Every n-th place name: a fixed, spread-out sample of real names of every kind.
    total = gaz.info()["places"]
    step = max(1, total // SAMPLE_NAMES)
    sample = [row[0] for row in gaz._con.execute(
        "SELECT name FROM places WHERE pk % ? = 0 LIMIT ?", (step, SAMPLE_NAMES))]
    cold, warm, folded = [], [], []
    for name in progress_bar(sample, enabled=progress, desc="look-ups", unit=" names"):
        cold.append(_timed(gaz.candidates, name))
    for name in sample:
        warm.append(_timed(gaz.candidates, name))
    keys = [fold(name) for name in sample]
    for key in keys:
        folded.append(_timed(gaz.candidates_folded, key))
    return {"names": names_count, "names_load_seconds": round(names_seconds, 2),
            "lookup_sample": len(sample), **_percentiles("cold", cold),
            **_percentiles("warm", warm), **_percentiles("folded_warm", folded)}


def _timed(func: Any, arg: str) -> float:
    start = time.perf_counter_ns()
    func(arg)
    return (time.perf_counter_ns() - start) / 1000.0


def _percentiles(label: str, micros: list[float]) -> dict[str, float]:
    cuts = quantiles(micros, n=100)
    return {f"{label}_p50_us": round(cuts[49], 1), f"{label}_p99_us": round(cuts[98], 1)}
