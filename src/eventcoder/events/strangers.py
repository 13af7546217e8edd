"""Attacks by a named private person: "On Friday, 28-year-old Usman Khan stabbed several people
at Fishmongers' Hall in London", "Jan Kowal shot three customers at a bar in Lyon".

A crime by a private person, with no armed group named and no political aim stated, is no event
(GUIDELINES §16 'Crimes by private people'; §18: even a named person with a past conviction for
terrorism, until the authorities or a claim tie the attack to a group or cause).
routine.private_crime reads the unnamed private person ("a gunman", "an IT worker"); this reads a
person named in the text whom the actor dictionary does not know (no office, no sector: the
place alone gives the country) acting on private people. A name the dictionary knows (a
minister, a militant leader), a sector noun ("a Hamas commander Jan Kowal"), a group or a people
tied to the name, or a state side hit, keep the event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import Reason, Rule, render
from eventcoder.events.process import actor_root
from eventcoder.records import ActorRef, Event, EventType

CRIME_TYPES = {EventType.ASSAULT, EventType.COERCE}
UNKNOWN = render(Reason(Rule.UNKNOWN_NAME))
# the victims a private crime has: private people, of no sector or the civilian one
PRIVATE_VICTIMS = {None, "CVL"}
# words that tie a person to a group or a people ("a Hamas member", "the Somali-born")
TIED_ENTS = {"ORG", "NORP", "GPE"}
TIE_DEPS = {"compound", "amod", "poss", "nmod", "appos"}


def _stranger(tok: Token, actor: ActorRef) -> bool:
    """A person's name the dictionary does not know, with no sector and no group tied to it."""
    if actor.sector is not None or not actor.resolved_by.startswith(UNKNOWN):
        return False
    root = actor_root(tok, actor)
    if root is None or root.ent_type_ != "PERSON":
        return False
    ties = [t for c in root.children if c.dep_ in TIE_DEPS for t in c.subtree]
    return not any(t.ent_type_ in TIED_ENTS for t in ties)


def named_private_crime(ev: Event, tok: Token) -> str | None:
    """ "Usman Khan stabbed several people at the hall": a named private person's force against
    private people is a crime, no political act (§16, §18)."""
    if ev.type not in CRIME_TYPES or not ev.source or not ev.target:
        return None
    if not all(_stranger(tok, a) for a in ev.source):
        return None
    if not all(a.sector in PRIVATE_VICTIMS for a in ev.target):
        return None
    return "force by a named private person, with no group tied, on private people: a crime"


# ---- unnamed private people ---------------------------------------------------------------
# words for people at large, no group or office: "reports of people harassing Chinese students",
# "men beat a migrant", "strangers insulted the family"
PEOPLE_NOUNS = {"people", "person", "individual", "man", "woman", "youth", "teenager"}
PEOPLE_NOUNS |= {"stranger", "passer-by", "passerby", "bystander", "neighbour", "neighbor"}
PRIVATE_DOERS = {"CVL", None}


def _people_at_large(tok: Token, actor: ActorRef) -> bool:
    """People no group, office or people is named for: "people", "some men" (not "Hindu
    nationalist men", "Hamas men", "the people of Gaza")."""
    if actor.sector not in PRIVATE_DOERS:
        return False
    root = actor_root(tok, actor)
    if root is None or root.lemma_.lower() not in PEOPLE_NOUNS or root.ent_type_:
        return False
    ties = [t for c in root.children if c.dep_ in TIE_DEPS | {"prep"} for t in c.subtree]
    return not any(t.ent_type_ in TIED_ENTS or t.pos_ == "PROPN" for t in ties)


def unnamed_private_crime(ev: Event, tok: Token) -> str | None:
    """ "there had been reports of people avoiding or harassing Chinese individuals": force by
    people at large on private people is a crime of private persons, no political act (§16)."""
    if ev.type not in CRIME_TYPES or not ev.source or not ev.target:
        return None
    if not all(_people_at_large(tok, a) for a in ev.source):
        return None
    if not all(a.sector in PRIVATE_VICTIMS for a in ev.target):
        return None
    return "force by people at large, no group named, on private people: a crime of private persons"
