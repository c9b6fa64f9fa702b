"""Training rows for a learned choice of a row's place: the extractor's drafted rows
tied to the gold events they tell, each with the places it could take.

For each dev report with evidence (:func:`tools.evidence_alignment.read_reports`) the
pipeline runs as ``eval-events`` runs it; the rows of the stage ``"drafted"`` (every
row read, one per place, before the merge) are kept as they stand then. A row is tied
to the occurred gold events of its kind whose evidence quotes its evidence overlaps
(:func:`tools.evidence_alignment.overlaps`, as that tool ties rows, whatever their
place); of those, a gold event that another row on its evidence already places right
is left to that row ("protests in A, B and C": three rows, three events). Each row's
candidates are :func:`tools.place_features.row_candidates`; a candidate's label is
whether it lies at one of its gold events' places
(:func:`geo.evaluate.events.same_place`).

    python -m tools.place_candidates [--out /tmp/lplaces/candidates.jsonl] [FILE ...]

prints per language: tied rows, the rules' share right, how often a right place is
among the candidates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace

from geo.evaluate.events import same_kind, same_place
from geo.events import lexical_places, lexical_roles, sites
from geo.events.clauses import sentence_spans, split_at_clock_times
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft
from geo.model import Document, Mention
from geo.pipeline import Parser
from tools.evidence_alignment import DEV, SIDE, overlaps, quote_spans, read_reports
from tools.place_features import row_candidates

DEFAULT_OUT = Path("/tmp/lplaces/candidates.jsonl")


def refined_mentions(text: str, mentions: Sequence[Mention], sentences, language: str
                     ) -> list[Mention]:
    """The report's mentions with the roles the event rules give them (a source, a
    home, a destination is no site), in text order."""
    vocabulary = VOCABULARIES.get(language)
    if vocabulary is None:
        spans = split_at_clock_times(text, sentence_spans(text, sentences))
        found = sites.without_non_sites(text, mentions, spans)
    else:
        words = vocabulary.words(text)
        found = lexical_roles.without_non_places(
            lexical_roles.refined_roles(text, mentions, words, vocabulary), words, vocabulary)
    return sorted(found, key=lambda m: m.start)


def _drafted(keep: list[EventDraft]):
    def trace(stage: str, rows: list[EventDraft]) -> None:
        if stage == "drafted":
            # (as they stand now: the merge changes drafts later)
            keep.extend(SimpleNamespace(
                event_type=r.event_type, sub_event_type=r.sub_event_type,
                subtype=r.rule.subtype, status=r.status, trigger=r.trigger[0],
                clause=r.clause, evidence=list(r.evidence), location=r.location)
                for r in rows)
    return trace


def report_rows(record: dict, parser) -> list[dict]:
    """The drafted rows of one report tied to its gold events, with their candidates."""
    text = record["text"]
    parsed = parser(Document(text, published=record["published"],
                             language=record["language"]))
    language = getattr(parsed.document, "language", "") or "en"
    sentences = getattr(parsed, "sentences", None)
    drafted: list = []
    detect_events(text, parsed.mentions, sentences, record["published"], keep_all=True,
                  language=record["language"], trace=_drafted(drafted))
    golds = record["events"]
    quotes = [quote_spans(text, g.get("evidence") or []) for g in golds]
    occurred = [n for n, g in enumerate(golds)
                if g.get("status", "occurred") == "occurred" and quotes[n]
                and (g.get("lat") is not None or g.get("location"))]

    def place(row):
        return row.location.place if row.location is not None else None

    tied = [[n for n in occurred if row.status == "occurred" and same_kind(golds[n], row)
             and overlaps(row.evidence, quotes[n])] for row in drafted]
    served = [{n for n in ties if place(row) is not None and same_place(golds[n], place(row))}
              for row, ties in zip(drafted, tied, strict=True)]
    mentions = refined_mentions(text, parsed.mentions, sentences, language)
    spans = sentence_spans(text, sentences)
    dateline = lexical_places.dateline_end(text)
    triggers = Counter(row.trigger for row in drafted)
    out = []
    for k, row in enumerate(drafted):
        others = set().union(*(s for j, s in enumerate(served) if j != k))
        wanted = served[k] or [n for n in tied[k] if n not in others]
        if not wanted:
            continue
        sentence = next((s for s in row.evidence if s[1] <= len(text)), row.clause)
        candidates = row_candidates(text, mentions, spans, row.trigger, row.clause,
                                    sentence, row.location, dateline, record["published"],
                                    row.event_type)
        for c in candidates:
            c.label = any(same_place(golds[n], c.mention.place) for n in wanted)
        rules = place(row)
        out.append({"report": record["id"], "language": language, "trigger": row.trigger,
                    "rules_right": bool(served[k]), "rules_placed": rules is not None,
                    # one of several rows of one trigger (a list of places, one row
                    # each): the place is the list's, not a choice
                    "one_of_several": triggers[row.trigger] > 1,
                    "candidates": [{"place": c.place_id, "name": c.mention.place.name,
                                    "label": c.label, "features": c.features}
                                   for c in candidates]})
    return out


def build(paths: Sequence[str | Path], side: Sequence[str | Path] = SIDE) -> Iterator[dict]:
    """The tied rows of every report of ``paths`` with evidence."""
    parser = Parser()
    for record in read_reports(paths, side):
        yield from report_rows(record, parser)


def baseline_table(rows: Sequence[dict]) -> str:
    table: dict[str, Counter] = {}
    for row in rows:
        for key in (row["language"], "all"):
            t = table.setdefault(key, Counter())
            t["rows"] += 1
            t["right"] += row["rules_right"]
            t["covered"] += any(c["label"] for c in row["candidates"])
    lines = ["| language | tied rows | rules right | a right place among candidates |",
             "|---|---|---|---|"]
    for key in sorted(table, key=lambda k: (k == "all", k)):
        t = table[key]
        lines.append(f"| {key} | {t['rows']} | {t['right'] / t['rows']:.3f} | "
                     f"{t['covered'] / t['rows']:.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("files", nargs="*", default=list(DEV))
    args.add_argument("--out", type=Path, default=DEFAULT_OUT)
    options = args.parse_args(argv)
    options.out.parent.mkdir(parents=True, exist_ok=True)
    rows = list(build(options.files))
    options.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                           encoding="utf-8")
    sys.stdout.write(baseline_table(rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
