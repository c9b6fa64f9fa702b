"""A GeoNames dump the user downloaded: ``allCountries.txt``, a country's ``XX.txt`` or
``alternateNamesV2.txt``, each plain or zipped as GeoNames serves it.

A places dump becomes a layer of its populated places (class P), administrative
divisions (A: ADM1, ADM2, PCL*) and spots and buildings (S; airports as ``airport``,
the rest as ``landmark``), with admin1 names filled in from the dump's own ADM1 rows.
An alternate-names file adds names to places the gazetteer already has: each one is
copied into the layer with the extra names, under its GeoNames id, and the layer's
copy takes precedence. ``allCountries`` is large; a country file is the usual choice.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO

from ..errors import SourceFormatError
from ..place import Place, PlaceError
from ._names import split_alternates

logger = logging.getLogger(__name__)

_COLUMNS = 19         # geoname table columns, per the dump's readme
_ALT_COLUMNS = (4, 10)  # alternateNamesV2 has 10 (V1 had 8); only the first 4 matter
_SKIP_LANGS = {"link", "wkdt", "post", "fr_1793", "unlc", "abbr", "phon"}
_CODE_LANGS = {"iata", "icao", "faac"}

Resolve = Callable[[str], "Place | None"]


def read_geonames(path: str | Path, *, layer: str, kind: str | None = None,
                  resolve: Resolve | None = None) -> Iterator[Place]:
    """Yield places from a GeoNames dump (see the module docstring).

    Parameters
    ----------
    path
        ``allCountries``/``XX`` or ``alternateNamesV2`` as ``.txt`` or ``.zip``.
    layer
        Layer name (GeoNames ids are kept: ``geonames:<id>``).
    kind
        Overrides the kind derived from the feature class.
    resolve
        Place id → existing place, needed for an alternate-names file.

    Raises
    ------
    SourceFormatError
        Naming the file and line, for a row with the wrong number of columns or a
        bad number.
    """
    source = Path(path)
    with _open_text(source) as (handle, member):
        if member.lower().startswith("alternatenames"):
            if resolve is None:
                raise SourceFormatError("an alternate-names file needs the gazetteer to "
                                        "attach names to", path=source)
            yield from _alternate_names(handle, source, resolve)
        else:
            yield from _places(handle, source, kind)


@contextmanager
def _open_text(source: Path) -> Iterator[tuple[IO[str], str]]:
    try:
        if source.suffix.lower() != ".zip":
            with open(source, encoding="utf-8", newline="") as handle:
                yield handle, source.name
            return
        with zipfile.ZipFile(source) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt")
                       and not n.lower().startswith(("readme", "iso-languagecodes"))]
            if len(members) != 1:
                raise SourceFormatError(f"expected one GeoNames .txt in the archive, found "
                                        f"{members or 'none'}", path=source)
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline=""), members[0]
    except FileNotFoundError as err:
        raise SourceFormatError("no such file", path=source) from err
    except zipfile.BadZipFile as err:
        raise SourceFormatError(f"not a zip archive ({err})", path=source) from err
    except UnicodeDecodeError as err:
        raise SourceFormatError(f"not UTF-8 text ({err.reason})", path=source) from err


def _rows(handle: IO[str]) -> Iterator[tuple[int, list[str]]]:
    # GeoNames fields hold stray quotes: read plain tab-separated, no quoting.
    for line, row in enumerate(csv.reader(handle, delimiter="\t",
                                          quoting=csv.QUOTE_NONE), start=1):
        if row and not row[0].startswith("#"):
            yield line, row


def _kind(feature_class: str, code: str) -> str | None:
    if feature_class == "P":
        return "city"
    if feature_class == "A":
        if code.startswith("PCL"):
            return "country"
        return {"ADM1": "admin1", "ADM2": "admin2"}.get(code)
    if feature_class == "S":
        return "airport" if code in {"AIRP", "AIRF"} else "landmark"
    return None


def _places(handle: IO[str], source: Path, kind: str | None) -> Iterator[Place]:
    admin1_names: dict[tuple[str, str], str] = {}
    found: list[tuple[Place, str]] = []
    left_out: Counter[str] = Counter()
    for line, row in _rows(handle):
        if len(row) != _COLUMNS:
            raise SourceFormatError(f"expected {_COLUMNS} tab-separated columns, found "
                                    f"{len(row)}", path=source, line=line)
        place_kind = _kind(row[6], row[7])
        if place_kind is None:
            left_out[row[6] or "?"] += 1
            continue
        alternates, codes = split_alternates(row[1], [row[2], *row[3].split(",")])
        try:
            place = Place(id=f"geonames:{row[0]}", name=row[1], lat=float(row[4]),
                          lon=float(row[5]), kind=kind or place_kind, country=row[8],
                          population=int(row[14] or 0), alternate_names=alternates,
                          feature_code=row[7], source="geonames-dump",
                          extra={"codes": codes} if codes else {})
        except (ValueError, PlaceError) as err:
            raise SourceFormatError(str(err), path=source, line=line) from err
        if row[7] == "ADM1":
            admin1_names[(row[8], row[10])] = row[1]
        found.append((place, row[10]))
    if left_out:
        count = left_out.total()
        logger.warning("%s: %s not imported (feature classes %s: rivers, lakes, "
                       "mountains, islands, parks and other natural features, and "
                       "divisions below the second level; incidentmap keeps populated "
                       "places, first- and second-level divisions, and spots)", source,
                       f"{count:,} row{'' if count == 1 else 's'}",
                       ", ".join(sorted(left_out)))
    for place, code in found:
        name = admin1_names.get((place.country, code), "")
        yield replace(place, admin1=name) if name and place.feature_code != "ADM1" else place


def _alternate_names(handle: IO[str], source: Path, resolve: Resolve) -> Iterator[Place]:
    names: dict[str, list[str]] = defaultdict(list)
    codes: dict[str, list[str]] = defaultdict(list)
    for line, row in _rows(handle):
        if len(row) not in _ALT_COLUMNS:
            raise SourceFormatError(f"expected {' or '.join(map(str, _ALT_COLUMNS))} "
                                    f"tab-separated columns, found {len(row)}",
                                    path=source, line=line)
        if not row[1].isdigit():
            raise SourceFormatError(f"geonameid {row[1]!r} is not a number", path=source,
                                    line=line)
        lang, text = row[2], row[3].strip()
        if lang in _SKIP_LANGS or not text:
            continue
        (codes if lang in _CODE_LANGS else names)[row[1]].append(text)
    for gid in sorted(names.keys() | codes.keys(), key=int):  # ids checked above
        place = resolve(f"geonames:{gid}")
        if place is None:
            continue
        alternates, more_codes = split_alternates(place.name,
                                                  [*place.alternate_names, *names[gid]])
        extra = dict(place.extra)
        extra["codes"] = sorted({*extra.get("codes", ()), *more_codes, *codes[gid]})
        yield replace(place, alternate_names=alternates, extra=extra)
