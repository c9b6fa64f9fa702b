"""``geoparse`` and ``eval`` take ``--lang``: a corpus in one known language is read in it,
whatever a short text's detection says."""

from __future__ import annotations

import io
import json

import pytest

from geo.cli import main
from geo.evaluate import evaluate_corpus, geoparse_jsonl
from geo.model import ModelError

SPANISH = ("Miles de manifestantes marcharon el domingo por las calles de Madrid y "
           "Sevilla contra la reforma.")


def _names(output: str) -> list[str]:
    return [t["name"] for line in output.splitlines() for t in json.loads(line)["toponyms"]]


def _geoparse(text: str, **options) -> list[str]:
    sink = io.StringIO()
    geoparse_jsonl(io.StringIO(json.dumps({"id": "a", "text": text}) + "\n"), sink, **options)
    return _names(sink.getvalue())


def test_a_text_in_another_language_gets_no_toponyms_unless_forced():
    assert _geoparse(SPANISH) == []
    assert "Madrid" in _geoparse(SPANISH, language="en")


def test_a_forced_language_wins_over_the_record_s_own():
    record = {"id": "a", "text": SPANISH, "language": "es"}
    sink = io.StringIO()
    geoparse_jsonl(io.StringIO(json.dumps(record) + "\n"), sink, language="en")
    assert "Madrid" in _names(sink.getvalue())


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ModelError, match="'de'"):
        _geoparse(SPANISH, language="de")


def test_eval_scores_a_corpus_in_its_forced_language(tmp_path):
    start = SPANISH.index("Madrid")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({
        "id": "a", "text": SPANISH,
        "toponyms": [{"start": start, "end": start + 6, "lat": 40.4165, "lon": -3.70256}],
    }) + "\n", encoding="utf-8")
    assert evaluate_corpus(corpus)["acc161"] == 0.0
    assert evaluate_corpus(corpus, language="en")["acc161"] == 1.0


def test_the_commands_take_lang(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": SPANISH}) + "\n", encoding="utf-8")
    assert main(["geoparse", str(source), "--lang", "en", "-q"]) == 0
    assert "Madrid" in _names(capsys.readouterr().out)
    with pytest.raises(SystemExit):
        main(["eval", str(source), "--lang", "xx"])
