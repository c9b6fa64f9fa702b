"""Whether a Russian or French trigger tells an event that happened (:mod:`geo.events.lexical`).

The cues are the vocabulary's (:class:`~geo.events.vocabulary.Vocabulary`), read around
the trigger in its clause: a denial anywhere before it or just after, short of a clause
joint ("опровергли сообщения о задержании", "ce que le gouverneur a démenti"; not "a
dispersé la marche et démenti avoir tiré"), or a claim that names it and
that the sentence says was not confirmed ("слухи о столкновениях не подтвердились", "des
rumeurs de pillages n'ont pas pu être vérifiées") makes it ``reported-denied``; a
negation before it ("не вышли", "n'ont pas manifesté", "aucune arrestation", "a exclu
de décréter"), a ban whose object it is ("a interdit les rassemblements") or a negation
after a noun trigger ("митинг не состоялся", "le couvre-feu ne
s'applique pas", "la grève a été annulée") ``negated``; a threat ``threatened``; a plan
("планируют провести", "appellent à manifester", "sont prévus"), a word of the future
or a verb in it ("пройдёт", "manifesteront", "seraient mobilisés") ``planned``. A cue
before a link to a past event ("a appelé au calme après les heurts") tells nothing of
it, and quotation marks do not cut a cue off ("l'intersyndicale invite à une « journée morte »").

A cue counts only in the trigger's own clause: a plan word on the noun ("запланированный
митинг", "la manifestation prévue samedi") yields to the noun's own verb in the past
("собрал", "a réuni"), and "comme prévu" tells a plan kept; a ban under concession
("bien que ... interdit") or defied by that verb, or negated ("n'a pas interdit"), does
not negate; a denial does not reach past a clause of contrast ("..., но митинг прошёл")
nor an event whose permit it denies ("что митинг был санкционирован"); a negation does
not reach past a clause joint or a link of time ("personne n'a été interpellé pendant
le rassemblement"). An event ruled out, planned or denied that a clause of contrast then
tells by a pronoun in the past ("..., но в пятницу он был введён", "..., mais il a été
instauré vendredi") happened.

Length: every cue is read within the same bounds of the trigger's clause (contrast,
joints, asides, links of time); split, the parts would share them through private names.
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
    status = _status(sentence, first, last, vocabulary)
    # "обещали не вводить комендантский час, но в пятницу он был введён", "..., mais il
    # a été instauré vendredi": ruled out, planned or denied, then told as happened
    if status != "occurred" and _realised_after_contrast(sentence, first, last, vocabulary):
        return "occurred"
    return status


def _realised_after_contrast(sentence: list[Word], first: int, last: int,
                             vocabulary: Vocabulary) -> bool:
    """Whether the first clause of contrast after the trigger tells, by a pronoun and
    a passive in the past after it ("он был введён", "il a été instauré"), or a
    pronoun object of a verb in the past ("его ввели", "l'a instauré"), that the
    trigger's event happened after all (not "она призвала жителей": no passive).
    The pronoun must agree with the trigger in number (and gender where the language
    has a model of it), and the verb must carry the event out: "они были приглашены на
    переговоры" are the people who threatened a "митинг", not the rally."""
    joint = next((n for n in range(last + 1, len(sentence))
                  if sentence[n].text.lower() in vocabulary.contrast), None)
    if joint is None:
        return False
    words = sentence[joint + 1:joint + 1 + _CUE_REACH]
    # (nor one that undoes it: "mais elle a été interdite", "но он был отменён")
    if any(w.any_of(vocabulary.negation) or w.any_of(vocabulary.banned_after)
           or w.any_of(vocabulary.postponing) or w.text.lower() in vocabulary.verb_negators
           for w in words):
        return False
    trigger = tuple(w.text for w in sentence[first:last + 1])
    plural = any(vocabulary.is_plural(text) for text in trigger)
    for n, pronoun in enumerate(words):
        lower = pronoun.text.lower()
        passive = lower in vocabulary.pronouns
        if not (passive or lower in vocabulary.object_pronouns) or (
                (lower in vocabulary.plural_pronouns) != plural
                or not vocabulary.pronoun_agrees(lower, trigger)):
            continue
        verb = words[n + 1:n + 4]
        if any(w.any_of(vocabulary.carrying_out) for w in verb) and any(
                w.any_of(vocabulary.passive_marks) if passive else (
                    vocabulary.is_past(w.text) or w.text.lower() in vocabulary.past_auxiliaries)
                for w in verb):
            return True
    return False


