"""Fuzzing the text side: random, hostile and huge texts through parse, incidents, export.

The same strategies and invariants serve the bounded property tests in
``tests/reliability/`` and the long run behind ``incidentmap bench fuzz``
(:func:`run_fuzz`), so the suite and the benchmark check one definition of "correct":

* parsing never raises, every mention satisfies ``text[start:end] == mention.text``
  and every sentence span lies inside the text;
* incidents form a GeoDataFrame with the full schema, EPSG:4326, valid points in lon/lat
  range and evidence spans inside the text;
* exporting any such frame gives RFC 7946 GeoJSON that reads back with the same text.

Needs hypothesis (the ``test`` extra), imported lazily so ``import geo`` stays light.
"""

from __future__ import annotations

import json
import logging
import resource
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer.files import atomic_write
from geo.bench.texts import CLAUSES, DAYS, HOSTILE, NUMBERS, PLACES, WHITESPACE
from geo.extract import incidents
from geo.frame import CRS, INCIDENT_COLUMNS
from geo.nlp import CHUNK_CHARS
from geo.pipeline import Parser
from geo.write.incidents import read_incidents, write_incidents

if TYPE_CHECKING:
    import geopandas as gpd
    from hypothesis.strategies import SearchStrategy

    from geo.pipeline import ParsedDocument, Parser

__all__ = ["check_frame", "check_parsed", "check_round_trip", "run_fuzz", "texts"]

logger = logging.getLogger(__name__)

def texts(*, max_size: int = 400) -> SearchStrategy[str]:
    """A strategy mixing news-like, random Unicode, whitespace-only and binary text."""
    # hypothesis is optional (the test extra), so below.
    from hypothesis import strategies as st

    sentence = st.builds(
        lambda template, place, day, number, noise: (
            template.format(p=place, d=day, n=number) + noise + "."),
        st.sampled_from(CLAUSES), st.sampled_from(PLACES), st.sampled_from(DAYS),
        st.sampled_from(NUMBERS), st.sampled_from(("", *HOSTILE)))
    news = st.lists(sentence, max_size=8).map(" ".join)
    mixed = st.lists(st.one_of(sentence, st.text(max_size=40)), max_size=8).map("".join)
    return st.one_of(
        news,
        mixed,
        st.text(st.characters(codec="utf-8"), max_size=max_size),
        st.text(st.sampled_from(WHITESPACE), max_size=50),
        st.binary(max_size=max_size).map(lambda b: b.decode("latin-1")),
        st.binary(max_size=max_size).map(lambda b: b.decode("utf-8", "replace")),
    )


