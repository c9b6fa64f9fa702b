"""Training pairs for a learned count attachment: ``python -m tools.count_candidates
DEV.jsonl ... --out PAIRS.jsonl``.

For each report of an annotated dev file whose gold events carry ``"evidence"`` (verbatim
quotes of the sentences that tell them; tests/data/README.md), the pipeline is run and
every count mention of the text (:func:`geo.events.counts.find_counts` per clause in
English, :func:`geo.events.lexical_counts.find_counts` per sentence in Russian and
French, plus any the detector made itself) is paired with every candidate row (the
detector's drafts that happened and have a place: the drafts the incidents are made from,
as :func:`geo.events.draft.incidents_into` hands them from the trace of
:func:`geo.events.detect.detect_events`). A pair (count, row) is *right* when the row is
tied to a gold event (:func:`align_rows_to_gold_by_evidence`: its trigger or evidence
lies in the event's quotes, at the event's place), the count lies in one of that event's
quotes, and its value is the event's figure of its role. The hand rules' answer for a
pair is whether the row's drafted counts hold that count mention.

Each pair carries language-neutral features (:mod:`tools.count_features`): where the count lies
against the row's trigger and evidence, which places its sentence names, what cues it
carries, whether its role fits the row's type. ``tools/train_counts.py`` learns from them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.evaluate.events import same_place
from geo.events.clauses import sentence_spans, split_at_clock_times, split_clauses
from geo.events.counts import CountMention, find_counts
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft, incidents_into
from geo.events.lexical_counts import find_counts as find_lexical_counts
from geo.events.lexical_places import by_paragraph, split_sentences
from geo.model import COUNT_FIELDS, Document, Mention, language_code, parse_published
from geo.pipeline import Parser
from tools.count_features import (
    PairFeatures,
    Span,
    days_named,
    inside,
    overlap,
)
from tools.evidence_alignment import quote_spans


@dataclass
class Report:
    """One report's count mentions, candidate rows, gold events and pairs."""

    id: str
    language: str
    counts: list[CountMention]
    rows: list[EventDraft]
    gold: list[dict]
    #: row index → gold index, one to one (:func:`align_rows_to_gold_by_evidence`)
    aligned: dict[int, int] = field(default_factory=dict)
    #: counts that tell a gold event no row is tied to: no row can be right for them
    orphans: set[int] = field(default_factory=set)
    pairs: list[Pair] = field(default_factory=list)


@dataclass
class Pair:
    count: int  # index into Report.counts
    row: int  # index into Report.rows
    features: list[float]
    label: bool
    rules: bool  # the hand rules attach this count to this row


def read_records(paths: Iterable[str | Path]) -> Iterator[dict]:
    """The annotated reports of JSONL files, with their language code."""
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["language"] = language_code(record.get("language") or "")
                yield record


def report_spans(text: str, sentences: Sequence | None, language: str) -> list[Span]:
    """The sentence spans the detector of ``language`` reads (English splits at clock
    times; Russian and French keep paragraphs apart)."""
    if language in VOCABULARIES:
        return by_paragraph(text, sentence_spans(text, sentences)) if sentences is not None \
            else split_sentences(text)
    return split_at_clock_times(text, sentence_spans(text, sentences))


def all_counts(text: str, spans: list[Span], language: str,
               drafts: Sequence[EventDraft]) -> list[CountMention]:
    """Every count mention the finders see, whatever the rules then do with it, and those
    the detector made itself; one per span and role, in text order."""
    found: list[CountMention] = []
    vocabulary = VOCABULARIES.get(language)
    if vocabulary is not None:
        words = vocabulary.words(text)
        for span in spans:
            found += find_lexical_counts([w for w in words if span[0] <= w.start < span[1]],
                                         vocabulary)
    else:
        for span in spans:
            for clause in split_clauses(text, span):
                found += find_counts(text, *clause, context=span[0])
    found += [c for d in drafts for c in d.counts]
    unique: dict[tuple[int, int, str], CountMention] = {}
    for count in found:
        unique.setdefault(_key(count), count)
    return sorted(unique.values(), key=lambda c: (c.start, c.field))


def _key(count: CountMention) -> tuple[int, int, str]:
    return count.start, count.end, count.field


def at_gold_place(event: dict, mention: Mention | None) -> bool:
    """Is the row's place the gold event's (:func:`geo.evaluate.events.same_place`)?"""
    return mention is not None and mention.place is not None and same_place(event, mention.place)


