"""The geoparser: text → place mentions, as a short list of named stages.

``Parser`` first runs spaCy over a batch of documents (tokens, sentences, entities:
batched because that is where the time goes; see :mod:`geo.nlp`), each document with the
pipeline and recognizer of its language (English; French, :func:`geo.nlp.load_french`;
Russian, :mod:`geo.nlp_ru`), then per document its named stages in order —
``recognize`` (:class:`geo.recognize.Recognizer`) and ``resolve``
(:class:`geo.resolve.Resolver`) — each reading and adding one layer of a :class:`Work`
record. A failing stage is re-raised naming the stage and the document.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from typing import Any

from gazetteer.errors import IncidentMapError
from gazetteer.lookup import Gazetteer
from gazetteer.progress import progress as progress_bar
from geo.model import Document, Mention
from geo.nlp import chunks, load_french, load_nlp
from geo.nlp_ru import load_russian
from geo.read.language import SUPPORTED_LANGUAGES, detect_language, load_detector
from geo.recognize import Candidate, Recognizer
from geo.recognize.french import FrenchRecognizer
from geo.recognize.learned import RecognitionModel
from geo.recognize.russian import RussianRecognizer
from geo.resolve import Resolver, Weights
from geo.resolve.nominal import after_resolution
from geo.text import replace_lone_surrogates
from geo.workers import ordered_results, worker_pool


class ParseError(IncidentMapError, RuntimeError):
    """A stage of the parser failed on a document (names the stage and the document)."""


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A document with its place mentions and sentence spans (both character offsets)."""

    document: Document
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class _Work:
    document: Document
    docs: list = field(default_factory=list)  # (offset, spaCy Doc) per chunk
    candidates: list[Candidate] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gold: tuple[tuple[int, int], ...] | None = None


# The pipeline and recognizer of each language besides English, loaded on its first
# document: an English-only run loads neither.
_LOADERS: dict[str, Callable[..., Any]] = {"fr": load_french, "ru": load_russian}
_RECOGNIZERS: dict[str, type[Recognizer]] = {"fr": FrenchRecognizer, "ru": RussianRecognizer}


