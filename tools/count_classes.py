"""Where the count errors of annotated reports come from, by class, in aggregate:
``python -m tools.count_classes FILE ... [--by file] [--list]``.

Each report is run as ``eval-events`` runs it (:func:`tools.evidence_alignment.run_report`
keeps its final rows) and its gold events are paired with the rows that happened as the
evaluation pairs them (:func:`geo.evaluate.events.pair_events`). Every gold count and
every count of a paired row is then put in one class:

- ``ok``: the row has the gold figure;
- ``lost with the event``: the event is not found at its place, so neither is its count;
- ``missing, read in its evidence`` / ``missing, read elsewhere`` / ``missing, never read``:
  the row has no figure; the count finder (:func:`geo.events.counts.find_counts`) reads
  the gold figure in the event's quotes, elsewhere in the text, or nowhere;
- ``another event's figure``: the row's figure is another gold event's of the same role;
- ``summed`` / ``not summed``: the row's figure is the gold one plus / minus another
  figure the text or the gold tells (two counts added that should not be, or a part
  kept where the gold adds them up);
- ``wrong value``: any other figure;
- ``extra, another event's figure`` / ``extra``: the row has a figure the gold event
  has not.

``--list`` names each error with its report (dev files only: blind and held-out files are
scored in aggregate alone).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from geo.evaluate.events import OCCURRED, pair_events, same_place
from geo.events.clauses import sentence_spans, split_at_clock_times, split_clauses
from geo.events.counts import CountMention, find_counts
from geo.model import COUNT_FIELDS
from geo.pipeline import Parser
from tools.evidence_alignment import quote_spans, read_reports, run_report

CLASSES = ("ok", "lost with the event", "missing, read in its evidence",
           "missing, read elsewhere", "missing, never read", "another event's figure",
           "summed", "not summed", "wrong value", "extra, another event's figure", "extra")


def text_counts(text: str) -> list[CountMention]:
    """Every count the English finder reads in the text, clause by clause."""
    found: list[CountMention] = []
    for span in split_at_clock_times(text, sentence_spans(text)):
        for clause in split_clauses(text, span):
            found += find_counts(text, *clause, context=span[0])
    return found


def classify(gold: dict, others: Sequence[dict], field: str, got: int | None,
             text: str, counts: Sequence[CountMention]) -> str | None:
    """The class of one gold event's count ``field`` on its row (``got``); ``None``
    when neither has one."""
    want = gold.get(field)
    elsewhere = {o.get(field) for o in others} - {None, want}
    if want is None:
        if got is None:
            return None
        return "extra, another event's figure" if got in elsewhere else "extra"
    if got == want:
        return "ok"
    read = [c for c in counts if c.field == field and c.value == want]
    if got is None:
        quotes = quote_spans(text, gold.get("evidence") or [])
        if any(q[0] <= c.start < q[1] for c in read for q in quotes):
            return "missing, read in its evidence"
        return "missing, read elsewhere" if read else "missing, never read"
    if got in elsewhere:
        return "another event's figure"
    figures = {c.value for c in counts if c.field == field} | elsewhere
    if got - want in figures or _a_sum(got, [o.get(field) for o in others] + [want]):
        return "summed"
    if want - got in figures:
        return "not summed"
    return "wrong value"


def _a_sum(value: int, figures: list[int | None]) -> bool:
    known = [f for f in figures if f]
    return any(sum(group) == value for size in (2, 3) for group in combinations(known, size))


def report_classes(record: dict, parser: Parser) -> list[tuple[str, str]]:
    """``(class, field)`` of each count of one report's occurred gold events."""
    _, placed, _ = run_report(record, parser)
    rows = [i for i in placed if i.status == OCCURRED]
    gold = [g for g in record["events"] if g.get("status", OCCURRED) == OCCURRED]
    counts = text_counts(record["text"])
    out = []
    for event, row in pair_events(gold, rows):
        found = row is not None and same_place(event, row.location.place)
        others = [g for g in gold if g is not event]
        for field in COUNT_FIELDS:
            if not found:
                if event.get(field) is not None:
                    out.append(("lost with the event", field))
                continue
            kind = classify(event, others, field, getattr(row.counts, field),
                            record["text"], counts)
            if kind is not None:
                out.append((kind, field))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--by", choices=("file",), help="a table per file")
    parser.add_argument("--list", action="store_true", help="each error with its report")
    args = parser.parse_args(argv)
    if args.list and any("blind" in Path(f).name for f in args.files):
        raise SystemExit("blind files are scored in aggregate only")
    geo_parser = Parser()
    tables: dict[str, Counter] = {}
    for record in read_reports(args.files):
        table = tables.setdefault(record["file"] if args.by else "all", Counter())
        for kind, field in report_classes(record, geo_parser):
            table[kind] += 1
            table[f"  {kind}: {field}"] += 1
            if args.list and kind != "ok":
                print(f"{record['id']}\t{field}\t{kind}")
    for name, table in tables.items():
        gold = sum(n for k, n in table.items() if not k.startswith(" ")
                   and not k.startswith("extra"))
        print(f"{name}: {gold} gold counts, {table['ok']} right "
              f"({table['ok'] / max(gold, 1):.3f})")
        for kind in CLASSES:
            if table[kind]:
                print(f"  {kind:34} {table[kind]:4}")
                for key in sorted(k for k in table if k.startswith(f"  {kind}: ")):
                    print(f"    {key.split(': ')[1]:32} {table[key]:4}")


if __name__ == "__main__":
    main()
