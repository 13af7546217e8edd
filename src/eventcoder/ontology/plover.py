"""The PLOVER vocabulary as enums and sets, and PLOVER's strict recoding of future events."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

from eventcoder.ontology.codes import codes_for
from eventcoder.records import EventType, Modality

CONTEXTS: frozenset[str] = frozenset(
    [
        "military",
        "intelligence",
        "executive",
        "legislative",
        "election",
        "political_institutions",
        "pro_democracy",
        "pro_autocracy",
        "economic",
        "legal",
        "reparations",
        "human_rights",
        "rights_freedoms",
        "repression",
        "human_security",
        "gender",
        "lgbt",
        "religion_ethnicity",
        "inequality",
        "diplomatic",
        "territory",
        "peacekeeping",
        "health",
        "asylum",
        "migration",
        "disasters",
        "natural_resource",
        "environment",
        "technology",
        "terrorism",
        "cbrn",
        "cyber",
        "misinformation",
        "crime",
        "corruption",
        "illegal_drugs",
        "trafficking",
        "humanitarian",
    ]
)

# PLOVER needs a recipient for these: without one the event is incomplete.
NEEDS_TARGET: frozenset[EventType] = frozenset(
    {EventType.COOPERATE, EventType.AID, EventType.SANCTION}
)

# Types whose sides are usually equals: "X and Y met" lists both.
RECIPROCAL: frozenset[EventType] = frozenset({EventType.CONSULT, EventType.COOPERATE})

# Country-position codes that name no single state (PLOVER/CAMEO pseudo-countries).
# Groups of states or organisations: "both countries" and own-country rules skip them.
NON_STATE: frozenset[str] = frozenset({"IGO", "NGO", "IMG"})
# Codes for groups of many organisations: sharing one says little about sharing an event.
GENERIC_CODES: frozenset[str] = NON_STATE | {"MNC", "ISM"}
# Every code in a country position that is not one state (organisations and regions too).
NON_STATE_CODES: frozenset[str] = GENERIC_CODES | {"UNO", "EUR"}

_FUTURE_TO_AGREE = {EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}


def strict_type(type_: EventType, modality: Modality) -> EventType:
    """PLOVER's own coding: future CONSULT/SUPPORT/COOPERATE/AID is AGREE, future RETREAT CONCEDE."""
    if modality is Modality.FUTURE:
        if type_ in _FUTURE_TO_AGREE:
            return EventType.AGREE
        if type_ is EventType.RETREAT:
            return EventType.CONCEDE
    return type_


class Coded(Protocol):
    """A record carrying a PLOVER type, mode and modality with the codes that follow from them."""

    @property
    def type(self) -> EventType: ...
    @property
    def mode(self) -> str | None: ...
    @property
    def modality(self) -> Modality: ...


C = TypeVar("C", bound=Coded)


def plover_strict(record: C) -> C:
    """`record` (an Event or a MergedEvent) as PLOVER codes it (``--plover-strict``).

    A future CONSULT/SUPPORT/COOPERATE/AID becomes AGREE and a future RETREAT CONCEDE; the
    recoded record loses its mode and takes the new type's default codes. Other records are
    returned unchanged (the same object).
    """
    new = strict_type(record.type, record.modality)
    if new is record.type:
        return record
    c = codes_for(new, None)
    return replace(  # type: ignore[type-var]
        record,
        type=new,
        mode=None,
        cameo=c.cameo,
        quad_class=c.quad_class,
        goldstein=c.goldstein,
        plover_score=c.plover_score,
    )
