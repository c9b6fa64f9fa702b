"""Which gold toponyms have a candidate within 161 km (are *reachable*), and why the
others do not: ``python -m tools.reachability lgl.jsonl geovirus.jsonl wiktor.jsonl
[--limit N] [--examples K] [--json FILE]``.

Gold spans, every document, the candidates of :mod:`tools.rank_data`'s cache given to
:func:`geo.resolve.candidates.candidate_places` as the resolver gives them. A gold
toponym with a point is reachable when one of its candidates lies within
:data:`~geo.evaluate.ACC_KM` of it; a mention that is no named one (a demonym, "the
capital") is reachable when the place resolution gives it lies there. The others are
classed, first class that applies:

- ``cut``: a place of the name lies there, but the candidate list left it out, and
  more places bear the name than :data:`~geo.resolve.candidates.CANDIDATE_LIMIT`;
- ``filtered``: the gazetteer finds one there, fewer places bear the name, but a
  filter of the candidate list dropped it (a code the text does not write as a code,
  an outnumbered division);
- ``sign flipped``: a place of the name lies within 161 km of the gold point with
  its latitude's or longitude's sign turned (a West longitude written East: an odd
  gold point, no gazetteer gap);
- ``no name``: no place bears the name at all;
- ``other spelling``: no place of the name lies there, but a place whose name is
  spelled alike does ("Saint X" for "St. X", a shorter or longer form);
- ``near miss``: the nearest place of the name lies 161-300 km away (a large place
  whose points differ by convention, or an odd gold point);
- ``namesake missing``: places of the name exist, all farther (the gazetteer lacks
  the one meant);
- ``not named``: a mention without a candidate list whose resolution lies farther.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from pathlib import Path

from gazetteer.geometry import degrees_box, haversine_km
from gazetteer.normalize import fold
from geo.evaluate import ACC_KM
from geo.pipeline import Parser
from geo.resolve import Resolver
from geo.resolve.candidates import (
    CANDIDATE_LIMIT,
    feature_core,
)
from tools.rank_data import load_corpus
from tools.train_ranker import NEUTRAL

CLASSES = ("cut", "filtered", "sign flipped", "no name", "other spelling", "near miss",
           "namesake missing", "not named")
_NEAR_MISS_KM = 300.0
_ALIKE = 0.8  # difflib ratio of two folded names spelled alike


def _alike(gazetteer, query: str, lat: float, lon: float) -> str:
    """The name of a place within 161 km spelled like ``query``, else ``""``."""
    south, north, west, east = degrees_box(lat, lon, ACC_KM)
    box = (max(west, -180.0), south, min(east, 180.0), north)
    folded = fold(query)
    for point in gazetteer.prominent_places(box):
        name = fold(point.name)
        if haversine_km(lat, lon, point.lat, point.lon) > ACC_KM:
            continue
        if (f" {folded} " in f" {name} " or f" {name} " in f" {folded} "
                or difflib.SequenceMatcher(None, folded, name).ratio() >= _ALIKE):
            return point.name
    return ""


def classify(gazetteer, resolver, corpus, examples: Counter) -> Counter:
    """Count the corpus's gold toponyms by class (``reachable`` or one of CLASSES)."""
    counts: Counter = Counter()
    for record, found in zip(corpus.records, corpus.gold, strict=True):
        text = record["text"]
        options = resolver.candidate_options(text, found)
        by_span = {(c.start, c.end): c for c in found}
        resolved = None
        for gold in record.get("toponyms", ()):
            if gold.get("lat") is None:
                continue
            lat, lon = gold["lat"], gold["lon"]
            cand = by_span.get((gold["start"], gold["end"]))
            named = cand is not None and cand.kind == "named"
            places = options.get(cand.query, ()) if named else None
            if places is None:
                if resolved is None:
                    resolved = {(m.start, m.end): m for m in resolver(text, found)}
                hit = resolved.get((gold["start"], gold["end"]))
                near = hit is not None and hit.place is not None and haversine_km(
                    lat, lon, hit.place.lat, hit.place.lon) <= ACC_KM
                counts["reachable" if near else "not named"] += 1
                continue
            if any(haversine_km(lat, lon, p.lat, p.lon) <= ACC_KM for p in places):
                counts["reachable"] += 1
                continue
            folded = fold(cand.query)
            every = gazetteer.candidates_folded(folded, 10**6)
            if not every and (core := feature_core(cand.query)):
                every = gazetteer.candidates_folded(fold(core), 10**6)
            km = [haversine_km(lat, lon, p.lat, p.lon) for p in every]
            if any(d <= ACC_KM for d in km):
                kind = "cut" if len(every) > CANDIDATE_LIMIT else "filtered"
            elif any(haversine_km(y, x, p.lat, p.lon) <= ACC_KM for p in every
                     for y, x in ((lat, -lon), (-lat, lon), (-lat, -lon))):
                kind = "sign flipped"
            elif not every:
                kind = "other spelling" if _alike(gazetteer, cand.query, lat, lon) else "no name"
            elif _alike(gazetteer, cand.query, lat, lon):
                kind = "other spelling"
            elif min(km) <= _NEAR_MISS_KM:
                kind = "near miss"
            else:
                kind = "namesake missing"
            counts[kind] += 1
            examples[(corpus.name, kind, cand.query, len(every))] += 1
    return counts


def main(argv: list[str] | None = None) -> None:
    """Print the reachability table of the corpora, gold spans, every document."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    args.add_argument("--examples", type=int, default=0,
                      help="also print the K most frequent names of each class")
    args.add_argument("--json", type=Path)
    ns = args.parse_args(argv)
    parser = Parser(weights=NEUTRAL)
    resolver = Resolver(parser.gazetteer)  # the shipped model, for mentions with no list
    out = {}
    lines = ["| corpus | gold with a point | reachable | share | "
             + " | ".join(CLASSES) + " |",
             "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in CLASSES) + " |"]
    examples: Counter = Counter()
    for path in ns.corpora:
        corpus = load_corpus(path, parser, end_to_end=False)
        counts = classify(parser.gazetteer, resolver, corpus, examples)
        total = counts.total()
        out[corpus.name] = dict(counts)
        lines.append(f"| {corpus.name} | {total} | {counts['reachable']} | "
                     f"{counts['reachable'] / total:.4f} | "
                     + " | ".join(str(counts[c]) for c in CLASSES) + " |")
    sys.stdout.write("\n".join(lines) + "\n")
    if ns.examples:
        for name in out:
            for kind in CLASSES:
                top = Counter({k[2:]: n for k, n in examples.items()
                               if k[0] == name and k[1] == kind}).most_common(ns.examples)
                if top:
                    sys.stdout.write(f"{name} {kind}: " + ", ".join(
                        f"{q} ({n}x, {c} places)" for (q, c), n in top) + "\n")
    if ns.json:
        ns.json.write_text(json.dumps({"counts": out, "examples": [
            [*k, n] for k, n in examples.items()]}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
