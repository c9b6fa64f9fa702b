"""Where a sentence of a Russian or French report holds the trigger phrases of its
language's vocabulary (:class:`geo.events.vocabulary.Trigger`): read by the lexical
detector (:mod:`geo.events.lexical`) and by the learned typing's features
(``tools/type_features.py``)."""

from __future__ import annotations

from collections.abc import Callable

from geo.events.vocabulary import Trigger, Vocabulary, Word

__all__ = ["sentence_hits", "stood_against"]

# How many words may stand between "против"/"contre" and the act a crowd stands against
# ("contre la vague d'enlèvements", "против массовых арестов").
_AGAINST_REACH = 4


def sentence_hits(sentence: list[Word], vocabulary: Vocabulary, report: frozenset[str],
                  nearby: frozenset[str], told: Callable[[int, int], bool] | None = None
                  ) -> list[tuple[Trigger, int, int]]:
    """Each rule's first trigger in the sentence (by word index); ``report``: the keys
    of the whole report, ``nearby``: those of this sentence and the one before.
    ``told(first, last)``, when given, says whether a trigger is told as happened: a
    rule whose first trigger is not ("personne n'a été arrêté jeudi, mais vendredi 30
    jeunes ont été interpellés", "митинг отменили, но люди вышли на площадь") also
    keeps its next trigger that is."""
    keys = {k for w in sentence for k in w.keys}
    hits: list[tuple[Trigger, int, int]] = []
    taken: set[str] = set()
    unreal: set[str] = set()
    for position, word in enumerate(sentence):
        for trigger in {t for k in word.keys for t in vocabulary.first_words.get(k, ())}:
            if trigger.rule in taken or (trigger.needs and not trigger.needs & keys) or (
                    trigger.report_needs and not trigger.report_needs & report) or (
                    trigger.context and not trigger.context & nearby) or \
                    trigger.unless & keys:
                continue
            if trigger.not_after and any(w.any_of(trigger.not_after)
                                         for w in sentence[max(0, position - 2):position]):
                continue
            if trigger.not_before and position + 1 < len(sentence) and \
                    sentence[position + 1].any_of(trigger.not_before):
                continue
            last = _phrase_end(sentence, position, trigger)
            if last is None:
                continue
            happened = told is None or told(position, last)
            # (not a phrase of the first overlapping it: "a été arrêté", "été arrêté")
            if trigger.rule in unreal and (not happened or any(
                    hit[0].rule == trigger.rule and hit[2] >= position for hit in hits)):
                continue
            hits.append((trigger, position, last))
            (taken if happened else unreal).add(trigger.rule)
    return sorted(hits, key=lambda hit: hit[1])


def stood_against(sentence: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the trigger at ``first``, a noun in the plural with no number, is only
    what a crowd stands against ("акция против арестов", "une marche contre les
    enlèvements d'enfants"): a kind of act, not one told ("contre l'arrestation de
    l'opposant" is told)."""
    if not vocabulary.is_plural(sentence[first].text):
        return False
    for word in reversed(sentence[max(0, first - _AGAINST_REACH):first + 1]):
        if word.any_of(vocabulary.against):
            return True
        if word.is_number or any(c in ",;:" for c in word.gap):
            return False
    return False


def _phrase_end(sentence: list[Word], position: int, trigger: Trigger) -> int | None:
    at = position
    for keys in trigger.words[1:]:
        nxt = next((i for i in range(at + 1, min(len(sentence), at + 2 + trigger.reach))
                    if sentence[i].any_of(keys)), None)
        if nxt is None:
            return None
        at = nxt
    return at
