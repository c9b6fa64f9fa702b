"""Recognition: spaCy documents → candidate place mentions (spans with character offsets)."""

from geo.recognize.candidate import CITY_NOT_DIVISION, Candidate
from geo.recognize.lookup import initials
from geo.recognize.recognizer import Recognizer
from geo.recognize.stoplist import load_stoplist

__all__ = ["CITY_NOT_DIVISION", "Candidate", "Recognizer", "initials", "load_stoplist"]
