"""Where each gold event of the dev reports is lost, read from its evidence: ``python -m
tools.evidence_alignment [FILE ...] [--side SIDE ...] [--verbose] [--json OUT]``.

Gold events may carry ``evidence``: verbatim quotes of the sentences that tell them,
inline (``"evidence": [...]`` on each gold event) or in side files (one line per report,
``{"id", "events": [{"index", "event_type", "location", "evidence"}]}``, ``index`` the
gold event's position in its report). Each report with evidence is run through the
pipeline with a trace (:data:`geo.events.draft.Trace`) that keeps the rows at every
stage: English "triggered" (before the rows are folded, placed and dated), "drafted"
(every row read, one per place), "detected" (left for the merge), "merge",
"merge_told_apart", "summaries"; Russian and French "drafted", "detected", "merge".
Every drafted row gets a span of its own past the end of the text, which no rule reads
(evidence is only ever overlapped and gathered), so a later row's spans say which
drafted rows it holds.

A row is *tied* to a gold event when its evidence overlaps one of the event's quotes;
it is *right* for it when tied, of its kind, at its place (as ``eval-events`` matches:
:func:`geo.evaluate.events.same_kind`, :func:`~geo.evaluate.events.same_place`) and
of its status. An occurred gold event the evaluator does not find is lost at the first
stage where it has no right row of its own (:data:`REASONS`). Held-out files are refused.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.evaluate.events import pair_events, read_records, same_kind, same_place, where_lost
from geo.events.detect import detect_events
from geo.events.draft import EventDraft
from geo.model import Document, Incident
from geo.pipeline import Parser
from tools.type_features import row_kind

Span = tuple[int, int]

#: English, Russian and French dev reports, and the side files that give their evidence.
DEV = ("tests/data/events_multi_dev.jsonl", "tests/data/events_ru_dev.jsonl",
       "tests/data/events_fr_dev.jsonl")
SIDE = ("/work/evidence/en1.jsonl", "/work/evidence/en2.jsonl", "/work/evidence/ru.jsonl",
        "/work/evidence/fr.jsonl")
#: Files of whole dev reports with evidence inline (read when they exist).
BLIND = ("/work/evidence/blind_en.jsonl", "/work/evidence/blind_ru.jsonl",
         "/work/evidence/blind_fr.jsonl")

#: Where an occurred gold event is lost, in pipeline order.
REASONS = (
    "found",
    "trigger read, folded away before placing",
    "no draft on its evidence",
    "draft of another type, right for another gold event",
    "draft of another type, right for none",
    "draft at another place (place never resolved)",
    "draft at another place, right for another gold event",
    "draft at another place, right for none",
    "told unreal",
    "dropped before merge (background, folded by place)",
    "folded by merge into another gold event's row",
    "changed by merge (type, place or status)",
    "folded by merge_told_apart into another gold event's row",
    "changed by merge_told_apart",
    "dropped by summaries",
    "one row for two gold events from the start",
    "right row kept, paired with another gold event",
)


@dataclass(frozen=True)
class Row:
    """A row of one stage, as the trace saw it (drafts change later; this does not)."""

    event_type: str
    sub_event_type: str
    subtype: str
    status: str
    place: Any
    date: str | None
    evidence: tuple[Span, ...]
    #: The drafted rows it holds (their positions in the "drafted" stage).
    holds: frozenset[int]
    sentence: int


def quote_spans(text: str, quotes: Iterable[str]) -> list[Span]:
    """Each quote's span in the text (its first occurrence); quotes not found are left out."""
    spans = []
    for quote in quotes:
        start = text.find(quote)
        if start >= 0:
            spans.append((start, start + len(quote)))
    return spans


