"""Recognition: spans, kinds, hints and qualifiers on small texts."""

from __future__ import annotations

import pytest
from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Recognizer, load_stoplist


def _found(parser, text):
    doc = next(parser.nlp.pipe([text]))
    return parser.recognizer(doc)


def test_offsets_are_exact(tiny_parser):
    text = "Protesters gathered in Almaty and Astana on Friday."
    found = _found(tiny_parser, text)
    assert [c.text for c in found] == ["Almaty", "Astana"]
    assert all(text[c.start:c.end] == c.text for c in found)


def test_airport_suffix_widens_the_span_and_hints_airport(tiny_parser):
    found = _found(tiny_parser, "Flights left Almaty airport at dawn.")
    assert [(c.text, c.query, c.hint) for c in found] == [
        ("Almaty airport", "Almaty", "airport")]


def test_province_suffix_is_a_hint_not_part_of_the_span(tiny_parser):
    found = _found(tiny_parser, "Unrest spread in Almaty region overnight.")
    assert [(c.text, c.hint) for c in found] == [("Almaty", "admin1")]


def test_qualifier_after_a_comma(tiny_parser):
    found = _found(tiny_parser, "He was born in Springfield, Illinois, in 1950.")
    by_text = {c.text: c for c in found}
    assert by_text["Springfield"].qualifier == "illinois"
    assert "Illinois" in by_text


def test_possessive_is_trimmed(tiny_parser):
    text = "Kazakhstan's government resigned."
    found = _found(tiny_parser, text)
    assert found[0].text == "Kazakhstan"


def test_demonym_nominal_and_area(tiny_parser):
    text = ("Kazakh police fired at the airport while the provinces and all regions "
            "across the country stayed calm.")
    kinds = {c.text: c.kind for c in _found(tiny_parser, text)}
    assert kinds["Kazakh"] == "demonym"
    assert kinds["the airport"] == "nominal"
    assert kinds["the provinces"] == "area"
    assert kinds["all regions"] == "area"
    assert kinds["across the country"] == "area"


def test_common_word_written_lower_case_elsewhere_is_not_a_place(tiny_parser, nlp):
    recognizer = Recognizer(tiny_parser.gazetteer, stoplist=(), use_ner=False)
    doc = next(nlp.pipe(["Paris said paris is a word here."]))
    assert [c.text for c in recognizer(doc)] == []


def test_for_spans_keeps_given_offsets(tiny_parser):
    text = "Almaty airport and the French border."
    found = tiny_parser.recognizer.for_spans(text, [(0, 6), (23, 29)])
    assert [(c.text, c.kind, c.hint) for c in found] == [
        ("Almaty", "named", "airport"), ("French", "demonym", "")]


def test_a_gold_span_demonym_is_the_adjective_even_where_a_town_shares_it(real_parser):
    # Canadian, Texas exists; as in detection, the one-word demonym reads as Canada's.
    text = "Canadian officials said on Monday."
    [found] = real_parser.recognizer.for_spans(text, [(0, 8)])
    assert found.kind == "demonym"


def test_learned_stoplist_is_folded_words():
    stop = load_stoplist()
    assert all(word == word.lower().strip() for word in stop)



_TOWNS = StubGazetteer([
    # Small towns only (Dyer, Indiana; Bell, California) and Egypt.
    Place(id="dyer", name="Dyer", lat=41.49, lon=-87.52, kind="city",
          country="US", admin1="Indiana", population=16_000),
    Place(id="bell", name="Bell", lat=33.98, lon=-118.19, kind="city",
          country="US", admin1="California", population=35_000),
    Place(id="eg", name="Egypt", lat=27.0, lon=30.0, kind="country",
          country="EG", population=100_000_000),
])


def _towns_found(nlp, text):
    recognizer = Recognizer(_TOWNS, stoplist=(), use_ner=False)
    return [c.text for c in recognizer(next(nlp.pipe([text])))]


def test_a_surname_is_a_person_throughout_the_text(nlp):
    text = "Sheriff Dyer spoke first. Later Dyer said the road to Egypt was closed."
    assert _towns_found(nlp, text) == ["Egypt"]


