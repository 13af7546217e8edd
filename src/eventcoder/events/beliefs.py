"""An act noun whose complement is a that-clause names a belief or a claim, not the act:
"my own conviction that these reforms are essential", "Putin's conviction that Ukraine does not
deserve to be sovereign". A relative clause ("the conviction that the court overturned") has no
marker "that" of its own and keeps the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import EventType

# material and legal acts: a noun of one of these never takes what someone believes as its
# complement (speech nouns do: "the charge that", "the assurance that"; so do coercion by
# falsehood, "disinformation that protests were the work of foreign actors")
ACT_TYPES = {
    EventType.SANCTION,
    EventType.ASSAULT,
    EventType.MOBILIZE,
    EventType.AID,
    EventType.RETREAT,
    EventType.COOPERATE,
}
CLAUSE_DEPS = {"acl", "ccomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl"}
COMPLEMENT_DEPS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"}


def belief_noun(tok: Token, type_: EventType) -> str | None:
    """The noun of a material or legal act with a complement clause "that ...": a belief."""
    if type_ not in ACT_TYPES or tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        if c.dep_ in CLAUSE_DEPS and c.i > tok.i and marked and _complete(c):
            return f"'{tok.text} that ...': a belief or claim, not the act"
    return None


def _complete(verb: Token) -> bool:
    """A clause with its subject and its object or complement: "that Ukraine does not deserve
    to be sovereign". A relative clause the parser took for one lacks what "that" stands for:
    "the conviction that the court overturned" has no object."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & SUBJECT_DEPS) and (verb.lemma_ == "be" or bool(deps & COMPLEMENT_DEPS))
