"""Learning the recognition stop list from the annotated development split.

Nothing in :mod:`geo.recognize` or :mod:`geo.resolve` lists corpus strings by hand; the
names the corpora show are seldom places are learned here, on even-numbered documents
only, so that the odd ones stay a fair check. ``python -m tools.tune CORPUS.jsonl ...``
adds what the corpora teach to ``geo/data/stoplist.txt`` (``--fresh`` starts from an
empty list), for example after the gazetteer's names change. The resolution weights are
learned by ``python -m tools.train_ranker`` (the coordinate ascent that fitted the
hand-set weights before is :func:`tools.train_ranker.fit_ascent`).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from gazetteer.files import atomic_write
from gazetteer.normalize import fold
from geo.evaluate.corpus import read_split
from geo.pipeline import Parser
from geo.recognize import Recognizer, load_stoplist

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


def main(argv: list[str] | None = None) -> None:
    """Add what the given corpora's even split teaches to ``geo/data/stoplist.txt``."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    args.add_argument("--fresh", action="store_true",
                      help="start from an empty list instead of the current one")
    ns = args.parse_args(argv)
    parser = Parser()
    names = learn_stoplist(ns.corpora, parser, () if ns.fresh else load_stoplist())
    target = Path(__file__).resolve().parents[1] / "geo" / "data" / "stoplist.txt"
    with atomic_write(target) as handle:
        handle.write("# Learned by tools.tune.learn_stoplist on the even split of:\n")
        handle.write("".join(f"#   {Path(p).name}\n" for p in ns.corpora))
        handle.write("".join(f"{name}\n" for name in names))


if __name__ == "__main__":
    main()
