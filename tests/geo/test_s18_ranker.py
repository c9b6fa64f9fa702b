"""Fresh news sentences for the learned ranking (issue 17, session 18): a city against a
big first-level division or a division's seat of the same name abroad, a town against the
country it is named after, and namesakes across countries that the story's other places
settle. Our own sentences, on the real gazetteer and the shipped model.

Each case is (text, name, country, admin1): the mention ``name`` must resolve to a place
in ``country`` and ``admin1`` (None: anywhere in the country; "": the country itself).
"""

from __future__ import annotations

import pytest

from geo.model import Document

pytestmark = pytest.mark.slow

#: Why the shipped model (geo/data/ranker-v5.json) misses a case. Session 18 tried
#: features for them (a division's lead over its namesake towns, a town's nearness where a
#: country bears its name, the text's share in a country or division's country): they
#: mend five of these but lower leave-one-corpus-out LGL under its .85 floor (commit
#: 9807748 on branch s18-ranker holds them).
_COUNTRY_PRIOR = ("the kind_country prior (16.6) outweighs a town's nearness to the "
                  "text's other places")
MISSED = {
    ("St. Louis", "Police in"): "division_population (11.9) takes Senegal's Saint-Louis "
                                "region for a name the text does not place",
    ("Victoria", "Nurses in"): "division_population takes the Australian state over a "
                               "city beside its own province's towns",
    ("Lebanon", "Residents of"): _COUNTRY_PRIOR,
    ("Lebanon", "A march in"): _COUNTRY_PRIOR,
    ("Peru", "Factory workers"): _COUNTRY_PRIOR,
    ("Poland", "Police in"): _COUNTRY_PRIOR,
    ("Mexico", "Several hundred"): _COUNTRY_PRIOR,
}

