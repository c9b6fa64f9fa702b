"""Recognition: spaCy documents → candidate place mentions (spans with character offsets)."""

from geo.recognize.recognizer import Candidate, Recognizer, initials

__all__ = ["Candidate", "Recognizer", "initials"]
