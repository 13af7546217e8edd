"""The other side of a welcome or a demand about an act the text places in a country by name:
"welcomes the lifting of the state of emergency in Ethiopia", "called for the release of all
those detained in Belarus", "urged an investigation into the killings in Ethiopia". Whose act it
is, or who alone can grant what is asked, is that country's government (GUIDELINES §4: the
context names the addressee). Only a country named as such: a town is where it happened, and a
meeting held in a country is not that country's act (§14)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule
from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side
from eventcoder.records import EventType

# welcomes and demands whose other side the place of their object names
PLACED_TYPES = {EventType.SUPPORT, EventType.REQUEST}
# edges inside the object's own phrase, with a participle or relative clause describing it ("those
# detained in", "citizens John Doe and Jane Roe, both of whom had been detained in")
OBJECT_DEPS = {"dobj", "prep", "pobj", "acl", "relcl", "compound", "amod", "conj", "appos"}
# prepositions of a demand verb whose object is what is demanded ("called for the release")
DEMAND_PREPS = {"for"}
# gatherings held in a country are not its acts ("welcomed the talks in Qatar")
MEETING_NOUNS = {
    "talk",
    "meeting",
    "summit",
    "conference",
    "negotiation",
    "dialogue",
    "forum",
    "session",
    "visit",
    "trip",
}
MAX_DEPTH = 5


def placed_country(scene: Scene, tok: Token, type_: EventType, src: set[str | None]) -> list[Side]:
    """The country, named as a place, where the act a welcome or demand is about happens."""
    if type_ not in PLACED_TYPES:
        return []
    frontier = [
        c
        for c in tok.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in DEMAND_PREPS)
    ]
    if any(_owned(scene, o) for o in frontier):
        return []  # "welcome ECOWAS's engagement in Guinea": the act's own doer is named
    seen = {tok.i}
    for _ in range(MAX_DEPTH):
        nxt = []
        for cur in frontier:
            if cur.i in seen or cur.lemma_.lower() in MEETING_NOUNS:
                continue
            seen.add(cur.i)
            if cur.dep_ == "prep" and cur.lower_ == "in":
                found = _countries(scene, cur, src)
                if found:
                    return found
            nxt += [c for c in cur.children if c.dep_ in OBJECT_DEPS]
        frontier = nxt
    return []


def _owned(scene: Scene, obj: Token) -> bool:
    """Does the object (or what a demand is for) name its own doer by a possessive?"""
    nouns = [obj, *(p for p in obj.children if p.dep_ == "pobj")]
    return any(c.dep_ == "poss" and c.i in scene.mention_at for n in nouns for c in n.children)


def _countries(scene: Scene, prep: Token, src: set[str | None]) -> list[Side]:
    out: list[Side] = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        for o in [p, *p.conjuncts]:
            span = scene.mention_at.get(o.i)
            if span is None:
                continue
            out += [(span, i) for i in span._.actors if _named_country(i, src)]
    return out


def _named_country(info: ActorInfo, src: set[str | None]) -> bool:
    """A country by its own name ("in Ethiopia"), or a region the dictionary knows as part of one
    ("a ceasefire in Tigray", "the violence in Darfur"), not a town or a capital ("in Vienna")."""
    if not info.country or info.country in src:
        return False
    if info.kind is ActorKind.COUNTRY:
        return True
    reason = info.how
    if info.kind is not ActorKind.PLACE or reason.rule is not Rule.AS_PLACE:
        return False
    base = reason.args[0] if reason.args else None
    return getattr(base, "rule", None) in {Rule.COUNTRY_WORD, Rule.DICTIONARY_ORG}
