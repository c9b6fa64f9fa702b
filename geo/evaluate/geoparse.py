"""The ``geoparse`` JSONL contract and the ``eval`` scores (recognition F1, Acc@161, AUC).

Only toponyms — named places and demonyms, what the annotated corpora mark — are written
by :func:`geoparse_jsonl` and scored; nominal and area mentions stay in
:class:`~geo.pipeline.ParsedDocument` for the incident extractor.

Scores follow Gritta et al. ("What's missing in geographical parsing?", 2018): every gold
toponym with coordinates counts, a missed one at the largest error (20,039 km, half the
Earth's circumference); AUC is the area under the curve of ``ln(1 + error)`` scaled to
[0, 1] (lower is better).
"""

from __future__ import annotations

import json
import logging
import math
import statistics
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from gazetteer.geometry import haversine_km
from gazetteer.progress import progress as bar
from geo.errors import InputError
from geo.evaluate.corpus import check_record, read_split
from geo.model import Document, Mention, country_code
from geo.pipeline import default_parser
from geo.read.language import forced_language

logger = logging.getLogger(__name__)

TOPONYM_KINDS = frozenset({"named", "demonym"})
MAX_ERROR_KM = 20039.0
ACC_KM = 161.0


def _records(stream: IO, on_error: str) -> Iterator[tuple[int, dict]]:
    """Yield ``(line number, record)``; bad lines raise or are reported on stderr."""
    for number, raw in enumerate(stream, 1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            record = check_record(json.loads(line))
        except (UnicodeDecodeError, ValueError) as err:
            reason = ("undecodable bytes (not UTF-8)" if isinstance(err, UnicodeDecodeError)
                      else str(err))
            where = {"path": getattr(stream, "name", "<input>"), "line": number}
            if on_error != "skip":
                raise InputError(f"{reason}; fix the line, or skip bad lines with "
                                 "--on-error skip (on_error='skip' in Python)",
                                 **where) from err
            logger.warning("skipped %s", InputError(reason, **where))
            continue
        yield number, record


def _toponym(m: Mention) -> dict[str, Any]:
    place = m.place
    return {"start": m.start, "end": m.end, "name": m.text,
            "lat": None if place is None else place.lat,
            "lon": None if place is None else place.lon,
            "precision": m.precision, "role": m.role, "score": m.score}


def _parse_records(records: Iterable[tuple[int, dict]], parser, gold_spans: bool,
                   focus: str = "", language: str = "auto"
                   ) -> Iterator[tuple[dict, list[Mention]]]:
    pending: deque[dict] = deque()
    failed: list[InputError] = []
    forced = forced_language(language)

    def documents() -> Iterator[Document]:
        # A bad line ends the input here; the documents read before it are still
        # parsed and written before its error is raised.
        try:
            for _, record in records:
                pending.append(record)
                yield Document(record["text"], id=str(record.get("id", "")),
                               focus=str(record.get("focus") or "") or focus,
                               language=forced or str(record.get("language") or ""))
        except InputError as err:
            failed.append(err)

    if gold_spans:
        pairs = ((doc, [(t["start"], t["end"]) for t in pending[-1].get("toponyms", ())])
                 for doc in documents())
        for mentions in parser.pipe_spans(pairs):
            yield pending.popleft(), mentions
    else:
        for parsed in parser.pipe(documents()):
            yield pending.popleft(), [m for m in parsed.mentions
                                      if m.kind in TOPONYM_KINDS]
    if failed:
        raise failed[0]


def geoparse_jsonl(in_stream: IO, out_stream: IO, *, gold_spans: bool = False,
                   on_error: Literal["raise", "skip"] = "raise", parser=None,
                   progress: bool = False, focus: str = "", language: str = "auto") -> int:
    """Geoparse JSONL records ``{"id", "text"[, "toponyms", "focus", "language"]}``;
    return the count written. ``language`` (``"en"``, ``"ru"``, ``"fr"``) reads every
    record in that language; ``"auto"`` takes a record's own ``language``, else detects it
    from the text.

    Each output line is ``{"id", "toponyms": [{"start", "end", "name", "lat", "lon",
    "precision", "role", "score"}]}`` and is flushed at once, so a later failure loses
    nothing already written. With ``gold_spans`` the input's toponym spans are resolved
    instead of detected. ``focus``: the publication's country code for the records
    without a ``focus`` of their own (:attr:`geo.model.Document.focus`).

    Raises
    ------
    geo.errors.InputError
        For a line that is not JSON, has no ``text`` or is not UTF-8 (naming the line),
        unless ``on_error="skip"``, which logs it (a warning) and goes on.
    """
    focus = country_code(focus)
    parser = parser or default_parser()
    written = 0
    for record, mentions in bar(_parse_records(_records(in_stream, on_error), parser,
                                               gold_spans, focus, language),
                                enabled=progress, unit="doc"):
        out = {"id": record.get("id"), "toponyms": [_toponym(m) for m in mentions]}
        out_stream.write(json.dumps(out, ensure_ascii=False) + "\n")
        out_stream.flush()
        written += 1
    return written


def evaluate_corpus(path: str | Path, *, gold_spans: bool = False, limit: int | None = None,
                    split: Literal["even", "odd"] | None = None, parser=None,
                    progress: bool = False, focus: str = "",
                    language: str = "auto") -> dict[str, Any]:
    """Score the geoparser on an annotated corpus (the schema of ``../shared/corpora``).

    Returns recognition precision/recall/F1 (exact spans and overlapping spans), Acc@161
    over all gold toponyms with coordinates (missed ones wrong) and over the recognised
    ones, mean and median error in km, the AUC of the error curve, and docs/s.
    ``focus`` gives the publication's country code to the records without a ``focus``
    of their own; ``language`` is as in :func:`geoparse_jsonl` (a corpus in one known
    language is best scored with it forced: a short text detected as another language
    would lose its toponyms).
    """
    records = list(read_split([path], split))[:limit]  # a bad corpus fails before loading
    if not records:
        raise InputError(f"no documents to score{f' in the {split} split' if split else ''}"
                         "; check the file and --split", path=path)
    focus = country_code(focus)
    parser = parser or default_parser()
    counts = {"tp": 0, "pred": 0, "gold": 0, "otp": 0, "opred": 0}
    errors: list[float] = []  # per gold toponym with coordinates
    found_errors: list[float] = []
    started = time.perf_counter()
    numbered = enumerate(records, 1)
    for record, mentions in bar(_parse_records(numbered, parser, gold_spans, focus, language),
                                enabled=progress, total=len(records), unit="doc"):
        _score_document(record, mentions, counts, errors, found_errors)
    elapsed = time.perf_counter() - started
    return _summary(Path(path).name, len(records), elapsed, gold_spans, split, focus,
                    counts, errors, found_errors)


def score_mentions(name: str, pairs: Iterable[tuple[dict, list[Mention]]], *,
                   gold_spans: bool, split: str | None = None) -> dict[str, Any]:
    """Score already resolved documents, ``(record, toponym mentions)`` pairs, as
    :func:`evaluate_corpus` does (``docs_per_s`` is then ``None``): what a study that
    resolves cached candidates many times (``tools/loco.py``) reports."""
    counts = {"tp": 0, "pred": 0, "gold": 0, "otp": 0, "opred": 0}
    errors: list[float] = []
    found_errors: list[float] = []
    n_docs = 0
    for record, mentions in pairs:
        _score_document(record, mentions, counts, errors, found_errors)
        n_docs += 1
    return _summary(name, n_docs, 0.0, gold_spans, split, "", counts, errors, found_errors)


def _score_document(record: dict, mentions: list[Mention], counts: dict[str, int],
                    errors: list[float], found_errors: list[float]) -> None:
    gold = record.get("toponyms", ())
    by_span = {(m.start, m.end): m for m in mentions}
    counts["pred"] += len(mentions)
    counts["gold"] += len(gold)
    counts["opred"] += sum(any(m.start < g["end"] and g["start"] < m.end for g in gold)
                           for m in mentions)
    for g in gold:
        hit = by_span.get((g["start"], g["end"]))
        counts["tp"] += hit is not None
        counts["otp"] += any(m.start < g["end"] and g["start"] < m.end for m in mentions)
        if g.get("lat") is None:
            continue
        if hit is None or hit.place is None:
            errors.append(MAX_ERROR_KM)
            continue
        km = haversine_km(g["lat"], g["lon"], hit.place.lat, hit.place.lon)
        errors.append(km)
        found_errors.append(km)


def _summary(name: str, n_docs: int, elapsed: float, gold_spans: bool, split: str | None,
             focus: str, counts: dict[str, int], errors: list[float],
             found_errors: list[float]) -> dict[str, Any]:
    def f1(p: float, r: float) -> float:
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    p = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
    op = counts["opred"] / counts["pred"] if counts["pred"] else 0.0
    orr = counts["otp"] / counts["gold"] if counts["gold"] else 0.0
    return {
        "corpus": name, "split": split or "all", "gold_spans": gold_spans,
        "focus": focus or None,
        "docs": n_docs, "gold_toponyms": counts["gold"], "predicted": counts["pred"],
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
        "overlap_precision": round(op, 4), "overlap_recall": round(orr, 4),
        "overlap_f1": round(f1(op, orr), 4),
        "acc161": _share_within(errors), "acc161_recognised": _share_within(found_errors),
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "auc": auc(errors), "docs_per_s": round(n_docs / elapsed, 1) if elapsed else None,
    }


def _share_within(errors: list[float], km: float = ACC_KM) -> float | None:
    return round(sum(e <= km for e in errors) / len(errors), 4) if errors else None


def auc(errors: list[float]) -> float | None:
    """Area under the error curve of Gritta et al.: mean of ln(1+err)/ln(1+max).

    The curve of sorted, log-scaled errors over the toponym index has exactly this area
    when both axes are scaled to [0, 1]; 0 is perfect, 1 is every toponym maximally off.
    """
    if not errors:
        return None
    top = math.log1p(MAX_ERROR_KM)
    return round(statistics.fmean(math.log1p(min(e, MAX_ERROR_KM)) / top
                                  for e in errors), 4)
