"""Whether a Russian or French trigger tells an event that happened (:mod:`geo.events.lexical`).

The cues are the vocabulary's (:class:`~geo.events.vocabulary.Vocabulary`), read around
the trigger in its clause: a denial anywhere before it or just after ("опровергли
сообщения о задержании", "ce que le gouverneur a démenti") makes it ``reported-denied``; a
negation before it ("не вышли", "n'ont pas manifesté", "aucune arrestation", "a exclu
de décréter") or after a noun trigger ("митинг не состоялся", "le couvre-feu ne
s'applique pas", "la grève a été annulée") ``negated``; a threat ``threatened``; a plan
("планируют провести", "appellent à manifester", "sont prévus"), a word of the future
or a verb in it ("пройдёт", "manifesteront", "seraient mobilisés") ``planned``. A cue
before a link to a past event ("a appelé au calme après les heurts") tells nothing of
it, and quotation marks do not cut a cue off ("l'intersyndicale invite à une « journée morte »").
"""

from __future__ import annotations

from geo.events.lexical_counts import without_asides
from geo.events.vocabulary import CLAUSE_ENDS, Vocabulary, Word, clause_end
from geo.model import Status

__all__ = ["trigger_status"]

# How many words before a trigger its status cues may stand.
_CUE_REACH = 6
_CUE_BREAKS = frozenset(",;:()—–")
_QUOTES = frozenset("\"«»")


def trigger_status(sentence: list[Word], first: int, last: int, vocabulary: Vocabulary) -> Status:
    # Quotation marks do not cut a cue off: "l'intersyndicale invite à une « journée morte »".
    start = _cue_start(sentence, first)
    before = sentence[max(start, first - _CUE_REACH):first]
    # "a appelé au calme après les heurts": a cue before a link to a past event
    link = max((n for n, w in enumerate(before) if w.any_of(vocabulary.past_links)),
               default=-1)
    cues = before[link + 1:]
    # "опровергли сообщения о задержании", "..., ce que le gouverneur a démenti"
    if any(w.any_of(vocabulary.denied) for w in sentence[:first]) or any(
            w.any_of(vocabulary.denied) for w in sentence[last + 1:last + 9]):
        return "reported-denied"
    if _negated(sentence, start, first, last, vocabulary):
        return "negated"
    if any(w.any_of(vocabulary.threatened) for w in cues):
        return "threatened"
    near = cues[-3:] + sentence[first:min(clause_end(sentence, last), last + 5)]
    if any(w.any_of(vocabulary.planned) for w in cues) or any(
            w.any_of(vocabulary.future) or w.any_of(vocabulary.planned)
            or vocabulary.is_future(w.text) for w in near) or any(
            w.any_of(vocabulary.planned_after)
            and (n < clause_end(sentence, last) or "," in w.gap)
            for n, w in enumerate(sentence[last + 1:last + 4], last + 1)):
        return "planned"
    return "occurred"


def _cue_start(sentence: list[Word], index: int) -> int:
    while index > 0 and not any(c in _CUE_BREAKS for c in sentence[index].gap):
        index -= 1
    return index


def _negated(sentence: list[Word], start: int, first: int, last: int,
             vocabulary: Vocabulary) -> bool:
    reach = 6 if vocabulary.language == "fr" else 3
    for at in range(max(start, first - 8), first):
        word = sentence[at]
        # a particle negates the words right after it; a verb ("a exclu de décréter
        # l'état d'urgence", "исключили введение") its whole object
        if not word.any_of(vocabulary.negation) or (at < first - reach and len(word.text) < 5):
            continue
        between = sentence[at + 1:first + 1]
        if any(w.any_of(vocabulary.not_negating) for w in between):
            continue
        # "не обошлось без задержаний": a negation a negation before it cancels
        if word.any_of(vocabulary.not_negating) and any(
                w.any_of(vocabulary.negation) for w in sentence[max(start, at - 3):at]):
            continue
        # "ne" negates with its second word: "n'ont pas manifesté", "n'a arrêté
        # personne" (just after the trigger), "rien n'a été brûlé" (its subject)
        if vocabulary.language == "fr" and word.text.lower() in ("ne", "n") and not any(
                w.text.lower() in vocabulary.second_negation
                for w in between + sentence[last + 1:last + 3]) and not _negative_subject(
                    sentence, at, vocabulary):
            continue
        return True
    # "la grève prévue mardi a été annulée", "митинг отменили": called off after it;
    # "les rassemblements ont été interdits": banned
    if any((w.any_of(vocabulary.negation) and len(w.text) > 4)
           or w.any_of(vocabulary.banned_after)
           for w in sentence[last + 1:min(clause_end(sentence, last), last + 8)]):
        return True
    # "митинг не состоялся", "столкновений ... не было", "le couvre-feu ne s'applique
    # pas": a noun trigger, then the negated verb in its clause
    if vocabulary.language == "fr":
        # (across quotation marks: "n'était « pas à l'ordre du jour »")
        after = sentence[last + 1:min(clause_end(sentence, last, _QUOTES), last + 5)]
        return any(w.text.lower() in ("ne", "n") for w in after[:2]) and any(
            w.text.lower() in vocabulary.second_negation for w in after)
    if first and sentence[first - 1].any_of(vocabulary.at_place) and not any(
            c in CLAUSE_ENDS for c in sentence[first].gap):
        # "в шествие не вмешивалась", "на митинге не было задержаний": the noun is the
        # object of a preposition, not the subject the verb after it negates
        return False
    after = sentence[last + 1:min(clause_end(sentence, last), last + 6)]
    stop = next((n for n, w in enumerate(after) if w.text.lower() in vocabulary.subordinators),
                len(after))
    after = after[:stop]
    # (but "не согласован", "не обошёлся без": a word of the two after it undoes it)
    # (the two words after it read past the window: "охватывают не только столицу")
    if any(w.text.lower() in ("не", "нет") and not any(
            v.any_of(vocabulary.not_negating) for v in sentence[last + 2 + n:last + 4 + n])
            for n, w in enumerate(after)):
        return True
    # "Стычек, по словам очевидцев, не было": across a source's aside, but
    # not into the next clause ("митинг прошёл мирно, никто не был задержан")
    tail = _clause_across_asides(without_asides(sentence[last + 1:], vocabulary))[:8]
    tail = tail[:next((n for n, w in enumerate(tail)
                       if w.text.lower() in vocabulary.subordinators), len(tail))]
    return any(w.text.lower() == "не" and n + 1 < len(tail)
               and tail[n + 1].any_of(vocabulary.be_verbs) for n, w in enumerate(tail))


def _negative_subject(sentence: list[Word], at: int, vocabulary: Vocabulary) -> bool:
    """Whether the "ne" at ``at`` follows its second word as a pronoun ("personne n'a
    été blessé"), not as a noun ("une personne n'a ...")."""
    return at > 0 and sentence[at - 1].text.lower() in vocabulary.second_negation and (
        at < 2 or sentence[at - 2].text.lower() not in vocabulary.articles)


def _clause_across_asides(words: list[Word]) -> list[Word]:
    """The words up to the first clause end, a bracketed aside left out ("(по данным
    полиции)")."""
    kept: list[Word] = []
    inside = False
    for word in words:
        if "(" in word.gap:
            inside = True
        elif ")" in word.gap:
            inside = False
        elif not inside and any(c in CLAUSE_ENDS for c in word.gap):
            break
        if not inside:
            kept.append(word)
    return kept
