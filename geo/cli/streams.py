"""Opening the input and output of a command that streams lines (``geoparse``): a file or
``-`` for standard input or output, the output opened only at its first line."""

from __future__ import annotations

import os
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

from geo.errors import ExportError, InputError
from geo.write.incidents import check_writable_file


def open_in(name: str) -> AbstractContextManager[Any]:
    """The binary input ``name``, or standard input for ``-``."""
    if name == "-":
        return nullcontext(sys.stdin.buffer)
    try:
        return open(name, "rb")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", path=name) from err


def open_out(name: str) -> AbstractContextManager[Any]:
    """The text output ``name`` (checked now, opened at its first write), or standard
    output for ``-``."""
    if name == "-":
        return nullcontext(sys.stdout)
    check_writable_file(name)
    if Path(name).exists() and not os.access(name, os.W_OK):
        raise ExportError(f"{name}: the file is read-only; write elsewhere or change "
                          "its permissions")
    return LazyFile(name)


class LazyFile:
    """A text file opened for writing at its first write, not before: a run that fails
    on its first input line leaves an earlier output untouched. Written in place, line
    by line, after that: a run stopped by a later bad line keeps what it wrote."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._handle: IO[str] | None = None

    def write(self, text: str) -> int:
        if self._handle is None:
            try:
                self._handle = open(self._name, "w", encoding="utf-8")  # noqa: SIM115 (closed in __exit__)
            except OSError as err:
                raise ExportError(f"{self._name}: cannot write: {err.strerror or err}"
                                  ) from err
        return self._handle.write(text)

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.flush()

    def __enter__(self) -> LazyFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self._handle is None and exc_type is None:
            self.write("")  # a run with nothing to write still leaves its (empty) file
        if self._handle is not None:
            self._handle.close()


def same_file(first: str, second: str) -> bool:
    """Whether the paths ``first`` and ``second`` name one file (False if unsure)."""
    try:
        return Path(first).resolve() == Path(second).resolve() or (
            Path(second).exists() and os.path.samefile(first, second))
    except OSError:
        return False
