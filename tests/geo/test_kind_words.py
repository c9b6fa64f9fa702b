"""Kind words after a name ("Tarnow province") and after a list of names ("the Tarnow
and Plock provinces"): the word is a hint of the kind, for every name it follows.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from geo.recognize import Candidate
from geo.recognize.context import with_context


def _hints(text: str, *names: str) -> list[str]:
    """The kind hint each name takes in ``text``."""
    hints = []
    for name in names:
        start = text.index(name)
        cand = Candidate(start, start + len(name), name, "named", name)
        hints.append(with_context(text, cand).hint)
    return hints


@pytest.mark.parametrize(("text", "names", "hint"), [
    ("Strikes closed schools in the Tarnow, Plock and Radom provinces.",
     ("Tarnow", "Plock", "Radom"), "admin1"),
    ("Crowds gathered in the Sokoto and Zamfara states on Friday.",
     ("Sokoto", "Zamfara"), "admin1"),
    ("Drones struck the Sumy and Poltava oblasts overnight.", ("Sumy", "Poltava"), "admin1"),
    ("Roads were cut in Oruro, Potosi, and Tarija departments.",
     ("Oruro", "Potosi", "Tarija"), "admin1"),
    ("Floods hit the Sylhet and Rangpur divisions.", ("Sylhet", "Rangpur"), "admin1"),
    ("Rallies were held in the Nord Kivu and Ituri regions.", ("Nord Kivu", "Ituri"),
     "admin1"),
    ("Clashes spread to the Gulu and Lira districts.", ("Gulu", "Lira"), "admin2"),
    ("Markets shut in Bauchi and Gombe towns.", ("Bauchi", "Gombe"), "city"),
])
def test_a_plural_kind_word_after_a_list_is_the_kind_of_every_name(text, names, hint):
    assert _hints(text, *names) == [hint] * len(names)


@pytest.mark.parametrize(("text", "hint"), [
    ("Voting was delayed in Loreto department.", "admin1"),
    ("Voting was delayed in Khulna division.", "admin1"),
    ("Voting was delayed in Katsina state.", "admin1"),
])
def test_a_singular_kind_word_is_the_kind_of_the_name_before_it(text, hint):
    assert _hints(text, text.split(" in ")[1].split()[0]) == [hint]


def test_a_singular_kind_word_after_a_list_is_the_last_names_only():
    # "Sumy and Poltava region": whether Sumy is a region too the text does not say.
    assert _hints("Drones struck Sumy and Poltava region.", "Sumy", "Poltava") == [
        "", "admin1"]


def test_a_list_without_a_kind_word_gives_no_hint():
    text = "Drones struck Sumy and Poltava, officials said in the regions."
    assert _hints(text, "Sumy", "Poltava") == ["", ""]


def test_a_kind_word_of_its_own_is_kept_in_a_list():
    # "Tarnow city and the Plock and Radom provinces": Tarnow is the city.
    text = "Strikes hit Tarnow city, Plock and Radom provinces."
    assert _hints(text, "Tarnow", "Plock", "Radom") == ["city", "admin1", "admin1"]
