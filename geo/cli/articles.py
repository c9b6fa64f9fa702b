"""The commands that turn articles into files and maps: ``run`` (the whole job, with
checkpoints and workers), ``extract`` (an incidents file) and ``map`` (an HTML map of
articles or of an incidents file)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import maps
from geo import plural
from geo.batch import run_job
from geo.cli.options import (
    EXIT_OK,
    Subcommands,
    add_command,
    add_inputs,
    add_reading_options,
    focus,
    positive,
    published,
    ready_gazetteer,
)
from geo.extract import incidents_from_documents
from geo.read import read_documents, with_focus
from geo.write import FORMATS, check_output_path, read_incidents, write_incidents
from geo.write.incidents import check_writable_file

logger = logging.getLogger("incidentmap")


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``run``, ``extract`` and ``map``."""
    command = add_command(sub, common, "run", _run,
                          "articles → incidents.geojson, incidents.gpkg, map.html, summary.txt",
                          "The main job: read articles, extract incidents, write them as "
                          "GeoJSON and GeoPackage, draw an offline HTML map and a summary.")
    add_inputs(command)
    command.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR",
                         help="output folder (created if missing)")
    command.add_argument("--workers", type=positive, default=1, metavar="N",
                         help="worker processes (default 1)")
    command.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="run in local processes (default) or on a Dask cluster")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: an existing scheduler's address "
                              "(default: a LocalCluster of --workers workers)")
    command.add_argument("--chunk-size", type=positive, default=100, metavar="N",
                         help="documents per checkpointed chunk (default 100)")
    command.add_argument("--no-resume", action="store_true",
                         help="start afresh even if OUTDIR holds a checkpoint")
    command.add_argument("--online", action="store_true",
                         help="map tiles from OpenStreetMap when opened online (the map "
                              "is offline-capable by default)")

    command = add_command(sub, common, "extract", _extract,
                          "articles → an incidents file (.geojson .gpkg .parquet .csv)")
    add_inputs(command)
    command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="incidents file; the format follows the ending")

    command = add_command(sub, common, "map", _map,
                          "articles or an incidents file → an HTML map")
    command.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="articles, a folder of articles, or one incidents file "
                              "(.geojson .json .gpkg .parquet) written by extract/run")
    command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.html",
                         help="the HTML map to write")
    where = command.add_mutually_exclusive_group()
    where.add_argument("--offline", action="store_true",
                       help="inline every script and style, draw country outlines as the "
                            "base map (the default, as for run)")
    where.add_argument("--online", action="store_true",
                       help="load Leaflet from its CDN and OpenStreetMap tiles when opened")
    command.add_argument("--heatmap", action="store_true", help="add a heat-map layer")
    command.add_argument("--title", help="title shown on the map")
    add_reading_options(command)


def _run(args: argparse.Namespace) -> int:
    def draw(frame, path: Path) -> None:
        maps.save(frame, path, offline=not args.online)

    report = run_job(
        args.inputs, args.output, published=published(args), focus=focus(args),
        text_column=args.text_column,
        on_error=args.on_error, workers=args.workers, engine=args.engine,
        scheduler=args.scheduler, chunk_size=args.chunk_size, resume=not args.no_resume,
        draw=draw, progress=args.progress)
    if not args.quiet:
        print(report.summary)
        print(report.line(), file=sys.stderr)
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    check_output_path(args.output)
    frame = _incidents_from_inputs(args)
    write_incidents(frame, args.output)
    logger.info("wrote %d incidents to %s", len(frame), args.output)
    if not args.quiet:
        print(f"{plural(len(frame), 'incident')} → {args.output}")
    return EXIT_OK


def _map(args: argparse.Namespace) -> int:
    check_writable_file(args.output)
    first = Path(args.inputs[0])
    # Any incidents format but CSV, which is also an article collection.
    if len(args.inputs) == 1 and first.suffix.lower() in set(FORMATS) - {".csv"}:
        frame = read_incidents(first)
    else:
        frame = _incidents_from_inputs(args)
    maps.save(frame, args.output, offline=not args.online, heatmap=args.heatmap,
              title=args.title)
    if not args.quiet:
        print(f"map of {plural(len(frame), 'incident')} → {args.output}")
    return EXIT_OK


def _incidents_from_inputs(args: argparse.Namespace):
    ready_gazetteer(args)
    documents = read_documents(args.inputs, published=published(args),
                               text_column=args.text_column, on_error=args.on_error)
    return incidents_from_documents(with_focus(documents, focus(args)),
                                    progress=args.progress)
