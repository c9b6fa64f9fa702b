"""``incidentmap merge``: incidents files from several runs → one file with one row per
event (the reports of one event grouped, :func:`geo.corroborate.merge_reports`)."""

from __future__ import annotations

import argparse
import logging

from geo import plural
from geo.cli.options import EXIT_OK
from geo.corroborate import merge_reports
from geo.frame import concat_incidents
from geo.write import check_output_path, read_incidents, write_incidents

logger = logging.getLogger("incidentmap")


def merge(args: argparse.Namespace) -> int:
    # Every check and every read before the output is touched: a bad input leaves an
    # earlier output as it was (and the write itself is atomic).
    check_output_path(args.output)
    frames = [read_incidents(path) for path in args.inputs]
    reports = concat_incidents(frames)
    merged = merge_reports(reports, radius_km=args.radius_km, window_days=args.window_days)
    write_incidents(merged, args.output)
    logger.info("grouped %d reports from %d files into %d incidents", len(reports),
                len(frames), len(merged))
    if not args.quiet:
        print(f"{plural(len(reports), 'report')} from {plural(len(frames), 'file')} → "
              f"{plural(len(merged), 'incident')} → {args.output}")
    return EXIT_OK
