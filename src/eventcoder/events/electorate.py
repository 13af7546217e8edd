"""Voters backing a candidate: "Sanders was aided by the support of younger voters", "voters
backed the incumbent". What an electorate gives is part of a race (GUIDELINES §16), no act of
one political actor on another."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.process import actor_root
from eventcoder.records import Event, EventType

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


def voters_addressed(ev: Event, tok: Token) -> str | None:
    """ "candidates give their final pleas to voters", "urged voters to turn out": an appeal to
    the electorate is campaigning (GUIDELINES §16), not a demand on a political actor."""
    if ev.type is not EventType.REQUEST or not ev.target:
        return None
    for a in ev.target:
        root = actor_root(tok, a)
        if root is None or root.lemma_.lower() not in VOTERS:
            return None
    return "an appeal to voters: campaigning, part of a race"


CONCEDE_LEMMAS = {"concede", "concession"}
# words that show the story is about an election: only there is a bare concession a race's end
ELECTION_WORDS = {"election", "electoral", "vote", "ballot", "poll", "race", "primary", "runoff"}
# what is conceded or to whom: "conceded the point", "conceded to the strikers' demands",
# "conceded on the issue", "conceded that ..."
CONCEDED_DEPS = {"dobj", "ccomp", "xcomp", "dative"}
CONCEDED_PREPS = {"to", "on", "over", "in"}


def conceded_to_no_one(ev: Event, tok: Token) -> str | None:
    """ "President Trump has yet to concede", "an official concession from the president": in a
    story of an election, one concession with nothing conceded and no one conceded to, at home,
    is the end of the race (GUIDELINES §13), not a concession to another actor."""
    if ev.type is not EventType.CONCEDE or tok.lemma_.lower() not in CONCEDE_LEMMAS:
        return None
    if tok.tag_ == "NNS" or not any(t.lemma_.lower() in ELECTION_WORDS for t in tok.doc):
        return None  # "we made many concessions to make peace": given to a party of talks
    home = {a.country for a in ev.source}
    if None in home or not all(a.country in home and a.sector is None for a in ev.target):
        return None
    for c in tok.children:
        if c.dep_ in CONCEDED_DEPS or (c.dep_ == "prep" and c.lower_ in CONCEDED_PREPS):
            return None
    return f"'{tok.text}' with nothing conceded and no one conceded to: an election race"


# what a result is called for a candidate: a state or district, or the race itself
CALLED_CONTESTS = {"election", "race", "state", "contest", "primary", "district", "seat"}
CALL_LEMMAS = {"call"}


def race_called(ev: Event, tok: Token) -> str | None:
    """ "the AP and NBC News also called Nevada for Biden", "networks called the race for the
    incumbent": declaring who won a contest is a count of a race (GUIDELINES §1, §16), not a
    request. "called for a ceasefire" has no object; "called the envoy for talks" calls a person,
    for no named candidate."""
    if ev.type is not EventType.REQUEST or tok.lemma_.lower() not in CALL_LEMMAS:
        return None
    called = [c for c in tok.children if c.dep_ == "dobj"]
    if len(called) != 1:
        return None
    contest = called[0]
    if not (contest.ent_type_ == "GPE" or contest.lemma_.lower() in CALLED_CONTESTS):
        return None
    if not any(t.lemma_.lower() in ELECTION_WORDS for t in tok.doc):
        return None  # only a story of an election calls a state for someone
    # "for" the candidate's name (the tagger may take "Biden" for a place)
    for c in tok.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(p.pos_ == "PROPN" for p in c.children if p.dep_ == "pobj")
        ):
            return f"{contest.text!r} called for a candidate: a count of an election race"
    return None
