"""``incidentmap bench gazetteer|geoparse|memory``: the benchmarks that load no map or
frame libraries (so that their memory figures are the parser's), each printing its
figures and writing them to a JSON file; ``map``, ``batch`` and ``fuzz`` are in
:mod:`geo.cli.bench_frames`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gazetteer.benchmark import bench_gazetteer
from geo.bench.geoparse import bench_geoparse
from geo.bench.memory import bench_memory
from geo.cli.options import EXIT_OK
from geo.errors import InputError


def gazetteer(args: argparse.Namespace) -> int:
    return report(bench_gazetteer(args.output, progress=args.progress), args.output)


def geoparse(args: argparse.Namespace) -> int:
    options = {"n_docs": args.docs} if args.docs else {}
    return report(bench_geoparse(args.output, corpus_path=corpus_path(args),
                                  n_process=max(1, args.processes), **options), args.output)


def memory(args: argparse.Namespace) -> int:
    return report(bench_memory(args.output, article_mb=args.article_mb,
                                jsonl_lines=args.jsonl_lines), args.output)


def corpus_path(args: argparse.Namespace) -> Path:
    if not args.corpus.is_file():
        raise InputError("corpus not found; pass --corpus FILE.jsonl", path=args.corpus)
    return args.corpus


def report(result: dict, path: Path) -> int:
    print(json.dumps(result, indent=2, default=str))
    print(f"results written to {path}", file=sys.stderr)
    return EXIT_OK
