"""``OfflineGeocoder``: the gazetteer behind geopy's ``Geocoder`` interface.

It speaks geopy's contract, so ``geopandas.tools.geocode(series,
provider=OfflineGeocoder)`` works with no network: a keyword-only constructor that
works without arguments, ``geocode()``/``reverse()`` returning geopy's own
``Location`` (``raw`` is the :class:`Place` as a dict) or ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .errors import UnknownCountryError
from .lookup import Gazetteer
from .online import OnlineFallback
from .place import Place

__all__ = ["OfflineGeocoder"]


#: How far :meth:`OfflineGeocoder.reverse` looks for a place by default: farther than
#: this, a point is nowhere in particular (at sea, or in an empty desert).
REVERSE_MAX_KM = 250.0


class OfflineGeocoder(Geocoder):
    """Geocode place names and points from the offline gazetteer.

    Parameters
    ----------
    gazetteer
        An open :class:`Gazetteer`; the default one (built on first use) when ``None``.
    path
        Open the gazetteer at this path instead.
    country
        Default country filter (ISO code or name) for every query.
    online
        An opt-in :class:`~gazetteer.online.OnlineFallback` asked only for names the
        gazetteer does not know; it sends the query off the machine (and says so).
        ``None``, the default, keeps everything offline.
    **kwargs
        Accepted for geopy compatibility (``timeout``, ``user_agent`` ...) and
        passed to ``Geocoder``; nothing is ever sent over a network.

    Examples
    --------
    >>> from geopandas.tools import geocode  # doctest: +SKIP
    >>> geocode(["Almaty", "Springfield, Illinois"], provider=OfflineGeocoder)  # doctest: +SKIP
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, path: str | None = None,
                 country: str | None = None, online: OnlineFallback | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open(path)
        self.country = country
        self.online = online

    def geocode(self, query: str, *, exactly_one: bool = True, country: str | None = None,
                kind: str | None = None, limit: int | None = None,
                timeout: Any = DEFAULT_SENTINEL) -> Location | list[Location] | None:
        """Return the place a name means, or ``None`` when there is none.

        Trailing comma-separated qualifiers narrow the search: a country
        ("Paris, France") or a first-level division ("Springfield, Illinois",
        "Springfield, IL"). ``timeout`` is ignored (nothing goes over a network).

        Raises
        ------
        geopy.exc.GeocoderQueryError
            For an empty query or an unknown ``country``.
        """
        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError(f"empty geocoding query: {query!r}")
        try:
            places = self._search(query, country=country or self.country, kind=kind,
                                  limit=1 if exactly_one else (limit or 10))
        except UnknownCountryError as err:
            raise GeocoderQueryError(str(err)) from err
        locations = [self._location(place) for place in places]
        if not locations and self.online is not None:
            wanted = country or self.country
            # The same country filter online as offline (Nominatim's ISO codes).
            answer = self.online.geocode(
                query, **({"country_codes": self.gazetteer.country(wanted).country.lower()}
                          if wanted else {}))
            locations = [answer] if answer is not None else []
        if exactly_one:
            return locations[0] if locations else None
        return locations or None

    def reverse(self, query: Point | Sequence[float] | str, *, exactly_one: bool = True,
                timeout: Any = DEFAULT_SENTINEL,
                max_km: float | None = REVERSE_MAX_KM) -> Location | list[Location] | None:
        """Return the populated place nearest to ``(lat, lon)``, or ``None`` when none
        lies within ``max_km`` (mid-ocean points; ``None`` for no limit)."""
        try:
            point = Point(query)
        except (TypeError, ValueError) as err:
            raise GeocoderQueryError(f"not a (lat, lon) point: {query!r}") from err
        found = self.gazetteer.reverse(point.latitude, point.longitude)
        if found["place"] is None or (max_km is not None and found["distance_km"] > max_km):
            return None
        location = self._location(found["place"])
        return location if exactly_one else [location]

    def _search(self, query: str, *, country: str | None, kind: str | None,
                limit: int) -> list[Place]:
        whole = self.gazetteer.candidates(query, country=country, kind=kind, limit=limit)
        parts = [p.strip() for p in query.split(",") if p.strip()]
        if len(parts) < 2:
            return whole
        found = self._narrow(parts[0], parts[1:], country=country, admin1=None,
                             kind=kind, limit=limit)
        return found or whole

    def _narrow(self, head: str, qualifiers: list[str], *, country: str | None,
                admin1: str | None, kind: str | None, limit: int) -> list[Place]:
        """Apply qualifiers right to left ("…, Illinois, USA"), trying each reading.

        "MO" is both Macao and Missouri: every country or division a qualifier may
        mean is tried, best first, and the first that leaves ``head`` a match wins.
        """
        if not qualifiers:
            return self.gazetteer.candidates(head, country=country, kind=kind,
                                             admin1=admin1, limit=limit)
        *rest, last = qualifiers
        for option in self.gazetteer.candidates(last, kind=("country", "admin1"),
                                                country=country, limit=5):
            found = self._narrow(
                head, rest, country=option.country, kind=kind, limit=limit,
                admin1=option.name if option.kind == "admin1" else admin1)
            if found:
                return found
        # A division the gazetteer has no place for may still be named on its cities.
        found = self._narrow(head, rest, country=country, admin1=last, kind=kind,
                             limit=limit)
        # An unknown qualifier ("Downtown") is skipped rather than failing the query.
        return found or self._narrow(head, rest, country=country, admin1=admin1,
                                     kind=kind, limit=limit)

    def _location(self, place: Place) -> Location:
        parts = [place.name]
        if place.admin1 and place.admin1 != place.name:
            parts.append(place.admin1)
        if place.country and place.kind != "country":
            try:
                parts.append(self.gazetteer.country(place.country).name)
            except UnknownCountryError:
                parts.append(place.country)
        return Location(", ".join(parts), (place.lat, place.lon), place.to_dict())
