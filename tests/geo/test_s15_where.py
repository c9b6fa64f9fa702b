"""Session 15, review round: a destination or a home that the sentence goes on to tell
of ("taken to a hospital in X, where thousands marched", "évacués vers X, où ...") is
the scene of what it tells; without the relative clause it stays no site. Not in
Russian: «в X, где ...» made a no-site row more on the Russian dev reports. Sentences
are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _sites(text: str, names: list[str], language: str = "en") -> set[str]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {e.location.place.name for e in detect_events(
        text, mentions, None, PUBLISHED, language=language) if e.location is not None}


@pytest.mark.parametrize(("language", "text", "town_name"), [
    ("en", "An injured farmer was taken to a hospital in Velmora, where hundreds marched "
           "on Tuesday against the land seizures.", "Velmora"),
    ("fr", "Les blessés ont été évacués vers Kérandou, où des manifestants ont été "
           "dispersés mardi par la police.", "Kérandou"),
])
def test_a_destination_the_sentence_goes_on_to_tell_of_is_the_scene(language, text,
                                                                     town_name):
    assert _sites(text, [town_name], language) == {town_name}


def test_a_destination_told_alone_stays_no_site():
    text = ("An injured farmer was taken to a hospital in Velmora. Hundreds marched in "
            "Dornick on Tuesday against the land seizures.")
    assert _sites(text, ["Velmora", "Dornick"]) == {"Dornick"}
