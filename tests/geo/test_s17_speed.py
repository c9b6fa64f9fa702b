"""Session 17's CPU savings keep the parser's answers: the NER reading documents of like
length together, the first pass's choice kept per query, hint and candidates, a
mention's feature vectors and neighbour counts kept per document, and distances
computed with local functions."""

from __future__ import annotations

import math

from gazetteer.geometry import EARTH_RADIUS_KM, PointSet, haversine_km
from gazetteer.normalize import fold
from geo.resolve.context import Context, grid_cell
from geo.resolve.features import (
    Rivals,
    feature_values,
    local_anchors,
    local_others,
    nearby,
    neighbours,
)

# Fresh sentences, of several lengths, so that a batch's documents differ in length.
TEXTS = [
    "Floods cut the road between Cusco and Arequipa on Monday.",
    "Farmers from Nakuru drove tractors into Nairobi, where police in Kisumu had "
    "already closed the market; officials in Mombasa said the port stayed open, and "
    "traders in Eldoret, Thika and Machakos joined the strike by Friday afternoon.",
    "Dhaka.",
    "Strikers in Porto Alegre, Curitiba and Florianópolis met on Tuesday; in Curitiba "
    "the union said Porto Alegre would follow.",
    "Residents of Springfield, Illinois, and Springfield, Missouri, both reported hail, "
    "while Springfield itself stayed dry.",
    "",
    "Miners in Potosí blocked the highway to Sucre; Potosí's governor flew to La Paz.",
]


def test_the_ner_finds_the_same_entities_in_a_batch_as_one_at_a_time(nlp):
    together = [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in nlp.pipe(TEXTS * 5, batch_size=64)]
    alone = [[(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
             for text in TEXTS * 5]
    assert together == alone
    assert any(together)


def test_the_kept_first_pass_choice_is_the_one_worked_out_anew(real_parser):
    resolver = real_parser.resolver
    found = [c for cands in real_parser.pipe_candidates((t, ()) for t in TEXTS)
             for c in cands if c.kind == "named"]
    options = {c.query: resolver._options(c) for c in found}
    found = [c for c in found if options[c.query]]
    assert len(found) > 10
    for cand in found + found:  # the second time from what was kept
        places = options[cand.query]
        assert resolver._prior_best(cand, places) is places[resolver._best_alone(cand, places)]
    assert resolver._priors


def test_kept_feature_vectors_and_neighbour_counts_are_those_worked_out_anew(real_parser):
    resolver = real_parser.resolver
    text = TEXTS[3]
    found = next(real_parser.pipe_candidates([(text, ())]))
    options = resolver.candidate_options(text, found)
    context = resolver._context(found, options)
    named = [c for c in found if c.kind == "named" and options.get(c.query)]
    assert len({c.query for c in named}) < len(named)  # a name recurs
    for cand in named + named:
        places = options[cand.query]
        kept = resolver._vectors(cand, places, context, ())
        others = local_others(context, cand)
        assert nearby(local_anchors(context, cand))._points._points == others._points._points
        rivals = Rivals.of(places, context, cand)
        assert kept == [feature_values(p, cand, context, (), others, rivals) for p in places]
    assert context.vectors and context.neighbour_counts
    # Counted anew in a context that has kept none, and again from what was kept.
    fresh = Context(context.countries, context.admin1s, context.anchors,
                    local_cells=context.local_cells)
    for query in {fold(c.query) for c in named}:
        for place in (p for c in named for p in options[c.query]):
            assert neighbours(context, place, query) == neighbours(fresh, place, query)
            assert (grid_cell(place), query) in fresh.neighbour_counts
    assert any(neighbours(context, p, "x") for c in named for p in options[c.query])


def _distances_as_before(points, lat, lon):
    # PointSet.distances_km's loop as it was written before session 17.
    phi, lam = math.radians(lat), math.radians(lon)
    cos_phi = math.cos(phi)
    out = []
    for plat, plon in points:
        phi2, lam2 = math.radians(plat), math.radians(plon)
        h = (math.sin((phi2 - phi) / 2) ** 2
             + cos_phi * math.cos(phi2) * math.sin((lam2 - lam) / 2) ** 2)
        out.append(2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h))))
    return out


def test_distances_are_those_of_the_loop_before_to_the_last_bit():
    points = [(10.5, 20.25), (-33.9, 151.2), (64.1, -21.9), (0.0, 179.9), (-0.0, -179.9)]
    for lat, lon in [(10.5, 20.25), (51.5, -0.13), (-12.05, -77.04), (89.9, 0.0)]:
        found = PointSet(points).distances_km(lat, lon)
        assert found == _distances_as_before(points, lat, lon)
        assert [round(d, 6) for d in found] == [round(haversine_km(*p, lat, lon), 6)
                                                for p in points]
