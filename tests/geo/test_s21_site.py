"""Session 21, the place's role as evidence for the learned keep decision
(:mod:`geo.events.keep_roles`): the dateline's place, a capital, a reference point, a
destination, an origin, a speaker's clause, a year recalled. Sentences are invented; towns
are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.events.draft import EventDraft, incidents_into
from geo.events.keep import keep_model
from geo.events.keep_roles import Roles
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN
from geo.model import Mention

PUBLISHED = date(2025, 4, 11)  # a Friday
TOWNS = ("Varnholt", "Oslewa", "Brantic", "Keldor")


def _roles(text: str, vocabulary=None) -> tuple[Roles, list[Mention]]:
    # (a dateline's place in capitals, "VARNHOLT, April 10 -", is the same place)
    mentions = mentions_at(text, {**{n: town(n) for n in TOWNS},
                                  **{n.upper(): town(n) for n in TOWNS}})
    return Roles(text, mentions, PUBLISHED, vocabulary), mentions


def _of(text: str, name: str, nth: int = 0, vocabulary=None, trigger: str = "") -> dict:
    roles, mentions = _roles(text, vocabulary)
    where = [m for m in mentions if m.text.lower() == name.lower()][nth]
    at = text.index(trigger) if trigger else 0
    return roles.features(where, (at, at + len(trigger)), (0, len(text)), (0, len(text)), True)


def test_the_dateline_place_and_its_later_mentions() -> None:
    text = "VARNHOLT, April 10 (Reuters) - Police in Oslewa said they detained 12 in Varnholt."
    assert _of(text, "Varnholt", 1)["role_dateline_place"] == 1.0
    assert _of(text, "Varnholt", 1)["role_in_dateline"] == 0.0
    assert _of(text, "Varnholt", 0)["role_in_dateline"] == 1.0
    assert _of(text, "Oslewa")["role_dateline_place"] == 0.0


def test_reference_points_and_destinations_in_three_languages() -> None:
    assert _of("Gunmen raided a village near Varnholt.", "Varnholt")["role_reference"] == 1.0
    assert _of("It lies 40 km west of Varnholt.", "Varnholt")["role_reference"] == 1.0
    assert _of("Hundreds fled to Varnholt on foot.", "Varnholt")["role_to_before"] == 1.0
    assert _of("Hundreds marched in Varnholt.", "Varnholt")["role_reference"] == 0.0
    assert _of("Des heurts ont eu lieu à l'ouest de Varnholt.", "Varnholt",
               vocabulary=FRENCH)["role_reference"] == 1.0
    assert _of("Les blessés ont été évacués vers Varnholt.", "Varnholt",
               vocabulary=FRENCH)["role_to_before"] == 1.0
    assert _of("Село находится к северу от Varnholt.", "Varnholt",
               vocabulary=RUSSIAN)["role_reference"] == 1.0


def test_origins_and_a_speakers_clause() -> None:
    text = "Farmers from Brantic blocked the road, the ministry in Keldor said."
    assert _of(text, "Brantic")["role_from_before"] == 1.0
    keldor = _of(text, "Keldor", trigger="blocked")
    assert keldor["role_speaker_clause"] == 1.0
    assert keldor["role_at_before"] == 1.0
    assert _of(text, "Brantic", trigger="blocked")["role_speaker_clause"] == 0.0


def test_a_year_other_than_the_publications_is_told() -> None:
    assert _of("Riots in Varnholt in 2019 left three dead.", "Varnholt")[
        "role_other_year_told"] == 1.0
    assert _of("Riots in Varnholt on Tuesday left three dead.", "Varnholt")[
        "role_other_year_told"] == 0.0


def test_every_language_describes_the_same_role_features() -> None:
    def rows(text: str, language: str) -> list[EventDraft]:
        drafts: list[EventDraft] = []
        detect_events(text, mentions_at(text, {n: town(n) for n in TOWNS}), None, PUBLISHED,
                      keep_all=True, language=language, trace=incidents_into(drafts),
                      learned_keep=False)
        return [d for d in drafts if d.features]

    english = rows("Hundreds of students marched through Varnholt on Tuesday.", "en")
    french = rows("Des centaines d'étudiants ont manifesté mardi à Varnholt.", "fr")
    assert english and french
    roles = {n for n in english[0].features if n.startswith("role_")}
    assert roles == {n for n in french[0].features if n.startswith("role_")}
    assert roles <= set(keep_model().features)
