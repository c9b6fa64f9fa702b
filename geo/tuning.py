"""Learning recognition and resolution settings from the annotated development split.

Nothing in :mod:`geo.mentions` or :mod:`geo.resolve` lists corpus strings by hand; what
is learned from data is learned here, on even-numbered documents only, so that the odd
ones stay a fair check. Run ``python -m geo.tuning CORPUS.jsonl ...`` to rewrite
``geo/data/stoplist.txt`` after the gazetteer's names change.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from gazetteer._files import atomic_write
from gazetteer.normalize import fold

from .errors import InputError
from .resolve import Weights

# A name is stopped when the development split shows it a place in fewer than this share
# of its gazetteer-only matches, with at least MIN_FALSE wrong ones (rare names are kept:
# one stray match is no evidence against a real town).
MAX_PRECISION = 0.3
MIN_FALSE = 2


def read_split(paths: Iterable[str | Path], split: str | None) -> Iterator[dict]:
    """Yield the corpus records of ``split`` ("even", "odd" or None for all)."""
    for path in paths:
        if not Path(path).is_file():
            raise InputError("no such corpus file", path=path)
        with open(path, encoding="utf-8") as handle:
            lines = (line for line in enumerate(handle, start=1) if line[1].strip())
            for index, (number, line) in enumerate(lines):
                if split is None or (index % 2 == 0) == (split == "even"):
                    try:
                        yield json.loads(line)
                    except ValueError as err:
                        raise InputError(f"invalid JSON: {err}", path=path,
                                         line=number) from None


def learn_stoplist(paths: Iterable[str | Path], parser) -> list[str]:
    """Return folded names that gazetteer matching finds but annotators rarely mark.

    Runs the parser's recogniser with the gazetteer alone and no stop list over the even
    split of each corpus and counts, per folded name, the matches that coincide with a
    gold toponym and those that do not.
    """
    from .mentions import Recognizer

    recognizer = Recognizer(parser.gazetteer, stoplist=(), use_ner=False)
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
    return sorted(key for key, wrong in misses.items()
                  if wrong >= MIN_FALSE and hits[key] / (hits[key] + wrong) < MAX_PRECISION)


def fit_weights(paths: Iterable[str | Path], parser, *, rounds: int = 2,
                limit: int | None = None) -> tuple[Weights, float]:
    """Fit :class:`geo.resolve.Weights` by coordinate ascent on the even split.

    The objective is the mean, over the corpora, of Acc@161 with the gold spans given
    (what resolution alone can change). Recognition runs once; each trial re-runs only
    the resolver. Each weight in turn is tried at a few multiples and offsets of its
    value and the best kept; ``rounds`` passes over all weights.
    """
    from dataclasses import asdict, fields, replace

    from gazetteer._geometry import haversine_km

    from .resolve import Resolver

    corpora = []
    for path in paths:
        records = list(read_split([path], "even"))[:limit]
        items = [(r["text"], [(t["start"], t["end"]) for t in r["toponyms"]])
                 for r in records]
        works = list(parser._with_nlp(  # the cached, pre-resolution layer
            (_gold_work(text, spans) for text, spans in items), 64, 1))
        for work in works:
            parser._recognize(work)
        corpora.append((records, works))

    def objective(weights: Weights) -> float:
        resolver = Resolver(parser.gazetteer, weights=weights)
        scores = []
        for records, works in corpora:
            ok = total = 0
            for record, work in zip(records, works, strict=True):
                by_span = {(m.start, m.end): m
                           for m in resolver(work.document.text, work.candidates)}
                for gold in record["toponyms"]:
                    if gold.get("lat") is None:
                        continue
                    total += 1
                    m = by_span.get((gold["start"], gold["end"]))
                    ok += bool(m and m.place and haversine_km(
                        gold["lat"], gold["lon"], m.place.lat, m.place.lon) <= 161)
            scores.append(ok / max(1, total))
        return sum(scores) / len(scores)

    best = parser.resolver.weights
    best_score = objective(best)
    for _ in range(rounds):
        for f in fields(Weights):
            if f.type != "float":  # switches such as ``refine`` are not fitted
                continue
            value = asdict(best)[f.name]
            for trial in {value * 0.5, value * 2, value + 0.5, value - 0.5, 0.0}:
                candidate = replace(best, **{f.name: round(trial, 3)})
                score = objective(candidate)
                if score > best_score:
                    best, best_score = candidate, score
    return best, best_score


def _gold_work(text: str, spans: list[tuple[int, int]]):
    from .model import Document
    from .pipeline import _Work

    return _Work(Document(text), gold=tuple(sorted(spans)))


def main(argv: list[str] | None = None) -> None:
    """Rewrite ``geo/data/stoplist.txt`` from the given corpora's even split."""
    from .pipeline import Parser

    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    ns = args.parse_args(argv)
    names = learn_stoplist(ns.corpora, Parser())
    target = Path(__file__).with_name("data") / "stoplist.txt"
    with atomic_write(target) as handle:
        handle.write("# Learned by geo.tuning.learn_stoplist on the even split of:\n")
        handle.write("".join(f"#   {Path(p).name}\n" for p in ns.corpora))
        handle.write("".join(f"{name}\n" for name in names))


if __name__ == "__main__":
    main()
