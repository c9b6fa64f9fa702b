"""Reading articles: files, folders, globs, stdin; txt/md/html, JSONL and CSV; .gz, .zip.

Everything streams: a folder of 100,000 articles, a 1,000,000-line JSONL or a zip of
them is read one document at a time. Every error names the file and, where there is
one, the line. Text is UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured); other
encodings are refused rather than guessed. Lone UTF-16 surrogates, which JSON escapes
can smuggle in, become U+FFFD (:mod:`geo.text`) so every later stage can encode the text.

Length: one streaming reader. Its formats share the decoding, the errors that name the
file and line, ``on_error`` and the sidecar dates; split up, those would become private
helpers reached across modules.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import logging
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath, PurePosixPath
from typing import IO

import pycountry

from geo.errors import DateError, InputError
from geo.model import Document, ModelError, country_code, language_code, parse_published
from geo.read.html import html_to_text
from geo.text import LONE_SURROGATE, replace_lone_surrogates

#: File endings read as one article each.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: File endings read as many articles each.
COLLECTION_SUFFIXES = (".jsonl", ".ndjson", ".csv")
#: File endings read as archives of articles and collections.
ARCHIVE_SUFFIXES = (".zip",)
_READABLE = ARTICLE_SUFFIXES + COLLECTION_SUFFIXES
# Broken compressed data surfaces as these, not as OSError.
_DAMAGED = (EOFError, zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile,
            NotImplementedError, RuntimeError)

logger = logging.getLogger(__name__)

#: The record fields (JSONL keys, CSV columns, sidecar keys) that give a document's
#: language as an ISO 639-1 code, in order of preference.
LANGUAGE_FIELDS = ("language", "lang")

# What a sidecar .json beside an article gives it: its publication date and language.
_Metadata = tuple[date | None, str]


def with_focus(documents: Iterable[Document], focus: str) -> Iterator[Document]:
    """Give ``focus``, the publication's country code, to the documents without one
    (a JSONL ``focus`` field wins)."""
    for document in documents:
        yield replace(document, focus=focus) if focus and not document.focus else document


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path | str]:
    """Turn files, folders and glob patterns into a sorted list of readable files.

    ``"-"`` stands for standard input and is kept as is. Folders are walked recursively
    for the endings in :data:`ARTICLE_SUFFIXES` and :data:`COLLECTION_SUFFIXES`
    (optionally ``.gz``); the order is sorted so that batch runs can resume.
    """
    found: list[Path | str] = []
    for item in inputs:
        if str(item) == "-":
            found.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            )
        elif path.exists():
            found.append(path)
        elif glob.has_magic(str(item)):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            if not matches:
                raise InputError("the pattern matches no file", path=item)
            found.extend(p for p in matches if p.is_file())
        else:
            raise InputError("no such file or folder", path=item)
    return found


def read_documents(
    inputs: Iterable[str | Path],
    *,
    published: date | None = None,
    text_column: str = "text",
    on_error: str = "raise",
    stdin: IO[bytes] | None = None,
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Stream :class:`Document` objects from files, folders, globs or ``"-"`` (stdin).

    ``published`` applies to documents that carry no date of their own (a sidecar
    ``.json`` beside a text file or a ``published`` field wins). A ``language`` (or
    ``lang``) field of a record or a sidecar, an ISO 639-1 code, sets
    :attr:`Document.language`; without one it is ``""`` (detected when parsed). With
    ``on_error="skip"`` a bad JSONL/CSV line is logged (a warning), passed to
    ``on_skip`` if given (to count them), and skipped. A missing file or a pattern that
    matches nothing raises here, before any document is read.
    """
    return _stream(expand_inputs(inputs), published, text_column,
                   _error_handler(on_error, on_skip), stdin)


def _error_handler(on_error: str, on_skip: Callable[[InputError], None] | None
                   ) -> Callable[[InputError], None]:
    """What a reader does with a bad line: raise it, or log it, report it and go on."""
    def handle(error: InputError) -> None:
        if on_error != "skip":
            raise error
        logger.warning("skipped %s", error)
        if on_skip is not None:
            on_skip(error)
    return handle


