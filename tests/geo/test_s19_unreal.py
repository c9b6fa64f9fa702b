"""Status, session 19 (unreal helper): a negation, ban, plan or denial reaches only what
it governs, and an event told as happened beside an unreal one of its kind is kept.

English: a negation of another clause's verb ("police did not intervene as thousands
marched"), a ban an event happened despite ("despite a ban on gatherings, hundreds
marched") and a prevention negated or failed ("could not prevent looting", "failed
to prevent clashes") leave it told. Russian and French: a
finite verb told in the past is negated only by its own particle, not by a preposition
("des jeunes sans emploi ont bloqué", "люди без работы вышли") nor by a ban after it on
its object ("ont dispersé une marche interdite"); a ban on a noun that a past verb acts
on is defied ("разогнала запрещённый митинг"); a ban after a noun past a clause joint is
another verb's ("ont instauré un couvre-feu et interdit les rassemblements"); a
prevention negated tells the event ("n'a pas pu empêcher les pillages"); and a
rule's first trigger told unreal leaves its next one in the sentence that happened
("personne n'a été arrêté jeudi, mais vendredi 30 jeunes ont été interpellés"). The
sentences are made up for these tests (other countries, other names); the towns are
invented places.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import statuses_in

# Thursday 14 March 2024
PUBLISHED = date(2024, 3, 14)


def _statuses(text: str, town: str, language: str = "en") -> list[tuple[str, str]]:
    return statuses_in(text, town, PUBLISHED, language)


@pytest.mark.parametrize(("text", "town", "language", "kind"), [
    ("Police did not intervene as thousands marched through Velmora on Tuesday.",
     "Velmora", "en", "Protests"),
    ("Despite a ban on gatherings, hundreds marched in Velmora on Tuesday.",
     "Velmora", "en", "Protests"),
    ("Thousands defied a ban on protests to march through Velmora on Tuesday.",
     "Velmora", "en", "Protests"),
    ("Police could not prevent looting in Velmora on Tuesday.", "Velmora", "en",
     "Strategic developments"),
    ("Police failed to prevent clashes between protesters and traders in Velmora on "
     "Tuesday.", "Velmora", "en", "Riots"),
    ("La police n'a pas pu empêcher les pillages mardi à Valmonde.", "Valmonde", "fr",
     "Strategic developments"),
    ("Полиция не смогла предотвратить погромы в Верхнеречье.", "Верхнеречье", "ru",
     "Riots"),
    ("Des jeunes sans emploi ont bloqué mardi la route de Valmonde.",
     "Valmonde", "fr", "Protests"),
    ("Des centaines de travailleurs sans papiers ont manifesté mardi à Valmonde.",
     "Valmonde", "fr", "Protests"),
    ("Les gendarmes ont dispersé mardi à Valmonde une marche interdite par le préfet.",
     "Valmonde", "fr", "Protests"),
    ("Les autorités ont instauré mardi un couvre-feu à Valmonde et interdit les "
     "rassemblements.", "Valmonde", "fr", "Strategic developments"),
    ("Люди без работы вышли на улицы Верхнеречья во вторник.", "Верхнеречья", "ru",
     "Protests"),
    ("Полиция разогнала во вторник в Верхнеречье запрещённый властями митинг.",
     "Верхнеречье", "ru", "Protests"),
    ("Власти ввели комендантский час в Верхнеречье и запретили митинги.",
     "Верхнеречье", "ru", "Strategic developments"),
])
def test_an_event_outside_the_reach_of_a_negation_ban_or_denial_is_told(
        text, town, language, kind):
    assert (kind, "occurred") in _statuses(text, town, language)


@pytest.mark.parametrize(("text", "town", "language", "kind"), [
    ("Aucun manifestant n'a été arrêté jeudi à Valmonde, a affirmé la police, mais "
     "vendredi matin 30 jeunes ont été interpellés à Valmonde.", "Valmonde", "fr",
     "Strategic developments"),
    ("À Valmonde, la marche prévue mardi a été annulée, mais des centaines de jeunes ont "
     "manifesté devant la mairie.", "Valmonde", "fr", "Protests"),
    ("В понедельник в Верхнеречье никого не задержали, но во вторник полиция задержала "
     "12 человек.", "Верхнеречье", "ru", "Strategic developments"),
    ("Митинг в Верхнеречье отменили, однако вечером сотни людей вышли на акцию протеста "
     "у мэрии.", "Верхнеречье", "ru", "Protests"),
])
def test_an_event_told_beside_an_unreal_one_of_its_kind_is_kept(text, town, language, kind):
    statuses = _statuses(text, town, language)
    assert (kind, "occurred") in statuses
    assert (kind, "negated") in statuses


@pytest.mark.parametrize(("text", "town", "language", "kind", "status"), [
    ("No one was arrested in Velmora on Tuesday.", "Velmora", "en",
     "Strategic developments", "negated"),
    ("No protesters were arrested in Velmora on Tuesday.", "Velmora", "en",
     "Strategic developments", "negated"),
    ("Troops were not deployed in Velmora on Tuesday.", "Velmora", "en",
     "Strategic developments", "negated"),
    ("The army denied that troops had fired on protesters in Velmora on Tuesday.",
     "Velmora", "en", "Protests", "reported-denied"),
    ("Organisers plan to march and rally in Velmora on Friday.", "Velmora", "en",
     "Protests", "planned"),
    ("Police prevented looting in Velmora on Tuesday.", "Velmora", "en",
     "Strategic developments", "negated"),
    ("La police a empêché les pillages mardi à Valmonde.", "Valmonde", "fr",
     "Strategic developments", "negated"),
    ("Полиция предотвратила погромы в Верхнеречье.", "Верхнеречье", "ru", "Riots",
     "negated"),
    ("Les autorités ont interdit mardi les rassemblements à Valmonde.", "Valmonde", "fr",
     "Protests", "negated"),
    ("Aucun manifestant n'a été arrêté jeudi à Valmonde.", "Valmonde", "fr",
     "Strategic developments", "negated"),
    ("Les manifestants n'ont pas défilé mardi à Valmonde.", "Valmonde", "fr", "Protests",
     "negated"),
    ("Власти запретили митинги в Верхнеречье.", "Верхнеречье", "ru", "Protests",
     "negated"),
    ("Сторонники оппозиции не вышли на улицы Верхнеречья.", "Верхнеречья", "ru",
     "Protests", "negated"),
])
def test_what_a_negation_ban_plan_or_denial_governs_stays_unreal(
        text, town, language, kind, status):
    statuses = [found for event_type, found in _statuses(text, town, language)
                if event_type == kind]
    assert statuses and all(found == status for found in statuses)
