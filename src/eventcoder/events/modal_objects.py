"""Modality given by the word an event noun or infinitive is the object of: a readout or a
follow-up presupposes the event, a turned-down offer cancels it, a preview announces it, and a
speaker's "I want to thank" performs the thanks."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.modality_words import (
    FIRST_PERSON,
    FOLLOW_UP,
    OFFER_NOUNS,
    PERFORMATIVE,
    PERFORMING_WISH,
    PREVIEW,
    READOUT_NOUNS,
    TURN_DOWN,
)
from eventcoder.records import Modality

Cue = tuple[Modality, str]


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def presupposed(cur: Token, head: Token) -> bool:
    """ "any readout for his meetings", "follow up on the recent meetings": the event is one the
    speaker takes as held, so the question or wish around it does not make it hypothetical."""
    if cur.dep_ != "prep" or cur.lower_ not in {"of", "for", "on", "from"}:
        return False
    lemma = head.lemma_.lower()
    if lemma in READOUT_NOUNS and head.pos_ == "NOUN":
        return True
    return (
        lemma in FOLLOW_UP
        and cur.lower_ == "on"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
    )


def _turns_down(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "turn":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in TURN_DOWN


def object_cue(cur: Token, head: Token) -> Cue | None:
    """The cue of the word the climb reaches from `cur` (its head), read before the general
    frames: a refused offer's act is negated, a previewed act is to come, and what the speaker says
    he wants to thank is thanked."""
    dep = cur.dep_
    lemma = head.lemma_.lower()
    if (
        dep in {"acl", "xcomp"}
        and head.pos_ == "NOUN"
        and lemma in OFFER_NOUNS
        and head.dep_ in {"dobj", "nsubjpass"}
        and _turns_down(head.head)
        and not _negated(head.head)
    ):
        return Modality.NEGATED, f"'{head.head.text} ... {head.text} to': turned down (§16)"
    if dep == "dobj" and lemma in PREVIEW and head.pos_ == "VERB" and not _negated(head):
        return Modality.FUTURE, f"'{head.text} ...': announced ahead"
    if (
        dep == "xcomp"
        and lemma in PERFORMING_WISH
        and cur.lemma_.lower() in PERFORMATIVE
        and not _negated(head)
        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children)
    ):
        return Modality.ASSERTED, f"'{head.text} to {cur.text}': said, so done"
    return None
