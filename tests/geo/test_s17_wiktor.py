"""Namesakes that an article's other places settle (issue 17, session 17): a Wikipedia-like
article on a town sharing its name with others, whose county, neighbouring towns, river
or region say which one. Our own sentences, on the real gazetteer and the shipped model:
the class of WikToR's documents, scored leave-one-corpus-out by ``tools/loco.py``."""

from __future__ import annotations

import pytest

from geo.model import Document

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "admin1", "country"), [
    ("Springfield has been the seat of state government since 1839. Lawmakers drive in "
     "from Chatham and Rochester, and the Sangamon County fairgrounds fill each August.",
     "Springfield", "Illinois", "US"),
    ("Athens grew up around the state university on the Hocking River. Students commute "
     "from Nelsonville and Chauncey, and the Athens County fair opens each August.",
     "Athens", "Ohio", "US"),
    ("Paris lies in the hills above the Sandy River. Its courthouse serves Henry County, "
     "and most shoppers drive in from Puryear and Buchanan.", "Paris", "Tennessee", "US"),
    ("Florence sits where the Pee Dee region meets the interstate. Trains once ran from "
     "Florence to Darlington, Timmonsville and Hartsville.",
     "Florence", "South Carolina", "US"),
    ("Toledo was a Roman garrison town on the Tagus. Pilgrims reach it from Talavera de "
     "la Reina, Illescas and Consuegra.", "Toledo", "Castilla-La Mancha", "ES"),
    ("Richmond is a market town in the hills of North Yorkshire. Its castle looks over "
     "the Swale towards Catterick and Leyburn.", "Richmond", "England", "GB"),
    ("Dublin is the seat of a rural county in the middle of the state. Its clinic serves "
     "Dexter, Soperton and the farms along the Oconee River.", "Dublin", "Georgia", "US"),
    ("Plymouth lies on Cape Cod Bay. Ferries leave for Provincetown in summer, and "
     "commuters drive north to Kingston and Duxbury.", "Plymouth", "Massachusetts", "US"),
])
def test_a_namesake_placed_by_the_articles_other_places(real_parser, text, name, admin1,
                                                         country):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == name and m.place is not None]
    assert places
    assert all((p.admin1, p.country) == (admin1, country) for p in places)
