"""Voters backing a candidate: "Sanders was aided by the support of younger voters", "voters
backed the incumbent". What an electorate gives is part of a race (GUIDELINES §16), no act of
one political actor on another."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import EventType

# the electorate as a whole or in part (citizens and people act politically in other ways)
VOTERS = {"voter", "elector", "electorate", "constituent"}
BACKING = {EventType.SUPPORT, EventType.AID}
# a noun of backing the voters hold: "the support of younger voters"
BACKING_NOUNS = {"support", "backing", "help", "vote"}


def _givers(tok: Token) -> list[Token]:
    """Who gives the backing: the subject, the passive's agent, and for an agent that is a noun
    of backing ("aided by the support of voters") its holder."""
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    for c in tok.children:
        if c.dep_ == "agent":
            out += [p for p in c.children if p.dep_ == "pobj"]
    if tok.pos_ == "NOUN":
        out += [c for c in tok.children if c.dep_ == "poss"]
        out += [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
    held = [
        p
        for g in out
        if g.lemma_.lower() in BACKING_NOUNS
        for c in g.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return out + held + [c for g in out for c in g.children if c.dep_ == "poss"]


def voters_backing(tok: Token, type_: EventType) -> Token | None:
    """The voter noun when voters give the backing the trigger tells."""
    if type_ not in BACKING:
        return None
    for g in _givers(tok):
        if g.lemma_.lower() in VOTERS:
            return g
    return None
