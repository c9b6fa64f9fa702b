"""What ranking studies read many times, worked out once: a corpus's recognised candidates
(spaCy and recognition are most of a parse's cost) and the training rows of its gold
toponyms.

Candidates are cached as pickles under ``$INCIDENTMAP_STUDY_CACHE`` (default
``/tmp/incidentmap-study``), keyed by the corpus file, the mode (gold spans or end to end),
a hash of the recognition code and stop list, and the gazetteer file, so a change to
recognition or to the places is never read from a stale cache. Resolving cached
candidates gives exactly what ``incidentmap eval`` gives: a parse is recognition, then
resolution.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from gazetteer.geometry import haversine_km
from geo.evaluate import ACC_KM, TOPONYM_KINDS, score_mentions
from geo.evaluate.corpus import read_split
from geo.evaluate.events import TOLERANCE_KM

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.pipeline import Parser
    from geo.recognize import Candidate
    from geo.resolve import Resolver

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("INCIDENTMAP_STUDY_CACHE", "/tmp/incidentmap-study"))


def _recognition_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "geo" / "recognize").glob("*.py")):
        digest.update(path.read_bytes())
    for path in (ROOT / "geo" / "data" / "stoplist.txt",
                 ROOT / "geo" / "data" / "wordnet_cities.txt", ROOT / "geo" / "nlp.py"):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class Corpus:
    """One corpus's records and, per mode, its recognised candidates per document."""

    path: Path
    records: list[dict]
    gold: list[list[Candidate]]
    found: list[list[Candidate]] | None  # end to end; None where not scored so

    @property
    def name(self) -> str:
        return self.path.stem


def load_corpus(path: str | Path, parser: Parser, *, end_to_end: bool = True) -> Corpus:
    """The corpus at ``path`` with its candidates, from the cache when it is fresh."""
    path = Path(path)
    records = list(read_split([path], None))
    gold = _cached(path, "gold", parser, records,
                   lambda r: [(t["start"], t["end"]) for t in r.get("toponyms", ())])
    found = _cached(path, "e2e", parser, records, lambda r: []) if end_to_end else None
    return Corpus(path, records, gold, found)


