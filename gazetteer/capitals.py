"""Which city a report means by "the capital" of a country on a given date.

Capitals move (Lagos to Abuja in 1991, Almaty to Astana in 1997, Bujumbura to Gitega in
2019), and where the official capital is not the seat of government, news means the seat
(La Paz, not Sucre; Abidjan, not Yamoussoukro). The facts are a table shipped with the
package, ``gazetteer/data/capitals_by_era.csv`` (sources in ``gazetteer/data/README.md``):
one row per country, city and period, with the city's role then and whether news "the
capital" meant it. A country the table lacks keeps the capital the gazetteer marks
(feature code ``PPLC``), which is today's.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

__all__ = ["CAPITALS_BY_ERA", "CapitalEra", "capital_eras", "is_news_capital",
           "news_capital_id"]

#: The table, as package data of ``gazetteer``.
CAPITALS_BY_ERA = "data/capitals_by_era.csv"


@dataclass(frozen=True)
class CapitalEra:
    """One city's role as a country's capital over a period (``valid_to`` excluded;
    ``None`` ends are open)."""

    country: str
    capital: str
    place_id: str
    valid_from: date | None
    valid_to: date | None
    role: str
    news: bool

    def covers(self, when: date) -> bool:
        """Whether ``when`` falls in this period."""
        return (self.valid_from is None or self.valid_from <= when) and \
            (self.valid_to is None or when < self.valid_to)


@cache
def capital_eras() -> tuple[CapitalEra, ...]:
    """Every row of :data:`CAPITALS_BY_ERA`, in file order."""
    text = resources.files("gazetteer").joinpath(CAPITALS_BY_ERA).read_text("utf-8")
    return tuple(CapitalEra(row["country"], row["capital"], f"geonames:{row['geonames_id']}",
                            _day(row["valid_from"]), _day(row["valid_to"]), row["role"],
                            row["news"] == "yes")
                 for row in csv.DictReader(io.StringIO(text)))


def news_capital_id(country: str, when: date | None = None) -> str | None:
    """The place id of the city news means by "the capital" of ``country`` (ISO code) on
    ``when`` (today's when ``None``); ``None`` where the table does not know the country.

    A date before the table's first period for the country means its first capital (a
    colonial capital was the same city)."""
    eras = [e for e in capital_eras() if e.country == country and e.news]
    if not eras:
        return None
    day = when or date.today()
    found = next((e for e in eras if e.covers(day)), None)
    if found is None:
        found = min(eras, key=lambda e: e.valid_from or date.min)
    return found.place_id


def is_news_capital(place_id: str, country: str, feature_code: str,
                    when: date | None = None) -> bool:
    """Whether a city (its id, country and feature code) is what news meant by "the
    capital" of its country on ``when``: the table's city, else the gazetteer's ``PPLC``."""
    known = news_capital_id(country, when)
    return place_id == known if known is not None else feature_code == "PPLC"


def _day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None
