"""Condemnations and allegations of an attack that name no attacker.

"We strongly condemn any attacks directed against civilians in Tigray", "his associates alleged
Navalny was poisoned", "the ministry condemned the bombing of the market": an accusation is aimed
at the doer of the wrong, and a wrong told with no doer accuses no one (GUIDELINES §10 "called the
attack a cowardly act", §11 "Unnamed attackers": no ACCUSE target). The victims the act names
("against civilians", "Navalny") are not its accused, nor is the accuser's own country that the
coder gives a domestic act with no named recipient. "Condemned Russia's attack on Kyiv", "alleged
that he was poisoned by the FSB" name the doer and keep the event; so does any recipient named
outside the act ("condemned the attack on the embassy to the Iranian envoy"). The word sets are
closed classes (words of attack), never the words of one sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.campaigns import UNNAMED_RECIPIENT
from eventcoder.events.process import actor_root
from eventcoder.records import Event, EventType

# nouns and verbs of violent attack, whose doer an accusation must name
ATTACK_NOUNS = {"attack", "assault", "violence", "killing", "bombing", "shelling", "poisoning"}
ATTACK_NOUNS |= {"murder", "massacre", "kidnapping", "abduction", "shooting", "stabbing"}
ATTACK_NOUNS |= {"atrocity", "assassination", "strike", "airstrike", "explosion", "blast"}
ATTACK_VERBS = {"attack", "assault", "kill", "bomb", "shell", "poison", "murder", "massacre"}
ATTACK_VERBS |= {"kidnap", "abduct", "shoot", "stab", "assassinate", "target", "strike"}
# edges by which a noun or a clause names who did it: "Russia's attack", "the Russian attack",
# "attacks by the militia", "was poisoned by the FSB", "rocket attacks from Gaza"
DOER_DEPS = {"poss", "compound", "amod", "nmod", "nsubj", "agent"}
DOER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
ORIGIN_PREPS = {"by", "from"}


def _acts(tok: Token) -> list[Token]:
    """The attacks the accusing verb is about: its object nouns or its clause of attack."""
    out = []
    for c in tok.children:
        if c.dep_ == "dobj":
            out += [n for n in (c, *c.conjuncts) if n.lemma_.lower() in ATTACK_NOUNS]
        elif (
            c.dep_ == "ccomp"
            and c.lemma_.lower() in ATTACK_VERBS
            and any(k.dep_ in {"nsubjpass", "auxpass"} for k in c.children)
        ):
            out.append(c)  # "alleged Navalny was poisoned": a passive names no doer
    return out


def _names_doer(act: Token, sides: set[int]) -> bool:
    """Does the attack name who did it? "Russia's attack", "regime violence" (a word the coder
    took for an actor), "attacks by the militia", "rocket attacks from Gaza"."""
    for t in act.subtree:
        if t.i == act.i:
            continue
        named = t.i in sides or t.ent_type_ in DOER_ENTS or t.pos_ in {"PROPN", "PRON"}
        if t.head.i == act.i and t.dep_ in DOER_DEPS and named:
            return True
        if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ in ORIGIN_PREPS):
            return True
    return False


def unnamed_accused(ev: Event, tok: Token) -> str | None:
    """ "condemn any attacks directed against civilians", "alleged Navalny was poisoned": an
    accusation of an attack whose doer the text does not name, with only the victims or no one
    as its recipient, accuses no identified actor (§10, §11)."""
    if ev.type is not EventType.ACCUSE or tok.pos_ != "VERB":
        return None
    roots = [actor_root(tok, a) for a in ev.target]
    sides = {r.i for r in roots if r is not None}
    acts = [a for a in _acts(tok) if not _names_doer(a, sides)]
    if not acts:
        return None
    inside = {t.i for a in acts for t in a.subtree}
    for actor, root in zip(ev.target, roots, strict=True):
        victim = root is not None and root.i in inside
        if not (victim or UNNAMED_RECIPIENT in actor.resolved_by):
            return None
    return f"an attack ({acts[0].text!r}) whose doer is not named: no one accused"
