"""The PLOVER vocabulary as enums and sets, and PLOVER's strict recoding of future events."""

from __future__ import annotations

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

_FUTURE_TO_AGREE = {EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID}


def strict_type(type_: EventType, modality: Modality) -> EventType:
    """PLOVER's own coding: future CONSULT/SUPPORT/COOPERATE/AID is AGREE, future RETREAT CONCEDE."""
    if modality is Modality.FUTURE:
        if type_ in _FUTURE_TO_AGREE:
            return EventType.AGREE
        if type_ is EventType.RETREAT:
            return EventType.CONCEDE
    return type_
