"""Scoring against annotated corpora: geoparsing (Acc@161 km, F1, AUC) and events."""

from geo.evaluate.events import evaluate_events
from geo.evaluate.geoparse import ACC_KM, evaluate_corpus, geoparse_jsonl

__all__ = ["ACC_KM", "evaluate_corpus", "evaluate_events", "geoparse_jsonl"]
