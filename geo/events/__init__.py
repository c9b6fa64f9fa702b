"""Sentences and clauses → typed, dated, counted incidents at the places the parse found."""

from geo.events.detect import detect_events

__all__ = ["detect_events"]
