"""The learned recognizer: the features of a proposed span (geo/recognize/features.py),
the model file and its loading (geo/recognize/learned.py), and the logistic regression of
tools/train_recognizer.py. Sentences are our own."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

from geo.pipeline import Parser
from geo.recognize.features import FEATURES
from geo.recognize.learned import MODEL, ModelMismatch, RecognitionModel, load
from tools.train_recognizer import fit


def _proposals(parser: Parser, text: str) -> dict[str, dict[str, float]]:
    """Each judged proposal's text → its features by name."""
    return {c.text: dict(zip(FEATURES, vector, strict=True))
            for c, vector in parser.recognizer.proposals(parser.nlp(text))
            if vector is not None}


def test_features_read_the_words_around_a_span(real_parser):
    found = _proposals(real_parser, "Protesters gathered in Springfield on Monday. "
                                    "A Denver-based charity sent food to the town.")
    springfield, denver = found["Springfield"], found["Denver"]
    assert len(springfield) == len(FEATURES)
    assert springfield["known"] == 1 and springfield["preposition_before"] == 1
    assert springfield["one_token"] == 1 and springfield["log_readings"] > 1
    assert denver["based_after"] == 1 and denver["preposition_before"] == 0
    assert denver["log_population"] > 5 and denver["major"] == 1


def test_features_see_people_and_speakers(real_parser):
    found = _proposals(real_parser, "Officers arrested Marcus Tillman on Friday. "
                                    "Sheriff Tillman said the road was closed.")
    if "Tillman" in found:  # the small NER may read the name whole
        assert found["Tillman"]["surname"] == 1
        assert found["Tillman"]["title_before"] == 1
        assert found["Tillman"]["speech_after"] == 1


def test_features_see_a_lower_case_twin(real_parser):
    found = _proposals(real_parser, "Mobile phones were seized. The mobile network "
                                    "went down for hours.")
    assert found["Mobile"]["lowered_elsewhere"] == 1
    assert found["Mobile"]["sentence_initial"] == 1


def test_a_model_that_keeps_nothing_leaves_only_phrases(gazetteer, nlp):
    never = RecognitionModel((0.0,) * len(FEATURES), -100.0)
    always = RecognitionModel((0.0,) * len(FEATURES), 100.0)
    text = "Riots broke out in Almaty and police surrounded the town hall."
    kinds = {c.kind for c in Parser(gazetteer, nlp=nlp, recognition_model=never)
             .recognizer(nlp(text))}
    assert kinds == {"nominal"}
    kept = {c.text for c in Parser(gazetteer, nlp=nlp, recognition_model=always)
            .recognizer(nlp(text))}
    assert "Almaty" in kept


def test_the_shipped_model_matches_its_feature_list():
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert set(data["weights"]) == set(FEATURES) == set(data["importance"])
    assert 0 < data["threshold"] < 1 and data["gazetteer_revision"] and data["commit"]
    model = load()
    assert model.weights == tuple(data["weights"][n] for n in FEATURES)


def test_a_model_file_with_other_features_is_refused(tmp_path):
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    data["features"] = data["features"][1:] + data["features"][:1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelMismatch, match="retrain"):
        load(path)


def test_the_model_is_a_dot_product():
    weights = tuple(1.0 if n == "known" else 0.0 for n in FEATURES)
    model = RecognitionModel(weights, -0.5)
    known = [1.0 if n == "known" else 0.0 for n in FEATURES]
    assert model.probability(known) == pytest.approx(1 / (1 + np.exp(-0.5)))
    assert model.keeps(known) and not model.keeps([0.0] * len(FEATURES))
    with pytest.raises(ModelMismatch):
        RecognitionModel((1.0,), 0.0)


def test_the_regression_learns_which_feature_decides():
    rng = np.random.default_rng(7)
    x = np.zeros((400, len(FEATURES)))
    x[:, FEATURES.index("ner_place")] = rng.integers(0, 2, 400)
    x[:, FEATURES.index("glued")] = rng.integers(0, 2, 400)
    y = x[:, FEATURES.index("ner_place")] == 1
    model = fit([(x, y, int(y.sum()))])
    weights = dict(zip(FEATURES, model.weights, strict=True))
    assert weights["ner_place"] > 5 * abs(weights["glued"])
    assert model == fit([(x, y, int(y.sum()))])  # deterministic


def test_a_parser_with_the_model_pickles_with_it(gazetteer, nlp):
    parser = Parser(gazetteer, nlp=nlp, recognition_model=load())
    again = pickle.loads(pickle.dumps(parser))
    assert again.recognizer.model == parser.recognizer.model == load()
