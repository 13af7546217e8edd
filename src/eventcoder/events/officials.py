"""Disputes between two named officials of one state: "Zelensky declined Prime Minister
Honcharuk's offer to resign", "the president rejected the prime minister's request".

A state does not act on itself (events/assembly.py drops a recipient that is the doer's own
state), but a public refusal, accusation or threat by one named official aimed at another
is an event, country to the same country (GUIDELINES §12: criticism inside a government; §17:
between branches of one government). Both sides must be persons the dictionary knows, and
different ones: a country or its government named as recipient stays the doer itself.
"""

from __future__ import annotations

from eventcoder.actors.records import ActorInfo, ActorKind
from eventcoder.events.sides import Side
from eventcoder.records import EventType

# the verbal acts one member of a government aims at another (GUIDELINES §12, §17); a request
# between officials is mostly procedure ("asked the Queen for a prorogation"): internal
# administration (§11, §17)
DISPUTE_TYPES = frozenset({EventType.ACCUSE, EventType.REJECT, EventType.THREATEN})


def between_officials(type_: EventType, info: ActorInfo, sources: list[Side]) -> bool:
    """Is the recipient a named official other than every doer, in a dispute between them?"""
    if type_ not in DISPUTE_TYPES or not _named_person(info) or not sources:
        return False
    return all(_named_person(i) and i.actor_id != info.actor_id for _, i in sources)


def _named_person(info: ActorInfo) -> bool:
    return info.kind is ActorKind.PERSON and info.actor_id is not None
