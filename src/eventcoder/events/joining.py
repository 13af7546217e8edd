"""Joining people, not a body: "will join the Deputy Secretary's delegation", "thank you for
joining us today", "he will be joined by the Assistant Secretary", "for Cubans to join their
families".

COOPERATE "join" is an actor entering a body or a force ("Finland joined NATO", "joined the
coalition against ISIS", GUIDELINES §10). Joining persons, a delegation or a crowd is keeping them
company at an occasion: no cooperation between sides (§1: a clause naming an actor's activity
with no other side; §11: internal administration). In a corpus sample of 216 documents outside
dev this drops 9 COOPERATE "join": 8 wrong, 1 debatable (countries that "joined" a statement).

The cues are syntactic and closed classes: a passive "be joined by", or an object that is a
personal pronoun, a person's name or a noun for people.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import EventType

JOIN = "join"
# pronouns for the people one joins: "joining us", "join those celebrating"
PEOPLE_PRONOUNS = frozenset({"us", "you", "me", "him", "her", "them", "those", "others"})
# nouns for people or a party of people, not a body one becomes a member of
PEOPLE_NOUNS = frozenset(
    {
        "delegation",
        "family",
        "families",
        "people",
        "colleague",
        "counterpart",
        "friend",
        "minister",
        "ambassador",
        "secretary",
        "official",
        "representative",
        "envoy",
        "president",
        "leader",
        "celebration",
        "mourner",
        "crowd",
        "team",
    }
)


def _people(tok: Token) -> bool:
    """A person's name, a pronoun for people or a noun for people."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in PEOPLE_PRONOUNS
        or tok.lemma_.lower() in PEOPLE_NOUNS
    )


def joined_people(tok: Token, type_: EventType) -> str | None:
    """Why a COOPERATE "join" only keeps people company, or None when it may enter a body."""
    if type_ is not EventType.COOPERATE or tok.lemma_.lower() != JOIN or tok.pos_ != "VERB":
        return None
    kids = list(tok.children)
    if any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "agent" for c in kids):
        return "joined by someone: company at an occasion, no cooperation between sides"
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [
        p
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if objs and all(_people(o) for o in objs):
        return f"joining people ({objs[0].text!r}), not a body: no cooperation between sides"
    return None
