"""The recipient of help given to people the text names only by what befell them: "assistance
to those affected by Russia's war on Ukraine", "aid for refugees fleeing the invasion of
Ukraine". Whose country the help goes to is the one the harm is aimed at, not the one that
causes it (the nearest actor of the sentence, which a fallback would take, is most often the
aggressor). Reads the parse only, and finds nothing rather than guess."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import ActorKind
from eventcoder.events.role_words import ATTACK_NOUNS
from eventcoder.events.scene import Scene
from eventcoder.events.sides import FIRST_PERSON, Side
from eventcoder.records import EventType

# types whose recipient is the people helped
HELP_TYPES = {EventType.AID, EventType.SUPPORT}
# what people are helped for having undergone ("affected by", "fleeing", "displaced by")
AFFLICT_VERBS = {"affect", "flee", "displace", "impact", "suffer", "harm", "hit", "uproot"}
# harms aimed at a country ("the war on Ukraine", "the invasion of Ukraine")
WAR_NOUNS = ATTACK_NOUNS | {"war", "invasion", "aggression", "conflict", "occupation", "violence"}
# edges that climb from a noun trigger to the verb whose phrase it stands in
NOUN_PHRASE_DEPS = {"pobj", "prep", "dobj", "compound", "amod", "nmod", "appos", "conj"}
# prepositions naming whom the harm is aimed at or where it is waged
AIMED_PREPS = {"against", "on", "of", "in"}


def harmed_country(scene: Scene, tok: Token, type_: EventType, src: set[str | None]) -> list[Side]:
    """The country a harm is aimed at, when the help under `tok` is for people described as
    afflicted by that harm ("to those affected by Russia's war on Ukraine" -> Ukraine)."""
    if type_ not in HELP_TYPES:
        return []
    for t in _clause(tok).subtree:
        if t.lemma_.lower() not in AFFLICT_VERBS or t.pos_ != "VERB" or t.i == tok.i:
            continue
        if t.dep_ not in {"acl", "relcl", "amod"}:
            continue  # "those affected by", "refugees fleeing": a description of people
        for harm in _harms(t):
            found = _aimed_at(scene, harm, src)
            if found:
                return found[:1]
    return []


def _clause(tok: Token) -> Token:
    """The verb whose phrase a noun trigger stands in ("is providing $5 million in assistance
    to support those affected by ...": the help and whom it is for hang on "providing")."""
    cur = tok
    while cur.pos_ in {"NOUN", "PROPN", "ADP", "NUM"} and cur.dep_ in NOUN_PHRASE_DEPS:
        cur = cur.head
    return cur if cur.pos_ in {"VERB", "AUX"} else tok


def _harms(verb: Token) -> list[Token]:
    """The harm an afflicting verb names: its object ("fleeing the war") or its "by"/"from"
    phrase ("affected by the invasion", "suffering from the war")."""
    out = []
    for c in verb.children:
        if c.dep_ == "dobj":
            out.append(c)
        elif c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "from"}:
            out += [p for p in c.children if p.dep_ == "pobj"]
    return [h for h in out if h.lemma_.lower() in WAR_NOUNS]


def _aimed_at(scene: Scene, harm: Token, src: set[str | None]) -> list[Side]:
    for p in harm.children:
        if p.dep_ != "prep" or p.lower_ not in AIMED_PREPS:
            continue
        for o in p.children:
            span = scene.mention_at.get(o.i)
            if o.dep_ != "pobj" or span is None or span.root.lower_ in FIRST_PERSON:
                continue
            for info in span._.actors:
                if info.country and info.country not in src and info.kind != ActorKind.GROUP:
                    return [(span, info)]
    return []
