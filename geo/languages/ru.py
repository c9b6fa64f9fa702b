"""Russian: lemmas of inflected words, and the word lists several stages share.

Russian inflects names ("в Караганде", "из Казахстана"), so a name is looked up, and a
word matched against a list, by its dictionary forms, which pymorphy3 (OpenCorpora's
dictionary) gives.
"""

from __future__ import annotations

from functools import cache

# The grammemes of proper nouns: places, first names, surnames, patronymics, organisations,
# trademarks.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@cache
def _analyzer():  # -> pymorphy3.MorphAnalyzer
    # pymorphy3 loads its 16 MB dictionary when built: only for Russian text.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@cache
def nominatives(word: str) -> tuple[str, ...]:
    """The forms ``word`` takes in the nominative singular (lower case), a place name's
    reading first, then the likeliest: an adjective keeps its gender, so that the words
    of a name agree ("Алматинской" → "алматинская", of "Алматинской области"), a noun
    takes its dictionary form ("Караганде" → "караганда")."""
    parses = sorted(_analyzer().parse(word), key=lambda p: "Geox" not in p.tag)
    forms = []
    for parse in parses:
        if parse.tag.POS == "ADJF":
            agreed = parse.inflect({"nomn", "sing"})
            forms.append(agreed.word if agreed is not None else parse.normal_form)
        forms.append(parse.normal_form)
    return tuple(dict.fromkeys(forms))


@cache
def is_place_word(word: str) -> bool:
    """Whether the dictionary reads ``word`` as a place's name (``Geox``): "Караганде"."""
    return any("Geox" in parse.tag for parse in _analyzer().parse(word))


@cache
def is_common_word(word: str) -> bool:
    """Whether ``word`` has a dictionary reading that is no proper noun ("Мир", "Победа",
    "Юг", and "По", a preposition as well as a river): a capitalised one may be the
    common word at a sentence's start or in a title, however its transliteration folds
    onto some village."""
    return any(parse.is_known and not (_PROPER & parse.tag.grammemes)
               for parse in _analyzer().parse(word))


@cache
def in_dictionary(word: str) -> bool:
    """Whether the dictionary knows ``word`` (not a guess from its ending)."""
    return any(parse.is_known for parse in _analyzer().parse(word))


@cache
def adjective_lemmas(word: str) -> tuple[str, ...]:
    """The masculine dictionary forms of ``word``'s adjective readings ("алматинские" →
    ("алматинский",)); none for a word that is no adjective."""
    return tuple(dict.fromkeys(parse.normal_form for parse in _analyzer().parse(word)
                               if parse.tag.POS == "ADJF"))


@cache
def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of ``word`` (lower case), the likeliest first, without
    repeats: every parse's, since the likeliest is often wrong for names
    ("Караганде" → ("караганда", ...))."""
    forms = (parse.normal_form for parse in _analyzer().parse(word))
    return tuple(dict.fromkeys(forms))