def _status(sentence: list[Word], first: int, last: int, vocabulary: Vocabulary) -> Status:
    # Quotation marks do not cut a cue off: "l'intersyndicale invite à une « journée morte »".
    start = _cue_start(sentence, first)
    before = sentence[max(start, first - _CUE_REACH):first]
    # "a appelé au calme après les heurts": a cue before a link to a past event
    link = max((n for n, w in enumerate(before) if w.any_of(vocabulary.past_links)),
               default=-1)
    cues = before[link + 1:]
    # "опровергли сообщения о задержании", "..., ce que le gouverneur a démenti"; not
    # past a clause of contrast ("опровергли слухи о комендантском часе, но митинг прошёл")
    # (nor one of its permit: "a démenti que la marche avait été autorisée"), nor past a
    # new clause ("a nié toute fraude et a reconnu que la police avait arrêté")
    if (any(w.any_of(vocabulary.denied)
            for w in sentence[_denial_reach(sentence, first, vocabulary):first])
            and not _permit_after(sentence, last, vocabulary)) or any(
            w.any_of(vocabulary.denied) for w in _up_to_joint(sentence[last + 1:last + 9],
                                                              vocabulary)):
        return "reported-denied"
    if _unconfirmed_claim(sentence, first, last, vocabulary):
        return "reported-denied"
    if _negated(sentence, start, first, last, vocabulary):
        return "negated"
    if any(w.any_of(vocabulary.threatened) for w in cues):
        return "threatened"
    after = sentence[first:min(clause_end(sentence, last), last + 5)]
    # the words that may qualify the noun: two before it, those of its clause after it
    close = cues[-2:]
    # (a verb in the future tense anywhere among the cues: "объявил, что в пятницу
    # проведёт в X новый митинг", the place and an adjective between)
    if any(w.any_of(vocabulary.future) or vocabulary.is_future(w.text)
           for w in cues[-3:] + after) or any(
            _plan_word(sentence, w, vocabulary) or vocabulary.is_future(w.text)
            for w in cues[:-2]):
        return "planned"
    # (a plan word after the trigger's own verb in the past qualifies someone else:
    # "собрались сторонники назначенного премьера")
    past = vocabulary.is_past(sentence[last].text)
    if any(_plan_word(sentence, w, vocabulary) and not (
            past and w.any_of(vocabulary.planned_after)) for w in close + after) or (
            not past and any(
                w.any_of(vocabulary.planned_after) and not _as_planned(sentence, w, vocabulary)
                and (n < clause_end(sentence, last) or "," in w.gap)
                for n, w in enumerate(sentence[last + 1:last + 4], last + 1))):
        # "Запланированный митинг собрал ...", "la manifestation prévue samedi a réuni":
        # a plan of the noun, the event told in the past by its own verb
        return "occurred" if _told_past(sentence, last, vocabulary) else "planned"
    # "ont annoncé une manifestation dimanche", "объявили о новом митинге": a gathering
    # announced is one to come, unless its own verb tells it in the past
    if sentence[first].any_of(vocabulary.gatherings) and _announced(
            sentence, first, cues, vocabulary) and not _told_past(
            sentence, last, vocabulary) and not _relative_past(sentence, last, vocabulary):
        return "planned"
    # "un rassemblement contre la fermeture de l'hôpital est prévu samedi": the noun's own
    # predicate, past its modifiers, tells a plan
    if not past and _planned_predicate(sentence, last, vocabulary):
        return "planned"
    return "occurred"


