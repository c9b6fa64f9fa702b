"""The places set of session 14 (tests/data/geoparse_places.jsonl, built from
geoparse_places.src.tsv by ``python -m tools.build_failure_set SOURCE TARGET``), scored
as the failure set is: 40 new sentences of news written for the classes that fail on
unseen text (Russian small towns and divisions in oblique cases, French departments,
African and Québec towns, English airports by name, multi-word demonyms, "X Police").
Each record gives its ``language``. Divisions' points are the gazetteer's own (aigeodb).
Scored before session 14's changes (Acc@161, gold spans / end to end): the first 40
sentences 0.946 / 0.865; the 10 of batch 2 (written after the first changes, on the
classes they touched) 0.60 / 0.40; after them 0.973 / 0.946 and 1.0 / 1.0.
Session 15 (places helper) added batch 3, 41 English sentences on counties, districts,
historic and natural regions, airport codes, lists and controls (0.733 / 0.689 on the
base, 0.989 / 0.967 after its changes), and batch 4, 12 lists of cities written after
them (0.854 / 0.854 on both: a division, a country's other name or a state's towns
beat a big city in four of them). The whole set: 0.855 / 0.828 → 0.956 / 0.938.
Session 16 (geoplaces helper) added batch 5, 23 sentences on the places event reports
never resolved (a big city beside small namesakes in a list, a city abroad in another
country's list, "the city of X", a large city on the stop list in a list, another
spelling after "In"): 0.920 / 0.880 on the base, BATCH_5 after its changes; the whole
set's gold-span floor goes from 0.95 to 0.945 for it (the first 103 sentences score as
before: four list errors of batch 5 stay, see docs/benchmarks.md, "Geoparser, session
16")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate import evaluate_corpus

PLACES = Path(__file__).resolve().parents[1] / "data" / "geoparse_places.jsonl"
# (gold spans, end to end) Acc@161 at least: today's figures less a small margin.
FLOORS = (0.945, 0.93)
# Batch 5 (its last 23 records), (gold spans, end to end): its figures less a margin.
BATCH_5 = (0.9, 0.9)

pytestmark = pytest.mark.slow


def test_the_set_is_well_formed():
    records = [json.loads(line) for line in PLACES.read_text(encoding="utf-8").splitlines()]
    assert {r["language"] for r in records} == {"en", "fr", "ru"}
    for record in records:
        for span in record["toponyms"]:
            assert record["text"][span["start"]:span["end"]] == span["name"]


def test_gold_spans_floor(real_parser):
    assert evaluate_corpus(PLACES, gold_spans=True, parser=real_parser)["acc161"] >= FLOORS[0]


def test_end_to_end_floor(real_parser):
    assert evaluate_corpus(PLACES, parser=real_parser)["acc161"] >= FLOORS[1]


@pytest.mark.parametrize(("gold_spans", "floor"), [(True, BATCH_5[0]), (False, BATCH_5[1])])
def test_batch_5_floor(real_parser, tmp_path, gold_spans, floor):
    batch = tmp_path / "batch5.jsonl"
    batch.write_text("\n".join(PLACES.read_text(encoding="utf-8").splitlines()[-23:]) + "\n",
                     encoding="utf-8")
    assert evaluate_corpus(batch, gold_spans=gold_spans, parser=real_parser)["acc161"] >= floor
