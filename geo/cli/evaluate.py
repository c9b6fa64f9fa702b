"""The geoparser's and the event extractor's commands for annotated data: ``geoparse``
(JSONL of texts → JSONL of resolved places), ``eval`` (score the geoparser on a corpus)
and ``eval-events`` (score event extraction)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gazetteer.files import atomic_write
from geo.cli.options import EXIT_OK, focus, ready_gazetteer
from geo.cli.streams import open_in, open_out, same_file
from geo.errors import InputError
from geo.evaluate import evaluate_corpus, evaluate_events, geoparse_jsonl


def geoparse(args: argparse.Namespace) -> int:
    if "-" not in (args.input, args.output) and same_file(args.input, args.output):
        raise InputError("the output would overwrite the input; write it elsewhere",
                         path=args.output)
    with open_in(args.input) as source, open_out(args.output) as sink:
        ready_gazetteer(args)  # after the output is checked: a typo fails at once
        geoparse_jsonl(source, sink, gold_spans=args.gold_spans, on_error=args.on_error,
                       progress=args.progress, focus=focus(args), language=args.lang)
    return EXIT_OK


def evaluate(args: argparse.Namespace) -> int:
    split = None if args.split == "all" else args.split
    ready_gazetteer(args)
    report = evaluate_corpus(args.corpus, gold_spans=args.gold_spans, limit=args.limit,
                             split=split, progress=args.progress, focus=focus(args),
                             language=args.lang)
    print(json.dumps(report, indent=2, default=str))
    _write_json(args.json, report)
    return EXIT_OK


def evaluate_events_command(args: argparse.Namespace) -> int:
    ready_gazetteer(args)
    report = evaluate_events(args.path, progress=args.progress)
    print(json.dumps(report, indent=2, default=str))
    _write_json(args.json, report)
    return EXIT_OK


def _write_json(path: Path | None, data: dict) -> None:
    if path is None:
        return
    with atomic_write(path) as handle:
        json.dump(data, handle, indent=2, default=str)
