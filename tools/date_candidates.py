"""Training rows for a learned choice of an event's date: the extractor's rows tied to
the gold events they tell, each with the dates its report offers it.

For each report of a dev file the pipeline runs as ``incidentmap eval-events`` runs it
(:func:`geo.events.detect.detect_events`, which hands back the drafts its rows are made
from: their triggers and clauses). A row is tied to a gold event when one of its evidence
sentences overlaps one of that event's evidence quotes (tests/data/README.md, "Evidence of
gold events") and its place is within 25 km of the event's. The row's **candidates** are
the distinct days:

- that a date expression resolves to in reach of the trigger: its clause, its sentence,
  the two sentences before it, its paragraph, the report's first sentence and the
  dateline (words pointing back, "the next day", count from the narrative day below);
- the **narrative day**: the last single day the text named before the trigger's
  sentence, not after publication (words pointing back resolved against the one before:
  a plain reading of the story's current day);
- the previous row's date (the rules'), the publication day and the day before.

Each candidate carries language-neutral features (where its nearest expression stands
from the trigger, its kind, cues of speech, tense and plans, its distance from
publication, which sources name it) and its label: whether it is the gold date. The
rules' own date for the row is kept beside it for the baseline.

    python tools/date_candidates.py [--out /tmp/ldates/candidates.jsonl] [FILE ...]

prints the baseline (share of tied rows the rules date right, one day late, otherwise)
and how often the gold date is among the candidates.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from gazetteer.geometry import haversine_km
from geo.evaluate.events import TOLERANCE_KM
from geo.events.clauses import sentence_spans
from geo.events.dates import DateMention, find_dates
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft
from geo.events.lexical_dates import find_dates as find_lexical_dates
from geo.events.timeline import dateline_end
from geo.lexicon import SPEECH_VERBS, alternation
from geo.model import Document, language_code
from geo.pipeline import Parser

ROOT = Path(__file__).resolve().parents[1]
DEV_FILES = tuple(ROOT / "tests" / "data" / name for name in (
    "events_multi_dev.jsonl", "events_ru_dev.jsonl", "events_fr_dev.jsonl"))
DEFAULT_OUT = Path("/tmp/ldates/candidates.jsonl")

Span = tuple[int, int]

# Where a candidate's nearest expression stands from the trigger, nearest first.
LEVELS = ("clause", "sentence", "previous", "paragraph", "lede", "dateline", "none")
# Kinds of expression, grouped across the English and the Russian/French finders.
KIND_GROUPS = {
    "weekday": "weekday", "iso": "calendar", "day_month": "calendar",
    "month_day": "calendar", "date": "calendar", "night_of": "night",
    "overnight_into": "night", "overnight": "overnight", "daytime": "same_day",
    "same_day": "same_day", "next_day": "next_day", "later": "next_day",
    "previous_day": "previous_day", "day_before": "deictic", "yesterday": "deictic",
    "today": "deictic", "ago": "deictic", "told_event": "next_day",
    "span_of": "span", "for_span": "span", "days_of": "span", "ordinal": "span",
    "past_span": "span", "this_week": "week", "last_week": "week", "weekend": "week",
    "since": "since", "since_then": "since", "counted_back": "span",
    "day_range": "range", "month_day_range": "range", "range": "range",
    "until": "until", "month": "coarse", "year": "coarse", "last_year": "coarse",
    "long_ago": "coarse", "past_month": "coarse", "last_month": "coarse",
}
KINDS = ("weekday", "calendar", "night", "overnight", "same_day", "next_day",
         "previous_day", "deictic", "span", "week", "since", "range", "until", "coarse",
         "other", "none")

_SPEECH = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)})\b", re.IGNORECASE)
# English cues of tense and plans near a trigger; the other languages' come from their
# vocabularies (``future``).
_HAD = re.compile(r"\b(?:had|'d|’d)\b", re.IGNORECASE)
_PLANS = re.compile(r"\b(?:will|would|shall|due|expected|plans?|planned|scheduled|next)\b",
                    re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|through|by|jusqu\w*|до|по)\s+(?:the\s+|au\s+|le\s+)?$",
                    re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n\s*\n")
# A word of "after" between a date and the trigger: what follows came by that day, or
# a gap before it ("on Saturday, a day after police fired").
_AFTER = re.compile(r"\b(?:after|following|après|после|спустя)\b", re.IGNORECASE)


@dataclass
class Candidate:
    """One day a row may take, its features and whether it is the gold date."""

    day: date
    features: dict[str, float]
    label: bool = False


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


def quote_spans(text: str, quotes: Iterable[str]) -> list[Span]:
    """Where each evidence quote of a gold event stands in ``text`` (quotes not found
    are skipped)."""
    spans = []
    for quote in quotes:
        at = text.find(quote)
        if at >= 0:
            spans.append((at, at + len(quote)))
    return spans


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


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def split_sentences(text: str) -> list[Span]:
    """Sentences that never run over a blank line (a paragraph is its own span)."""
    spans = []
    for start, end in sentence_spans(text):
        cut = start
        for brk in _PARAGRAPH.finditer(text, start, end):
            spans.append((cut, brk.start()))
            cut = brk.end()
        spans.append((cut, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def paragraph_of(text: str, at: int) -> Span:
    """The paragraph (between blank lines) holding offset ``at``."""
    starts = [m.end() for m in _PARAGRAPH.finditer(text, 0, at)]
    end = _PARAGRAPH.search(text, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


@dataclass
class Narrative:
    """The date expressions of a report, each sentence's read against the narrative day
    before it, and that day sentence by sentence."""

    text: str
    language: str
    published: date | None
    sentences: list[Span]
    mentions: list[DateMention] = field(default_factory=list)
    day_before: list[date | None] = field(default_factory=list)

    @classmethod
    def read(cls, text: str, language: str, published: date | None) -> Narrative:
        story = cls(text, language, published, split_sentences(text))
        floor = dateline_end(text)
        current: date | None = None
        for span in story.sentences:
            story.day_before.append(current)
            found = story._find(*span, current)
            story.mentions.extend(found)
            told = [m for m in found if m.start >= floor and m.precision == 1
                    and m.last is None and not m.attributive
                    and (published is None or m.date <= published)
                    and not story.speech_near(m)]
            if told:
                current = told[-1].date
        return story

    def _find(self, start: int, end: int, reference: date | None) -> list[DateMention]:
        vocabulary = VOCABULARIES.get(self.language)
        if vocabulary is None:
            return find_dates(self.text, self.published, start, end, reference=reference)
        words = vocabulary.words(self.text, start, end)
        return find_lexical_dates(words, vocabulary, self.published, reference)

    def sentence_index(self, at: int) -> int:
        for n, (start, end) in enumerate(self.sentences):
            if at < end:
                return n if at >= start else max(0, n - 1)
        return len(self.sentences) - 1

    def speech_near(self, mention: DateMention) -> bool:
        """Whether a verb of speech stands within a few words of ``mention``."""
        before = self.text[max(0, mention.start - 40):mention.start]
        after = self.text[mention.end:mention.end + 30]
        vocabulary = VOCABULARIES.get(self.language)
        if vocabulary is None:
            tail = before.split()[-3:]
            return bool(_SPEECH.search(" ".join(tail)) or _SPEECH.search(
                " ".join(after.split()[:3])))
        words = vocabulary.words(self.text, max(0, mention.start - 40), mention.end + 30)
        inside = [n for n, w in enumerate(words) if mention.start <= w.start < mention.end]
        if not inside:
            return False
        near = range(max(0, inside[0] - 3), min(len(words), inside[-1] + 4))
        return any(vocabulary.speaks(words, n) for n in near if n not in inside)

    def future_near(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a word of plans or the future."""
        vocabulary = VOCABULARIES.get(self.language)
        if vocabulary is None:
            return _PLANS.search(self.text, start, end) is not None
        return any(w.any_of(vocabulary.future) or vocabulary.is_future(w.text.lower())
                   for w in vocabulary.words(self.text, start, end))


