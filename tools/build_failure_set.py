"""Build tests/data/geoparse_failures.jsonl from its marked source,
tests/data/geoparse_failures.src.tsv: ``python -m tools.build_failure_set``; another set
of the same form with ``python -m tools.build_failure_set SOURCE TARGET`` (session 14's
``geoparse_places.src.tsv``, whose lines have a language column after the class:
``class<TAB>ru<TAB>text``, kept as the record's ``language``).

[[surface|key]]: key is C:XX (GeoNames country point), A:IATA (airportsdata point),
P:lat,lon (explicit point), or Name@CC[/Admin1] (gazetteer GeoNames place; Name may be
omitted: the surface). {{surface}} marks a person name that must not be a toponym.
"""
import csv
import json
import re
import sys
from pathlib import Path

import airportsdata

from gazetteer import Gazetteer
from gazetteer.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "geoparse_failures.src.tsv"
TARGET = ROOT / "tests" / "data" / "geoparse_failures.jsonl"
COUNTRIES = ROOT.parent / "shared" / "data" / "geonames_points" / "countries.csv"

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^}]+)\}\}")

def point(surface, key, g, air, countries):
    if key.startswith("C:"):
        r = countries[key[2:]]
        return float(r["lat"]), float(r["lon"]), int(r["geonameid"])
    if key.startswith("A:"):
        a = air[key[2:]]
        return float(a["lat"]), float(a["lon"]), None
    if key.startswith("P:"):
        lat, lon = key[2:].split(",")
        return float(lat), float(lon), None
    if key.endswith("#admin1"):
        # GeoNames' own ADM1 points (the gazetteer's division points come from aigeodb).
        lat, lon, gid = ADM1[(key.partition("@")[0] or surface)]
        return lat, lon, gid
    name, _, where = key.partition("@")
    name = name or surface
    cc, _, admin1 = where.partition("/")
    kind = "city"
    if "#" in cc:
        cc, kind = cc.split("#")
    if "#" in admin1:
        admin1, kind = admin1.split("#")
    ps = [p for p in g.candidates_folded(fold(name), 200)
          if p.country == cc and p.kind == kind and p.id.startswith("geonames:")
          and (not admin1 or fold(p.admin1) == fold(admin1))
          and fold(name) in {fold(n) for n in (p.name, *p.alternate_names)}]
    if not ps:
        sys.exit(f"no place for {surface!r} {key!r}")
    p = max(ps, key=lambda p: p.population)
    return p.lat, p.lon, int(p.id.split(":")[1])

ADM1 = {
    "Maine": (45.50032, -69.24977, 4971068), "Texas": (31.25044, -99.25061, 4736286),
    "Idaho": (44.5002, -114.25118, 5596512), "Ontario": (49.25014, -84.49983, 6093943),
    "Alabama": (32.75041, -86.75026, 4829764), "Ohio": (40.25034, -83.00018, 5165418),
    "Massachusetts": (42.36565, -71.10832, 6254926), "Virginia": (37.54812, -77.44675, 6254928),
    "British Columbia": (53.99983, -125.0032, 5909050), "Victoria": (-37.0, 144.0, 2145234),
    "Yucatán": (20.83333, -89.0, 3514211), "Guanajuato": (21.0, -101.0, 4005267),
    "Extremadura": (39.16667, -6.16667, 2593112), "Oyo": (8.0, 3.75, 2325190),
    "Illinois": (40.00032, -89.25037, 4896861), "Colorado": (39.00027, -105.50083, 5417618),
    "Georgia": (32.75042, -83.50018, 4197000),
}
def main() -> None:
    source, target = (Path(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (SOURCE,
                                                                               TARGET)
    g = Gazetteer.open()
    air = airportsdata.load("IATA")
    with open(COUNTRIES, encoding="utf-8") as handle:
        countries = {r["country_code"]: r for r in csv.DictReader(handle)}
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    out = []
    for line in lines:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cls, *language, marked = line.split("\t")
        text, tops, persons, pos = "", [], [], 0
        for m in MARK.finditer(marked):
            text += marked[pos:m.start()]
            pos = m.end()
            if m.group(3):
                s = m.group(3)
                persons.append({"start": len(text), "end": len(text) + len(s), "name": s})
                text += s
                continue
            s, key = m.group(1), m.group(2)
            lat, lon, gid = point(s, key, g, air, countries)
            tops.append({"start": len(text), "end": len(text) + len(s), "name": s,
                         "lat": round(lat, 5), "lon": round(lon, 5), "geonameid": gid})
            text += s
        text += marked[pos:]
        assert all(text[t["start"]:t["end"]] == t["name"] for t in tops + persons)
        prefix = target.stem.rpartition("_")[2][:1] if target != TARGET else "f"
        rec = {"id": f"{prefix}{len(out) + 1:03d}", "class": cls, "text": text,
               "toponyms": tops}
        if language:
            rec["language"] = language[0]
        if persons:
            rec["not_toponyms"] = persons
        out.append(rec)
    with open(target, "w", encoding="utf-8") as h:
        for r in out:
            h.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "docs", sum(len(r["toponyms"]) for r in out), "toponyms", file=sys.stderr)


if __name__ == "__main__":
    main()
