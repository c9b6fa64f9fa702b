"""Russian: lemmas of inflected words, and the word lists several stages share.

Russian inflects names ("в Караганде", "из Казахстана"), so a name is looked up, and a
word matched against a list, by its dictionary forms, which pymorphy3 (OpenCorpora's
dictionary) gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import product

# The grammemes of proper nouns: places, first names, surnames, patronymics, organisations,
# trademarks.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


# -- recognition: spellings of names (the recognizer's; events' lists are below) ------

# Where English spellings of Russian names part from the transliteration the gazetteer
# folds by (unidecode's: "Бурятия" → "buryatiya", "Шереметьево" → "sheremetevo"):
# a soft or hard sign before "е" or "и" is a "y" ("Sheremetyevo"; before "я", "ю", "ё"
# the transliteration has one), "-ия" ends in "-ia"
# ("Buryatia", "Gagauzia"), "-ий" in "-y".
_ENGLISH_SPELLING = (
    (re.compile(r"[ьъ](?=[еи])"), "y"),
    (re.compile(r"ия\b"), "ia"),
    (re.compile(r"ий\b"), "y"),
)


def english_spellings(name: str) -> tuple[str, ...]:
    """The name (lower case) with the rules of :data:`_ENGLISH_SPELLING` applied one
    after another, each result once it changes; none where no rule applies. Cyrillic
    and Latin letters mix ("шереметyево", "бурятia"): the gazetteer's folding
    transliterates the rest ("sheremetyevo", "buryatia")."""
    found = []
    spelled = name.lower()
    for pattern, latin in _ENGLISH_SPELLING:
        changed = pattern.sub(latin, spelled)
        if changed != spelled:
            spelled = changed
            found.append(spelled)
    return tuple(found)

# Where GeoNames' Latin names of small places part from the transliteration fold uses
# (anyascii's), the rules of the romanizations it mostly has: BGN/PCGN's "ye" for "е"
# at a word's start or after a vowel or sign ("Емельяновка" → "Yemelyanovka",
# "Яровое" → "Yarovoye") and "yo" for "ё" ("Kushchyovskaya"); and, for Ukrainian towns
# named in Russian, Ukraine's national system's "y" for "и" and "h" for "г"
# ("Лисичанск" → "Lysychansk", "Гуляйполе" → "Hulyaypole"). Measured on the
# gazetteer's towns of the former Soviet Union that have a Cyrillic name, anyascii alone
# spells 91 % of those names as one of their Latin names; these rules bring it to 95 %.
_ROMANIZATIONS = (
    (re.compile(r"(?:(?<=[аеёиоуыэюяьъ])|(?<![а-яё]))е"), "ye"),
    (re.compile(r"ё"), "yo"),
    (re.compile(r"и"), "y"),
    (re.compile(r"г"), "h"),
)


def romanizations(name: str) -> tuple[str, ...]:
    """The name (lower case) with every combination of the rules of
    :data:`_ROMANIZATIONS` that apply to it, one rule at a time first (mixed Cyrillic
    and Latin, as :func:`english_spellings`); none where no rule applies."""
    lowered = name.lower()
    rules = [(pattern, latin) for pattern, latin in _ROMANIZATIONS if pattern.search(lowered)]
    found = []
    for chosen in sorted(product((False, True), repeat=len(rules)), key=sum)[1:]:
        spelled = lowered
        for on, (pattern, latin) in zip(chosen, rules, strict=True):
            if on:
                spelled = pattern.sub(latin, spelled)
        found.append(spelled)
    return tuple(dict.fromkeys(found))


#: Prepositions that put something at a place ("в Минске", "у акимата"), and those
#: that give where it came from ("из Оша", "через Бейнеу").
AT_PLACE = frozenset({"в", "во", "на", "у", "около", "возле", "близ", "под", "недалеко",
                      "рядом", "вблизи", "по"})
FROM_PLACE = frozenset({"из", "изо", "через"})
#: The words of a street, a square or a metro station before its name ("проспект
#: Абая", "площадь Республики"), each with the stem its every case begins with.
STREET_STEMS = {"проспект": "проспект", "улица": "улиц", "площадь": "площад",
                "бульвар": "бульвар", "переулок": "переул", "шоссе": "шоссе",
                "набережная": "набережн", "сквер": "сквер", "парк": "парк",
                "станция": "станци", "метро": "метро", "микрорайон": "микрорайон",
                "мкр": "мкр"}
#: The lemmas of the words for a town or a village before its name ("в селе Бабаюрт",
#: "у станицы Кущёвской", "посёлок Красная Яруга"): the capitalised words after one
#: name a settlement.
SETTLEMENT_WORDS = frozenset({"город", "село", "посёлок", "поселок", "деревня", "аул",
                              "станица", "райцентр", "пгт", "кишлак", "хутор", "селение",
                              "городок"})
#: The words of a road before its name ("трасса Самара — Волгоград").
ROAD_WORDS = frozenset({"тракт", "трасса", "магистраль", "дорога"})

#: The lemmas of the words before an airport's name ("в аэропорту Шереметьево",
#: "аэропорт «Пулково»"), and of "international" between them.
AIRPORT_WORDS = frozenset({"аэропорт", "аэродром", "авиагавань"})
AIRPORT_INTERNATIONAL = frozenset({"международный"})
#: Adjectives between a division's name and its kind noun ("Горно-Бадахшанская
#: автономная область").
DIVISION_QUALIFIERS = frozenset({"автономный"})


@cache
def _analyzer():  # -> pymorphy3.MorphAnalyzer
    # pymorphy3 loads its 16 MB dictionary when built: only for Russian text.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


# The parts of speech of a name's words.
_NAME_PARTS = frozenset({"NOUN", "ADJF"})
# A town named for its river ("Ростов-на-Дону", "Комсомольск-на-Амуре").
_ON_RIVER = re.compile(r"(?P<head>[^\W\d_]+)(?P<tail>-(?:на|над|под)-[^\W\d_].*)$")


@cache
def nominatives(word: str) -> tuple[str, ...]:
    """The forms ``word`` takes in the nominative singular (lower case), a place name's
    reading first, then the likeliest: an adjective keeps its gender, so that the words
    of a name agree ("Алматинской" → "алматинская", of "Алматинской области"), a noun
    takes its dictionary form ("Караганде" → "караганда"), a plural one last its plural
    ("Челнах" → ..., "челны"). A word the dictionary reads as no place's name also gets
    a foreign town's readings of its prepositional case ("Габрове" → "габрово", first
    where the dictionary only guesses; "Нише" → ..., "ниш", "Руссе" → ..., "русса",
    last); a hyphenated word, after its own readings, those of its words' nominatives
    joined ("Каменске-Шахтинском" → ..., "каменск-шахтинский")."""
    compound = _ON_RIVER.match(word)
    if compound is not None:
        # "Николаевске-на-Амуре": the town's word inflects, its river's stays as written.
        tail = compound["tail"].lower()
        return tuple(dict.fromkeys([*(head + tail for head in nominatives(compound["head"])),
                                    word.lower()]))
    parses = sorted(_analyzer().parse(word), key=lambda p: "Geox" not in p.tag)
    forms = []
    for parse in parses:
        if parse.tag.POS == "ADJF":
            agreed = parse.inflect({"nomn", "sing"})
            forms.append(agreed.word if agreed is not None else parse.normal_form)
        forms.append(parse.normal_form)
    # Names in the plural keep it ("в Набережных Челнах" → "набережные челны"), after
    # the singular readings.
    plurals = (parse.inflect({"nomn", "plur"}) for parse in parses
               if parse.tag.number == "plur" and parse.tag.case != "nomn"
               and parse.tag.POS in _NAME_PARTS)
    forms.extend(plural.word for plural in plurals if plural is not None)
    lowered = word.lower()
    if not any("Geox" in parse.tag for parse in parses):
        # The dictionary guesses a word it does not know as a surname ("Габрове" →
        # "габров"): a neuter town's reading goes before such guesses.
        known = any(parse.is_known for parse in parses)
        neuter = [] if known else list(_readings(lowered, _NEUTER_LOCATIVES))
        forms = [*neuter, *forms, *_readings(lowered, _OTHER_LOCATIVES)]
    elif not any("Geox" in parse.tag and parse.is_known for parse in parses):
        # A place the dictionary only guesses from the ending ("Шардаре" as an
        # indeclinable name) may still be a feminine town's locative.
        forms.extend(_readings(lowered, _OTHER_LOCATIVES))
    if "-" in word:
        # "Каменске-Шахтинском", "Каменце-Подольском": both words of a hyphenated name
        # inflect, and the dictionary reads the last alone; each word's nominatives.
        parts = word.split("-")
        if all(parts):
            forms.extend("-".join(joined) for joined in product(
                *((*nominatives(part), part.lower()) for part in parts)))
    return tuple(dict.fromkeys(forms))


# The prepositional endings of foreign towns' names that the dictionary does not know, and
# the nominative endings they stand for: Slavic neuter names in -ово/-ево decline ("в
# Габрове" → "габрово"), as do those in -ино; a name ending in a consonant takes -е ("в
# Нише" → "ниш"), which the dictionary reads as another noun's form ("ниша"), and so
# does a feminine one in -а ("в Старой Руссе" → "русса", read as a man's "русс").
_NEUTER_LOCATIVES = (("ове", "ово"), ("еве", "ево"), ("ёве", "ёво"))
_OTHER_LOCATIVES = (("ине", "ино"), ("ыне", "ыно"), ("е", ""), ("е", "а"))
# (each ending follows a consonant: "Гае" is no locative of "Га")
_VOWELS = frozenset("аеёиоуыэюяй")


def _readings(word: str, endings: tuple[tuple[str, str], ...]) -> Iterable[str]:
    for ending, nominative in endings:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem[-1] not in _VOWELS:
            yield stem + nominative



@cache
def is_place_word(word: str) -> bool:
    """Whether the dictionary reads ``word`` as a place's name (``Geox``): "Караганде"."""
    return any("Geox" in parse.tag for parse in _analyzer().parse(word))