class Parser:
    """Find and resolve the place mentions of English, French and Russian texts.

    Each document is read in its language (:attr:`geo.model.Document.language`, detected
    by :func:`geo.read.language.detect_language` when not given; the parsed document
    carries it). A document in another language has no mentions.

    Parameters
    ----------
    gazetteer
        A :class:`gazetteer.Gazetteer`; the default one (``Gazetteer.open()``) if omitted.
    nlp
        A loaded spaCy pipeline with an ``ner`` component; :func:`load_nlp` if omitted.
    weights
        Resolution weights (:class:`geo.resolve.resolver.Weights`).
    stoplist
        Folded names never matched from the gazetteer alone; the learned list if omitted.
    ner
        Run the statistical NER (default); ``False`` trades recall for speed.
    recognition_model
        A learned recognizer (:func:`geo.recognize.learned.load` reads the shipped one,
        ``geo/data/recognizer-v1.json``) that decides which proposed spans are toponyms
        in place of the hand filters; ``None`` (default): the hand filters. English only:
        French and Russian are read by their own recognizers' rules.

    A parser pickles as the settings it was built from (a worker started by ``spawn``
    rebuilds it; a custom ``nlp`` is then replaced by :func:`~geo.nlp.load_nlp`'s).

    Examples
    --------
    >>> parser = Parser()                                # doctest: +SKIP
    >>> [m.place.name for m in parser("Riots in Almaty.").mentions]  # doctest: +SKIP
    ['Almaty']
    """

    def __init__(self, gazetteer=None, *, nlp=None, weights: Weights | None = None,
                 stoplist: Iterable[str] | None = None, ner: bool = True,
                 recognition_model: RecognitionModel | None = None) -> None:
        if gazetteer is None:
            gazetteer = Gazetteer.open()
        stoplist = None if stoplist is None else tuple(stoplist)
        self.settings = {"weights": weights, "stoplist": stoplist, "ner": ner,
                         "recognition_model": recognition_model}
        self.gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_nlp(ner=ner)
        self.recognizer = Recognizer(gazetteer, stoplist=stoplist, model=recognition_model)
        # Other languages' spaCy pipelines and recognizers, loaded on their first document.
        self.pipelines: dict[str, Any] = {"en": self.nlp}
        self.recognizers: dict[str, Recognizer] = {"en": self.recognizer}
        self.resolver = Resolver(gazetteer, weights=weights)
        self.stages: list[tuple[str, Callable[[_Work], None]]] = [
            ("recognize", self._recognize),
            ("resolve", self._resolve),
        ]

    def __reduce__(self) -> tuple[Any, ...]:
        return (partial(Parser, **self.settings), (self.gazetteer,))

    def __call__(self, text_or_document: str | Document) -> ParsedDocument:
        """Parse one text or :class:`~geo.model.Document`."""
        return next(self.pipe([text_or_document]))

    def pipe(self, docs: Iterable[str | Document], *, batch_size: int = 64,
             n_process: int = 1, progress: bool = False) -> Iterator[ParsedDocument]:
        """Parse a stream of texts lazily, batching spaCy's work; yields in input order.

        With ``n_process`` > 1 each batch is parsed whole (spaCy, recognition and
        resolution) in one of ``n_process`` worker processes (:mod:`geo.workers`), and
        memory stays bounded on an endless stream.
        """
        documents = (_as_document(d) for d in docs)
        if n_process > 1:
            parsed = self._pipe_in_workers(documents, batch_size, n_process)
        else:
            works = (_Work(d) for d in documents)
            parsed = (self._finish(w) for w in self._with_nlp(works, batch_size))
        yield from progress_bar(parsed, enabled=progress, desc="geoparse", unit="doc")

    def _pipe_in_workers(self, documents: Iterator[Document], batch_size: int,
                         n_process: int) -> Iterator[ParsedDocument]:
        # Workers parse whole batches and send back only the (small) results; spaCy's own
        # n_process would send every Doc back and leave recognition and resolution to
        # this process.
        # Before the fork, so that the workers share the detector's model, not load one each.
        load_detector()
        pool = worker_pool(n_process, initializer=_adopt, initargs=(self, batch_size))
        batches = iter(lambda: list(islice(documents, batch_size)), [])
        try:
            for parsed in ordered_results(pool, _parse_batch, batches,
                                          in_flight=2 * n_process):
                yield from parsed
        finally:
            pool.terminate()
            pool.join()

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Mention]:
        """Resolve exactly the given ``(start, end)`` spans (gold-span evaluation).

        The text is still read in full: the places it names around the given spans are
        the context that decides between same-named candidates.
        """
        return next(self.pipe_spans([(text, spans)]))

    def pipe_spans(self, items: Iterable[tuple[str | Document, Iterable[tuple[int, int]]]],
                   *, batch_size: int = 64) -> Iterator[list[Mention]]:
        """Stream :meth:`resolve_spans` over ``(text, spans)`` pairs, batching spaCy."""
        for work in self._with_nlp(_gold_works(items), batch_size):
            yield list(self._finish(work).mentions)

    def pipe_candidates(self, items: Iterable[tuple[str | Document, Iterable[tuple[int, int]]]],
                        *, batch_size: int = 64) -> Iterator[list[Candidate]]:
        """Stream the recognised candidates of ``(text, spans)`` pairs, before resolution,
        with the given spans in place of the mentions they overlap (as in
        :meth:`pipe_spans`): what the learned ranking is trained on (``tools/rank_data.py``)."""
        for work in self._with_nlp(_gold_works(items), batch_size):
            self._recognize(work)
            yield work.candidates

    # -- stages ---------------------------------------------------------------------

    def _with_nlp(self, works: Iterable[_Work], batch_size: int) -> Iterator[_Work]:
        """Attach spaCy docs to each work item, streaming ``batch_size`` at a time, each
        language's documents read together by its pipeline; yields in input order."""
        works = iter(works)
        while batch := list(islice(works, batch_size)):
            by_language: dict[str, list[_Work]] = {}
            for work in batch:
                language = self._language_of(work)
                if language in SUPPORTED_LANGUAGES:
                    by_language.setdefault(language, []).append(work)
            for language, group in by_language.items():
                pieces = [(w, off, piece) for w in group
                          for off, piece in chunks(w.document.text)]
                # spaCy reads a copy with surrogates as U+FFFD: same length, so offsets
                # hold; the Document keeps the original text.
                parsed = self._pipeline(language).pipe(
                    (replace_lone_surrogates(p) for _, _, p in pieces), batch_size=batch_size)
                for (work, offset, _), doc in zip(pieces, parsed, strict=False):
                    work.docs.append((offset, doc))
            yield from batch

    def _language_of(self, work: _Work) -> str:
        """The document's language, detected where not given; the document keeps it."""
        document = work.document
        if not document.language:
            work.document = document = replace(document,
                                               language=detect_language(document.text))
        return document.language

    def _pipeline(self, language: str) -> Any:
        if language not in self.pipelines:
            self.pipelines[language] = _LOADERS[language](ner=self.settings["ner"])
        return self.pipelines[language]

    def _recognizer(self, language: str) -> Recognizer:
        if language not in self.recognizers:
            self.recognizers[language] = _RECOGNIZERS[language](
                self.gazetteer, stoplist=self.settings["stoplist"])
        return self.recognizers[language]

    def _finish(self, work: _Work) -> ParsedDocument:
        for name, stage in self.stages:
            try:
                stage(work)
            except IncidentMapError:
                raise
            except Exception as err:
                raise ParseError(f"stage {name!r} failed on document "
                                 f"{work.document.id or '<unnamed>'}: {err}") from err
        text = work.document.text
        sentences = tuple((off + s.start_char, off + s.end_char)
                          for off, doc in work.docs for s in doc.sents
                          if text[off + s.start_char:off + s.end_char].strip())
        return ParsedDocument(work.document, tuple(work.mentions), sentences)

    def _recognize(self, work: _Work) -> None:
        text = work.document.text
        if not work.docs:
            return  # a language the parser does not read
        recognizer = self._recognizer(work.document.language)
        for offset, doc in work.docs:
            work.candidates.extend(
                replace(c, start=c.start + offset, end=c.end + offset,
                        text=text[c.start + offset:c.end + offset])
                for c in recognizer(doc))
        if work.gold is not None:
            # Given spans replace the detected mentions they overlap; the other detected
            # ones stay as context for resolution only.
            gold = recognizer.for_spans(work.document.text, work.gold)
            rest = [c for c in work.candidates
                    if not any(c.start < g.end and g.start < c.end for g in gold)]
            work.candidates = sorted(rest + gold, key=lambda c: c.start)

    def _resolve(self, work: _Work) -> None:
        mentions = self.resolver(work.document.text, work.candidates,
                                 focus=work.document.focus)
        # What needs the whole document and its date: "the capital" of a report dated
        # before a capital moved is the old one.
        mentions = after_resolution(self.gazetteer, work.document.text, mentions,
                                    work.document.published)
        if work.gold is not None:
            wanted = set(work.gold)
            mentions = [m for m in mentions if (m.start, m.end) in wanted]
        work.mentions = mentions


