"""Russian: lemmas of inflected words, and the word lists several stages share.

Russian inflects names ("в Караганде", "из Казахстана"), so a name is looked up, and a
word matched against a list, by its dictionary forms, which pymorphy3 (OpenCorpora's
dictionary) gives.
"""

from __future__ import annotations

from functools import cache


@cache
def _analyzer():  # -> pymorphy3.MorphAnalyzer
    # pymorphy3 loads its 16 MB dictionary when built: only for Russian text.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of ``word`` (lower case), the likeliest first, without
    repeats: every parse's, since the likeliest is often wrong for names
    ("Караганде" → ("караганда", ...))."""
    forms = (parse.normal_form for parse in _analyzer().parse(word))
    return tuple(dict.fromkeys(forms))
