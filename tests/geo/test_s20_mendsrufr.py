"""Session 20, mends of the Russian and French rules a review found misfiring on news.

1. After «но»/«mais» a pronoun tells a ruled-out event happened only when it agrees with
   the trigger (number, and gender in Russian) and its verb carries the event out: the
   people who threatened a rally and "were invited to talks" held none.
2. A clause of cause («после того, как», «après que») drops only the dead, and never
   when the crowd is its subject: the police the crowd injured are the event's toll.
3. A plural act after «против»/«contre» is a crowd's topic only when a crowd or a protest
   governs the word, and not when the act has its own date, place or relative clause.
4. A Russian verb of killing («застрелить», «зарезать») is an attack only with a person,
   a victim word or a number near it: a hunter who shot a wolf attacked no one.

The sentences are made up; the towns are invented places."""

from __future__ import annotations

import re
from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 3, 15)


def _rows(text: str, name: str, language: str) -> list:
    # (a Russian town's name is inflected: its mention is the word its stem begins)
    stem = name[:-1] if language == "ru" else name
    surface = re.search(re.escape(stem) + r"\w*", text).group(0)
    return detect_events(text, mentions_at(text, {surface: town(name)}), None, PUBLISHED,
                         keep_all=True, language=language)


def _kinds(text: str, name: str, language: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.status) for e in _rows(text, name, language)]


# --- 1. a pronoun after a contrast ---------------------------------------------------

@pytest.mark.parametrize(("text", "name", "language", "status"), [
    ("Шахтёры пригрозили провести забастовку в Листвянске во вторник, но они были "
     "приглашены на встречу с губернатором.", "Листвянск", "ru", "threatened"),
    ("Пенсионеры пригрозили провести митинг в Листвянске, но они были приняты мэром.",
     "Листвянск", "ru", "threatened"),
    ("Les agriculteurs ont menacé de manifester jeudi à Corvennes, mais ils ont été reçus "
     "par le ministre lundi.", "Corvennes", "fr", "threatened"),
])
def test_people_taken_up_after_a_contrast_do_not_make_the_threat_happen(
        text, name, language, status):
    assert [s for _, s in _kinds(text, name, language)] == [status]


def test_a_plural_pronoun_does_not_take_up_a_singular_trigger():
    # («они» are the authorities; «комендантский час» is singular)
    text = ("Власти Листвянска исключили комендантский час, но они были вызваны в прокуратуру "
            "в пятницу.")
    assert all(e.status != "occurred" for e in _rows(text, "Листвянск", "ru"))


def test_a_pronoun_of_the_wrong_gender_does_not_take_up_the_trigger():
    # («она» cannot take up «комендантский час»: she is the mayor)
    text = "Мэр Листвянска исключила комендантский час, но она была введена в совет региона."
    assert all(e.status != "occurred" for e in _rows(text, "Листвянск", "ru"))


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Мэрия Листвянска обещала обойтись без комендантского часа, но в четверг он был введён.",
     "Листвянск", "ru"),
    ("Le préfet avait écarté un couvre-feu à Corvennes, mais il a été décrété jeudi soir.",
     "Corvennes", "fr"),
])
def test_a_ruled_out_event_carried_out_after_a_contrast_still_happened(text, name, language):
    assert "occurred" in [e.status for e in _rows(text, name, language)]


# --- 2. a clause of cause ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "language"), [
    ("ОМОН разогнал шествие в Листвянске после того, как демонстранты ранили четырёх "
     "полицейских.", "Листвянск", "ru"),
    ("Les gendarmes ont dispersé le rassemblement à Corvennes jeudi après que des émeutiers "
     "ont blessé quatre agents.", "Corvennes", "fr"),
])
def test_the_injured_of_a_clause_of_cause_stay_counted(text, name, language):
    assert [e.counts.injured for e in _rows(text, name, language)
            if e.counts.injured is not None] == [4]


def test_the_dead_of_a_clause_of_cause_are_still_dropped():
    text = ("Беспорядки начались в Листвянске после того, как полиция застрелила двух "
            "подростков.")
    assert all(e.counts.fatalities is None for e in _rows(text, "Листвянск", "ru"))


# --- 3. "against" --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "language"), [
    ("В Листвянске в четверг прошёл пикет против задержаний, проведённых во вторник в "
     "Озёрске.", "Листвянск", "ru"),
    ("Des centaines d'étudiants ont marché jeudi à Corvennes contre les arrestations de "
     "mardi à Belmoutier.", "Corvennes", "fr"),
])
def test_an_act_with_its_own_date_or_place_is_told(text, name, language):
    assert "Arrests" in [e.sub_event_type for e in _rows(text, name, language)]


def test_an_act_no_crowd_stands_against_is_told():
    text = ("Jeudi à Corvennes, les paysans ont résisté contre des attaques de bandits qui "
            "ont pillé deux greniers.")
    assert "Attack" in [e.sub_event_type for e in _rows(text, "Corvennes", "fr")]


def test_an_act_a_rally_stands_against_is_still_its_topic():
    text = "В четверг в Листвянске прошёл митинг против арестов экологов."
    assert "Arrests" not in [e.sub_event_type for e in _rows(text, "Листвянск", "ru")]


# --- 4. a killing's victim -----------------------------------------------------------

def test_an_animal_shot_is_no_attack():
    text = "Во вторник в Листвянске егерь застрелил волка, который забрёл во двор школы."
    assert _rows(text, "Листвянск", "ru") == []


@pytest.mark.parametrize("text", [
    "Во вторник в Листвянске неизвестный застрелил владельца кафе.",
    "Во вторник в Листвянске зарезали двух прохожих.",
])
def test_a_person_killed_is_an_attack(text):
    assert "Attack" in [e.sub_event_type for e in _rows(text, "Листвянск", "ru")]


# --- 5. the French plural ------------------------------------------------------------

def test_french_plural_is_read_from_the_model_table():
    from geo.events.lexicon_fr import VOCABULARY

    assert VOCABULARY.is_plural("enlèvements") and VOCABULARY.is_plural("feux")
    # (a word that is its own singular, and a name, are no plural act)
    assert not VOCABULARY.is_plural("procès") and not VOCABULARY.is_plural("Chalvens")
    assert not VOCABULARY.is_plural("couvre-feu")
