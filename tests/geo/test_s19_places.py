"""Issue 20, session 19 (places never resolved): a Russian settlement's kind word makes
the name after it a place's, and names the gazetteer has only in GeoNames' Latin
romanizations are found by them.

Our own news-style sentences (none from a corpus or the dev reports).
"""

from __future__ import annotations

import pytest
from placed_mentions import places_found

from geo.languages.ru import romanizations


def test_romanizations_of_russian_and_ukrainian_names():
    assert romanizations("Тула") == ()
    # BGN/PCGN's "ye" after a vowel and at a word's start, "yo" for "ё".
    assert "чистыye боры" in romanizations("Чистые Боры")
    assert "yeлань" in romanizations("Елань")
    assert "слащyoвская" in romanizations("Слащёвская")
    # Ukraine's "y" for "и" and "h" for "г" (one rule at a time first).
    found = romanizations("Гнивань")
    assert set(found[:2]) == {"гнyвань", "hнивань"}
    assert found[2] == "hнyвань"


@pytest.mark.slow
def test_a_russian_name_after_a_settlements_kind_word(real_parser):
    found = places_found(real_parser, "Казаки провели сход у станицы Каневской.", "ru")
    assert found["Каневской"][1:] == ("Kanevskaya", "city", "RU")
    found = places_found(real_parser, "Посёлок Мостовской третий день без газа.", "ru")
    assert found["Мостовской"][1:] == ("Mostovskoy", "city", "RU")


@pytest.mark.slow
def test_a_village_known_only_by_its_bgn_romanization(real_parser):
    found = places_found(real_parser, "Жители села Чистые Боры перекрыли дорогу к свалке.",
                         "ru")
    assert found["Чистые Боры"][1:] == ("Chistyye Bory", "city", "RU")


@pytest.mark.slow
def test_a_capital_named_like_its_country_in_russian(real_parser):
    # "Алжир" is Algeria and Algiers: the dateline is the city, not a Philippine town
    # whose other name is "Algeria".
    found = places_found(real_parser, "АЛЖИР, 12 мая — Сотни врачей провели в среду "
                         "сидячую забастовку у здания министерства.", "ru")
    assert found["АЛЖИР"][1:] == ("Algiers", "city", "DZ")
    found = places_found(real_parser, "Президент Алжира помиловал трёх журналистов.", "ru")
    assert found["Алжира"][1:] == ("Algeria", "country", "DZ")