def _planned_predicate(sentence: list[Word], last: int, vocabulary: Vocabulary) -> bool:
    """Whether the noun trigger ending at ``last`` is joined by a copula to a plan word
    ("... est prévu", "... sont annoncées") in its clause, no verb in the past, relative
    or subordinate clause between (those tell of another noun)."""
    end = min(clause_end(sentence, last, _QUOTES), last + 12)
    for n in range(last + 1, end - 1):
        word = sentence[n]
        lower = word.text.lower()
        if lower in vocabulary.subordinators or word.any_of(vocabulary.relatives) or (
                vocabulary.is_past(word.text) or lower in vocabulary.past_auxiliaries):
            return False
        if lower in vocabulary.copulas:
            return sentence[n + 1].any_of(vocabulary.planned_after) and not _kept_after(
                sentence, n + 2, vocabulary)
    return False


def _kept_after(sentence: list[Word], start: int, vocabulary: Vocabulary) -> bool:
    """Whether a plan told from ``start`` on is joined to a verb of the noun's own in the
    past ("... était prévu samedi et a réuni 500 personnes"): the plan was kept (not "est
    prévu samedi et les syndicats ont appelé à ...", another subject's verb)."""
    end = min(clause_end(sentence, start), start + 6)
    joint = next((n for n in range(start, end)
                  if sentence[n].text.lower() in vocabulary.clause_joints), None)
    if joint is None or joint + 1 >= len(sentence):
        return False
    verb = sentence[joint + 1].text
    return (verb.lower() in vocabulary.past_auxiliaries or vocabulary.is_past(verb)) and \
        _told_past(sentence, joint, vocabulary)


def _announced(sentence: list[Word], first: int, cues: list[Word],
               vocabulary: Vocabulary) -> bool:
    """Whether the gathering at ``first`` is itself what a verb of announcing among the
    ``cues`` announces, its object ("ont annoncé une nouvelle marche", "объявили в среду
    о митинге"), not a noun's that the object governs ("a annoncé la fin de la grève",
    "le bilan de la manifestation", "объявило о задержании участников митинга")."""
    at = next((n for n in range(first - 1, first - 1 - len(cues), -1)
               if sentence[n].any_of(vocabulary.announcing)), None)
    if at is None:
        return False
    # (past its articles and adjectives, the days and the words of time, "une nouvelle
    # journée de mobilisation", and of its holding, "la tenue d'une marche")
    for word in reversed(sentence[at + 1:first]):
        if word.text.lower() in vocabulary.articles or vocabulary.is_adjective(word.text) or (
                any(k in vocabulary.date_words or k in vocabulary.weekdays for k in word.keys)
                or word.any_of(vocabulary.again) or word.any_of(vocabulary.carrying_out)):
            continue
        return word.any_of(vocabulary.announced_links)
    return True


def _relative_past(sentence: list[Word], last: int, vocabulary: Vocabulary) -> bool:
    """Whether a relative clause opening right after the clause of the noun trigger
    ending at ``last`` tells it in the past ("объявили о митинге в X, который прошёл в
    воскресенье", "ont annoncé une grève dans les ports, qui a débuté lundi"): what was
    announced has happened."""
    at = clause_end(sentence, last)
    return at < len(sentence) and sentence[at].any_of(vocabulary.relatives) and \
        "," in sentence[at].gap and _told_past(sentence, at, vocabulary)


def _denial_reach(sentence: list[Word], first: int, vocabulary: Vocabulary) -> int:
    """The first word a denial before ``first`` may stand at: after a clause of contrast,
    a semicolon, a link of time ("a démenti toute victime après que la police a tiré"),
    or a joint that opens a new clause of speech ("a nié toute fraude et a reconnu que
    la police avait arrêté 20 manifestants")."""
    start = _after_contrast(sentence, first, vocabulary)
    for n in range(start, first):
        word = sentence[n]
        if ";" in word.gap or word.any_of(vocabulary.past_links) or (
                word.text.lower() in vocabulary.clause_joints and any(
                    w.text.lower() in vocabulary.subordinators for w in sentence[n + 1:first])):
            start = n + 1
    return start


def _up_to_joint(words: list[Word], vocabulary: Vocabulary) -> list[Word]:
    """The words before the first clause joint or semicolon: a denial after them is of
    another clause's claim ("a dispersé la manifestation et démenti avoir tiré", "ont
    manifesté ; le gouvernement a démenti toute arrestation")."""
    end = next((n for n, w in enumerate(words) if ";" in w.gap
                or w.text.lower() in vocabulary.clause_joints), len(words))
    return words[:end]


