"""Session 19, distinct events at one place, never drafted before: a crowd told gathered
in some manner ("gathered peacefully outside", "gathered again quietly in") or counted by a
"hundred", drivers who park their buses across a highway, taxi operators who block roads,
and in Russian and French people counted who gathered ("человек собрались", "personnes se
sont réunies") and a human chain are protests of their own, beside the arrests or the clash
the report tells at that place; a festive crowd, a road blocked by a landslide and ministers
met are none, and an arrest a crowd demands ("demanding the arrest of the killers") is none.
Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date, timedelta

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 10, 16)  # a Wednesday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.event_type, e.sub_event_type, str(e.event_date))
                  for e in detect_events(text, mentions, None, PUBLISHED)
                  if e.location is not None)


def test_a_crowd_gathered_peacefully_is_a_protest_beside_the_arrests_of_another_day():
    text = ("Police arrested 14 dock workers in Varnessa on Monday after a scuffle at the "
            "port gates. On Tuesday, several hundred people gathered peacefully outside the "
            "town hall in Varnessa.")
    rows = _rows(text, ["Varnessa"])
    assert ("Varnessa", "Protests", "Peaceful protest", "2024-10-15") in rows
    assert ("Varnessa", "Strategic developments", "Arrests", "2024-10-14") in rows


def test_a_crowd_gathered_again_in_a_square_is_a_protest():
    text = "A few hundred people gathered again quietly in the main square of Oldmere on Tuesday."
    assert [r[1:3] for r in _rows(text, ["Oldmere"])] == [("Protests", "Peaceful protest")]


def test_a_festive_crowd_gathered_joyfully_is_no_protest():
    text = ("Thousands of fans gathered joyfully in the centre of Oldmere on Tuesday to "
            "celebrate the league title.")
    assert _rows(text, ["Oldmere"]) == []


def test_drivers_who_park_their_buses_across_a_highway_protest():
    text = "In Oldmere on Tuesday, drivers parked their buses across the coastal highway."
    assert [r[1:3] for r in _rows(text, ["Oldmere"])] == [("Protests", "Peaceful protest")]


def test_taxi_operators_who_block_roads_protest_but_a_landslide_blocks_no_protest():
    rows = _rows("Taxi operators blocked roads in Varnessa on Tuesday.", ["Varnessa"])
    assert [r[1] for r in rows] == ["Protests"]
    text = ("A landslide blocked the main road near Varnessa on Tuesday, stranding hundreds "
            "of truck drivers.")
    assert _rows(text, ["Varnessa"]) == []


def test_russian_people_counted_who_gathered_are_a_protest():
    text = ("В субботу вечером в Вельске несколько сотен человек собрались у вокзала. "
            "В воскресенье в Вельске собрались, по разным оценкам, до трёх тысяч человек.")
    mentions = mentions_at(text, {"Вельске": town("Velsk")})
    rows = sorted((str(e.event_date), e.event_type) for e in detect_events(
        text, mentions, None, PUBLISHED - timedelta(days=3), language="ru"))
    assert rows == [("2024-10-12", "Protests"), ("2024-10-13", "Protests")]


def test_russian_a_festive_crowd_is_no_protest():
    text = "В субботу в Вельске тысячи человек собрались на площади, чтобы отпраздновать победу."
    mentions = mentions_at(text, {"Вельске": town("Velsk")})
    assert detect_events(text, mentions, None, PUBLISHED, language="ru") == []


def test_french_people_counted_who_gathered_are_a_protest_but_ministers_meeting_are_not():
    text = "Samedi, plus de 3 000 personnes se sont réunies devant la mairie de Bellac."
    mentions = mentions_at(text, {"Bellac": town("Bellac")})
    rows = detect_events(text, mentions, None, PUBLISHED, language="fr")
    assert [e.event_type for e in rows] == ["Protests"]
    text = "Les ministres réunis samedi à Bellac ont adopté un plan."
    mentions = mentions_at(text, {"Bellac": town("Bellac")})
    assert detect_events(text, mentions, None, PUBLISHED, language="fr") == []


def test_a_human_chain_is_a_protest():
    text = "On Tuesday, hundreds of nurses formed a human chain outside the clinic in Oldmere."
    assert [r[1:3] for r in _rows(text, ["Oldmere"])] == [("Protests", "Peaceful protest")]


def test_an_arrest_demanded_is_no_arrest_but_a_crowd_demanding_wages_rallies():
    text = ("On Tuesday, police in Varnessa detained two men, and residents demanded the arrest "
            "of a third.")
    rows = detect_events(text, mentions_at(text, {"Varnessa": town("Varnessa")}), None,
                         PUBLISHED)
    assert [(e.sub_event_type, e.counts.arrested) for e in rows] == [("Arrests", 2)]
    text = "Dock workers demanding unpaid wages rallied in Varnessa on Tuesday."
    assert [r[1] for r in _rows(text, ["Varnessa"])] == ["Protests"]
