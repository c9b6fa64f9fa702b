"""Status of an event trigger told with a cancelled plan, a plan ruled out, its own
negated verb, a future after it, or a purpose.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from geo.events.status import is_purpose, trigger_status


def _status(text: str, trigger: str) -> str:
    start = text.index(trigger)
    whole = (0, len(text))
    return trigger_status(text, whole, whole, start, start + len(trigger))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The governor dropped plans for a night curfew in the port.", "curfew"),
    ("The council shelved its plans to impose a curfew.", "curfew"),
    ("The minister said there were no plans to declare a state of emergency.",
     "state of emergency"),
    ("The cabinet had no immediate intention of imposing a curfew.", "curfew"),
    ("He said the curfew would not go ahead after all.", "curfew"),
    ("Officials insisted that troops were not deployed in the north.", "troops"),
    ("The march did not take place.", "march"),
    ("A planned rally in the capital was called off after police banned it.", "rally"),
    ("The strike had been postponed indefinitely.", "strike"),
])
def test_a_plan_dropped_or_an_event_denied_by_its_own_verb_is_negated(text, trigger):
    assert _status(text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Organisers said the protests would continue every night.", "protests"),
    ("The mayor said a curfew would be imposed from Saturday.", "curfew"),
    ("Unions said strikes will resume next week.", "strikes"),
])
def test_a_future_told_after_the_trigger_is_planned(text, trigger):
    assert _status(text, trigger) == "planned"


def test_a_future_after_the_trigger_with_a_condition_is_threatened():
    assert _status("He said a curfew would be imposed if the looting went on.",
                   "curfew") == "threatened"


def test_a_threat_with_no_decision_taken_is_negated():
    assert _status("The minister said troops would be deployed if needed, but that no "
                   "decision had been taken.", "troops") == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police imposed a curfew in the capital.", "curfew"),
    ("The curfew was extended to the suburbs.", "curfew"),
    ("Protesters who had marched for hours were dispersed.", "marched"),
    ("Organisers said the march would have been larger in dry weather.", "march"),
    ("The army said the curfew would remain in force for a week.", "curfew"),
])
def test_events_that_happened_stay_occurred(text, trigger):
    assert _status(text, trigger) == "occurred"


def test_troops_sent_to_confront_marches_do_not_make_the_marches_an_event():
    text = "Soldiers were deployed to confront the marches downtown."
    assert is_purpose(text, (0, len(text)), text.index("marches"))