def _unconfirmed_claim(sentence: list[Word], first: int, last: int,
                       vocabulary: Vocabulary) -> bool:
    """Whether the trigger is what a claim names that the sentence then says was not
    confirmed: "слухи о столкновениях в X не подтвердились", "des rumeurs de pillages à X
    n'ont pas pu être vérifiées"."""
    # (anywhere before it in its clause: "les informations faisant état d'affrontements")
    if not any(w.any_of(vocabulary.claims) for w in sentence[_cue_start(sentence, first):first]):
        return False
    after = _clause_across_asides(sentence[last + 1:])
    return any(w.any_of(vocabulary.confirming) and any(
        v.any_of(vocabulary.negation) or v.text.lower() in vocabulary.second_negation
        for v in after[max(0, n - 3):n]) for n, w in enumerate(after))


def _after_contrast(sentence: list[Word], first: int, vocabulary: Vocabulary) -> int:
    """The index of the last word before ``first`` that opens a clause of contrast
    after a comma ("..., но", "..., mais"), or 0."""
    return max((n for n in range(first) if sentence[n].text.lower() in vocabulary.clause_joints
                and any(c in CLAUSE_ENDS for c in sentence[n].gap)), default=0)


def _plan_word(sentence: list[Word], word: Word, vocabulary: Vocabulary) -> bool:
    """Whether ``word`` is a plan word, not one of "as planned" nor a word of
    concession read as a verb ("хотя", a form of "хотеть")."""
    return word.any_of(vocabulary.planned) and not _as_planned(sentence, word, vocabulary) \
        and word.text.lower() not in vocabulary.concessive


def _permit_after(sentence: list[Word], last: int, vocabulary: Vocabulary) -> bool:
    """Whether a word of permit stands just after the trigger ("митинг был
    санкционирован"): a denial before it is of the permit, not of the event."""
    return any(w.any_of(vocabulary.not_negating) and len(w.text) > 4
               for w in sentence[last + 1:last + 4])


def _as_planned(sentence: list[Word], word: Word, vocabulary: Vocabulary) -> bool:
    """Whether a plan word is one of "as planned" ("comme prévu", "как и планировалось"):
    the plan was kept."""
    at = next((n for n, w in enumerate(sentence) if w is word), 0)
    return any(w.text.lower() in vocabulary.as_words for w in sentence[max(0, at - 2):at])


def _told_past(sentence: list[Word], last: int, vocabulary: Vocabulary) -> bool:
    """Whether the noun trigger ending at ``last`` has a verb of its own in the past
    after it, past an aside between commas ("Митинг в X, назначенный на субботу, прошёл",
    "la marche, annoncée depuis des semaines, a rassemblé"), not negated, nor a plan
    or a ban: the event happened, whatever plan or ban its modifiers tell."""
    end = clause_end(sentence, last)
    if end == last + 1 and end < len(sentence):
        end = clause_end(sentence, clause_end(sentence, end))  # the aside, then the verb
    words = sentence[last + 1:end]
    if end > last + 1:  # "Митинг в X, назначенный на субботу, прошёл": past the plan's aside
        words += _past_plan_aside(sentence, last, vocabulary)
    unreal = (vocabulary.planned | vocabulary.planned_after | vocabulary.negation
              | vocabulary.banned_after | vocabulary.be_verbs)
    for n, word in enumerate(words):
        if word.text.lower() in vocabulary.subordinators or (
                word.text.lower() in vocabulary.clause_joints):
            return False
        pair = f"{words[n - 1].text} {word.text}".lower() if n else ""
        if word.text.lower() in vocabulary.past_auxiliaries or pair in vocabulary.past_auxiliaries:
            return not any(w.any_of(unreal) or w.text.lower() in vocabulary.second_negation
                           or w.text.lower() in ("ne", "n") for w in words[n + 1:n + 5])
        if vocabulary.is_past(word.text) and not word.any_of(unreal) and not (
                n and words[n - 1].text.lower() == "не"):
            return True
    return False


