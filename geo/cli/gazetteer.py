"""``incidentmap gazetteer build|info|lookup|add``: build, inspect and extend the offline
database of places."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gazetteer import Gazetteer, build
from geo import plural
from geo.cli.options import EXIT_OK, EXIT_USER_ERROR, Subcommands, add_command, positive


def add_commands(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """Register ``gazetteer`` and its actions."""
    command = add_command(sub, common, "gazetteer", None, "build, inspect and extend places")
    actions = command.add_subparsers(title="actions", metavar="ACTION")
    build_action = add_command(actions, common, "build", _gazetteer_build,
                               "build the gazetteer now")
    build_action.add_argument("--force", action="store_true", help="rebuild even if current")
    add_command(actions, common, "info", _gazetteer_info, "where it is, sizes, sources")
    lookup = add_command(actions, common, "lookup", _gazetteer_lookup, "ranked candidates")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO 3166 code or country name")
    lookup.add_argument("--kind", help="city, airport, admin1, country, region, ...")
    lookup.add_argument("--limit", type=positive, default=5)
    add = add_command(actions, common, "add", _gazetteer_add,
                      "import your own places: CSV, GeoJSON, GeoNames dump, OSM .pbf")
    add.add_argument("file", type=Path)
    add.add_argument("--name", help="layer name (default: the file name)")
    add.add_argument("--kind", help="kind for rows that give none (e.g. landmark)")


def _gazetteer_build(args: argparse.Namespace) -> int:
    path = build(force=args.force, progress=args.progress)
    print(f"gazetteer ready: {path}")
    return EXIT_OK


def _gazetteer_info(args: argparse.Namespace) -> int:
    print(json.dumps(Gazetteer.open(progress=args.progress).info(), indent=2, default=str))
    return EXIT_OK


def _gazetteer_lookup(args: argparse.Namespace) -> int:
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
    count = Gazetteer.open(progress=args.progress).add_layer(args.file, name=args.name,
                                                             kind=args.kind)
    if not args.quiet:
        print(f"imported {plural(count, 'place')} from {args.file}")
    return EXIT_OK