def align_rows_to_gold_by_evidence(text: str, rows: Sequence[EventDraft], gold: Sequence[dict]
                                   ) -> dict[int, int]:
    """Tie candidate rows to the gold events they tell, one to one, best first: a row
    is tied only at the event's place and when its trigger or evidence lies in the
    event's quotes (the first quote, which tells the event itself, weighs most); type and
    date break ties."""
    options = []
    for gi, event in enumerate(gold):
        quotes = quote_spans(text, event.get("evidence") or [])
        for ri, row in enumerate(rows):
            if not quotes or not at_gold_place(event, row.location):
                continue
            trigger_in = [inside(row.trigger, q) for q in quotes]
            overlaps = any(overlap(e, q) for e in row.evidence for q in quotes)
            if not (any(trigger_in) or overlaps):
                continue
            score = 3.0 * trigger_in[0] + 2.0 * any(trigger_in) + overlaps
            score += (row.event_type == event["event_type"]) + \
                0.5 * (row.sub_event_type == event["sub_event_type"])
            day = row.event_date.isoformat() if row.event_date else None
            options.append((score + 0.25 * (day == event.get("date")), gi, ri))
    aligned: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, ri in sorted(options, key=lambda o: (-o[0], o[1], o[2])):
        if ri not in aligned and gi not in taken:
            aligned[ri] = gi
            taken.add(gi)
    return aligned


def is_right(text: str, count: CountMention, event: dict) -> bool:
    """Does the count tell the gold event's figure of its role, in its quotes?"""
    return event.get(count.field) == count.value and \
        any(inside((count.start, count.end), q)
            for q in quote_spans(text, event.get("evidence") or []))


def candidate_rows(drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The rows the evaluation scores: events that happened, at a resolved place."""
    return [d for d in drafts if d.status == "occurred" and d.location is not None
            and d.location.place is not None]


def build_report(record: dict, parsed) -> Report:
    """A report's counts, rows, alignment to gold and labelled pairs."""
    text, language = record["text"], record["language"]
    published = parsed.document.published
    drafts: list[EventDraft] = []
    detect_events(text, parsed.mentions, parsed.sentences, published, keep_all=True,
                  language=language, trace=incidents_into(drafts))
    spans = report_spans(text, parsed.sentences, language)
    counts = all_counts(text, spans, language, drafts)
    rows = candidate_rows(drafts)
    gold = [g for g in record.get("events", []) if g.get("status", "occurred") == "occurred"]
    report = Report(record.get("id", ""), language or "en", counts, rows, gold)
    report.aligned = align_rows_to_gold_by_evidence(text, rows, gold)
    untied = [g for gi, g in enumerate(gold) if gi not in report.aligned.values()]
    report.orphans = {ci for ci, c in enumerate(counts) if any(is_right(text, c, g)
                                                              for g in untied)}
    held = {(_key(c), ri) for ri, row in enumerate(rows) for c in row.counts}
    context = PairFeatures(text, spans, parsed.mentions, rows,
                       days_named(text, spans, language, published))
    for ci, count in enumerate(counts):
        for ri, row in enumerate(rows):
            gi = report.aligned.get(ri)
            label = gi is not None and is_right(text, count, gold[gi])
            report.pairs.append(Pair(ci, ri, context.features(count, row, counts), label,
                                     (_key(count), ri) in held))
    return report


def build_reports(paths: Sequence[str | Path], *, parser=None) -> list[Report]:
    """The reports of annotated files, parsed with their dates and languages as the
    evaluation parses them."""
    if parser is None:
        parser = Parser()
    reports = []
    for record in read_records(paths):
        parsed = parser(Document(record["text"], published=parse_published(record.get("published")),
                                 language=record["language"]))
        reports.append(build_report(record, parsed))
    return reports


def to_json(report: Report) -> dict:
    """A report's counts (with their cues), rows (type, place, day, trigger, evidence),
    gold figures and pairs ``[count, row, features, right, rules]`` as one JSON object
    (one line of the ``--out`` file)."""
    return {"id": report.id, "language": report.language,
            "counts": [{"start": c.start, "end": c.end, "field": c.field, "value": c.value,
                        "qualifier": c.qualifier, "cumulative": c.cumulative,
                        "since_day": c.since_day, "estimate": c.estimate,
                        "orphan": ci in report.orphans} for ci, c in enumerate(report.counts)],
            "rows": [{"event_type": r.event_type, "sub_event_type": r.sub_event_type,
                      "place": r.location.place.id, "place_text": r.location.text,
                      "date": r.event_date.isoformat() if r.event_date else None,
                      "trigger": list(r.trigger), "evidence": [list(e) for e in r.evidence],
                      "sentence": r.sentence, "weak": r.rule.weak} for r in report.rows],
            "aligned": {str(k): v for k, v in report.aligned.items()},
            "gold": [{f: g.get(f) for f in COUNT_FIELDS} for g in report.gold],
            "pairs": [[p.count, p.row, p.features, int(p.label), int(p.rules)]
                      for p in report.pairs]}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    reports = build_reports(args.files)
    with open(args.out, "w", encoding="utf-8") as out:
        for report in reports:
            out.write(json.dumps(to_json(report)) + "\n")
    pairs = [p for r in reports for p in r.pairs]
    print(f"{len(reports)} reports, {sum(len(r.counts) for r in reports)} counts, "
          f"{len(pairs)} pairs, {sum(p.label for p in pairs)} right")


if __name__ == "__main__":
    main()
