"""Fresh sentences for places lost to events (issues 17, 18 and 20, session 22): a big city
against a hamlet of its name in its own country that lies nearer the text's other
places; a Russian town after its kind word where a division bears the name too («в
городе Лимон»); a Russian town named like a common noun after a preposition of place
(«в Сороках»); a Russian name several towns of other spellings bear, read in the text's
country («в Баре» in Montenegro). Our own sentences, on the real gazetteer and the
shipped model.
"""

from __future__ import annotations

import pytest

from geo.model import Document

pytestmark = pytest.mark.slow


def _places(parser, text: str, word: str, language: str) -> list:
    parsed = parser(Document(text, language=language))
    return [m.place for m in parsed.mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "admin1"), [
    ("Taxi drivers went on strike in Nanjing, Chengdu and Guangzhou on Monday over a "
     "new ride-hailing app.", "Nanjing", "Jiangsu"),
    ("Factory workers rallied in Xi'an, Wuhan and Guangzhou to demand unpaid bonuses.",
     "Xi'an", "Shaanxi"),
])
def test_a_big_city_not_a_hamlet_of_its_name(real_parser, text, word, admin1):
    places = _places(real_parser, text, word, "en")
    assert places and all(p is not None and p.admin1 == admin1 for p in places)


@pytest.mark.parametrize(("text", "word", "country", "kind"), [
    ("Вечером в городе Лимон портовики провели митинг у здания мэрии.", "Лимон", "CR",
     "city"),
    ("Фермеры в Сороках перекрыли трассу тракторами, требуя снизить цены на топливо.",
     "Сороках", "MD", "city"),
    ("Портовики в Баре и Подгорице объявили забастовку, требуя повысить зарплаты.",
     "Баре", "ME", "city"),
])
def test_russian_towns_read_in_their_context(real_parser, text, word, country, kind):
    places = _places(real_parser, text, word, "ru")
    assert places and all(p is not None and p.country == country and p.kind == kind
                          for p in places)


def test_a_country_after_the_word_city_stays_the_country(real_parser):
    # "the largest city of Kazakhstan": the name after «города» is no town's.
    text = "Протестующие заняли центр крупнейшего города Казахстана."
    places = _places(real_parser, text, "Казахстана", "ru")
    assert places and all(p is not None and p.kind == "country" for p in places)
