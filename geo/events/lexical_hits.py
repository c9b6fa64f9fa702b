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
# How many words after that act its own date, place or relative clause may stand
# ("против арестов, проведённых накануне в Уфе").
_OWN_REACH = 6
# How many words either side of a killing's verb its victim may stand ("молодого человека
# ночью зарезали", "застрелил из ружья двух прохожих").
_VICTIM_REACH = 4


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
            if trigger.points_back_after and any(
                    w.any_of(trigger.points_back_after)
                    for w in sentence[max(0, position - 2):position]) and not _told_of(
                    sentence, position, vocabulary):
                continue
            if trigger.not_before and position + 1 < len(sentence) and \
                    sentence[position + 1].any_of(trigger.not_before):
                continue
            last = _phrase_end(sentence, position, trigger)
            if last is None or (trigger.victims and not _victim_near(
                    sentence, position, last, trigger.victims, vocabulary)):
                continue
            happened = told is None or told(position, last)
            # (not a phrase of the first overlapping it: "a été arrêté", "été arrêté")
            if trigger.rule in unreal and (not happened or any(
                    hit[0].rule == trigger.rule and hit[2] >= position for hit in hits)):
                continue
            hits.append((trigger, position, last))
            (taken if happened else unreal).add(trigger.rule)
    return sorted(hits, key=lambda hit: hit[1])


def stood_against(sentence: list[Word], first: int, vocabulary: Vocabulary,
                  unrest: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger at ``first``, a noun in the plural with no number, is only
    what a crowd stands against ("акция против арестов", "une marche contre les
    enlèvements d'enfants"): a kind of act, not one told ("contre l'arrestation de
    l'opposant" is told). A crowd word, or a protest's or riot's trigger (at the
    positions ``unrest``), must govern "против"/"contre" in its clause ("les villageois
    se sont défendus contre des attaques" tell the attacks); and an act told with its
    own date, place or relative clause is one act ("contre les arrestations de dimanche
    à Thiès", "против арестов, проведённых накануне в Уфе")."""
    if not vocabulary.is_plural(sentence[first].text):
        return False
    for at in range(first, max(-1, first - _AGAINST_REACH - 1), -1):
        word = sentence[at]
        if word.any_of(vocabulary.against):
            return _governed(sentence, at, vocabulary, unrest) \
                and not _told_as_one(sentence, first, vocabulary)
        if word.is_number or any(c in ",;:" for c in word.gap):
            return False
    return False


def _governed(sentence: list[Word], against: int, vocabulary: Vocabulary,
              unrest: frozenset[int]) -> bool:
    for at in range(against - 1, -1, -1):
        if at in unrest or sentence[at].any_of(vocabulary.crowd):
            return True
        if any(c in ",;:" for c in sentence[at].gap):
            return False
    return False


def _told_as_one(sentence: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the words after the act, up to the clause's end or its verb, give it a date, a place
    ("в Уфе", "à Thiès") or a relative clause of its own."""
    after = sentence[first + 1:first + 1 + _OWN_REACH]
    for n, word in enumerate(after):
        # (not past the main clause's own verb: "Un rassemblement contre les arrestations
        # de syndicalistes a réuni dimanche", its date is the rally's)
        if (n and any(c in ";:()" for c in word.gap)) or vocabulary.is_past(word.text) \
                or word.text.lower() in vocabulary.past_auxiliaries:
            return False
        if word.any_of(vocabulary.relatives) or word.any_of(vocabulary.months) \
                or any(key in vocabulary.weekdays for key in word.keys) \
                or (word.text[:1].isupper() and n and after[n - 1].any_of(vocabulary.at_place)):
            return True
    return False


def _victim_near(sentence: list[Word], first: int, last: int, victims: frozenset[str],
                 vocabulary: Vocabulary) -> bool:
    return any(w.is_number or w.any_of(victims) or vocabulary.is_person(w.text)
               for w in sentence[max(0, first - _VICTIM_REACH):last + 1 + _VICTIM_REACH])


def _phrase_end(sentence: list[Word], position: int, trigger: Trigger) -> int | None:
    at = position
    for keys in trigger.words[1:]:
        nxt = next((i for i in range(at + 1, min(len(sentence), at + 2 + trigger.reach))
                    if sentence[i].any_of(keys)), None)
        if nxt is None:
            return None
        at = nxt
    return at


def _told_of(sentence: list[Word], position: int, vocabulary: Vocabulary) -> bool:
    """Whether a relative clause after the trigger at ``position`` tells of its event
    ("задержала организатора митинга ..., на который вышли две тысячи человек"): the
    sentence reports it, not only points back to it. The relative opens its clause, a
    preposition at most before it (not "организаторы протестов, совет которых ...", of
    the organisers)."""
    return any(w.any_of(vocabulary.relatives) and (
        "," in w.gap or ("," in sentence[n - 1].gap and len(sentence[n - 1].text) <= 3))
        for n, w in enumerate(sentence[position + 1:position + 10], position + 1))
