"""Training rows for a learned choice of an event's date: the extractor's rows tied to
the gold events they tell, each with the dates its report offers it.

For each report of a dev file the pipeline runs as ``incidentmap eval-events`` runs it
(:func:`geo.events.detect.detect_events`, which hands back the drafts its rows are made
from: their triggers and clauses). A row is tied to a gold event when one of its evidence
sentences overlaps one of that event's evidence quotes (tests/data/README.md, "Evidence of
gold events") and its place is within 25 km of the event's; in a file whose gold events
carry no evidence, when it is the one gold event of its type at its place. The row's
**candidates** are the distinct days that the date expressions in reach of its trigger
resolve to, the story's narrative day and current day, the previous row's date (the rules'), the
publication day and the day before, each with language-neutral features
(:mod:`geo.events.date_features`), and its label: whether it is the gold date. The rules'
own date for the row is kept beside it for the baseline.

    python -m tools.date_candidates [--out /tmp/ldates/candidates.jsonl] [FILE ...]

prints the baseline (share of tied rows the rules date right, one day late, otherwise)
and how often the gold date is among the candidates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from gazetteer.geometry import haversine_km
from geo.evaluate.events import TOLERANCE_KM
from geo.events.date_features import Candidate, Narrative, row_candidates
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft, incidents_into
from geo.model import Document, language_code
from geo.pipeline import Parser
from tools.evidence_alignment import quote_spans

ROOT = Path(__file__).resolve().parents[1]
DEV_FILES = tuple(ROOT / "tests" / "data" / name for name in (
    "events_multi_dev.jsonl", "events_ru_dev.jsonl", "events_fr_dev.jsonl"))
DEFAULT_OUT = Path("/tmp/ldates/candidates.jsonl")
T = TypeVar("T")

Span = tuple[int, int]


@dataclass
class TiedRow:
    """A row of the extractor tied to a gold event, with its candidate days."""

    report: str
    language: str
    published: date | None
    gold: date
    rule: date | None
    candidates: list[Candidate] = field(default_factory=list)
    #: Where the row's trigger starts in the report's text.
    trigger: int = -1

    def as_json(self) -> dict:
        return {"report": self.report, "language": self.language,
                "published": _iso(self.published), "gold": self.gold.isoformat(),
                "rule": _iso(self.rule), "trigger": self.trigger,
                "candidates": [{"day": c.day.isoformat(), "label": c.label,
                                "features": c.features} for c in self.candidates]}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def tie_drafts_to_gold_by_evidence(text: str, drafts: Sequence[EventDraft],
                                   gold: Sequence[dict]) -> list[tuple[EventDraft, dict]]:
    """Each draft whose evidence overlaps a gold event's quotes at that event's place
    (within the evaluation's tolerance), with that event: of several, one of the
    draft's type, then the one whose first quote (the one telling it) it overlaps."""
    quotes = [quote_spans(text, g.get("evidence", ())) for g in gold]
    tied = []
    for draft in drafts:
        place = draft.location.place if draft.location is not None else None
        if place is None:
            continue
        best: tuple[tuple, dict] | None = None
        for event, spans in zip(gold, quotes, strict=True):
            if event.get("lat") is None or not event.get("date") or \
                    haversine_km(event["lat"], event["lon"], place.lat, place.lon) > TOLERANCE_KM:
                continue
            hits = [n for n, span in enumerate(spans)
                    if any(_overlap(span, ev) for ev in draft.evidence)]
            if not hits:
                continue
            key = (event["event_type"] == draft.event_type, hits[0] == 0, -len(hits))
            if best is None or key > best[0]:
                best = (key, event)
        if best is not None:
            tied.append((draft, best[1]))
    return tied


def tie_drafts_to_gold_by_place(drafts: Sequence[EventDraft], gold: Sequence[dict]
                                ) -> list[tuple[EventDraft, dict]]:
    """For reports whose gold events carry no evidence: each draft with the one gold
    event of its type at its place (within the evaluation's tolerance); a draft with
    none or several such events is left untied (never by its date, which is judged)."""
    tied = []
    for draft in drafts:
        place = draft.location.place if draft.location is not None else None
        if place is None:
            continue
        there = [g for g in gold if g.get("lat") is not None and g.get("date")
                 and g["event_type"] == draft.event_type
                 and haversine_km(g["lat"], g["lon"], place.lat, place.lon) <= TOLERANCE_KM]
        if len(there) == 1:
            tied.append((draft, there[0]))
    return tied


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]

