"""The commands and their flags, without their work: building the parser loads none of
the libraries, so ``incidentmap --help`` and every command start fast and load only what
they use.

Each command names its handler as ``"module:function"`` in this package
(``"articles:run"``); :func:`geo.cli.main` imports that module when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from geo.cli.options import (
    Subcommands,
    add_command,
    add_focus,
    add_inputs,
    add_keep_all,
    add_language,
    add_merge_options,
    add_reading_options,
    positive,
)

__all__ = ["add_articles_commands", "add_bench_commands", "add_evaluate_commands",
           "add_gazetteer_commands", "default_corpus"]


def add_articles_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``run``, ``extract`` and ``map``."""
    command = add_command(sub, common, "run", "articles:run",
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
                         help="link Leaflet's CDN and show OpenStreetMap tiles when the "
                              "map is opened (by default it fetches nothing, as in Python)")
    add_keep_all(command)
    command.add_argument("--no-merge", action="store_true",
                         help="one row per report: do not group the reports of one event "
                              "by several articles (see incidentmap merge)")
    add_merge_options(command)

    command = add_command(sub, common, "extract", "articles:extract",
                          "articles → an incidents file (.geojson .gpkg .parquet .csv)")
    add_inputs(command)
    command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="incidents file; the format follows the ending")
    add_keep_all(command)

    command = add_command(sub, common, "map", "articles:draw_map",
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

    command = add_command(sub, common, "merge", "merge:merge",
                          "incidents files → one file, one row per event",
                          "Group the reports of one event from several articles (same "
                          "status and type, places within --radius-km, dates within "
                          "--window-days, one report per source) into one row that lists "
                          "its sources and their evidence, and keeps the range of "
                          "conflicting counts (docs/columns.md).")
    command.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                         help="incidents files written by extract or run (.geojson .json "
                              ".gpkg .parquet .csv)")
    command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="the merged incidents file; the format follows the ending")
    add_merge_options(command)


def add_evaluate_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``geoparse``, ``eval`` and ``eval-events``."""
    command = add_command(sub, common, "geoparse", "evaluate:geoparse",
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
    add_language(command, "Texts in other languages get no toponyms")

    command = add_command(sub, common, "eval", "evaluate:evaluate",
                          "score the geoparser on an annotated corpus (Acc@161 km, F1)")
    command.add_argument("corpus", type=Path, metavar="CORPUS.jsonl")
    command.add_argument("--gold-spans", action="store_true",
                         help="resolve the gold spans (resolution only)")
    command.add_argument("--split", choices=("all", "even", "odd"), default="all",
                         help="documents to score by position (tune on even, check on odd)")
    command.add_argument("--limit", type=positive, metavar="N", help="score the first N docs")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")
    add_focus(command)
    add_language(command, "Texts in other languages get no toponyms (their gold ones "
                          "count as missed): force the corpus's language where it has one")

    command = add_command(sub, common, "eval-events", "evaluate:evaluate_events_command",
                          "score event extraction on an annotated JSONL file")
    command.add_argument("path", type=Path, metavar="FILE.jsonl")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")


def add_gazetteer_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``gazetteer`` and its actions."""
    command = add_command(sub, common, "gazetteer", None, "build, inspect and extend places")
    actions = command.add_subparsers(title="actions", metavar="ACTION")
    build_action = add_command(actions, common, "build", "gazetteer:build_command",
                               "build the gazetteer now")
    build_action.add_argument("--force", action="store_true", help="rebuild even if current")
    add_command(actions, common, "info", "gazetteer:info", "where it is, sizes, sources")
    lookup = add_command(actions, common, "lookup", "gazetteer:lookup", "ranked candidates")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO 3166 code or country name")
    lookup.add_argument("--kind", help="city, airport, admin1, country, region, ...")
    lookup.add_argument("--limit", type=positive, default=5)
    add = add_command(actions, common, "add", "gazetteer:add_layer",
                      "import your own places: CSV, GeoJSON, GeoNames dump, OSM .pbf")
    add.add_argument("file", type=Path)
    add.add_argument("--name", help="layer name (default: the file name)")
    add.add_argument("--kind", help="kind for rows that give none (e.g. landmark)")


def add_bench_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``bench`` and its benchmarks."""
    command = add_command(sub, common, "bench", None,
                          "benchmarks (speed, accuracy, fuzzing); results go to a JSON file")
    kinds = command.add_subparsers(title="benchmarks", metavar="BENCH")
    for name, handler, text in (
        ("gazetteer", "bench:gazetteer", "build time, size, look-up p50/p99"),
        ("geoparse", "bench:geoparse",
         "docs/s and peak memory of the geoparser (2 processes)"),
        ("map", "bench_frames:draw_map", "write time, size, time to interactive of a big map"),
        ("batch", "bench_frames:batch", "docs/s for 1 and 2 workers and Dask, peak memory"),
        ("fuzz", "bench_frames:fuzz", "long property-based fuzzing run"),
        ("memory", "bench:memory", "peak memory for a huge JSONL and huge articles"),
        ("scaling", "bench_frames:scaling",
         "how parse, extraction and resolution time grow with the input"),
        ("merge", "bench_frames:merge",
         "time to group reports across articles, for N and 4N synthetic rows"),
    ):
        bench = add_command(kinds, common, name, handler, text)
        bench.add_argument("-o", "--output", type=Path, default=Path(f"bench-{name}.json"),
                           metavar="FILE", help="results file (default bench-NAME.json)")
        if name in ("geoparse", "batch"):
            bench.add_argument("--corpus", type=Path, default=default_corpus("lgl"),
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
        if name == "merge":
            bench.add_argument("--rows", type=positive, default=10_000, metavar="N")
        if name == "memory":
            bench.add_argument("--article-mb", type=float, default=50, metavar="MB",
                               help="largest article, in MB of text (millions of "
                                    "characters)")
            bench.add_argument("--jsonl-lines", type=int, default=1_000_000, metavar="N")


def default_corpus(name: str) -> Path:
    """The annotated corpus ``name`` in ``../shared/corpora``, beside the repository
    (geo/cli/commands.py → parents[2] is the repository, parents[3] the folder holding
    it)."""
    return Path(__file__).resolve().parents[3] / "shared" / "corpora" / f"{name}.jsonl"
