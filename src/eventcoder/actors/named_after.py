"""Things named after a place: "the Minsk agreements", "the Normandy format", "the Paris
Agreement", "the Budapest Memorandum", "the Delta variant". The city in such a name says where
a text was signed or talks began, or names a strain of a virus; it is neither the government
seated there nor a town where something happened ("support for the Minsk process" is no
support for Belarus). The nouns such names end in are data (generic.yaml
`place_named_things`); a country's own name keeps its meaning ("the Iran deal" is a deal with
Iran), and so does a city before a people or place word ("Kyiv residents", "Kabul airport")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.placenames import based_places
from eventcoder.actors.records import ActorInfo, ActorKind, Reason, Rule

CITY_KINDS = {ActorKind.CAPITAL, ActorKind.SEAT, ActorKind.PLACE}
MODIFIER_DEPS = {"compound", "amod", "nmod"}


def place_words(d: ActorDictionary, mentions: list[Span]) -> list[Span]:
    """The mentions with place names read as places where they stand: "-based" places become
    places (in place), names of things named after a city are no actors."""
    based_places(mentions)
    if not d.place_named_things:
        return mentions
    return [m for m in mentions if not _named_after(d, m)]


def _named_after(d: ActorDictionary, m: Span) -> bool:
    """Is the mention a city's name in the name of a thing ("Minsk" of "the Minsk process"), or
    that whole name ("Paris Agreement")?"""
    if not m._.actors or not all(_by_city(i) for i in m._.actors):
        return False
    root = m.root
    if _thing(d, root) and root.i != m.start:
        return True  # "Paris Agreement" matched whole, the city its modifier
    head = root.head
    return root.dep_ in MODIFIER_DEPS and head.i >= m.end and _thing(d, head)


def _thing(d: ActorDictionary, tok: Token) -> bool:
    return tok.lower_ in d.place_named_things or tok.lemma_.lower() in d.place_named_things


def _by_city(info: ActorInfo) -> bool:
    """Did a city's name (a capital, a seat, a town in the gazetteer) give this actor?"""
    return _city_reason(info.how)


def _city_reason(how: Reason) -> bool:
    if how.rule is Rule.GAZETTEER_PLACE:
        return True
    if how.rule in {Rule.STANDS_FOR, Rule.MODIFIER, Rule.COUNTRY_WORD} and how.args:
        return how.args[0] in CITY_KINDS
    return any(isinstance(a, Reason) and _city_reason(a) for a in how.args)