def overlaps(spans: Iterable[Span], others: Sequence[Span]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def read_reports(paths: Sequence[str | Path], side: Sequence[str | Path] = (),
                 stale: list[str] | None = None) -> list[dict]:
    """The annotated reports of ``paths`` that have evidence, inline or from ``side``
    files; each gold event gets ``evidence`` (a list, maybe empty). A side line whose
    type or place differs from its gold event's is left out (the annotation is stale),
    and named in ``stale`` when given."""
    quotes: dict[str, dict[int, dict]] = {}
    for path in side:
        if Path(path).exists():
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    entry = json.loads(line)
                    quotes.setdefault(entry["id"], {}).update(
                        {e["index"]: e for e in entry.get("events", [])})
    reports = []
    for path in paths:
        if "heldout" in Path(path).name:
            raise SystemExit(f"{path}: held-out files are never read here")
        if not Path(path).exists():
            continue
        for record in read_records(Path(path)):
            given = quotes.get(record.get("id"), {})
            for index, gold in enumerate(record["events"]):
                entry = given.get(index)
                if entry is None:
                    pass
                elif (entry.get("event_type"), entry.get("location")) == (
                        gold["event_type"], gold.get("location")):
                    gold["evidence"] = list(entry.get("evidence") or [])
                elif stale is not None:
                    stale.append(f"{record.get('id')} #{index}")
                gold.setdefault("evidence", [])
            if any(g["evidence"] for g in record["events"]):
                record["file"] = Path(path).name
                reports.append(record)
    return reports


def _snapshot(rows: list[EventDraft], length: int) -> list[Row]:
    out = []
    for row in rows:
        # (a row not yet placed has no evidence: its clause is where it was read)
        real = tuple(s for s in row.evidence if s[1] <= length) or (row.clause,)
        holds = frozenset(s[0] - length - 1 for s in row.evidence if s[0] > length)
        place = row.location.place if row.location is not None else None
        out.append(Row(row.event_type, row.sub_event_type, row.rule.subtype, row.status,
                       place, row.event_date.isoformat() if row.event_date else None,
                       real, holds, row.sentence))
    return out


class Tracer:
    """The trace of one report: marks each drafted row with a span past the text's end
    and keeps every stage's rows (:class:`Row`). ``at_detected``, when given, is called
    with the rows left for the merge before the merge changes them."""

    def __init__(self, text: str, at_detected: Any = None) -> None:
        self.length = len(text)
        self.stages: dict[str, list[Row]] = {}
        self.at_detected = at_detected

    def __call__(self, stage: str, rows: list[EventDraft]) -> None:
        if stage == "drafted":
            for n, row in enumerate(rows):
                # (a one-character span past the text, its own: overlaps nothing)
                row.evidence = [*row.evidence, (self.length + 1 + n, self.length + 2 + n)]
        self.stages[stage] = _snapshot(rows, self.length)
        if stage == "detected" and self.at_detected is not None:
            self.at_detected(rows, self.stages[stage])


def run_report(record: dict, parser: Any, at_detected: Any = None
               ) -> tuple[Tracer, list[Incident], list]:
    """The traced stages, the final rows (every status, placed) and the place mentions."""
    parsed = parser(Document(record["text"], published=record["published"],
                             language=record["language"]))
    tracer = Tracer(record["text"], at_detected)
    every = detect_events(record["text"], parsed.mentions, getattr(parsed, "sentences", None),
                          record["published"], keep_all=True, language=record["language"],
                          trace=tracer)
    placed = [i for i in every if i.location is not None and i.location.place is not None]
    return tracer, placed, list(parsed.mentions)


def right_for(gold: dict, quotes: Sequence[Span], row: Row) -> bool:
    """Tied to the gold event, of its kind and status, at its place."""
    return row.place is not None and overlaps(row.evidence, quotes) and \
        same_kind(gold, row) and same_place(gold, row.place) and \
        row.status == gold.get("status", "occurred")


def diagnose(record: dict, stages: dict[str, list[Row]], final: list[Incident],
             mentions: Sequence) -> list[tuple[int, str]]:
    """Where each occurred gold event with evidence in the text is lost (or ``found``),
    as ``(index in the report's events, reason)``."""
    text, golds = record["text"], record["events"]
    quotes = [quote_spans(text, g.get("evidence") or []) for g in golds]
    occurred = [n for n, g in enumerate(golds) if g.get("status", "occurred") == "occurred"]
    predicted = [i for i in final if i.status == "occurred"]
    found = {n for n, (g, p) in zip(occurred, pair_events([golds[n] for n in occurred],
                                                          predicted), strict=True)
             if p is not None and same_place(g, p.location.place)}
    drafted = stages.get("drafted", [])
    # each drafted row's right gold events
    right = [{n for n in occurred if quotes[n] and right_for(golds[n], quotes[n], row)}
             for row in drafted]
    out = []
    for n in occurred:
        if not quotes[n]:
            continue
        if n in found:
            out.append((n, "found"))
            continue
        out.append((n, _lost(golds[n], quotes[n], n, stages, right, mentions)))
    return out


def _lost(gold: dict, quotes: Sequence[Span], n: int, stages: dict[str, list[Row]],
          right: list[set[int]], mentions: Sequence) -> str:
    drafted = stages.get("drafted", [])
    tied = [r for r in drafted if overlaps(r.evidence, quotes)]
    if not tied:
        early = [r for r in stages.get("triggered", []) if overlaps(r.evidence, quotes)]
        return "trigger read, folded away before placing" if early else \
            "no draft on its evidence"
    # (whether the rows there are another gold event's: a second event of a sentence
    # missed, rather than one read wrong)
    taken = "right for another gold event" if all(
        right[drafted.index(r)] - {n} for r in tied) else "right for none"
    kind = [r for r in tied if same_kind(gold, r)]
    if not kind:
        return f"draft of another type, {taken}"
    here = [r for r in kind if r.place is not None and same_place(gold, r.place)]
    if not here:
        if not any(m.place is not None and same_place(gold, m.place) for m in mentions):
            return "draft at another place (place never resolved)"
        return f"draft at another place, {taken}"
    mine = {k for k, r in enumerate(drafted) if n in right[k]}
    if not mine:
        return "told unreal"
    if all(len(right[k]) > 1 for k in mine):
        return "one row for two gold events from the start"
    names = [name for name in stages if name != "triggered"]
    for stage in names[names.index("drafted") + 1:]:
        rows = [r for r in stages[stage] if r.holds & mine]
        keep = [r for r in rows if right_for(gold, quotes, r)]
        if not rows:
            return "dropped before merge (background, folded by place)" \
                if stage == "detected" else f"dropped by {stage}"
        if not keep:
            return "dropped by summaries" if stage == "summaries" else \
                f"changed by {stage}" + ("" if stage == "merge_told_apart" else
                                         " (type, place or status)")
        # its rows now hold another gold event's own drafted row: folded together
        if all(any(right[k] - {n} for k in r.holds) for r in keep) and \
                stage in ("merge", "merge_told_apart"):
            return f"folded by {stage} into another gold event's row"
    return "right row kept, paired with another gold event"


def eval_classes(record: dict, final: list[Incident], mentions: Sequence) -> dict[int, str]:
    """What ``eval-events`` calls each occurred gold event it does not find (its
    ``misses``: ``row_taken``, ``no_row``, ...), by index in the report's events."""
    golds = record["events"]
    occurred = [n for n, g in enumerate(golds) if g.get("status", "occurred") == "occurred"]
    pairs = pair_events([golds[n] for n in occurred], [i for i in final
                                                       if i.status == "occurred"])
    return {n: where_lost(g, pairs, final, list(mentions))
            for n, (g, p) in zip(occurred, pairs, strict=True)
            if p is None or not same_place(g, p.location.place)}


def type_confusions(record: dict, stages: dict[str, list[Row]],
                    lost: Sequence[tuple[int, str]]) -> Counter:
    """For the gold events lost to a draft of another type: ``gold type -> draft
    type`` (sub-types for strategic developments), each type of draft on its evidence
    once."""
    found: Counter = Counter()
    for n, reason in lost:
        if not reason.startswith("draft of another type"):
            continue
        gold = record["events"][n]
        quotes = quote_spans(record["text"], gold["evidence"])
        told = {row_kind(r.event_type, r.sub_event_type) for r in stages["drafted"]
                if overlaps(r.evidence, quotes)}
        for kind in sorted(told):
            found[f"{row_kind(gold['event_type'], gold['sub_event_type'])} -> {kind}"] += 1
    return found


def tabulate(reasons: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """Counts of reasons by group (``(group, reason)`` pairs: a language or a file),
    with ``all``."""
    table: dict[str, Counter] = {}
    for language, reason in reasons:
        table.setdefault(language, Counter())[reason] += 1
        table.setdefault("all", Counter())[reason] += 1
    order = [*REASONS, *sorted(set().union(*table.values()) - set(REASONS))] if table else []
    return {lang: {r: c[r] for r in order if c[r]} | {"gold": sum(c.values())}
            for lang, c in table.items()}


def main(argv: Sequence[str] | None = None) -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("files", nargs="*", default=[*DEV, *BLIND])
    args.add_argument("--side", nargs="*", default=list(SIDE))
    args.add_argument("--verbose", action="store_true", help="each report's losses")
    args.add_argument("--by", choices=("language", "file"), default="language",
                      help="the table's columns")
    args.add_argument("--json", help="write the table here")
    opts = args.parse_args(argv)
    parser = Parser()
    reasons = []
    confusions: Counter = Counter()
    crosswalk: Counter = Counter()
    stale: list[str] = []
    reports = read_reports(opts.files, opts.side, stale)
    quotes = [q for r in reports for g in r["events"] for q in g["evidence"]]
    missing = sum(r["text"].find(q) < 0 for r in reports for g in r["events"]
                  for q in g["evidence"])
    print(f"{len(reports)} reports with evidence, {len(quotes)} quotes ({missing} not in "
          f"their text), {len(stale)} stale side lines left out {stale[:5]}")
    for record in reports:
        tracer, final, mentions = run_report(record, parser)
        lost = diagnose(record, tracer.stages, final, mentions)
        confusions.update(type_confusions(record, tracer.stages, lost))
        classes = eval_classes(record, final, mentions)
        crosswalk.update((classes[n], reason) for n, reason in lost if n in classes)
        group = record["file"].removesuffix(".jsonl").removeprefix("events_") \
            if opts.by == "file" else \
            record["language"] or "en"
        reasons.extend((group, reason) for _, reason in lost)
        if opts.verbose:
            for index, reason in lost:
                if reason != "found":
                    gold = record["events"][index]
                    print(f"{record['file']}:{record['id']} #{index} {gold['event_type']} "
                          f"@ {gold.get('location')}: {reason}")
    table = tabulate(reasons)
    languages = sorted(table, key=lambda lang: (lang == "all", lang))
    width = max(6, *(len(lang) + 1 for lang in languages))
    print(f"{'':58}" + "".join(f"{lang:>{width}}" for lang in languages))
    for reason in (*REASONS, *(r for r in table.get("all", {}) if r not in REASONS
                               and r != "gold"), "gold"):
        print(f"{reason:58}" + "".join(f"{table[lang].get(reason, 0):>{width}}"
                                          for lang in languages))
    print("\nlost to a draft of another type: gold -> draft on its evidence")
    for pair, count in confusions.most_common():
        print(f"  {pair:56}{count:>4}")
    print("\neval-events' misses, by where the evidence says they were lost")
    for (miss, reason), count in sorted(crosswalk.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {miss:20}{reason:58}{count:>4}")
    if opts.json:
        Path(opts.json).write_text(json.dumps({
            "reasons": table, "type_confusions": dict(confusions.most_common()),
            "misses": {f"{m} / {r}": c for (m, r), c in sorted(crosswalk.items())}},
            indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
