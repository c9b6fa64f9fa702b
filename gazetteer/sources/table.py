"""A CSV/TSV table of the user's own places (a newsroom's list of city halls, checkpoints...).

Columns (header row required, any order, case-insensitive): ``name``, ``lat``, ``lon``
are required; ``kind``, ``alternate_names`` (separated by ``|`` or ``;``),
``parent`` (the place it belongs to, e.g. "Almaty"), ``country`` (ISO2),
``admin1``, ``population`` and ``id`` are optional.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import SourceFormatError
from ..place import Place, PlaceError

REQUIRED = ("name", "lat", "lon")
_SPLIT = re.compile(r"\s*[|;]\s*")


def read_table(path: str | Path, *, layer: str, kind: str | None = None) -> Iterator[Place]:
    """Yield the places in a CSV (or ``.tsv``) file.

    Parameters
    ----------
    path
        The file; UTF-8, with or without a byte-order mark.
    layer
        The layer name, used in place ids (``layer:<layer>:<row>``).
    kind
        Kind for rows without one; ``"landmark"`` when neither says.

    Raises
    ------
    SourceFormatError
        Naming the file and line: missing columns, a bad number or kind, or a
        file that is not text.
    """
    source = Path(path)
    delimiter = "\t" if source.suffix.lower() == ".tsv" else ","
    try:
        with open(source, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=delimiter)
            header = [h.strip().lower() for h in reader.fieldnames or ()]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise SourceFormatError(f"missing column(s) {', '.join(missing)}; the header "
                                        f"needs {', '.join(REQUIRED)}", path=source, line=1)
            reader.fieldnames = header
            for row in reader:
                yield _place(row, source, reader.line_num, layer, kind)
    except UnicodeDecodeError as err:
        raise SourceFormatError(f"not UTF-8 text ({err.reason})", path=source) from err
    except csv.Error as err:
        raise SourceFormatError(f"malformed CSV ({err})", path=source) from err
    except FileNotFoundError as err:
        raise SourceFormatError("no such file", path=source) from err


def _place(row: dict[str, str | None], source: Path, line: int, layer: str,
           kind: str | None) -> Place:
    def cell(column: str) -> str:
        value = row.get(column)
        return value.strip() if isinstance(value, str) else ""

    numbers = {}
    for column in ("lat", "lon", "population"):
        text = cell(column) or ("0" if column == "population" else "")
        try:
            value = float(text)
            numbers[column] = int(value) if column == "population" else value
        except (ValueError, OverflowError):
            problem = f"not a number ({text!r})" if text else "missing"
            raise SourceFormatError(f"column {column!r}: {problem}", path=source,
                                    line=line) from None
    lat, lon, population = numbers["lat"], numbers["lon"], numbers["population"]
    alternates = tuple(a for a in _SPLIT.split(cell("alternate_names")) if a)
    try:
        return Place(id=f"layer:{layer}:{cell('id') or line}", name=cell("name"),
                     lat=lat, lon=lon, kind=cell("kind") or kind or "landmark",
                     country=cell("country").upper(), admin1=cell("admin1"),
                     population=population, alternate_names=alternates,
                     source=f"layer:{layer}", parent=cell("parent"))
    except PlaceError as err:
        raise SourceFormatError(str(err), path=source, line=line) from err
