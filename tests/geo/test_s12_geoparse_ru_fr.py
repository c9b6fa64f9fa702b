"""Issue 20, session 12: geoparsing figures on the Russian and French dev reports
(tests/data/geoparse_ru.jsonl, geoparse_fr.jsonl: every toponym span of the reports of
events_ru_dev.jsonl and events_fr_dev.jsonl), with floors a little below what the
parser scores (docs/benchmarks.md, "Russian and French geoparsing, session 12").

The annotators did not mark place adjectives ("казахстанские власти", "les autorités
maliennes"), which the parser reads as demonyms of their places: they count as false
positives here, and F1 is also given without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.evaluate import evaluate_corpus

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[1] / "data"

# (file, gold-span Acc@161, end-to-end Acc@161, end-to-end F1) floors. Session 13 added
# eight fresh reports to each file (ru-018…ru-025, fr-017…fr-024), scored lower than the
# seventeen and sixteen the rules were tuned on: the floors now sit below the whole files'
# figures (RU 0.953 / 0.942 / 0.932, FR 0.908 / 0.894 / 0.895).
FLOORS = (
    ("geoparse_ru.jsonl", 0.94, 0.93, 0.92),
    ("geoparse_fr.jsonl", 0.89, 0.88, 0.88),
)


@pytest.mark.parametrize(("name", "gold_floor", "e2e_floor", "f1_floor"), FLOORS)
def test_russian_and_french_geoparsing_keep_their_floors(real_parser, name, gold_floor,
                                                          e2e_floor, f1_floor):
    path = DATA / name
    gold = evaluate_corpus(path, gold_spans=True, parser=real_parser)
    e2e = evaluate_corpus(path, parser=real_parser)
    assert gold["acc161"] >= gold_floor
    assert e2e["acc161"] >= e2e_floor
    assert e2e["f1"] >= f1_floor
