"""Peak memory and time on big inputs: a huge JSONL streamed, a huge article parsed.

Each measurement runs in a fresh Python process, because peak RSS (``ru_maxrss``) only
ever grows within a process: the baseline (imports, spaCy and the gazetteer loaded, a
warm-up parse) and the peak after the work are read in the same child, so their
difference is what the input itself cost.

Article sizes double towards ``article_mb``; a step whose time, extrapolated from the
last two with their measured growth exponent, would exceed ``max_seconds`` is not run
but reported as skipped with that prediction, so the results say honestly how far the
bound was checked.
"""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from gazetteer.files import atomic_write
from geo.bench.texts import news_like_text

__all__ = ["bench_memory"]

logger = logging.getLogger(__name__)

# Run in the child: the work named by argv, then one JSON line on stdout.
_CHILD = r"""
import json, resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if mode == "read":
    from geo.read.documents import read_documents
    base = rss_mb()
    started = time.perf_counter()
    count = chars = 0
    for doc in read_documents([path]):
        count += 1
        chars += len(doc.text)
    extra = {"documents": count, "characters": chars}
else:
    from geo.extract import incidents
    from geo.pipeline import Parser
    parser = Parser()
    incidents("Police killed 3 people in Almaty on Monday.", parser=parser)
    text = open(path, encoding="utf-8").read()
    base = rss_mb()
    started = time.perf_counter()
    if mode == "parse":
        result = parser(text)
        extra = {"mentions": len(result.mentions)}
    else:
        frame = incidents(text, published="2022-01-07", parser=parser)
        extra = {"incidents": len(frame)}
seconds = time.perf_counter() - started
sys.stdout.write(json.dumps({"seconds": round(seconds, 2), "baseline_rss_mb": round(base),
                             "peak_rss_mb": round(rss_mb()),
                             "delta_rss_mb": round(rss_mb() - base), **extra}) + "\n")
"""


def bench_memory(out_path: str | Path, *, article_mb: float = 50,
                 jsonl_lines: int = 1_000_000, max_seconds: float = 900,
                 incidents_mb: float | None = None) -> dict[str, Any]:
    """Measure peak RSS and time for a big JSONL and for articles up to ``article_mb``.

    Parameters
    ----------
    out_path
        JSON file for the results (written atomically).
    article_mb
        Largest article, in millions of characters, for :class:`geo.pipeline.Parser`.
    jsonl_lines
        Lines of the generated JSONL streamed through :func:`geo.read.documents.read_documents`.
    max_seconds
        A size predicted to take longer than this is skipped (reported, not run).
    incidents_mb
        Largest article for :func:`geo.incidents` (parse plus event extraction);
        ``article_mb`` if omitted.

    Returns
    -------
    dict
        ``jsonl``: documents, file size, seconds, baseline/peak/delta RSS in MB;
        ``parse`` and ``incidents``: one such record per article size, plus the growth
        exponent between consecutive sizes (1 is linear, 2 quadratic) and the sizes
        skipped with their predicted seconds.
    """
    sizes = _doubling_sizes(article_mb)
    results: dict[str, Any] = {"article_mb": article_mb, "jsonl_lines": jsonl_lines,
                               "max_seconds": max_seconds}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "big.jsonl"
        _write_jsonl(jsonl, jsonl_lines, news_like_text(600))
        results["jsonl"] = {"file_mb": round(jsonl.stat().st_size / 1e6),
                            **_measure("read", jsonl, max_seconds)}
        jsonl.unlink()
        logger.info("jsonl: %s", results["jsonl"])
        for mode, largest in (("parse", article_mb), ("incidents", incidents_mb)):
            wanted = [s for s in sizes if s <= (largest or article_mb)]
            results[mode] = _size_series(mode, wanted, Path(tmp), max_seconds,
                                         news_like_text)
    with atomic_write(out_path) as handle:
        json.dump(results, handle, indent=2)
    return results


def _doubling_sizes(largest: float) -> list[float]:
    sizes, size = [], 0.5
    while size < largest:
        sizes.append(size)
        size *= 2
    return [*sizes, largest]


def _write_jsonl(path: Path, lines: int, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(lines):
            handle.write(json.dumps({"id": f"doc{number}", "text": text,
                                     "published": "2022-01-07"}) + "\n")


def _size_series(mode: str, sizes: list[float], folder: Path, max_seconds: float,
                 make_text) -> dict[str, Any]:
    runs: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for size in sizes:
        predicted = _predict(runs, size)
        if skipped or predicted > max_seconds:
            skipped.append({"mb": size, "predicted_seconds": round(predicted)})
            continue
        article = folder / "article.txt"
        article.write_text(make_text(int(size * 1e6)), encoding="utf-8")
        run = {"mb": size, **_measure(mode, article, max_seconds * 2)}
        if runs and "seconds" in run:
            last = runs[-1]
            run["growth_exponent"] = round(
                math.log(run["seconds"] / last["seconds"]) / math.log(size / last["mb"]), 2)
        runs.append(run)
        logger.info("%s %s MB: %s", mode, size, run)
        if "error" in run:
            break
    return {"runs": runs, "skipped": skipped}


def _predict(runs: list[dict[str, Any]], size: float) -> float:
    done = [r for r in runs if "seconds" in r]
    if not done:
        return 0.0
    last = done[-1]
    exponent = max(1.0, done[-1].get("growth_exponent", 1.0))
    return last["seconds"] * (size / last["mb"]) ** exponent


def _measure(mode: str, path: Path, timeout: float) -> dict[str, Any]:
    try:
        child = subprocess.run([sys.executable, "-c", _CHILD, mode, str(path)],
                               capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if child.returncode != 0:
        return {"error": (child.stderr.strip().splitlines() or ["failed"])[-1][:500]}
    return json.loads(child.stdout.strip().splitlines()[-1])
