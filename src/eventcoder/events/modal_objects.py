"""Modality given by the word an event noun or infinitive is the object of: a readout or a
follow-up presupposes the event, a turned-down offer cancels it, a preview announces it, a
speaker's "I want to thank" performs the thanks, and "was able to" says the act was done."""

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
    speaker takes as held, so the question or wish around it does not make it hypothetical. So
    is an actor's own act that a verb joins it in: "will support Ukraine in its talks with Russia"
    (the talks are under way; the support is to come)."""
    if cur.dep_ == "prep" and cur.lower_ == "in" and head.pos_ == "VERB":
        # the actor joined is the verb's object ("will not waver in our support" is the
        # subject's own support, and shares the verb's modality)
        return any(c.dep_ == "dobj" for c in head.children) and any(
            o.dep_ == "pobj" and any(p.dep_ == "poss" for p in o.children) for o in cur.children
        )
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
    frames: a refused offer's act is negated, a previewed act is to come, what the speaker says he
    wants to thank is thanked, and what one "was not able to" do was not done."""
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
    if dep == "xcomp" and (be := _past_ability(head)) is not None and _negated(be):
        return Modality.NEGATED, f"'{be.text} not {head.text} to': not done"
    if (
        dep == "xcomp"
        and lemma in PERFORMING_WISH
        and (cur.lemma_.lower() in PERFORMATIVE or _opens_by(cur))
        and not _negated(head)
        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children)
    ):
        return Modality.ASSERTED, f"'{head.text} to {cur.text}': said, so done"
    return None


# "I want to begin by congratulating Chile": the speech act the speaker opens or closes with
OPENING = {"begin", "start", "open", "close", "conclude", "end"}


def _opens_by(verb: Token) -> bool:
    """ "begin by thanking", "close by congratulating": an opening or closing done by a speech
    act is that act, performed as the wish is said."""
    if verb.lemma_.lower() not in OPENING:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "by"
        and any(c.dep_ == "pcomp" and c.lemma_.lower() in PERFORMATIVE for c in p.children)
        for p in verb.children
    )


PAST = {"VBD"}
PERFECT_AUX = {"have", "has", "had", "'ve"}


def _past_ability(head: Token) -> Token | None:
    """The copula of "was able", "have been able" (no modal on it), else None."""
    if head.lemma_.lower() != "able" or head.dep_ != "acomp":
        return None
    be = head.head
    auxes = [c for c in be.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return None  # "would be able to", "will be able to"
    if be.tag_ in PAST and not auxes:
        return be
    if be.tag_ == "VBN" and any(a.lower_ in PERFECT_AUX for a in auxes):
        return be
    return None


# verbs of trying: an attempt reported as made was the act, begun (the dev gold and the stream
# judges code "they tried to storm parliament" as PROTEST asserted)
ATTEMPT = {"try", "attempt", "seek"}
# an attempt that is only alleged or suspected stays supposed ("allegations Trump tried to")
ALLEGED = {"allegation", "accusation", "allege", "accuse", "claim", "suspect", "suspicion"}


def _past_attempt(head: Token) -> Token | None:
    """ "As they tried to storm parliament", "Russia sought to silence the media": an attempt in
    the simple past, with no modal, negation or negative subject of its own."""
    if head.lemma_.lower() not in ATTEMPT or head.tag_ not in PAST or head.pos_ != "VERB":
        return None
    if head.head.lemma_.lower() in ALLEGED:
        return None
    if head.dep_ == "advcl" and not any(c.dep_ == "mark" for c in head.children):
        return None  # a clause hung loose ("stemmed from allegations Trump tried to"): unclear
    for c in head.children:
        if c.dep_ in {"aux", "auxpass", "neg"}:
            return None
        if c.dep_ == "nsubj" and (
            c.lower_ in {"nobody", "none"}
            or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        ):
            return None  # "no one tried to storm the base"
    return head


def achieved(head: Token) -> Token | None:
    """ "Mugabe was able to negotiate immunity", "we have been able to deploy vaccines": an ability
    stated in the past or perfect was used (the act was done); the copula it hangs on is returned,
    so that the climb reads the cues of that clause instead ("if we were able to meet" supposes).
    So is a past attempt ("they tried to storm parliament"): the attempt is the act."""
    if (tried := _past_attempt(head)) is not None:
        return tried
    be = _past_ability(head)
    if be is None or _negated(be) or _negated(head):
        return None
    return be
