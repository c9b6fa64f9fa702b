"""Session 19, roles read from the tree: where a statement was issued, however deep the
place sits in the phrase ("in a statement issued from its offices in X"), is no site,
while a place the statement tells of is one; a phrase for a place ("the capital") is read
by the words around it as a name is; a crowd that rode into a town protests there (the
code review: "drove" and "rode" are no journey in passing); a square the geoparser put
in the town of an origin is in the town of the events; in Russian and French, a seat
told in an aside («le ministère, à X, a déclaré») and the town of a hospital the wounded were driven
to («отвезли в больницу в X») are no sites. Sentences are invented; towns are invented places."""

from __future__ import annotations

from placed_mentions import mentions_at, town

from geo.events.coref import with_references
from geo.events.sites import without_non_sites
from geo.model import Mention


def _roles(text: str, names: list[str]) -> dict[str, str]:
    return {m.text: m.role for m in without_non_sites(
        text, mentions_at(text, {name: town(name) for name in names}))}


def test_where_a_statement_was_issued_from_is_no_site():
    text = ("Riot police dispersed the march in Dorrin on Monday, the union said in a "
            "statement issued from its regional offices in Kellport.")
    assert _roles(text, ["Dorrin", "Kellport"]) == {"Dorrin": "location",
                                                     "Kellport": "actor"}


def test_a_news_conference_at_a_ministry_names_where_it_was_said():
    text = ("Four officers were hurt, the spokesman told a news conference at the "
            "interior ministry in Sallow on Tuesday.")
    assert _roles(text, ["Sallow"]) == {"Sallow": "actor"}


def test_a_place_the_statement_tells_of_stays_a_site():
    text = ("The union said in a statement that the march in Merrick had been broken "
            "up with tear gas.")
    assert _roles(text, ["Merrick"]) == {"Merrick": "location"}


def test_a_rally_on_the_way_to_the_verb_of_saying_is_a_site():
    text = "The mayor said at a rally in Quessa that the plant would close."
    assert _roles(text, ["Quessa"]) == {"Quessa": "location"}


def _capital(text: str) -> Mention:
    start = text.index("the capital")
    return Mention(start, start + len("the capital"), "the capital", kind="nominal",
                   place=town("Velmora"))


def test_officials_in_the_capital_speak_from_their_seat():
    text = "Officials in the capital said the highway would be reopened by force."
    assert [m.role for m in without_non_sites(text, [_capital(text)])] == ["actor"]


def test_reinforcements_from_the_capital_come_from_their_base():
    text = "Reinforcements from the capital were sent to the border town on Friday."
    assert [m.role for m in without_non_sites(text, [_capital(text)])] == ["origin"]


def test_a_march_in_the_capital_stays_a_site():
    text = "Several thousand teachers marched in the capital on Friday."
    assert [m.role for m in without_non_sites(text, [_capital(text)])] == ["location"]


def test_a_crowd_that_rode_into_a_town_protests_there():
    text = ("Hundreds of opposition supporters, who rode into Tarrow on motorcycles, "
            "clashed with police on Tuesday.")
    assert _roles(text, ["Tarrow"]) == {"Tarrow": "location"}


def test_protesters_who_walked_to_a_square_acted_there():
    text = "Protesters walked to the main square of Bellmont and burned tyres there."
    assert _roles(text, ["Bellmont"]) == {"Bellmont": "location"}


def test_a_square_after_a_list_of_origins_is_in_the_town_of_the_events():
    harbour, inland = town("Saltmere"), town("Corvin")
    text = ("Riot police clashed with protesters in Saltmere on Friday, backed by "
            "reinforcements from Corvin. On Saturday a march set off from Orla Square.")
    start = text.index("Orla Square")
    mentions = [*mentions_at(text, {"Saltmere": harbour, "Corvin": inland}),
                Mention(start, start + len("Orla Square"), "Orla Square", place=inland,
                        precision="part_of_city")]
    placed = {m.text: (m.role, m.place.name)
              for m in with_references(text, without_non_sites(text, mentions))}
    assert placed == {"Saltmere": ("location", "Saltmere"), "Corvin": ("origin", "Corvin"),
                      "Orla Square": ("location", "Saltmere")}


# -- Russian and French: a seat told in an aside, a hospital's town -------------------------

def _fr_places(text: str, names: list[str], language: str = "fr") -> set[str]:
    from datetime import date

    from geo.events.detect import detect_events

    mentions = mentions_at(text, {name: town(name) for name in names})
    return {e.location.place.name for e in detect_events(
        text, mentions, None, date(2026, 3, 12), language=language) if e.location is not None}


def test_a_ministry_seat_in_an_aside_is_no_site():
    text = ("Des heurts ont fait six blessés mardi à Velmora. Le ministère de la Sécurité, "
            "à Kellport, a déclaré que 14 personnes avaient été interpellées à Velmora.")
    assert _fr_places(text, ["Velmora", "Kellport"]) == {"Velmora"}


def test_a_court_seat_in_an_aside_is_no_site():
    text = ("Trois militants ont été condamnés jeudi par la cour d'appel, à Sallow, pour "
            "des violences commises lors d'une manifestation à Dorrin.")
    assert "Sallow" not in _fr_places(text, ["Sallow", "Dorrin"])


def test_the_police_in_an_aside_act_there():
    text = "La police, à Merrick, a dispersé mercredi une manifestation de 300 personnes."
    assert _fr_places(text, ["Merrick"]) == {"Merrick"}


def test_a_town_shelled_or_attacked_stays_a_site():
    text = "Rebels shelled Tarrow overnight and mobs attacked Quessa on Tuesday."
    assert _roles(text, ["Tarrow", "Quessa"]) == {"Tarrow": "location",
                                                   "Quessa": "location"}


def test_the_town_of_the_hospital_the_wounded_were_driven_to_is_no_site():
    text = ("В субботу в Велморе полиция разогнала митинг, пострадали пять человек, "
            "троих отвезли в больницу в Келлпорте.")
    assert _fr_places(text, ["Велморе", "Келлпорте"], "ru") == {"Велморе"}