# In a worker process: the parser it serves and the batch size spaCy reads.
_worker_parser: Parser | None = None
_worker_batch_size = 64


def _adopt(parser: Parser, batch_size: int) -> None:
    global _worker_parser, _worker_batch_size
    _worker_parser, _worker_batch_size = parser, batch_size


def _parse_batch(batch: list[Document]) -> list[ParsedDocument]:
    assert _worker_parser is not None
    works = (_Work(d) for d in batch)
    return [_worker_parser._finish(w)
            for w in _worker_parser._with_nlp(works, _worker_batch_size)]


def _gold_works(items: Iterable[tuple[str | Document, Iterable[tuple[int, int]]]]
                ) -> Iterator[_Work]:
    for text, spans in items:
        yield _Work(_as_document(text), gold=tuple(sorted(spans)))


def _as_document(item: str | Document) -> Document:
    if isinstance(item, Document):
        return item
    if not isinstance(item, str):
        raise TypeError(f"expected a str or geo.Document, not {type(item).__name__}")
    return Document(item)


_default: Parser | None = None
_default_lock = threading.Lock()


def default_parser() -> Parser:
    """The process's shared :class:`Parser`, built on first use (loading spaCy and
    opening the gazetteer cost seconds; both are read-only afterwards)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Parser()
        return _default


def parse(text: str | Document, *, parser: Parser | None = None) -> ParsedDocument:
    """Parse one text with ``parser`` or the default parser (see :class:`Parser`)."""
    return (parser or default_parser())(text)


def parse_many(texts: Iterable[str | Document], *, batch_size: int = 64,
               n_process: int = 1, progress: bool = False) -> Iterator[ParsedDocument]:
    """Parse a stream of texts with the default parser, lazily and in order."""
    return default_parser().pipe(texts, batch_size=batch_size, n_process=n_process,
                                  progress=progress)
