"""Learning recognition and resolution settings from the annotated development split.

Nothing in :mod:`geo.recognize` or :mod:`geo.resolve` lists corpus strings by hand; what
is learned from data is learned here, on even-numbered documents only, so that the odd
ones stay a fair check. ``python -m tools.tune CORPUS.jsonl ...`` adds what the corpora
teach to ``geo/data/stoplist.txt`` (``--fresh`` starts from an empty list), for example
after the gazetteer's names change; ``--weights`` fits and prints the resolution weights
(:func:`fit_weights`).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from gazetteer.files import atomic_write
from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from geo.errors import InputError
from geo.evaluate import ACC_KM
from geo.evaluate.corpus import read_split
from geo.pipeline import Parser
from geo.recognize import Recognizer, load_stoplist
from geo.resolve import FEATURES, Weights

if TYPE_CHECKING:
    from gazetteer.place import Place
    from geo.recognize import Candidate

# A name is stopped when the development split shows it a place in fewer than this share
# of its gazetteer-only matches, with at least MIN_FALSE wrong ones (rare names are kept:
# one stray match is no evidence against a real town). Below one half, a name costs
# recognition F1 more often than it earns it.
MAX_PRECISION = 0.5
MIN_FALSE = 2


def learn_stoplist(paths: Iterable[str | Path], parser,
                   start: Iterable[str] = ()) -> list[str]:
    """Return folded names that gazetteer matching finds but annotators rarely mark.

    Runs the parser's recogniser (NER and gazetteer, as in use) with the stop list
    ``start`` over the even split of each corpus and counts, per folded name, the
    gazetteer-only matches that coincide with a gold toponym and those that do not.
    Returns ``start`` with the names added: stopping one name can expose another (a
    shorter name inside a stopped longer one), so learning again from the result finds
    more, and a list learned by earlier recognisers keeps what it learned.
    """
    start = frozenset(start)
    recognizer = Recognizer(parser.gazetteer, stoplist=start)
    hits: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    records = list(read_split(paths, "even"))
    for record, doc in zip(records, parser.nlp.pipe(r["text"] for r in records), strict=False):
        gold = {(t["start"], t["end"]) for t in record.get("toponyms", ())}
        for cand in recognizer(doc):
            if cand.source != "gazetteer" or cand.kind != "named":
                continue
            key = fold(cand.query)
            if (cand.start, cand.end) in gold:
                hits[key] += 1
            else:
                misses[key] += 1
    return sorted(start | {key for key, wrong in misses.items()
                           if wrong >= MIN_FALSE
                           and hits[key] / (hits[key] + wrong) < MAX_PRECISION})


def fit_weights(paths: Iterable[str | Path], parser: Parser, *, rounds: int = 3,
                limit: int | None = None,
                corpus_weights: Mapping[str, float] | None = None) -> tuple[Weights, float]:
    """Fit :class:`geo.resolve.resolver.Weights` by coordinate ascent on the even split
    (the method the hand-set weights came from; the shipped ranking is now learned by
    ``tools/train_ranker.py``).

    Every gold toponym (spans given) whose candidates include both places within
    :data:`~geo.evaluate.geoparse.ACC_KM` of the gold point and places beyond it is a training
    row: the feature vectors (:meth:`Resolver.features`, context from the first pass)
    of all its candidates. The objective is the weighted mean, over the corpora, of the
    share of rows whose best-scoring candidate is a right one. Each weight in turn is
    set to the best of a grid of values from -4 to 6 (step 0.25), ``rounds`` times;
    :data:`UNFITTED` weights keep their value. ``corpus_weights`` maps a corpus file's
    stem ("wiktor") to its weight in the mean (default 1).

    Raises
    ------
    InputError
        When a corpus weight names no given corpus, or no corpus has a weighted row
        to learn from (every toponym unambiguous or unresolvable).
    """
    paths = list(paths)
    unknown = set(corpus_weights or ()) - {Path(p).stem for p in paths}
    if unknown:
        raise InputError(f"corpus weights name no given corpus: {', '.join(sorted(unknown))}",
                         path=", ".join(map(str, paths)))
    resolver = parser.resolver
    corpora = []
    for path in paths:
        records = list(read_split([path], "even"))[:limit]
        candidates = parser.pipe_candidates(
            (r["text"], [(t["start"], t["end"]) for t in r["toponyms"]]) for r in records)
        rows, groups = [], []
        for record, found in zip(records, candidates, strict=True):
            label = _right_candidates(record)
            for right, features in resolver.feature_rows(found, label, record["text"]):
                groups.append((len(rows), len(rows) + len(right), right))
                rows.extend(features)
        weight = (corpus_weights or {}).get(Path(path).stem, 1.0)
        if groups and weight > 0:
            corpora.append((np.array(rows, dtype=float), groups, weight))
    if not corpora:
        raise InputError("nothing to fit: no ambiguous gold toponym with a right and a "
                         "wrong candidate in the even split of a weighted corpus",
                         path=", ".join(map(str, paths)))

    def objective(vector: np.ndarray) -> float:
        total = 0.0
        for rows, groups, weight in corpora:
            scores = rows @ vector
            hits = sum(right[int(np.argmax(scores[a:b]))] for a, b, right in groups)
            total += weight * hits / max(1, len(groups))
        return total / sum(weight for _, _, weight in corpora)

    # From the hand-set weights this ascent fitted before the learned ranking
    # (tools/train_ranker.py) replaced them; the added features stay at 0.
    start = Weights()
    vector = np.array([getattr(start, name) for name in FEATURES], dtype=float)
    best_score = objective(vector)
    for _ in range(rounds):
        for i, name in enumerate(FEATURES):
            if name in UNFITTED or getattr(Weights, name) == 0.0:
                continue
            for trial in np.arange(-4.0, 6.25, 0.25):
                candidate = vector.copy()
                candidate[i] = trial
                score = objective(candidate)
                if score > best_score + 1e-9:
                    vector, best_score = candidate, score
    fitted = {name: round(float(value), 3) for name, value in zip(FEATURES, vector,
                                                                     strict=True)}
    return replace(start, **fitted), best_score


#: Weights :func:`fit_weights` leaves alone: the corpora are neutral on a city sharing
#: its name with its own first-level division (see :class:`geo.resolve.resolver.Weights`).
UNFITTED = frozenset({"namesake", "seat_namesake", "outgrown", "capital_abroad"})


def _right_candidates(record: dict) -> Callable[[Candidate, tuple[Place, ...]], Any]:
    """For :meth:`Resolver.feature_rows`: which of a gold toponym's candidates lie within
    :data:`~geo.evaluate.geoparse.ACC_KM` of its point (a boolean array), or ``None`` where that
    teaches nothing (not a gold span, or all right, or all wrong)."""
    gold = {(t["start"], t["end"]): t for t in record["toponyms"] if t.get("lat") is not None}

    def label(cand: Candidate, places: tuple[Place, ...]) -> Any:
        point = gold.get((cand.start, cand.end))
        if point is None or len(places) < 2:
            return None
        right = np.array([haversine_km(p.lat, p.lon, point["lat"], point["lon"]) <= ACC_KM
                          for p in places])
        return right if right.any() and not right.all() else None

    return label


def main(argv: list[str] | None = None) -> None:
    """Learn from the given corpora's even split.

    By default, add what they teach to ``geo/data/stoplist.txt``. With ``--weights``,
    fit the resolution weights (:func:`fit_weights`) and print them as JSON, to be
    copied into :class:`geo.resolve.resolver.Weights` when they do better on the odd split. The
    defaults were fitted with ``--weights lgl.jsonl geovirus.jsonl wiktor.jsonl --limit
    1200 --corpus-weight wiktor=0.5`` (coordinate ascent starts from the current
    weights, so a rerun after recognition changes may move them a little).
    """
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    args.add_argument("--fresh", action="store_true",
                      help="start from an empty list instead of the current one")
    args.add_argument("--weights", action="store_true",
                      help="fit the resolution weights instead and print them")
    args.add_argument("--limit", type=int, help="at most this many documents per corpus")
    args.add_argument("--corpus-weight", action="append", default=[], metavar="STEM=W",
                      help="weight of one corpus in the objective (default 1)")
    ns = args.parse_args(argv)
    parser = Parser()
    if ns.weights:
        try:
            corpus_weights = {stem: float(w) for stem, w in
                              (item.split("=", 1) for item in ns.corpus_weight)}
        except ValueError:
            args.error("--corpus-weight takes STEM=NUMBER, e.g. wiktor=0.5")
        try:
            weights, score = fit_weights(ns.corpora, parser, limit=ns.limit,
                                         corpus_weights=corpus_weights)
        except InputError as err:
            args.error(str(err))
        print(json.dumps({"objective": round(score, 4), "weights": asdict(weights)},
                         indent=2))
        return
    names = learn_stoplist(ns.corpora, parser, () if ns.fresh else load_stoplist())
    target = Path(__file__).with_name("data") / "stoplist.txt"
    with atomic_write(target) as handle:
        handle.write("# Learned by tools.tune.learn_stoplist on the even split of:\n")
        handle.write("".join(f"#   {Path(p).name}\n" for p in ns.corpora))
        handle.write("".join(f"{name}\n" for name in names))


if __name__ == "__main__":
    main()
