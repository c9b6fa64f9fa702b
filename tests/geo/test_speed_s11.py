"""Session 11's CPU savings keep spaCy's and the parser's answers: the Doc's text kept
once, plain Words for tokens, the array-reading sentencizer, the frozen pool parent,
the cached demonyms and the second walk skipped where it would repeat the first."""

from __future__ import annotations

import copy
import gc

import pytest
from spacy.pipeline import Sentencizer

from gazetteer.normalize import fold
from geo.nlp import doc_text, words
from geo.workers import worker_pool

TEXT = ("WASHINGTON (AP) — Police in St. Louis, Mo., detained Matt Turner on Friday! "
        "Turner said: \"Riots hit Almaty?!\" ... The U.S. Embassy in Astana closed.\n\n"
        "a lower-case line. 2,000 people marched in New York City.")
ATTRIBUTES = ("i", "idx", "text", "lower_", "is_punct", "is_space", "is_stop",
              "is_lower", "is_sent_start", "ent_type_")


def test_words_read_what_the_tokens_say(nlp):
    doc = nlp(TEXT)
    found = words(doc)
    assert len(found) == len(doc)
    for token, word in zip(doc, found, strict=True):
        for name in ATTRIBUTES:
            assert getattr(word, name) == getattr(token, name), (token.i, name)
            assert type(getattr(word, name)) is type(getattr(token, name)), (token.i, name)
        assert word.shape_ == token.shape_  # any other attribute is the token's own
    assert copy.copy(found[1]).text == found[1].text
    assert any(w.ent_type_ for w in found) and any(w.is_sent_start is None
                                                   for w in words(nlp.make_doc(TEXT)))


def test_doc_text_is_the_text_kept_once(nlp):
    doc = nlp.make_doc(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)


@pytest.mark.parametrize("text", [TEXT, "", " ", "?", "Hi!!! Yes?! ...", "a. b",
                                  "。你好。", "Mr. Smith went. ) And (so?) on"])
def test_sentences_start_where_spacys_sentencizer_starts_them(nlp, text):
    ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
    nlp.get_pipe("geo_sentencizer")(ours)
    Sentencizer()(theirs)
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]


def test_the_pool_parent_unfreezes_and_leaves_a_callers_freeze_alone():
    assert gc.get_freeze_count() == 0
    pool = worker_pool(1)
    pool.terminate()
    pool.join()
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        pool = worker_pool(1)
        pool.terminate()
        pool.join()
        assert gc.get_freeze_count() > 0  # still frozen: not the pool's to undo
    finally:
        gc.unfreeze()


def test_demonyms_are_cached_per_folded_word(gazetteer):
    assert gazetteer.demonym("French") is gazetteer.demonym("french")
    assert gazetteer.demonym("Kazakhs").country == "KZ"
    assert gazetteer.demonym("Nowhereish") is None


def test_skipping_the_second_walk_changes_no_mention(real_parser):
    texts = ["Riots in Almaty and Astana.",
             "Protesters in Paris marched to the Bastille; in Lyon police fired tear gas.",
             "Minneota, Minnesota, and Marshall saw floods; the Minnesota River rose.",
             "Clashes in Georgia's capital Tbilisi spread to Batumi, officials in Atlanta "
             "and Moscow said."]
    resolver = real_parser.resolver
    for text, found in zip(texts, real_parser.pipe_candidates((t, ()) for t in texts),
                           strict=True):
        # Both walks, always, as before the skip.
        options = resolver.candidate_options(text, found)
        context = resolver._context(found, options)
        first = resolver._walk(text, found, options, context, {})
        context.anchors.update({fold(c.query): m.place for c, m in zip(found, first, strict=True)
                                if c.kind == "named" and m.place is not None})
        context.last_city = context.last_country = None
        context.settled.clear()
        assert resolver(text, found) == resolver._walk(text, found, options, context, {})
