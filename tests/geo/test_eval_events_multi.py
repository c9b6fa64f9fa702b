"""eval-events on the multi-paragraph reports of issue 18, with the real geoparser.

The floors are what the rules measured when they were set (docs/benchmarks.md, "Events
on multi-paragraph reports (issue 18)"); the issue's targets are higher. The held-out
file is scored here and nowhere read while rules change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate.events import evaluate_events

DATA = Path(__file__).resolve().parents[1] / "data"
DEV, HELDOUT = DATA / "events_multi_dev.jsonl", DATA / "events_heldout.jsonl"


def test_multi_paragraph_sets_are_well_formed():
    records = [json.loads(line) for path in (DEV, HELDOUT)
               for line in path.read_text(encoding="utf-8").splitlines()]
    # Issue 18: at least 40 reports with incidents and 10 without, 300-900 words each,
    # from at least 25 countries.
    assert sum(1 for r in records if r["events"]) >= 40
    assert sum(1 for r in records if not r["events"]) >= 10
    assert len({r["country"] for r in records}) >= 25
    assert all(300 <= len(r["text"].split()) <= 900 for r in records)
    statuses = {e["status"] for r in records for e in r["events"]}
    assert {"occurred", "negated", "planned", "threatened", "reported-denied"} <= statuses


# (file, floors measured at commit time, rounded down)
FLOORS = {
    # Session 13 added 20 dev reports (mp-501..708), harder than the 60 before them,
    # and 12 held-out ones (h13-en-01..12) to the held-out file.
    # Session 14 added 24 more dev reports (mp-801..808, a fresh check of counts;
    # mp-811..818, of dates; mp-821..828, of rows), written before any rule changed and
    # harder again (the base scored the 104 at recall .892, counts .760), and 12 held-out
    # ones (h14-en-01..12; the base scored the 74 at recall .812, counts .579).
    # Session 15 gave mp-818's riot the injured count its text tells and its gold
    # lacked; the extractor misses it (counts .782 -> .779).
    # Session 15 added 10 (mp-951..960, the roles helper's fresh check of places that are
    # no sites and of reports with no incident; 5 of them without one): the base scored
    # the 114 at recall .889 (the fresh ten .722), hence .88.
    # Then 16 reports written blind (mp-901..916: by a writer who never ran the
    # extractor, scored once before any rule changed: recall .750, counts .575, status
    # .667, 7 unreal and 6 non-site rows) joined, and 10 held-out ones (h15-en-01..10;
    # the base scored them at recall .755). Measured at the end of session 15.
    # Session 16 added 8 (mp-1101..1108, the false-rows helper's fresh check, dense in
    # events that did not happen: 31 of their 51 gold events are unreal, and the base
    # gave most of those no row, status .49), 6 (mp-1071..1076, the counts helper's) and
    # 10 fresh reports rich in dates (mp-1091..1100, the dates helper's; the base scored
    # them at recall .750, type .833, counts .448, dates .683, status .727), so every dev
    # figure fell with them (the 130 before did not). Then 12 written blind joined
    # (mp-1001..1012; the base scored them at recall .776, counts .478, dates .735). On the
    # 166 the base scored .862 / .924 / .727 / .844 / .808, the session's end .868 / .924 /
    # .739 / .853 / .817.
    # Session 17 (counts): mp-1221..1225 joined (the base scored them at counts .75); on
    # the 171 the base scored counts .740, the counts helper's rules .751.
    # Session 17 added 6 (mp-1241..1246, the unreal helper's fresh check, dense in
    # planned, threatened, denied and negated events beside real ones: 28 of their 42
    # gold events are unreal; the base scored them at recall .714, counts 0, status .524),
    # so counts and status fell with them: on the 172 the base scored .866 / .923 / .725 /
    # .851 / .806, the unreal rules .866 / .922 / .725 / .851 / .807.
    # Then mp-1261..1266 (the second helper's, several events at one city) and 9 of the
    # 12 reports written blind joined (mp-1201..1212 less mp-1202, mp-1204 and mp-1210,
    # which tell events of held-out reports); on the 192 the base scored .859 / .922 /
    # .719 / .839 / .798, the session's end .860 / .922 / .732 / .842 / .801.
    # Session 18 (status): mp-1341..1346 joined (the base scored them at recall .846,
    # status .667); on the 198 the base scored .860 / .922 / .735 / .843 / .796, the
    # status rules .860 / .922 / .735 / .843 / .799.
    # Session 18's end: with the twelve blind mp-1301..1312 joined, on the 231 the base
    # scores .852 / .923 / .710 / .838 / .790, the session's end .857 / .924 / .719 /
    # .843 / .799.
    # Session 19 (counts): mp-1451..1454 joined (the base scored them at counts .786);
    # on the 235 the base scored .858 / .924 / .720 / .844 / .800, the counts rules
    # .859 / .925 / .727 / .844 / .801.
    # Session 19's end, with the blind mp-1401..1412 and the rounds' reports: on the 260
    # the base scored .855 / .923 / .716 / .840 / .795, the end .867 / .930 / .729 / .852
    # / .804.
    # Session 20's end, with the blind mp-1501..1512 and the drafts round's reports: on
    # the 280 the base scored .859 / .929 / .724 / .852 / .797, the end .861 / .928 / .725
    # / .853 / .799.
    # Session 22 (endates): .860 → .859, a riot told again ("The clashes broke out when
    # ...") now on the lede's day merges with the lede's row; the file annotates it apart.
    # Session 22 (counts2): 26 gold events give their arrests an Arrests row of their own
    # (the convention), counts .727 -> .762 on the base; the branch's noun pairs .763.
    # Session 22 end (319 reports with the blind mp-1701..1712).
    DEV: {"incident_recall": 0.86, "type_accuracy": 0.925, "count_accuracy": 0.76,
          "date_accuracy": 0.85, "status_accuracy": 0.795},
    # Session 16 (English dates): the held-out counts fell below .60 (to .597) with the
    # dates rules, though no count of dev or of the blind files moved: a row's new day
    # moves a merge or the scorer's pairing (it breaks ties by date); not looked into, as
    # the file is not read. Session 16's 10 held-out reports joined (h16-en-01..10; the
    # base scored them at recall .820, counts .545): on the 94 the base scored .808 /
    # .893 / .596 / .768 / .747, the session's end .808 / .892 / .587 / .768 / .743.
    # Session 17's 10 held-out reports joined (h17-en-01..10; the base scored them at
    # recall .750, counts .714): on the 104 the base scored .803 / .892 / .602 / .775 /
    # .736, the session's end .808 / .892 / .598 / .778 / .741.
    # Session 18's 10 held-out reports joined (h18-en-01..10; the base scored them at
    # recall .780, counts .478): on the 114 the base scored .806 / .894 / .587 / .774 /
    # .738, the session's end .806 / .893 / .587 / .775 / .741.
    # Session 19's 10 held-out reports joined (h19-en-01..10; the base scored them at
    # recall .811, counts .667): on the 124 the base scored .806 / .897 / .595 / .781 /
    # .739, the session's end .807 / .897 / .609 / .784 / .741.
    # Session 20's 10 held-out reports joined (h20-en-01..10; the base scored them at
    # recall .548: 12 of their missed events lie at villages the gazetteer lacks): on the
    # 134 the base scored .789 / .897 / .601 / .784 / .726, the session's end .789 / .893
    # / .601 / .782 / .726 (the learned row keeping doubts rows the scorer had paired
    # with a gold event of their type elsewhere; not looked into, as the file is not read).
    # Session 22 end on the 154 (h22-en-01..10 joined).
    HELDOUT: {"incident_recall": 0.785, "type_accuracy": 0.89, "count_accuracy": 0.605,
              "date_accuracy": 0.775, "status_accuracy": 0.725},
}
CEILINGS = {
    # Dev unreal rows 12 -> 14 in session 14: a city row now kept beside its districts'
    # rows (row splitting), and a row at a palace marchers only tried to reach, each
    # within 25 km of a planned march of the report.
    # Session 15 (roles): with mp-951..960 the base made 15 unreal, 2 non-site and 6 trap
    # rows on the 114; the roles rules 14, 1 and 4 (two trap rows left in the fresh
    # reports: protests of 2013 put down "nationwide", and "urged action against the
    # strikers" read as a protest).
    # The blind mp-901..916 add 7 unreal, 6 non-site and 3 trap rows.
    # Session 16 (false rows): with mp-1101..1108 the base made 24 unreal, 8 non-site and
    # 8 trap rows on the 138 (the fresh eight 3, 1 and 1); the rules 19, 6 and 8 (the
    # fresh trap row left: demonstrations "of recent weeks" put at a town named in a
    # denial of the same sentence).
    # Session 16 (geoplaces): one non-site row more, the same rows: a town the geoparser
    # now resolves (In Birgunj, ...) pairs its gold protest with its own row, and the
    # capital's protest row, which that gold event took before, stands unpaired.
    # The blind mp-1001..1012 add 4 unreal, 6 non-site, 1 trap row and 1 duplicate as the
    # base made them; on the 166 the base made 28 / 14 / 9 / 1, the session's end 21 / 13
    # / 9 / 1.
    # Session 17 (unreal): mp-1241..1246 add 7 unreal rows as the base made them; on the
    # 172 the base made 28 / 13 / 9 / 1, the rules (a call's infinitive planned, a
    # trigger the tree dates to an earlier year background) 26 / 13 / 7 / 1.
    # mp-1261..1266 and the 9 blind reports add 5 unreal and 7 non-site rows as the base
    # made them; on the 192 the base made 33 / 20 / 9 / 1, the session's end 31 / 20 / 7
    # / 1.
    # Session 18 (taken): mp-1321..1325 add no false row. The protests told apart from a
    # riot in one clause (geo.events.apart) add 5 rows, each its own gold protest's; in
    # two reports an older row of the place that had paired with that gold protest now
    # pairs with the place's planned rally: 33 unreal rows, none of them new.
    # Session 18 (nonsite): mp-1351..1356 (a fresh check of places in a role; one with
    # no incident) add 5 non-site rows and 1 trap row as the base made them: on the 198
    # the base made 31 / 25 / 8 / 1; the roles rules 33 / 18 / 8 / 1 (one unreal row
    # was a non-site row before: a vague "protests continued elsewhere" now put at the
    # story's town, where a planned event lies; one new: "Protests are rare in the
    # republic" now put at the capital of a called rally, the town the rally backs no
    # longer being the story's focus).
    # Session 18 (status): mp-1341..1346 add 3 unreal rows as the base made them; on the
    # 198 the base made 34 / 20 / 7 / 1, the status rules (claims left unconfirmed or
    # denied, a future far before its event) 31 / 20 / 7 / 1.
    # / 1. Session 18 (counts): mp-1331..1340 add 2 non-site rows as the base made them
    # (decoys: a spokesman's city, towns told as quiet); the rules leave them.
    # Session 18's end: with the blind mp-1301..1312 (the base made 0 / 11 / 0 / 0 there)
    # on the 231 the base made 34 / 38 / 8 / 1, the session's end 34 / 33 / 8 / 1.
    # Session 19 (taken): mp-1421..1426 add no unreal row. The protests now drafted (a
    # crowd gathered peacefully, drivers who park across a road) add 2 unreal rows, each
    # a real protest put at the wrong place: drivers "had come from the town of" Toledo
    # (an origin taken for the site), and the Athlone rally copied to Dublin ("in Dublin
    # or in Athlone, where ..."), where the report denies arrests: 34 -> 36.
    # Session 19 (non-sites): rows at places that are no site fell from 34 to 27 on the
    # 233; one of them (a protest row drawn from a witness's quote, at the town she drove
    # in from) now falls back to the report's earlier place, where a planned march is
    # told: the same spurious row, counted as unreal instead (34 -> 35).
    # Session 19's end on the 260 (with the blind mp-1401..1412): the base made 39 / 39 /
    # 9 / 1, the end 40 / 35 / 9 / 1.
    # Session 20 (drafts): mp-1531..1538 add 2 unreal rows and 1 non-site row as the base
    # made them: on the 268 the base made 42 / 36 / 9 / 1, the drafts end 41 / 37 / 9 / 1.
    # The non-site row more is a trap report's spurious row, the same one (a memorial
    # told with "no march was planned"): with Pretoria now only locating Centurion ("its
    # hearings in Centurion, near Pretoria") the row lands on Centurion, a listed
    # non-site, instead of the report's town.
    # Session 20's end, with the blind mp-1501..1512: the base 45 / 46 / 11 / 1 on the
    # 280, the end 43 / 43 / 8 / 1 (the learned row keeping in sample).
    # Session 21's end, with the rounds' fresh reports and the blind mp-1601..1612 (less
    # mp-1609, whose events a held-out report tells): the base 46 / 49 / 8 / 1 on the 303,
    # the end 46 / 48 / 8 / 1.
    # Session 22, status2: announced gatherings and referenced rallies, 46 -> 45.
    # Session 22 (types2): the fresh mp-1731..1734 add 1 non-site row as the base made
    # it: on the 307 the base made 46 / 49 / 8 / 1, the branch the same.
    # Session 22 end: the blind mp-1701..1712 add their rows as the base made them (9 non-site).
    DEV: {"unreal_false_positives": 47, "non_site_false_positives": 58, "duplicates": 1,
          "trap_false_positives": 8},
    # Held-out unreal rows 10 -> 11 on the 74 in session 14 (the row splitting of the
    # rows helper; not looked into, as the file is not read). h15-en-01..10 add 5
    # unreal rows, 1 non-site row and 1 duplicate as the base made them.
    # h16-en-01..10 add 3 unreal and 3 non-site rows as the base made them; the session's
    # end makes one unreal row more there and one trap row fewer on the 84.
    # Session 17: one unreal row more on the 94 (the qualifier round: a name now read
    # in its country gives a row where a planned event of the report lies; not looked
    # into, as the file is not read); h17-en-01..10 add 5 unreal and 2 non-site rows
    # as the base made them: on the 104 the base made 25 / 15 / 10 / 1, the end 26 / 15
    # / 10 / 1.
    # h18-en-01..10 add 5 unreal, 12 non-site rows and 1 trap row as the base made them:
    # on the 114 the base made 31 / 27 / 11 / 1, the session's end 30 / 27 / 11 / 1.
    # h19-en-01..10 add 1 unreal and 5 non-site rows as the base made them: on the 124
    # the base made 31 / 32 / 11 / 1, the session's end 30 / 31 / 11 / 1.
    # h20-en-01..10 add 11 non-site rows as the base made them: on the 134 the base
    # made 30 / 42 / 11 / 1, the session's end 30 / 40 / 7 / 1 (the learned row keeping).
    # h21-en-01..10 add 4 non-site rows as the base made them: on the 144 the base made
    # 30 / 44 / 7 / 1, the session's end the same.
    # Session 22 (types2, a protest attacked by others is an attack on civilians): one
    # unreal row more, 30 -> 31 (not looked into, as the file is not read).
    # Session 22 end on the 154 (h22-en-01..10 joined): the base 32 / 46 / 7 / 1, the
    # end 33 / 46 / 7 / 1.
    HELDOUT: {"unreal_false_positives": 33, "non_site_false_positives": 46,
              "duplicates": 1, "trap_false_positives": 7},
}


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_multi_paragraph_scores_hold(path, gazetteer):
    report = evaluate_events(path)
    for key, floor in FLOORS[path].items():
        assert report[key] >= floor, (key, report[key])
    for key, ceiling in CEILINGS[path].items():
        assert report[key] <= ceiling, (key, report[key])


STATUS_DEV = DATA / "events_status_dev.jsonl"


def test_status_reports_hold(gazetteer):
    # Session 14's fresh status check, scored by the rules when it was written: recall
    # .833, status .767, no unreal row (a ban the crowd defied was read as negated); with
    # cues kept to their clause (status2): recall .944, status .833.
    report = evaluate_events(STATUS_DEV)
    assert report["incident_recall"] >= 0.92, report
    assert report["status_accuracy"] >= 0.80, report
    assert report["unreal_false_positives"] == 0, report
