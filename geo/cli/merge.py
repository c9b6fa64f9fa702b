"""``incidentmap merge``: incidents files from several runs → one file with one row per
event (the reports of one event grouped, :func:`geo.corroborate.merge_reports`)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import geopandas as gpd

from geo import plural
from geo.cli.options import EXIT_OK
from geo.corroborate import merge_reports
from geo.errors import InputError
from geo.frame import concat_incidents
from geo.write import check_output_path, read_incidents, write_incidents

logger = logging.getLogger("incidentmap")

# Without these a row says nothing of which event it reports: a file that lacks them is
# no incidents file (grouping it would only add empty report columns).
_EVENT_COLUMNS = ("source", "event_type", "event_date")


def merge(args: argparse.Namespace) -> int:
    # Every check and every read before the output is touched: a bad input leaves an
    # earlier output as it was (and the write itself is atomic).
    check_output_path(args.output)
    frames = [_incidents_file(path) for path in args.inputs]
    reports = concat_incidents(frames)
    merged = merge_reports(reports, radius_km=args.radius_km, window_days=args.window_days)
    write_incidents(merged, args.output)
    logger.info("grouped %d reports from %d files into %d incidents", len(reports),
                len(frames), len(merged))
    if not args.quiet:
        print(f"{plural(len(reports), 'report')} from {plural(len(frames), 'file')} → "
              f"{plural(len(merged), 'incident')} → {args.output}")
    return EXIT_OK


def _incidents_file(path: Path) -> gpd.GeoDataFrame:
    frame = read_incidents(path)
    missing = [name for name in _EVENT_COLUMNS if name not in frame.columns]
    if missing:
        raise InputError(f"not an incidents file (no {', '.join(map(repr, missing))} "
                         "column; incidentmap extract or run writes one)", path=path)
    return frame
