"""Acts already under way or held: "during the protests", "in the eleventh week of protests",
"with protests ongoing", "we have a truce now".

A plural noun of protest or force named as the time frame of another act names a run of acts
the story has reported before (GUIDELINES §7: an ongoing situation is one event, and naming it
again is a reference). A single act ("during the attack") or a series with a start of its own
("protests began on Monday") is left to the other cues in events/references.py. An event noun
held in the simple present ("we have a truce") is a state, not a new act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import PRESENT_TAGS
from eventcoder.records import EventType

# acts that come in runs: protests, clashes, raids, arrests
SERIES_TYPES = frozenset({EventType.PROTEST, EventType.ASSAULT, EventType.COERCE})
# words that say a run is still going on ("with protests ongoing", "the continuing clashes")
ONGOING_WORDS = frozenset({"ongoing", "continuing", "underway", "unabated", "persistent"})
# spans that measure a run ("the sixteen weeks of protests")
SPAN_UNITS = frozenset({"day", "week", "month", "year"})
# prepositions that make a span or a run the time frame of another act
FRAME_PREPS = frozenset({"during", "throughout", "in", "into"})


def running(tok: Token, type_: EventType) -> str | None:
    """Why a plural protest or force noun is a run already under way, or None."""
    if type_ not in SERIES_TYPES or tok.tag_ != "NNS":
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in ONGOING_WORDS:
            return f"ongoing: {c.text!r} run of acts"
    head = tok.head
    if tok.dep_ == "nsubj" and head.lower_ in ONGOING_WORDS:
        return f"ongoing: run of acts {head.text!r}"  # "with protests ongoing"
    if tok.dep_ != "pobj":
        return None
    if head.lower_ in {"during", "throughout"} and any(c.dep_ == "det" for c in tok.children):
        return f"background: {head.text!r} a run of acts"  # "during the protests"
    span = head.head
    if (
        head.lower_ == "of"
        and span.lemma_.lower() in SPAN_UNITS
        and span.dep_ == "pobj"
        and span.head.lower_ in FRAME_PREPS
    ):
        return f"background: {span.head.text!r} the {span.text!r} of a run of acts"
    return None


# "we have a truce now in Yemen", "the two countries have a defence pact": a state held
HOLD_VERBS = frozenset({"have"})


def held(tok: Token) -> str | None:
    """ "We have a truce now in Yemen": an event noun held in the simple present is a state the
    story has reported before (a reference), not a new act ("has signed a truce" is an act)."""
    head = tok.head
    if tok.dep_ != "dobj" or head.lemma_.lower() not in HOLD_VERBS or head.tag_ not in PRESENT_TAGS:
        return None
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in head.children):
        return None
    return f"status: held ('{head.text} ... {tok.text}')"
