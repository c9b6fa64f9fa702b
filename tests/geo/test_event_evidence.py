"""The dev reports' gold events carry their evidence: the report's own words that tell
each event, for tying the extractor's candidate rows to gold events (tests/data/README.md,
"Evidence of gold events")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
WITH_EVIDENCE = ("events_multi_dev.jsonl", "events_ru_dev.jsonl", "events_fr_dev.jsonl")


@pytest.mark.parametrize("name", WITH_EVIDENCE)
def test_every_gold_event_quotes_its_evidence_verbatim(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        for index, event in enumerate(report["events"]):
            where = f"{report['id']} event {index}"
            assert event.get("evidence"), f"{where}: no evidence"
            for quote in event["evidence"]:
                # Once exactly: a quote must point to one place in the text.
                assert report["text"].count(quote) == 1, f"{where}: {quote[:60]!r}"
