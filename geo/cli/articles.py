"""The commands that turn articles into files and maps: ``run`` (the whole job, with
checkpoints and workers), ``extract`` (an incidents file) and ``map`` (an HTML map of
articles or of an incidents file)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

import maps
from geo import plural
from geo.batch import counted, run_job
from geo.cli.options import (
    EXIT_OK,
    focus,
    published,
    ready_gazetteer,
)
from geo.extract import incidents_from_documents
from geo.read import read_documents, unsupported_note, with_focus, with_language
from geo.write import FORMATS, check_output_path, read_incidents, write_incidents
from geo.write.incidents import check_writable_file
from maps.clean import occurred

logger = logging.getLogger("incidentmap")


def run(args: argparse.Namespace) -> int:
    def draw(frame, path: Path) -> None:
        maps.save(frame, path, offline=not args.online)

    report = run_job(
        args.inputs, args.output, published=published(args), focus=focus(args),
        language=args.lang, text_column=args.text_column,
        on_error=args.on_error, workers=args.workers, engine=args.engine,
        scheduler=args.scheduler, chunk_size=args.chunk_size, resume=not args.no_resume,
        draw=draw, progress=args.progress, keep_all=args.keep_all, merge=not args.no_merge,
        radius_km=args.radius_km, window_days=args.window_days)
    if not args.quiet:
        print(report.summary)
        print(report.line(), file=sys.stderr)
    return EXIT_OK


def extract(args: argparse.Namespace) -> int:
    check_output_path(args.output)
    tally, unsupported = Counter[str](), Counter[str]()
    frame = _incidents_from_inputs(args, tally, unsupported)
    write_incidents(frame, args.output)
    logger.info("wrote %d incidents to %s", len(frame), args.output)
    if not args.quiet:
        print(f"{plural(len(frame), 'incident')} in {plural(tally['read'], 'article')}"
              f" → {args.output}")
        if note := unsupported_note(unsupported):
            print(note, file=sys.stderr)
    return EXIT_OK


def draw_map(args: argparse.Namespace) -> int:
    check_writable_file(args.output)
    first = Path(args.inputs[0])
    unsupported = Counter[str]()
    # Any incidents format but CSV, which is also an article collection.
    if len(args.inputs) == 1 and first.suffix.lower() in set(FORMATS) - {".csv"}:
        frame = read_incidents(first)
    else:
        frame = _incidents_from_inputs(args, unsupported=unsupported)
    frame = occurred(frame)  # what the map draws, for the count below
    maps.save(frame, args.output, offline=not args.online, heatmap=args.heatmap,
              title=args.title)
    if not args.quiet:
        print(f"map of {plural(len(frame), 'incident')} → {args.output}")
        if note := unsupported_note(unsupported):
            print(note, file=sys.stderr)
    return EXIT_OK


def _incidents_from_inputs(args: argparse.Namespace, tally: Counter[str] | None = None,
                           unsupported: Counter[str] | None = None):
    """The incidents of the articles ``args`` names; ``tally["read"]`` counts them and
    ``unsupported`` the languages of those the parser cannot read."""
    ready_gazetteer(args)
    documents = read_documents(args.inputs, published=published(args),
                               text_column=args.text_column, on_error=args.on_error)
    if tally is not None:  # the articles read, for the line extract prints
        documents = counted(documents, tally)
    documents = with_language(
        with_focus(documents, focus(args)), args.lang,
        on_unsupported=None if unsupported is None
        else lambda document: unsupported.update([document.language]))
    return incidents_from_documents(documents, progress=args.progress,
                                    keep_all=getattr(args, "keep_all", False))