def _cached(path: Path, mode: str, parser: Parser, records: list[dict],
            spans: Callable[[dict], list[tuple[int, int]]]) -> list[list[Candidate]]:
    stat = path.stat()
    key = (f"{path.stem}-{mode}-{stat.st_size}-{int(stat.st_mtime)}-{_recognition_hash()}"
           f"-{_gazetteer_stamp(parser.gazetteer)}")
    file = CACHE / f"{key}.pkl"
    if file.is_file():
        with open(file, "rb") as handle:
            return pickle.load(handle)
    # Given spans replace the mentions they overlap; with none given, this is exactly
    # the recognition an end-to-end parse runs.
    out = list(parser.pipe_candidates((r["text"], spans(r)) for r in records))
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    with open(tmp, "wb") as handle:
        pickle.dump(out, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(file)
    return out


def resolved(resolver: Resolver, corpus: Corpus, *, gold_spans: bool,
             docs: Sequence[int] | None = None) -> Iterator[tuple[dict, list]]:
    """``(record, toponym mentions)`` per document, as ``incidentmap eval`` resolves them."""
    lists = corpus.gold if gold_spans else corpus.found
    assert lists is not None
    for i in (range(len(corpus.records)) if docs is None else docs):
        record, found = corpus.records[i], lists[i]
        mentions = resolver(record["text"], found, focus=str(record.get("focus") or ""))
        if gold_spans:
            wanted = {(t["start"], t["end"]) for t in record.get("toponyms", ())}
            mentions = [m for m in mentions if (m.start, m.end) in wanted]
        else:
            mentions = [m for m in mentions if m.kind in TOPONYM_KINDS]
        yield record, mentions


def score(resolver: Resolver, corpus: Corpus, *, gold_spans: bool,
          split: str | None = None) -> dict[str, Any]:
    """The ``incidentmap eval`` report of ``corpus`` (its ``split``: even, odd or all)."""
    n = len(corpus.records)
    docs = range(n) if split is None else range(0 if split == "even" else 1, n, 2)
    return score_mentions(corpus.path.name, resolved(resolver, corpus, gold_spans=gold_spans,
                                                     docs=docs),
                          gold_spans=gold_spans, split=split)


def score_all_and_odd(resolver: Resolver, corpus: Corpus, *, gold_spans: bool,
                      ) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`score` of every document and of the odd ones, from one resolution of each
    document (a document's resolution does not depend on the others)."""
    pairs = list(resolved(resolver, corpus, gold_spans=gold_spans))
    name = corpus.path.name
    return (score_mentions(name, pairs, gold_spans=gold_spans),
            score_mentions(name, pairs[1::2], gold_spans=gold_spans, split="odd"))


@dataclass
class Rows:
    """Training rows: every candidate's feature vector, grouped by gold toponym.

    ``x[starts[g]:starts[g + 1]]`` are the candidates of group ``g``; ``right`` marks
    those within :data:`~geo.evaluate.ACC_KM` of the gold point. Only toponyms with a
    right and a wrong candidate are kept (the others teach a ranking nothing)."""

    x: np.ndarray
    right: np.ndarray
    starts: np.ndarray  # group starts, then len(x)

    @property
    def groups(self) -> int:
        return len(self.starts) - 1


def _gazetteer_stamp(gazetteer: Gazetteer) -> str:
    """Recognition and resolution read the gazetteer's names and places: a rebuilt
    gazetteer is a new key for candidates and training rows alike."""
    built = gazetteer.path.stat()
    return f"{built.st_size}-{built.st_mtime_ns}"


def _resolution_hash(resolver: Resolver) -> str:
    digest = hashlib.sha256(repr(resolver.weights).encode())
    for path in sorted((ROOT / "geo" / "resolve").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def rows_of(resolver: Resolver, corpus: Corpus,
            docs: Sequence[int] | None = None) -> Rows:
    """The training rows of ``corpus``'s gold toponyms (``docs``: which documents),
    cached beside the candidates (keyed by the resolution code and weights)."""
    which = "all" if docs is None else hashlib.sha256(repr(list(docs)).encode()).hexdigest()[:8]
    stat = corpus.path.stat()
    file = CACHE / (f"{corpus.name}-rows-{stat.st_size}-{int(stat.st_mtime)}-{which}-"
                    f"{_recognition_hash()}-{_resolution_hash(resolver)}-"
                    f"{_gazetteer_stamp(resolver.gazetteer)}-{LABELS}.npz")
    if file.is_file():
        data = np.load(file)
        return Rows(data["x"], data["right"], data["starts"])
    rows = _rows(resolver, corpus, docs)
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(file.with_suffix(".tmp"), "wb") as handle:
        np.savez(handle, x=rows.x, right=rows.right, starts=rows.starts)
    file.with_suffix(".tmp").replace(file)
    return rows


def _rows(resolver: Resolver, corpus: Corpus, docs: Sequence[int] | None) -> Rows:
    xs: list[tuple[float, ...]] = []
    right: list[bool] = []
    starts: list[int] = []
    for i in (range(len(corpus.records)) if docs is None else docs):
        label = _labeller(corpus.records[i])
        for flags, vectors in resolver.feature_rows(corpus.gold[i], label,
                                                    corpus.records[i]["text"]):
            starts.append(len(xs))
            xs.extend(vectors)
            right.extend(flags)
    starts.append(len(xs))
    width = len(resolver.feature_names)
    return Rows(np.array(xs, dtype=float).reshape(-1, width), np.array(right, dtype=bool),
                np.array(starts, dtype=int))


#: How much farther from the gold point than the nearest candidate a right candidate may
#: lie: the scorer's 161 km would count a city and its same-named province both right
#: (Maputo, the city, and the province around it), and a model trained so learns no
#: preference between them, where a reader means the finer reading the gold point marks.
#: The event scorer's tolerance (geo.evaluate.events.TOLERANCE_KM).
FINER_KM = TOLERANCE_KM
#: Bumped when what a row's label means changes (the rows' cache key).
LABELS = "finer1"


def _labeller(record: dict) -> Callable[[Candidate, tuple[Place, ...]], list[bool] | None]:
    gold = {(t["start"], t["end"]): t for t in record.get("toponyms", ())
            if t.get("lat") is not None}

    def label(cand: Candidate, places: tuple[Place, ...]) -> list[bool] | None:
        point = gold.get((cand.start, cand.end))
        if point is None or len(places) < 2:
            return None
        km = [haversine_km(p.lat, p.lon, point["lat"], point["lon"]) for p in places]
        nearest = min(km)
        right = [d <= ACC_KM and d <= nearest + FINER_KM for d in km]
        return right if any(right) and not all(right) else None

    return label