def _concessive(sentence: list[Word], start: int, first: int, vocabulary: Vocabulary) -> bool:
    """Whether a word of concession opens the trigger's clause ("bien que la marche ait
    été interdite", "хотя акция была запрещена"): a ban told under it was defied."""
    words = sentence[max(0, start - 1):first]
    return any(w.text.lower() in vocabulary.concessive or (
        n + 1 < len(words) and f"{w.text} {words[n + 1].text}".lower() in vocabulary.concessive)
        for n, w in enumerate(words))


def _cue_start(sentence: list[Word], index: int) -> int:
    while index > 0 and not any(c in _CUE_BREAKS for c in sentence[index].gap):
        index -= 1
    return index


def _negated(sentence: list[Word], start: int, first: int, last: int,
             vocabulary: Vocabulary) -> bool:
    reach = 6 if vocabulary.language == "fr" else 3
    # A finite verb told in the past ("вышли", "ont dispersé") is negated only by the
    # particle of its own verb group ("не вышли", "n'ont pas manifesté"): a preposition
    # ("jeunes sans emploi ont bloqué", "люди без работы вышли") or a verb of cancelling
    # governs a noun or an infinitive, and a ban or negation after it is of its object
    # ("ont dispersé une marche interdite") or of a clause of its own.
    finite = _past_verb(sentence, first, vocabulary)
    # not across a link to the event as the time of another ("personne n'a été
    # interpellé pendant le rassemblement")
    low = max([start, first - 8] + [n + 1 for n in range(max(start, first - 8), first)
                                    if sentence[n].any_of(vocabulary.past_links)])
    for at in range(low, first):
        word = sentence[at]
        # a particle negates the words right after it; a verb ("a exclu de décréter
        # l'état d'urgence", "исключили введение") its whole object
        # (a word of negation before the verb's own particle still counts: "aucun
        # manifestant n'a été arrêté", "никто не вышел")
        if not word.any_of(vocabulary.negation) or (at < first - reach and len(word.text) < 5) \
                or (finite and not any(w.text.lower() in vocabulary.verb_negators
                                       for w in sentence[at:first])):
            continue
        between = sentence[at + 1:first + 1]
        # (but not a ban negated, "n'a pas interdit la manifestation", nor past a clause
        # of its own: "ne sont pas intervenues et la manifestation s'est déroulée")
        if any(w.any_of(vocabulary.not_negating) for w in between) or (
                len(word.text) < 5 and any(w.any_of(vocabulary.banned_after) for w in between)
        ) or _new_clause(between[:-1], vocabulary):
            continue
        # "n'a pas pu empêcher les pillages", "не смогла предотвратить погромы": a
        # prevention negated (the particle before it, or the verb after one)
        if any(w.any_of(vocabulary.preventing) for w in sentence[at + 1:first]) or (
                word.any_of(vocabulary.preventing) and any(
                    w.text.lower() in vocabulary.verb_negators
                    for w in sentence[max(start, at - 3):at])):
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
    if finite:
        return False
    # "a interdit les rassemblements", "запретили митинги": the object of a ban, unless
    # its own verb tells it happened, or a clause of contrast defies the ban ("a interdit
    # la marche, mais des centaines de personnes ont défilé"), or it is the object of a
    # verb told in the past that is no ban ("разогнали запрещённый митинг")
    if any(w.any_of(vocabulary.banned_after) for w in sentence[max(start, first - 3):first]) \
            and not _concessive(sentence, start, first, vocabulary) \
            and not _told_past(sentence, last, vocabulary) \
            and not _object_of_past_verb(sentence, start, first, vocabulary) \
            and _after_contrast(sentence, len(sentence), vocabulary) < first:
        return True
    # "la grève prévue mardi a été annulée", "митинг отменили": called off after it;
    # "les rassemblements ont été interdits": banned
    # (but a ban defied: "bien que le rassemblement ait été interdit, ...", "la
    # manifestation interdite par la préfecture a tout de même eu lieu"; nor past a
    # clause joint, where the ban is of a verb of its own: "ont instauré un couvre-feu et
    # interdit les rassemblements")
    if any((w.any_of(vocabulary.negation) and len(w.text) > 4)
           or (w.any_of(vocabulary.banned_after) and not _defied(
               sentence, start, first, last, vocabulary))
           for w in _up_to_joint(sentence[last + 1:min(clause_end(sentence, last), last + 8)],
                                 vocabulary)
           + _past_plan_aside(sentence, last, vocabulary)):
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
    # (but "акция не была согласована": a permit it lacked, not the event)
    return any(w.text.lower() == "не" and n + 1 < len(tail)
               and tail[n + 1].any_of(vocabulary.be_verbs) and not any(
                   v.any_of(vocabulary.not_negating) for v in tail[n + 2:n + 4])
               for n, w in enumerate(tail))


