"""The learned recognizer (issue 17, point 3): train it, or judge it leave-one-corpus-out.

``python -m tools.train_recognizer lgl.jsonl geovirus.jsonl wiktor.jsonl -o
geo/data/recognizer-v1.json`` trains the shipped model on every document of the given
corpora; ``--loco`` instead trains on all corpora but one and scores that one, for each,
against the hand-filtered recognition on the same documents (one table); ``--in-corpus``
trains on the even documents of all and scores the odd; ``--checks MODEL`` scores a model
file against the hand filters on the event dev sets, the failure set and the sample
article.

Every span :meth:`geo.recognize.Recognizer.proposals` proposes and the model judges is
a training row: a toponym if a gold span has exactly its offsets (the corpora's F1 counts
exact spans). Only corpora that mark every toponym of a document teach it (LGL,
GeoVirus): WikToR marks one name per page, so an unmarked span there may still be a
place, and it has no negatives to give (tried: its marked spans as the only rows pulled
LGL's held-out F1 from .77 to .72); it is scored, on recall and Acc@161. Each corpus
weighs the same in the loss, and the threshold that maximises span F1 on the training
corpora is the model's. Proposals are cached per corpus (spaCy is most of the
cost) under ``$INCIDENTMAP_STUDY_CACHE``, keyed by the recognition code, the stop list,
spaCy's settings and the gazetteer file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from gazetteer.sources.builtin import SOURCES_REVISION
from geo.evaluate import evaluate_corpus, score_mentions
from geo.evaluate.corpus import read_split
from geo.evaluate.events import evaluate_events
from geo.nlp import chunks
from geo.pipeline import Parser
from geo.recognize import Candidate
from geo.recognize.features import FEATURES
from geo.recognize.learned import MODEL, RecognitionModel
from geo.recognize.learned import load as read_model
from geo.text import replace_lone_surrogates
from tools.logistic import fit_logistic, standardise
from tools.rank_data import CACHE, ROOT, Corpus, resolved

VERSION = 1
# Corpora that mark every toponym of a document (WikToR marks one name per page).
ANNOTATES_ALL = frozenset({"lgl", "geovirus"})
# The L2 penalty on standardised features.
L2 = 1e-3

# One chunk of a document: its offset, its text and its proposals with their features.
Chunk = tuple[int, str, list[tuple[Candidate, tuple[float, ...] | None]]]
# One corpus's training rows: features, labels, and its number of gold spans.
Part = tuple[np.ndarray, np.ndarray, int]


@dataclass
class Proposed:
    """One corpus's records, and per document its hand-filtered candidates and its
    proposals (chunk by chunk, offsets within the chunk)."""

    path: Path
    records: list[dict]
    hand: list[list[Candidate]]
    chunks: list[list[Chunk]]

    @property
    def name(self) -> str:
        return self.path.stem


def _key(path: Path, parser: Parser) -> str:
    digest = hashlib.sha256()
    for file in sorted((ROOT / "geo" / "recognize").glob("*.py")):
        digest.update(file.read_bytes())
    for file in (ROOT / "geo" / "data" / "stoplist.txt", ROOT / "geo" / "nlp.py"):
        digest.update(file.read_bytes())
    stat, built = path.stat(), parser.gazetteer.path.stat()
    return (f"{path.stem}-proposals-{stat.st_size}-{int(stat.st_mtime)}-"
            f"{digest.hexdigest()[:12]}-{built.st_size}-{built.st_mtime_ns}")


def load(path: str | Path, parser: Parser) -> Proposed:
    """The corpus at ``path`` with its hand-filtered candidates and its proposals."""
    path = Path(path)
    records = list(read_split([path], None))
    file = CACHE / f"{_key(path, parser)}.pkl"
    if file.is_file():
        with open(file, "rb") as handle:
            hand, proposed = pickle.load(handle)
        return Proposed(path, records, hand, proposed)
    recognizer = parser.recognizer
    hand: list[list[Candidate]] = []
    proposed: list[list[Chunk]] = []
    for record in records:
        text = record["text"]
        pieces = list(chunks(text))
        docs = parser.nlp.pipe(replace_lone_surrogates(p) for _, p in pieces)
        found: list[Candidate] = []
        doc_chunks: list[Chunk] = []
        for (offset, piece), doc in zip(pieces, docs, strict=True):
            found.extend(_shifted(c, offset, text) for c in recognizer(doc))
            doc_chunks.append((offset, piece, recognizer.proposals(doc)))
        hand.append(found)
        proposed.append(doc_chunks)
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    with open(tmp, "wb") as handle:
        pickle.dump((hand, proposed), handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(file)
    return Proposed(path, records, hand, proposed)


def _shifted(cand: Candidate, offset: int, text: str) -> Candidate:
    return replace(cand, start=cand.start + offset, end=cand.end + offset,
                   text=text[cand.start + offset:cand.end + offset])


def rows(corpus: Proposed, docs: range | None = None) -> Part:
    """Feature rows, their labels and the number of gold spans, of ``docs``."""
    xs: list[tuple[float, ...]] = []
    ys: list[bool] = []
    gold_count = 0
    for i in (range(len(corpus.records)) if docs is None else docs):
        gold = {(t["start"], t["end"]) for t in corpus.records[i].get("toponyms", ())}
        gold_count += len(gold)
        for offset, _, proposals in corpus.chunks[i]:
            for cand, vector in proposals:
                if vector is None:
                    continue
                xs.append(vector)
                ys.append((cand.start + offset, cand.end + offset) in gold)
    x = np.array(xs, dtype=float).reshape(-1, len(FEATURES))
    return x, np.array(ys, dtype=bool), gold_count


def fit(parts: list[Part], l2: float = L2) -> RecognitionModel:
    """A logistic regression on the rows of ``parts`` (x, y, gold spans), each corpus
    weighing the same, with the threshold that maximises span F1 on them."""
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts]).astype(float)
    weight = np.concatenate([np.full(len(p[1]), len(y) / len(parts) / max(1, len(p[1])))
                             for p in parts])
    mean, std = standardise(x)
    theta = fit_logistic((x - mean) / std, y, l2=l2, weight=weight)
    weights = theta[:-1] / std
    intercept = float(theta[-1] - (theta[:-1] * mean / std).sum())
    model = RecognitionModel(tuple(float(w) for w in weights), intercept)
    return replace(model, threshold=_best_threshold(model, parts))


def _best_threshold(model: RecognitionModel, parts: list[Part]) -> float:
    probs = np.concatenate([[model.probability(v) for v in p[0]] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    gold = sum(p[2] for p in parts)
    best, best_f1 = 0.5, -1.0
    for threshold in np.arange(0.05, 0.951, 0.01):
        kept = probs >= threshold
        f1 = 2 * (kept & y).sum() / (kept.sum() + gold)
        if f1 > best_f1:
            best, best_f1 = float(round(threshold, 2)), f1
    return best


def training_parts(corpora: list[Proposed], *, even_only: bool = False) -> list[Part]:
    """The rows of each corpus (with ``even_only``, of its even documents only)."""
    parts = []
    for c in corpora:
        if c.name not in ANNOTATES_ALL:
            continue  # no negatives: see the module docstring
        x, y, gold = rows(c, range(0, len(c.records), 2) if even_only else None)
        parts.append((x, y, gold))
    return parts


def recognised(parser: Parser, corpus: Proposed, model: RecognitionModel | None,
               ) -> list[list[Candidate]]:
    """Each document's candidates: the hand-filtered ones, or those ``model`` keeps."""
    if model is None:
        return corpus.hand
    recognizer = parser.recognizer
    return [[_shifted(c, offset, record["text"]) for offset, piece, proposals in doc
             for c in recognizer.decide(piece, proposals, model)]
            for record, doc in zip(corpus.records, corpus.chunks, strict=True)]