@cache
def is_common_word(word: str) -> bool:
    """Whether ``word`` has a dictionary reading that is no proper noun ("Мир", "Победа",
    "Юг", and "По", a preposition as well as a river): a capitalised one may be the
    common word at a sentence's start or in a title, however its transliteration folds
    onto some village."""
    return any(parse.is_known and not (_PROPER & parse.tag.grammemes)
               for parse in _analyzer().parse(word))


@cache
def in_dictionary(word: str) -> bool:
    """Whether the dictionary knows ``word`` (not a guess from its ending)."""
    return any(parse.is_known for parse in _analyzer().parse(word))


@cache
def adjective_lemmas(word: str) -> tuple[str, ...]:
    """The masculine dictionary forms of ``word``'s adjective readings ("алматинские" →
    ("алматинский",)); none for a word that is no adjective."""
    return tuple(dict.fromkeys(parse.normal_form for parse in _analyzer().parse(word)
                               if parse.tag.POS == "ADJF"))


@cache
def is_noun(word: str) -> bool:
    """Whether the dictionary reads ``word`` as a noun ("доме", "районе")."""
    return any(parse.tag.POS == "NOUN" for parse in _analyzer().parse(word))


@cache
def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of ``word`` (lower case), the likeliest first, without
    repeats: every parse's, since the likeliest is often wrong for names
    ("Караганде" → ("караганда", ...))."""
    forms = (parse.normal_form for parse in _analyzer().parse(word))
    return tuple(dict.fromkeys(forms))


@cache
def _likeliest_tag(word: str):  # -> pymorphy3's OpencorporaTag
    return _analyzer().parse(word)[0].tag


def is_future(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a verb in the future tense ("пройдёт",
    "выйдут"): an event told in it has not happened yet."""
    tag = _likeliest_tag(word)
    return "VERB" in tag and "futr" in tag


