"""The geoparser's and the event extractor's commands for annotated data: ``geoparse``
(JSONL of texts → JSONL of resolved places), ``eval`` (score the geoparser on a corpus)
and ``eval-events`` (score event extraction)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gazetteer.files import atomic_write
from geo.cli.options import (
    EXIT_OK,
    Subcommands,
    add_command,
    add_focus,
    focus,
    positive,
    ready_gazetteer,
)
from geo.cli.streams import open_in, open_out, same_file
from geo.errors import InputError
from geo.evaluate import evaluate_corpus, evaluate_events, geoparse_jsonl


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``geoparse``, ``eval`` and ``eval-events``."""
    command = add_command(sub, common, "geoparse", _geoparse,
                          "JSONL of texts → JSONL of resolved place mentions",
                          "Input lines {\"id\", \"text\"} (optionally \"focus\": the "
                          "publication's country code; with --gold-spans also "
                          "\"toponyms\": [{\"start\", \"end\"}]); output lines {\"id\", "
                          "\"toponyms\": [{\"start\", \"end\", \"name\", \"lat\", \"lon\", "
                          "\"precision\", \"role\", \"score\"}]}.")
    command.add_argument("input", metavar="IN.jsonl", help="input JSONL, or - for stdin")
    command.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                         help="output JSONL, or - for stdout (default)")
    command.add_argument("--gold-spans", action="store_true",
                         help="resolve the given toponym spans instead of finding them")
    command.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                         help="on a bad input line: stop (default) or report and skip it")
    add_focus(command)

    command = add_command(sub, common, "eval", _eval,
                          "score the geoparser on an annotated corpus (Acc@161 km, F1)")
    command.add_argument("corpus", type=Path, metavar="CORPUS.jsonl")
    command.add_argument("--gold-spans", action="store_true",
                         help="resolve the gold spans (resolution only)")
    command.add_argument("--split", choices=("all", "even", "odd"), default="all",
                         help="documents to score by position (tune on even, check on odd)")
    command.add_argument("--limit", type=positive, metavar="N", help="score the first N docs")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")
    add_focus(command)

    command = add_command(sub, common, "eval-events", _eval_events,
                          "score event extraction on an annotated JSONL file")
    command.add_argument("path", type=Path, metavar="FILE.jsonl")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")


def _geoparse(args: argparse.Namespace) -> int:
    if "-" not in (args.input, args.output) and same_file(args.input, args.output):
        raise InputError("the output would overwrite the input; write it elsewhere",
                         path=args.output)
    with open_in(args.input) as source, open_out(args.output) as sink:
        ready_gazetteer(args)  # after the output is checked: a typo fails at once
        geoparse_jsonl(source, sink, gold_spans=args.gold_spans, on_error=args.on_error,
                       progress=args.progress, focus=focus(args))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    split = None if args.split == "all" else args.split
    ready_gazetteer(args)
    report = evaluate_corpus(args.corpus, gold_spans=args.gold_spans, limit=args.limit,
                             split=split, progress=args.progress, focus=focus(args))
    print(json.dumps(report, indent=2, default=str))
    _write_json(args.json, report)
    return EXIT_OK


def _eval_events(args: argparse.Namespace) -> int:
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