def report(parser: Parser, corpus: Proposed, model: RecognitionModel | None,
           ) -> dict[str, dict]:
    """End-to-end scores (all documents, odd half) with the default resolver."""
    found = Corpus(corpus.path, corpus.records, [], recognised(parser, corpus, model))
    pairs = list(resolved(parser.resolver, found, gold_spans=False))
    return {"all": score_mentions(corpus.path.name, pairs, gold_spans=False),
            "odd": score_mentions(corpus.path.name, pairs[1::2], gold_spans=False,
                                  split="odd")}


def importance(parts: list[Part], model: RecognitionModel) -> dict[str, float]:
    """|weight| × the feature's standard deviation over all rows."""
    std = np.vstack([p[0] for p in parts]).std(axis=0)
    return {name: round(abs(w) * s, 3) for name, w, s in zip(FEATURES, model.weights, std,
                                                              strict=True)}


def _table(parser: Parser, corpora: list[Proposed], in_corpus: bool, l2: float,
           ) -> tuple[list[str], dict]:
    lines = ["| held out | recognition | P | R | F1 | Acc@161 | F1 odd | Acc@161 odd |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    reports: dict = {}
    if in_corpus:
        shared = fit(training_parts(corpora, even_only=True), l2)
    for held in corpora:
        model = shared if in_corpus else fit(
            training_parts([c for c in corpora if c is not held]), l2)
        for label, which in (("hand filters", None), ("learned", model)):
            result = report(parser, held, which)
            reports.setdefault(held.name, {})[label] = result
            a, o = result["all"], result["odd"]
            f1 = held.name in ANNOTATES_ALL
            lines.append(
                f"| {held.name} | {label} | {a['precision']:.3f} | {a['recall']:.3f} | "
                f"{a['f1']:.3f}{'' if f1 else '*'} | {a['acc161']:.3f} | "
                f"{o['f1']:.3f}{'' if f1 else '*'} | {o['acc161']:.3f} |")
        reports[held.name]["threshold"] = model.threshold
    return lines, reports


def checks(parser: Parser, model: RecognitionModel) -> list[str]:
    """The shipped model against the hand filters on the event dev sets, the failure
    set and the sample article (the checks a default recognizer must pass)."""
    learned = Parser(parser.gazetteer, nlp=parser.nlp, recognition_model=model)
    data = ROOT / "tests" / "data"
    lines = []
    for name in ("events_dev.jsonl", "events_multi_dev.jsonl"):
        for label, each in (("hand filters", parser), ("learned", learned)):
            r = evaluate_events(data / name, parser=each)
            lines.append(f"{name} {label}: recall {r['incident_recall']}, place@25 km "
                         f"{r['location_acc25']}, type precision {r['type_precision']}")
    failures = data / "geoparse_failures.jsonl"
    for label, each in (("hand filters", parser), ("learned", learned)):
        gold = evaluate_corpus(failures, gold_spans=True, parser=each)
        e2e = evaluate_corpus(failures, parser=each)
        lines.append(f"failure set {label}: gold spans {gold['acc161']}, end to end "
                     f"{e2e['acc161']}, F1 {e2e['f1']}")
    seed = (ROOT / "seeds" / "kazakhstan-2022-01-07.txt").read_text(encoding="utf-8")
    hand, mine = ([(m.start, m.end, m.kind, m.role, m.place and m.place.id, m.precision)
                   for m in each(seed).mentions] for each in (parser, learned))
    lines.append(f"sample article: {len(hand)} mentions with the hand filters, "
                 f"{len(mine)} learned, {len(set(hand) ^ set(mine))} differ")
    return lines


def main(argv: list[str] | None = None) -> None:
    """Train the recognizer on the given corpora and write it, or (``--loco``,
    ``--in-corpus``) print its table against the hand filters."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="*")
    args.add_argument("-o", "--output", type=Path, default=MODEL)
    args.add_argument("--l2", type=float, default=L2)
    args.add_argument("--loco", action="store_true",
                      help="train on all corpora but one, score it, for each: one table")
    args.add_argument("--in-corpus", action="store_true",
                      help="train on the even documents of all, score each corpus")
    args.add_argument("--json", type=Path, help="also write the table's reports")
    args.add_argument("--checks", type=Path, metavar="MODEL",
                      help="instead: score the model file MODEL against the hand filters on "
                      "the event dev sets, the failure set and the sample article")
    ns = args.parse_args(argv)
    parser = Parser()
    if ns.checks:
        sys.stdout.write("\n".join(checks(parser, read_model(ns.checks))) + "\n")
        return
    if not ns.corpora:
        args.error("give the corpora")
    corpora = [load(p, parser) for p in ns.corpora]
    if ns.loco or ns.in_corpus:
        lines, reports = _table(parser, corpora, ns.in_corpus, ns.l2)
        lines.append("\n* WikToR marks one name per page: its precision and F1 count "
                     "unmarked places as errors; read its recall and Acc@161.")
        sys.stdout.write("\n".join(lines) + "\n")
        if ns.json:
            ns.json.write_text(json.dumps(reports, indent=1), encoding="utf-8")
        return
    parts = training_parts(corpora)
    model = fit(parts, ns.l2)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT, check=False).stdout.strip()
    data = {
        "version": VERSION,
        "model": "logistic regression over proposed spans (tools/train_recognizer.py)",
        "trained_on": [c.path.name for c in corpora if c.name in ANNOTATES_ALL],
        "rows": {c.name: len(p[1]) for c, p in
                 zip([c for c in corpora if c.name in ANNOTATES_ALL], parts, strict=True)},
        "l2": ns.l2, "commit": commit, "gazetteer_revision": SOURCES_REVISION,
        "features": list(FEATURES),
        "weights": {n: round(w, 6) for n, w in zip(FEATURES, model.weights, strict=True)},
        "intercept": round(model.intercept, 6), "threshold": model.threshold,
        "importance": importance(parts, model),
    }
    ns.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