def is_past(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a verb in the past tense ("прошёл",
    "собрались"): an event it tells has happened."""
    tag = _likeliest_tag(word)
    return "VERB" in tag and "past" in tag


def is_singular_passive(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a singular short participle ("задержан",
    "арестована"): an act told of the one person it was done to."""
    tag = _likeliest_tag(word)
    return "PRTS" in tag and "sing" in tag


def is_plural_noun(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a noun in the plural ("арестов",
    "похищений"): a kind of act, not one act told."""
    tag = _likeliest_tag(word)
    return "NOUN" in tag and "plur" in tag


def is_singular_past(word: str) -> bool:
    """Whether ``word``'s likeliest reading is a verb in the singular past ("погиб",
    "скончалась")."""
    tag = _likeliest_tag(word)
    return "VERB" in tag and "past" in tag and "sing" in tag


def noun_gender(word: str) -> str | None:
    """The gender of ``word``'s likeliest reading as a noun ("masc" for "час", "femn"
    for "акция", "neut" for "шествие"), ``None`` for a word that is no noun: the
    pronoun that takes it up agrees with it ("он был введён" of a "комендантский час")."""
    tag = _likeliest_tag(word)
    return tag.gender if "NOUN" in tag else None


@cache
def person_number(word: str) -> int | None:
    """How many people ``word`` names as a verb's object: 1 for a surname or a first
    name ("Атамбаева", "Сергея") or a person's noun in the singular ("активиста",
    "губернатора"), 2 for one in the plural ("активистов"), ``None`` for a word that
    names no person ("утром", "здание")."""
    parses = _analyzer().parse(word)
    if word[:1].isupper() and any(_PERSON_NAMES & p.tag.grammemes for p in parses[:3]):
        return 1
    tag = parses[0].tag
    if tag.POS != "NOUN" or tag.animacy != "anim" or tag.case not in ("accs", "gent"):
        return None
    return 1 if tag.number == "sing" else 2


_PERSON_NAMES = frozenset({"Surn", "Name"})


# The word lists below are lemmas (dictionary forms, lower case): a word matches when
# one of its ``lemmas`` is listed, whatever its case, number or tense.

#: Verbs that report speech: a place as their subject speaks ("Москва заявила"), and a
#: date beside them dates the statement.
SPEECH_VERBS = frozenset({
    "заявить", "заявлять", "сообщить", "сообщать", "сказать", "говорить", "рассказать",
    "отметить", "подчеркнуть", "добавить", "уточнить", "пояснить", "передать", "написать",
    "объявить", "подтвердить", "указать", "утверждать", "информировать", "проинформировать",
    "признать", "признавать", "констатировать", "опубликовать", "цитировать",
})
#: Verbs of taking a position ("Париж осудил", "в МИД потребовали").
STANCE_VERBS = frozenset({
    "осудить", "осуждать", "потребовать", "требовать", "призвать", "призывать",
    "предупредить", "обвинить", "обвинять", "отвергнуть", "опровергнуть", "отрицать",
    "выразить", "пригрозить", "раскритиковать", "критиковать", "ответить", "отреагировать",
    "выступить", "назвать", "возложить", "приветствовать",
})
#: Words that negate what follows them ("не вышли", "ни одного задержанного").
NEGATION = frozenset({"не", "нет", "ни", "никакой", "ничто", "никто", "без"})
#: Number words and their values ("двенадцать", "двухсот" → двести).
NUMBER_WORDS = {
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900, "полтора": 1.5, "двое": 2, "трое": 3,
    "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9,
    "десятеро": 10, "оба": 2,
}
#: The words that multiply the number before them ("две тысячи", "полтора десятка",
#: "три сотни"); alone, in the plural, they are vague ("десятки", "сотни").
NUMBER_SCALES = {"тысяча": 1000, "миллион": 1_000_000, "десяток": 10, "сотня": 100}
#: Approximate quantities that still give a number ("десяток" ≈ 10, "полсотни" ≈ 50).
#: Vague plurals ("десятки", "сотни", "несколько") give none: a report's "hundreds" is
#: no count (the project's Russian and French sets leave them empty).
APPROXIMATE_NUMBERS = {"десяток": 10, "десятка": 10, "полсотни": 50, "полтысячи": 500}
#: Months by their lemma ("5 января" → январь).
MONTHS = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
          "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
          "декабрь": 12}
#: Weekdays by their lemma, Monday first.
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
            "воскресенье")
#: Ordinal numbers by their lemma ("третьи сутки", "второй день подряд").
ORDINALS = {"второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5,
            "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10}
