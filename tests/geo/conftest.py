"""Geoparser fixtures: one spaCy pipeline and parsers over the tiny and real gazetteers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geo.pipeline import Parser, load_nlp


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once (about a second)."""
    return load_nlp()


@pytest.fixture(scope="session")
def tiny_parser(_tiny_gazetteer_file: Path, nlp) -> Iterator[Parser]:
    """A parser over the tiny gazetteer, with no learned stop list."""
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    yield Parser(gaz, nlp=nlp, stoplist=())
    gaz.close()


@pytest.fixture(scope="session")
def real_parser(gazetteer: Gazetteer, nlp) -> Parser:
    """A parser over the real built-in gazetteer."""
    return Parser(gazetteer, nlp=nlp)
