"""How cost grows with the input (``incidentmap bench scaling``).

Three ratios, each of the CPU time of this process for an input four times larger to
that for the smaller one (the best of three runs, so that other jobs on the machine
matter less): parsing a news-like text (0.5 MB against 2 MB, several chunks each),
extracting its incidents (40 kB against 160 kB), and resolving a text that names four
times more distinct towns (1,000 against 4,000). A linear cost gives about 4, a quadratic
one about 16. The parser runs without its statistical NER: chunking, gazetteer matching
and resolution are what could grow faster than the text.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gazetteer.files import atomic_write
from gazetteer.place import Place
from geo.bench.texts import news_like_text
from geo.extract import incidents
from geo.pipeline import Parser
from geo.recognize import Candidate
from geo.resolve import Resolver

__all__ = ["bench_scaling"]

#: Below this ratio (for four times the input) a cost counts as linear.
LINEAR_RATIO = 6.0
RUNS = 3


def bench_scaling(out_path: str | Path, *, parser: Parser | None = None) -> dict[str, Any]:
    """Measure the three ratios (see the module); write and return them."""
    parser = parser or Parser(ner=False)
    ratios = {
        "parse": _text_ratio(parser, 500_000),
        "incidents": _text_ratio(lambda text: incidents(text, published="2022-01-07",
                                                        parser=parser), 40_000),
        "resolve_distinct_names": _resolution_ratio(1_000),
    }
    result = {"benchmark": "scaling", "ratios": {k: round(v, 2) for k, v in ratios.items()},
              "linear_below": LINEAR_RATIO,
              "linear": all(ratio < LINEAR_RATIO for ratio in ratios.values())}
    with atomic_write(out_path) as handle:
        json.dump(result, handle, indent=2)
    return result


def _cpu_seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _text_ratio(work: Callable[[str], object], small: int) -> float:
    # Every sentence an event: the densest case, where cross-terms would show first.
    short, long = (news_like_text(size, seed=1, event_share=1.0) for size in (small, 4 * small))
    work(short[:2_000])  # warm the caches first
    return _cpu_seconds(lambda: work(long)) / _cpu_seconds(lambda: work(short))


class _NumberedTowns:
    """A name index of towns "Town1", "Town2", ..., three places each, spread over the
    globe: a text naming thousands of them stresses what compares places with places."""

    def candidates_folded(self, folded: str, limit: int = 20) -> tuple[Place, ...]:
        number = int(folded.removeprefix("town"))
        return tuple(Place(id=f"{folded}-{i}", name=f"Town{number}",
                           lat=(number * 7 + i * 31) % 170 - 85,
                           lon=(number * 13 + i * 17) % 350 - 175, kind="city",
                           country="US", admin1="Ohio", population=1000 * (i + 1))
                     for i in range(3))

    def demonym(self, word: str) -> None:
        return None


def _resolution_ratio(names: int) -> float:
    resolver = Resolver(_NumberedTowns())

    def resolve(count: int) -> Callable[[], object]:
        text = " ".join(f"Town{i} ." for i in range(count))
        found, at = [], 0
        for i in range(count):
            name = f"Town{i}"
            found.append(Candidate(at, at + len(name), name, "named", name))
            at += len(name) + 3
        return lambda: resolver(text, found)

    resolve(200)()  # warm up
    return _cpu_seconds(resolve(4 * names)) / _cpu_seconds(resolve(names))
