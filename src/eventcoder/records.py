"""Frozen records that cross stage boundaries. No spaCy here, and nothing else from eventcoder."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class EventType(StrEnum):
    """The 16 PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    """How surely the text says the event happened (PLOVER's auxiliary modes)."""

    ASSERTED = "asserted"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    HISTORICAL = "historical"


class Sector(StrEnum):
    """PLOVER agent (sector) codes."""

    COP = "COP"
    GOV = "GOV"
    JUD = "JUD"
    LEG = "LEG"
    MIL = "MIL"
    PRM = "PRM"
    PTY = "PTY"
    REB = "REB"
    SPY = "SPY"
    UAF = "UAF"
    UNK = "UNK"
    AGR = "AGR"
    BUS = "BUS"
    CRM = "CRM"
    CVL = "CVL"
    EDU = "EDU"
    ELI = "ELI"
    JRN = "JRN"
    LAB = "LAB"
    MED = "MED"
    REF = "REF"
    OPP = "OPP"
    PRE = "PRE"
    REL = "REL"
    SOC = "SOC"


def text_sha(text: str) -> str:
    """Content hash that keys a document: same text, same key."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with what is known of its publication."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    sha: str = field(default="")
    encoding: str | None = None  # how the file's bytes were read, when they were not UTF-8

    def __post_init__(self) -> None:
        if not self.sha:
            object.__setattr__(self, "sha", text_sha(self.text))


@dataclass(frozen=True, slots=True)
class Role:
    """An office or affiliation held between two dates (either may be open)."""

    country: str
    sector: str | None = None
    office: str | None = None
    title: str | None = None
    start: date | None = None
    end: date | None = None
    org: str | None = None

    def holds_on(self, day: date | None) -> bool:
        """True when the role is in force on `day` (an unknown day accepts any role)."""
        if day is None:
            return True
        if self.start and day < self.start:
            return False
        return not (self.end and day >= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A dictionary entry: a person, country, organisation or group."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str | None = None

    def role_on(self, day: date | None) -> Role | None:
        """The role in force on `day`; for an unknown day the latest one."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: r.start or date.min)
        current = [r for r in self.roles if r.holds_on(day)]
        if not current:
            return None
        rank = {
            "head_of_state": 0,
            "head_of_government": 1,
            "igo_leader": 1,
            "deputy_head": 2,
            "foreign_minister": 3,
            "defence_minister": 4,
            "national_security_adviser": 5,
            "legislature_leader": 6,
        }
        return min(
            current, key=lambda r: (rank.get(r.office or "", 5), -(r.start or date.min).toordinal())
        )


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Characters [start, end) of the document text, with the sentence index."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as mentioned in a document, resolved (or not) for the event date."""

    span: TextSpan
    name: str | None
    country: str | None
    sector: str | None
    office: str | None = None
    actor_id: str | None = None
    resolved_by: str = "unresolved"

    @property
    def code(self) -> str | None:
        """CAMEO-style actor code: country plus sector ("RUSGOV")."""
        if not self.country:
            return None
        return self.country + (self.sector or "")


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened: the raw text and what the gazetteer made of it."""

    span: TextSpan
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number the event is about: an amount of money, people dead, injured or arrested."""

    kind: str
    value: float | None
    unit: str | None
    span: TextSpan


Day = date  # for fields declared after a field named `date`


@dataclass(frozen=True, slots=True)
class EventWhy:
    """Why an event was coded, for --explain (not part of the JSONL record): the trigger's
    lexicon entry with its conditions, the entry's example, and the cue that set the modality."""

    entry: str
    example: str
    modality: str
    confidence: str = ""  # the value and the features that weigh most in it
    features: tuple[tuple[str, float], ...] = ()  # what the confidence was computed from


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence. Field names map 1:1 to the JSONL contract."""

    id: str
    doc_id: str
    sentence: int
    text: str
    trigger: TextSpan
    type: EventType
    mode: str | None
    context: tuple[str, ...]
    modality: Modality
    source: tuple[ActorRef, ...]
    target: tuple[ActorRef, ...]
    date: date | None
    date_precision: str
    date_text: str | None
    location: Place | None
    cameo: str
    quad_class: int
    goldstein: float
    plover_score: float
    confidence: float
    coder_version: str
    reported_by: tuple[ActorRef, ...] = ()
    object: TextSpan | None = None
    quantities: tuple[Quantity, ...] = ()
    symmetric: bool = False
    # a mention of an earlier event, not a new one (events/references.py); PLOVER keeps it out of
    # counts. Why, and the referenced event's date when the text gives it.
    reference: bool = False
    reference_why: str | None = None
    reference_date: Day | None = None
    reference_date_precision: str | None = None
    why: EventWhy | None = field(default=None, compare=False)  # --explain only, not in JSONL


@dataclass(frozen=True, slots=True)
class Mention:
    """Every actor mention found in a document (for --mentions)."""

    doc_id: str
    actor: ActorRef


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """What Coder.pipe yields per document: its events, or the error that stopped it."""

    document: Document
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event mention as the store keeps it: the event, its merged event and its document."""

    event: Event
    merged_id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    stored_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real-world event: the mentions that report it, summarised (the merged_events view)."""

    merged_id: str
    type: EventType
    mode: str | None
    modality: Modality
    context: tuple[str, ...]
    first_date: date | None
    last_date: date | None
    actor_countries: tuple[str, ...]
    recipient_countries: tuple[str, ...]
    is_symmetric: bool
    cameo: str
    quad_class: int
    goldstein: float
    plover_score: float
    confidence: float
    n_mentions: int
    n_articles: int
    n_sources: int
    mention_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    urls: tuple[str, ...]
    rep_id: str
    evidence: str
    rep_doc_id: str
    coder_version: str
    mentions: tuple[Event, ...] = ()
    stored_at: datetime | None = None
    # later mentions of this event as an earlier one (references): how many, first and last day
    n_references: int = 0
    first_reference: date | None = None
    last_reference: date | None = None

    @property
    def date(self) -> date | None:
        """The merged event's date: its first mention's."""
        return self.first_date

    @property
    def representative(self) -> Event | None:
        """The mention that speaks for the event (most confident), when the mentions are loaded."""
        return next(
            (e for e in self.mentions if e.id == self.rep_id),
            self.mentions[0] if self.mentions else None,
        )


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input (file, JSONL line or document) that was not read or coded, and why.

    Readers yield these in place of a Document so that a batch goes on past a bad input and can
    count and report what it skipped.
    """

    where: str  # file, file:line, or document id
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"
