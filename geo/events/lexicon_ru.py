"""The Russian event vocabulary (:class:`geo.events.vocabulary.Vocabulary`), in lemmas.

Words are matched by every dictionary form pymorphy3 gives them
(:func:`geo.languages.ru.lemmas`): "задержаны", "задержанных" and "задержали" are all
"задержать", so each trigger is listed once. Triggers name the English rule whose ACLED
type they signal; the words shared with other stages (speech verbs, numbers, months,
weekdays, negation) come from :mod:`geo.languages.ru`.

Length: one table, the Russian event vocabulary (its triggers, counts' words, status
words); split, one vocabulary would be read across modules.
"""

from __future__ import annotations

import re
from functools import cache

from geo.events.vocabulary import Trigger, Vocabulary, phrase
from geo.languages import ru

# Troops: a deployment is the army's (police reinforcements are no ACLED deployment).
_FORCES = ("войско|военный|солдат|нацгвардия|бронетехника|миротворец|контингент|"
           "военнослужащий|армия|десантник|спецназ|миротворческий")
_DEPLOY = ("ввести|направить|перебросить|стянуть|развернуть|отправить|прибыть|ввод|"
           "переброска|патрулировать|выставить|дислоцировать|задействовать|развёртывание|"
           "войти|вступить|вводить|направлять|перебрасывать|стягивать|выставлять")
_CROWD = ("протестующий|протестовать|демонстрант|толпа|митингующий|митинговать|участник|"
          "манифестант|забастовщик|бастовать|активист|мирный|безоружный|житель")
# A crowd, or its gathering, named in a sentence: the violence told is unrest's.
_CROWD_WORDS = frozenset(_CROWD.split("|")) | {"митинг", "протест", "акция", "демонстрация",
                                               "сторонник", "толпа", "молодёжь", "молодой",
                                               "шествие", "беспорядок"}
_PROTESTERS = "протестующий|демонстрант|митингующий|манифестант|забастовщик|активист"
_CHARGES = frozenset({"дело", "статья", "обвинение", "обвинить", "обвинять", "организация",
                      "организатор", "участие", "подозрение", "подозревать"})
# The people a killing is told of, by their nouns and pronouns ("застрелили бизнесмена",
# "выстрелил в него"); an animal is none ("застрелил медведя").
_VICTIMS = frozenset({
    "человек", "мужчина", "женщина", "подросток", "ребёнок", "ребенок", "девушка", "юноша",
    "парень", "девочка", "мальчик", "школьник", "студент", "пенсионер", "водитель",
    "полицейский", "сотрудник", "военнослужащий", "солдат", "прохожий", "сосед", "бизнесмен",
    "предприниматель", "журналист", "чиновник", "депутат", "глава", "охранник", "таксист",
    "продавец", "священник", "имам", "судья", "адвокат", "врач", "учитель", "фермер",
    "пассажир", "житель", "жертва", "гражданин", "уроженец", "мирный", "молодой", "он",
    "она", "они", "его", "её", "ее", "их", "него", "неё", "нее", "них"})
# Animals, which pymorphy3 tags animate like people: no victim of an attack.
_ANIMALS = frozenset({"медведь", "волк", "собака", "пёс", "пес", "лось", "кабан", "тигр",
                      "лиса", "кошка", "корова", "олень", "леопард", "животное", "зверь",
                      "птица", "лошадь", "бык", "змея", "рысь", "хищник"})
_PREVENTED = frozenset({"допустить", "допускать", "недопущение"})
# What is held up, not detained: "задержали зарплату", "рейс был задержан".
_DELAYED = frozenset({"зарплата", "выплата", "пенсия", "стипендия", "рейс", "вылет", "поезд",
                      "электричка", "самолёт", "тираж", "груз"})
_POLICE = frozenset({"полиция", "полицейский", "омон", "росгвардия", "мвд", "милиция"})
# Words of an attack; "атаковать" only where the forces are its object (the clash
# triggers below), as the general attack trigger has never read it.
_ATTACK = "нападение|напасть|нападать|обстрелять|обстреливать"
_ROADS = ("дорога|трасса|улица|движение|мост|въезд|шоссе|магистраль|путь|проспект|выезд|"
          "перекрёсток|перекресток|набережная|бульвар|тракт|автодорога|автотрасса|"
          "автомагистраль|объездная")
