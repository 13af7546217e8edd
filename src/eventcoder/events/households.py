"""Private life told with words of events: "West accused his wife of attempting to lock him up",
"the man killed his wife and two children", "the suspected gunman surrendered himself to police".

A private person's dealings with his own family are private life, and a suspect giving himself up
to the police is no concession (GUIDELINES §11 'Sport and private life', §16 'Crimes by private
people', 'Surrenders'): neither is an act of one political actor on another. An office holder
or a body ("the president criticised his daughter, the mayor"), a group's fighters ("rebels
surrendered to the army") and a recipient that is no relative keep their events.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.pastimes import KIN as PRIVATE_KIN
from eventcoder.events.process import actor_root
from eventcoder.records import ActorRef, Event, EventType

# relatives: whom "his", "her" or "their" makes one's own family (pastimes' kin, without friends)
KIN = PRIVATE_KIN - {"friend"}
KIN |= {"ex-wife", "ex-husband", "stepson", "stepdaughter", "grandson", "granddaughter"}
KIN |= {"nephew", "niece", "uncle", "aunt"}
OWN_PRONOUNS = {"his", "her", "their", "my"}
REFLEXIVE = {"himself", "herself", "themselves", "myself"}
# sides of private life: no sector, or the sector of a private trade or of civilians
PRIVATE_SECTORS = {None, "CVL", "LAB", "BUS", "EDU", "AGR", "SOC", "JRN", "MED", "UAF"}
# where an object hangs on the trigger: "accused his wife", "apologised to his family"
OBJECT_DEPS = {"dobj", "dative"}
OBJECT_PREPS = {"to", "against", "with", "on"}


def _private(actor: ActorRef) -> bool:
    """A side with no office and no public sector: a private person or an unnamed one."""
    return actor.office is None and actor.sector in PRIVATE_SECTORS


def _objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _own_kin(t: Token) -> bool:
    """ "his wife", "their children": a relative of the doer's own."""
    return t.lemma_.lower() in KIN and any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in t.children
    )


def family_act(ev: Event, tok: Token) -> str | None:
    """A private person's act on his own relative ("accused his wife", "killed his wife and two
    children") or on himself ("before shooting himself"): private life or a private crime, no
    political event."""
    if not ev.source or not all(_private(a) for a in ev.source):
        return None
    objects = _objects(tok)
    if not objects or not (_own_kin(objects[0]) or objects[0].lower_ in REFLEXIVE):
        return None
    if not all(_private(a) for a in ev.target):
        return None
    return f"a private person's act on {objects[0].text!r}, his own or a relative: private life"


# giving oneself up: "surrendered himself to police", "turned himself in"
SURRENDER_LEMMAS = {"surrender"}
# the police as whom a suspect gives himself up to
LAW_ENFORCERS = {"police", "policeman", "officer", "authority", "sheriff", "detective", "fbi"}
SINGULAR_TAGS = {"NN", "NNP"}


def _lone_private(tok: Token, actor: ActorRef) -> bool:
    """One private or unnamed person ("the suspected gunman", "a man"), not a body of fighters."""
    root = actor_root(tok, actor)
    return _private(actor) and (
        root is None or root.tag_ in SINGULAR_TAGS or root.lower_ in {"he", "she"}
    )


def gave_self_up(ev: Event, tok: Token) -> str | None:
    """ "the suspected gunman surrendered himself to police": a suspect giving himself up is no
    concession; the arrest, if any, is the police's act (GUIDELINES §16 'Surrenders')."""
    if ev.type not in {EventType.CONCEDE, EventType.RETREAT} or not ev.source:
        return None
    if tok.lemma_.lower() not in SURRENDER_LEMMAS:
        return None
    if not all(_lone_private(tok, a) for a in ev.source):
        return None
    objects = _objects(tok)
    reflexive = any(o.lower_ in REFLEXIVE for o in objects)
    to_police = any(o.lemma_.lower() in LAW_ENFORCERS for o in objects)
    if not (reflexive or to_police):
        return None
    return "a suspect giving himself up to the police: no concession to a political actor"
