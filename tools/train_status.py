"""Judge a learned status (did the text say the event happened?) against the hand rules
(:mod:`geo.events.status`, :mod:`geo.events.lexical_status`), session 22.

Each report of the dev files runs as ``incidentmap eval-events`` runs it (every status
kept). Every placed row carries language-neutral features (:func:`row_features`): the
rules' status, cue kinds in the trigger's clause (negation, modal or future, threat,
denial, plan; the English ones read from spaCy's tree of the sentence, the Russian and
French ones from each language's word lists in :mod:`geo.events.vocabulary`), the row's
date against publication, quoted speech, and its siblings (rows of its kind at its
place). A row is labelled by the gold event its evidence overlaps
(:func:`tools.date_candidates.tie_drafts_to_gold_by_evidence`, every status): occurred
or not; untied rows are scored but not trained on. A logistic regression
(:mod:`tools.logistic`) gives P(occurred); a row from the threshold on becomes
``occurred``, one below it keeps the rules' unreal label (or, if the rules had it
occurred, the label its cues say). Each report is then scored as ``eval-events`` scores
it: status accuracy, unreal false rows and the ``told_unreal`` misses, recall. Judged
out of fold only: grouped by report (ten folds) and leaving one language out; in three
modes (``both``: the model decides every row; ``up``: only rows the rules marked
unreal may become occurred; ``down``: only occurred rows may become unreal).

    python -m tools.train_status [--rows /tmp/status22/rows.pkl] [--rebuild]
                                 [--judge FILE ...] [--save geo/data/status-v1.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np

from geo.evaluate.events import false_rows, pair_events, same_place
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft, incidents_into
from geo.events.scope import CALLING_LEMMAS, parse_sentence
from geo.model import Document, Incident
from geo.pipeline import Parser
from tools.date_candidates import DEV_FILES, tie_drafts_to_gold_by_evidence
from tools.fresh_rows import cached_rows, every_report
from tools.logistic import fit_logistic, standardise

DEFAULT_ROWS = Path("/tmp/status22/rows.pkl")
FOLDS = 10
L2 = 1e-2
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
MODES = ("both", "up", "down")
OCCURRED = "occurred"
UNREAL = ("negated", "planned", "threatened", "reported-denied")
QUOTES = frozenset("\"«»“”")
# English cue lemmas, read on spaCy's tree (a study's features, not the rules' lists).
EN_THREAT = frozenset({"threaten", "vow", "warn", "pledge"})
EN_DENIAL = frozenset({"deny", "reject", "dismiss", "refute"})
EN_CANCEL = frozenset({"cancel", "call", "postpone", "ban", "suspend", "rule", "abandon",
                       "scrap", "prohibit", "forbid"})


def row_features(text: str, sentence: tuple[int, int], draft: EventDraft,
                 incident: Incident, language: str, published: date | None,
                 siblings: Sequence[Incident]) -> dict[str, float]:
    """A row's language-neutral features (see the module doc)."""
    f: dict[str, float] = {f"rule_{s}": float(incident.status == s) for s in UNREAL}
    day = incident.event_date
    if day is None or published is None:
        f["undated"] = 1.0
    else:
        f["after_publication"] = float(day > published)
        f["before_publication"] = float(day < published)
    f["dated_from_context"] = float(draft.date_from_context)
    said = text[sentence[0]:sentence[1]]
    f["quote_in_sentence"] = float(any(c in QUOTES for c in said))
    before = text[sentence[0]:draft.trigger[0]]
    f["inside_quote"] = float(sum(c in QUOTES for c in before) % 2 == 1)
    f["counts"] = float(any(getattr(incident.counts, n) for n in
                            ("fatalities", "injured", "arrested")))
    kin = [s for s in siblings if s is not incident and s.event_type == incident.event_type
           and s.location.place is not None and incident.location.place is not None
           and s.location.place.id == incident.location.place.id]
    f["sibling_occurred"] = float(any(s.status == OCCURRED for s in kin))
    f["sibling_unreal"] = float(any(s.status != OCCURRED for s in kin))
    cues = (_tree_cues(text, sentence, draft) if language == "en"
            else _word_cues(text, draft, language))
    f.update({f"cue_{k}": 1.0 for k in cues})
    return f


