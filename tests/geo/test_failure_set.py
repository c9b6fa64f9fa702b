"""The failure-class set (tests/data/geoparse_failures.jsonl), scored in CI.

Our own news-style sentences, one class of error a reader would not forgive per document
(``class``): a big city against a small namesake, an explicit qualifier, a dateline, a
country against a town named after it, seas, historic names, airports by name, namesakes
across countries, and first names that are places (``not_toponyms``: spans that must not
be taken for places). Points are GeoNames' (countries from ``../shared/data/
geonames_points``, divisions GeoNames' own ADM1 points, airports airportsdata's, seas a
rounded point in the sea). No corpus sentence is in it. Its last fifty sentences (f126 on)
were added in session 13 with other places (Changi, Léopoldville, Tripoli in Lebanon,
Aurora, Colorado, "PEORIA, Ill."...) and scored before that session's changes: gold spans
0.971, end to end 0.957 on them; the whole set 0.970 and 0.966.

A second set of the same classes (tests/data/geoparse_heldout.jsonl, new sentences and
mostly new places) was written in session 10 by someone who never ran the parser on it,
and scored before any change of that session was measured on it: it is the check that
the first set's figures are not fitted to its sentences. Nobody changing the parser
reads it.

The floors are what the parser scores today less a small margin (issue 17's target is
0.95): raise them when it improves, never lower them to let a change through.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gazetteer.geometry import haversine_km
from geo.evaluate import ACC_KM, TOPONYM_KINDS, evaluate_corpus

DATA = Path(__file__).resolve().parents[1] / "data"
FAILURES, HELDOUT = DATA / "geoparse_failures.jsonl", DATA / "geoparse_heldout.jsonl"
SETS = [FAILURES, HELDOUT]
# (gold spans, end to end) Acc@161 at least; session 17's qualifier round took the
# held-out sentences end to end .921 -> .932.
FLOORS = {FAILURES: (0.965, 0.965), HELDOUT: (0.95, 0.925)}
# Person names ("Chelsea Morgan", "minister Lima") taken for places, end to end, at most
# (session 13's sentences add one the parser took before that session too: a first name
# and surname the NER calls one place, "Paris Okafor", unresolved).
PERSONS_AS_PLACES = 3

pytestmark = pytest.mark.slow


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("path", SETS, ids=["dev", "heldout"])
def test_the_set_is_well_formed(path):
    records = _records(path)
    classes = Counter(r["class"] for r in records)
    assert set(classes) == {"big_city", "qualifier", "dateline", "country", "sea",
                            "historic", "airport", "namesake", "person"}
    assert sum(len(r["toponyms"]) for r in records) >= 120
    for record in records:
        for span in (*record["toponyms"], *record.get("not_toponyms", ())):
            assert record["text"][span["start"]:span["end"]] == span["name"]


@pytest.mark.parametrize("path", SETS, ids=["dev", "heldout"])
def test_gold_spans_accuracy_floor(path, real_parser):
    report = evaluate_corpus(path, gold_spans=True, parser=real_parser)
    assert report["acc161"] >= FLOORS[path][0], report


@pytest.mark.parametrize("path", SETS, ids=["dev", "heldout"])
def test_end_to_end_accuracy_floor(path, real_parser):
    report = evaluate_corpus(path, parser=real_parser)
    assert report["acc161"] >= FLOORS[path][1], report


@pytest.mark.parametrize("path", SETS, ids=["dev", "heldout"])
def test_first_names_are_not_places(path, real_parser):
    records = [r for r in _records(path) if r.get("not_toponyms")]
    taken = []
    for record, parsed in zip(records, real_parser.pipe(r["text"] for r in records),
                              strict=True):
        mentions = [m for m in parsed.mentions if m.kind in TOPONYM_KINDS]
        taken += [p["name"] for p in record["not_toponyms"]
                  if any(m.start < p["end"] and p["start"] < m.end for m in mentions)]
    assert len(taken) <= PERSONS_AS_PLACES, taken


@pytest.mark.parametrize("path", SETS, ids=["dev", "heldout"])
def test_per_class_report(path, real_parser):
    """Not a floor per class (some need gazetteer data: airports, seas, historic names);
    the accuracy per class, printed with ``-s`` for the record."""
    records = _records(path)
    right, total = Counter(), Counter()
    spans = ((r["text"], [(t["start"], t["end"]) for t in r["toponyms"]]) for r in records)
    for record, mentions in zip(records, real_parser.pipe_spans(spans), strict=True):
        by_span = {(m.start, m.end): m for m in mentions}
        for gold in record["toponyms"]:
            hit = by_span.get((gold["start"], gold["end"]))
            total[record["class"]] += 1
            right[record["class"]] += (
                hit is not None and hit.place is not None
                and haversine_km(gold["lat"], gold["lon"], hit.place.lat,
                                 hit.place.lon) <= ACC_KM)
    assert total and all(right[c] <= total[c] for c in total)
    print({c: f"{right[c]}/{total[c]}" for c in sorted(total)})
