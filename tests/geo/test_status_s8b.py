"""Status of triggers told with a future, a modal, a plan or a call after them, or in
ordinary wire phrasings of what is to come.

The sentences are made up for these tests; the places are real cities, no corpus's.
"""

from __future__ import annotations

import pytest

from geo.events.status import trigger_status


def _status(text: str, trigger: str) -> str:
    start = text.index(trigger)
    whole = (0, len(text))
    return trigger_status(text, whole, whole, start, start + len(trigger))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Students said sit-ins would continue on Friday.", "sit-ins"),
    ("Officials said a curfew would be imposed from 8 p.m.", "curfew"),
    ("The marches were called for Saturday.", "marches"),
    ("Unions said the strike will resume on Monday.", "strike"),
    ("The opposition called a rally for Sunday.", "rally"),
    ("Teachers in Accra said the walkout is set to resume next week.", "walkout"),
    ("Farmers said the blockade was going to last until Easter.", "blockade"),
    ("The general strike, set for Thursday, is backed by five unions.", "general strike"),
    ("A sit-in is expected outside parliament in Nairobi on Tuesday.", "sit-in"),
    ("Organisers announced a march for next Saturday in Lima.", "march"),
    ("Protests were set to continue in Bogota on Saturday.", "Protests"),
    ("The demonstrations are to resume on Monday in Dhaka.", "demonstrations"),
    ("A strike was announced for Thursday by the dockers' union.", "strike"),
    ("Students pledged to hold a rally in Kampala on Monday.", "rally"),
    ("Dockers in Durban are expected to strike again.", "strike"),
    ("A rally in Yerevan was to be held on Sunday.", "rally"),
    ("Organisers say the protest in Lagos will be the biggest yet.", "protest"),
    ("Police were deployed ahead of Friday's protest in Algiers.", "protest"),
    ("Truckers are considering a strike over diesel prices.", "strike"),
    ("Dockworkers in Antwerp voted to strike from Monday.", "strike"),
    ("The government is preparing to deploy troops in the north.", "troops"),
    ("The army stands ready to deploy troops in Kano.", "troops"),
    ("The president sought approval for a state of emergency.", "state of emergency"),
    ("Student groups in Santiago have announced a sit-in for tomorrow.", "sit-in"),
    ("Sit-ins are likely to continue across Khartoum.", "Sit-ins"),
    ("A march on the capital is being organised for Friday.", "march"),
    ("A rally planned for Sunday in Caracas has worried shopkeepers.", "rally"),
    ("A general strike looms in Buenos Aires.", "general strike"),
    ("The strike, which is due to start on Monday, could paralyse ports.", "strike"),
    ("Dockers, due to begin their stoppage on Monday, met ministers.", "stoppage"),
])
def test_an_event_to_come_is_planned(text, trigger):
    assert _status(text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister said troops would be sent in if the violence spread.", "troops"),
    ("Truckers threatened a nationwide blockade.", "blockade"),
    ("Protesters in Tbilisi vowed more demonstrations.", "demonstrations"),
    ("Police may deploy water cannon if crowds gather in Quito.", "water cannon"),
    ("Miners gave the company until Friday to pay them or face a strike.", "strike"),
])
def test_a_threat_or_condition_is_threatened(text, trigger):
    assert _status(text, trigger) == "threatened"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police denied firing live rounds at protesters in Conakry.", "firing"),
    ("Police in Dhaka denied using tear gas inside the mosque.", "tear gas"),
    ("The ministry dismissed claims that police beat detainees.", "beat"),
    ("The army rejected accusations that soldiers shot protesters.", "shot"),
])
def test_a_denied_act_is_reported_denied(text, trigger):
    assert _status(text, trigger) == "reported-denied"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police prevented a march on the presidential palace.", "march"),
    ("Security forces foiled a planned attack on the airport.", "attack"),
    ("Police said a rally in Lusaka had been banned.", "rally"),
    ("Authorities in Almaty banned a rally by the opposition.", "rally"),
])
def test_an_event_prevented_or_banned_is_negated(text, trigger):
    assert _status(text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("A curfew could be imposed in Goma, the governor warned.", "curfew"),
    ("Analysts said a crackdown might follow in Minsk.", "crackdown"),
])
def test_a_possibility_told_after_the_trigger_did_not_occur(text, trigger):
    assert _status(text, trigger) != "occurred"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police fired tear gas at protesters who will march again on Friday.", "tear gas"),
    ("Police clashed with protesters, who said they would return.", "clashed"),
    ("Mourners gathered in Tunis and said they would march again.", "gathered"),
    ("The governor imposed a curfew, which would run until dawn.", "curfew"),
    ("Police fired tear gas so the crowd could not reach parliament.", "tear gas"),
    ("The march was to demand the release of detained students.", "march"),
    ("Riot police detained dozens next to the parliament in Skopje.", "detained"),
    ("Protesters were to blame for the damage, the mayor said.", "Protesters"),
    ("Police fired tear gas ahead of the president's speech in Lome.", "tear gas"),
    ("Students marched on parliament ahead of Friday's vote.", "marched"),
    ("Authorities said the curfew in Kano will be lifted on Sunday.", "curfew"),
    ("Mourners held a vigil in Soweto for Monday's victims.", "vigil"),
    ("Police fired tear gas at a march that was scheduled to end at parliament.",
     "tear gas"),
    ("Protesters who had planned to march on the palace were dispersed.", "dispersed"),
    ("Prices rose sharply in Accra, due to the strike by truckers.", "strike"),
])
def test_a_future_of_another_clause_leaves_the_event_occurred(text, trigger):
    assert _status(text, trigger) == "occurred"
