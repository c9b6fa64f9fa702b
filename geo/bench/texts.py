"""News-like text for benchmarks and fuzzing, built from generic fragments (no sentence
from any article or corpus)."""

from __future__ import annotations

import random

__all__ = ["news_like_text"]

# Fragments that make random text look enough like news to reach the event and place
# rules.
PLACES = ("Almaty", "Alma-Ata", "Paris", "Kazakhstan", "the provinces", "Springfield",
           "the airport", "the town hall", "Central Asia", "Kyiv", "France", "Moscow")
CLAUSES = ("Protesters gathered in {p} on {d}", "Police killed {n} people in {p}",
            "More than {n} were arrested in {p}", "A curfew was declared in {p}",
            "Troops retook {p} {d}", "Rioters set fire to buildings in {p}",
            "{n} checkpoints were set up across {p}", "{p} said the unrest was over",
            "A refugee in {p} spoke", "Clashes near {p} left dozens injured")
DAYS = ("on Monday", "since Sunday", "earlier on Friday", "on 5 January",
         "last week", "")
NUMBERS = ("26", "3,800", "dozens of", "a thousand", "0", "-1", "1e9", "9" * 12)
HOSTILE = ("<script>alert(1)</script>", "${alert(1)}", "javascript:alert(1)",
            "\u202e", "\x00", "\ufeff", "\r\n", "\u2028", "😀")
WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u1680\u2000\u2028\u2029\u3000"
FILLER = ("The statement gave no further details.", "Officials declined to comment.",
           "Witnesses described a tense night.", "Shops stayed closed for a second day.")



def news_like_text(size: int, *, seed: int = 0, event_share: float = 1 / 3) -> str:
    """A deterministic news-like text of exactly ``size`` characters.

    Paragraphs of event sentences from the fuzz fragments mixed with filler
    (``event_share`` of the sentences report an event), so that size benchmarks and
    scaling tests grow the text the way a longer article would (more places and
    events), not by repeating one sentence.
    """
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < event_share:
                sentences.append(rng.choice(CLAUSES).format(
                    p=rng.choice(PLACES), d=rng.choice(DAYS),
                    n=rng.choice(NUMBERS)).replace("  ", " ").strip() + ".")
            else:
                sentences.append(rng.choice(FILLER))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        length += len(paragraph)
    return "".join(parts)[:size]
