"""``incidentmap gazetteer build|info|lookup|add``: build, inspect and extend the offline
database of places."""

from __future__ import annotations

import argparse
import json
import sys

from gazetteer import Gazetteer, build
from geo import plural
from geo.cli.options import EXIT_OK, EXIT_USER_ERROR


def build_command(args: argparse.Namespace) -> int:
    path = build(force=args.force, progress=args.progress)
    print(f"gazetteer ready: {path}")
    return EXIT_OK


def info(args: argparse.Namespace) -> int:
    print(json.dumps(Gazetteer.open(progress=args.progress).info(), indent=2, default=str))
    return EXIT_OK


def lookup(args: argparse.Namespace) -> int:
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


def add_layer(args: argparse.Namespace) -> int:
    count = Gazetteer.open(progress=args.progress).add_layer(args.file, name=args.name,
                                                             kind=args.kind)
    if not args.quiet:
        print(f"imported {plural(count, 'place')} from {args.file}")
    return EXIT_OK