def report_drafts(record: dict, parser, **options
                  ) -> tuple[date | None, str, list[EventDraft]]:
    """A report's publication day, its language and the rows its pipeline keeps (the
    trace's last stage), parsed as the evaluation parses: with its date and the file's
    language (detected else); ``options`` go to :func:`geo.events.detect.detect_events`."""
    text = record["text"]
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    parsed = parser(Document(text, published=published,
                             language=language_code(record.get("language") or "")))
    language = getattr(parsed.document, "language", "") or "en"
    drafts: list[EventDraft] = []
    detect_events(text, parsed.mentions, getattr(parsed, "sentences", None), published,
                  language=language, trace=incidents_into(drafts), **options)
    return published, language, drafts


def report_rows(record: dict, parser) -> list[TiedRow]:
    """The rows of one report tied to its gold events, in text order."""
    text = record["text"]
    # (the rules' days: the model reads the day the rules gave the row before)
    published, language, drafts = report_drafts(record, parser, learned_dates=False)
    drafts.sort(key=lambda d: d.trigger[0])
    gold = [g for g in record["events"] if g.get("status", "occurred") == "occurred"]
    pairs = tie_drafts_to_gold_by_evidence(text, drafts, gold) if any(
        g.get("evidence") for g in gold) else tie_drafts_to_gold_by_place(drafts, gold)
    tied = {id(d): g for d, g in pairs}
    story = Narrative.read(text, VOCABULARIES.get(language), published)
    rows, previous = [], None
    for draft in drafts:
        event = tied.get(id(draft))
        if event is not None:
            row = TiedRow(record["id"], language, published, date.fromisoformat(event["date"]),
                          draft.event_date,
                          row_candidates(story, draft.trigger[0], draft.clause, previous,
                                         draft.story_day),
                          draft.trigger[0])
            for candidate in row.candidates:
                candidate.label = candidate.day == row.gold
            rows.append(row)
        previous = draft.event_date or previous
    return rows


def rows_of_files(paths: Sequence[Path], rows_of: Callable[[dict, Parser], Iterable[T]]
                  ) -> Iterator[T]:
    """``rows_of`` each report of the JSONL files ``paths``, read with one parser."""
    parser = Parser()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield from rows_of(json.loads(line), parser)


def build(paths: Sequence[Path]) -> Iterator[TiedRow]:
    """The tied rows of every report of ``paths``."""
    return rows_of_files(paths, report_rows)


def outcome(chosen: date | None, gold: date) -> str:
    """``right``, ``late1`` (one day late) or ``other``."""
    if chosen == gold:
        return "right"
    if chosen is not None and (chosen - gold).days == 1:
        return "late1"
    return "other"


def baseline_table(rows: Iterable[dict]) -> dict[str, Counter]:
    """Per language (and ``all``): tied rows, the rules' outcomes, and how often the
    gold date is among the candidates."""
    table: dict[str, Counter] = {}
    for row in rows:
        gold = date.fromisoformat(row["gold"])
        rule = date.fromisoformat(row["rule"]) if row["rule"] else None
        for key in (row["language"], "all"):
            tally = table.setdefault(key, Counter())
            tally["rows"] += 1
            tally[outcome(rule, gold)] += 1
            tally["covered"] += any(c["label"] for c in row["candidates"])
    return table


def format_table(table: dict[str, Counter]) -> str:
    lines = ["| language | tied rows | rules right | late by 1 | other | gold among candidates |",
             "|---|---|---|---|---|---|"]
    for key in sorted(table, key=lambda k: (k == "all", k)):
        t = table[key]
        lines.append(f"| {key} | {t['rows']} | {t['right'] / t['rows']:.3f} | "
                     f"{t['late1'] / t['rows']:.3f} | {t['other'] / t['rows']:.3f} | "
                     f"{t['covered'] / t['rows']:.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("files", nargs="*", type=Path, default=list(DEV_FILES))
    args.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = args.parse_args(argv)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    rows = []
    with open(options.out, "w", encoding="utf-8") as out:
        for row in build(options.files):
            rows.append(row.as_json())
            out.write(json.dumps(rows[-1], ensure_ascii=False) + "\n")
    sys.stdout.write(format_table(baseline_table(rows)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
