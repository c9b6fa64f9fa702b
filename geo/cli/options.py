"""What the command groups share: exit codes, the sub-command helper, the flags several
commands take (inputs, reading options, ``--focus``, ``--lang``, ``--keep-all``, the merge
options),
the argument types (``positive``, ``non_negative``, ``non_negative_float``), and the
turning of those flags into the library's arguments."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import date
from typing import TypeAlias

from gazetteer import Gazetteer, build
from geo.model import DEFAULT_RADIUS_KM, DEFAULT_WINDOW_DAYS, parse_published
from geo.read.language import LANGUAGE_CHOICES, SUPPORTED_LANGUAGES

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

# What ``add_subparsers()`` returns; argparse gives its type no public name.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_command(sub: Subcommands, common: argparse.ArgumentParser, name: str,
                handler: Callable[[argparse.Namespace], int] | None, help_text: str,
                description: str | None = None) -> argparse.ArgumentParser:
    """Add the sub-command ``name`` that runs ``handler``; with no handler it is a group
    (``gazetteer``, ``bench``) that shows its own help when named without an action."""
    command = sub.add_parser(name, parents=[common], help=help_text,
                             description=description or help_text)
    command.set_defaults(handler=handler)
    if handler is None:
        command.set_defaults(print_group_help=command.print_help)
    return command


def add_inputs(command: argparse.ArgumentParser) -> None:
    """Add the article inputs and the options for reading them."""
    command.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="article files (.txt .md .html), JSONL or CSV collections, "
                              "any of them gzipped or in a .zip, folders, globs, or - for "
                              "standard input")
    add_reading_options(command)


def _whole_number_at_least(minimum: int, text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {number}")
    return number


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    return _whole_number_at_least(1, text)


def add_focus(command: argparse.ArgumentParser) -> None:
    """Add ``--focus COUNTRY``."""
    command.add_argument("--focus", metavar="COUNTRY",
                         help="the publication's country (code or name, e.g. US), read as "
                              "if each article named it: favours its places where a name "
                              "is ambiguous (a JSONL record's own 'focus' field wins; "
                              "default: none)")


def add_language(command: argparse.ArgumentParser,
                 others: str = "Articles in other languages give no incidents and are "
                               "counted at the end") -> None:
    """Add ``--lang auto|en|fr|ru``; ``others`` says what becomes of articles in a language
    the parser does not read."""
    command.add_argument("--lang", type=str.lower, choices=LANGUAGE_CHOICES, default="auto",
                         help="the articles' language: auto (the default) takes each "
                              "article's own 'language' field, else detects it; "
                              f"{', '.join(SUPPORTED_LANGUAGES)} reads every article in that "
                              f"one. {others}")


def add_reading_options(command: argparse.ArgumentParser) -> None:
    """Add ``--published``, ``--focus``, ``--lang``, ``--text-column`` and ``--on-error``."""
    command.add_argument("--published", metavar="DATE",
                         help="publication date (YYYY-MM-DD) for articles without one "
                              "(a sidecar .json or a 'published' field wins)")
    add_focus(command)
    add_language(command)
    command.add_argument("--text-column", default="text", metavar="NAME",
                         help="the CSV column holding the article text (default: text)")
    command.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                         help="on a bad input line: stop (default) or report and skip it")


def add_keep_all(command: argparse.ArgumentParser) -> None:
    """Add ``--keep-all``."""
    command.add_argument("--keep-all", action="store_true",
                         help="also keep events the text says did not happen (column "
                              "status: negated, planned, threatened, reported-denied) "
                              "and those a learned model doubts (doubtful); "
                              "maps never draw them")


def add_merge_options(command: argparse.ArgumentParser) -> None:
    """Add ``--radius-km`` and ``--window-days``: how near two reports of one event are."""
    command.add_argument("--radius-km", type=non_negative_float, default=DEFAULT_RADIUS_KM,
                         metavar="KM",
                         help="reports of one event: places at most KM apart (default "
                              f"{DEFAULT_RADIUS_KM:g}; "
                              "rows placed at a country or region: the same one)")
    command.add_argument("--window-days", type=non_negative, default=DEFAULT_WINDOW_DAYS,
                         metavar="DAYS",
                         help="reports of one event: dates at most DAYS apart, beyond "
                              f"their time precision (default {DEFAULT_WINDOW_DAYS})")


def non_negative(text: str) -> int:
    """An argparse type: a whole number of at least 0."""
    return _whole_number_at_least(0, text)


def non_negative_float(text: str) -> float:
    """An argparse type: a number of at least 0."""
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= number < math.inf:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be a number of at least 0, not {text}")
    return number


def published(args: argparse.Namespace) -> date | None:
    """The date given by --published (None without it); a malformed date is an error."""
    return parse_published(args.published)


def focus(args: argparse.Namespace) -> str:
    """The ISO alpha-2 code for --focus ("" without it); an unknown country is an error."""
    if not args.focus:
        return ""
    return Gazetteer.open(progress=_progress(args)).country(args.focus).country


def ready_gazetteer(args: argparse.Namespace) -> None:
    """Build the gazetteer now if it is missing or stale, with its own progress bar, so
    that its one-time build is not hidden inside the first article's parse."""
    build(progress=_progress(args))


def _progress(args: argparse.Namespace) -> bool:
    return getattr(args, "progress", False)