def long_texts() -> SearchStrategy[str]:
    """Texts of 20–60 thousand characters, so the parser's chunking is crossed."""
    # hypothesis: optional, as in texts().
    from hypothesis import strategies as st

    return st.builds(lambda piece, size: (piece * (size // max(len(piece), 1) + 1))[:size],
                     texts(max_size=200).filter(bool),
                     st.integers(CHUNK_CHARS, 3 * CHUNK_CHARS))


def check_parsed(text: str, parsed: ParsedDocument) -> None:
    """Raise ``AssertionError`` unless every offset of ``parsed`` points into ``text``."""
    assert parsed.document.text == text, "the parser rewrote the document text"
    for mention in parsed.mentions:
        assert 0 <= mention.start <= mention.end <= len(text), mention
        assert text[mention.start:mention.end] == mention.text, mention
        place = mention.place
        if place is not None:
            assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place
    for start, end in parsed.sentences:
        assert 0 <= start <= end <= len(text), (start, end)


def check_frame(text: str, gdf: gpd.GeoDataFrame) -> None:
    """Raise ``AssertionError`` unless ``gdf`` is a well-formed incident frame for ``text``."""
    assert list(gdf.columns) == [*INCIDENT_COLUMNS, gdf.geometry.name], list(gdf.columns)
    assert gdf.crs is not None and gdf.crs.equals(CRS), gdf.crs
    geoms = gdf.geometry
    assert (geoms.geom_type == "Point").all() and geoms.is_valid.all()
    assert ((geoms.x.between(-180, 180)) & (geoms.y.between(-90, 90))).all()
    for spans in gdf["evidence_spans"].dropna():
        for span in filter(None, spans.split(";")):
            start, end = map(int, span.split("-"))
            assert 0 <= start <= end <= len(text), (span, len(text))


def check_round_trip(gdf: gpd.GeoDataFrame, folder: Path) -> None:
    """Write ``gdf`` as GeoJSON, read it back, and compare text and points literally."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the U+0000 replacement is expected here
        path = write_incidents(gdf, folder / "fuzz.geojson")
    doc = json.loads(path.read_bytes().decode("utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    back = read_incidents(path)
    for name in ("evidence", "location_text", "source"):
        sent = [None if v is None or v != v else v.replace("\x00", "\ufffd")
                for v in gdf[name].astype(object)]
        got = [None if v is None or v != v else v for v in back[name].astype(object)]
        assert sent == got, name


def run_fuzz(out_path: str | Path, *, examples: int = 10_000, parser: Parser | None = None,
             seed: int = 0) -> dict[str, Any]:
    """Run the long fuzz: ``examples`` texts through parse and incidents, a tenth exported.

    Parameters
    ----------
    out_path
        JSON file for the results (written atomically).
    examples
        Examples per property.
    parser
        A :class:`geo.pipeline.Parser`; the default parser (real gazetteer) if omitted.
    seed
        Hypothesis seed, so a run can be repeated.

    Returns
    -------
    dict
        Per property: examples run, seconds, examples/s, and the first failure (the
        shrunk example and the error) or ``None``; plus peak memory.
    """
    try:
        # hypothesis: optional, as in texts().
        import hypothesis  # noqa: F401
    except ImportError as err:
        raise ImportError("run_fuzz() needs hypothesis: pip install "
                          f"'incidentmap[test]' ({err})") from err
    parser = parser or Parser()
    results: dict[str, Any] = {"examples": examples, "seed": seed, "properties": {}}

    def parse_ok(text: str) -> None:
        check_parsed(text, parser(text))

    def incidents_ok(text: str) -> None:
        check_frame(text, incidents(text, published="2022-01-07", source=text[:40],
                                    parser=parser))

    with tempfile.TemporaryDirectory() as tmp:
        def export_ok(text: str) -> None:
            frame = incidents(text, published="2022-01-07", source=text[:40],
                              parser=parser)
            check_round_trip(frame, Path(tmp))

        for name, check, count, strategy in (
                ("parse", parse_ok, examples, texts()),
                ("incidents", incidents_ok, examples, texts()),
                ("parse_long", parse_ok, max(examples // 100, 1), long_texts()),
                ("export_geojson", export_ok, max(examples // 10, 1), texts())):
            results["properties"][name] = _run_property(check, strategy, count, seed)
            logger.info("fuzz %s: %s", name, results["properties"][name])
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    results["failures"] = sum(1 for r in results["properties"].values() if r["failure"])
    with atomic_write(out_path) as handle:
        json.dump(results, handle, indent=2, ensure_ascii=True)
    return results


def _run_property(check: Callable[[str], None], strategy: SearchStrategy[str],
                  examples: int, seed: int) -> dict[str, Any]:
    # hypothesis: optional, as in texts().
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as seeded

    calls = 0

    @seeded(seed)
    @settings(max_examples=examples, deadline=None, database=None, print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def prop(text: str) -> None:
        nonlocal calls
        calls += 1
        check(text)

    started = time.perf_counter()
    failure = None
    try:
        prop()
    except Exception as err:  # a failure is the result we report, whatever it is
        failure = {"error": f"{type(err).__name__}: {err}"[:2000],
                   "example": "\n".join(getattr(err, "__notes__", []))[:2000]}
    seconds = time.perf_counter() - started
    return {"examples_run": calls, "seconds": round(seconds, 2),
            "examples_per_s": round(calls / seconds, 1) if seconds else None,
            "failure": failure}
