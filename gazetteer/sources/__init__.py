"""Where places come from. Every module here only *yields* :class:`~gazetteer.place.Place`s.

Built-in data (from packages on PyPI; see ``gazetteer/SOURCES.md``): ``cities``
(GeoNames populated places), ``countries``, ``divisions`` (first-level divisions
and US counties), ``regions`` (continents and world regions), ``airports``;
``builtin`` chains them in build order. Importers for a user's own files:
``table`` (CSV), ``geojson``, ``geonames`` (a downloaded dump) and ``osm``
(``.osm.pbf``, optional ``osmium`` extra).
"""
