"""Learning the stop list (tools.tune.learn_stoplist) on a made-up corpus."""

from __future__ import annotations

import json
from pathlib import Path

from tools.tune import learn_stoplist


def _corpus(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_name_annotators_never_mark_is_learned_and_the_start_list_kept(tmp_path,
                                                                        tiny_parser):
    text = "Shares of Kyiv rose."
    found = [c for c in tiny_parser.recognizer(next(tiny_parser.nlp.pipe([text])))
             if c.source == "gazetteer"]
    assert found  # the test needs a gazetteer-only match
    records = [{"id": str(i), "text": text, "toponyms": []} for i in range(6)]
    learned = learn_stoplist([_corpus(tmp_path, records)], tiny_parser, ["kept"])
    assert {"kept", "kyiv"} <= set(learned)


def test_a_name_annotators_mark_is_not_learned(tmp_path, tiny_parser):
    text = "Riots hit Almaty again."
    start = text.index("Almaty")
    records = [{"id": str(i), "text": text,
                "toponyms": [{"start": start, "end": start + 6}]} for i in range(6)]
    assert learn_stoplist([_corpus(tmp_path, records)], tiny_parser) == []
