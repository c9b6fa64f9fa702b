"""Countries' and first-level divisions' names in other languages, from the translations
of ISO 3166 that pycountry ships (Debian's iso-codes): "Киргизия", "Аджария",
"Каракалпакстан" are not among the gazetteer's names, but are ISO 3166's Russian names
of Kyrgyzstan, Adjara and Karakalpakstan, whose codes the gazetteer knows."""

from __future__ import annotations

import gettext
import re
from functools import cache

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
