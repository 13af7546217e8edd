"""Requests made to nobody in particular: "we urge donors to contribute", "called on the
international community to respond", "encouraged other countries to join". PLOVER lets a REQUEST
go without a recipient, and the guidelines code these with `target: []` (eval/GUIDELINES.md §1,
§4: "a REQUEST to nobody in particular"). filters.drop_undirected keeps them; other requests with
no recipient stay dropped (most are a topic or a wish, and their addressee is in the context)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventcoder.events.scene import Scene
from eventcoder.events.triggers import Trigger
from eventcoder.records import EventType

# words for a class of addressees, not a party: whoever gives or trades ("donors", "commercial
# entities"); not "stakeholders" or "parties", the parties to a conflict the context names
CLASS_WORDS = frozenset({"donor", "entity", "company", "business", "firm"})
# words for parties that name a class only when counted over ("all countries", "other states",
# "every nation"); "the government" is one government
COUNTED_WORDS = frozenset({"country", "nation", "state", "government", "member"})
COUNTING = frozenset({"all", "other", "every", "any", "more"})
# "the international community", "the global community"
WORLD_ADJECTIVES = frozenset({"international", "global", "world"})
# "call on", "appeal to": the addressee after a preposition
ADDRESS_PREPS = frozenset({"on", "upon", "to"})


def _addressees(tok: Token) -> list[Token]:
    """Whom the request verb addresses: its object ("urged donors"), or the object of "on"
    ("called on states"), with their conjuncts."""
    heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [t for h in heads for t in [h, *h.conjuncts]]


def _a_class(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "det", "predet"}}
    if lemma in CLASS_WORDS:
        return noun.tag_ == "NNS"
    if lemma in COUNTED_WORDS:
        return noun.tag_ == "NNS" and bool(mods & COUNTING)
    return lemma == "community" and bool(mods & WORLD_ADJECTIVES)


def open_call(scene: Scene, tok: Token, type_: EventType) -> bool:
    """Is this a request, by a verb, whose addressee is only a class of parties that no actor
    mention names?"""
    if type_ is not EventType.REQUEST or tok.pos_ != "VERB":
        return False
    whom = _addressees(tok)
    return bool(whom) and all(t.i not in scene.mention_at and _a_class(t) for t in whom)


def open_calls(scene: Scene, triggers: Iterable[Trigger]) -> set[int]:
    """The offsets of the triggers that are requests to nobody in particular."""
    return {t.token.idx for t in triggers if open_call(scene, t.token, t.entry.type)}