CASES = [
    # A city the text does not place, against a big division or a seat abroad.
    ("Hundreds of people marched through downtown St. Louis on Sunday after a police "
     "shooting, and organisers said a second rally would follow in Kansas City.",
     "St. Louis", "US", "Missouri"),
    ("Police in St. Louis arrested eleven protesters who blocked an interstate ramp late "
     "on Friday.", "St. Louis", "US", "Missouri"),
    ("Fishermen in Kochi stopped work for a second day, and boat owners in Kollam and "
     "Alappuzha joined the strike against the new fuel prices.", "Kochi", "IN", "Kerala"),
    ("Dock workers walked out at the port of Kochi on Tuesday, halting container traffic "
     "bound for Bengaluru and Chennai.", "Kochi", "IN", "Kerala"),
    ("Students rallied outside the university in Córdoba, Argentina's second city, while "
     "teachers in Rosario and Mendoza held a one-day strike.", "Córdoba", "AR", None),
    ("Transport workers in Mendoza blocked the main avenue, and bus drivers in San Juan "
     "and San Luis said they would join them on Monday.", "Mendoza", "AR", None),
    ("Farmers drove tractors into Santa Fe, New Mexico, on Wednesday, and ranchers from "
     "Albuquerque and Taos joined them outside the Capitol.", "Santa Fe", "US",
     "New Mexico"),
    ("Riot police fired tear gas in Hyderabad as crowds gathered outside the assembly, "
     "and smaller protests were reported in Warangal and Karimnagar.", "Hyderabad", "IN",
     "Telangana"),
    ("Traders in Hyderabad shut their shops against power cuts, and the strike spread "
     "to Karachi, Sukkur and Larkana by evening.", "Hyderabad", "PK", "Sindh"),
    ("Nurses in Victoria walked off the job on Thursday, and hospital staff in Nanaimo "
     "and Kamloops said they would follow.", "Victoria", "CA", "British Columbia"),
    ("Protesters gathered at the harbour in Perth, and rallies were also held in Dundee, "
     "Stirling and Inverness.", "Perth", "GB", "Scotland"),
    # A town against the country it is named after.
    ("Residents of Lebanon packed a school board meeting, and parents from Schaefferstown, "
     "Jonestown and Cornwall spoke against the new curfew.", "Lebanon", "US",
     "Pennsylvania"),
    ("A march in Lebanon drew about 300 people, and organisers said buses would bring "
     "more from Nashville and Murfreesboro.", "Lebanon", "US", "Tennessee"),
    ("Factory workers in Peru picketed the plant gate, and union members from Kokomo and "
     "Logansport joined the line.", "Peru", "US", "Indiana"),
    ("Police in Poland detained two men after a fight outside a bar, officers in "
     "Youngstown and Boardman said.", "Poland", "US", "Ohio"),
    ("Several hundred people rallied in Mexico on Saturday, and smaller groups met in "
     "Columbia and Fulton.", "Mexico", "US", "Missouri"),
    # The country itself, where the text is about the country.
    ("Lebanon's army deployed in Beirut and Sidon after a night of clashes.", "Lebanon",
     "LB", ""),
    ("Protests spread across Peru on Monday, with roadblocks near Cusco and Arequipa.",
     "Peru", "PE", ""),
    ("Jordan closed two border crossings after riots in Amman and Zarqa.", "Jordan",
     "JO", ""),
    ("Thousands rallied in Georgia against the new law, filling the avenues of Tbilisi "
     "and Batumi.", "Georgia", "GE", ""),
    ("Georgia's governor sent the National Guard to Atlanta and Savannah after the "
     "unrest.", "Georgia", "US", "Georgia"),
    # Namesakes across countries that the other places settle.
    ("Residents of Kingston blocked roads with burning tyres, and police in Montego Bay "
     "and Spanish Town reported looting.", "Kingston", "JM", None),
    ("Teachers in Hamilton went on strike, and school boards in Burlington and "
     "Mississauga warned of closures.", "Hamilton", "CA", "Ontario"),
    ("Dock workers in Sydney, Nova Scotia, struck on Monday, and ferry crews in Halifax "
     "joined them.", "Sydney", "CA", "Nova Scotia"),
    ("Students occupied a campus building in Moscow, and classmates drove over from "
     "Pullman and Lewiston to join them.", "Moscow", "US", "Idaho"),
    ("A curfew was imposed in Tripoli after gunfire, and the army moved units from "
     "Beirut and Zgharta.", "Tripoli", "LB", None),
    ("Hospital staff in Valencia went on strike, as did nurses in Maracay and Barquisimeto "
     "the same morning.", "Valencia", "VE", None),
    ("Shopkeepers in León shuttered their stores, and vendors in Managua and Masaya "
     "joined the protest.", "León", "NI", None),
    ("Protesters blocked the highway to Mérida, and the unrest spread to Cancún and "
     "Valladolid.", "Mérida", "MX", None),
    ("Miners marched through Santa Cruz, and police in Cochabamba and Sucre braced for "
     "more roadblocks.", "Santa Cruz", "BO", None),
    ("A bomb hoax closed a station in Alexandria, and trains to Arlington and Fairfax "
     "were held for an hour.", "Alexandria", "US", "Virginia"),
    ("Clashes broke out in Alexandria after Friday prayers, and police in Cairo and "
     "Port Said were put on alert.", "Alexandria", "EG", None),
    ("Bus drivers in Birmingham walked out, and routes into Tuscaloosa and Montgomery "
     "were cancelled.", "Birmingham", "US", "Alabama"),
    ("Hundreds rallied in London, Ontario, and smaller groups gathered in Sarnia and "
     "Windsor.", "London", "CA", "Ontario"),
    ("Farmers blocked roads around Granada, and the protest spread to Masaya and "
     "Rivas.", "Granada", "NI", None),
    ("Fishermen blocked the port of Punta Arenas, and truckers in Puerto Natales backed "
     "them.", "Punta Arenas", "CL", None),
]


def params_with_xfails(cases: list, missed: dict) -> list:
    """The cases as pytest parameters, each a case ``missed`` names (by the place and the
    sentence's start) a strict xfail with its measured reason."""
    out = []
    for case in cases:
        reason = next((why for (name, start), why in missed.items()
                       if case[1] == name and case[0].startswith(start)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*case, marks=marks))
    return out


@pytest.mark.parametrize(("text", "name", "country", "admin1"),
                         params_with_xfails(CASES, MISSED))
def test_the_place_the_story_means(real_parser, text, name, country, admin1):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == name and m.place is not None]
    assert places
    assert all(right(p, country, admin1) for p in places)


def right(place, country: str, admin1: str | None) -> bool:
    """Whether ``place`` is in ``country`` and ``admin1`` (None: any; "": the country)."""
    if place.country != country:
        return False
    if admin1 is None:
        return True
    if admin1 == "":
        return place.kind == "country"
    return place.admin1 == admin1 or (place.kind == "admin1" and place.name == admin1)