def _stream(paths: list[Path | str], published: date | None, text_column: str,
            on_error: Callable[[InputError], None], stdin: IO[bytes] | None
            ) -> Iterator[Document]:
    # The ids article files took, one per file (as many as the paths already listed):
    # "x/a.txt" and "y/a.txt" are both "a", so the second is named "y/a.txt:a" to keep
    # incident ids distinct. Records of collections bring their own ids, and a stream of
    # millions must not hold them all.
    taken: set[str] = set()
    for path in paths:
        if path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_jsonl_or_text(source, "<stdin>", published, on_error)
            continue
        for document in _read_path(path, published, text_column, on_error):
            # An article is a file or an archive member of its own ("x.zip/a.txt").
            if _base_suffix(PurePosixPath(document.source)) in ARTICLE_SUFFIXES:
                if document.id in taken:
                    document = replace(document, id=f"{document.source}:{document.id}")
                taken.add(document.id)
            yield document


def read_file(
    path: Path,
    *,
    published: date | None = None,
    text_column: str = "text",
    on_error: str = "raise",
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Stream the documents in one file (see :func:`read_documents`).

    A ``.zip`` is read member by member, in name order, without extracting anything to
    disk; its article and collection members (optionally ``.gz``) are read as if they
    were files named ``ARCHIVE.zip/MEMBER``, other members are skipped.
    """
    return _read_path(path, published, text_column, _error_handler(on_error, on_skip))


def _read_path(path: Path, published: date | None, text_column: str,
               on_error: Callable[[InputError], None]) -> Iterator[Document]:
    suffix = _base_suffix(path)
    if suffix not in _READABLE + ARCHIVE_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; expected one of "
            f"{', '.join(_READABLE + ARCHIVE_SUFFIXES)} (optionally .gz)",
            path=path,
        )
    try:
        if suffix in ARCHIVE_SUFFIXES:
            yield from _read_zip(path, published, text_column, on_error)
            return
        with _open_binary(path) as raw:
            yield from _read_stream(raw, str(path), suffix, published, text_column,
                                    on_error, lambda: sidecar_metadata(path))
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=path) from err
    except _DAMAGED as err:
        raise InputError(f"damaged compressed file: {err}", path=path) from err


def sidecar_path(path: Path) -> Path:
    """The ``.json`` file beside an article that may give its ``published`` date and
    its ``language``."""
    return path.with_name(_article_stem(path.name) + ".json")


def sidecar_metadata(path: Path) -> tuple[date | None, str]:
    """The ``published`` date and ``language`` code of the ``.json`` file beside an
    article (``None`` and ``""`` for what it does not give, or without one)."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return None, ""
    return _metadata_from_json(sidecar.read_bytes(), sidecar)


def _metadata_from_json(data: bytes, name: str | Path) -> _Metadata:
    try:
        meta = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError(
            f"the metadata file is not valid JSON: {err}", path=name
        ) from err
    if not isinstance(meta, dict):
        raise InputError("the metadata file must hold a JSON object", path=name)
    try:
        return parse_published(meta.get("published")), record_language(meta)
    except (DateError, ModelError) as err:
        raise InputError(str(err), path=name) from None


def record_language(record: dict) -> str:
    """The ISO 639-1 code a record (a JSONL line, a CSV row, a sidecar) gives in its
    ``language`` or ``lang`` field, ``""`` without one. Exports write languages in many
    ways: a tag's primary subtag counts ("fr-FR", "en_US" → "fr", "en"), and so do an
    ISO 639-2 code and an English name ("rus", "fre", "Russian"); a value that is none of
    these is logged and left out (the language is then detected), not an error that
    loses the record. A two-letter value that is no letters raises :class:`ModelError`."""
    value = str(next((record[key] for key in LANGUAGE_FIELDS if record.get(key)), ""))
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    if len(primary) == 2 or not primary:
        return language_code(primary)
    try:  # an ISO 639-2 code or an English name: "rus", "fre", "French"
        return language_code(getattr(pycountry.languages.lookup(primary), "alpha_2", ""))
    except LookupError:
        logger.warning("language %r is no ISO 639 code or name; the text's language is "
                       "detected", value)
        return ""


def _read_stream(raw: IO[bytes], name: str, suffix: str, published: date | None,
                 text_column: str, on_error: Callable[[InputError], None],
                 sidecar: Callable[[], _Metadata]) -> Iterator[Document]:
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(raw, name, published, on_error)
    elif suffix == ".csv":
        yield from _read_csv(raw, name, published, text_column, on_error)
    else:
        text = _decode(raw.read(), name)
        if suffix in (".html", ".htm"):
            text = html_to_text(text)
        if not text.strip():
            logger.warning("%s: empty article", name)
        own_date, language = sidecar()
        yield Document(text=text, id=_article_stem(name), published=own_date or published,
                       source=name, language=language)


def _read_zip(path: Path, published: date | None, text_column: str,
              on_error: Callable[[InputError], None]) -> Iterator[Document]:
    with zipfile.ZipFile(path) as archive:
        members = sorted((info for info in archive.infolist() if _wanted_member(info)),
                         key=lambda info: info.filename)
        if not members:
            logger.warning("%s: no article or collection in the archive", path)
        names = set(archive.namelist())
        for info in members:
            name = f"{path}/{info.filename}"
            if info.flag_bits & 0x1:
                raise InputError("encrypted archive member; decrypt it first", path=name)

            def sidecar(member: str = info.filename) -> _Metadata:
                meta = str(PurePosixPath(member).with_suffix(".json"))
                return (_metadata_from_json(archive.read(meta), f"{path}/{meta}")
                        if meta in names else (None, ""))

            with archive.open(info) as member, (
                    gzip.open(member, "rb") if name.lower().endswith(".gz")
                    else nullcontext(member)) as raw:
                yield from _read_stream(raw, name, _base_suffix(PurePosixPath(name)),
                                        published, text_column, on_error, sidecar)


def _article_stem(name: str) -> str:
    """``a.txt.gz`` → ``a``: the name without its compression and type endings."""
    stem = PurePath(name).name
    if stem.lower().endswith(".gz"):
        stem = stem[:-3]
    return PurePath(stem).stem


def _readable(path: PurePath) -> bool:
    return _base_suffix(path) in _READABLE + ARCHIVE_SUFFIXES and not path.name.startswith(".")


def _wanted_member(info: zipfile.ZipInfo) -> bool:
    # Archives within archives are not opened; macOS resource forks are not articles.
    member = PurePosixPath(info.filename)
    return (not info.is_dir() and _base_suffix(member) in _READABLE
            and not any(part.startswith(".") or part == "__MACOSX" for part in member.parts))


def _base_suffix(path: PurePath) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _decode(data: bytes, path: str | Path, line: int | None = None) -> str:
    _refuse_binary(data[:4096], path, line)
    try:
        text = data.decode(_encoding_of(data))
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8 text (byte {err.start}: {data[err.start : err.start + 1]!r}); "
            "convert the file to UTF-8",
            path=path,
            line=line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _refuse_binary(head: bytes, path: str | Path, line: int | None = None) -> None:
    if b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    # Latin-script UTF-16 has a NUL in about every other byte, on one side only.
    zeros = sorted((head[0::2].count(0), head[1::2].count(0)))
    if zeros[1] > 0.4 * len(head) / 2 > zeros[0]:
        raise InputError("looks like UTF-16 text without a byte-order mark; convert the "
                         "file to UTF-8", path=path, line=line)
    raise InputError("looks like a binary file, not text", path=path, line=line)


def _encoding_of(data: bytes) -> str:
    # A byte-order mark is the only encoding signal plain text carries; without one
    # we insist on UTF-8 rather than guess.
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8"


def _clean(value: str) -> str:
    """Replace lone surrogates by U+FFFD: one character for one, so offsets stay valid."""
    return replace_lone_surrogates(value)


def _read_jsonl_or_text(
    raw: IO[bytes], name: str, published: date | None,
    on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    # stdin may hold JSONL (one document per line) or one plain article.
    data = raw.read()
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        yield from _read_jsonl(io.BytesIO(data), name, published, on_error)
    elif stripped:
        yield Document(
            text=_decode(data, name), id="stdin", published=published, source=name
        )


def _read_jsonl(
    raw: IO[bytes], name: str, published: date | None,
    on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    blank = True
    for number, line in enumerate(raw, start=1):
        if not line.strip(b" \t\r\n\xef\xbb\xbf"):
            continue
        blank = False
        try:
            yield _jsonl_document(line, name, number, published)
        except InputError as err:
            on_error(err)
    if blank:
        logger.warning("%s: no documents (the file is empty)", name)


def _jsonl_document(
    line: bytes, name: str, number: int, published: date | None
) -> Document:
    text = _decode(line, name, number)
    try:
        record = json.loads(text)
    except ValueError as err:
        raise InputError(f"invalid JSON: {err.msg}", path=name, line=number) from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(
            'each line must be an object with a string "text"', path=name, line=number
        )
    try:
        own_date = parse_published(record.get("published"))
        focus = country_code(str(record.get("focus") or ""))
        language = record_language(record)
    except (DateError, ModelError) as err:
        raise InputError(str(err), path=name, line=number) from None
    return Document(
        text=_clean(record["text"]),
        id=_clean(str(record.get("id", f"{name}:{number}"))),
        published=own_date or published,
        source=name,
        url=_clean(str(record.get("url") or "")),
        focus=focus,
        language=language,
    )


def _read_csv(
    raw: IO[bytes], name: str, published: date | None, text_column: str,
    on_error: Callable[[InputError], None]
) -> Iterator[Document]:
    if hasattr(raw, "peek"):
        _refuse_binary(raw.peek(4096)[:4096], name)
    # Bad bytes are let through as escapes and refused row by row, so the error names
    # the line that holds them (the decoder itself reads ahead by kilobytes).
    stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape",
                              newline="")
    reader = csv.DictReader(stream)
    csv.field_size_limit(2**31 - 1)
    end = 0  # the last line read so far
    try:
        columns = reader.fieldnames or []
        end = reader.line_num
        _check_csv_text(columns, name, 1)
        if text_column not in columns:
            shown = ", ".join(c if c.isprintable() else repr(c) for c in columns)
            raise InputError(f"no column {text_column!r} (columns: {shown or 'none'}); "
                             "name the text column with --text-column", path=name, line=1)
        stem = PurePath(name).stem
        for number, row in enumerate(reader, start=2):
            line, end = end + 1, reader.line_num
            try:
                _check_csv_text(row.values(), name, line)
                own_date = parse_published(row.get("published"))
                language = record_language(row)
            except (DateError, InputError, ModelError) as err:
                on_error(err if isinstance(err, InputError) else InputError(
                    str(err), path=name, line=line))
                continue
            yield Document(
                text=row[text_column] or "",
                id=str(row.get("id") or f"{stem}:{number}"),
                published=own_date or published,
                source=name,
                url=row.get("url") or "",
                language=language,
            )
    except csv.Error as err:
        raise InputError(f"malformed CSV: {err}", path=name, line=end + 1) from None


def _check_csv_text(values: Iterable, name: str, line: int) -> None:
    # Strict UTF-8 never yields surrogates, so any here are escaped bad bytes.
    for value in values:
        for cell in value if isinstance(value, list) else [value]:
            if isinstance(cell, str) and (bad := LONE_SURROGATE.search(cell)):
                byte = bytes([ord(bad.group()) - 0xDC00])
                raise InputError(f"not UTF-8 text (byte {byte!r}); convert the file to "
                                 "UTF-8", path=name, line=line)
