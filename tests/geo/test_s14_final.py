"""Rows from events a report does not tell as its own, session 14 (final helper).

The object of a ban ("a interdit les rassemblements", "запретили митинги") did not take
place unless a clause of contrast says it did; the charge of people someone wants freed
("release anyone held for peaceful protest") is no protest; nor are the demands of
protesters another tells ("les revendications des manifestants"). Our own sentences (other
towns, other names); mentions built by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import statuses_in

# Saturday 9 March 2024
PUBLISHED = date(2024, 3, 9)


def _rows(text: str, town: str, language: str = "en") -> list[tuple[str, str]]:
    return statuses_in(text, town, PUBLISHED, language)


def _occurred(text: str, town: str, language: str = "en") -> set[str]:
    return {kind for kind, status in _rows(text, town, language) if status == "occurred"}


@pytest.mark.parametrize(("text", "town", "language"), [
    ("Le gouverneur a instauré jeudi un couvre-feu à Kaolack et interdit les "
     "rassemblements de plus de cinq personnes.", "Kaolack", "fr"),
    ("Mercredi, la préfecture de Sikasso a interdit toute manifestation "
     "jusqu'à nouvel ordre.", "Sikasso", "fr"),
    ("Власти Тамбова в среду запретили митинги до конца месяца.", "Тамбова", "ru"),
])
def test_the_object_of_a_ban_did_not_happen(text: str, town: str, language: str) -> None:
    assert "Protests" not in _occurred(text, town, language)


@pytest.mark.parametrize(("text", "town"), [
    ("Le préfet a interdit la marche de mercredi à Kaolack, mais des milliers de "
     "personnes ont défilé.", "Kaolack"),
    ("Bien que la préfecture ait interdit le rassemblement, des centaines de "
     "personnes se sont réunies mercredi à Sikasso.", "Sikasso"),
])
def test_a_ban_defied_keeps_the_protest(text: str, town: str) -> None:
    assert "Protests" in _occurred(text, town, "fr")


def test_the_charge_of_people_to_be_freed_is_no_protest() -> None:
    text = ("A rights group urged the authorities in Rustavi to release anyone held "
            "for peaceful protest.")
    assert "Protests" not in _occurred(text, "Rustavi")


def test_protesters_arrested_still_tell_the_protest() -> None:
    text = "Police in Rustavi detained 12 people at a protest outside the town hall on Monday."
    assert "Protests" in _occurred(text, "Rustavi")


def test_what_protesters_want_told_by_another_is_no_protest() -> None:
    text = ("Le ministre a dénoncé les pillages à Kaolack tout en jugeant fondées les "
            "revendications des manifestants.")
    assert "Protests" not in _occurred(text, "Kaolack", "fr")


def test_protesters_marching_for_demands_still_protest() -> None:
    text = ("Jeudi, à Kaolack, des centaines de manifestants ont défilé pour appuyer les "
            "revendications des enseignants.")
    assert "Protests" in _occurred(text, "Kaolack", "fr")
