"""``incidentmap bench gazetteer|geoparse|map|batch|fuzz|memory``: the benchmarks, each
printing its figures and writing them to a JSON file.

The library loads what is optional itself, only when a run needs it (hypothesis, from the
test extra, for ``bench fuzz``; Dask for the Dask part of ``bench batch``), so the benchmark
modules are imported here at the top like the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gazetteer.benchmark import bench_gazetteer
from geo.bench.batch import bench_batch
from geo.bench.fuzz import run_fuzz
from geo.bench.geoparse import bench_geoparse
from geo.bench.memory import bench_memory
from geo.cli.options import EXIT_OK, Subcommands, add_command, positive
from geo.errors import InputError
from maps.benchmark import bench_map


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``bench`` and its benchmarks."""
    command = add_command(sub, common, "bench", None,
                          "benchmarks (speed, accuracy, fuzzing); results go to a JSON file")
    kinds = command.add_subparsers(title="benchmarks", metavar="BENCH")
    for name, handler, text in (
        ("gazetteer", _bench_gazetteer, "build time, size, look-up p50/p99"),
        ("geoparse", _bench_geoparse, "docs/s and peak memory of the geoparser (2 processes)"),
        ("map", _bench_map, "write time, size, time to interactive of a big map"),
        ("batch", _bench_batch, "docs/s for 1 and 2 workers and Dask, peak memory"),
        ("fuzz", _bench_fuzz, "long property-based fuzzing run"),
        ("memory", _bench_memory, "peak memory for a huge JSONL and huge articles"),
    ):
        bench = add_command(kinds, common, name, handler, text)
        bench.add_argument("-o", "--output", type=Path, default=Path(f"bench-{name}.json"),
                           metavar="FILE", help="results file (default bench-NAME.json)")
        if name in ("geoparse", "batch"):
            bench.add_argument("--corpus", type=Path, default=_default_corpus("lgl"),
                               help="JSONL corpus whose texts are used")
            bench.add_argument("--docs", type=positive, default=None, metavar="N",
                               help="how many of the corpus's documents to use")
        if name == "geoparse":
            bench.add_argument("--processes", type=positive, default=2, metavar="N",
                               help="worker processes (default 2: the target's two cores; "
                                    "1 parses in this process)")
        if name == "map":
            bench.add_argument("--incidents", type=positive, default=100_000, metavar="N")
        if name == "fuzz":
            bench.add_argument("--examples", type=int, default=10_000, metavar="N")
        if name == "memory":
            bench.add_argument("--article-mb", type=float, default=50, metavar="MB",
                               help="largest article, in MB of text (millions of "
                                    "characters)")
            bench.add_argument("--jsonl-lines", type=int, default=1_000_000, metavar="N")


def _bench_gazetteer(args: argparse.Namespace) -> int:
    return _report(bench_gazetteer(args.output, progress=args.progress), args.output)


def _bench_geoparse(args: argparse.Namespace) -> int:
    options = {"n_docs": args.docs} if args.docs else {}
    return _report(bench_geoparse(args.output, corpus_path=_corpus(args),
                                  n_process=max(1, args.processes), **options), args.output)


def _bench_map(args: argparse.Namespace) -> int:
    # The measured map itself is kept beside the results, for a look.
    html = args.output.with_suffix(".html")
    return _report(bench_map(html, n=args.incidents, results_path=args.output), args.output)


def _bench_batch(args: argparse.Namespace) -> int:
    return _report(bench_batch(args.output, corpus_path=_corpus(args),
                               n_docs=args.docs or 10_000, progress=args.progress),
                   args.output)


def _bench_fuzz(args: argparse.Namespace) -> int:
    return _report(run_fuzz(args.output, examples=args.examples), args.output)


def _bench_memory(args: argparse.Namespace) -> int:
    return _report(bench_memory(args.output, article_mb=args.article_mb,
                                jsonl_lines=args.jsonl_lines), args.output)


def _default_corpus(name: str) -> Path:
    # The annotated corpora live in ../shared/corpora, beside the repository:
    # geo/cli/bench.py → parents[2] is the repository, parents[3] the folder holding it.
    return Path(__file__).resolve().parents[3] / "shared" / "corpora" / f"{name}.jsonl"


def _corpus(args: argparse.Namespace) -> Path:
    if not args.corpus.is_file():
        raise InputError("corpus not found; pass --corpus FILE.jsonl", path=args.corpus)
    return args.corpus


def _report(result: dict, path: Path) -> int:
    print(json.dumps(result, indent=2, default=str))
    print(f"results written to {path}", file=sys.stderr)
    return EXIT_OK
