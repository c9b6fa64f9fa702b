"""Recognition rules for names the gazetteer need not know, and institutions named after
places."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geo.recognize import Candidate
from geo.recognize.filters import without_number
from geo.recognize.lookup import NameLookup
from geo.recognize.ner import PLACE_BEFORE
from geo.recognize.persons import surnames
from geo.recognize.phrases import named_phrases


def _named(text):
    return [(c.text, c.query, c.hint)
            for c in sorted(named_phrases(text), key=lambda c: c.start)]


def _found(parser, text):
    """The parser's recognizer's candidates for one text."""
    return parser.recognizer(next(parser.nlp.pipe([text])))


def test_street_feature_and_legislator_home_are_named_mentions():
    text = ("She lives on Ashland Drive near the Bear Hollow Wilderness and Mount Hood. "
            "Rep. Nora Whitfield, D-S.C., objected; State Rep. Dale Hargrove (R-Moorhead) "
            "sided with her.")
    assert _named(text) == [
        # The whole name is the query: "Ashland" alone would find a town (session 10).
        ("Ashland Drive", "Ashland Drive", "street"),
        ("Bear Hollow Wilderness", "Bear Hollow Wilderness", ""),
        ("Mount Hood", "Mount Hood", ""),
        ("S.C.", "S.C.", ""),
        ("Moorhead", "Moorhead", ""),
    ]


def test_a_capitalised_word_after_the_generic_word_makes_an_institution():
    assert _named("Pupils of Indian Lake Elementary and Green Street Academy met.") == []


def test_a_sentence_initial_article_is_not_part_of_the_name():
    assert [c.text for c in named_phrases("The Atlas Mountains rise.")] == [
        "Atlas Mountains"]


def test_an_institution_named_after_a_place_yields_the_place(tiny_parser):
    found = _found(tiny_parser, "The Almaty City Council met on Friday.")
    assert [c.text for c in found] == ["Almaty"]


def test_a_county_court_is_not_a_street(tiny_parser):
    found = _found(tiny_parser, "He appeared in Almaty Court Friday.")
    assert [(c.text, c.hint) for c in found] == [("Almaty", "")]


def test_a_newspaper_or_school_named_after_a_place_is_no_mention(tiny_parser):
    found = _found(tiny_parser, "The Almaty Times said pupils of Astana Academy "
                                "left Almaty.")
    assert [c.text for c in found] == ["Almaty"]


def test_a_kind_word_inside_an_entity_becomes_a_hint(tiny_parser):
    found = _found(tiny_parser, "Riots spread in Almaty region on Monday.")
    assert [(c.text, c.hint) for c in found] == [("Almaty", "admin1")]


def test_a_saints_name_with_a_possessive_is_an_institution(tiny_parser):
    found = _found(tiny_parser, "Mass was held at St. Mary's in Almaty.")
    assert [c.text for c in found] == ["Almaty"]


def test_the_city_of_is_a_hint_not_part_of_the_name(tiny_parser):
    found = _found(tiny_parser, "Officials of the City of Almaty met on Friday.")
    assert [(c.text, c.hint) for c in found] == [("Almaty", "city")]


def test_a_place_before_an_officials_title_is_free_of_the_persons_name(tiny_parser):
    found = _found(tiny_parser, '"We will rebuild," Almaty Mayor Bauyrzhan Baibek '
                                "said on Friday.")
    assert "Almaty" in [c.text for c in found]


def test_an_unknown_word_is_a_place_only_where_a_place_is_expected(tiny_parser):
    assert {"in", "of"} <= PLACE_BEFORE and "supporting" not in PLACE_BEFORE
    doc = next(tiny_parser.nlp.pipe(["Moderate senators said they were supporting "
                                     "Kasich's proposed sales tax changes."]))
    assert [e.label_ for e in doc.ents] == ["GPE"]  # the NER's reading
    assert tiny_parser.recognizer(doc) == []
    found = _found(tiny_parser, "It was the Georgian village of Prisi that came "
                                "under attack.")
    assert "Prisi" in [c.text for c in found]


@pytest.mark.parametrize(("text", "name"), [
    ("Burkina Faso has a farming population of more than ten million.", "Burkina Faso"),
    ("Critics of austerity like Malawi's new finance minister spoke.", "Malawi"),
])
def test_a_country_the_ner_calls_a_person_is_still_the_country(real_parser, text, name):
    # The small NER model tags the country PERSON here; a span that is a country's
    # name as a whole is the country ("Paris Hilton" is not Paris: not the whole span).
    found = [(m.text, m.place.kind) for m in real_parser(text).mentions if m.place]
    assert found == [(name, "country")]


@pytest.mark.parametrize(("text", "expected"), [
    # Tagged PERSON by the small NER model; each whole span is a town.
    ("The road in Glen Carbon was closed.", ("Glen Carbon", "named")),
    ("A free fishing clinic will be held in Bonners Ferry.", ("Bonners Ferry", "named")),
    # Tagged PERSON; the whole span is a demonym.
    ("Sri Lankan troops advanced.", ("Sri Lankan", "demonym")),
])
def test_a_place_the_ner_mislabels_as_a_whole_is_still_a_mention(real_parser, text, expected):
    assert [(m.text, m.kind) for m in real_parser(text).mentions] == [expected]


@pytest.mark.parametrize("text", [
    "There were more West Nile virus infections this summer.",
    "An outbreak of Marburg virus was confirmed.",
    "Rift Valley fever spread among cattle.",
    "Doctors confirmed Marburg haemorrhagic fever.",
])
def test_a_disease_named_after_a_place_is_no_place_mention(real_parser, text):
    assert [m.text for m in real_parser(text).mentions if m.kind == "named"] == []


def test_a_numbered_road_keeps_only_the_place_it_is_named_after(real_parser):
    text = ("County Road 35, north of Alexandria, is closed, and so is Otter Tail County "
            "Road 80 near Fergus Falls.")
    found = [c.text for c in _found(real_parser, text)]
    assert "County Road" not in found and "Otter Tail County Road" not in found
    assert "Otter Tail County" in found


def test_a_lone_gazetteer_word_before_a_number_is_a_unit_not_a_place(tiny_parser):
    lookup = NameLookup(tiny_parser.gazetteer)
    for text, kept in [("Almaty 198 and Troop 198 collected food.", False),
                       ("Police said in Almaty 16 people died.", True)]:
        start = text.index("Almaty")
        cand = Candidate(start, start + 6, "Almaty", "named", "Almaty", source="gazetteer")
        assert (without_number(text, cand, lookup) is not None) is kept
        from_ner = replace(cand, source="ner")
        assert without_number(text, from_ner, lookup) == from_ner


def test_a_persons_surname_is_no_place_unless_a_major_place_bears_it(real_parser):
    # "Flores" is also another name of Timon, Brazil (174,000 people) and a department
    # of Uruguay: neither makes the surname of the text's Matthew Flores a place.
    text = ("Matthew D. Flores was shot outside a bar in Tucson. Flores, 26, had just "
            "left the Army. Police in Tucson said Flores was unarmed.")
    assert "Flores" not in [c.text for c in _found(real_parser, text)]
    text = "George Washington slept here. Washington said on Monday it would act."
    assert "Washington" in [c.text for c in _found(real_parser, text)]
    # A suffix is not the surname.
    text = ("Tony Servance Jr. was charged on Friday. According to court records, "
            "Servance was alone with the child.")
    assert "Servance" not in [c.text for c in _found(real_parser, text)]


def test_a_name_with_a_middle_initial_is_a_person_whatever_the_ner_says(nlp):
    # Without any entity (as where the NER calls "Tyrise M. Bell" an organisation), the
    # first name and middle initial still make "Bell" a surname; "St. Louis" is none.
    doc = next(nlp.pipe(["Police shot Tyrise M. Bell near St. Louis. Bell died."]))
    assert surnames((), list(doc)) == {"bell"}


def test_a_post_office_locality_resolves_but_is_not_matched_alone(real_parser):
    # Localities known only by a post office's name are many and often words or
    # surnames: the text must offer them as places (the NER, or gold spans).
    text = "A man from Lanexa was charged on Monday."
    start = text.index("Lanexa")
    (mention,) = real_parser.resolve_spans(text, [(start, start + 6)])
    assert (mention.place.name, mention.place.admin1) == ("Lanexa", "Virginia")
    assert NameLookup(real_parser.gazetteer).alias_only("Lanexa")


def test_a_demonym_the_ner_calls_a_place_is_still_the_demonym(real_parser):
    # GeoNames lists "Kazakh" as another name of Petropavl; the NER tags it GPE here.
    (mention,) = real_parser("Some Kazakh media claimed that protesters were arrested."
                             ).mentions
    assert (mention.kind, mention.place.name) == ("demonym", "Kazakhstan")


@pytest.mark.parametrize("text", [
    "Floods killed 20 people in Laos on Monday.",
    "Protests spread in Luxembourg on Monday.",
    "Tourists were stranded on Bonaire on Monday.",
])
def test_a_country_whose_name_is_its_demonym_stays_a_place(real_parser, text):
    # The gazetteer lists "Laos", "Luxembourg" and "Bonaire" among the demonyms too.
    (mention,) = real_parser(text).mentions
    assert (mention.kind, mention.role) == ("named", "location")
    assert mention.place.kind in ("country", "admin1")  # Bonaire is also a division


@pytest.mark.parametrize(("text", "expected"), [
    # The speaker of a speech verb is a person, surname or not ...
    ('"The vote was close," Carpenter said.', []),
    ("The works are in storage, St. Clair said on Monday.", []),
    # ... a place that speaks as a government is kept, by any of its names ...
    ("Moscow said the talks would go on.", [("Moscow", "actor")]),
    ("Britain said it would act.", [("Britain", "actor")]),
    # ... and a comma or a preposition, here or elsewhere in the text, makes it a place.
    ("Ann Lee, 14, from Cowley, said it was great.", [("Cowley", "location")]),
    ("An official from the town of Bozeman said the bridge would reopen.",
     [("Bozeman", "actor")]),
    ("Police in nearby Sderot said three rockets fell.", [("Sderot", "actor")]),
    ("Rockets hit Tskhinvali overnight. Tskhinvali said two died.",
     [("Tskhinvali", "location"), ("Tskhinvali", "actor")]),
])
def test_a_name_a_speech_verb_follows_at_once_is_its_speaker(real_parser, text, expected):
    assert [(m.text, m.role) for m in real_parser(text).mentions
            if m.kind == "named"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("United Way volunteers handed out meals.", []),
    ("The Webb Center lost its funding.", []),
    ("They celebrated St. Patrick's Day downtown.", []),
    ("The Santa Clara Valley Water District called for rationing.", []),
    # A district named for a place is an area.
    ("Fighting spread to Bajaur District on Monday.", ["Bajaur District"]),
    # A place inside the organisation's name stays; a street named so is a street.
    ("The Salt Lake City School District closed schools.", ["Salt Lake City"]),
    ("He lives on District Drive in Athens.", ["District Drive", "Athens"]),
])
def test_an_organisation_the_ner_calls_a_place_is_none(real_parser, text, expected):
    assert [m.text for m in real_parser(text).mentions] == expected


def test_a_longer_demonym_the_ner_calls_a_place_is_the_demonym(real_parser):
    # The small NER model tags "Sierra Leonean" LOC here.
    text = "Few in the Sierra Leonean mining industry expect the new levy to survive the year."
    assert [(m.text, m.kind, m.place.name) for m in real_parser(text).mentions] == [
        ("Sierra Leonean", "demonym", "Sierra Leone")]


@pytest.mark.parametrize(("text", "kind"), [
    ("He grew up in Welsh, Louisiana, and moved away.", "named"),
    ("Rain fell on Canadian, Texas, on Sunday.", "named"),
    ("Canadian, British and French troops arrived.", "demonym"),
])
def test_a_demonym_a_town_bears_with_a_qualifier_is_the_town(real_parser, text, kind):
    mentions = real_parser(text).mentions
    assert next(m for m in mentions if m.text in ("Welsh", "Canadian")).kind == kind


def test_a_list_of_places_the_ner_calls_a_title_is_still_places(real_parser):
    text = "KYIV, Ukraine — Russian missiles struck Kharkiv and Odesa overnight."
    names = [m.text for m in real_parser(text).mentions if m.kind == "named"]
    assert {"Kharkiv", "Odesa"} <= set(names)
