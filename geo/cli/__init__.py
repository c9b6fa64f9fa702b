"""The ``incidentmap`` command: the composition root of gazetteer → geo → maps.

Every subcommand parses its flags, turns them into arguments and calls the library; only
this module reads flags and the environment. ``maps`` is imported lazily inside the
commands that draw, so the data flow text → geo → maps stays one-way.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from gazetteer.errors import IncidentMapError
from geo import installed_version, plural
from geo.errors import ExportError, InputError

logger = logging.getLogger("incidentmap")

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code (0 ok, 1 user error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    args.progress = not args.quiet and sys.stderr.isatty()
    if not getattr(args, "handler", None):
        # A command group named without its action (`incidentmap bench`) shows its own help.
        getattr(args, "print_group_help", parser.print_help)(sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args) or EXIT_OK
    except IncidentMapError as err:
        if args.verbose:
            logger.exception("failed")
        print(f"incidentmap: error: {err}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("incidentmap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not our failure.
        sys.stderr.close()
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="incidentmap", parents=[_verbosity_flags(False)],
        description="Turn news reports of unrest into incidents, maps and GIS files.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {installed_version()}")
    # Subcommands repeat the flags with suppressed defaults, so `incidentmap -q run` and
    # `incidentmap run -q` both work and neither resets the other.
    common = _verbosity_flags(argparse.SUPPRESS)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for register in (_add_run, _add_extract, _add_map, _add_geoparse, _add_eval,
                     _add_eval_events, _add_gazetteer, _add_bench):
        register(sub, common)
    return parser


def _verbosity_flags(default) -> argparse.ArgumentParser:
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument("-v", "--verbose", action="store_true", default=default,
                       help="log details, and show tracebacks on errors")
    flags.add_argument("-q", "--quiet", action="store_true", default=default,
                       help="print only errors; no progress bars")
    return flags


# --- subcommand definitions -------------------------------------------------------


def _command(sub, common, name: str, handler: Callable, help_text: str,
             description: str | None = None) -> argparse.ArgumentParser:
    command = sub.add_parser(name, parents=[common], help=help_text,
                             description=description or help_text)
    command.set_defaults(handler=handler)
    if handler is None:
        command.set_defaults(print_group_help=command.print_help)
    return command


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="article files (.txt .md .html), JSONL or CSV collections, "
                              "any of them gzipped or in a .zip, folders, globs, or - for "
                              "standard input")
    _add_reading_options(command)


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _add_focus(command: argparse.ArgumentParser) -> None:
    command.add_argument("--focus", metavar="COUNTRY",
                         help="the publication's country (code or name, e.g. US), read as "
                              "if each article named it: favours its places where a name "
                              "is ambiguous (a JSONL record's own 'focus' field wins; "
                              "default: none)")


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--published", metavar="DATE",
                         help="publication date (YYYY-MM-DD) for articles without one "
                              "(a sidecar .json or a 'published' field wins)")
    _add_focus(command)
    command.add_argument("--text-column", default="text", metavar="NAME",
                         help="the CSV column holding the article text (default: text)")
    command.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                         help="on a bad input line: stop (default) or report and skip it")


def _add_run(sub, common) -> None:
    command = _command(sub, common, "run", _run,
                       "articles → incidents.geojson, incidents.gpkg, map.html, summary.txt",
                       "The main job: read articles, extract incidents, write them as "
                       "GeoJSON and GeoPackage, draw an offline HTML map and a summary.")
    _add_inputs(command)
    command.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR",
                         help="output folder (created if missing)")
    command.add_argument("--workers", type=_positive, default=1, metavar="N",
                         help="worker processes (default 1)")
    command.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="run in local processes (default) or on a Dask cluster")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: an existing scheduler's address "
                              "(default: a LocalCluster of --workers workers)")
    command.add_argument("--chunk-size", type=_positive, default=100, metavar="N",
                         help="documents per checkpointed chunk (default 100)")
    command.add_argument("--no-resume", action="store_true",
                         help="start afresh even if OUTDIR holds a checkpoint")
    command.add_argument("--online", action="store_true",
                         help="map tiles from OpenStreetMap when opened online (the map "
                              "is offline-capable by default)")


def _add_extract(sub, common) -> None:
    command = _command(sub, common, "extract", _extract,
                       "articles → an incidents file (.geojson .gpkg .parquet .csv)")
    _add_inputs(command)
    command.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                         help="incidents file; the format follows the ending")


def _add_map(sub, common) -> None:
    command = _command(sub, common, "map", _map,
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
    _add_reading_options(command)


def _add_geoparse(sub, common) -> None:
    command = _command(sub, common, "geoparse", _geoparse,
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
    _add_focus(command)


def _add_eval(sub, common) -> None:
    command = _command(sub, common, "eval", _eval,
                       "score the geoparser on an annotated corpus (Acc@161 km, F1)")
    command.add_argument("corpus", type=Path, metavar="CORPUS.jsonl")
    command.add_argument("--gold-spans", action="store_true",
                         help="resolve the gold spans (resolution only)")
    command.add_argument("--split", choices=("all", "even", "odd"), default="all",
                         help="documents to score by position (tune on even, check on odd)")
    command.add_argument("--limit", type=_positive, metavar="N", help="score the first N docs")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")
    _add_focus(command)


def _add_eval_events(sub, common) -> None:
    command = _command(sub, common, "eval-events", _eval_events,
                       "score event extraction on an annotated JSONL file")
    command.add_argument("path", type=Path, metavar="FILE.jsonl")
    command.add_argument("--json", type=Path, metavar="FILE", help="also write JSON")


def _add_gazetteer(sub, common) -> None:
    command = _command(sub, common, "gazetteer", None, "build, inspect and extend places")
    actions = command.add_subparsers(title="actions", metavar="ACTION")
    build = _command(actions, common, "build", _gazetteer_build, "build the gazetteer now")
    build.add_argument("--force", action="store_true", help="rebuild even if current")
    _command(actions, common, "info", _gazetteer_info, "where it is, sizes, sources")
    lookup = _command(actions, common, "lookup", _gazetteer_lookup, "ranked candidates")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO 3166 code or country name")
    lookup.add_argument("--kind", help="city, airport, admin1, country, region, ...")
    lookup.add_argument("--limit", type=_positive, default=5)
    add = _command(actions, common, "add", _gazetteer_add,
                   "import your own places: CSV, GeoJSON, GeoNames dump, OSM .pbf")
    add.add_argument("file", type=Path)
    add.add_argument("--name", help="layer name (default: the file name)")
    add.add_argument("--kind", help="kind for rows that give none (e.g. landmark)")


def _add_bench(sub, common) -> None:
    command = _command(sub, common, "bench", None,
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
        bench = _command(kinds, common, name, handler, text)
        bench.add_argument("-o", "--output", type=Path, default=Path(f"bench-{name}.json"),
                           metavar="FILE", help="results file (default bench-NAME.json)")
        if name in ("geoparse", "batch"):
            bench.add_argument("--corpus", type=Path, default=_default_corpus("lgl"),
                               help="JSONL corpus whose texts are used")
            bench.add_argument("--docs", type=_positive, default=None, metavar="N",
                               help="how many of the corpus's documents to use")
        if name == "geoparse":
            bench.add_argument("--processes", type=_positive, default=2, metavar="N",
                               help="worker processes (default 2: the target's two cores; "
                                    "1 parses in this process)")
        if name == "map":
            bench.add_argument("--incidents", type=_positive, default=100_000, metavar="N")
        if name == "fuzz":
            bench.add_argument("--examples", type=int, default=10_000, metavar="N")
        if name == "memory":
            bench.add_argument("--article-mb", type=float, default=50, metavar="MB",
                               help="largest article, in MB of text (millions of "
                                    "characters)")
            bench.add_argument("--jsonl-lines", type=int, default=1_000_000, metavar="N")


# --- handlers ---------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    import maps
    from geo.batch import run_job

    def draw(frame, path: Path) -> None:
        maps.save(frame, path, offline=not args.online)

    summary = run_job(
        args.inputs, args.output, published=_published(args), focus=_focus(args),
        text_column=args.text_column,
        on_error=args.on_error, workers=args.workers, engine=args.engine,
        scheduler=args.scheduler, chunk_size=args.chunk_size, resume=not args.no_resume,
        draw=draw, progress=args.progress)
    if not args.quiet:
        print(summary)
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from geo.write.incidents import check_output_path, write_incidents

    check_output_path(args.output)
    frame = _incidents_from_inputs(args)
    write_incidents(frame, args.output)
    logger.info("wrote %d incidents to %s", len(frame), args.output)
    if not args.quiet:
        print(f"{plural(len(frame), 'incident')} → {args.output}")
    return EXIT_OK


def _map(args: argparse.Namespace) -> int:
    import maps
    from geo.write.incidents import FORMATS, check_writable_file, read_incidents

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


def _geoparse(args: argparse.Namespace) -> int:
    from geo.evaluate.geoparse import geoparse_jsonl

    if "-" not in (args.input, args.output) and _same_file(args.input, args.output):
        raise InputError("the output would overwrite the input; write it elsewhere",
                         path=args.output)
    with _open_in(args.input) as source, _open_out(args.output) as sink:
        geoparse_jsonl(source, sink, gold_spans=args.gold_spans, on_error=args.on_error,
                       progress=args.progress, focus=_focus(args))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from geo.evaluate.geoparse import evaluate_corpus

    split = None if args.split == "all" else args.split
    report = evaluate_corpus(args.corpus, gold_spans=args.gold_spans, limit=args.limit,
                             split=split, progress=args.progress, focus=_focus(args))
    print(json.dumps(report, indent=2, default=str))
    _write_json(args.json, report)
    return EXIT_OK


def _eval_events(args: argparse.Namespace) -> int:
    from geo.evaluate.events import evaluate_events

    report = evaluate_events(args.path, progress=args.progress)
    print(json.dumps(report, indent=2, default=str))
    _write_json(args.json, report)
    return EXIT_OK


def _gazetteer_build(args: argparse.Namespace) -> int:
    from gazetteer import build

    path = build(force=args.force, progress=args.progress)
    print(f"gazetteer ready: {path}")
    return EXIT_OK


def _gazetteer_info(args: argparse.Namespace) -> int:
    from gazetteer import Gazetteer

    print(json.dumps(Gazetteer.open(progress=args.progress).info(), indent=2, default=str))
    return EXIT_OK


def _gazetteer_lookup(args: argparse.Namespace) -> int:
    from gazetteer import Gazetteer

    gazetteer = Gazetteer.open(progress=args.progress)
    found = gazetteer.candidates(args.name, country=args.country, kind=args.kind,
                                 limit=args.limit)
    if not found:
        print(f"no place called {args.name!r}", file=sys.stderr)
        return EXIT_USER_ERROR
    for rank, place in enumerate(found, start=1):
        where = ", ".join(part for part in (place.admin1, place.country) if part)
        print(f"{rank}. {place.name}{f' ({where})' if where else ''} {place.kind} "
              f"{place.lat:.4f}, {place.lon:.4f} pop {place.population:,} [{place.id}]")
    return EXIT_OK


def _gazetteer_add(args: argparse.Namespace) -> int:
    from gazetteer import Gazetteer

    count = Gazetteer.open(progress=args.progress).add_layer(args.file, name=args.name,
                                                             kind=args.kind)
    if not args.quiet:
        print(f"imported {plural(count, 'place')} from {args.file}")
    return EXIT_OK




def _bench_gazetteer(args: argparse.Namespace) -> int:
    from gazetteer.benchmark import bench_gazetteer

    return _report(bench_gazetteer(args.output, progress=args.progress), args.output)


def _bench_geoparse(args: argparse.Namespace) -> int:
    from geo.bench.geoparse import bench_geoparse

    options = {"n_docs": args.docs} if args.docs else {}
    return _report(bench_geoparse(args.output, corpus_path=_corpus(args),
                                  n_process=max(1, args.processes), **options), args.output)


def _bench_map(args: argparse.Namespace) -> int:
    from maps.benchmark import bench_map

    # The measured map itself is kept beside the results, for a look.
    html = args.output.with_suffix(".html")
    return _report(bench_map(html, n=args.incidents, results_path=args.output), args.output)


def _bench_batch(args: argparse.Namespace) -> int:
    from geo.bench.batch import bench_batch

    return _report(bench_batch(args.output, corpus_path=_corpus(args),
                               n_docs=args.docs or 10_000, progress=args.progress),
                   args.output)


def _bench_fuzz(args: argparse.Namespace) -> int:
    from geo.bench.fuzz import run_fuzz

    return _report(run_fuzz(args.output, examples=args.examples), args.output)


def _bench_memory(args: argparse.Namespace) -> int:
    from geo.bench.memory import bench_memory

    return _report(bench_memory(args.output, article_mb=args.article_mb,
                                jsonl_lines=args.jsonl_lines), args.output)


# --- helpers ----------------------------------------------------------------------


def _incidents_from_inputs(args: argparse.Namespace):
    from geo.extract import incidents_from_documents
    from geo.read.documents import read_documents, with_focus

    documents = read_documents(args.inputs, published=_published(args),
                               text_column=args.text_column, on_error=args.on_error)
    return incidents_from_documents(with_focus(documents, _focus(args)),
                                    progress=args.progress)


def _published(args: argparse.Namespace):
    from geo.model import parse_published

    return parse_published(args.published)


def _focus(args: argparse.Namespace) -> str:
    """The ISO alpha-2 code for --focus ("" without it); an unknown country is an error."""
    if not args.focus:
        return ""
    from gazetteer import Gazetteer

    return Gazetteer.open().country(args.focus).country


def _default_corpus(name: str) -> Path:
    return Path(__file__).resolve().parents[3] / "shared" / "corpora" / f"{name}.jsonl"


def _corpus(args: argparse.Namespace) -> Path:
    if not args.corpus.is_file():
        raise InputError("corpus not found; pass --corpus FILE.jsonl", path=args.corpus)
    return args.corpus


def _open_in(name: str):
    from contextlib import nullcontext

    if name == "-":
        return nullcontext(sys.stdin.buffer)
    try:
        return open(name, "rb")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", path=name) from err


def _open_out(name: str):
    from contextlib import nullcontext

    from geo.write.incidents import check_writable_file

    if name == "-":
        return nullcontext(sys.stdout)
    check_writable_file(name)
    if Path(name).exists() and not os.access(name, os.W_OK):
        raise ExportError(f"{name}: the file is read-only; write elsewhere or change "
                          "its permissions")
    return _LazyFile(name)


class _LazyFile:
    """A text file opened for writing at its first write, not before: a run that fails
    on its first input line leaves an earlier output untouched. Written in place, line
    by line, after that: a run stopped by a later bad line keeps what it wrote."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._handle: IO[str] | None = None

    def write(self, text: str) -> int:
        if self._handle is None:
            try:
                self._handle = open(self._name, "w", encoding="utf-8")  # noqa: SIM115 (closed in __exit__)
            except OSError as err:
                raise ExportError(f"{self._name}: cannot write: {err.strerror or err}"
                                  ) from err
        return self._handle.write(text)

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.flush()

    def __enter__(self) -> _LazyFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._handle is None and exc_type is None:
            self.write("")  # a run with nothing to write still leaves its (empty) file
        if self._handle is not None:
            self._handle.close()


def _same_file(first: str, second: str) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve() or (
            Path(second).exists() and os.path.samefile(first, second))
    except OSError:
        return False


def _write_json(path: Path | None, data: dict) -> None:
    if path is None:
        return
    from gazetteer.files import atomic_write

    with atomic_write(path) as handle:
        json.dump(data, handle, indent=2, default=str)


def _report(result: dict, path: Path) -> int:
    print(json.dumps(result, indent=2, default=str))
    print(f"results written to {path}", file=sys.stderr)
    return EXIT_OK


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="incidentmap: %(levelname)s: %(message)s")
    if not verbose:
        # Dask sets its loggers to INFO when imported; only -v shows that chatter.
        for handler in logging.getLogger().handlers:
            handler.addFilter(_quiet_dask)
    if quiet:
        import warnings

        warnings.simplefilter("ignore")


def _quiet_dask(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or not record.name.startswith("distributed")