# Who blocks a road in protest besides a crowd: a camp's supporters, students, workers
# ("студенты перекрыли перекрёсток", "фермеры перекрыли трассу тракторами"); not
# drivers, whom a police cordon also names.
_BLOCKERS = frozenset(_CROWD.split("|")) | {
    "сторонник", "студент", "фермер", "шахтёр", "шахтер", "рабочий", "дальнобойщик",
    "селянин", "пенсионер", "таксист", "торговец", "предприниматель", "трактор"}

# Words of a grievance said by those who act ("недовольные ценами", "требуя отставки").
_GRIEVANCE = frozenset({"недовольный", "недовольство", "требовать", "требование",
                        "возмущённый", "возмущенный", "возмутить"})

# The army named in a sentence, by its troops or its units.
_ARMY = frozenset(_FORCES.split("|")) | {"армейский", "воинский"}

# People who hold a protest ("акция") where no protest word is said: a crowd, or those
# who block roads, but not traders, whose "акция" is a sale.
_PROTEST_HOLDERS = _BLOCKERS - {"торговец", "предприниматель", "трактор"}

# The nouns of a gathering itself that always name a protest (not its people, not a
# strike: "объявили голодовку" tells one begun); "акция", "марш" and "сход" are one
# only beside the words of one.
_GATHERING_NOUNS = "митинг|шествие|демонстрация|пикет|манифестация"
_ACTION, _MARCH, _ASSEMBLY = "акция", "марш", "сход"

