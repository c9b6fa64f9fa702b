"""Text → incidents GeoDataFrame: the public entry points of event extraction.

:func:`extract_incidents` is the pure core (a parsed document in, incidents out);
:func:`incidents` and :func:`incidents_from_files` add parsing and the GeoDataFrame.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd

from geo.events.dates import parse_published
from geo.events.detect import detect_events
from geo.frame import to_geodataframe
from geo.model import Document, Incident, country_code

__all__ = ["extract_incidents", "incidents", "incidents_from_files"]


def extract_incidents(parsed: Any, *, published: date | str | None = None
                      ) -> list[Incident]:
    """Find the incidents of a parsed document.

    Parameters
    ----------
    parsed
        A :class:`geo.pipeline.ParsedDocument`, or anything with ``.document`` (with
        ``.text`` and ``.published``), ``.mentions`` and optionally ``.sentences``.
    published
        Publication date for relative dates; defaults to ``parsed.document.published``.

    Raises
    ------
    geo.errors.DateError
        When ``published`` is a string that is not an ISO 8601 date.
    """
    document = parsed.document
    when = parse_published(published) or document.published
    return detect_events(document.text, parsed.mentions,
                         getattr(parsed, "sentences", None), when)


def incidents(
    text: str,
    *,
    published: date | str | None = None,
    source: str = "",
    focus: str = "",
    parser: Any = None,
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
    parser
        A :class:`geo.pipeline.Parser` (called with a :class:`geo.model.Document`,
        returns the parsed document). Pass one when extracting from many texts: building
        it loads the NLP model and gazetteer.

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
    when = parse_published(published)
    document = Document(text, focus=focus)
    if parser is None:
        from geo.pipeline import parse

        parsed = parse(document)
    else:
        parsed = parser(document)
    return to_geodataframe(extract_incidents(parsed, published=when), source=source)


def incidents_from_files(
    paths: Iterable[str | Path],
    *,
    published: date | str | None = None,
    focus: str = "",
    parser: Any = None,
    progress: bool = False,
) -> gpd.GeoDataFrame:
    """Extract the incidents of many articles into one GeoDataFrame.

    Files, folders and globs are read by :func:`geo.read.documents.read_documents`; a ``.json``
    sidecar beside a ``.txt`` (as in ``seeds/``) gives its publication date, and
    ``published`` is used for files without one. ``focus``: the publication's country
    code, for articles without their own (:attr:`geo.model.Document.focus`).
    """
    from geo.batch import incidents_from_documents
    from geo.read.documents import read_documents, with_focus

    documents = read_documents(paths, published=parse_published(published))
    return incidents_from_documents(with_focus(documents, country_code(focus)),
                                    parser=parser, progress=progress)
