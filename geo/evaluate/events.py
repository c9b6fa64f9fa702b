"""Scoring event extraction against an annotated JSONL file (``incidentmap eval-events``).

One JSON object per line::

    {"id": "dev-001", "text": "...", "published": "2023-07-14" | null, "language": "ru",
     "events": [{"event_type", "sub_event_type", "subtype", "location", "lat", "lon",
                 "date", "fatalities", "injured", "arrested", "checkpoints",
                 "status", "date_end"}],
     "non_sites": [{"location", "lat", "lon"}]}

``status`` (default ``occurred``) is one of ``occurred``, ``negated``, ``planned``,
``threatened``, ``reported-denied``. Only occurred gold events are to be found: the
others are traps, and a default (occurred) prediction that matches one of them (same
type, same place; for strategic developments also the same sub-type, as that type groups
arrests, curfews and deployments) counts in ``unreal_false_positives``.
``status_accuracy`` scores the status of every gold event against the extractor's
``keep_all`` output. ``non_sites`` are
places the report names as actors, sources, homes or destinations: an unpaired
prediction within 25 km of one counts in ``non_site_false_positives``. An unpaired
prediction of the same type, place and date as a paired one is a duplicate.

Gold and predicted events of a document are paired greedily by agreement (type,
sub-type, our sub-type, distance; the date breaks ties between rows that agree on
those). Every figure is a share of the *gold* events, so a missed event counts against
each of them; ``type_precision`` and ``trap_false_positives`` measure the opposite
error. A gold event with ``lat``/``lon`` is scored by distance (Acc@25 km);
one with a location but no coordinates (a country) by the predicted place's country.
An undated event in a dated report is annotated with the publication date.

``misses`` sorts the gold events not found at their place by where they were lost:
``place_not_resolved`` (no mention of the report resolves within the tolerance: the
geoparser's loss), ``told_unreal`` (a row of its type at its place has a status other than
occurred), ``row_taken`` (an occurred row at its place is paired with another gold event
there: one row for two events), ``no_row`` (the place is resolved, no row of any kind is
there) and ``area`` (a gold event known by name only). ``date_errors`` sorts found events
by how far the date is off (``undated``, ``day_late``, ``days_late``, ``day_early``,
``days_early``) and ``count_errors`` the gold counts of found events by how they are wrong
(``missing``, ``low``, ``high``), with ``spurious`` counts the gold does not have. These
are totals only, so a held-out file can be diagnosed without reading it.

``date_accuracy`` compares the first day (``date`` with the prediction's ``event_date``).
A gold event reported over several days also has ``date_end``, its last day;
``date_range_accuracy`` is the share of those whose prediction has both days right
(``event_date`` and ``event_date_end``), ``None`` when the file has no such event.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from gazetteer.progress import progress as progress_bar
from geo.errors import DateError, InputError
from geo.extract import extract_incidents
from geo.model import COUNT_FIELDS, Document, Incident, Mention, language_code, parse_published
from geo.pipeline import Parser

__all__ = ["evaluate_events", "pair_events", "read_records", "same_kind", "same_place",
           "where_lost"]

#: Distance within which a predicted location counts as right.
TOLERANCE_KM = 25.0
OCCURRED = "occurred"


def evaluate_events(path: str | Path, *, parser: Any = None,
                    progress: bool = False) -> dict:
    """Score event extraction on an annotated JSONL file.

    Parameters
    ----------
    path
        The annotated file (schema in the module docstring).
    parser
        The geoparser (text → parsed document); a default
        :class:`geo.pipeline.Parser` when ``None``.
    progress
        Show a progress bar on stderr.

    Returns
    -------
    dict
        ``incident_recall`` (a prediction paired at the right place), ``type_accuracy``,
        ``sub_event_accuracy``, ``type_precision``,
        ``location_acc25``, ``area_accuracy``, ``date_accuracy``,
        ``date_range_accuracy``, ``count_accuracy``,
        ``trap_false_positives``, the totals they are computed from, and speed.

    Raises
    ------
    geo.errors.InputError
        When a line is not valid JSON, lacks ``text`` or has a bad ``published``.
    """
    if parser is None:
        parser = Parser()
    tally = dict.fromkeys(("gold", "predicted", "type", "sub", "type_predicted",
                           "points", "points_ok", "areas", "areas_ok", "date",
                           "counts", "counts_ok", "traps", "trap_predicted",
                           "unreal", "unreal_predicted", "non_site_predicted",
                           "duplicates", "status_gold", "status_ok", "found",
                           "ranges", "ranges_ok"), 0)
    errors: dict[str, Counter] = {"misses": Counter(), "date_errors": Counter(),
                                  "count_errors": Counter()}
    records = list(read_records(Path(path)))
    started = time.perf_counter()
    for record in progress_bar(records, enabled=progress, desc="events", unit="doc"):
        # Parsed with its date, as geo.incidents parses: "the capital" of a report
        # dated before a capital moved is the old one.
        parsed = parser(Document(record["text"], published=record["published"],
                                 language=record["language"]))
        every = [i for i in extract_incidents(parsed, published=record["published"],
                                              keep_all=True)
                 if i.location is not None and i.location.place is not None]
        predicted = [i for i in every if i.status == OCCURRED]
        gold = [g for g in record["events"] if g.get("status", OCCURRED) == OCCURRED]
        unreal = [g for g in record["events"] if g.get("status", OCCURRED) != OCCURRED]
        _score(gold, predicted, tally)
        _score_traps(gold, unreal, record.get("non_sites") or [], predicted, tally)
        _score_status(record["events"], every, tally)
        _sort_errors(gold, predicted, every, parsed.mentions, errors)
    elapsed = time.perf_counter() - started
    report = _report(tally, len(records), elapsed, str(path))
    report.update({name: dict(sorted(counter.items())) for name, counter in errors.items()})
    return report


def read_records(path: Path) -> Iterator[dict]:
    """The annotated reports of a file, with ``published`` a date and ``language`` a
    code (the file's, else ``""``), each with an ``events`` list."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=path) from err
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            record["published"] = parse_published(record.get("published"))
            if not isinstance(record.get("text"), str):
                raise ValueError("no 'text' string")
            # The report's language, when the file gives it ("ru", "fr"); detected else.
            record["language"] = language_code(record.get("language") or "")
        except (ValueError, DateError, AttributeError) as err:
            raise InputError(f"not an annotated document: {err}", path=path,
                             line=number) from err
        record.setdefault("events", [])
        yield record


def _score(gold: list[dict], predicted: list[Incident], tally: dict) -> None:
    tally["gold"] += len(gold)
    tally["predicted"] += len(predicted)
    if not gold:
        tally["traps"] += 1
        tally["trap_predicted"] += len(predicted)
    pairs = pair_events(gold, predicted)
    tally["type_predicted"] += sum(
        1 for g, p in pairs if p is not None and p.event_type == g["event_type"])
    for g, p in pairs:
        _score_pair(g, p, tally)


def _score_traps(gold: list[dict], unreal: list[dict], non_sites: list[dict],
                 predicted: list[Incident], tally: dict) -> None:
    """Predictions left over once the real events are paired: at an unreal event, at a
    place that is no site, or a second row for a paired event."""
    tally["unreal"] += len(unreal)
    false = false_rows(gold, unreal, non_sites, predicted)
    tally["unreal_predicted"] += false["unreal"]
    tally["non_site_predicted"] += false["non_site"]
    tally["duplicates"] += false["duplicate"]


def false_rows(gold: list[dict], unreal: list[dict], non_sites: list[dict],
               predicted: list[Incident]) -> Counter:
    """The occurred rows left over once ``gold`` is paired, by kind: ``unreal`` (at an
    unreal event of their kind), ``non_site`` (else at a place that is no site),
    ``duplicate`` (a second row of a paired one's type, place and date)."""
    pairs = pair_events(gold, predicted)
    paired = [p for _, p in pairs if p is not None]
    spare = [p for p in predicted if all(p is not q for q in paired)]
    found: Counter = Counter()
    for pred in spare:
        if any(same_kind(g, pred) and same_place(g, pred.location.place)
               for g in unreal):
            found["unreal"] += 1
        elif any(same_place(n, pred.location.place) for n in non_sites):
            found["non_site"] += 1
        if any(_duplicate(pred, p) for p in paired):
            found["duplicate"] += 1
    return found


def same_kind(gold: dict, pred: Incident) -> bool:
    """Whether a row is of a gold event's kind (its type; for strategic developments
    its sub-type and our sub-type too)."""
    # "Strategic developments" groups unrelated events (arrests, curfews, deployments):
    # an arrest is no sighting of a state of emergency the text ruled out.
    if pred.event_type != gold["event_type"]:
        return False
    return pred.event_type != "Strategic developments" or (
        (pred.sub_event_type, pred.subtype) ==
        (gold["sub_event_type"], gold.get("subtype") or ""))


def _duplicate(a: Incident, b: Incident) -> bool:
    return (a.event_type, a.sub_event_type, a.subtype, a.event_date) == (
        b.event_type, b.sub_event_type, b.subtype, b.event_date) and (
        a.location.place.id == b.location.place.id)


def same_place(gold: dict, place: Any) -> bool:
    """Whether a place is the gold event's: within :data:`TOLERANCE_KM`, or in its
    area when the gold event has no coordinates."""
    if gold.get("lat") is not None:
        return haversine_km(gold["lat"], gold["lon"], place.lat, place.lon) <= TOLERANCE_KM
    return bool(gold.get("location")) and _same_area(gold["location"], place)


def _score_status(gold: list[dict], every: list[Incident], tally: dict) -> None:
    tally["status_gold"] += len(gold)
    for g, p in pair_events(gold, every):
        if p is not None and same_place(g, p.location.place):
            tally["status_ok"] += p.status == g.get("status", OCCURRED)


def _score_pair(gold: dict, pred: Incident | None, tally: dict) -> None:
    if gold.get("lat") is not None:
        tally["points"] += 1
    elif gold.get("location"):
        tally["areas"] += 1
    counted = [f for f in COUNT_FIELDS if gold.get(f) is not None]
    tally["counts"] += len(counted)
    tally["ranges"] += bool(gold.get("date_end"))
    if pred is None:
        return
    tally["type"] += pred.event_type == gold["event_type"]
    tally["found"] += same_place(gold, pred.location.place)
    tally["sub"] += pred.sub_event_type == gold["sub_event_type"]
    place = pred.location.place
    if gold.get("lat") is not None:
        tally["points_ok"] += haversine_km(gold["lat"], gold["lon"], place.lat,
                                  place.lon) <= TOLERANCE_KM
    elif gold.get("location"):
        tally["areas_ok"] += _same_area(gold["location"], place)
    predicted_date = pred.event_date.isoformat() if pred.event_date else None
    tally["date"] += predicted_date == gold.get("date")
    if gold.get("date_end"):
        predicted_end = pred.event_date_end.isoformat() if pred.event_date_end else None
        tally["ranges_ok"] += (predicted_date, predicted_end) == (gold.get("date"),
                                                                  gold["date_end"])
    tally["counts_ok"] += sum(getattr(pred.counts, f) == gold[f] for f in counted)


def pair_events(gold: list[dict], predicted: list[Incident]
                ) -> list[tuple[dict, Incident | None]]:
    """Greedy one-to-one pairing, best agreement first; unpaired gold gets ``None``."""
    options = sorted(
        ((_agreement(g, p), gi, pi) for gi, g in enumerate(gold)
         for pi, p in enumerate(predicted)),
        key=lambda option: -option[0])
    paired: dict[int, Incident] = {}
    used: set[int] = set()
    for score, gi, pi in options:
        if score <= 0 or gi in paired or pi in used:
            continue
        paired[gi] = predicted[pi]
        used.add(pi)
    return [(g, paired.get(gi)) for gi, g in enumerate(gold)]


def _agreement(gold: dict, pred: Incident) -> float:
    score = 2.0 * (pred.event_type == gold["event_type"])
    score += pred.sub_event_type == gold["sub_event_type"]
    score += 1.5 * (pred.subtype == (gold.get("subtype") or "") != "")
    if gold.get("lat") is not None:
        place = pred.location.place
        score += haversine_km(gold["lat"], gold["lon"], place.lat, place.lon) <= TOLERANCE_KM
    if score < 1.5:
        return 0.0
    # The date only breaks ties: two rows of one type and place on different days
    # (arrests on Monday and on Tuesday) pair with their own days, not crosswise.
    predicted_date = pred.event_date.isoformat() if pred.event_date else None
    return score + 0.25 * (predicted_date == gold.get("date"))


def _sort_errors(gold: list[dict], predicted: list[Incident], every: list[Incident],
                 mentions: list[Mention], errors: dict[str, Counter]) -> None:
    pairs = pair_events(gold, predicted)
    for g, p in pairs:
        if p is not None and same_place(g, p.location.place):
            _sort_date_error(g, p, errors["date_errors"])
            _sort_count_errors(g, p, errors["count_errors"])
        else:
            errors["misses"][where_lost(g, pairs, every, mentions)] += 1


def where_lost(gold: dict, pairs: list[tuple[dict, Incident | None]],
               every: list[Incident], mentions: list[Mention]) -> str:
    """Where an occurred gold event not found at its place was lost (``misses`` in the
    module doc); ``pairs`` is :func:`pair_events` of the report's occurred events."""
    if gold.get("lat") is None:
        return "area"
    if not any(m.place is not None and same_place(gold, m.place) for m in mentions):
        return "place_not_resolved"
    here = [i for i in every if same_place(gold, i.location.place)]
    if any(i.status != OCCURRED and i.event_type == gold["event_type"] for i in here):
        return "told_unreal"
    taken = {id(p) for g, p in pairs if p is not None and g is not gold}
    if any(id(i) in taken for i in here):
        return "row_taken"
    return "no_row"


def _sort_date_error(gold: dict, pred: Incident, errors: Counter) -> None:
    if not gold.get("date"):
        return
    if pred.event_date is None:
        errors["undated"] += 1
        return
    late = (pred.event_date - date.fromisoformat(gold["date"])).days
    if late:
        errors[("day_" if abs(late) == 1 else "days_") + ("late" if late > 0 else "early")] += 1


def _sort_count_errors(gold: dict, pred: Incident, errors: Counter) -> None:
    for field in COUNT_FIELDS:
        want, got = gold.get(field), getattr(pred.counts, field)
        if want is None:
            if got is not None:
                errors["spurious"] += 1
        elif got is None:
            errors["missing"] += 1
        elif got != want:
            errors["low" if got < want else "high"] += 1


def _same_area(name: str, place) -> bool:
    if fold(name) == fold(place.name):
        return True
    try:
        return pycountry.countries.lookup(name).alpha_2 == place.country
    except LookupError:
        return False


def _report(tally: dict, documents: int, elapsed: float, path: str) -> dict:
    def share(part: str, whole: str) -> float | None:
        return round(tally[part] / tally[whole], 3) if tally[whole] else None

    return {
        "file": path,
        "documents": documents,
        "gold_events": tally["gold"],
        "predicted_events": tally["predicted"],
        "incident_recall": share("found", "gold"),
        "type_accuracy": share("type", "gold"),
        "sub_event_accuracy": share("sub", "gold"),
        "type_precision": share("type_predicted", "predicted"),
        "location_acc25": share("points_ok", "points"),
        "area_accuracy": share("areas_ok", "areas"),
        "date_accuracy": share("date", "gold"),
        "date_range_accuracy": share("ranges_ok", "ranges"),
        "count_accuracy": share("counts_ok", "counts"),
        "trap_documents": tally["traps"],
        "trap_false_positives": tally["trap_predicted"],
        "unreal_gold_events": tally["unreal"],
        "unreal_false_positives": tally["unreal_predicted"],
        "non_site_false_positives": tally["non_site_predicted"],
        "duplicates": tally["duplicates"],
        "status_accuracy": share("status_ok", "status_gold"),
        "seconds": round(elapsed, 3),
        "documents_per_second": round(documents / elapsed, 1) if elapsed else None,
    }
