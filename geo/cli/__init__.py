"""The ``incidentmap`` command: the composition root of gazetteer → geo → maps.

Every subcommand parses its flags, turns them into arguments and calls the library; only
this package reads flags and the environment, and nothing imports it. This module runs
the command (logging, errors, exit codes). ``commands`` defines every subcommand and its
flags (the flags several share are in ``options``); the work of each group lives in its
own module — ``articles`` (run, extract, map), ``merge``, ``evaluate`` (geoparse, eval,
eval-events), ``gazetteer`` and ``bench`` — loaded only when one of its commands runs
(:func:`handler`).
Only ``articles`` and ``bench`` import ``maps``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import warnings
from collections.abc import Callable, Sequence

from gazetteer import IncidentMapError
from geo import installed_version
from geo.cli import commands
from geo.cli.options import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR

__all__ = ["EXIT_OK", "EXIT_USAGE", "EXIT_USER_ERROR", "build_parser", "main"]

logger = logging.getLogger("incidentmap")


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
        return handler(args.handler)(args) or EXIT_OK
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
    # In this order in the help.
    for add_group in (commands.add_articles_commands, commands.add_evaluate_commands,
                      commands.add_gazetteer_commands, commands.add_bench_commands):
        add_group(sub, common)
    return parser


def _verbosity_flags(default: bool | str) -> argparse.ArgumentParser:
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument("-v", "--verbose", action="store_true", default=default,
                       help="log details, and show tracebacks on errors")
    flags.add_argument("-q", "--quiet", action="store_true", default=default,
                       help="print only errors; no progress bars")
    return flags


def _configure_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    logging.basicConfig(level=level, format="incidentmap: %(levelname)s: %(message)s")
    if not verbose:
        # Dask sets its loggers to INFO when imported; only -v shows that chatter.
        for handler in logging.getLogger().handlers:
            handler.addFilter(_quiet_dask)
    if quiet:
        warnings.simplefilter("ignore")
    # The first run builds the gazetteer for a minute: say so, and that it is once.
    logging.getLogger("gazetteer.build").setLevel(
        logging.INFO if not (quiet or verbose) else logging.NOTSET)


def _quiet_dask(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or not record.name.startswith("distributed")


def handler(name: str) -> Callable[[argparse.Namespace], int]:
    """The function a command names as ``"module:function"`` (see :mod:`geo.cli.commands`).

    The one place the CLI loads modules on use: a command imports only the libraries it
    needs (``geoparse`` never loads the map libraries), and ``--help`` none of them.
    """
    module, function = name.split(":")
    return getattr(importlib.import_module(f"geo.cli.{module}"), function)
