"""Status, session 14 (second helper): a cue governs a trigger only in its own clause.

A plan word on the event's noun ("the planned sit-in", "the rally, planned for weeks")
or a ban or vow in its relative clause does not make unreal an event its own verb tells
in the past; a denial of who organised an event does not deny it; "did so" keeps a vow;
and what is only planned, called off, threatened, denied or negated stays so. The
sentences are made up for these tests (other countries, other names); mentions are
built by hand as the geoparser would give them.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import statuses_in

# Saturday 9 March 2024
PUBLISHED = date(2024, 3, 9)
_CROWD = ("Protests", "Riots")


def _statuses(text: str, town: str, language: str = "en") -> list[tuple[str, str]]:
    return statuses_in(text, town, PUBLISHED, language)


@pytest.mark.parametrize(("text", "town"), [
    ('The march, which had been called for Friday, drew '
     'thousands of people in Mombasa.', 'Mombasa'),
    ('Police denied the protest had been authorised, but '
     'thousands marched in Beira on Tuesday.', 'Beira'),
    ('A long-planned rally filled the main square of Yerevan on Sunday.', 'Yerevan'),
    ('The planned sit-in went ahead in Kampala on Wednesday despite a ban.', 'Kampala'),
    ('Although the march had been banned, thousands of people '
     'marched through Kinshasa on Thursday.', 'Kinshasa'),
    ('A demonstration that had been banned by the '
     'governor went ahead in Lagos on Friday.', 'Lagos'),
    ('The rally took place as planned in Lilongwe on Saturday.', 'Lilongwe'),
    ('As expected, thousands marched in Windhoek on Friday.', 'Windhoek'),
    ('Officials denied that foreign agents had organised the protest, '
     'which drew thousands in Gaborone on Wednesday.', 'Gaborone'),
    ('Protesters clashed with police in Monrovia on '
     'Friday and vowed to return.', 'Monrovia'),
    ('Nurses who are due to strike again next month '
     'marched in Bulawayo on Monday.', 'Bulawayo'),
    ("Authorities rejected the union's demands, and dock "
     'workers went on strike in Tema on Thursday.', 'Tema'),
    ('Police did not say how many people were arrested when '
     'they broke up a rally in Lusaka on Monday.', 'Lusaka'),
    ('No one knows who organised the march that brought '
     'Freetown to a standstill on Tuesday.', 'Freetown'),
    ('Despite the ban, hundreds of people gathered outside the '
     'regional assembly in Tamale on Friday to protest.', 'Tamale'),
    ('The march went ahead as scheduled in Ouagadougou on Saturday.', 'Ouagadougou'),
    ('The protest planned by students for Tuesday turned '
     'into clashes with police in Sylhet.', 'Sylhet'),
    ('The opposition leader, who plans to run for president, '
     'addressed a rally of thousands in Kisumu on Sunday.', 'Kisumu'),
    ('The walkout, announced last week, began in Casablanca on Monday.', 'Casablanca'),
    ('The rally, which was scheduled to start at noon, '
     'drew thousands in Maseru on Thursday.', 'Maseru'),
    ('Workers who had threatened a walkout for months went '
     'on strike in Mbabane on Wednesday.', 'Mbabane'),
    ('Students had promised to march on the university, and '
     'on Tuesday hundreds did so in Blantyre.', 'Blantyre'),
    ('The march that was due to begin on Friday started as planned in Dodoma.', 'Dodoma'),
    ('Police broke up a planned rally in Asmara on Friday.', 'Asmara'),
    ('The rally, which had been postponed twice, finally took place in Massawa on Friday.',
     'Massawa'),
    ('Opposition supporters held a rally that had been planned for months in Masvingo on '
     'Saturday.', 'Masvingo'),
    ('Teachers, who plan further strikes, marched through Kisumu on Tuesday.', 'Kisumu'),
    ('The protest, which police had warned would not be tolerated, went ahead in Gweru on '
     'Friday.', 'Gweru'),
    ('Police did not stop the march, which drew thousands in Livingstone on Friday.',
     'Livingstone'),
    ('The protest in Kabwe was not authorised but went ahead peacefully on Friday.', 'Kabwe'),
])
def test_a_cue_outside_the_event_clause_leaves_it_told(text, town):
    crowd = [status for kind, status in _statuses(text, town) if kind in _CROWD]
    assert crowd and set(crowd) == {"occurred"}


@pytest.mark.parametrize(("text", "town", "status"), [
    ('A rally is planned for next Saturday in Takoradi.', 'Takoradi', 'planned'),
    ('The opposition called a march for next Friday in Zomba.', 'Zomba', 'planned'),
    ('The march in Mzuzu was called off at the last minute.', 'Mzuzu', 'negated'),
    ('Organisers cancelled the rally planned for Sunday in Ndola.', 'Ndola', 'negated'),
    ('No protests were reported in Nakuru on Friday.', 'Nakuru', 'unreal'),
    ('Students will march on the ministry in Kigoma next Thursday.', 'Kigoma', 'planned'),
    ('Police prevented a rally in Tanga on Tuesday.', 'Tanga', 'negated'),
    ('The planned march in Moshi will go ahead on '
     'Monday, organisers said.', 'Moshi', 'planned'),
    ('The army denied reports that soldiers shot three '
     'protesters in Gulu on Friday.', 'Gulu', 'reported-denied'),
    ('A march that had been planned for Sunday in '
     'Mbale was banned by the police.', 'Mbale', 'negated'),
    ('A rally planned for next Sunday in Harar drew warnings from the police.', 'Harar',
     'planned'),
    ('Organisers said the march in Gondar, planned for weeks, would go ahead on Monday.',
     'Gondar', 'planned'),
    ('The march that had been planned in Mekelle was called off after talks.', 'Mekelle',
     'negated'),
    ('The army denied that soldiers fired on protesters in Dessie.', 'Dessie',
     'reported-denied'),
    ('No demonstration took place in Awasa on Friday.', 'Awasa', 'negated'),
    ('Police prepared for a planned march in Dire Dawa next week.', 'Dire', 'planned'),
    ('Police banned a rally planned for Sunday in Hosaena.', 'Hosaena', 'negated'),
])
def test_what_did_not_happen_stays_unreal(text, town, status):
    statuses = _statuses(text, town)
    assert status == "unreal" or any(found == status for _, found in statuses)
    assert statuses and all(found != "occurred" for _, found in statuses)
