"""Leave-one-corpus-out evaluation: ``python -m tools.loco lgl.jsonl geovirus.jsonl
wiktor.jsonl [--method logit|ascent|ascent-neutral|shipped|hand]``.

For each corpus in turn, the ranking is trained on every document of the others and
scored on it: with gold spans (resolution only), on all its documents and on its odd
half (beside the in-corpus figures), and end to end where it annotates every toponym
(not WikToR, which marks one name per page). Prints one Markdown table; ``--json`` also
writes the reports. ``shipped`` scores the shipped learned model
(:func:`geo.resolve.weights.shipped`) and ``hand`` the hand-set ``Weights()`` (the
resolver's default), both without training: in-corpus references, not held-out
figures. Candidates come from :mod:`tools.rank_data`'s cache, so a run after the first
costs resolution only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo.pipeline import Parser
from geo.resolve import Resolver, Weights
from geo.resolve.weights import FEATURES, shipped
from tools.rank_data import load_corpus, rows_of, score
from tools.train_ranker import L2, fit_ascent, fit_logit

ANNOTATES_ALL = frozenset({"lgl", "geovirus"})


def trained(method: str, train: list, parser: Parser, l2: float,
            docs: str | None = None) -> Weights:
    """The weights ``method`` learns from the ``train`` corpora (``docs="even"``: from
    their even documents only)."""
    if method == "shipped":
        return shipped()
    if method == "hand":
        return Weights()
    parts = [rows_of(parser.resolver, c,
                     None if docs is None else range(0, len(c.records), 2))
             for c in train]
    start = Weights()
    if method == "ascent-neutral":
        neutral = Weights(**dict.fromkeys(FEATURES, 0.0), refine=start.refine)
        values = fit_ascent(parts, neutral)
    elif method == "ascent":
        values = fit_ascent(parts, start)
    else:
        values = fit_logit(parts, l2=l2)
    return Weights(**values, refine=start.refine)


def main(argv: list[str] | None = None) -> None:
    """Train on all corpora but one, score on that one, for each; print one table.
    With ``--in-corpus``, the in-corpus check instead (its "all" columns then include
    the documents trained on)."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    args.add_argument("--method", choices=("logit", "ascent", "ascent-neutral", "shipped",
                                                "hand"),
                      default="logit",
                      help="ascent starts from the hand-set weights (which saw every corpus's "
                      "even half), ascent-neutral from all zeros")
    args.add_argument("--l2", type=float, default=L2)
    args.add_argument("--json", type=Path)
    args.add_argument("--in-corpus", action="store_true",
                      help="instead: train on the even documents of all, score the odd")
    ns = args.parse_args(argv)
    if len(ns.corpora) < 2:
        args.error("give at least two corpora")
    # Training rows are read in the hand-set weights' first pass, as tools.train_ranker does.
    parser = Parser(weights=Weights())
    corpora = [load_corpus(p, parser, end_to_end=Path(p).stem in ANNOTATES_ALL)
               for p in ns.corpora]
    reports = {}
    lines = ["| held out | method | gold spans Acc@161 (all) | gold spans (odd) | "
             "end to end Acc@161 (all) | F1 | end to end (odd) | F1 (odd) |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    if ns.in_corpus:
        weights = trained(ns.method, corpora, parser, ns.l2, docs="even")
    for held in corpora:
        if not ns.in_corpus:
            weights = trained(ns.method, [c for c in corpora if c is not held], parser,
                              ns.l2)
        resolver = Resolver(parser.gazetteer, weights=weights)
        report = {"weights": {n: getattr(weights, n) for n in FEATURES},
                  "gold": score(resolver, held, gold_spans=True),
                  "gold_odd": score(resolver, held, gold_spans=True, split="odd")}
        if held.found is not None:
            report["e2e"] = score(resolver, held, gold_spans=False)
            report["e2e_odd"] = score(resolver, held, gold_spans=False, split="odd")
        reports[held.name] = report

        def cell(key: str, field: str, report=report) -> str:
            return f"{report[key][field]:.3f}" if key in report else "–"

        lines.append(f"| {held.name} | {ns.method} | {cell('gold', 'acc161')} | "
                     f"{cell('gold_odd', 'acc161')} | {cell('e2e', 'acc161')} | "
                     f"{cell('e2e', 'f1')} | {cell('e2e_odd', 'acc161')} | "
                     f"{cell('e2e_odd', 'f1')} |")
    sys.stdout.write("\n".join(lines) + "\n")
    if ns.json:
        ns.json.write_text(json.dumps(reports, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
