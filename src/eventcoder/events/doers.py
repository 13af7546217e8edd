"""Doers the text leaves unsaid but the act itself names: a measure only a state takes, given up
in a passive with no doer named ("the curfew was lifted", "the state of emergency was lifted",
"the bill was suspended"), is given up by that state's authorities, as an arrest with no
arrester is made by them (eval/GUIDELINES.md §10, §18). Not the noun ("the lifting of the
curfew would send a signal"): a noun is as often wished for as done."""

from __future__ import annotations

from spacy.tokens import Token

# measures only a government imposes at home, and so only its authorities lift, suspend or
# repeal; not what other parties give up (a protest, a boycott, a veto abroad, a lawsuit)
STATE_MEASURES = frozenset(
    {
        "curfew",
        "lockdown",
        "emergency",
        "bill",
        "law",
        "legislation",
        "decree",
        "ordinance",
        "regulation",
        "directive",
        "amendment",
    }
)
# "state" is a measure only as "the state of emergency" ("of siege", "of alarm")
STATE_OF = frozenset({"emergency", "siege", "alarm"})


def _given_up(tok: Token) -> list[Token]:
    """What a passive act of giving up acts on: its subject ("the curfew was lifted")."""
    return [c for c in tok.children if c.dep_ == "nsubjpass"]


def _measure(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma == "state":
        return any(
            p.lemma_.lower() in STATE_OF
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        )
    return lemma in STATE_MEASURES


def state_measure_given_up(tok: Token) -> bool:
    """Is what the passive trigger gives up a measure only a state takes ("the bill was
    suspended")?"""
    return any(_measure(n) for n in _given_up(tok))
