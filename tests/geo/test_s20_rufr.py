"""Session 20, Russian and French events at one place over days: a region in brackets
after a town ("à Vernelles (Haute-Marne)", "в Лесногорске (Тверская область)") says
where the town lies; the town is the scene, of that sentence and of the next ones that
name no place. Sentences are invented; towns and regions are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from gazetteer.place import Place
from geo.events.detect import detect_events

PUBLISHED = date(2024, 10, 16)  # a Wednesday


def _region(name: str) -> Place:
    return Place(f"r:{name.lower()}", name, 10.1, 10.1, "admin2", "XX", population=0)


def _rows(text: str, towns: dict[str, str], regions: list[str], language: str) -> list[tuple]:
    given = {surface: town(name) for surface, name in towns.items()}
    given.update({name: _region(name) for name in regions})
    mentions = mentions_at(text, given)
    return sorted((e.location.place.name, e.event_type, str(e.event_date))
                  for e in detect_events(text, mentions, None, PUBLISHED, language=language)
                  if e.location is not None)


def test_french_region_in_brackets_is_not_the_scene_of_the_next_sentences():
    text = ("Un couvre-feu a été décrété mardi à Vernelles (Haute-Marne) après des violences "
            "urbaines. Dans la nuit de dimanche à lundi, une trentaine de voitures ont été "
            "incendiées et un gymnase a été saccagé.")
    rows = _rows(text, {"Vernelles": "Vernelles"}, ["Haute-Marne"], "fr")
    assert rows and {r[0] for r in rows} == {"Vernelles"}
    assert ("Vernelles", "Riots", "2024-10-13") in rows


def test_russian_region_in_brackets_is_not_the_scene_of_the_next_sentences():
    text = ("В понедельник в Лесногорске (Тверская область) прошли столкновения жителей с "
            "полицией. Ночью неизвестные подожгли два автомобиля у здания администрации.")
    rows = _rows(text, {"Лесногорске": "Lesnogorsk"}, ["Тверская область"], "ru")
    assert rows and {r[0] for r in rows} == {"Lesnogorsk"}


def _kinds(text: str, name: str) -> list[tuple[str, str]]:
    mentions = mentions_at(text, {name: town(name)})
    return [(e.sub_event_type, e.subtype) for e in detect_events(
        text, mentions, None, PUBLISHED, language="fr")]


def test_french_checkpoint_where_residents_show_papers_is_a_checkpoint():
    text = ("Depuis mardi, des barrages de gendarmerie filtrent les accès au centre de "
            "Villemagne, où les habitants doivent présenter leurs papiers.")
    assert ("Other", "checkpoint") in _kinds(text, "Villemagne")


def test_french_forces_that_hold_roadblocks_man_checkpoints():
    text = "Les policiers tiennent trois barrages filtrants aux entrées de Villemagne depuis lundi."
    assert ("Other", "checkpoint") in _kinds(text, "Villemagne")


def test_french_a_crowd_that_sets_up_barricades_mans_no_checkpoint():
    text = ("Mardi, des manifestants ont dressé des barrages sur la route de Villemagne pour "
            "empêcher le passage des gendarmes.")
    assert ("Other", "checkpoint") not in _kinds(text, "Villemagne")


def _russian(text: str, surface: str) -> list[tuple[str, str]]:
    mentions = mentions_at(text, {surface: town(surface)})
    return [(e.event_type, e.status) for e in detect_events(
        text, mentions, None, PUBLISHED, language="ru")]


def test_russian_a_peaceful_action_held_by_farmers_or_miners_is_a_protest():
    text = "Во вторник около четырёхсот фермеров провели мирную акцию у здания мэрии Ровенска."
    assert _russian(text, "Ровенска") == [("Protests", "occurred")]
    text = "В Ровенске в понедельник шахтёры провели акцию у ворот комбината."
    assert _russian(text, "Ровенске") == [("Protests", "occurred")]


def test_russian_a_traders_sale_and_a_companys_shares_are_no_protest():
    text = "Торговцы рынка в Ровенске во вторник провели акцию: скидки на овощи достигли 30%."
    assert _russian(text, "Ровенске") == []
    text = "Акции компании из Ровенска во вторник подешевели на 4%."
    assert _russian(text, "Ровенска") == []


def _russian_rows(text: str, surface: str) -> list[tuple[str, str]]:
    mentions = mentions_at(text, {surface: town(surface)})
    return [(e.subtype or e.sub_event_type, e.status) for e in detect_events(
        text, mentions, None, PUBLISHED, keep_all=True, language="ru")]


def test_russian_troops_brought_out_onto_the_streets_are_a_deployment():
    text = "В среду на улицы Ровенска выведены армейские подразделения и бронетехника."
    assert _russian_rows(text, "Ровенска") == [("troop_deployment", "occurred")]
    text = "Губернатор заявил, что армия не будет выведена на улицы Ровенска."
    assert _russian_rows(text, "Ровенска") == [("troop_deployment", "negated")]


def test_russian_people_brought_out_are_a_protest_and_troops_withdrawn_no_event():
    text = "В субботу оппозиция вывела на улицы Ровенска около десяти тысяч человек."
    assert _russian_rows(text, "Ровенска") == [("Peaceful protest", "occurred")]
    assert _russian_rows("В среду из Ровенска вывели войска.", "Ровенска") == []


def test_russian_a_man_stabbed_or_shot_at_is_an_attack():
    text = "В ночь на вторник в Ровенске неизвестные зарезали таксиста у автовокзала."
    assert _russian_rows(text, "Ровенске") == [("Attack", "occurred")]
    text = "Утром в понедельник в Ровенске неизвестный выстрелил в директора рынка из обреза."
    assert _russian_rows(text, "Ровенске") == [("Attack", "occurred")]


def test_russian_a_shot_into_the_air_or_at_a_crowd_is_no_attack():
    text = "В Ровенске во вторник охранник выстрелил в воздух, никто не пострадал."
    assert ("Attack", "occurred") not in _russian_rows(text, "Ровенске")
    text = "В Ровенске во вторник полиция застрелила демонстранта при разгоне митинга."
    assert ("Attack", "occurred") not in _russian_rows(text, "Ровенске")


def test_french_pupils_or_people_who_marched_protest():
    text = "À Vernelles, des lycéens ont marché pacifiquement jeudi jusqu'au rectorat."
    assert _kinds(text, "Vernelles") == [("Peaceful protest", "")]
    text = "Mercredi, près de 200 personnes ont marché en silence dans le centre de Vernelles."
    assert _kinds(text, "Vernelles") == [("Peaceful protest", "")]


def test_french_the_market_and_a_plan_that_worked_are_no_march():
    text = "Le plan de relance a marché à Vernelles, selon le maire, qui a visité le marché."
    assert _kinds(text, "Vernelles") == []
    text = "Des habitants de Vernelles ont marché jusqu'au marché central pour acheter du riz."
    assert _kinds(text, "Vernelles") == []


def test_an_attack_by_unknown_men_in_a_report_of_unrest_stays_an_attack():
    text = ("Сторонники оппозиции третий день стоят у здания мэрии Ровенска. В среду "
            "неизвестные обстреляли машину депутата в Ровенске.")
    assert ("Attack", "occurred") in _russian_rows(text, "Ровенска")
    text = ("Les manifestants occupent la place de Vernelles depuis lundi. Mercredi, des "
            "inconnus ont attaqué la permanence d'un député à Vernelles.")
    assert ("Attack", "") in _kinds(text, "Vernelles")


def test_protesters_who_attack_the_police_riot():
    text = "В среду в Ровенске протестующие напали на полицейских у здания мэрии."
    assert [kind for kind, _ in _russian_rows(text, "Ровенске")] == ["Violent demonstration"]


def test_russian_a_rally_announced_in_the_future_tense_is_planned_past_a_place():
    text = ("Союз водителей объявил, что в субботу проведёт в Ровенске новый большой митинг "
            "у здания администрации.")
    assert _russian_rows(text, "Ровенске") == [("Peaceful protest", "planned")]
