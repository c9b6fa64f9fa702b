"""Reading articles from files, folders, globs, stdin, JSONL and CSV."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from geo.errors import DateError, InputError
from geo.model import parse_published
from geo.read.documents import expand_inputs, read_documents
from geo.read.html import html_to_text


def test_text_file_with_sidecar_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Protesters gathered in Lagos.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2023-05-02"}))
    [doc] = read_documents([article], published=date(2000, 1, 1))
    assert doc.text == "Protesters gathered in Lagos."
    assert doc.id == "a"
    assert doc.published == date(2023, 5, 2)  # the sidecar wins over the default


def test_folder_is_walked_in_sorted_order_and_skips_other_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.bin", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.txt").write_text("x", encoding="utf-8")
    names = [p.name for p in expand_inputs([tmp_path])]
    assert names == ["a.md", "b.txt", "d.txt"]


def test_files_of_one_name_in_two_folders_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("Riots in Almaty.", encoding="utf-8")
    first, second = read_documents([tmp_path])
    assert first.id == "a"
    assert second.id == f"{tmp_path / 'y' / 'a.txt'}:a"


def test_glob_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text("x", encoding="utf-8")
    assert len(expand_inputs([str(tmp_path / "x*.txt")])) == 1
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="matches no file"):
        expand_inputs([str(tmp_path / "nothing*.txt")])


def test_jsonl_fields_bom_crlf_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps({"id": 7, "text": "One", "published": "2021-03-04", "url": "u"}).encode()
        + b"\r\n\r\n"
        + json.dumps({"text": "Two"}).encode()
        + b"\r\n"
    )
    docs = list(read_documents([path], published=date(2020, 1, 1)))
    assert [(d.id, d.text, d.published, d.url) for d in docs] == [
        ("7", "One", date(2021, 3, 4), "u"),
        (f"{path}:3", "Two", date(2020, 1, 1), ""),
    ]
    path.write_text('{"text": "ok"}\n{not json}\n{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"docs.jsonl, line 2: invalid JSON"):
        list(read_documents([path]))


def test_jsonl_skip_logs_a_warning(tmp_path: Path, caplog) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "ok"}\n{not json}\n{"id": 1}\n{"text": "end"}\n')
    docs = list(read_documents([path], on_error="skip"))
    assert [d.text for d in docs] == ["ok", "end"]
    warned = " ".join(r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    assert "line 2" in warned and "line 3" in warned


def test_csv_text_column(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text('id,body,published\n1,"Riot, in Dhaka",2022-02-02\n', encoding="utf-8")
    [doc] = read_documents([path], text_column="body")
    assert (doc.id, doc.text, doc.published) == ("1", "Riot, in Dhaka", date(2022, 2, 2))
    with pytest.raises(InputError, match=r"no column 'text'.*--text-column"):
        list(read_documents([path]))


def test_html_text_drops_scripts() -> None:
    html = "<html><head><title>t</title><script>alert(1)</script></head><body>"
    html += "<p>Police &amp; army</p><p>in  Minsk</p><style>p{}</style></body></html>"
    assert html_to_text(html) == "Police & army\nin Minsk"


def test_gzip_and_encodings(tmp_path: Path) -> None:
    gz = tmp_path / "a.txt.gz"
    gz.write_bytes(gzip.compress(b"Almaty"))
    assert [d.text for d in read_documents([gz])] == ["Almaty"]
    latin = tmp_path / "latin.txt"
    latin.write_bytes("São Paulo".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin.txt: not UTF-8"):
        list(read_documents([latin]))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(InputError, match="binary"):
        list(read_documents([binary]))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes("Kyiv".encode("utf-16"))
    assert [d.text for d in read_documents([utf16])] == ["Kyiv"]


def test_stdin_plain_and_jsonl() -> None:
    [doc] = read_documents(["-"], stdin=io.BytesIO(b"Unrest in Quito."))
    assert doc.text == "Unrest in Quito." and doc.id == "stdin"
    docs = list(read_documents(["-"], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [d.text for d in docs] == ["a", "b"]
    assert list(read_documents(["-"], stdin=io.BytesIO(b""))) == []


def test_unsupported_type_and_empty_file(tmp_path: Path) -> None:
    odd = tmp_path / "a.docx"
    odd.write_bytes(b"x")
    with pytest.raises(InputError, match="unsupported file type"):
        list(read_documents([odd]))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert [d.text for d in read_documents([empty])] == [""]


@pytest.mark.parametrize("value", ["07/01/2022", "2022-13-01", "yesterday", "2022-1-7"])
def test_bad_published_date(value: str) -> None:
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        parse_published(value)


def test_published_accepts_iso_timestamp() -> None:
    assert parse_published("2022-01-07T10:00:00Z") == date(2022, 1, 7)
    assert parse_published(None) is None


def test_zip_members_are_read_in_name_order_with_sidecars(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("b/two.jsonl", '{"text": "Two"}\n{"text": "Three"}\n')
        zf.writestr("a/one.txt", "One")
        zf.writestr("a/one.json", '{"published": "2022-01-05"}')
        zf.writestr("c/four.csv", "text\r\nFour\r\n")
        zf.writestr("d/five.md.gz", gzip.compress(b"Five"))
        zf.writestr("__MACOSX/a/._one.txt", b"\x00\x05\x16\x07")
        zf.writestr("notes.pdf", b"%PDF")
        zf.writestr("inner.zip", b"PK")
    docs = list(read_documents([archive], published=date(2000, 1, 1)))
    assert [d.text for d in docs] == ["One", "Two", "Three", "Four", "Five"]
    assert docs[0].source == f"{archive}/a/one.txt" and docs[0].id == "one"
    assert docs[0].published == date(2022, 1, 5)  # the sidecar member
    assert docs[1].published == date(2000, 1, 1)
    assert docs[1].id == f"{archive}/b/two.jsonl:1"
    assert expand_inputs([tmp_path]) == [archive]  # folders are walked for zips too


def test_zip_errors_name_the_member_and_line(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("docs.jsonl", '{"text": "ok"}\n{broken\n')
    with pytest.raises(InputError, match=r"bad.zip/docs.jsonl, line 2: invalid JSON"):
        list(read_documents([archive]))
    torn = tmp_path / "torn.zip"
    torn.write_bytes(archive.read_bytes()[:-30])
    with pytest.raises(InputError, match=r"torn.zip: damaged compressed file"):
        list(read_documents([torn]))
    truncated = tmp_path / "torn.jsonl.gz"
    whole = gzip.compress(b'{"text": "x"}\n' * 1000)
    truncated.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match=r"torn.jsonl.gz: damaged compressed file"):
        list(read_documents([truncated]))


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a\\udfff", "text": "Riots in Almaty \\ud800.", '
                    '"url": "\\udc00"}\n{"text": "pair \\ud83d\\ude00 kept"}\n',
                    encoding="utf-8")
    first, second = read_documents([path])
    assert first.text == "Riots in Almaty \ufffd." and len(first.text) == 18
    assert (first.id, first.url) == ("a\ufffd", "\ufffd")
    assert second.text == "pair \U0001f600 kept"
    for doc in (first, second):
        doc.text.encode("utf-8")  # strict: no surrogate survives


def test_utf16_without_bom_and_latin1_are_refused_clearly(tmp_path: Path) -> None:
    for suffix in (".txt", ".csv", ".jsonl"):
        path = tmp_path / f"u16{suffix}"
        path.write_bytes('text\n{"text": "Kyiv"}\n'.encode("utf-16-le"))
        with pytest.raises(InputError, match=rf"u16\{suffix}.*UTF-16.*byte-order mark"):
            list(read_documents([path]))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\nok\n\"multi\nline\"\nSão Paulo\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin.csv, line 5: not UTF-8") as caught:
        list(read_documents([latin]))
    assert caught.value.line == 5


def test_csv_bom_crlf_and_line_numbers_of_multiline_rows(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_bytes(b'\xef\xbb\xbfid,text,published\r\n1,"two\r\nlines",2022-01-02\r\n'
                     b"2,ok,someday\r\n")
    with pytest.raises(InputError, match=r"docs.csv, line 4: .*YYYY-MM-DD"):
        list(read_documents([path]))
    [doc] = read_documents([path], on_error="skip")
    assert (doc.id, doc.text, doc.published) == ("1", "two\r\nlines", date(2022, 1, 2))


def test_empty_files_give_no_text_and_a_warning(tmp_path: Path, caplog) -> None:
    for name in ("empty.txt", "empty.jsonl"):
        (tmp_path / name).write_bytes(b"")
    docs = list(read_documents([tmp_path / "empty.txt", tmp_path / "empty.jsonl"]))
    assert [d.text for d in docs] == [""]
    assert "empty.txt: empty article" in caplog.text
    assert "empty.jsonl: no documents" in caplog.text
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty.csv, line 1: no column 'text'"):
        list(read_documents([empty_csv]))


def test_error_names_with_control_characters_stay_on_one_line() -> None:
    err = InputError("bad", path="a\nb.txt", line=3)
    assert str(err) == "'a\\nb.txt', line 3: bad"


def test_gzipped_article_uses_its_plain_sidecar_and_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Riots in Lima."))
    (tmp_path / "a.json").write_text(json.dumps({"published": "2023-05-02"}))
    [doc] = read_documents([tmp_path / "a.txt.gz"])
    assert (doc.id, doc.published) == ("a", date(2023, 5, 2))


def test_focus_goes_to_documents_without_one_and_must_be_a_code():
    from geo.model import Document, ModelError
    from geo.read.documents import with_focus

    docs = [Document("a"), Document("b", focus="KZ")]
    assert [d.focus for d in with_focus(docs, "US")] == ["US", "KZ"]
    assert [d.focus for d in with_focus(docs, "")] == ["", "KZ"]
    assert Document("c", focus="us").focus == "US"
    for bad in ("USA", "Kazakhstan", "U1"):
        with pytest.raises(ModelError, match="alpha-2"):
            Document("c", focus=bad)


def test_a_jsonl_focus_field_is_the_articles_own_and_is_checked(tmp_path):
    from geo.read.documents import read_documents, with_focus

    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a", "focus": "kz"}\n{"text": "b"}\n', encoding="utf-8")
    docs = list(with_focus(read_documents([path]), "US"))
    assert [d.focus for d in docs] == ["KZ", "US"]
    path.write_text('{"text": "a"}\n{"text": "b", "focus": "Kazakhstan"}\n',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2.*alpha-2"):
        list(read_documents([path]))


def test_articles_in_an_archive_get_distinct_ids_too(tmp_path: Path) -> None:
    import zipfile

    (tmp_path / "a.txt").write_text("Riots in Almaty.", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as archive:
        archive.writestr("x/a.txt", "Riots in Astana.")
        archive.writestr("y/a.txt", "Riots in Aktobe.")
    ids = [doc.id for doc in read_documents([tmp_path / "a.txt", tmp_path / "b.zip"])]
    assert len(set(ids)) == 3 and ids[0] == "a"
