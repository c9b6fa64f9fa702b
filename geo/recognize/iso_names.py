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
_LEADING_KIND = re.compile(r"^(?:Республика|République|Région|Province)\s+", re.IGNORECASE)


@cache
def iso_names(language: str) -> dict[str, str]:
    """The folded names of countries and first-level divisions in ``language`` (ISO 639-1)
    → their ISO 3166 code ("kirgiziya" → "KG", "adzhariya" → "GE-AJ"); only the names
    the translation gives (an untranslated name is the English one, already known)."""
    names: dict[str, str] = {}
    for domain, records, code in (("iso3166-1", pycountry.countries, "alpha_2"),
                                  ("iso3166-2", pycountry.subdivisions, "code")):
        translation = gettext.translation(domain, pycountry.LOCALES_DIR,
                                          languages=[language], fallback=True)
        for record in records:
            translated = translation.gettext(record.name)
            if translated == record.name:
                continue
            name = translated.split(",")[0].strip()
            for variant in (name, _LEADING_KIND.sub("", name)):
                names.setdefault(fold(variant), getattr(record, code))
    return names
