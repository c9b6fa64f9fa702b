"""Text → incidents GeoDataFrame: the public entry points of event extraction.

:func:`extract_incidents` is the pure core (a parsed document in, incidents out);
:func:`document_incidents` adds parsing and the GeoDataFrame for one
:class:`~geo.model.Document` (which carries its publication date and country);
:func:`incidents`, :func:`incidents_from_documents` and :func:`incidents_from_files` are
the same for a text, a stream of documents and files on disk.

Every document is read in its language (:attr:`geo.model.Document.language`, detected by
:func:`geo.read.language.detect_language` where not given) and its rows say it in the
``language`` column. A document in a language the parser does not read gives no
incidents and a warning naming it and its language, rather than wrong ones.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd

from gazetteer.progress import progress as progress_bar
from geo.events.detect import detect_events
from geo.frame import documents_to_geodataframe, to_geodataframe
from geo.model import Document, Incident, country_code, parse_published
from geo.pipeline import default_parser
from geo.read.documents import read_documents, with_focus
from geo.read.language import readable, with_language

__all__ = ["document_incidents", "extract_incidents", "incidents", "incidents_from_documents",
           "incidents_from_files", "readable_documents"]

logger = logging.getLogger(__name__)


def extract_incidents(parsed: Any, *, published: date | str | None = None,
                      keep_all: bool = False) -> list[Incident]:
    """Find the incidents of a parsed document.

    Parameters
    ----------
    parsed
        A :class:`geo.pipeline.ParsedDocument`, or anything with ``.document`` (with
        ``.text`` and ``.published``), ``.mentions`` and optionally ``.sentences``.
    published
        Publication date for relative dates; defaults to ``parsed.document.published``.
    keep_all
        Also return candidate incidents that did not happen (negated, planned,
        threatened or denied) and the rows the learned row keeping doubts
        (``doubtful``; see :attr:`geo.model.Incident.status`).

    Raises
    ------
    geo.errors.DateError
        When ``published`` is a string that is not an ISO 8601 date.
    """
    document = parsed.document
    when = parse_published(published) or document.published
    return detect_events(document.text, parsed.mentions,
                         getattr(parsed, "sentences", None), when, keep_all=keep_all,
                         language=getattr(document, "language", ""))


def incidents(
    text: str,
    *,
    published: date | str | None = None,
    source: str = "",
    focus: str = "",
    language: str = "",
    parser: Any = None,
    keep_all: bool = False,
) -> gpd.GeoDataFrame:
    """Extract the incidents a news text reports, as a GeoDataFrame.

    Parameters
    ----------
    text
        The article.
    published
        Its publication date (``date`` or ``YYYY-MM-DD``). Without it, "on Wednesday"
        cannot be resolved and such events keep an empty date.
    source
        Written to the ``source`` column and mixed into ``incident_id``.
    focus
        The publication's country, an ISO 3166-1 alpha-2 code (see
        :attr:`geo.model.Document.focus`).
    language
        The text's language, an ISO 639-1 code (``"en"``, ``"ru"``, ``"fr"``); by default
        (``""`` or ``"auto"``) it is detected. Text in another language gives no
        incidents (and a warning).
    parser
        A :class:`geo.pipeline.Parser` (called with a :class:`geo.model.Document`,
        returns the parsed document). Pass one when extracting from many texts: building
        it loads the NLP model and gazetteer.
    keep_all
        Also keep the rows of events the text says did not happen (the ``status``
        column: negated, planned, threatened, reported-denied) and those a learned
        model doubts (``doubtful``); by default only ``occurred`` ones.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per located incident (EPSG:4326, columns of
        :data:`geo.frame.INCIDENT_COLUMNS`); empty with the full schema when the text
        reports nothing.

    Raises
    ------
    geo.errors.DateError
        When ``published`` is not an ISO 8601 date.

    Examples
    --------
    >>> gdf = incidents(text, published="2022-01-07", source="afp")  # doctest: +SKIP
    """
    if language.strip().lower() == "auto":
        language = ""
    document = Document(text, published=parse_published(published), source=source,
                        focus=focus, language=language)
    return document_incidents(document, parser=parser, keep_all=keep_all)


def document_incidents(document: Document, *, parser: Any = None,
                       keep_all: bool = False) -> gpd.GeoDataFrame:
    """Extract the incidents of one :class:`~geo.model.Document` as a GeoDataFrame.

    Its ``published`` date anchors relative dates, its ``focus`` country favours that
    country's places, its ``id`` (else ``source``) fills the ``source`` column and its
    ``language`` (detected when ``""``) the ``language`` column. ``parser`` and
    ``keep_all``: as for :func:`incidents`.
    """
    document = next(readable_documents([document]), None)
    if document is None:
        return to_geodataframe([])
    parsed = (parser or default_parser())(document)
    return to_geodataframe(extract_incidents(parsed, keep_all=keep_all),
                           source=_source(parsed.document),
                           language=_language(parsed.document, document))


def incidents_from_documents(
    documents: Iterable[Document], *, parser: Any = None, progress: bool = False,
    keep_all: bool = False,
) -> gpd.GeoDataFrame:
    """Extract the incidents of every document into one GeoDataFrame, in this process
    (:mod:`geo.batch` runs many in chunks, in parallel and resumably)."""
    parser = parser or default_parser()
    # A Parser reads the documents in batches: spaCy's models cost far less per
    # document that way (a stand-in parser that is only callable reads them one by one).
    pipe = getattr(parser, "pipe", None)
    documents = readable_documents(documents)
    parsed_documents = pipe(documents) if pipe is not None else map(parser, documents)
    found = [(extract_incidents(parsed, keep_all=keep_all), _source(parsed.document),
              _language(parsed.document))
             for parsed in progress_bar(parsed_documents, enabled=progress,
                                        desc="articles", unit="doc")]
    # One frame for all: building a frame costs more than most articles' events.
    return documents_to_geodataframe(found)


def incidents_from_files(
    paths: Iterable[str | Path],
    *,
    published: date | str | None = None,
    focus: str = "",
    language: str = "auto",
    parser: Any = None,
    progress: bool = False,
    keep_all: bool = False,
) -> gpd.GeoDataFrame:
    """Extract the incidents of many articles into one GeoDataFrame.

    Files, folders and globs are read by :func:`geo.read.documents.read_documents`; a ``.json``
    sidecar beside a ``.txt`` (as in ``seeds/``) gives its publication date, and
    ``published`` is used for files without one. ``focus``: the publication's country
    code, for articles without their own (:attr:`geo.model.Document.focus`).
    ``language``: ``"auto"`` reads each article in its own language (a ``language``
    field, else detected); ``"en"``, ``"ru"`` or ``"fr"`` reads every one in that one.
    """
    documents = read_documents(paths, published=parse_published(published))
    documents = with_language(with_focus(documents, country_code(focus)), language)
    return incidents_from_documents(documents, parser=parser, progress=progress,
                                    keep_all=keep_all)


def readable_documents(documents: Iterable[Document]) -> Iterator[Document]:
    """The documents in a language the parser reads, each with its language set
    (detected where it is ``""``). Each other one is left out with a warning naming it
    and its language: no incidents rather than wrong ones. A document without letters
    goes through (with no language): there is nothing in it to read wrongly."""
    for document in with_language(documents):
        if readable(document):
            yield document
            continue
        language = document.language
        logger.warning("%s: %s; no incidents read from it (force a language with --lang "
                       "or Document.language)", _source(document) or "a document",
                       f"language {language!r} is not supported" if language
                       else "its language is not recognised")


def _source(document: Document) -> str:
    return document.id or document.source


def _language(parsed: Any, given: Document | None = None) -> str:
    # The parser's document carries its language; a stand-in parser's may not.
    return getattr(parsed, "language", "") or (given.language if given else "")
