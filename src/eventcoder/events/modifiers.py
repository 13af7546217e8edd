"""Event words that only modify another noun: "a cease-fire agreement", "an amphibious assault
ship", "arrest warrants", "newly seized territories".

A trigger noun used as a compound modifier names the kind of the thing its head noun names (an
agreement, a ship, a warrant, a campaign); it reports no act of its own. Where the head is itself
an event word ("a cooperation agreement" signed), that event is the one the sentence reports. A
past participle before a noun ("the jailed leader") describes the noun by an earlier act, which
is at most a reference (GUIDELINES §7). The heads that carry the named act ("an aid package", "a
relief convoy", "a coup attempt") keep it.
"""

from __future__ import annotations

from spacy.tokens import Token

# heads that are the act the modifier names, delivered or tried: "announced a $2 billion aid
# package", "a coup attempt", "launched a bombing campaign", "opened an impeachment inquiry",
# "took sanctions action", "set up a consultation channel", "imposed a sanctions regime on",
# "announced an aid programme for"
CARRIER_HEADS = frozenset(
    {
        "package",
        "tranche",
        "shipment",
        "convoy",
        "delivery",
        "consignment",
        "airlift",
        "attempt",
        "bid",
        "campaign",
        "operation",
        "mission",
        "spree",
        "wave",
        "inquiry",
        "probe",
        "proceeding",  # the lemma of "proceedings"
        "trial",
        "action",
        "measure",
        "step",
        "channel",
        "mechanism",
        "framework",
        "format",
        "forum",
        "platform",
        "regime",
        "program",
        "programme",
    }
)


def modified(tok: Token) -> Token | None:
    """The noun a trigger only modifies ("cease-fire" in "a cease-fire agreement", "seized" in
    "newly seized territories"), or None when the trigger heads its own phrase."""
    if (obj := _misread_participle(tok)) is not None:
        return obj
    head = tok.head
    if head.i == tok.i or head.pos_ != "NOUN":
        return None  # "designating for sanctions Air Koryo": a name is no kind
    if head.lemma_.lower() in CARRIER_HEADS:
        return None
    if tok.dep_ == "compound" and tok.pos_ == "NOUN":
        return head
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i < head.i:
        return head
    return None


def _misread_participle(tok: Token) -> Token | None:
    """ "return its troops to internationally recognized Eritrean territory": a participle after
    "to" with no "be" or "have" is no infinitive (the parser's reading); it describes the noun it
    took as its object."""
    if tok.tag_ != "VBN":
        return None
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if [c.lower_ for c in aux] != ["to"]:
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
