"""Bad input files through the command line: one line naming the file, exit 1, no output.

Every case runs ``incidentmap extract`` and ``incidentmap run`` in-process against an
output folder that already holds a previous run's files, and checks that a failure
leaves those files byte for byte and adds none. The parser is the tiny gazetteer with
spaCy's tokenizer only, so the suite stays fast; reading fails before parsing matters.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geo import batch, pipeline
from geo.cli import main
from geo.pipeline import Parser

GOOD_LINE = {"id": "a", "text": "Police killed 3 people in Almaty on Monday.",
             "published": "2022-01-07"}


@pytest.fixture(scope="module")
def tiny_parser(_tiny_gazetteer_file) -> Parser:
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    yield Parser(gaz, ner=False)
    gaz.close()


@pytest.fixture(autouse=True)
def _use_tiny_parser(tiny_parser, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_default", tiny_parser)


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# (file name, contents, what the error must say, the line it must name or None)
BAD_FILES: list[tuple[str, bytes, str, int | None]] = [
    ("docs.csv", b"id,body\r\n1,Riots in Almaty\r\n", "no column 'text'", 1),
    ("empty.csv", b"", "no column 'text'", 1),
    ("latin.txt", "Émeutes à Almaty".encode("latin-1"), "not UTF-8", None),
    ("latin.csv", "text\nok\nÉmeutes à Almaty\n".encode("latin-1"), "not UTF-8", 3),
    ("latin.jsonl", _jsonl(GOOD_LINE) + '{"text": "Émeutes"}\n'.encode("latin-1"),
     "not UTF-8", 2),
    ("u16.txt", "Riots in Almaty".encode("utf-16-le"), "UTF-16", None),
    ("u16.jsonl", _jsonl(GOOD_LINE).decode().encode("utf-16-be"), "UTF-16", 1),
    ("blob.txt", bytes(range(256)) * 4, "binary", None),
    ("docs.jsonl", _jsonl(GOOD_LINE, GOOD_LINE) + b'{"text": "cut', "invalid JSON", 3),
    ("notext.jsonl", _jsonl(GOOD_LINE, {"id": "x"}), 'string "text"', 2),
    ("crlf.jsonl", _jsonl(GOOD_LINE).replace(b"\n", b"\r\n") + b"[1]\r\n", '"text"', 2),
    ("bom.csv", b"\xef\xbb\xbfid,text,published\r\n1,x,07/01/2022\r\n", "YYYY-MM-DD", 2),
    ("torn.jsonl.gz", gzip.compress(_jsonl(*[GOOD_LINE] * 500))[:60], "damaged", None),
    ("notgz.txt.gz", b"plain text, not gzip", "cannot read", None),
    ("torn.zip", _zip({"a.txt": b"Riots in Almaty." * 100})[:-40], "damaged", None),
    ("member.zip", _zip({"in/docs.jsonl": _jsonl(GOOD_LINE) + b"{bad\n"}),
     "member.zip/in/docs.jsonl, line 2: invalid JSON", None),
    ("odd.docx", b"PK\x03\x04", "unsupported file type", None),
]


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {Path(root) / name: (Path(root) / name).read_bytes()
            for root, _, names in os.walk(folder) for name in names}


def _previous_run(out: Path) -> None:
    out.mkdir()
    for name in batch.OUTPUT_NAMES:
        (out / name).write_bytes(f"previous {name}\n".encode())


def _one_line_error(capsys, *expected: str) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("incidentmap: error:"), err
    assert "\n" not in err and "Traceback" not in err, err
    for part in expected:
        assert part in err, err
    return err


@pytest.mark.parametrize(("name", "data", "message", "line"), BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
@pytest.mark.parametrize("command", ["extract", "run"])
def test_bad_file_is_one_line_error_and_writes_nothing(tmp_path, capsys, command, name,
                                                       data, message, line):
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / "out"
    _previous_run(out)
    before = _snapshot(tmp_path)
    target = out / "incidents.geojson" if command == "extract" else out
    assert main([command, str(source), "-o", str(target)]) == 1
    where = f"{source}, line {line}" if line else str(source)
    _one_line_error(capsys, where, message)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["extract", "run"])
def test_missing_input_creates_no_file(tmp_path, capsys, command):
    out = tmp_path / "fresh"
    target = out / "incidents.geojson" if command == "extract" else out
    if command == "extract":
        out.mkdir()
    assert main([command, str(tmp_path / "absent.jsonl"), "-o", str(target)]) == 1
    _one_line_error(capsys, "absent.jsonl", "no such file")
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def _bom_crlf_jsonl(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + _jsonl(GOOD_LINE).replace(b"\n", b"\r\n"))


def _utf16_bom_text(path: Path) -> None:
    path.write_bytes(GOOD_LINE["text"].encode("utf-16"))


def _bom_crlf_csv(path: Path) -> None:
    path.write_bytes(b'\xef\xbb\xbfid,text\r\n1,"' + GOOD_LINE["text"].encode() + b'"\r\n')


def _gzip_jsonl(path: Path) -> None:
    path.write_bytes(gzip.compress(_jsonl(GOOD_LINE)))


def _zip_of_everything(path: Path) -> None:
    path.write_bytes(_zip({"a.txt": GOOD_LINE["text"].encode("utf-16"),
                           "b.jsonl.gz": gzip.compress(_jsonl(GOOD_LINE))}))


@pytest.mark.parametrize(("name", "write", "incidents"), [
    ("bom-crlf.jsonl", _bom_crlf_jsonl, 1),
    ("utf16-bom.txt", _utf16_bom_text, 1),
    ("bom-crlf.csv", _bom_crlf_csv, 1),
    ("docs.jsonl.gz", _gzip_jsonl, 1),
    ("docs.zip", _zip_of_everything, 2),
])
def test_awkward_but_valid_files_are_read(tmp_path, capsys, name,
                                          write: Callable[[Path], None], incidents):
    source = tmp_path / name
    write(source)
    target = tmp_path / "incidents.geojson"
    assert main(["extract", str(source), "--published", "2022-01-07", "-o",
                 str(target)]) == 0
    features = json.loads(target.read_text(encoding="utf-8"))["features"]
    assert len(features) == incidents
    assert all(f["properties"]["fatalities"] == 3 for f in features)


def test_empty_article_warns_and_gives_no_incidents(tmp_path, caplog):
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    target = tmp_path / "incidents.geojson"
    assert main(["extract", str(source), "-o", str(target)]) == 0
    assert "empty.txt: empty article" in caplog.text
    assert json.loads(target.read_text(encoding="utf-8"))["features"] == []


def test_map_of_an_incidents_file(tmp_path, capsys):
    source = tmp_path / "incidents.geojson"
    assert main(["extract", _write(tmp_path / "a.jsonl", _jsonl(GOOD_LINE)), "-o",
                 str(source)]) == 0
    assert main(["map", str(source), "-o", str(tmp_path / "map.html")]) == 0
    assert (tmp_path / "map.html").stat().st_size > 0


@pytest.mark.parametrize("data", [b'{"type": "FeatureCollection", "features": [',
                                  b"", b"\xff\xfe\x00garbage", b'{"type": "Point"}'])
def test_invalid_geojson_given_to_map(tmp_path, capsys, data):
    source = tmp_path / "bad.geojson"
    source.write_bytes(data)
    out = tmp_path / "out"
    _previous_run(out)
    before = _snapshot(tmp_path)
    assert main(["map", str(source), "-o", str(out / "map.html")]) == 1
    _one_line_error(capsys, str(source))
    assert _snapshot(tmp_path) == before


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
