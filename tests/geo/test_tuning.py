"""Fitting the resolution weights (tools.tune.fit_weights) on a made-up corpus."""

from __future__ import annotations

import json

from tools.tune import UNFITTED, fit_weights


def _toponym(text, name, lat, lon, start=0):
    at = text.index(name, start)
    return {"start": at, "end": at + len(name), "name": name, "lat": lat, "lon": lon}


def test_fit_weights_learns_that_a_named_state_decides(tiny_parser, tmp_path):
    # Even documents train. In each, Springfield's state is named, and it is the smaller
    # Springfield: the fit must reach every row.
    texts = ["Springfield, Missouri, flooded again.", "Ignored odd document.",
             "Storms in Springfield, Missouri, and Paris, Texas.", "Also ignored."]
    records = []
    for i, text in enumerate(texts):
        toponyms = []
        if "Springfield" in text:
            toponyms.append(_toponym(text, "Springfield", 37.2, -93.3))
        if "Paris" in text:
            toponyms.append(_toponym(text, "Paris", 33.66, -95.55))
        records.append({"id": str(i), "text": text, "toponyms": toponyms})
    corpus = tmp_path / "made_up.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    weights, score = fit_weights([corpus], tiny_parser, rounds=1)

    assert score == 1.0
    from geo.resolve import Weights

    for name in UNFITTED:  # kept at the hand-set values the ascent starts from
        assert getattr(weights, name) == getattr(Weights(), name)


def test_the_weights_command_prints_fitted_weights(tmp_path, capsys, gazetteer):
    from tools.tune import main

    text = "Floods hit Springfield, Missouri, and Paris, Texas."
    record = {"id": "0", "text": text, "toponyms": [_toponym(text, "Springfield", 37.2, -93.3),
                                                    _toponym(text, "Paris", 33.66, -95.55)]}
    corpus = tmp_path / "made_up.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")

    main(["--weights", str(corpus), "--corpus-weight", "made_up=2"])

    printed = json.loads(capsys.readouterr().out)
    assert 0.0 <= printed["objective"] <= 1.0
    assert printed["weights"]["namesake"] == 3.0


def test_fit_weights_says_when_there_is_nothing_to_learn(tiny_parser, tmp_path):
    import pytest

    from geo.errors import InputError

    corpus = tmp_path / "plain.jsonl"
    text = "Nothing happened anywhere."
    corpus.write_text(json.dumps({"id": "0", "text": text, "toponyms": []}) + "\n",
                      encoding="utf-8")
    with pytest.raises(InputError, match="nothing to fit"):
        fit_weights([corpus], tiny_parser)
    with pytest.raises(InputError, match="name no given corpus: wiktr"):
        fit_weights([corpus], tiny_parser, corpus_weights={"wiktr": 0.5})
