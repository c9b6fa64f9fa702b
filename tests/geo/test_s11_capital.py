"""Issue 18 (session 11), item 4: "the capital" by era.

- The table of capitals by era (gazetteer/data/capitals_by_era.csv) is well formed: each
  city is in the gazetteer and in its country, and for each country and day at most one
  city is the capital news means.
- "The capital" of a report is its country's capital when the report was published, or
  in the year its sentence names: Bujumbura in 2015 and Gitega in 2023 for Burundi,
  Lagos in 1985 and Abuja in 2020 for Nigeria; the seat of government where news means
  it (La Paz, Abidjan).
- "X's capital", "the <demonym> capital" and "the country's capital" are the capital too;
  a city in apposition ("the capital, X") is the one meant; a province's capital is no
  national capital; "capital markets" is no place.

Fresh news-style sentences with publication dates, over the real gazetteer.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer.capitals import capital_eras, is_news_capital, news_capital_id
from geo.extract import extract_incidents
from geo.model import Document

BUJUMBURA, GITEGA = "geonames:425378", "geonames:426272"
LAGOS, ABUJA = "geonames:2332459", "geonames:2352778"
ALMATY, ASTANA = "geonames:1526384", "geonames:1526273"
LA_PAZ, ABIDJAN = "geonames:3911925", "geonames:2293538"


def _capital_mentions(parser, text: str, published: date | None) -> list:
    parsed = parser(Document(text, published=published))
    return [m for m in parsed.mentions if m.kind == "nominal" and "capital" in m.text]


def _capital_place(parser, text: str, published: date | None) -> str | None:
    found = _capital_mentions(parser, text, published)
    assert len(found) == 1, found
    return found[0].place.id if found[0].place is not None else None


# -- the table ------------------------------------------------------------------------

def test_every_capital_of_the_table_is_a_city_of_its_country(gazetteer):
    for era in capital_eras():
        place = gazetteer.get(era.place_id)
        assert place is not None, era
        assert place.kind == "city" and place.country == era.country, (era, place)


def test_one_news_capital_per_country_and_day():
    eras = [e for e in capital_eras() if e.news]
    for era in eras:
        for other in eras:
            if other is era or other.country != era.country:
                continue
            for day in (era.valid_from, era.valid_to):
                if day is not None and era.covers(day):
                    assert not other.covers(day), (era, other)


def test_news_capital_by_date():
    assert news_capital_id("BI", date(2015, 5, 14)) == BUJUMBURA
    assert news_capital_id("BI", date(2023, 3, 2)) == GITEGA
    assert news_capital_id("NG", date(1985, 8, 28)) == LAGOS
    assert news_capital_id("NG", date(1992, 1, 5)) == ABUJA
    assert news_capital_id("KZ", date(1995, 6, 1)) == ALMATY
    assert news_capital_id("KZ", date(2020, 6, 1)) == ASTANA  # then called Nur-Sultan
    # Today's, and news's: the seat of government, not the constitutional capital.
    assert news_capital_id("NG") == ABUJA
    assert news_capital_id("BO") == LA_PAZ
    assert news_capital_id("CI") == ABIDJAN
    # Before the table's first period: the first capital (colonial Lagos).
    assert news_capital_id("NG", date(1955, 1, 1)) == LAGOS
    assert news_capital_id("FR", date(1990, 1, 1)) is None  # never moved: the gazetteer's


def test_is_news_capital_falls_back_to_the_gazetteer_mark():
    assert is_news_capital(BUJUMBURA, "BI", "PPL", date(2014, 1, 1))
    assert not is_news_capital(GITEGA, "BI", "PPLC", date(2014, 1, 1))
    assert is_news_capital("geonames:2988507", "FR", "PPLC")


# -- "the capital" in reports ---------------------------------------------------------

@pytest.mark.parametrize(("published", "expected"), [
    (date(2015, 5, 14), BUJUMBURA),
    (date(2023, 3, 2), GITEGA),
])
def test_burundi_capital_by_publication_date(real_parser, published, expected):
    text = ("Security forces fired tear gas at hundreds of opposition supporters in the "
            "capital on Wednesday, a day after Burundi's president announced he would "
            "seek another term.")
    assert _capital_place(real_parser, text, published) == expected


@pytest.mark.parametrize(("published", "expected"), [
    (date(1985, 8, 28), LAGOS),
    (date(2020, 10, 21), ABUJA),
])
def test_nigeria_capital_by_publication_date(real_parser, published, expected):
    text = ("Soldiers took up positions around government buildings in the capital on "
            "Tuesday as Nigeria's new military rulers imposed a dusk-to-dawn curfew.")
    assert _capital_place(real_parser, text, published) == expected


def test_the_year_the_sentence_names_chooses_the_capital(real_parser):
    text = ("In 1989, students clashed with riot police in the capital for three days "
            "after Nigeria raised fuel prices.")
    assert _capital_place(real_parser, text, date(2021, 6, 1)) == LAGOS


def test_no_publication_date_means_todays_capital(real_parser):
    text = "Hundreds of traders marched in the capital on Monday, Nigeria's police said."
    assert _capital_place(real_parser, text, None) == ABUJA


def test_seat_of_government_is_the_capital_news_means(real_parser):
    bolivia = ("Miners set off dynamite outside government offices in the capital on "
               "Thursday, Bolivia's interior minister said.")
    ivory = ("Police dispersed a sit-in by teachers in the capital on Friday, the Ivory "
             "Coast teachers' union said.")
    assert _capital_place(real_parser, bolivia, date(2019, 11, 14)) == LA_PAZ
    assert _capital_place(real_parser, ivory, date(2022, 2, 4)) == ABIDJAN


@pytest.mark.parametrize("text", [
    "Police broke up a rally in Kazakhstan's capital on Saturday, witnesses said.",
    "Police broke up a rally in the Kazakh capital on Saturday, witnesses said.",
    "Police broke up a rally in the country's capital on Saturday, witnesses in "
    "Kazakhstan said.",
])
def test_capital_named_by_its_country(real_parser, text):
    assert _capital_place(real_parser, text, date(1996, 4, 13)) == ALMATY
    assert _capital_place(real_parser, text, date(2012, 4, 13)) == ASTANA


def test_city_in_apposition_is_the_one_meant(real_parser):
    text = ("Gunmen attacked a police post in the commercial district of the capital, "
            "Bujumbura, overnight, Burundi's army said.")
    assert _capital_place(real_parser, text, date(2023, 3, 2)) == BUJUMBURA


def test_a_provinces_capital_is_no_national_capital(real_parser):
    text = "Thousands of farmers rallied in the Sichuan capital on Sunday."
    assert _capital_place(real_parser, text, date(2021, 3, 7)) is None


def test_capital_markets_are_no_place(real_parser):
    text = "Nigeria's capital markets regulator fined two brokers on Monday."
    assert _capital_mentions(real_parser, text, date(2021, 3, 8)) == []


def test_incident_in_a_countrys_capital_is_at_the_capital(real_parser):
    text = ("Police shot dead two protesters in Burundi's capital on Thursday, a rights "
            "group said.")
    parsed = real_parser(Document(text, published=date(2015, 5, 15)))
    found = extract_incidents(parsed)
    assert [(i.location.place.id, i.geo_precision) for i in found] == [(BUJUMBURA, 1)]


def test_a_square_in_the_capital_stays_there_when_named_again(real_parser):
    text = ("Riot police fired tear gas in Basra and in the southern city of Nasiriyah "
            "on Monday. The sit-in began with a few hundred students marching to Tahrir "
            "Square in the capital, and Baghdad's governor said it was peaceful. In "
            "Nasiriyah, crowds burned tyres outside party offices. On Tuesday police "
            "cleared tents near Tahrir Square before dawn.")
    parsed = real_parser(Document(text, published=date(2019, 10, 8)))
    squares = [m for m in parsed.mentions if m.text == "Tahrir Square"]
    assert [m.place.name for m in squares] == ["Baghdad", "Baghdad"]


def test_the_capital_is_the_reports_own_when_it_names_it(real_parser):
    # The country last named is a buyer, not the country the report is about.
    text = ("Hundreds of miners rallied outside government headquarters in Bishkek on "
            "Monday over the sale of Kyrgyzstan's gold to Russia. Police said a curfew had "
            "been imposed in the capital.")
    assert _capital_place(real_parser, text, date(2023, 2, 6)) == "geonames:1528675"
