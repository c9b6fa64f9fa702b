"""French recognition, session 13: a town named with "Le"/"Les" after a preposition that
swallows the article ("au Havre", "aux Abymes"). Our own sentences."""

from __future__ import annotations

import pytest

from geo.model import Document

pytestmark = pytest.mark.slow


def _places(parser, text: str) -> dict[str, tuple]:
    parsed = parser(Document(text, language="fr"))
    return {m.text: (m.place.name if m.place else None, m.place.country if m.place else None)
            for m in parsed.mentions}


def test_a_town_whose_article_the_preposition_swallowed(real_parser):
    found = _places(real_parser, "Les dockers ont défilé au Havre, puis les cheminots "
                    "au Mans, et des commerces ont fermé aux Abymes.")
    assert found["Havre"] == ("Le Havre", "FR")
    assert found["Mans"] == ("Le Mans", "FR")
    assert found["Abymes"] == ("Les Abymes", "GP")


def test_a_country_after_au_keeps_its_own_name(real_parser):
    found = _places(real_parser, "Des élections ont eu lieu au Niger et au Mali.")
    assert found["Niger"] == ("Niger", "NE")
    assert found["Mali"] == ("Mali", "ML")


def test_the_article_does_not_pull_a_larger_town_to_a_village(real_parser):
    # "Le Mont-Dore" is also a French village's name; the commune near Nouméa is larger
    found = _places(real_parser, "Des barrages ont été levés dans la commune du Mont-Dore, "
                    "près de Nouméa.")
    assert found["Mont-Dore"] == ("Mont-Dore", "NC")
