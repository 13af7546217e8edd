"""Names of places that other readings would take for people or organisations.

A surname that heads a place's name is no person: "the Horn of Africa" is a region, not Gyula
Horn; "the Gulf of Aden", "the Cape of Good Hope" likewise. The parser's place label alone would
not do (labels are hints): the word must also open an "X of Y" name with a proper noun after
"of", inside a place entity longer than the word ("Prime Minister Johnson of Britain" keeps
its person, the small model labels only "Britain" a place). A lone name the small model
labels an organisation is a town when a place's preposition governs it ("civilians in
Bucha", "the bombardment of Mariupol"), written as a town is."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorKind, Rule, because
from eventcoder.nlp.gazetteer import Gazetteer

PLACE_LABELS = {"LOC", "FAC"}
# prepositions that put a lone name in a place: "shelled homes in Bucha", "the siege of Mariupol"
PLACE_PREPS = {"in", "near", "outside", "around", "of", "into", "at"}


def heads_place_name(tok: Token) -> bool:
    """True for the first noun of "X of Y" inside a longer place entity."""
    doc = tok.doc
    if tok.ent_type_ not in PLACE_LABELS or tok.i + 2 >= len(doc):
        return False
    of, name = doc[tok.i + 1], doc[tok.i + 2]
    if of.lower_ != "of" or of.ent_type_ != tok.ent_type_ or name.pos_ != "PROPN":
        return False
    return name.ent_type_ == tok.ent_type_


def located_name(t: Token) -> bool:
    """A name a place's preposition governs, written as a town is: no acronym ("the launch of
    the GAP"), no article ("the Summit of the Americas")."""
    if t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS or t.is_upper:
        return False
    return t.i > 0 and t.doc[t.i - 1].pos_ != "DET" and not any(c.dep_ == "det" for c in t.children)


def located_town(t: Token, gazetteer: Gazetteer) -> bool:
    """A lone name in a place ("arrested protesters in Lagos") that the gazetteer knows: the
    town, though a surname in the dictionary is written the same ("of" is left out: "the
    resignation of Johnson" names a person)."""
    return t.head.lower_ != "of" and located_name(t) and bool(gazetteer.candidates(t.text))


def based_places(mentions: list[Span]) -> None:
    """ "A London-based monitor", "the Yemen-based Houthis": a country or city before "-based"
    says where someone is based, not who acts: a place (in place), never a government."""
    for m in mentions:
        doc = m.doc
        if not m._.actors or m.end + 1 >= len(doc):
            continue
        if doc[m.end].text != "-" or doc[m.end + 1].lower_ != "based":
            continue
        m._.actors = (
            tuple(
                replace(a, kind=ActorKind.PLACE, sector=None, how=because(Rule.AS_PLACE, a.how))
                for a in m._.actors
                if a.kind in {ActorKind.COUNTRY, ActorKind.CAPITAL, ActorKind.PLACE, ActorKind.SEAT}
            )
            or m._.actors
        )
