"""What actor matching produces: the kind of a mention, why it resolved so, and the result.

A reason is a small tree of values (`Reason(Rule.SURNAME, ("Putin",))`, refined by later rules
that keep the earlier reason as their first argument); code asks it questions with `base()` and
`mentions()`, and `render()` is the one place that turns it into the text users read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


class ActorKind(StrEnum):
    """What a dictionary entry or a resolved mention is."""

    PERSON = "person"
    TITLE = "title"
    SURNAME = "surname"
    COUNTRY = "country"
    ADJECTIVE = "adjective"
    CAPITAL = "capital"
    SEAT = "seat"
    PEOPLE = "people"
    ORG = "org"
    NOUN = "noun"
    PLACE = "place"
    GROUP = "group"
    PRONOUN = "pronoun"
    UNKNOWN = "unknown"


class Rule(StrEnum):
    """Which entry or rule decided an actor (or the country it was given)."""

    UNRESOLVED = "unresolved"
    # dictionary entries
    DICTIONARY_PERSON = "dictionary_person"  # (key,)
    DICTIONARY_ORG = "dictionary_org"  # (org id,)
    ORG_ROLE = "org_role"  # (org id, title or sector, start, end)
    COUNTRY_WORD = "country_word"  # (entry kind, text)
    STANDS_FOR = "stands_for"  # (entry kind, text, sector, country name)
    TITLE = "title"  # (text,)
    SECTOR_NOUN = "sector_noun"  # (text,)
    # people
    PERSON_ROLE = "person_role"  # (base, title or office, start, end)
    NO_OFFICE = "no_office"  # (base, day)
    FORMER = "former"  # (base, title or office, start, end): out of office after a term
    THEN_TITLE = "then_title"  # (base, title, start, end): "then-President X", the role then held
    FUZZY = "fuzzy"  # (written text, dictionary name, score): a near spelling of a name
    SURNAME = "surname"  # (text,)
    SURNAME_WITH_TITLE = "surname_with_title"  # (surname,)
    TITLE_HOLDER = "title_holder"  # (title reason, day)
    NAME = "name"  # ()
    UNKNOWN_NAME = "unknown_name"  # ()
    # where a country comes from
    MODIFIER = "modifier"  # (entry kind, text): "adjective 'Russian'"
    ORGANISATION = "organisation"  # (org name,)
    PREPOSITION = "preposition"  # (preposition, object text): "in Kyiv"
    PLUS_COUNTRY = "plus_country"  # (base, country reason)
    # composed mentions
    SEAT_OF = "seat_of"  # (base, country reason)
    PEOPLE_NOUN = "people_noun"  # (noun text, country reason or None)
    PLACE_NOUN = "place_noun"  # (noun text, country reason)
    AS_PLACE = "as_place"  # (base,)
    PART_OF = "part_of"  # (base, state, until): a territory before its statehood
    GAZETTEER_PLACE = "gazetteer_place"  # (text, geonameid, feature)
    # in-document references
    PUBLISHER = "publisher"  # (base,)
    SAME_NAME = "same_name"  # (earlier reason,)
    EARLIER_SURNAME = "earlier_surname"  # (earlier reason,)
    EARLIER_GIVEN_NAME = "earlier_given_name"  # (earlier reason,)
    ACRONYM = "acronym"  # (acronym, reason of the mention it was defined for)
    REFERS_BACK = "refers_back"  # (text, country)
    IN_PLAY = "in_play"  # (country,): a country named shortly before
    PRONOUN = "pronoun"  # (pronoun, antecedent text)
    PRONOUN_SIDES = "pronoun_sides"  # (pronoun,)
    WE = "we"  # (pronoun, country)
    SPEAKERS_OFFICE = "speakers_office"  # (title text, speaker text, country)
    # sides guessed for an event
    POSSESSOR = "possessor"  # (base, possessor text, country)
    APPOSITION = "apposition"  # (base, apposition text): "Alan Gross, an American contractor"
    SENTENCE_PLACE = "sentence_place"  # (base, place text)
    DOCUMENT_COUNTRY = "document_country"  # (base,)
    LOCAL_VICTIMS = "local_victims"  # ()
    UNNAMED_PLACED = "unnamed_placed"  # (sector, place text)
    UNNAMED_PROTESTERS = "unnamed_protesters"  # ()
    UNNAMED_AUTHORITIES = "unnamed_authorities"  # (sector,)
    COUNTERPART = "counterpart"  # (other side's text,)
    DOMESTIC_ACT = "domestic_act"  # ()
    PROTEST_TARGET = "protest_target"  # ()


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule and its arguments; an argument may itself be a Reason (the one refined)."""

    rule: Rule
    args: tuple[Any, ...] = ()

    def base(self) -> Reason:
        """The reason before any "; ..." refinement (a person's office, a guessed country)."""
        r = self
        while r.rule in REFINEMENTS:
            r = r.args[0]
        return r

    def mentions(self, rules: set[Rule]) -> bool:
        """Does this reason, or any reason inside it, use one of `rules`?"""
        return self.rule in rules or any(
            isinstance(a, Reason) and a.mentions(rules) for a in self.args
        )

    def swap(self, old: Reason, new: Reason) -> Reason:
        """The same reason with the part `old` replaced by `new` (another member's country)."""
        if self == old:
            return new
        return replace(
            self, args=tuple(a.swap(old, new) if isinstance(a, Reason) else a for a in self.args)
        )

    def __str__(self) -> str:
        return render(self)


