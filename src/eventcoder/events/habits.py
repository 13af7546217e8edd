"""Tense cues of a habit: a habitual adverb ("regularly", "routinely") makes a clause a habit,
no particular act, when the clause is in the present ("we meet regularly") or is an infinitive a
present or "will" verb takes ("the Quad will continue to meet regularly": a habit to come).
A past verb ("always refused to meet") reports a particular stance and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.modality_words import FUTURE_AUX
from eventcoder.events.role_words import PRESENT_TAGS


def present(v: Token) -> bool:
    """The verb is in the present, or its auxiliary is ("has always", "is routinely")."""
    return v.tag_ in PRESENT_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in PRESENT_TAGS for c in v.children
    )


def future_habit(v: Token, above: list[Token]) -> bool:
    """The verb is an infinitive taken by a present or "will" verb ("will continue to meet",
    "plan to meet"); `above` are the verbs it hangs from, nearest first."""
    if v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if not above or v.dep_ != "xcomp":
        return False
    gov = above[0]
    return present(gov) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in gov.children)
