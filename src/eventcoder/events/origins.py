"""Places an act comes from: "assistance on tap from the United States for Ukraine", "rockets
fired from Gaza", "troops sent from Belarus". What is given, fired or sent from a place leaves it;
the place is where the giver or the force stands, not whom the act reaches (GUIDELINES §4: places
are not targets; the attacked population is). Withdrawals and cuts are the other way round: what
one pulls out of or stops buying from is the other side ("withdrew from Syria", "suspended
imports from Vietnam")."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import EventType

# acts that leave their "from" place for a recipient elsewhere
OUTGOING = {EventType.AID, EventType.ASSAULT, EventType.MOBILIZE}
# people and flight named with where they come from: that place is theirs ("help those fleeing
# from Ukraine", "aid to refugees from Syria" reach Ukrainians and Syrians)
LEAVERS = {
    "flee",
    "escape",
    "evacuate",
    "displace",
    "refugee",
    "migrant",
    "evacuee",
    "person",
    "people",
    "civilian",
    "child",
    "family",
}


def origin(root: Token, type_: EventType) -> bool:
    """Is the place at ``root`` named only as where an outgoing act starts ("from Tokyo"), not as
    where the people it reaches come from?"""
    if type_ not in OUTGOING or root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    return root.head.head.lemma_.lower() not in LEAVERS