def row_candidates(story: Narrative, trigger: int, clause: Span,
                   previous_row: date | None) -> list[Candidate]:
    """The distinct days a row triggered at ``trigger`` may take, with features."""
    text, published = story.text, story.published
    number = story.sentence_index(trigger)
    sentence = story.sentences[number]
    paragraph = paragraph_of(text, trigger)
    floor = dateline_end(text)
    lede = next((s for s in story.sentences if s[1] > floor), (0, 0))
    narrative = story.day_before[number]
    clause = (max(clause[0], sentence[0]), min(clause[1], sentence[1]))
    had = bool(_HAD.search(text, *clause))
    planned = story.future_near(*clause)

    def level(m: DateMention) -> int:
        if m.start < floor:
            return LEVELS.index("dateline")
        if clause[0] <= m.start < clause[1]:
            return LEVELS.index("clause")
        at = story.sentence_index(m.start)
        if at == number:
            return LEVELS.index("sentence")
        if number - 2 <= at < number:
            return LEVELS.index("previous")
        if paragraph[0] <= m.start < paragraph[1]:
            return LEVELS.index("paragraph")
        if lede[0] <= m.start < lede[1]:
            return LEVELS.index("lede")
        return -1

    reach = [(level(m), m) for m in story.mentions]
    reach = [(lv, m) for lv, m in reach if lv >= 0]
    reach.sort(key=lambda pair: (pair[0], abs(pair[1].start - trigger)))
    days: dict[date, list[tuple[int, DateMention]]] = {}
    for lv, m in reach:
        days.setdefault(m.date, []).append((lv, m))
    # The day before a date of the trigger's sentence that an "after" follows: the
    # event it came after ("on Saturday, a day after police fired").
    shifted = {m.date - timedelta(days=1) for lv, m in reach if lv <= 1 and m.end <= trigger
               and _AFTER.search(text, m.end, trigger)}
    sources = {"narrative": narrative, "previous_row": previous_row, "published": published,
               "day_before_published": published - timedelta(days=1) if published else None}
    for day in [*sources.values(), *shifted]:
        if day is not None:
            days.setdefault(day, [])
    # What the row's own words say of its time: crossed with each candidate's sources
    # by the model (a row whose sentence names no day takes the story's).
    context = {"ctx_clause_dated": any(lv == 0 for lv, _ in reach),
               "ctx_sentence_dated": any(lv <= 1 for lv, _ in reach),
               "ctx_had": had, "ctx_planned": planned,
               "ctx_after": bool(_AFTER.search(text, sentence[0], trigger)),
               "ctx_lede": number == story.sentences.index(lede) if lede in story.sentences
               else False}
    ranked = sorted(days, key=lambda d: (days[d][0][0], abs(days[d][0][1].start - trigger))
                    if days[d] else (len(LEVELS), 0))
    out = []
    for day in days:
        features = _mention_features(story, days[day], trigger, number)
        features.update({f"is_{name}": float(day == value) for name, value in sources.items()})
        features["rank"] = float(min(ranked.index(day), 6))
        features["mentions"] = float(min(len(days[day]), 4))
        features["in_clause"] = float(any(lv == 0 for lv, _ in days[day]))
        features["in_sentence"] = float(any(lv <= 1 for lv, _ in days[day]))
        features["clause_has_other"] = float(any(lv == 0 and m.date != day for lv, m in reach))
        features["sentence_has_other"] = float(any(lv <= 1 and m.date != day
                                                   for lv, m in reach))
        if published is not None:
            back = (published - day).days
            features["days_back"] = float(max(-2, min(back, 14)))
            features["after_published"] = float(back < 0)
            features["beyond_week"] = float(back >= 7)
        features["narrative_known"] = float(narrative is not None)
        features["is_shifted_back"] = float(day in shifted)
        features.update({name: float(value) for name, value in context.items()})
        out.append(Candidate(day, features))
    return out


