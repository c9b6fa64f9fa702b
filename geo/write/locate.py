"""Where in an incidents file a reading error is: its line (CSV, GeoJSON) or its row.

Reading fails in the engine (pandas, GDAL) or when a column gets its documented type;
either way the user needs the file and the line to fix it. These helpers find them,
only once something has failed, so reading a good file costs nothing more.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd

from geo.errors import InputError

_LINE = re.compile(r"\bline (\d+)", re.IGNORECASE)
_WHAT = {"Int64": "a whole number", "float64": "a number", "boolean": "true or false",
         "degrees": "a number of degrees in range",
         "id list": 'a JSON array of ids (["afp-12", "bbc-7"])'}
_BOOLEANS = {True, False, "True", "False", "true", "false", "1", "0"}  # True == 1


def line_in_message(error: Exception) -> int | None:
    """The line an engine's message names ("Expected 35 fields in line 3", "At line 6,
    character 47"), if it names one."""
    found = _LINE.search(str(error))
    return int(found.group(1)) if found else None


def first_bad_value(values: pd.Series, dtype: str) -> tuple[int, object] | None:
    """The position and value of the first cell of ``values`` that is not of ``dtype``
    (``"id list"``: text holding a JSON array of ids, as ``sources``)."""
    present = values.notna()
    if dtype in ("Int64", "float64"):
        numbers = pd.to_numeric(values.where(present), errors="coerce")
        bad = present & numbers.isna()
        if dtype == "Int64":
            bad |= present & numbers.notna() & (numbers % 1 != 0)
    elif dtype == "boolean":
        bad = present & ~values.map(lambda v: _hashable(v) and v in _BOOLEANS)
    elif dtype == "id list":
        bad = present & ~pd.Series([_is_id_list(v) for v in values], index=values.index,
                                   dtype=bool)
    else:
        return None
    if not bad.any():
        return None
    position = int(bad.to_numpy().argmax())
    return position, values.iloc[position]


def bad_value_error(path: Path, fmt: str, column: str, dtype: str, position: int,
                    value: object, *, layer: str | None = None) -> InputError:
    """An :class:`InputError` naming the file, the line (or the row) and the column."""
    line = None
    if fmt == "CSV":
        line = _csv_line(path, position)
    elif fmt == "GeoJSON":
        line = _geojson_line(path, position)
    where = "" if line is not None else (
        f"layer {layer!r}, row {position + 1}: " if layer else f"row {position + 1}: ")
    return InputError(f"{where}column {column!r}: {value!r} is not "
                      f"{_WHAT.get(dtype, dtype)}", path=path, line=line)


def _csv_line(path: Path, position: int) -> int | None:
    """The line on which data row ``position`` (0 the first after the header) starts; a
    quoted value may span lines, so they are counted as the csv module reads them."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        end = 0
        for index, _ in enumerate(reader):
            if index == position + 1:
                return end + 1
            end = reader.line_num
    return None


def _geojson_line(path: Path, position: int) -> int | None:
    """The line on which feature ``position`` of a GeoJSON FeatureCollection starts."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r'"features"\s*:\s*\[', text)
    if found is None:
        return None
    decoder, offset = json.JSONDecoder(), found.end()
    for index in range(position + 1):
        while offset < len(text) and text[offset] in " \t\r\n,":
            offset += 1
        if index == position:
            return text.count("\n", 0, offset) + 1
        try:
            _, offset = decoder.raw_decode(text, offset)
        except ValueError:
            return None
    return None


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _is_id_list(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        ids = json.loads(value)
    except ValueError:
        return False
    return isinstance(ids, list) and all(isinstance(i, (str, int)) for i in ids)
