"""Russian for the geoparser: a spaCy ``Doc`` per text, its tokens and sentences from
razdel (natasha's segmenter) and its entities from natasha's NER (slovnet, news model),
so that recognition reads Russian as it reads English: tokens, sentences, ``ent_type_``.

razdel keeps hyphenated names whole ("Нур-Султане", "Алма-Ате": spaCy's Russian
tokenizer splits them) and knows abbreviations ("г. Алматы" is one sentence). The NER's
labels are mapped to the English model's (``PER`` → ``PERSON``): recognition's rules read
those. natasha's morphology (``MorphVocab``) is not used: it needs pymorphy2 and
``pkg_resources``; lemmas come from :func:`geo.languages.ru.lemmas` (pymorphy3).

slovnet does many small matrix products per text: with the BLAS library's default
threads they run four to eight times slower on a busy machine (measured on 2 cores,
/work/notes/i20_research.md), so the NER runs with one BLAS thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any

import numpy

from geo.nlp import NER_BATCH

#: The NER's labels, as the English model names them.
LABELS = {"LOC": "LOC", "PER": "PERSON", "ORG": "ORG"}


@cache
def _ner():  # -> natasha.NewsNERTagger
    # natasha loads its embeddings and NER model (30 MB, a second): only for Russian text.
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


class RussianNLP:
    """What :func:`geo.nlp.load_nlp` is for English, for Russian: ``pipe(texts)`` yields
    a spaCy ``Doc`` per text with its sentences and (with ``ner``) its entities."""

    def __init__(self, *, ner: bool = True) -> None:
        # spaCy takes seconds to import: as in geo.nlp, only when a parser needs it.
        import spacy

        self.nlp = spacy.blank("ru")
        self.ner = ner

    def __call__(self, text: str):  # -> spacy.tokens.Doc
        return next(iter(self.pipe([text])))

    def pipe(self, texts: Iterable[str], *, batch_size: int = NER_BATCH) -> Iterator:
        # threadpoolctl: only needed around the Russian NER (see the module docstring).
        from threadpoolctl import threadpool_limits

        # The NER reads NER_BATCH texts at once whatever batch_size the caller gives, as
        # English's windowed NER does (its cheapest batch; see geo.nlp.NER_BATCH).
        texts = iter(texts)
        while batch := list(islice(texts, NER_BATCH)):
            docs = [self._doc(text) for text in batch]
            # slovnet fails on a text with no token but whitespace: such a text has no
            # entity to find anyway.
            read = [i for i, doc in enumerate(docs) if any(not t.is_space for t in doc)]
            if self.ner and read:
                with threadpool_limits(limits=1, user_api="blas"):
                    markups = list(_ner().map([batch[i] for i in read]))
                for i, markup in zip(read, markups, strict=True):
                    docs[i].ents = _entities(docs[i], markup.spans)
            yield from docs

    def _doc(self, text: str):  # -> spacy.tokens.Doc
        # razdel: natasha's segmenter, installed with it; loaded with the first text.
        from razdel import sentenize, tokenize
        from spacy.attrs import SENT_START
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        starts: list[int] = []
        end = 0
        for token in tokenize(text):
            _gap(text[end:token.start], words, spaces, starts, end)
            words.append(token.text)
            spaces.append(False)
            starts.append(token.start)
            end = token.stop
        _gap(text[end:], words, spaces, starts, end)
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        sentence_at = {s.start for s in sentenize(text)}
        if len(doc):
            column = [1 if start in sentence_at or i == 0 else -1
                      for i, start in enumerate(starts)]
            doc.from_array([SENT_START], _column(column))
        return doc


def _gap(gap: str, words: list[str], spaces: list[bool], starts: list[int],
         at: int) -> None:
    """Add the whitespace between two tokens: one space is the previous token's trailing
    space, any other a whitespace token of its own (spaCy's convention)."""
    if not gap:
        return
    if words and gap[0] == " ":
        spaces[-1] = True
        gap, at = gap[1:], at + 1
    if gap:
        words.append(gap)
        spaces.append(False)
        starts.append(at)


def _column(values: list[int]) -> Any:
    # Doc.from_array reads uint64: -1 (not a sentence start) is written as its
    # two's complement, as Doc.to_array gives it.
    return numpy.array(values, dtype="int64").astype("uint64").reshape(-1, 1)


def _entities(doc, spans: Iterable) -> list:
    """The NER's spans as the ``Doc``'s entities, widened to whole tokens; a span that
    overlaps one already taken is dropped."""
    found, taken = [], -1
    for span in spans:
        ent = doc.char_span(span.start, span.stop, label=LABELS.get(span.type, span.type),
                            alignment_mode="expand")
        if ent is not None and ent.start >= taken:
            found.append(ent)
            taken = ent.end
    return found


def load_russian(*, ner: bool = True) -> RussianNLP:
    """The Russian pipeline (see :class:`RussianNLP`); ``ner=False``: tokens and
    sentences only."""
    return RussianNLP(ner=ner)

