"""Session 21's CPU savings (the ``speed`` round) keep the geoparser's answers: the
gazetteer asks SQLite only about words it holds, the person-name patterns are tried only
at capitals, the airport patterns only where an airport word stands, and a mention's
role is read once per place kind."""

from __future__ import annotations

import pytest

from gazetteer.lookup import Gazetteer
from geo.recognize import Candidate
from geo.recognize.airports import airport_candidates
from geo.recognize.lookup import NameLookup
from geo.resolve import roles

FRESH = ("Governor Amaka Obi of Enugu met President Luiz Inácio Lula da Silva in Brasília. "
         "Obi, 52, said the talks went well. Tomasz Wrona, who leads the dockers in Gdańsk, "
         "flew home from Warsaw. Residents of Kisumu, who marched on Monday, were joined "
         "by Halima Yusuf, a 34-year-old nurse. Dr. Chen Wei and Mr. Ruiz spoke in Lima; "
         "Moscow said little and Texas warned of delays.")


@pytest.mark.parametrize("text", [FRESH, "Obi, 52, left.", FRESH.upper(), FRESH[5:],
                                  "near Amaka Obi, who spoke, and Prime Minister Abiy"])
def test_person_names_tried_at_capitals_are_finditers(text: str) -> None:
    for pattern in (roles._PERSON_AFTER_TITLE, roles._PERSON_DESCRIBED):
        assert ([m.span() for m in roles._from_capitals(pattern, text)]
                == [m.span() for m in pattern.finditer(text)])
    assert {"Obi", "Lula", "Wrona", "Yusuf"} <= roles._person_words(FRESH)
    assert "Kisumu" not in roles._person_words(FRESH)  # "of Kisumu, who" is a place


WORDS = ("kisumu", "gdansk", "the", "said", "ala", "tx", "nyc", "xqzvr", "kazakh",
         "kazakhs", "americans", "brazilian", "governor", "")


def test_look_ups_without_a_query_answer_as_with_one(gazetteer: Gazetteer) -> None:
    asked = Gazetteer.open(gazetteer._path, build=False)  # its names never loaded
    try:
        gazetteer.names()
        assert asked._names is None
        for word in WORDS:
            assert gazetteer.candidates_folded(word) == asked.candidates_folded(word)
            assert gazetteer.demonym(word) == asked.demonym(word)
    finally:
        asked.close()
    assert gazetteer.candidates_folded("xqzvr") == ()
    assert gazetteer.candidates_folded("tx")  # a code, not a name
    assert gazetteer.demonym("Kazakhs").country == "KZ"


def test_airports_named_where_the_word_stands(gazetteer: Gazetteer) -> None:
    lookup = NameLookup(gazetteer)
    assert list(airport_candidates("Crowds gathered in Nairobi on Friday.", lookup)) == []
    found = list(airport_candidates(
        "Passengers waited at Jomo Kenyatta International Airport for hours.", lookup))
    assert [c.text for c in found] == ["Jomo Kenyatta International Airport"]


def test_each_mentions_role_is_its_own(real_parser) -> None:
    # Towns that exist in several countries, so that the second walk moves some.
    text = (FRESH + " Protesters in Paris, Texas, and in Springfield, Illinois, met "
            "workers from Lima, Ohio; Moscow, Idaho said nothing.")
    mentions = real_parser(text).mentions
    assert {m.role for m in mentions} >= {"location", "actor"}
    for m in mentions:
        cand = Candidate(m.start, m.end, m.text, m.kind, m.text)
        assert roles.role_of(text, cand, m.place) == m.role, m.text