def test_a_word_glued_to_another_name_is_not_a_place(nlp):
    text = "They ate at Taco Bell and drove on to Bell and to Upper Egypt."
    assert _towns_found(nlp, text) == ["Bell", "Egypt"]


def test_a_word_before_another_name_is_not_a_place_unless_an_institution_follows(nlp):
    text = "We met Bell Flowers and the Bell Police near Egypt Air offices."
    assert _towns_found(nlp, text) == ["Bell", "Egypt"]


def test_a_dotted_state_abbreviation_is_a_mention(real_parser):
    doc = real_parser("The S.C. Highway Patrol and the N.C. Department of Transportation "
                      "said C.A. Smith was seen. It is O.K., officials said.")
    found = {m.text: m.place for m in doc.mentions}
    assert found["S.C."].name == "South Carolina"
    assert found["N.C."].name == "North Carolina"
    # Codes whose letters are not the division's initials (California, Oklahoma).
    assert "C.A." not in found and "O.K." not in found


def test_two_dotted_letters_resolve_only_to_a_place_with_those_initials(real_parser):
    doc = real_parser("Officials in D.C. met at 9 A.M. on Monday.")
    found = {m.text: m.place for m in doc.mentions}
    assert found["D.C."].name == "District of Columbia"
    assert found.get("A.M.") is None  # not Armenia


@pytest.mark.parametrize(("text", "name"), [
    ("The wet March brought drought relief to North Georgia on Monday.", "Georgia"),
    ("Stargazers throughout Western Massachusetts will join the count.", "Massachusetts"),
])
def test_a_compass_part_of_a_known_place_is_that_place(real_parser, text, name):
    found = {m.text for m in real_parser(text).mentions}
    assert name in found
    assert not any(t.endswith(name) and t != name for t in found)


def test_a_compass_word_that_is_part_of_the_name_stays(real_parser):
    found = {m.text: m.place for m in real_parser(
        "Flights to North Korea and South Africa resumed.").mentions}
    assert found["North Korea"].country == "KP"
    assert found["South Africa"].country == "ZA"


@pytest.mark.parametrize(("text", "name"), [
    ("Parents say Dayton City Schools should reopen the library by spring.", "Dayton"),
    ("Later Eugene City Manager Tom Vance signed the lease.", "Eugene"),
    ("The Kansas City Council met on Monday.", "Kansas City"),
    ("The Boulder City Council met on Monday.", "Boulder City"),
])
def test_city_before_an_institution_belongs_to_the_place(real_parser, text, name):
    assert name in {m.text for m in real_parser(text).mentions}


def test_a_small_places_alternate_name_alone_is_not_a_mention(real_parser):
    # GeoNames lists "Passover" as another name of a small US town.
    found = {m.text for m in real_parser(
        "Families in Lancaster cook for Passover this week.").mentions}
    assert "Passover" not in found
    assert "Lancaster" in found


def test_names_joined_by_an_ampersand_are_a_firm(real_parser):
    found = {m.text for m in real_parser(
        "The county paid Stevens & Wilkinson for the design in Columbia.").mentions}
    assert "Stevens" not in found and "Wilkinson" not in found
    assert "Columbia" in found


@pytest.mark.parametrize(("text", "name"), [
    ("On Tuesday the United States Food and Drug Administration recalled two batches "
     "of cough syrup.", "United States"),
    ("Volunteers met officials from the US Federal Emergency Management Agency on Friday.",
     "US"),
])
def test_the_country_a_government_bodys_name_begins_with_is_a_mention(real_parser, text,
                                                                      name):
    found = {m.text: m.place for m in real_parser(text).mentions}
    assert found[name].country == "US"


@pytest.mark.parametrize(("text", "names"), [
    ("Ferry service between Costa Rica and El Salvador was halted last week.",
     {"Costa Rica", "El Salvador"}),
    ("Flights to Trinidad and Tobago resumed.", {"Trinidad and Tobago"}),
    ("A new measles case was confirmed in Ghana, west Africa.", {"Ghana", "Africa"}),
    ("Dengue cases rose in Rio Grande do Sul and Minas Gerais.",
     {"Rio Grande do Sul", "Minas Gerais"}),
])
def test_pairs_directions_and_connectors(real_parser, text, names):
    assert {m.text for m in real_parser(text).mentions} == names
