"""Safety appeals of the authorities to their own public (GUIDELINES §11, §18).

"Local police warned people in the vicinity to stay inside and close their windows", "the army
urged villagers to report suspicious activity": advice or a warning that the authorities (a
government, its police or its forces) give the public at large of their own country, after an
accident, a disaster or an attack, is internal administration, not a threat or a demand of one political
actor on another. A warning of consequences the speaker will impose ("warned protesters that
they would be arrested") and appeals to named groups (protesters, the opposition) keep their
events. routine.public_appeal drops a government's requests to the public; this adds the
warnings of any authority and the requests of the police and the army. (The dev gold codes a
minister's "urged vigilant locals to assist authorities" as REQUEST: a government asking for
help, left to routine.public_appeal.)
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.political_words import WARNINGS
from eventcoder.events.process import actor_root, within_one_state
from eventcoder.events.routine import PUBLIC_NOUNS
from eventcoder.records import Event, EventType

# the public at large, and the people of a place: "vigilant locals", "villagers", "the community"
LOCAL_PUBLIC = PUBLIC_NOUNS | {"local", "villager", "community", "neighbour", "neighbor"}
# who gives such advice: a government, its police, its forces, an office of no sector
AUTHORITY_SECTORS: set[str | None] = {"GOV", "COP", "MIL", None}
FORCE_SECTORS: set[str | None] = {"COP", "MIL"}
PUBLIC_SECTORS = {"CVL", None}
# what the advice asks of the public: an act of its own ("to stay inside"), not a consequence
ADVICE_DEPS = {"xcomp", "ccomp"}


def _to_the_public(ev: Event, tok: Token) -> bool:
    for a in ev.target:
        root = actor_root(tok, a)
        if a.sector not in PUBLIC_SECTORS or root is None or root.ent_type_:
            return False
        if root.lemma_.lower() not in LOCAL_PUBLIC:
            return False
    return True


def _advice(tok: Token) -> bool:
    """ "warned people to stay inside": what is asked is the public's own act (an infinitive),
    not a consequence the speaker threatens ("warned that they would be arrested")."""
    return any(
        c.dep_ in ADVICE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


def safety_appeal(ev: Event, tok: Token) -> str | None:
    """A warning or a request of the authorities to their own public at large, asking it to do
    something for its own safety or to help them: internal administration."""
    if ev.type is EventType.THREATEN:
        if tok.lemma_.lower() not in WARNINGS or not _advice(tok):
            return None
        sectors = AUTHORITY_SECTORS
    elif ev.type is EventType.REQUEST:
        sectors = FORCE_SECTORS  # a government's requests: routine.public_appeal
    else:
        return None
    if not ev.source or not ev.target or not within_one_state(ev):
        return None
    if not all(a.sector in sectors for a in ev.source):
        return None
    if not _to_the_public(ev, tok):
        return None
    return "the authorities' advice to their own public at large: internal administration"
