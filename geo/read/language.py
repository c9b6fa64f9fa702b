"""Which language a document is written in, among those the parser reads.

Detection compares the text with every language py3langid knows (140 languages and
varieties in 0.4), not only the supported ones: a detector told only of English, Russian
and French calls Kazakh or Ukrainian text Russian with full confidence, where the full
set names it for what it is.

Three things make it dependable on news (measured in README, "Languages"):

* **One script.** An English report that quotes a name in Cyrillic or Chinese
  ("Troitsk (Russian: Троицк)") is English: py3langid reads bytes, and a few Cyrillic
  or CJK words (two or three bytes a letter) outweigh many English ones. Only the words
  in the text's main script (the one most of its letters are in) are compared.
* **Only the beginning.** The first :data:`SAMPLE_CHARS` characters decide; a longer
  text says nothing more about its language and a 50 MB one would take seconds.
* **No wrong guesses.** py3langid's probabilities are normalised (its temperature grows
  with the text's length), so a headline of three words is rarely sure of anything.
  A language is named when it has at least :data:`SURE` of the probability, or when it is
  a supported one and at least :data:`LEAD` times as likely as the next. Otherwise Latin
  text is read as English, which is what the parser did with every text before it read
  other languages (a short English headline is often unsure: "Riots in Dakar" → Latvian
  8 %), and text in any other script is ``""``: not known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache

import py3langid.langid as langid_model

from geo import plural
from geo.model import Document, ModelError

#: The languages the parser reads, as ISO 639-1 codes.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "ru")

#: What ``--lang`` accepts: ``auto`` (each document's own, else detected) or a supported
#: language every document is read in.
LANGUAGE_CHOICES: tuple[str, ...] = ("auto", *SUPPORTED_LANGUAGES)

#: The language Latin-script text defaults to when detection is unsure.
DEFAULT_LATIN_LANGUAGE = "en"

#: How many characters of a document are read to tell its language: the first
#: :data:`FIRST_SAMPLE_CHARS`, and up to :data:`SAMPLE_CHARS` when they leave it unsure
#: (the cost grows with the length read; a sure verdict on the first 500 is the same as
#: on 2,000 for every text of the corpora and dev sets, README "Languages").
FIRST_SAMPLE_CHARS = 500
SAMPLE_CHARS = 2000

#: The share of the probability a language must have to be named whatever it is.
SURE = 0.5

#: An unsure best guess is still taken if it is a supported language this many times as
#: likely as the runner-up ("Heurts à Dakar": French 35 %, next 4 %); Ukrainian
#: "Затримано десятки людей" (Russian 41 %, Ukrainian 32 %) is not.
LEAD = 2.0

# py3langid names some languages by regional variety or with no ISO 639-1 code: the
# varieties count for their language. Nigerian Pidgin is what it calls English reports
# from Nigeria; the English parser is also the best reader of Pidgin there is.
_VARIETY_OF = {"ary": "ar", "arz": "ar", "uzs": "uz", "wuu": "zh", "yue": "zh",
               "gug": "gn", "hbo": "he", "grc": "el", "sdh": "ku", "fuv": "ff",
               "kik": "ki", "pcm": "en"}

# The scripts told apart, by their letters' code points; any other letter is "other".
_SCRIPTS = (
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")),
    ("cyrillic", re.compile(r"[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]")),
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("greek", re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")),
    ("cjk", re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]")),
)
# Any character past Latin letters, punctuation and symbols: only then are scripts counted.
_BEYOND_LATIN = re.compile(r"[^\x00-\u024F\u1E00-\u1EFF\u2000-\u20CF]")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")


def forced_language(choice: str) -> str:
    """The language ``choice`` (a ``--lang`` value) forces on every document: ``""`` for
    ``"auto"`` (or ``""``); any letter case. Anything but :data:`LANGUAGE_CHOICES` raises
    :class:`ModelError` naming the value and the choices."""
    code = choice.strip().lower() or "auto"
    if code not in LANGUAGE_CHOICES:
        raise ModelError(f"unknown language {choice!r}; choose one of "
                         f"{', '.join(LANGUAGE_CHOICES)}")
    return "" if code == "auto" else code


def with_language(documents: Iterable[Document], choice: str = "auto", *,
                  on_unsupported: Callable[[Document], None] | None = None
                  ) -> Iterator[Document]:
    """Give every document its language: the one ``choice`` forces (``"en"``, ``"ru"``,
    ``"fr"``), else (``"auto"``) its own (a record's ``language`` field), else the one
    :func:`detect_language` finds. ``on_unsupported`` is called with each document whose
    language the parser does not read (or that is not recognised: ``""``), for counting;
    such documents give no incidents (:func:`readable`)."""
    forced = forced_language(choice)
    for document in documents:
        language = forced or document.language or detect_language(document.text)
        if language != document.language:
            document = replace(document, language=language)
        if on_unsupported is not None and not readable(document):
            on_unsupported(document)
        yield document


def readable(document: Document) -> bool:
    """Whether the parser reads ``document``: its language (set) is a supported one, or
    it has no letters at all (an empty article: nothing to read, no language to miss)."""
    return document.language in SUPPORTED_LANGUAGES or not _LETTER.search(document.text)


def unsupported_note(languages: Mapping[str, int]) -> str:
    """One line on the documents skipped for their language, from how many there were of
    each (``""``: not recognised): ``2 documents skipped: language not supported (kk,
    es); use --lang to force``; ``""`` when there were none."""
    total = sum(languages.values())
    if not total:
        return ""
    named = [code for code, _ in sorted(languages.items(), key=lambda item: (-item[1], item[0]))
             if code]
    why = " or ".join(filter(None, (
        f"language not supported ({', '.join(named)})" if named else "",
        "language not recognised" if "" in languages else "")))
    return f"{plural(total, 'document')} skipped: {why}; use --lang to force"


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language (``"en"``, ``"ru"``, ``"kk"``, ...);
    it may be one outside :data:`SUPPORTED_LANGUAGES`. ``""`` when the text says too
    little to tell (a few words in a script other than Latin) or has no letters."""
    for size in (FIRST_SAMPLE_CHARS, SAMPLE_CHARS):
        script, words = main_script_words(text[:size])
        if not script:
            return ""
        ranked = language_probabilities(words)
        (best, chance), (_, runner_up) = ranked[0], ranked[1]
        if best and chance >= SURE:
            return best
        if len(text) <= size:
            break
    if best in SUPPORTED_LANGUAGES and chance >= LEAD * runner_up:
        return best
    return DEFAULT_LATIN_LANGUAGE if script == "latin" else ""


def load_detector() -> None:
    """Load the detector's model now (a second, 70 MB), not on the first text: worker
    processes forked after it share it (``geo.pipeline.Parser.pipe`` calls it before its
    workers start)."""
    _identifier()


def main_script_words(text: str) -> tuple[str, str]:
    """The script most of ``text``'s letters are in (``"latin"``, ``"cyrillic"``,
    ``"arabic"``, ``"greek"``, ``"cjk"`` or ``"other"``) and the text without the words
    in other scripts (``("", "")`` for a text without letters)."""
    if not _BEYOND_LATIN.search(text):  # the common case, told at C speed
        return ("latin", text) if _LETTER.search(text) else ("", "")
    letters = len(_LETTER.findall(text))
    if not letters:
        return "", ""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    counts["other"] = letters - sum(counts.values())
    main = max(counts, key=counts.__getitem__)
    if counts[main] == letters:
        return main, text
    return main, _LETTERS.sub(lambda run: run.group() if _script_of(run.group()) == main
                              else " ", text)


def language_probabilities(text: str) -> list[tuple[str, float]]:
    """Every language py3langid knows with its normalised probability for ``text``,
    most likely first; regional varieties are added to their language, and the labels
    with no ISO 639-1 code are together ``""``."""
    totals: dict[str, float] = {}
    for label, chance in _identifier().rank(text):
        code = _VARIETY_OF.get(label, label if len(label) == 2 else "")
        totals[code] = totals.get(code, 0.0) + chance
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)


def _script_of(run: str) -> str:
    # A run of letters (between spaces, digits or punctuation) is in one script in news.
    first = run[0]
    return next((name for name, letters in _SCRIPTS if letters.match(first)), "other")


@lru_cache(maxsize=1)
def _identifier() -> langid_model.LanguageIdentifier:
    # Our own identifier with normalised probabilities: py3langid's shared one gives raw
    # scores, which say nothing of how sure it is, and another caller may restrict it.
    return langid_model.LanguageIdentifier.from_model_file(langid_model.MODEL_FILE,
                                                           norm_probs=True)
