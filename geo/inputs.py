"""Reading articles: files, folders, globs, stdin; txt/md/html, JSONL and CSV.

Everything streams: a folder of 100,000 articles or a 1,000,000-line JSONL is read one
document at a time. Every error names the file and, where there is one, the line.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

from .errors import DateError, InputError
from .model import Document

#: File endings read as one article each.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: File endings read as many articles each.
COLLECTION_SUFFIXES = (".jsonl", ".ndjson", ".csv")
_READABLE = ARTICLE_SUFFIXES + COLLECTION_SUFFIXES
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: str | date | None) -> date | None:
    """Parse a publication date given as ``YYYY-MM-DD`` (or a full ISO timestamp).

    Raises
    ------
    DateError
        When the value is not an ISO 8601 date, naming the value and the expected form.
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise DateError(
            f"publication date {value!r} is not an ISO 8601 date; expected YYYY-MM-DD, "
            "e.g. 2022-01-07"
        ) from None


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
) -> Iterator[Document]:
    """Stream :class:`Document` objects from files, folders, globs or ``"-"`` (stdin).

    ``published`` applies to documents that carry no date of their own (a sidecar
    ``.json`` beside a text file or a ``published`` field wins). With
    ``on_error="skip"`` a bad JSONL/CSV line is reported on stderr and skipped. A missing
    file or a pattern that matches nothing raises here, before any document is read.
    """
    return _stream(expand_inputs(inputs), published, text_column, on_error, stdin)


def _stream(paths: list[Path | str], published: date | None, text_column: str,
            on_error: str, stdin: IO[bytes] | None) -> Iterator[Document]:
    for path in paths:
        if path == "-":
            source = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_jsonl_or_text(source, "<stdin>", published, on_error)
            continue
        yield from read_file(
            path, published=published, text_column=text_column, on_error=on_error
        )


def read_file(
    path: Path,
    *,
    published: date | None = None,
    text_column: str = "text",
    on_error: str = "raise",
) -> Iterator[Document]:
    """Stream the documents in one file (see :func:`read_documents`)."""
    suffix = _base_suffix(path)
    if suffix not in _READABLE:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}; expected one of "
            f"{', '.join(_READABLE)} (optionally .gz)",
            path=path,
        )
    try:
        with _open_binary(path) as raw:
            if suffix in (".jsonl", ".ndjson"):
                yield from _read_jsonl(raw, str(path), published, on_error)
            elif suffix == ".csv":
                yield from _read_csv(raw, path, published, text_column, on_error)
            else:
                text = _decode(raw.read(), path)
                if suffix in (".html", ".htm"):
                    text = html_to_text(text)
                yield Document(
                    text=text,
                    id=path.stem,
                    published=sidecar_published(path) or published,
                    source=str(path),
                )
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=path) from err


def sidecar_published(path: Path) -> date | None:
    """Return the ``published`` date of the ``.json`` file beside an article, if any."""
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError(
            f"the metadata file is not valid JSON: {err}", path=sidecar
        ) from err
    if not isinstance(meta, dict):
        raise InputError("the metadata file must hold a JSON object", path=sidecar)
    try:
        return parse_published(meta.get("published"))
    except DateError as err:
        raise InputError(str(err), path=sidecar) from None


def html_to_text(html: str) -> str:
    """Extract the visible text of an HTML page (scripts and styles dropped)."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return extractor.text()


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def text(self) -> str:
        joined = "".join(self._parts)
        lines = (" ".join(line.split()) for line in joined.splitlines())
        return "\n".join(line for line in lines if line)


def _readable(path: Path) -> bool:
    return _base_suffix(path) in _READABLE and not path.name.startswith(".")


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def _decode(data: bytes, path: str | Path, line: int | None = None) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("looks like a binary file, not text", path=path, line=line)
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


def _encoding_of(data: bytes) -> str:
    # A byte-order mark is the only encoding signal plain text carries; without one
    # we insist on UTF-8 rather than guess.
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8"


def _read_jsonl_or_text(
    raw: IO[bytes], name: str, published: date | None, on_error: str
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
    raw: IO[bytes], name: str, published: date | None, on_error: str
) -> Iterator[Document]:
    for number, line in enumerate(raw, start=1):
        if not line.strip(b" \t\r\n\xef\xbb\xbf"):
            continue
        try:
            yield _jsonl_document(line, name, number, published)
        except InputError as err:
            if on_error != "skip":
                raise
            print(f"incidentmap: skipped {err}", file=sys.stderr)


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
    except DateError as err:
        raise InputError(str(err), path=name, line=number) from None
    return Document(
        text=record["text"],
        id=str(record.get("id", f"{name}:{number}")),
        published=own_date or published,
        source=name,
        url=str(record.get("url") or ""),
    )


def _read_csv(
    raw: IO[bytes], path: Path, published: date | None, text_column: str, on_error: str
) -> Iterator[Document]:
    stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(stream)
    try:
        columns = reader.fieldnames or []
    except UnicodeDecodeError:
        raise InputError(
            "not UTF-8 text; convert the file to UTF-8", path=path
        ) from None
    if text_column not in columns:
        raise InputError(
            f"no column {text_column!r} (columns: {', '.join(columns) or 'none'}); "
            "name the text column with --text-column",
            path=path,
            line=1,
        )
    csv.field_size_limit(2**31 - 1)
    number = 1
    try:
        for number, row in enumerate(reader, start=2):
            try:
                own_date = parse_published(row.get("published"))
            except DateError as err:
                if on_error != "skip":
                    raise InputError(str(err), path=path, line=number) from None
                print(
                    f"incidentmap: skipped {path}, line {number}: {err}",
                    file=sys.stderr,
                )
                continue
            yield Document(
                text=row[text_column] or "",
                id=str(row.get("id") or f"{path.stem}:{number}"),
                published=own_date or published,
                source=str(path),
                url=row.get("url") or "",
            )
    except UnicodeDecodeError:
        raise InputError(
            "not UTF-8 text; convert the file to UTF-8", path=path, line=number + 1
        ) from None
    except csv.Error as err:
        raise InputError(f"malformed CSV: {err}", path=path, line=number + 1) from None
