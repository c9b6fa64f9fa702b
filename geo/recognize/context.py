"""A candidate read with the words around it: widened into an airport or a street, given
a kind hint ("Hubei province", "the city of Richmond", each of "the Lviv and Kharkiv
oblasts"), trimmed of a kind word before it ("City of") or of "City" before an
institution, split where it pairs two places."""

from __future__ import annotations

import re

from gazetteer.normalize import fold
from geo.lexicon import LANDMARK_WORDS_AFTER, alternation
from geo.recognize.candidate import Candidate
from geo.recognize.lookup import NameLookup

# Words after a name that say what kind of place it is. The span keeps only the name
# (the annotated corpora mark "Hubei" in "Hubei province"), the word becomes a hint.
# A department or a division is a first-level division in most countries that use the
# word (Peru, Colombia, Bolivia; Bangladesh).
_KINDS = {
    "province": "admin1", "region": "admin1", "oblast": "admin1", "state": "admin1",
    "governorate": "admin1", "prefecture": "admin1", "department": "admin1",
    "division": "admin1", "district": "admin2", "city": "city", "town": "city",
    "village": "city",
}
# "the Kano and Kaduna states": a plural kind word after a list names the kind of each.
_PLURAL_KINDS = {("cities" if word == "city" else word + "s"): kind
                 for word, kind in _KINDS.items()}
KIND_SUFFIX = {**_KINDS, **_PLURAL_KINDS}
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# The rest of a list a name begins or continues, up to its plural kind word: ", Vitebsk
# and Gomel regions" after "Mogilev".
_LIST_OF_KIND = re.compile(
    rf"(?:\s*,\s*{_LISTED_NAME})*\s*,?\s+(?:and|or|&)\s+{_LISTED_NAME}\s+"
    rf"(?P<kind>(?i:{'|'.join(_PLURAL_KINDS)}))\b")
# After "X City": words that make it the city's institution ("Springfield City Schools").
_CITY_INSTITUTION = re.compile(
    r"\s+(?:Schools?|Council|Councilm[ae]n|Councilwom[ae]n|Manager|Commission|"
    r"Commissioners?|Hall|Public|Attorney|Clerk|Police|Board|Administrator|Limits|"
    r"Government|Officials?|Auditor|Treasurer|Engineer|Planning)\b")
# Streets and roads are annotated as toponyms in local news; they resolve to their city.
# Here the word follows a place the text names ("Lincoln Highway", "Oak Park"), so
# highways, courts, bridges and parks count too; they are not landmark words, since
# after any capitalised words they name institutions ("Supreme Court").
_LANDMARK_AFTER = alternation(tuple(map(re.escape, LANDMARK_WORDS_AFTER)))
_STREET = re.compile(
    rf"\s+(?:{_LANDMARK_AFTER}|Highway|Hwy\.|Way|Court|Place|Bridge|Park)(?![^\W\d_])")
_ENDS_IN_STREET = re.compile(rf"\s{_LANDMARK_AFTER}$")
_ADMIN_END = re.compile(r"\b(?:County|Parish|State|Province|Township)$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_AIRPORT = re.compile(r"\s+(?:International\s+)?[Aa]irport\b")
_CITY_OF = re.compile(r"\b(?:city|town|village|port)\s+of\s+$", re.IGNORECASE)
# "the City of Richmond": the annotated corpora mark "Richmond"; the kind word before
# "of" is a hint (read by _CITY_OF), not part of the name.
_OF_PREFIX = re.compile(r"(?:[Tt]he\s+)?(?:City|Town|Village|County|State)\s+of(?:\s+|$)")


def without_kind_prefix(text: str, cand: Candidate) -> Candidate | None:
    """Trim "City of" from "City of Richmond"; drop a bare "the City of"."""
    prefix = _OF_PREFIX.match(cand.text)
    if prefix is None or cand.kind != "named":
        return cand
    start = cand.start + prefix.end()
    if start >= cand.end:
        return None
    name = text[start:cand.end]
    query = name if cand.query == cand.text else cand.query[prefix.end():]
    return with_context(text, Candidate(start, cand.end, name, cand.kind, query,
                                        cand.hint, source=cand.source))


def with_context(text: str, cand: Candidate) -> Candidate:
    """Widen "X airport" into an airport mention; read kind hints around the name."""
    after = text[cand.end:cand.end + 40]
    airport = _AIRPORT.match(after)
    if airport:
        end = cand.end + airport.end()
        return Candidate(cand.start, end, text[cand.start:end], cand.kind, cand.query,
                         "airport", source=cand.source)
    street = _STREET.match(after)
    # "Meigs County Court", "Florida Highway Patrol": a county or state is not a street
    # name, and a capitalised word after the street word makes an institution's name.
    if street and not (_ADMIN_END.search(cand.text)
                       or _CAPITALISED_NEXT.match(after, street.end())):
        end = cand.end + street.end()
        return Candidate(cand.start, end, text[cand.start:end], cand.kind, cand.query,
                         "street", source=cand.source)
    if cand.kind == "named" and _ENDS_IN_STREET.search(cand.text):
        # A span the NER took whole ("Lake Street") is a street as much as one widened.
        return Candidate(cand.start, cand.end, cand.text, cand.kind, cand.query,
                         "street", source=cand.source)
    word = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    hint = KIND_SUFFIX.get(word.strip(".,;:)"), cand.hint)
    listed = _LIST_OF_KIND.match(text, cand.end)
    if listed and word.strip(".,;:)") not in KIND_SUFFIX:
        hint = _PLURAL_KINDS[listed["kind"].lower()]
    if _CITY_OF.search(text[max(0, cand.start - 20):cand.start]):
        hint = "city"
    return Candidate(cand.start, cand.end, cand.text, cand.kind, cand.query, hint,
                     source=cand.source)


def without_city_word(text: str, cand: Candidate, lookup: NameLookup) -> Candidate:
    """Trim "City" from "Springfield City Schools", "Dublin City Manager": the city's
    institution, not a place called "Springfield City" (unless a place is called
    that: "Kansas City Council", "Boulder City Manager")."""
    if (cand.kind != "named" or not cand.text.endswith(" City")
            or not _CITY_INSTITUTION.match(text, cand.end)):
        return cand
    name, key = cand.text[:-len(" City")], fold(cand.text)
    if fold(name) not in lookup.names or any(
            fold(p.name) == key for p in lookup.gazetteer.candidates_folded(key, 20)):
        return cand
    return with_context(text, Candidate(cand.start, cand.start + len(name), name,
                                        "named", name, source=cand.source))


def split_pair(text: str, cand: Candidate, lookup: NameLookup) -> list[Candidate]:
    """Split "Australia and New Zealand" into its two countries: a region named by
    pairing two places (as UN sub-regions are) is, in text, two mentions — unless
    the pair is itself a country ("Trinidad and Tobago")."""
    left, sep, right = cand.text.partition(" and ")
    if (cand.kind != "named" or not sep or not lookup.major(left)
            or not lookup.major(right) or any(
                p.kind != "region"
                for p in lookup.gazetteer.candidates_folded(fold(cand.text), 5))):
        return [cand]
    split = cand.start + len(left) + len(sep)
    return [with_context(text, Candidate(cand.start, cand.start + len(left), left,
                                         "named", left, source=cand.source)),
            with_context(text, Candidate(split, cand.end, right, "named", right,
                                         source=cand.source))]
