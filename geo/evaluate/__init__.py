"""Scoring against annotated corpora: geoparsing (Acc@161 km, F1, AUC) and events."""

from geo.evaluate.events import evaluate_events
from geo.evaluate.geoparse import (
    ACC_KM,
    TOPONYM_KINDS,
    evaluate_corpus,
    geoparse_jsonl,
    score_mentions,
)

__all__ = ["ACC_KM", "TOPONYM_KINDS", "evaluate_corpus", "evaluate_events", "geoparse_jsonl",
           "score_mentions"]
