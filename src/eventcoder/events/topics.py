"""Topics of talks that a light verb holds (eval/GUIDELINES.md §1 "topic of talks", §10, §19):
"will hold consultations with officials in Riga on efforts to ... deepen defense cooperation",
"we're going to have conversations with Egypt on the best way to use our assistance". The parser
hangs the "on" phrase on the verb that holds the talks, not on the talks noun, so
genericity.talk_topic, which climbs to a talk word, never meets one; here the holding verb with a
talk noun as its object stands for the talks. What they are about is their topic: the talks are
the event (CONSULT), not a COOPERATE or AID of their own.

Readouts also name the topic deep inside the object of "discussed" ("discussed a range of pressing
regional and global issues, including our joint efforts to support Ukraine"): the walk of
genericity.talk_topic stops a few links up, so `listed_topic` follows such an object to its verb
of talking however long the list, through the same topic links only.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.genericity import (
    TALK_OBJECT,
    TALK_OBJECT_DEPS,
    TOPIC_DEPS,
    TOPIC_PREPS,
    clause_subject,
)

# verbs that hold talks named by their object ("hold consultations", "have conversations")
HOLDING = frozenset(
    {"hold", "have", "conduct", "begin", "start", "resume", "continue", "open", "launch", "host"}
)
TALK_NOUNS = frozenset(
    {
        "talk",
        "consultation",
        "conversation",
        "discussion",
        "meeting",
        "negotiation",
        "dialogue",
        "call",
        "summit",
    }
)
# "of" names a part of the talks ("a round of talks"), never their topic here
ABOUT = frozenset(TOPIC_PREPS - {"of"})


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def held_talk_topic(tok: Token) -> Token | None:
    """The talks noun ("consultations" in "hold consultations with X on efforts to deepen
    cooperation") whose topic the trigger is, when the topic hangs on the holding verb."""
    cur = tok
    for _ in range(7):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ not in TOPIC_DEPS and not (cur.dep_ == "relcl" and _infinitive(cur)):
            return None  # "the best way to use our assistance": an infinitive relative is topic too
        if cur.dep_ == "advcl" and clause_subject(cur) is not None:
            return None  # a clause with its own subject tells a fact
        if cur.dep_ == "prep":
            if cur.lower_ not in ABOUT:
                return None  # "with Russia", "in Riga", "during the visit": a side, place or time
            if head.pos_ == "VERB" and head.lemma_.lower() in HOLDING:
                return next(
                    (
                        c
                        for c in head.children
                        if c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS
                    ),
                    None,
                )
        cur = head
    return None


# links inside the object of a verb of talking: a list of topics and the efforts it names
# ("a range of issues, including efforts to support X"); an adverbial clause tells a fact
LISTED_DEPS = frozenset(TOPIC_DEPS - {"advcl"}) | TALK_OBJECT_DEPS
# how far a readout's list may run from "discussed" to the act it names
DEEP = 12


def listed_topic(tok: Token) -> Token | None:
    """The verb of talking ("discussed") whose object, however deep, holds the trigger as a topic
    ("discussed a range of issues, including our joint efforts to support Ukraine")."""
    cur = tok
    for _ in range(DEEP):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in LISTED_DEPS:
            return None
        verbs = cur.pos_ in {"VERB", "AUX"} and head.pos_ in {"VERB", "AUX"}
        if (
            cur.dep_ == "conj"
            and verbs
            and (clause_subject(cur) is not None or head.lemma_.lower() in TALK_OBJECT)
        ):
            return None  # "discussed the deal and signed it": an act of its own
        if cur.dep_ == "prep" and cur.lower_ not in TOPIC_PREPS:
            return None  # "with Russia", "during the visit": a side, a place or a time
        if cur.dep_ in {"acl", "xcomp", "ccomp"} and clause_subject(cur) is not None:
            return None  # a clause with a subject of its own tells a fact
        if head.lemma_.lower() in TALK_OBJECT and head.pos_ == "VERB":
            return head if cur.dep_ in TALK_OBJECT_DEPS else None
        cur = head
    return None
