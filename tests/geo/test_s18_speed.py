"""Session 18's CPU savings keep the geoparser's answers: the NER's products on numpy's
BLAS, the text kept by the tokenizer, a word's lower case from its text, and the
landmark patterns run only where the word each match holds appears."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from geo.nlp import doc_text, words
from geo.recognize.phrases import area_phrases, named_phrases, nominal_phrases

FRESH = ("Farmers from Tartu and Pärnu blocked the road to Tallinn on Monday, while "
         "Mayor Liis Kask said ÜLEMISTE traffic\twas  stopped.\n\nDockers in Gdańsk and "
         "Gdynia joined them; İzmir's port stayed open.\n")


def test_the_ner_runs_on_numpys_blas_and_finds_what_blis_finds(nlp):
    ner = nlp.get_pipe("ner")
    assert {type(node.ops) for node in ner.model.walk()} == {NumpyOps}
    assert not any(node.ops.use_blis for node in ner.model.walk())
    found = [(e.start_char, e.end_char, e.label_) for e in nlp(FRESH).ents]
    blis = NumpyOps(use_blis=True)
    kept = [node.ops for node in ner.model.walk()]
    try:
        for node in ner.model.walk():
            node.ops = blis
        assert [(e.start_char, e.end_char, e.label_) for e in nlp(FRESH).ents] == found
    finally:
        for node, ops in zip(ner.model.walk(), kept, strict=True):
            node.ops = ops
    assert {FRESH[s:e] for s, e, label in found if label == "GPE"} >= {"Tallinn", "Gdańsk"}


def test_the_tokenizer_keeps_the_text_it_read(nlp):
    doc = nlp(FRESH)
    assert doc_text(doc) is doc.user_data["geo_text"]
    assert doc_text(doc) == doc.text == FRESH
    assert doc_text(nlp.make_doc("  ")) == "  "


def test_a_words_lower_case_is_spacys(nlp):
    doc = nlp(FRESH)
    assert [w.lower_ for w in words(doc)] == [t.lower_ for t in doc]


@pytest.mark.parametrize(("text", "named", "nominal"), [
    ("Rep. Tom Vail, R-Okla., spoke.", ["Okla."], []),
    ("Crowds filled Wenceslas Square and Karlova Street.",
     ["Wenceslas Square", "Karlova Street"], []),
    ("They met on Praça da Liberdade, by Mount Elgon and the Tana River.",
     ["Praça da Liberdade", "Tana River", "Mount Elgon"], []),
    ("Marchers gathered outside Government House in Suva, then marched on parliament.",
     [], ["parliament", "Government House"]),
    ("Talks resumed in Ghana's capital.", [], ["capital"]),
    ("Nothing here names a street or a seat.", [], []),
])
def test_landmarks_and_seats_are_found_as_before(text, named, nominal):
    assert sorted(c.text for c in named_phrases(text)) == sorted(named)
    assert sorted(c.text for c in nominal_phrases(text)) == sorted(nominal)
    assert list(area_phrases("across the country")) != []
