"""The vocabulary of the text side: documents, place mentions and incidents.

Like spaCy's ``Doc``, :attr:`Document.text` is never rewritten; every mention and every
incident keeps end-exclusive character offsets into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from gazetteer.errors import IncidentMapError
from gazetteer.place import Place
from geo.errors import DateError

MentionKind = Literal["named", "nominal", "area", "demonym"]
Role = Literal["location", "actor", "residence", "origin", "other"]
Status = Literal["occurred", "negated", "planned", "threatened", "reported-denied", "doubtful"]
#: The statuses of a candidate incident; only ``occurred`` ones are incidents by default.
STATUSES: tuple[str, ...] = ("occurred", "negated", "planned", "threatened",
                             "reported-denied", "doubtful")
Precision = Literal["point", "city", "part_of_city", "admin1", "country", "region"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ModelError(IncidentMapError, ValueError):
    """A value object built with inconsistent fields (offsets outside the text, ...)."""


@dataclass(frozen=True, slots=True)
class Document:
    """A text to parse, with what is known about it.

    ``focus`` is the ISO 3166-1 alpha-2 code of the country the publication is based in
    or writes for ("US" for a local American paper), when known: resolution then reads
    the text as if it named that country, which favours that country's places where a
    name is ambiguous ("Dublin" alone in an Ohio paper is not the Irish capital). Any
    letter case is accepted and stored in capitals.

    ``language`` is the ISO 639-1 code of the text's language ("en", "ru", "fr"), when
    known; ``""`` lets the parser detect it (:func:`geo.read.language.detect_language`).
    """

    text: str
    id: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    focus: str = ""
    language: str = ""

    def __post_init__(self) -> None:
        # Frozen: the normalisations go through object.__setattr__.
        object.__setattr__(self, "focus", country_code(self.focus))
        object.__setattr__(self, "language", language_code(self.language))


def country_code(value: str) -> str:
    """Return ``value`` as an ISO 3166-1 alpha-2 code in capitals ("us" → "US").

    ``""`` (no country) stays ``""``; anything else raises :class:`ModelError` (a
    country *name* needs the gazetteer: ``Gazetteer.country(name).country``).
    """
    code = value.strip().upper()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ModelError(f"a country must be an ISO 3166-1 alpha-2 code such as 'US', "
                         f"not {value!r}")
    return code


def language_code(value: str) -> str:
    """Return ``value`` as an ISO 639-1 code in lower case ("RU" → "ru").

    ``""`` (not known) stays ``""``; anything else raises :class:`ModelError`.
    """
    code = value.strip().lower()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ModelError(f"a language must be an ISO 639-1 code such as 'en', 'ru' or "
                         f"'fr', not {value!r}")
    return code


def parse_published(value: str | date | None) -> date | None:
    """Parse a publication date given as ``YYYY-MM-DD`` (or a full ISO timestamp).

    Raises
    ------
    DateError
        When the value is not an ISO 8601 date, naming the value and the expected form.
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise DateError(
            f"publication date {value!r} is not an ISO 8601 date; expected YYYY-MM-DD, "
            "e.g. 2022-01-07"
        ) from None



@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: ``text`` is ``document.text[start:end]``.

    ``place`` is the resolved gazetteer entry (``None`` when nothing fits), ``precision``
    says how exact that point is for this mention (``"part_of_city"`` for "the town hall"
    resolved to its city; ``"country"`` for "the provinces"), and ``role`` whether the
    place is where something happened (``"location"``) or something else: an actor
    ("Moscow said"), someone's home ("a refugee in France") or an origin ("Russian troops").
    """

    start: int
    end: int
    text: str
    kind: MentionKind = "named"
    role: Role = "location"
    place: Place | None = None
    precision: Precision | None = None
    score: float = 0.0

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ModelError(f"mention offsets {self.start}:{self.end} are not ordered")
        if len(self.text) != self.end - self.start:
            raise ModelError(
                f"mention {self.text!r} does not span {self.start}:{self.end}"
            )


#: A count field of :class:`Counts` (and an incident column).
CountField = Literal["fatalities", "injured", "arrested", "checkpoints"]
#: How a count was given.
Qualifier = Literal["exact", "at_least", "approximate"]
#: The count fields, in their order.
COUNT_FIELDS: tuple[CountField, ...] = get_args(CountField)
#: The qualifiers, from the most precise to the vaguest.
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
#: How near two reports must be to tell of one event: places at most this many km apart
#: and dates at most this many days apart beyond their time precision. Here rather than
#: in :mod:`geo.corroborate` so that the command line shows them without loading it.
DEFAULT_RADIUS_KM = 25.0
DEFAULT_WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class Counts:
    """Casualty, arrest and checkpoint counts attached to an incident."""

    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    checkpoints: int | None = None
    qualifier: Qualifier | Literal[""] = ""
    victim_group: str = ""
    #: Each count's own qualifier ("about 1,000 injured" and "18 killed" are not alike);
    #: ``qualifier`` is the vaguest of them.
    fatalities_qualifier: str = ""
    injured_qualifier: str = ""
    arrested_qualifier: str = ""
    checkpoints_qualifier: str = ""


@dataclass(frozen=True, slots=True)
class Incident:
    """One event at one place: what, where, when, how many, and the evidence for it.

    ``status`` says whether the text reports it as having happened (``occurred``) or
    not: ``negated`` ("ruled out a curfew"), ``planned`` ("a march is planned for
    Friday"), ``threatened`` ("threatened to strike"), ``reported-denied`` ("denied
    that troops fired") or ``doubtful`` (told as having happened, but a learned model
    doubts it is a real incident at a real site: :mod:`geo.events.keep`).
    """

    event_type: str
    sub_event_type: str
    location: Mention | None
    geo_precision: int
    plover: str = ""
    subtype: str = ""
    event_date: date | None = None
    time_precision: int | None = None
    #: The last day of an event reported over several days ("since Sunday", "from
    #: Monday to Wednesday"); ``None`` for one day. ``event_date`` is the first.
    event_date_end: date | None = None
    counts: Counts = field(default_factory=Counts)
    actor1: str = ""
    actor2: str = ""
    evidence: tuple[tuple[int, int], ...] = ()
    evidence_text: str = ""
    confidence: float = 0.0
    status: Status = "occurred"
    #: The counts are those of a list of places reported together ("3 killed in Lyon
    #: and Lille"): they sit on the list's first row only, and each row says so.
    counts_shared: bool = False