TRIGGERS = (
    # Protests
    Trigger("protest", phrase(f"{_GATHERING_NOUNS}|протест|протестовать|протестный|"
                              "митинговать|демонстрант|забастовка|бастовать|"
                              "забастовщик|стачка|пикетировать|пикетчик|"
                              "манифестант|голодовка|автопробег|антиправительственный|"
                              "антивоенный|флешмоб"),
            # "организаторы субботнего митинга заявили, что ...": a protest the report has
            # told, pointed back to (as "organisers of the protests")
            points_back_after=frozenset({"организатор"})),
    # "сход" is also an avalanche's or a derailment: a protest as a gathering of people
    Trigger("protest", phrase(_ASSEMBLY), needs=frozenset(_CROWD.split("|")) | {
        "гражданин", "селянин", "народный", "собраться", "требование", "требовать"}),
    # "акция" is also a company's share: a protest only beside the words of one, or of
    # the people who hold one ("фермеры провели мирную акцию у мэрии")
    Trigger("protest", phrase(_ACTION), needs=_PROTEST_HOLDERS | {
        "пройти", "протест", "участник", "человек", "солидарность", "оппозиция",
        "задержать", "сторонник", "выйти", "собраться", "антиправительственный",
        "антивоенный", "протестный", "против", "поддержка", "митинг", "требование"},
        not_before=frozenset({"компания", "банк", "биржа", "предприятие", "фондовый",
                              "крупный", "крупнейший", "подешеветь", "подорожать", "рост"})),
    # "марш" is also a parade of graduates or a band's: a protest beside the words of one
    Trigger("protest", phrase(_MARCH), needs=frozenset(_PROTESTERS.split("|")) | {
        "протест", "протестный", "против", "требование", "требовать", "оппозиция",
        "оппозиционный", "несогласный", "солидарность", "мир", "антивоенный",
        "антиправительственный", "задержать", "разогнать", "полиция", "лозунг", "плакат"}),
    Trigger("protest", phrase("выйти|выходить", "улица|площадь"), reach=3),
    # organisers "вывели людей на улицы"; troops brought out are a deployment (below)
    Trigger("protest", phrase("вывести|выводить", "улица|площадь"), reach=3,
            unless=_ARMY),
    Trigger("protest", phrase("цепь", "солидарность")),
    Trigger("protest", phrase("живой", "цепь")),
    Trigger("protest", phrase("собраться|собрать|прийти|стечься", "площадь|здание|акимат|"
                              "мэрия|администрация|улица|центр|парламент|суд|посольство"),
            reach=5),
    # ("на площади перед хокимиятом собрались тысячи"): the square first
    Trigger("protest", phrase("площадь", "собраться|прийти|стечься"), reach=4),
    # ... or people counted, wherever they gathered ("несколько сотен человек собрались у
    # вокзала", "собрались, по оценкам, до трёх тысяч человек"); festive words make it none
    Trigger("protest", phrase("человек", "собраться|стечься"), reach=2),
    Trigger("protest", phrase("собраться|стечься", "человек"), reach=6),
    Trigger("blockade", phrase("перекрыть|перекрывать|заблокировать|блокировать|перегородить|"
                               "перегораживать|перекрытие|блокирование|блокада", _ROADS),
            reach=3, needs=_BLOCKERS),
    # ... or people counted ("около трёхсот человек перекрыли трассу"), where no police
    # cordon and no accident closes the road instead
    Trigger("blockade", phrase("перекрыть|перекрывать|заблокировать|блокировать|перегородить|"
                               "перегораживать", _ROADS),
            reach=3, needs=frozenset({"человек", "люди"}),
            unless=_POLICE | {"дтп", "авария", "ремонт", "оцепить", "оцепление"}),
    # ... or anyone who says a grievance ("водители, недовольные ценами на топливо,
    # перекрыли трассу"), where no police cordon closes the road instead
    Trigger("blockade", phrase("перекрыть|перекрывать|заблокировать|блокировать|перегородить|"
                               "перегораживать", _ROADS),
            reach=3, needs=_GRIEVANCE, unless=_POLICE | {"оцепить", "оцепление"}),
    # Protests met by force
    Trigger("intervention", phrase("разогнать|разгон|разгонять|водомёт|водомет|дубинка|"
                                   "рассеять|рассеивать|оттеснить|оттеснять|вытеснить|"
                                   "вытеснять|выдавить|выдавливать")),
    Trigger("intervention", phrase("слезоточивый|светошумовой|резиновый",
                                   "газ|граната|пуля")),
    # (the perfective only: "не будут применять силу" is a promise, no force used)
    Trigger("intervention", phrase("применить|применение", "сила|газ|спецсредство"), reach=2),
    Trigger("excessive_force", phrase("применить|применение", "огнестрельный|оружие"),
            reach=2),
    Trigger("excessive_force", phrase("огонь|стрельба", "по", _CROWD), reach=2),
    Trigger("excessive_force", phrase("стрелять|расстрелять|застрелить|обстрелять",
                                      _CROWD), reach=3),
    Trigger("excessive_force", phrase("боевой", "патрон")),
    Trigger("excessive_force", phrase("подавить|подавление|разгон|разогнать",
                                      "кровь|кровавый|оружие"), reach=3),
    Trigger("intervention", phrase("подавить|подавлять|подавление")),
    # Riots
    # (not a criminal case's name: "дело о массовых беспорядках", "обвинили в
    # организации беспорядков")
    # (nor a warning that none will be allowed: "не допустим беспорядков" tells no event,
    # not even one that did not happen)
    Trigger("riot", phrase("массовый", "беспорядок"), not_after=_CHARGES | _PREVENTED),
    Trigger("riot", phrase("беспорядок|погром|погромщик|бунт|мятеж|хулиган"),
            not_after=_CHARGES | _PREVENTED | {"массовый"}),
    Trigger("clash", phrase("столкновение|стычка|потасовка|драка|столкнуться|подраться"),
            with_crowd="riot", not_after=_PREVENTED),
    Trigger("clash", phrase("перестрелка|боестолкновение|бой")),
    Trigger("riot", phrase("бросать|забросать|забрасывать|бросить|закидать|закидывать|кидать|"
                           "швырять",
                           "камень|бутылка|коктейль|петарда|файер"), reach=3),
    Trigger("riot", phrase("коктейль", "молотов")),
    Trigger("mob", phrase("самосуд|линчевать|линчевание")),
    Trigger("crowd_violence", phrase("штурмовать|штурм|захватить|захватывать|захват|ворваться|"
                                     "врываться|прорваться|прорываться",
                                     "здание|акимат|администрация|аэропорт|мэрия|резиденция|"
                                     "отдел|телецентр"), reach=3),
    Trigger("crowd_violence", phrase("разбить|разбивать|громить|разгромить", "витрина|окно|"
                                     "автомобиль|машина|магазин|здание"), reach=3),
    Trigger("crowd_violence", phrase("снести|сносить|разрушить|разрушать|повредить|повреждать|"
                                     "опрокинуть|опрокидывать|сломать|ломать|свалить|"
                                     "перевернуть|переворачивать", "памятник|статуя|монумент|"
                                     "автомобиль|машина|ворота|забор|ограждение"), reach=3),
    Trigger("blockade", phrase("баррикада|баррикадировать"), needs=frozenset(_CROWD.split("|"))),
    Trigger("riot", phrase("шина|покрышка", "поджечь|жечь|горящий|сжечь|поджигать"),
            reach=2),
    Trigger("riot", phrase("волнение|волнения")),
    # Armed violence
    Trigger("shelling", phrase("артобстрел")),
    Trigger("shelling", phrase("артиллерийский|миномётный|ракетный", "обстрел|удар")),
    Trigger("air", phrase("авиаудар|авианалёт|беспилотник|бомбардировка")),
    Trigger("explosive", phrase("взрыв|взорвать|теракт|смертник|самодельный")),
    # An attack on a post, patrol or men of the forces, no crowd told, is a fight with
    # them: ACLED's armed clash ("боевики обстреляли блокпост", "напали на отдел полиции")
    Trigger("clash", phrase(f"{_ATTACK}|атаковать", "пост|блокпост|кпп|патруль|застава|казарма|"
                            "полицейский|военнослужащий|пограничник|силовик|солдат|"
                            "военный|гвардеец"), reach=2, unless=_CROWD_WORDS),
    Trigger("clash", phrase(f"{_ATTACK}|атаковать", "отдел|отделение|участок|база|колонна|здание|"
                            "машина|автомобиль|часть", "полиция|милиция|мвд|овд|омвд|увд|"
                            "росгвардия|армия|нацгвардия|пограничный|воинский"),
            reach=2, unless=_CROWD_WORDS),
    # A sentence with "нападающий" (also a team's forward: "гол забил нападающий") tells an
    # attack only where the verb takes its object: "нападающие на прохожих".
    Trigger("attack", phrase(_ATTACK),
            with_crowd="crowd_violence", unless=frozenset({"нападающий"})),
    Trigger("attack", phrase("нападать", "на"), with_crowd="crowd_violence"),
    # a killing or a shot at someone ("неизвестный выстрелил в него", "молодого человека
    # зарезали"), where no crowd is told (unrest's shootings are the rules above); a shot
    # into the air is a warning
    Trigger("attack", phrase("зарезать|застрелить|заколоть|выстрелить"),
            unless=(_CROWD_WORDS - {"молодой"}) | {"воздух"}, victims=_VICTIMS),
    Trigger("abduction", phrase("похитить|похищать|похищение|похищенный")),
    # Property
    Trigger("arson", phrase("поджечь|поджог|сжечь|сжигать|подпалить|спалить|поджигать")),
    Trigger("looting", phrase("мародёрство|мародерство|мародёр|мародер|разграбить|"
                              "грабёж|грабеж|ограбить|разграбление|разграблять|грабить|"
                              "вандализм")),
    # Arrests
    Trigger("arrest", phrase("задержать|задержание|задержанный|арестовать|арест|"
                             "арестованный|задерживать|арестовывать"),
            # a warrant; the release, torture or relatives of those detained; wages or a
            # flight held up ("задержали зарплату", "рейс был задержан")
            not_after=frozenset({"ордер", "санкция", "освобождение", "освободить",
                                 "освобождать", "пытка", "родственник", "адвокат"}) | _DELAYED,
            not_before=_DELAYED),
    Trigger("arrest", phrase("взять|заключить|поместить", "стража"), reach=2),
    Trigger("arrest", phrase("доставить|доставлять|увезти|поместить|отправить",
                             "отдел|отделение|участок|овд|автозак|изолятор|ивс|сизо|"
                             "спецприёмник|спецприемник"), reach=3),
    Trigger("arrest", phrase("автозак")),
    # Measures
    Trigger("emergency", phrase("чрезвычайный|военный", "положение")),
    Trigger("emergency", phrase("режим", "чп|чс")),
    Trigger("emergency", phrase("режим", "чрезвычайный", "ситуация")),
    Trigger("curfew", phrase("комендантский", "час")),
    Trigger("checkpoint", phrase("блокпост|кпп")),
    Trigger("checkpoint", phrase("контрольно-пропускной", "пункт")),
    # the forces' posts set up at a town's entries ("выставили армейские посты",
    # "выставлены восемь полицейских постов"), as English "set up checkpoints" (troops
    # that set up posts are a deployment already: the troops' trigger)
    Trigger("checkpoint", phrase("армейский|полицейский|военный|милицейский", "пост")),
    Trigger("checkpoint", phrase("выставить|выставлять|установить|устанавливать", "пост"),
            reach=3, needs=_POLICE, unless=frozenset(_FORCES.split("|"))),
    Trigger("deployment", phrase(_DEPLOY, _FORCES), reach=3),
    # the army brought out onto the streets ("на улицы выведены армейские подразделения");
    # "вывести войска из города" is a withdrawal
    Trigger("deployment", phrase("вывести|выводить|выведенный", "улица"), reach=2,
            needs=_ARMY),
    Trigger("deployment", phrase("улица", "вывести|выводить|выведенный"), reach=1,
            needs=_ARMY),
    Trigger("deployment", phrase(_DEPLOY, "армейский|воинский", "часть|подразделение"),
            reach=2),
    Trigger("deployment", phrase(_FORCES, _DEPLOY), reach=3),
    # units and vehicles alone are troops only in a report of troops (rescuers' are sent
    # too: "направлены подразделения спасателей")
    # (but not the police's: "стянули подразделения полиции" are reinforcements)
    Trigger("deployment", phrase("подразделение|техника", _DEPLOY), reach=3,
            report_needs=frozenset(_FORCES.split("|")), unless=_POLICE),
    Trigger("deployment", phrase(_DEPLOY, "подразделение|техника"), reach=3,
            report_needs=frozenset(_FORCES.split("|")), unless=_POLICE),
    # Casualties: an event only when nothing else in the sentence takes them
    Trigger("casualties", phrase("погибнуть|погибший|убить|убитый|ранить|раненый|ранение|"
                                 "пострадать|пострадавший|скончаться|гибель|застрелить|"
                                 "травмировать|избить|умереть")),
)

