"""Session 22, counts: in Russian and French a casualty figure counted «с начала» /
«depuis le début» is the story's sum, no one event's count (arrests so counted keep their
row); in English a figure of two groups joined by "and" ("30 police officers and
protesters were injured") is one count. Sentences are invented."""

from __future__ import annotations

from geo.events.counts import find_counts
from geo.events.lexical_counts import find_counts as find_lexical_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN
from tools.count_classes import text_counts


def _english(text: str) -> list[tuple[str, int, bool]]:
    return [(c.field, c.value, c.cumulative) for c in find_counts(text)]


def _lexical(text: str, vocabulary) -> list[tuple[str, int, bool]]:
    return [(c.field, c.value, c.cumulative)
            for c in find_lexical_counts(vocabulary.words(text), vocabulary)]


def test_russian_and_french_totals_since_the_start():
    assert _lexical("Правозащитники заявили, что с начала забастовки погибли по меньшей "
                    "мере семь человек.", RUSSIAN) == [("fatalities", 7, True)]
    assert _lexical("Полиция задержала 15 человек у здания мэрии.", RUSSIAN) == [
        ("arrested", 15, False)]
    assert _lexical("Selon une ONG, 11 personnes ont été tuées depuis le début de la "
                    "grève.", FRENCH) == [("fatalities", 11, True)]
    assert _lexical("La police a interpellé 9 personnes devant la mairie.", FRENCH) == [
        ("arrested", 9, False)]
    # (the day's figure before a comma stays the day's)
    assert _lexical("Deux gendarmes ont été blessés mardi à Dolisie, portant à neuf le "
                    "nombre de blessés depuis le début de la grève.", FRENCH)[0] == (
        "injured", 2, False)
    # (arrests since the start are a row of their own, with their days)
    assert _lexical("La police a interpellé 30 personnes depuis le début du mouvement.",
                    FRENCH) == [("arrested", 30, False)]


def test_a_figure_of_two_groups_joined_by_and_is_one_count():
    assert _english("At least 18 protesters and police officers were hurt.") == [
        ("injured", 18, False)]
    assert _english("Doctors said 12 soldiers and civilians were wounded in the "
                    "blast.") == [("injured", 12, False)]
    # (two numbers still add up; a noun that is no group's reads nothing new)
    assert _english("Four officers and 11 protesters were wounded.") == [
        ("injured", 15, False)]
    assert _english("Officers and 14 protesters were hurt.") == [("injured", 14, False)]


def test_the_pair_cut_into_two_clauses_is_one_count():
    # the clause splitter cuts before "and protesters": the pair reads across the cut
    assert [(c.field, c.value) for c in text_counts(
        "Thirty police officers and protesters were injured, the hospital said.")] == [
        ("injured", 30)]