def _tree_cues(text: str, sentence: tuple[int, int], draft: EventDraft) -> set[str]:
    """Cue kinds on the trigger's head chain in spaCy's tree of its sentence."""
    doc = parse_sentence(text[sentence[0]:sentence[1]])
    if doc is None:
        return set()
    at = draft.trigger[0] - sentence[0]
    token = next((t for t in doc if t.idx <= at < t.idx + max(1, len(t.text))), None)
    if token is None:
        return set()
    cues: set[str] = set()
    chain = [token, *list(token.ancestors)[:4]]
    for n, word in enumerate(chain):
        for child in word.children:
            if child.dep_ == "neg" or child.lower_ in ("no", "nobody", "never"):
                cues.add("negation")
            if child.tag_ == "MD" or child.lower_ in ("will", "would", "'ll"):
                cues.add("modal")
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                cues.add("condition")
        if n:
            if word.lemma_ in EN_THREAT:
                cues.add("threat")
            if word.lemma_ in EN_DENIAL:
                cues.add("denial")
            if word.lemma_ in EN_CANCEL:
                cues.add("cancel")
            if word.lemma_ in CALLING_LEMMAS or word.lemma_ in ("plan", "schedule", "announce"):
                cues.add("plan")
        if word.dep_ in ("ccomp", "xcomp"):
            cues.add("complement")
    return cues


def _word_cues(text: str, draft: EventDraft, language: str) -> set[str]:
    """Cue kinds among the words of the trigger's clause before it and just after it."""
    vocabulary = VOCABULARIES.get(language)
    if vocabulary is None:
        return set()
    start, end = draft.clause
    words = text[start:min(end, draft.trigger[1] + 40)].lower().replace("'", " ").split()
    cues: set[str] = set()
    for word in words:
        keys = set(vocabulary.keys(word.strip(".,;:!?«»\"()")))
        for kind, words_of in (("negation", vocabulary.negation), ("plan", vocabulary.planned),
                               ("threat", vocabulary.threatened), ("denial", vocabulary.denied),
                               ("plan", vocabulary.planned_after)):
            if keys & words_of:
                cues.add(kind)
    return cues


def report_rows(record: dict, parser: Parser, name: str) -> dict:
    """One report's gold, its placed rows (every status) and their features and labels."""
    published = record.get("published")  # a date: read_records parses it
    parsed = parser(Document(record["text"], published=published,
                             language=record.get("language") or ""))
    language = getattr(parsed.document, "language", "") or "en"
    text = record["text"]
    drafts: list[EventDraft] = []
    every = detect_events(text, parsed.mentions, getattr(parsed, "sentences", None),
                          published, keep_all=True, language=language,
                          trace=incidents_into(drafts))
    placed = [(i, d) for i, d in zip(every, drafts, strict=True)
              if i.location is not None and i.location.place is not None]
    tied = {id(d): g for d, g in tie_drafts_to_gold_by_evidence(
        text, [d for _, d in placed], record["events"])}
    sentences = [tuple(s) for s in parsed.sentences]
    rows = []
    for incident, draft in placed:
        sentence = sentences[draft.sentence] if draft.sentence < len(sentences) else draft.clause
        gold = tied.get(id(draft))
        rows.append({"incident": incident,
                     "features": row_features(text, sentence, draft, incident, language,
                                              published, [i for i, _ in placed]),
                     "label": None if gold is None else
                     int(gold.get("status", OCCURRED) == OCCURRED)})
    return {"report": record.get("id"), "file": name, "language": language,
            "events": record["events"], "non_sites": record.get("non_sites") or [],
            "rows": rows}


def score_report(report: dict, statuses: Sequence[str]) -> Counter:
    """What ``eval-events`` counts on a report when its rows take ``statuses``."""
    every = [dataclasses.replace(r["incident"], status=s)
             for r, s in zip(report["rows"], statuses, strict=True)]
    gold = [g for g in report["events"] if g.get("status", OCCURRED) == OCCURRED]
    unreal = [g for g in report["events"] if g.get("status", OCCURRED) != OCCURRED]
    predicted = [i for i in every if i.status == OCCURRED]
    tally: Counter = Counter()
    tally["status_gold"] += len(report["events"])
    for g, p in pair_events(report["events"], every):
        if p is not None and same_place(g, p.location.place):
            tally["status_ok"] += p.status == g.get("status", OCCURRED)
    tally["gold"] += len(gold)
    for g, p in pair_events(gold, predicted):
        if p is not None and same_place(g, p.location.place):
            tally["found"] += 1
        elif g.get("lat") is not None and any(
                i.status != OCCURRED and i.event_type == g["event_type"]
                and same_place(g, i.location.place) for i in every):
            tally["told_unreal"] += 1
    tally["unreal_rows"] += false_rows(gold, unreal, report["non_sites"], predicted)["unreal"]
    return tally