COUNT_FIELDS = {
    **dict.fromkeys(("погибнуть", "погибший", "убить", "убитый", "скончаться", "гибель",
                     "жертва", "погибать", "застрелить", "смерть", "умереть"), "fatalities"),
    **dict.fromkeys(("ранить", "раненый", "ранение", "пострадать", "пострадавший",
                     "травмировать", "травма", "госпитализировать", "избить",
                     "госпитализированный", "медпомощь"), "injured"),
    **dict.fromkeys(("задержать", "задержанный", "арестовать", "арестованный",
                     "задержание", "арест", "задерживать"), "arrested"),
    **dict.fromkeys(("блокпост", "кпп"), "checkpoints"),
}


@cache
def _keys(word: str) -> tuple[str, ...]:
    lower = word.lower()
    if lower[0].isdigit():
        return (lower,)
    return tuple(dict.fromkeys((lower, *ru.lemmas(lower))))


# The genders a singular pronoun takes up ("его" a "комендантский час" or a "шествие").
_PRONOUN_GENDERS = {"он": {"masc"}, "она": {"femn"}, "оно": {"neut"}, "его": {"masc", "neut"},
                    "её": {"femn"}, "ее": {"femn"}}


def _pronoun_agrees(pronoun: str, words: tuple[str, ...]) -> bool:
    genders = _PRONOUN_GENDERS.get(pronoun)
    return genders is None or any(ru.noun_gender(w.lower()) in genders for w in words)


