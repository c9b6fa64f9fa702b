"""The incidentmap command: exit codes, one-line errors, help, and the main job."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from geo.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kazakhstan-2022-01-07.txt"
COMMANDS = ["run", "extract", "map", "merge", "geoparse", "eval", "eval-events",
            "gazetteer", "bench"]


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("incidentmap ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--quiet" in out and "--verbose" in out


def test_no_command_and_bad_flag_are_usage_errors(capsys) -> None:
    assert main([]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--no-such-flag"])
    assert exit_info.value.code == 2


def test_user_errors_are_one_line_with_exit_1(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Protest in Lima.", encoding="utf-8")
    cases = [
        (["extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.geojson")],
         "no such file"),
        (["extract", str(article), "--published", "07/01/2022", "-o",
          str(tmp_path / "o.geojson")], "YYYY-MM-DD"),
        (["extract", str(article), "-o", str(tmp_path / "nofolder" / "o.geojson")],
         "nofolder"),
        (["extract", str(article), "-o", str(tmp_path / "o.xyz")], "o.xyz"),
    ]
    for argv, expected in cases:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err.strip()
        assert err.startswith("incidentmap: error:") and expected in err
        assert "\n" not in err and "Traceback" not in err
    assert not list(tmp_path.glob("o.*"))


def test_bench_commands_write_where_asked() -> None:
    parser = build_parser()
    args = parser.parse_args(["bench", "map", "-o", "x.json", "--incidents", "10"])
    assert (args.output, args.incidents) == (Path("x.json"), 10)


@pytest.mark.slow
def test_run_on_the_sample(tmp_path: Path, gazetteer, capsys) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SEED), "-o", str(out)]) == 0
    for name in ("incidents.geojson", "incidents.gpkg", "map.html", "summary.txt"):
        assert (out / name).stat().st_size > 0, name
    summary = (out / "summary.txt").read_text(encoding="utf-8")
    printed = capsys.readouterr()
    assert "incidents" in summary and summary in printed.out
    # The last line says what was read and written, on stderr (stdout is the summary).
    written = ", ".join(str(out / name) for name in
                        ("incidents.geojson", "incidents.gpkg", "map.html", "summary.txt"))
    count = summary.split()[0]
    assert printed.err.splitlines()[-1] == (
        f"1 article read, 0 skipped, {count} incidents ({count} reports before grouping "
        f"across articles); wrote {written}")
    # --quiet stays quiet.
    assert main(["-q", "run", str(SEED), "-o", str(tmp_path / "quiet")]) == 0
    assert capsys.readouterr() == ("", "")
    assert "figures may overlap" in summary  # the totals are sums, not a toll
    assert "fatalities 44," in summary  # 26 + 18: the vague "dozens" is not added
    features = json.loads((out / "incidents.geojson").read_text())["features"]
    assert features and all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in features)


@pytest.mark.slow
def test_installed_console_script(tmp_path: Path, gazetteer) -> None:
    script = shutil.which("incidentmap")
    if script is None:
        pytest.skip("the incidentmap console script is not installed (pip install -e .)")
    result = subprocess.run([script, "-q", "extract", str(SEED), "-o",
                             str(tmp_path / "k.geojson")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "k.geojson").is_file()


def test_map_and_geoparse_check_their_output_folder_first(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nofolder"
    assert main(["map", str(SEED), "-o", str(missing / "m.html")]) == 1
    assert main(["geoparse", str(SEED), "-o", str(missing / "o.jsonl")]) == 1
    assert capsys.readouterr().err.count("does not exist") == 2


@pytest.mark.slow
def test_map_from_article_and_from_incidents_file(tmp_path: Path, gazetteer) -> None:
    html = tmp_path / "kazakhstan.html"
    assert main(["-q", "map", str(SEED), "-o", str(html), "--offline"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "<script src=\"http" not in page and "leaflet" in page.lower()
    geojson = tmp_path / "k.geojson"
    assert main(["-q", "extract", str(SEED), "-o", str(geojson)]) == 0
    again = tmp_path / "again.html"
    assert main(["-q", "map", str(geojson), "-o", str(again)]) == 0
    # Offline by default, as run is; --online links Leaflet's CDN and OSM tiles.
    assert "<script src=\"http" not in again.read_text(encoding="utf-8")
    assert main(["-q", "map", str(geojson), "-o", str(again), "--online"]) == 0
    assert "<script src=\"https://cdn" in again.read_text(encoding="utf-8")


@pytest.mark.slow
def test_geoparse_writes_the_contract(tmp_path: Path, gazetteer) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Riots shook Almaty."}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["geoparse", str(source), "-o", str(out)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["id"] == "a"
    [almaty] = [t for t in record["toponyms"] if t["name"] == "Almaty"]
    assert (almaty["start"], almaty["end"]) == (12, 18)
    assert abs(almaty["lat"] - 43.25) < 0.2 and abs(almaty["lon"] - 76.9) < 0.2


def test_geoparse_never_writes_over_its_input_or_empties_an_earlier_output(
        tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    content = json.dumps({"id": "a", "text": "Riots shook Almaty."}) + "\n"
    source.write_text(content, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert main(["geoparse", str(source), "-o", f"{tmp_path}/sub/../in.jsonl"]) == 1
    assert "overwrite the input" in capsys.readouterr().err
    assert source.read_text(encoding="utf-8") == content
    # A run that fails on its first line leaves an earlier output as it was.
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    earlier = tmp_path / "out.jsonl"
    earlier.write_text("earlier results\n", encoding="utf-8")
    assert main(["geoparse", str(bad), "-o", str(earlier)]) == 1
    assert "--on-error skip" in capsys.readouterr().err
    assert earlier.read_text(encoding="utf-8") == "earlier results\n"
    # Nothing to parse still leaves an (empty) output.
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["geoparse", str(empty), "-o", str(tmp_path / "none.jsonl")]) == 0
    assert (tmp_path / "none.jsonl").read_text(encoding="utf-8") == ""


def test_an_output_that_cannot_be_opened_is_a_user_error(tmp_path: Path) -> None:
    from geo.cli.streams import LazyFile
    from geo.errors import ExportError

    with pytest.raises(ExportError, match="cannot write"), LazyFile(str(tmp_path)) as sink:
        sink.write("x")  # a folder: open() fails only now, at the first line


@pytest.mark.corpus
def test_bench_geoparse_runs_on_a_few_documents(tmp_path: Path, gazetteer) -> None:
    corpus = ROOT.parent / "shared" / "corpora" / "lgl.jsonl"
    if not corpus.is_file():
        pytest.skip(f"corpus not found at {corpus}")
    out = tmp_path / "bench.json"
    assert main(["-q", "bench", "geoparse", "--corpus", str(corpus), "--docs", "5",
                 "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))


def test_eval_reports_a_bad_corpus_on_one_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "c.jsonl"
    broken.write_text('{"id": 1, "text": "x", "toponyms": []}\n\n{oops\n', encoding="utf-8")
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 1
    assert main(["eval", str(broken)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert "missing.jsonl" in err[0] and "no such corpus file" in err[0]
    assert err[1].startswith("incidentmap: error:") and "c.jsonl, line 3" in err[1]
    # A split with no documents is an error, not a table of zeros.
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": 1, "text": "x", "toponyms": []}\n', encoding="utf-8")
    assert main(["eval", str(one), "--split", "odd"]) == 1
    assert "no documents to score in the odd split" in capsys.readouterr().err


@pytest.mark.slow
def test_geoparse_focus_picks_the_publications_namesake(tmp_path: Path, gazetteer,
                                                       capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "Dublin schools reopen today."}) + "\n",
                      encoding="utf-8")
    countries = {}
    for focus in ("", "US"):
        out = tmp_path / f"out{focus}.jsonl"
        assert main(["geoparse", str(source), "-o", str(out),
                     *(["--focus", focus] if focus else [])]) == 0
        [dublin] = json.loads(out.read_text(encoding="utf-8"))["toponyms"]
        countries[focus] = dublin["lon"] < -30  # in the Americas
    assert countries == {"": False, "US": True}
    assert main(["geoparse", str(source), "-o", str(tmp_path / "x.jsonl"),
                 "--focus", "Narnia"]) == 1
    assert "unknown country 'Narnia'" in capsys.readouterr().err


@pytest.mark.slow
def test_extract_gives_the_publications_focus_to_every_article(tmp_path: Path,
                                                              gazetteer) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Protesters clashed with police in Dublin on Monday.",
                       encoding="utf-8")
    longitudes = {}
    for focus in ("", "US"):
        out = tmp_path / f"incidents{focus}.geojson"
        assert main(["-q", "extract", str(article), "-o", str(out),
                     *(["--focus", focus] if focus else [])]) == 0
        [feature] = json.loads(out.read_text(encoding="utf-8"))["features"]
        longitudes[focus] = feature["geometry"]["coordinates"][0]
    assert longitudes[""] > -30 > longitudes["US"]  # Ireland, then the United States


@pytest.mark.parametrize("argv", [["run", "x", "-o", "y", "--workers", "0"],
                                  ["bench", "batch", "--docs", "-3"],
                                  ["eval", "c.jsonl", "--limit", "many"]])
def test_counts_below_one_are_usage_errors(argv, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "at least 1" in err or "whole number" in err


def test_run_refuses_an_empty_folder(tmp_path: Path, capsys) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "notes.docx").write_bytes(b"not an article")
    assert main(["run", str(articles), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err == (f"incidentmap: error: {articles}: no article files (.txt .md .html "
                   ".jsonl .csv, gzipped or zipped) in it\n")
    assert not (tmp_path / "out").exists()


def test_run_refuses_inputs_that_yield_no_article(tmp_path: Path, gazetteer,
                                                  capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"no": "text"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["-q", "run", str(bad), "-o", str(out), "--on-error", "skip"]) == 1
    assert capsys.readouterr().err == (f"incidentmap: error: {bad}: no article could be "
                                       "read from it (2 bad lines skipped)\n")
    assert not list(out.iterdir())


@pytest.mark.slow
def test_run_counts_the_lines_it_skipped(tmp_path: Path, gazetteer, capsys) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text('{"text": "Riots in Almaty on Monday."}\nnot json\n'
                      '{"text": "Police arrested 20 protesters in Minsk."}\n',
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(source), "-o", str(out), "--on-error", "skip"]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("2 articles read, 1 skipped, ")