def _mention_features(story: Narrative, found: list[tuple[int, DateMention]], trigger: int,
                      number: int) -> dict[str, float]:
    """Features of the nearest expression naming a day (all zero, level "none", when
    only a source names it)."""
    features = {f"level_{name}": 0.0 for name in LEVELS}
    features.update({f"kind_{name}": 0.0 for name in KINDS})
    if not found:
        features["level_none"] = features["kind_none"] = 1.0
        return {**features, "distance": 0.0, "sentences_away": 0.0, "after_trigger": 0.0,
                "same_part": 0.0, "speech": 0.0, "attributive": 0.0, "precision": 0.0,
                "range": 0.0, "until": 0.0, "future_before": 0.0, "fronted": 0.0}
    lv, m = found[0]
    text = story.text
    features[f"level_{LEVELS[lv]}"] = 1.0
    features[f"kind_{KIND_GROUPS.get(m.kind, 'other')}"] = 1.0
    between = text[m.end:trigger] if m.end <= trigger else text[trigger:m.start]
    sentence = story.sentences[story.sentence_index(m.start)]
    return {**features,
            "distance": math.log1p(abs(m.start - trigger)),
            "sentences_away": float(min(abs(number - story.sentence_index(m.start)), 5)),
            "after_trigger": float(m.start > trigger),
            "same_part": float(not any(c in between for c in ",;:—–()")),
            "speech": float(story.speech_near(m)),
            "attributive": float(m.attributive),
            "precision": float(m.precision),
            "range": float(m.last is not None),
            "until": float(m.kind == "until" or bool(_UNTIL.search(
                text, max(0, m.start - 12), m.start))),
            "future_before": float(story.future_near(sentence[0], m.start)),
            "fronted": float(m.start - sentence[0] < 40)}


def report_rows(record: dict, parser) -> list[TiedRow]:
    """The rows of one report tied to its gold events, in text order."""
    text = record["text"]
    published = date.fromisoformat(record["published"]) if record.get("published") else None
    # As the evaluation parses: with its date and the file's language (detected else).
    parsed = parser(Document(text, published=published,
                             language=language_code(record.get("language") or "")))
    language = getattr(parsed.document, "language", "") or "en"
    drafts: list[EventDraft] = []
    detect_events(text, parsed.mentions, getattr(parsed, "sentences", None), published,
                  language=language, drafts=drafts)
    drafts.sort(key=lambda d: d.trigger[0])
    gold = [g for g in record["events"] if g.get("status", "occurred") == "occurred"]
    tied = {id(d): g for d, g in tie_drafts_to_gold_by_evidence(text, drafts, gold)}
    story = Narrative.read(text, language, published)
    rows, previous = [], None
    for draft in drafts:
        event = tied.get(id(draft))
        if event is not None:
            row = TiedRow(record["id"], language, published, date.fromisoformat(event["date"]),
                          draft.event_date,
                          row_candidates(story, draft.trigger[0], draft.clause, previous),
                          draft.trigger[0])
            for candidate in row.candidates:
                candidate.label = candidate.day == row.gold
            rows.append(row)
        previous = draft.event_date or previous
    return rows


def build(paths: Sequence[Path]) -> Iterator[TiedRow]:
    """The tied rows of every report of ``paths``."""
    parser = Parser()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield from report_rows(json.loads(line), parser)


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
