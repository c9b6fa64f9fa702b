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
from geo.cli.options import EXIT_OK
from geo.errors import InputError
from maps.benchmark import bench_map


def gazetteer(args: argparse.Namespace) -> int:
    return _report(bench_gazetteer(args.output, progress=args.progress), args.output)


def geoparse(args: argparse.Namespace) -> int:
    options = {"n_docs": args.docs} if args.docs else {}
    return _report(bench_geoparse(args.output, corpus_path=_corpus(args),
                                  n_process=max(1, args.processes), **options), args.output)


def draw_map(args: argparse.Namespace) -> int:
    # The measured map itself is kept beside the results, for a look.
    html = args.output.with_suffix(".html")
    return _report(bench_map(html, n=args.incidents, results_path=args.output), args.output)


def batch(args: argparse.Namespace) -> int:
    return _report(bench_batch(args.output, corpus_path=_corpus(args),
                               n_docs=args.docs or 10_000, progress=args.progress),
                   args.output)


def fuzz(args: argparse.Namespace) -> int:
    return _report(run_fuzz(args.output, examples=args.examples), args.output)


def memory(args: argparse.Namespace) -> int:
    return _report(bench_memory(args.output, article_mb=args.article_mb,
                                jsonl_lines=args.jsonl_lines), args.output)


def _corpus(args: argparse.Namespace) -> Path:
    if not args.corpus.is_file():
        raise InputError("corpus not found; pass --corpus FILE.jsonl", path=args.corpus)
    return args.corpus


def _report(result: dict, path: Path) -> int:
    print(json.dumps(result, indent=2, default=str))
    print(f"results written to {path}", file=sys.stderr)
    return EXIT_OK