def _past_verb(sentence: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the trigger at ``first`` is a finite verb told in the past: one by its
    form ("разогнали") or a participle after a past auxiliary ("ont dispersé", "s'est
    tenu")."""
    before = [w.text.lower() for w in sentence[max(0, first - 2):first]]
    return vocabulary.is_past(sentence[first].text) or (bool(before) and (
        before[-1] in vocabulary.past_auxiliaries or " ".join(before) in
        vocabulary.past_auxiliaries))


def _object_of_past_verb(sentence: list[Word], start: int, first: int,
                         vocabulary: Vocabulary) -> bool:
    """Whether a verb told in the past, neither negated nor one of ban, plan or
    cancelling, stands before the noun trigger at ``first`` in its clause ("разогнали
    запрещённый митинг", "ont dispersé une marche interdite"): what that verb did to the
    event tells it took place, whatever ban its modifiers tell."""
    unreal = (vocabulary.negation | vocabulary.banned_after | vocabulary.planned
              | vocabulary.planned_after | vocabulary.threatened)
    # A noun after a preposition is no verb's object ("предупредила об ответственности
    # за участие в запрещённом митинге": the warning befell no rally).
    if any(w.text.lower() in vocabulary.at_place for w in sentence[max(start, first - 2):first]):
        return False
    # (the nearest such verb decides: "ont interdit la marche" bans it)
    for at in range(first - 1, max(start, first - 8) - 1, -1):
        word = sentence[at]
        if word.text.lower() in vocabulary.clause_joints:
            return False
        if _past_verb(sentence, at, vocabulary):
            return not word.any_of(unreal) and not any(
                w.text.lower() in vocabulary.verb_negators for w in sentence[max(0, at - 3):at])
    return False


def _past_plan_aside(sentence: list[Word], last: int, vocabulary: Vocabulary) -> list[Word]:
    """The first words of the trigger's verb past an aside of its plan between commas
    ("пикет в X, назначенный на четверг, был запрещён", "la marche à X, prévue samedi, a
    été annulée"), or none: the plan does not cut the noun from what befell it."""
    aside = clause_end(sentence, last)
    if aside >= len(sentence) or "," not in sentence[aside].gap or \
            not sentence[aside].any_of(vocabulary.planned | vocabulary.planned_after):
        return []
    verb = clause_end(sentence, aside)
    if verb >= len(sentence) or "," not in sentence[verb].gap:
        return []
    return sentence[verb:clause_end(sentence, verb)]


def _defied(sentence: list[Word], start: int, first: int, last: int,
            vocabulary: Vocabulary) -> bool:
    """Whether a ban after the trigger was defied: told under a word of concession,
    or as a participle of the noun whose own verb tells the event in the past."""
    if _concessive(sentence, start, first, vocabulary):
        return True
    after = sentence[last + 1:last + 3]
    return bool(after) and after[0].any_of(vocabulary.banned_after) and \
        _told_past(sentence, last, vocabulary)


def _new_clause(words: list[Word], vocabulary: Vocabulary) -> bool:
    """Whether ``words`` hold a clause joint that opens a clause of its own: after a
    comma ("..., и митинг"), or before a definite article ("et la manifestation")."""
    definite = vocabulary.articles - vocabulary.of_words - vocabulary.one_words
    return any(w.text.lower() in vocabulary.clause_joints and (
        any(c in CLAUSE_ENDS for c in w.gap)
        or (n + 1 < len(words) and words[n + 1].text.lower() in definite))
        for n, w in enumerate(words))


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
