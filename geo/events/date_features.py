"""The days a row of the extractor may take, and what each candidate's features say of it
(:mod:`geo.events.date_choice` chooses among them for Russian and French rows;
``tools/date_candidates.py`` ties the rows to gold events and labels the days to train on).

The **narrative** of a report (:class:`Narrative`) is its date expressions, each
sentence's read against the narrative day before it: the last single day the text named,
not after publication and not beside a verb of speech (a plain reading of the story's
current day, which words pointing back, "the next day", count from). A row's candidates
(:func:`row_candidates`) are the distinct days:

- that an expression resolves to in reach of the trigger: its clause, its sentence, the
  two sentences before it, its paragraph, the report's first sentence and the dateline;
- the day before one of its sentence's dates that an "after" follows ("on Saturday, a
  day after police fired"), and the first day of a span of days after that "after" ("on
  Thursday after two days of rioting": the two days before Thursday);
- the narrative day, the story's current day as the extractor's timeline held it when
  it dated the row (``story_day``), the previous row's date, the publication day and
  the day before.

Features are language-neutral: where the nearest expression naming the day stands from
the trigger (``level_``: clause, sentence, previous, paragraph, lede, dateline, none),
its distance in characters and sentences, where its phrase hangs in the dependency
parse (English), its kind (``kind_``: weekday, calendar, night,
next_day ...), whether a verb of speech stands beside it, it modifies a noun, it ends a
measure ("until"), a word of plans comes before it in its sentence; which sources name
the day (``is_``); its distance from publication; and facts of the row's own words
(``ctx_``: its clause or sentence names a day, the past perfect, plans, an "after"
before the trigger), the same for every candidate of a row.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from geo.events.clauses import sentence_spans
from geo.events.dates import DateMention, find_dates
from geo.events.lexical_dates import find_dates as find_lexical_dates
from geo.events.scope import Scope
from geo.events.timeline import dateline_end
from geo.events.vocabulary import Vocabulary
from geo.lexicon import SPEECH_VERBS, alternation

__all__ = ["KINDS", "LEVELS", "Candidate", "Narrative", "paragraph_of", "row_candidates",
           "split_sentences"]

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
# Arcs that open a clause of its own (spaCy's English labels).
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj",
                      "conj"})
# Lengths of days of unrest ("two days of rioting", "for three nights").
_SPANS = ("span_of", "for_span", "days_of", "range")
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
    #: The Russian or French vocabulary; None for English (its own date finder).
    vocabulary: Vocabulary | None
    published: date | None
    sentences: list[Span]
    mentions: list[DateMention] = field(default_factory=list)
    day_before: list[date | None] = field(default_factory=list)

    @classmethod
    def read(cls, text: str, vocabulary: Vocabulary | None,
             published: date | None) -> Narrative:
        story = cls(text, vocabulary, published, split_sentences(text))
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
        vocabulary = self.vocabulary
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
        vocabulary = self.vocabulary
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
        vocabulary = self.vocabulary
        if vocabulary is None:
            return _PLANS.search(self.text, start, end) is not None
        return any(w.any_of(vocabulary.future) or vocabulary.is_future(w.text.lower())
                   for w in vocabulary.words(self.text, start, end))


def row_candidates(story: Narrative, trigger: int, clause: Span,
                   previous_row: date | None, story_day: date | None = None
                   ) -> list[Candidate]:
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
    # event it came after ("on Saturday, a day after police fired"); and, with a span
    # of days between, the span's first day ("on Thursday after two days of rioting").
    shifted: set[date] = set()
    spanned: set[date] = set()
    for lv, m in reach:
        after = _AFTER.search(text, m.end, trigger) if lv <= 1 and m.end <= trigger and \
            m.last is None else None
        if after is None:
            continue
        shifted.add(m.date - timedelta(days=1))
        spanned.update(m.date - timedelta(days=(s.last - s.date).days + 1)
                       for _, s in reach if s.last is not None and s.kind in _SPANS
                       and after.start() <= s.start < trigger + 40)
    sources = {"narrative": narrative, "story_day": story_day,
               "previous_row": previous_row, "published": published,
               "day_before_published": published - timedelta(days=1) if published else None}
    for day in [*sources.values(), *shifted, *spanned]:
        if day is not None:
            days.setdefault(day, [])
    # What the row's own words say of its time: crossed with each candidate's sources
    # by the model (a row whose sentence names no day takes the story's).
    context = {"ctx_text_dated": any(m.start >= floor for m in story.mentions),
               "ctx_narrative": narrative is not None,
               "ctx_clause_dated": any(lv == 0 for lv, _ in reach),
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
        features["is_shifted_back"] = float(day in shifted)
        features["is_span_start"] = float(day in spanned)
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
                "range": 0.0, "until": 0.0, "future_before": 0.0, "fronted": 0.0,
                "attaches": 0.0, "other_clause": 0.0}
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
            "fronted": float(m.start - sentence[0] < 40),
            **_in_the_tree(story, m, trigger, number)}


def _in_the_tree(story: Narrative, mention: DateMention, trigger: int,
                 number: int) -> dict[str, float]:
    """Where a date of the trigger's sentence hangs in its dependency parse (English
    only; zeros elsewhere or without a parser): ``attaches``, its phrase hangs on the
    trigger or a word above it in its clause; ``other_clause``, on a word of another
    clause below the trigger's common head with it ("who led the protests in 2016")."""
    none = {"attaches": 0.0, "other_clause": 0.0}
    sentence = story.sentences[number]
    if story.vocabulary is not None or not sentence[0] <= mention.start < sentence[1]:
        return none
    word = Scope(story.text, sentence, trigger, trigger + 1).trigger()
    phrase = Scope(story.text, sentence, mention.start, mention.end).trigger()
    if word is None or phrase is None:
        return none
    while phrase.dep_ == "compound" and phrase.head.i != phrase.i:  # "Tuesday night"
        phrase = phrase.head
    head = phrase.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    above = [word]
    while above[-1].head.i != above[-1].i:
        above.append(above[-1].head)
    path = []
    for token in above:
        if token.i == head.i:
            return {"attaches": float(not any(t.dep_ in _CLAUSES for t in path)),
                    "other_clause": 0.0}
        path.append(token)
    # Hanging elsewhere: on a clause of its own below the two's common head?
    ancestors = {t.i for t in above}
    other = head
    while other.i not in ancestors and other.head.i != other.i:
        if other.dep_ in _CLAUSES:
            return {"attaches": 0.0, "other_clause": 1.0}
        other = other.head
    return none