def _is_person(word: str) -> bool:
    return ru.person_number(word) is not None and not _ANIMALS & set(_keys(word))


def _is_singular(word: str) -> bool:
    # "задержан", "убит": a passive told of one; "погиб", "скончался": a death of one
    lower = word.lower()
    return ru.is_singular_passive(lower) or (
        bool(_DYING & set(_keys(word))) and ru.is_singular_past(lower))


# Verbs of the injured's stay in hospital: "остаются в больнице", "доставлены в больницу".
_IN_HOSPITAL = "обратиться|доставить|оставаться|находиться|госпитализировать"
_DYING = frozenset({"погибнуть", "скончаться", "умереть"})


def _is_future(word: str) -> bool:
    return not word[0].isdigit() and ru.is_future(word.lower())


def _is_past(word: str) -> bool:
    return not word[0].isdigit() and ru.is_past(word.lower())


VOCABULARY = Vocabulary(
    language="ru",
    keys=_keys,
    triggers=TRIGGERS,
    count_fields=COUNT_FIELDS,
    at_least=(phrase("более"), phrase("свыше"), phrase("больше"), phrase("не", "менее"),
              phrase("не", "меньше"), phrase("как", "минимум"),
              phrase("по", "меньший|малый", "мера"), phrase("минимум")),
    approximate=(phrase("около"), phrase("порядка"), phrase("почти"), phrase("примерно"),
                 phrase("приблизительно"), phrase("до"), phrase("более", "чем"),
                 phrase("несколько")),
    number_words=ru.NUMBER_WORDS,
    number_scales=ru.NUMBER_SCALES,
    vague_numbers=ru.APPROXIMATE_NUMBERS,
    # "исключили введение", "отменили митинг": ruled out, called off
    negation=ru.NEGATION | {"исключить", "отменить", "отказаться", "отмена", "предотвратить",
                            "спровоцировать", "пресечь"},
    planned=frozenset({"планировать", "запланировать", "собираться", "намереваться",
                       "намеренный", "готовиться", "анонсировать", "призвать",
                       "призывать", "подать", "заявка", "разрешить", "пообещать",
                       "обещать", "хотеть", "решить", "предстоящий", "планироваться",
                       "мочь", "намерен", "рассматривать", "предложить", "договориться",
                       # "назначили на субботу митинг": scheduled (also "appoint": a rally
                       # of "сторонники назначенного губернатора" reads as planned; kept,
                       # as dev and blind reports gain by it)
                       "назначить"}),
    planned_after=frozenset({"запланировать", "анонсировать", "назначить", "ожидаться",
                             "намечен", "наметить"}),
    # ("готовы к забастовке": a readiness, no strike yet)
    threatened=frozenset({"пригрозить", "грозить", "угрожать", "угроза", "готовый"}),
    denied=frozenset({"опровергнуть", "отрицать", "опровержение", "отвергнуть"}),
    claims=frozenset({"слух", "сообщение", "информация", "утверждение"}),
    confirming=frozenset({"подтвердиться", "подтвердить", "подтверждаться", "подтверждать"}),
    past_links=frozenset({"после", "из-за", "вследствие"}),
    memorial=frozenset({"память", "траурный", "траур", "поминальный", "мемориальный"}),
    announcing=frozenset({"объявить", "объявлять"}),
    announced_links=frozenset({"о"}),
    gatherings=frozenset(_GATHERING_NOUNS.split("|")) | {_ACTION, _MARCH, _ASSEMBLY},
    speaking=ru.SPEECH_VERBS | ru.STANCE_VERBS,
    # (not an announcement's: "объявили в Бишкеке режим ЧП" puts the measure there)
    district_words=frozenset({"район", "микрорайон", "квартал", "округ", "окраина"}),
    reporting=ru.SPEECH_VERBS - {"объявить", "опубликовать", "признать", "признавать",
                                  "передать"},
    missions=frozenset({"посольство", "консульство", "генконсульство", "представительство"}),
    bodies=frozenset({"университет", "банк", "мвд", "министерство", "минздрав", "мид", "посольство",
                      "правительство", "власть", "прокуратура", "генпрокуратура", "кремль",
                      "ведомство", "пресс-служба", "минобороны", "кнб", "фсб", "президент",
                      "парламент", "генконсульство", "консульство", "руководство",
                      "департамент", "полиция", "представитель", "глава", "лидер", "омбудсмен",
                      "правозащитник", "суд", "управление", "комитет", "ск", "мчс", "умвд",
                      "гувд", "увд", "мэрия", "акимат", "штаб", "пресс-секретарь",
                      "источник", "собеседник",
                      "официальный"}),
    based=frozenset({"базироваться", "базирующийся", "штаб-квартира", "зарегистрировать",
                     "визит", "поездка", "прилететь", "вылететь", "эмиграция", "эмигрировать",
                     "бежать", "уехать", "проживать", "жить", "проживающий", "живущий",
                     "скрываться", "родиться", "уроженец", "находиться", "находящийся",
                     "пребывать", "эмигрант",
                     # a destination: "вывезли в Бишкек", "доставили в Москву"
                     "вывезти", "увезти", "отвезти", "доставить", "этапировать", "перевезти",
                     "депортировать", "приехать", "переехать",
                     # where a decree was signed: "указом, подписанным в Москве"
                     "подписать", "подписанный", "подписывать", "заседание", "совещание"}),
    at_place=ru.AT_PLACE,
    from_place=ru.FROM_PLACE,
    # (and a police station: "доставили в отдел полиции в X")
    custody=frozenset({"больница", "госпиталь", "клиника", "колония", "сизо", "тюрьма",
                       "изолятор", "спецприёмник", "отдел", "отделение", "участок", "овд",
                       "ровд", "омвд", "увд"}),
    support=frozenset({"поддержка", "солидарность"}),
    residents=frozenset({"житель", "жителя", "жителю", "жителем", "жителе", "жительница",
                         "жительницы", "жительнице", "жительницу", "жительницей",
                         "уроженец", "уроженца", "уроженцу", "уроженцем", "уроженка",
                         "уроженки", "уроженку"}),
    meetings=frozenset({"саммит", "переговоры", "конференция", "пресс-конференция",
                        "брифинг", "форум", "заседание", "совещание", "съезд"}),
    courts=frozenset({"суд", "горсуд", "облсуд", "райсуд", "трибунал"}),
    verdicts=frozenset({"приговорить", "признать", "осудить", "оправдать", "арестовать",
                        "виновный", "приговор"}),
    forces=frozenset(_FORCES.split("|")) | {
        "силовой", "правоохранитель", "правоохранительный", "силовик", "омон", "полиция",
        "полицейский", "росгвардия"},
    killers=frozenset({"неизвестный", "вооружённый", "боевик", "бандит", "злоумышленник",
                       "террорист", "стрелок"}),
    outsiders=frozenset({"журналист", "корреспондент", "фотограф", "фотокорреспондент",
                         "репортёр", "репортер", "прохожий"}),
    crowd=_CROWD_WORDS,
    firing=frozenset({"стрелять", "расстрелять", "застрелить", "огонь", "обстрелять",
                      "выстрел", "стрельба", "огнестрельный"}),
    cumulative=frozenset({"возрасти", "вырасти", "достигнуть", "увеличиться"}),
    months=ru.MONTHS,
    weekdays=ru.WEEKDAYS,
    date_words={"ночь": "night", "с": "from", "со": "from", "на": "to", "по": "until",
                "до": "until", "накануне": "day_before", "вчера": "yesterday",
                "позавчера": "two_days_ago", "сегодня": "today", "прошлый": "last",
                "минувший": "last", "прошедший": "last", "выходной": "weekend",
                "назад": "ago", "день": "day", "сутки": "day", "неделя": "week",
                "следующий": "next"},
    ordinal_endings=frozenset({"го", "е", "ого"}),
    day_parts=frozenset({("днём",), ("днем",), ("утром",), ("вечером",)}),
    in_year=frozenset({"в"}),
    ordinals=ru.ORDINALS,
    alternatives=frozenset({"или", "либо"}),
    range_words=frozenset({"между"}),
    distributive=frozenset({"соответственно"}),
    relatives=frozenset({"который", "где"}),
    list_joints=frozenset({"и", "а", "также", "в", "во", "на", "или"}),
    during=frozenset({"ходе", "время", "процессе"}),
    actors={"полиция": "police", "полицейский": "police", "омон": "police",
            "силовик": "police", "нацгвардия": "state forces", "спецназ": "police",
            "росгвардия": "police", "армия": "army", "военный": "army", "солдат": "army",
            "военнослужащий": "army", "войско": "army", "мятежник": "army",
            "десантник": "army", "протестующий": "protesters",
            "протестовать": "protesters", "демонстрант": "protesters",
            "митингующий": "protesters", "мародёр": "rioters", "погромщик": "rioters",
            "миротворец": "foreign troops"},
    not_counted=frozenset({"год", "лет", "сутки", "час", "минута", "процент", "тенге",
                           "рубль", "доллар", "километр", "км", "метр", "м", "день",
                           "неделя", "месяц", "статья", "ст", "раз", "тысячелетие",
                           "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                           "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
                           "летний", "штраф", "евро", "сом", "сум", "ночь", "вечер"}),
    not_negating=frozenset({"разрешение", "согласование", "санкция", "повод", "предупреждение",
                            "согласовать", "санкционировать", "разрешить", "разрешённый",
                            "согласованный", "санкционированный", "только", "менее",
                            # "не без": a negation that cancels the one before it
                            "меньше", "раз", "без"}),
    is_future=_is_future,
    is_adjective=lambda word: bool(ru.adjective_lemmas(word)),
    is_past=_is_past,
    as_words=frozenset({"как"}),
    clause_joints=frozenset({"но", "однако", "а", "зато", "и"}),
    concessive=frozenset({"хотя", "несмотря", "вопреки", "невзирая"}),
    # "30 человек обратились за медицинской помощью"
    count_phrases=((phrase("медицинский", "помощь"), "injured"),
                   # "24 человека остаются в больнице", "в больницы обратились 14 человек"
                   (phrase(_IN_HOSPITAL, "в", "больница|госпиталь"), "injured"),
                   (phrase("в", "больница|госпиталь", _IN_HOSPITAL), "injured")),
    tally_words=frozenset({"число", "количество"}),
    story_totals=frozenset({"начало", "всего", "сложность", "неделя", "сутки"}),
    story_starts=frozenset({"начало"}),
    partitive=frozenset({"из"}),
    banned_after=frozenset({"запретить", "запрещённый", "запрещенный", "запрещать"}),
    preventing=frozenset({"предотвратить", "предотвращать", "пресечь", "пресекать",
                          "помешать", "остановить"}),
    asides=(phrase("по", "данные|слово|информация|сведение|оценка|подсчёт|версия"),
            phrase("по", "официальный|предварительный|последний|уточнённый|свой",
                   "данные|информация|сведение|оценка|подсчёт"),
            phrase("согласно"), phrase("как", "сообщить|сообщать|заявить|рассказать"),
            phrase("сообщить|заявить|уточнить"), phrase("в", "тот", "число"),
            phrase("среди", "они"), phrase("из", "они")),
    light_words=frozenset({"были", "был", "была", "было", "ещё", "также", "тоже"}),
    one_words=frozenset({"один", "одна", "одно", "одного", "одну", "одной", "одним"}),
    of_words=frozenset({"из"}),
    person_words=frozenset({"человек", "протестующий", "участник", "житель", "полицейский",
                            "сотрудник", "военнослужащий"}),
    scale_numerals=frozenset({"тысяча", "тысячу"}),
    subordinators=frozenset({"если", "что", "чтобы", "когда", "хотя"}),
    be_verbs=frozenset({"быть"}),
    list_gap=re.compile(r"\s*(?:,|и|,\s*и|,\s*а\s+также|а\s+также)\s*(?:из\s*)?"),
    is_singular=_is_singular,
    is_plural=lambda word: ru.is_plural_noun(word.lower()),
    against=frozenset({"против"}),
    link_subordinators=frozenset({"как"}),
    contrast=frozenset({"но", "однако", "зато"}),
    verb_negators=frozenset({"не"}),
    pronouns=frozenset({"он", "она", "оно", "они"}),
    object_pronouns=frozenset({"его", "её", "ее", "их"}),
    passive_marks=frozenset({"быть"}),
    plural_pronouns=frozenset({"они", "их"}),
    pronoun_agrees=_pronoun_agrees,
    carrying_out=frozenset({"ввести", "вводить", "провести", "проводить", "объявить",
                            "объявлять", "устроить", "организовать", "разогнать",
                            "разгонять", "состояться"}),
    postponing=frozenset({"перенести", "отложить", "переносить", "откладывать"}),
    person_number=ru.person_number,
    is_person=_is_person,
    country_words=frozenset({"страна"}),
    condemning=frozenset({"осудить", "осуждать", "раскритиковать", "критиковать",
                          "возложить", "обвинить"}),
    again=frozenset({"вновь", "снова", "опять", "повторно"}),
    harmless=frozenset({"дтп", "авария", "несчастный", "болезнь", "инфаркт", "ковид",
                        "коронавирус", "пожар", "наводнение", "землетрясение"}),
    street_words=frozenset(ru.STREET_STEMS) | ru.ROAD_WORDS,
    place_nouns=ru.SETTLEMENT_WORDS | {"аэропорт"},
    town_streets=frozenset({"улицы", "улицам", "улицах", "улицами", "площадях", "площадям",
                            "проспектам", "проспектах"}),
    festive=frozenset({"праздновать", "отпраздновать", "праздник", "болельщик", "ликовать",
                       "победа", "чемпионство", "фанат", "гулянье", "торжество",
                       "отметить", "отмечать", "концерт", "фестиваль", "свадьба"}),
    region_words=frozenset({"регион", "республика", "область", "округ", "автономия"}),
    capital_words=frozenset({"столица"}),
    area_words=frozenset({"город", "регион", "район", "область", "страна", "населённый",
                          "территория", "часть", "республика", "столица", "улица", "юг",
                          "север", "запад", "восток", "центр", "всей", "весь", "по"}),
)
