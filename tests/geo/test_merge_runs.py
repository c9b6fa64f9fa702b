"""Grouping reports across articles from the command line: ``incidentmap merge`` and the
grouping step of ``incidentmap run``. Frames are built directly and the parser is
stood in for, so nothing here loads spaCy or the gazetteer."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geopandas as gpd
import pytest
from report_frames import GRENOBLE, LYON, VILLEURBANNE, frame, report

from geo import batch
from geo.cli import articles as article_commands
from geo.cli import main
from geo.corroborate import merge_reports, source_list
from geo.frame import INCIDENT_COLUMNS, REPORT_COLUMNS, empty_incidents
from geo.model import Document
from geo.write import read_incidents, write_incidents


@pytest.fixture
def two_runs(tmp_path: Path) -> tuple[Path, Path]:
    """The incidents of two earlier runs: each saw the Lyon riot, one also Grenoble."""
    first, second = tmp_path / "monday.geojson", tmp_path / "tuesday.csv"
    write_incidents(frame(report("afp", fatalities=2), report("afp", GRENOBLE,
                                                              place_id="g")), first)
    write_incidents(frame(report("reuters", VILLEURBANNE, fatalities=3)), second)
    return first, second


def test_merge_groups_the_reports_of_two_files(two_runs, tmp_path: Path, capsys) -> None:
    out = tmp_path / "merged.gpkg"
    assert main(["merge", *map(str, two_runs), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"3 reports from 2 files → 2 incidents → {out}\n"
    merged = read_incidents(out)
    assert list(merged.columns) == [*INCIDENT_COLUMNS, *REPORT_COLUMNS, "geometry"]
    lyon = merged[merged["n_sources"] == 2].iloc[0]
    assert (lyon["sources"], lyon["fatalities"], lyon["fatalities_max"],
            lyon["counts_conflict"]) == ('["afp", "reuters"]', 2, 3, "fatalities 2-3")
    # A tighter radius keeps Lyon and Villeurbanne apart.
    assert main(["-q", "merge", *map(str, two_runs), "-o", str(out),
                 "--radius-km", "1"]) == 0
    assert len(read_incidents(out)) == 3


def _break_csv(path: Path, row: int, column: str, value: str) -> None:
    """Write ``value`` into ``column`` of data row ``row`` (1 the first)."""
    with open(path, encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    table[row][table[0].index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)


@pytest.mark.parametrize("broken", ["value", "fields", "json"])
def test_a_malformed_input_names_its_line_and_loses_nothing(two_runs, tmp_path: Path,
                                                             capsys, broken: str) -> None:
    geojson, table = two_runs
    out = tmp_path / "merged.geojson"
    assert main(["-q", "merge", str(geojson), str(table), "-o", str(out)]) == 0
    before = out.read_bytes()
    if broken == "value":
        _break_csv(table, 1, "fatalities", "many")
        bad, where = table, (f"{table}, line 2: column 'fatalities': 'many' is not a "
                             "whole number")
    elif broken == "fields":
        with open(table, "a", encoding="utf-8") as handle:
            handle.write("x," * 50 + "\r\n")  # more cells than columns
        bad, where = table, f"{table}, line 3: cannot read as CSV"
    else:
        lines = geojson.read_text(encoding="utf-8").splitlines()
        index = next(i for i, line in enumerate(lines) if '"Feature"' in line)
        lines[index] = lines[index].replace('"fatalities": 2,', '"fatalities": "two",')
        geojson.write_text("\n".join(lines), encoding="utf-8")
        bad, where = geojson, (f"{geojson}, line {index + 1}: column 'fatalities': "
                               "'two' is not a whole number")
    assert main(["merge", str(geojson), str(table), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"incidentmap: error: {where}"), err
    assert err.count("\n") == 1 and str(bad) in err
    assert out.read_bytes() == before  # the earlier output is as it was


def test_merge_names_a_file_that_is_no_incidents_file(tmp_path: Path, capsys) -> None:
    table = tmp_path / "week.csv"
    write_incidents(merge_reports(frame(report("afp"), report("reuters", VILLEURBANNE))),
                    table)
    _break_csv(table, 1, "sources", "afp | reuters")  # not a JSON array
    other = tmp_path / "roads.geojson"
    other.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                     '"properties": {"name": "A1"}, "geometry": {"type": "Point", '
                     '"coordinates": [4.8, 45.7]}}]}', encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Riots in Lyon.", encoding="utf-8")
    out = str(tmp_path / "merged.geojson")
    for bad, message in ((table, f"{table}, line 2: column 'sources': 'afp | reuters' "
                                 "is not a JSON array of ids"),
                         (other, f"{other}: not an incidents file (no 'source', "
                                 "'event_type', 'event_date' column"),
                         (notes, f"{notes}: unknown incidents file format '.txt'")):
        assert main(["merge", str(bad), "-o", out]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"incidentmap: error: {message}") and err.count("\n") == 1, err


def test_merge_reads_a_file_in_another_crs_as_lon_lat(two_runs, tmp_path: Path) -> None:
    projected = tmp_path / "projected.gpkg"
    gpd.read_file(two_runs[0]).to_crs(3857).to_file(projected, layer="incidents")
    out = tmp_path / "merged.geojson"
    assert main(["-q", "merge", str(projected), str(two_runs[1]), "-o", str(out)]) == 0
    merged = read_incidents(out)
    assert merged.crs.equals("EPSG:4326") and len(merged) == 2
    assert abs(merged.geometry.x.min() - LYON[1]) < 1e-6


def test_merge_refuses_a_bad_output_before_reading(two_runs, tmp_path: Path, capsys) -> None:
    assert main(["merge", *map(str, two_runs), "-o", str(tmp_path / "no" / "m.gpkg")]) == 1
    assert "does not exist" in capsys.readouterr().err


def _fake_chunk(documents: list[Document], *, keep_all: bool = False) -> list[dict]:
    """Each article reports the Lyon riot; the second also a planned march (kept only
    with keep_all)."""
    rows = []
    for i, document in enumerate(documents):
        rows.append(report(document.id, VILLEURBANNE if i else LYON))
        if i and keep_all:
            rows.append(report(document.id, status="planned", event_type="Protests"))
    for row in rows:
        row.update({name: row.get(name) for name in INCIDENT_COLUMNS})
    return rows


@pytest.fixture
def articles(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(batch, "process_chunk", _fake_chunk)
    monkeypatch.setattr(batch, "build_gazetteer", lambda **_: None)
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Riots in Lyon.", encoding="utf-8")
    return folder


def test_run_groups_reports_across_articles_unless_told_not_to(articles: Path,
                                                                tmp_path: Path) -> None:
    report_ = batch.run_job([articles], tmp_path / "out")
    assert (report_.articles, report_.reports, report_.incidents) == (2, 2, 1)
    assert "2 incidents" not in report_.line()
    assert ", 1 incident (2 reports before grouping across articles); wrote" in \
        report_.line()
    features = json.loads((tmp_path / "out" / "incidents.geojson").read_text())["features"]
    assert [f["properties"]["sources"] for f in features] == ['["a", "b"]']
    assert "1 reported by several sources" in report_.summary
    alone = batch.run_job([articles], tmp_path / "apart", merge=False)
    assert (alone.reports, alone.incidents) == (None, 2)
    assert "before grouping" not in alone.line()


def test_run_keeps_all_statuses_when_asked_and_they_stay_apart(articles: Path,
                                                                tmp_path: Path) -> None:
    drawn: list[gpd.GeoDataFrame] = []
    report_ = batch.run_job([articles], tmp_path / "out", keep_all=True,
                            draw=lambda frame, path: drawn.append(frame))
    assert report_.incidents == 2  # the planned march is not joined to the riot
    written = read_incidents(tmp_path / "out" / "incidents.gpkg")
    assert sorted(written["status"]) == ["occurred", "planned"]


def test_articles_without_events_give_the_schema_and_say_so(tmp_path: Path,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(batch, "process_chunk", lambda documents, **_: [])
    monkeypatch.setattr(batch, "build_gazetteer", lambda **_: None)
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("Markets rose.", encoding="utf-8")
    report_ = batch.run_job([tmp_path / f"{n}.txt" for n in "abc"], tmp_path / "out")
    assert report_.summary == "0 incidents in 3 articles."
    written = read_incidents(tmp_path / "out" / "incidents.gpkg")
    assert written.empty
    assert [*INCIDENT_COLUMNS, *REPORT_COLUMNS] == [c for c in written.columns
                                                     if c != "geometry"]


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_merged_rows_round_trip_through_every_format(tmp_path: Path, suffix: str) -> None:
    odd = 'wire "7" | [draft]'  # an id that is hard to list
    merged = merge_reports(frame(report(odd, fatalities=1), report("b", VILLEURBANNE,
                                                                   fatalities=4)))
    path = tmp_path / f"merged{suffix}"
    write_incidents(merged, path)
    back = read_incidents(path).iloc[0]
    assert source_list(back["sources"]) == [odd, "b"]
    assert (back["n_sources"], back["fatalities_max"], back["counts_conflict"]) == (
        2, 4, "fatalities 1-4")
    assert back["evidence"].splitlines()[0].startswith(f"[{odd}] ")


def test_extract_says_how_many_articles_gave_no_incident(tmp_path: Path, monkeypatch,
                                                         capsys) -> None:
    def nothing(documents, **_):
        for _ in documents:  # read them all, as extraction does
            pass
        return empty_incidents()

    monkeypatch.setattr(article_commands, "incidents_from_documents", nothing)
    monkeypatch.setattr(article_commands, "ready_gazetteer", lambda args: None)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("Markets rose.", encoding="utf-8")
    out = tmp_path / "none.geojson"
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"0 incidents in 2 articles → {out}\n"
    assert list(read_incidents(out).columns) == [*INCIDENT_COLUMNS, "geometry"]
