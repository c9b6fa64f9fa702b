"""Session 17, Russian and French recall and sites: Russian event verbs in the
imperfective («перекрывали», «забрасывали», «врывались») and an embankment blocked; no
force read from a promise not to use it («не будут применять силу»); a body named in
three or four words before its seat («министерство внутренних дел в X», «le ministère de
l'Intérieur à X») is a source, a person named after a body is not; French words matched
by the French model's lemmas («balles réelles», «bloquaient»), not a short function
word's («des» is no «un»); workers of a trade who block a road protest. Sentences are
invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _events(text: str, names: list[str], language: str):
    mentions = mentions_at(text, {name: town(name) for name in names})
    return [e for e in detect_events(text, mentions, None, PUBLISHED, keep_all=True,
                                     language=language) if e.location is not None]


def _rows(text: str, names: list[str], language: str) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.location.place.name, e.status)
            for e in _events(text, names, language)}


def _sites(text: str, names: list[str], language: str) -> set[str]:
    return {place for _, place, _ in _rows(text, names, language)}


def test_a_road_blocked_in_the_imperfective_is_a_protest():
    text = ("Во вторник и в среду участники движения фермеров перекрывали трассу у "
            "Озерска, пропуская только машины скорой помощи.")
    assert ("Protests", "Озерска", "occurred") in _rows(text, ["Озерска"], "ru")


def test_stones_thrown_in_the_imperfective_are_a_riot():
    text = ("В Заречинске в среду вечером протестующие забрасывали полицейских камнями и "
            "бутылками.")
    assert ("Riots", "Заречинске", "occurred") in _rows(text, ["Заречинске"], "ru")


def test_a_crowd_breaking_into_a_building_in_the_imperfective_riots():
    text = "В Заречинске в среду толпа несколько раз врывалась в здание администрации."
    assert ("Riots", "Заречинске", "occurred") in _rows(text, ["Заречинске"], "ru")


def test_an_embankment_blocked_by_farmers_is_a_protest():
    text = ("В понедельник в Озерске несколько сотен фермеров на три часа перекрыли "
            "тракторами набережную.")
    assert ("Protests", "Озерске", "occurred") in _rows(text, ["Озерске"], "ru")


def test_a_promise_not_to_use_force_tells_no_intervention():
    text = ("Губернатор в среду пообещал журналистам в Озерске, что полицейские не будут "
            "применять силу к мирным жителям.")
    assert not [e for e in _events(text, ["Озерске"], "ru")
                if e.sub_event_type == "Protest with intervention"]


def test_a_ministry_named_in_three_words_speaks_from_its_seat():
    text = ("В Заречинске в среду задержаны 14 участников акции, сообщило министерство "
            "внутренних дел в Корбельске.")
    assert _sites(text, ["Заречинске", "Корбельске"], "ru") == {"Заречинске"}


def test_a_minister_named_after_his_ministry_is_no_body_s_seat():
    text = ("Во вторник протестующие забросали камнями здание администрации в Озерске. "
            "Министр внутренних дел Павел Громов, прибывший в Озерск в среду, назвал "
            "беспорядки позором.")
    assert "Озерск" in {e.location.text for e in _events(text, ["Озерске", "Озерск"], "ru")}


def test_the_interior_ministry_s_town_is_a_source():
    text = ("Selon le ministère de l'Intérieur à Corbelle, une vingtaine de manifestants "
            "ont été interpellés mardi à Valmont.")
    assert _sites(text, ["Valmont", "Corbelle"], "fr") == {"Valmont"}


def test_live_rounds_in_the_feminine_plural_are_excessive_force():
    text = ("Mardi à Valmont, les forces de l'ordre ont tiré à balles réelles pour "
            "disperser les manifestants.")
    assert "Excessive force against protesters" in {
        e.sub_event_type for e in _events(text, ["Valmont"], "fr")}


def test_a_road_blocked_in_the_imperfect_by_nurses_is_a_protest():
    text = ("Lundi, des infirmières en grève bloquaient l'entrée de l'hôpital de Valmont "
            "depuis le matin.")
    assert ("Protests", "Valmont", "occurred") in _rows(text, ["Valmont"], "fr")


def test_teachers_blocking_a_bridge_protest():
    text = "À Valmont, des enseignants ont bloqué jeudi le principal pont de la ville."
    assert ("Protests", "Valmont", "occurred") in _rows(text, ["Valmont"], "fr")


def test_des_counts_no_one():
    text = "Mardi à Valmont, des manifestants ont été interpellés par la police."
    arrests = [e for e in _events(text, ["Valmont"], "fr") if e.sub_event_type == "Arrests"]
    assert arrests and all(e.counts.arrested is None for e in arrests)
