"""``incidentmap bench map|batch|fuzz|scaling|merge``: the benchmarks that build incident frames and
maps, each printing its figures and writing them to a JSON file."""

from __future__ import annotations

import argparse

from geo.bench.batch import bench_batch
from geo.bench.fuzz import run_fuzz
from geo.bench.merge import bench_merge
from geo.bench.scaling import bench_scaling
from geo.cli.bench import corpus_path, report
from maps.benchmark import bench_map


def draw_map(args: argparse.Namespace) -> int:
    # The measured map itself is kept beside the results, for a look.
    html = args.output.with_suffix(".html")
    return report(bench_map(html, n=args.incidents, results_path=args.output), args.output)


def batch(args: argparse.Namespace) -> int:
    return report(bench_batch(args.output, corpus_path=corpus_path(args),
                               n_docs=args.docs or 10_000, progress=args.progress),
                   args.output)


def fuzz(args: argparse.Namespace) -> int:
    return report(run_fuzz(args.output, examples=args.examples), args.output)


def scaling(args: argparse.Namespace) -> int:
    return report(bench_scaling(args.output), args.output)


def merge(args: argparse.Namespace) -> int:
    return report(bench_merge(args.output, rows=args.rows), args.output)
