"""The resolution score's named features and their weights.

A candidate place's score is the dot product of its feature values
(:func:`geo.resolve.features.feature_values`, in the order of :data:`FEATURES`) with
:class:`Weights`. The resolver's default is the learned ranking model (:data:`MODEL`,
:func:`shipped`, trained by ``python -m tools.train_ranker`` and judged
leave-one-corpus-out by ``python -m tools.loco``: docs/benchmarks.md, "Learned ranking").
No weight is typed in by hand: ``Weights()`` is all zeros (each name's first gazetteer
reading).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geo.errors import InputError

#: The shipped ranking model: weights learned by ``python -m tools.train_ranker``.
MODEL = Path(__file__).resolve().parents[1] / "data" / "ranker-v5.json"

#: The candidate features, in the order :meth:`geo.resolve.resolver.Resolver.features`
#: returns them; each is also the name of its weight in :class:`Weights`.
FEATURES = ("population", "exact", "kind_country", "kind_admin1", "kind_admin2",
            "kind_region", "kind_airport", "namesake", "capital", "country", "admin1",
            "admin1_named", "admin1_share", "country_named", "qualifier", "hint",
            "distance", "support", "outgrown", "capital_abroad",
            "alternate_count", "population_gap", "major",
            "division_population", "largest", "kind_share", "seat_namesake",
            "renown_abroad", "closeness", "focus")


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the candidate score, one per feature of :data:`FEATURES`; 0 by default.

    What each feature is: ``population``: log10 population / 7; ``exact``: the
    candidate's main name is the mention (not an alternate name); ``kind_*``: a prior per
    kind of place (cities are the reference); ``namesake``: a city lying in a first-level
    division called the name, when that division is also a candidate (the city that is the
    seat of the region named after it, not the region), unless a kind word ("Grodno
    region") or a list of divisions around says the division; ``capital``: a national
    capital; ``country``: the share of the document's places in the candidate's country,
    less what the mention's own first reading added; ``admin1``: in a division the first
    pass read one of the text's mentions as; ``admin1_named``, ``country_named``: the text
    names the candidate's division or country in another mention, under any reading of
    that mention ("X is a town in Y County, Minnesota"); ``admin1_share``: the share,
    among all the division readings of the text's other mentions, of those naming the
    candidate's division; ``qualifier``: in the place named after a comma; ``hint``: of
    the kind the surrounding words say; ``distance``: minus the mean distance, per 1000 km
    (each capped), to the three nearest towns or divisions that the mentions around it
    take (:func:`geo.resolve.features.local_others`); ``support``: ``ln(1 + n)`` for the n
    other names (at most :data:`geo.resolve.features.SUPPORT_CAP`) with one of their first
    readings, a town, county, airport or landmark, in the 3 × 3 one-degree cells around
    the candidate (any of those readings, so that one wrong guess for them does not
    mislead); ``outgrown``: a first-level division with fewer people in all its towns than
    a same-named city in another country has (Gaza, the city, against Mozambique's
    province); ``capital_abroad``: a national capital whose name one of its country's
    divisions shares, in a text about places abroad (both worked out per mention by
    :class:`geo.resolve.features.Rivals`; the corpora hold few such names, so their
    weights are set, not fitted: ``tools.train_ranker.FIXED``); ``alternate_count``:
    log(1 + number of alternate names) / 5, a prominence signal; ``population_gap``: the
    candidate's log10 population less the most populous candidate's, / 7; ``major``: a
    country, division or region called exactly the name; ``division_population``: a
    division's log10 population / 7; ``largest``: the most populous of the mention's
    candidates; ``kind_share``: the share of the names around the mention whose first
    reading is of the candidate's kind (a list of states, a list of towns);
    ``seat_namesake``: a first-level division whose ``namesake`` city is a candidate too
    (both unless a kind word or a list of divisions says the division);
    ``renown_abroad``: ``alternate_count`` of a candidate abroad where a rival lies in the
    text's countries (:attr:`geo.resolve.features.Rivals.abroad`: Paris, France, in a
    text on Henry County, Tennessee); ``closeness``: how near the candidate lies to the
    nearest of the places ``distance`` measures to, on a log scale (1 at the place, 0 at
    3000 km or more: :meth:`geo.resolve.features.Nearby.closeness`), so that 10 km
    against 100 km weighs as much as 100 against 1000 (a town beside its county's other
    towns, not its namesake two states away); ``focus``: the candidate lies in the
    publication's country (the resolver's ``focus``; no corpus has one, so its weight is
    set: ``tools.train_ranker.FIXED``).
    ``refine``: run the second pass twice, measuring distances to the places the first
    one chose rather than to the prior's guesses.
    """

    population: float = 0.0
    exact: float = 0.0
    kind_country: float = 0.0
    kind_admin1: float = 0.0
    kind_admin2: float = 0.0
    kind_region: float = 0.0
    kind_airport: float = 0.0
    namesake: float = 0.0
    capital: float = 0.0
    country: float = 0.0
    admin1: float = 0.0
    admin1_named: float = 0.0
    admin1_share: float = 0.0
    country_named: float = 0.0
    qualifier: float = 0.0
    hint: float = 0.0
    distance: float = 0.0
    support: float = 0.0
    outgrown: float = 0.0
    capital_abroad: float = 0.0
    alternate_count: float = 0.0
    population_gap: float = 0.0
    major: float = 0.0
    division_population: float = 0.0
    largest: float = 0.0
    kind_share: float = 0.0
    seat_namesake: float = 0.0
    renown_abroad: float = 0.0
    closeness: float = 0.0
    focus: float = 0.0
    refine: bool = True

    @classmethod
    def from_json(cls, path: str | Path) -> Weights:
        """The weights of a model file written by ``tools/train_ranker.py``
        (``{"version", "features", "weights": {name: value}, ...}``); features it does
        not name weigh 0."""
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        weights = data.get("weights") if isinstance(data, dict) else None
        if not isinstance(weights, dict) or set(weights) - set(FEATURES):
            raise InputError("not a ranking model, or one with features this version "
                             "does not compute", path=path)
        return cls(**{k: float(v) for k, v in weights.items()},
                   refine=bool(data.get("refine", True)))


@cache
def shipped() -> Weights:
    """The shipped learned model (:data:`MODEL`), read once per process."""
    return Weights.from_json(MODEL)
