"""The candidates of a learned choice of a row's place (tools/place_features.py) and
the choice among them (tools/train_places.py), on fresh sentences."""

from __future__ import annotations

import re

import numpy as np

from gazetteer.place import Place
from geo.model import Mention
from tools.place_features import row_candidates
from tools.train_places import Rows, choose

PLACES = {
    "Eldoria": Place("t:1", "Eldoria", 10.0, 20.0, "country", "EL", population=9_000_000),
    "Port Vessa": Place("t:2", "Port Vessa", 10.5, 20.5, "city", "EL", "North",
                        population=400_000, feature_code="PPLC"),
    "Kallin": Place("t:3", "Kallin", 11.0, 21.0, "city", "EL", "South", population=50_000),
    "Marrow": Place("t:4", "Marrow", 30.0, 40.0, "country", "MW", population=5_000_000),
    "Тарвик": Place("t:5", "Тарвик", 12.0, 22.0, "city", "EL", population=80_000),
    "Lunet": Place("t:6", "Lunet", 13.0, 23.0, "city", "EL", population=70_000),
    "Tessel": Place("t:7", "Tessel", 31.0, 41.0, "city", "MW", population=60_000),
}


def mentions(text: str, roles: dict[str, str] | None = None) -> list[Mention]:
    """Every name of :data:`PLACES` in ``text``, resolved, with ``roles`` given."""
    found = []
    for name, place in PLACES.items():
        for match in re.finditer(re.escape(name), text):
            found.append(Mention(match.start(), match.end(), name,
                                 role=(roles or {}).get(name, "location"), place=place))
    return sorted(found, key=lambda m: m.start)


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.]+\.", text)]


def candidates(text: str, trigger_word: str, rules: str | None, roles=None, dateline=0,
               event_type=""):
    found = mentions(text, roles)
    spans = sentences(text)
    trigger = text.index(trigger_word)
    sentence = next(s for s in spans if s[0] <= trigger < s[1])
    rule = next((m for m in found if m.text == rules and sentence[0] <= m.start < sentence[1]),
                next((m for m in found if m.text == rules), None))
    return {c.mention.place.name: c.features
            for c in row_candidates(text, found, spans, trigger, sentence, sentence, rule,
                                    dateline, event_type=event_type)}


def test_the_sentence_the_one_before_and_the_rules_choice_are_candidates() -> None:
    text = ("Teachers in Eldoria have struck for a month. Their union met in Kallin. "
            "Hundreds marched in Port Vessa on Monday.")
    found = candidates(text, "marched", "Port Vessa")
    assert set(found) == {"Eldoria", "Kallin", "Port Vessa"}
    assert found["Port Vessa"]["rules"] == 1 and found["Port Vessa"]["in_clause"] == 1
    assert found["Port Vessa"]["prep_in"] == 1 and found["Port Vessa"]["kind_city"] == 1
    assert found["Kallin"]["previous_sentence"] == 1 and found["Kallin"]["in_sentence"] == 0
    assert found["Eldoria"]["kind_country"] == 1


def test_a_source_or_a_home_is_no_site() -> None:
    text = "Officials in Marrow said crowds burned tyres near Lunet on Friday."
    found = candidates(text, "burned", "Lunet", roles={"Marrow": "actor"})
    assert found["Marrow"]["non_site"] == 1 and found["Marrow"]["role_actor"] == 1
    assert found["Lunet"]["non_site"] == 0 and found["Lunet"]["prep_near"] == 1
    assert found["Lunet"]["before_trigger"] == 0


def test_prepositions_are_read_in_russian_and_french() -> None:
    russian = candidates("Жители вышли на митинг в Тарвике.", "митинг", None)
    assert russian["Тарвик"]["prep_in"] == 1
    french = candidates("Des lycéens ont manifesté à Lunet jeudi.", "manifesté", None)
    assert french["Lunet"]["prep_at"] == 1


def test_the_dateline_and_a_city_inside_the_rules_country() -> None:
    text = "PORT VESSA, May 3 - Port Vessa waited. Riots broke out across Eldoria."
    found = candidates(text.replace("PORT VESSA", "Port Vessa", 1), "Riots", "Eldoria",
                       dateline=len("Port Vessa, May 3 -"))
    assert found["Port Vessa"]["dateline"] == 1
    assert found["Port Vessa"]["inside_rules"] == 1
    assert found["Eldoria"]["holds_smaller"] == 0  # no city of it told in the sentence
    assert found["Port Vessa"]["dateline_no_site_told"] == 0  # the sentence names Eldoria


def test_a_government_decision_reads_the_capital_apart() -> None:
    text = "Port Vessa, May 3 - The cabinet of Eldoria imposed a curfew in Kallin."
    found = candidates(text, "imposed", "Kallin", dateline=len("Port Vessa, May 3 -"),
                       event_type="Strategic developments")
    assert found["Port Vessa"]["capital"] == 1 and found["Kallin"]["capital"] == 0
    assert found["Port Vessa"]["strategic_capital"] == 1
    assert found["Port Vessa"]["strategic_dateline"] == 1
    protest = candidates(text.replace("imposed a curfew", "marched"), "marched", "Kallin")
    assert not any(k.startswith("strategic_") for k in protest["Port Vessa"])


def test_a_smaller_place_told_beside_its_country() -> None:
    text = "Farmers blocked roads in Kallin, in the south of Eldoria."
    found = candidates(text, "blocked", "Kallin")
    assert found["Eldoria"]["holds_smaller"] == 1 and found["Kallin"]["in_larger"] == 1


def test_the_choice_never_takes_a_place_that_is_no_site() -> None:
    def row(rules_site: bool) -> dict:
        return {"report": "x", "language": "en", "rules_right": False,
                "one_of_several": False, "candidates": [
                    {"label": True, "features": {"rules": 0.0, "non_site": 1.0}},
                    {"label": False, "features": {"rules": 1.0, "non_site": 0.0}},
                    {"label": False, "features": {"rules": 0.0, "non_site": float(
                        not rules_site)}}]}
    data = Rows([row(False), row(True)])
    lines = np.ones(len(data.y), dtype=bool)
    # the non-site scores best, yet a site (or the rules' place) is chosen
    chosen = choose(data, lines, np.array([9.0, 0.0, 1.0, 9.0, 0.0, 1.0]))
    assert chosen == {0: 1, 1: 5}



def test_the_area_choice_refines_only_a_country_and_only_to_a_place_in_it() -> None:
    def row(kind: str) -> dict:
        return {"report": "y", "language": "en", "rules_right": False,
                "one_of_several": False, "candidates": [
                    {"label": False, "features": {"rules": 1.0, f"kind_{kind}": 1.0}},
                    {"label": True, "features": {"inside_rules": 1.0, "kind_city": 1.0}},
                    {"label": False, "features": {"kind_city": 1.0}}]}
    data = Rows([row("country"), row("city"), row("region")],
                ["rules", "inside_rules", "non_site", "kind_city", "kind_country", "kind_region"])
    lines = np.ones(len(data.y), dtype=bool)
    # the place abroad scores best: a country's row takes the city in it; a town's row
    # keeps the rules' town; a region's row takes the best site
    chosen = choose(data, lines, np.array([0.0, 1.0, 2.0] * 3), area_only=True)
    assert chosen == {0: 1, 1: 3, 2: 8}