def fallback(features: dict[str, float]) -> str:
    """The unreal label of a row the rules had occurred, from its cues."""
    for cue, status in (("cue_denial", "reported-denied"), ("cue_threat", "threatened"),
                        ("cue_negation", "negated"), ("cue_cancel", "negated"),
                        ("cue_modal", "planned"), ("cue_plan", "planned"),
                        ("after_publication", "planned")):
        if features.get(cue):
            return status
    return "negated"


def decide(report: dict, p: np.ndarray, threshold: float, mode: str) -> list[str]:
    out = []
    for row, prob in zip(report["rows"], p, strict=True):
        rule = row["incident"].status
        if prob >= threshold and (mode != "down" or rule == OCCURRED):
            out.append(OCCURRED)
        elif prob < threshold and rule == OCCURRED and mode != "up":
            out.append(fallback(row["features"]))
        else:
            out.append(rule)
    return out


def fit(reports: Sequence[dict], names: Sequence[str]) -> dict:
    rows = [r for rep in reports for r in rep["rows"] if r["label"] is not None]
    x = np.array([[r["features"].get(n, 0.0) for n in names] for r in rows])
    y = np.array([r["label"] for r in rows], dtype=float)
    mean, scale = standardise(x)
    w = fit_logistic((x - mean) / scale, y, l2=L2)
    return {"features": list(names), "mean": mean.tolist(), "scale": scale.tolist(),
            "weights": w[:-1].tolist(), "bias": float(w[-1])}


def probabilities(model: dict, report: dict) -> np.ndarray:
    if not report["rows"]:
        return np.zeros(0)
    x = np.array([[r["features"].get(n, 0.0) for n in model["features"]]
                  for r in report["rows"]])
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.array(model["weights"]) + model["bias"])))


def judge(splits: Sequence[tuple[list[dict], list[dict]]], names: Sequence[str]
          ) -> dict[str, Counter]:
    """Tallies of every test report: the rules' (``rules``) and each mode and threshold's."""
    table: dict[str, Counter] = {"rules": Counter()}
    for train, test in splits:
        model = fit(train, names)
        for report in test:
            table["rules"].update(score_report(
                report, [r["incident"].status for r in report["rows"]]))
            p = probabilities(model, report)
            for mode in MODES:
                for t in THRESHOLDS:
                    table.setdefault(f"{mode} {t}", Counter()).update(
                        score_report(report, decide(report, p, t, mode)))
    return table


def format_table(title: str, table: dict[str, Counter]) -> str:
    head = ["decision", "gold", "recall", "status", "unreal rows", "told_unreal"]
    lines = [title, "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, c in table.items():
        lines.append("| " + " | ".join(str(v) for v in (
            name, c["gold"], f"{c['found'] / max(1, c['gold']):.3f}",
            f"{c['status_ok'] / max(1, c['status_gold']):.3f}", c["unreal_rows"],
            c["told_unreal"])) + " |")
    return "\n".join(lines)


def grouped(reports: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    return [([r for n, r in enumerate(reports) if n % FOLDS != k],
             [r for n, r in enumerate(reports) if n % FOLDS == k]) for k in range(FOLDS)]


def by_language(reports: list[dict], language: str) -> list[tuple[list[dict], list[dict]]]:
    return [([r for r in reports if r["language"] != language],
             [r for r in reports if r["language"] == language])]


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rows", type=Path, default=DEFAULT_ROWS)
    args.add_argument("--rebuild", action="store_true")
    args.add_argument("--save", type=Path)
    args.add_argument("--judge", type=Path, nargs="*", default=[],
                      help="annotated files the model, trained on every dev row, is judged on")
    options = args.parse_args(argv)
    reports = cached_rows(options.rows, DEV_FILES, report_rows, options.rebuild)
    names = sorted({n for r in reports for row in r["rows"] for n in row["features"]})
    labelled = [row for r in reports for row in r["rows"] if row["label"] is not None]
    print(f"{len(reports)} reports, {sum(len(r['rows']) for r in reports)} rows, "
          f"{len(labelled)} labelled, {sum(1 for r in labelled if not r['label'])} unreal")
    for language in ("en", "ru", "fr"):
        print(format_table(f"\ngrouped CV (reports, all languages), judged on {language}",
                           judge([(tr, [r for r in te if r["language"] == language])
                                  for tr, te in grouped(reports)], names)))
        print(format_table(f"\nleave one language out: {language}",
                           judge(by_language(reports, language), names)))
    model = fit(reports, names)
    print("\nweights (all dev rows):")
    for n, w in sorted(zip(names, model["weights"], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {n:24s} {w:+.2f}")
    for path in options.judge:
        print(format_table(f"\ntrained on dev, judged on {path.name}",
                           judge([(reports, list(every_report([path], report_rows)))], names)))
    if options.save:
        options.save.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
