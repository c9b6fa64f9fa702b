"""Reading annotated corpora: one JSON record a line, split by position into even
(tuned on) and odd (held out) documents."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.errors import InputError
from geo.model import country_code, language_code


def check_record(record: object) -> dict:
    """Return ``record`` if it is a geoparser input record (an object with a string
    ``"text"`` and, if any, a valid ``"focus"`` country and ``"language"`` code); else
    raise ``ValueError`` saying what is wrong."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('the line has no "text" string')
    country_code(str(record.get("focus") or ""))
    language_code(str(record.get("language") or ""))
    return record


def read_split(paths: Iterable[str | Path], split: str | None) -> Iterator[dict]:
    """Yield the corpus records of ``split`` ("even", "odd" or None for all).

    Every line is checked, whichever split it falls in: a bad line anywhere is an
    :class:`InputError` naming the file and line."""
    for path in paths:
        if not Path(path).is_file():
            raise InputError("no such corpus file", path=path)
        with open(path, encoding="utf-8") as handle:
            lines = (line for line in enumerate(handle, start=1) if line[1].strip())
            for index, (number, line) in enumerate(lines):
                try:
                    record = check_record(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(f"invalid JSON: {err}", path=path,
                                     line=number) from None
                except ValueError as err:
                    raise InputError(str(err), path=path, line=number) from None
                if split is None or (index % 2 == 0) == (split == "even"):
                    yield record