def because(rule: Rule, *args: Any) -> Reason:
    return Reason(rule, args)


# rules rendered as "<base>; <more>": the base is what a later re-resolution starts from
REFINEMENTS = {
    Rule.PERSON_ROLE,
    Rule.NO_OFFICE,
    Rule.FORMER,
    Rule.THEN_TITLE,
    Rule.PUBLISHER,
    Rule.POSSESSOR,
    Rule.APPOSITION,
    Rule.SENTENCE_PLACE,
    Rule.DOCUMENT_COUNTRY,
    Rule.PART_OF,
}


def _dates(start: Any, end: Any) -> str:
    return f"({start or '?'}..{end or 'now'})"


def _r(part: Any) -> str:
    return render(part) if isinstance(part, Reason) else f"{part}"


_TEXT: dict[Rule, Callable[..., str]] = {
    Rule.UNRESOLVED: lambda: "unresolved",
    Rule.DICTIONARY_PERSON: lambda key: f"dictionary person {key!r}",
    Rule.DICTIONARY_ORG: lambda oid: f"dictionary organisation {oid!r}",
    Rule.ORG_ROLE: lambda oid, title, s, e: (
        f"dictionary organisation {oid!r}; {title} " + _dates(s, e)
    ),
    Rule.COUNTRY_WORD: lambda kind, text: f"country {kind} {text!r}",
    Rule.STANDS_FOR: lambda kind, text, sector, name: (
        f"{kind} {text!r} stands for the {sector} of {name}"
    ),
    Rule.TITLE: lambda text: f"title {text!r}",
    Rule.SECTOR_NOUN: lambda text: f"sector noun {text!r}",
    Rule.PERSON_ROLE: lambda base, title, s, e: f"{_r(base)}; {title} {_dates(s, e)}",
    Rule.NO_OFFICE: lambda base, day: f"{_r(base)}; no office held on {day}",
    Rule.FORMER: lambda base, title, s, e: (
        f"{_r(base)}; former {title} {_dates(s, e)}: an elite out of office"
    ),
    Rule.THEN_TITLE: lambda base, title, s, e: (
        f"{_r(base)}; 'then-' {title} {_dates(s, e)}: the office the text says was held"
    ),
    Rule.FUZZY: lambda text, name, score: f"{text!r} read as {name!r} (spelling match {score:.2f})",
    Rule.SURNAME: lambda text: f"surname {text!r}",
    Rule.SURNAME_WITH_TITLE: lambda sur: f"surname {sur!r} with title",
    Rule.TITLE_HOLDER: lambda title, day: f"{_r(title)} on {day}",
    Rule.NAME: lambda: "name",
    Rule.UNKNOWN_NAME: lambda: "unknown name",
    Rule.MODIFIER: lambda kind, text: f"{kind} {text!r}",
    Rule.ORGANISATION: lambda name: f"organisation {name!r}",
    Rule.PREPOSITION: lambda prep, text: f"{prep} {text}",
    Rule.PLUS_COUNTRY: lambda base, country: f"{_r(base)} + {_r(country)}",
    Rule.SEAT_OF: lambda base, country: f"{_r(base)}, of {_r(country)}",
    Rule.PEOPLE_NOUN: lambda text, country: (
        f"{text!r} with " + (_r(country) if country else "title")
    ),
    Rule.PLACE_NOUN: lambda text, country: f"place {text!r} of {_r(country)}",
    Rule.AS_PLACE: lambda base: f"{_r(base)} (as a place)",
    Rule.PART_OF: lambda base, state, until: f"{_r(base)}; part of {state} until {until}",
    Rule.GAZETTEER_PLACE: lambda text, gid, feature: f"place {text!r}: GeoNames {gid} ({feature})",
    Rule.PUBLISHER: lambda base: f"{_r(base)}; the publisher's country",
    Rule.SAME_NAME: lambda base: f"same name as an earlier mention ({_r(base)})",
    Rule.EARLIER_SURNAME: lambda base: f"surname of an earlier mention ({_r(base)})",
    Rule.EARLIER_GIVEN_NAME: lambda base: f"given name of an earlier mention ({_r(base)})",
    Rule.ACRONYM: lambda word, base: f"{word!r}, defined for an earlier mention ({_r(base)})",
    Rule.REFERS_BACK: lambda text, country: f"{text!r} refers back to {country}",
    Rule.IN_PLAY: lambda country: "",
    Rule.PRONOUN: lambda word, text: f"pronoun {word!r} -> {text!r}",
    Rule.PRONOUN_SIDES: lambda word: f"pronoun {word!r} -> the two sides named before",
    Rule.WE: lambda word, country: f"{word!r}: the publisher's government ({country})",
    Rule.SPEAKERS_OFFICE: lambda text, who, country: (
        f"{text!r} in a quotation of {who!r}: the speaker's own ({country})"
    ),
    Rule.POSSESSOR: lambda base, text, country: f"{_r(base)}; of {text!r} ({country})",
    Rule.APPOSITION: lambda base, text: f"{_r(base)}; country of its apposition {text!r}",
    Rule.SENTENCE_PLACE: lambda base, text: f"{_r(base)}; country of {text!r}",
    Rule.DOCUMENT_COUNTRY: lambda base: f"{_r(base)}; country the document is about",
    Rule.LOCAL_VICTIMS: lambda: "unnamed people, of the country where it happened",
    Rule.UNNAMED_PLACED: lambda sector, text: f"unnamed {sector} actor placed by {text!r}",
    Rule.UNNAMED_PROTESTERS: lambda: "unnamed protesters in the country the document is about",
    Rule.UNNAMED_AUTHORITIES: lambda sector: (
        f"unnamed authorities ({sector}) of the country the document is about"
    ),
    Rule.COUNTERPART: lambda text: f"counterpart of the other side ({text!r})",
    Rule.DOMESTIC_ACT: lambda: "domestic act with no named recipient: the doer's country",
    Rule.PROTEST_TARGET: lambda: "protest with no named target: the doer's country",
}


def render(reason: Reason) -> str:
    """The reason as the text written to `resolved_by` and shown by `eventcoder actor`."""
    return _TEXT[reason.rule](*reason.args)


UNRESOLVED = Reason(Rule.UNRESOLVED)


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What a mention resolved to; `how` says which entry or rule decided it."""

    name: str | None
    country: str | None
    sector: str | None
    kind: ActorKind
    office: str | None = None
    actor_id: str | None = None
    how: Reason = UNRESOLVED
    confidence: float = 1.0  # below 1 for a near spelling of a name (Rule.FUZZY)
