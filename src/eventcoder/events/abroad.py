"""A named person attacked abroad: "Osama was killed by US special forces in Pakistan", "he was
killed by a US airstrike in Iraq". The victims' country is the target (GUIDELINES §4 'Attacks'),
and a place gives it only to victims nobody names ("an airstrike on Idlib" hits the people of
Idlib). A person the text names, or stands for by a pronoun, has a country of his own that the
place of a foreign force's strike does not tell: the leader of an armed group or a foreign
general killed in a third country is not that country's (§4: "places are not targets"). Where
nothing else places him, the event has no recipient."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.records import ActorKind, Rule
from eventcoder.events.sides import Side
from eventcoder.records import EventType

# guesses that give the target the country of the sentence's place
PLACE_GUESSES = {Rule.AS_PLACE, Rule.SENTENCE_PLACE, Rule.UNNAMED_PLACED, Rule.GAZETTEER_PLACE}
# pronouns that stand for one named person
PERSON_PRONOUNS = {"he", "him", "she", "her"}
# entity labels of a name that is no person ("Pakistan", "Pakistani", "the Taliban")
NOT_PERSON_ENTS = {"GPE", "NORP", "ORG", "LOC", "FAC"}
# prepositions that say where the attack happened ("in Pakistan", "at a Baghdad airport")
WHERE_PREPS = {"in", "at", "near", "outside", "inside"}


def named_victim_abroad(
    type_: EventType, tok: Token, victims: list[Token], targets: list[Side], sources: list[Side]
) -> str | None:
    """Why an attack on a named person has no recipient: its only targets are the place where a
    foreign doer struck, not the victim's own country. None when the target stands."""
    if type_ is not EventType.ASSAULT or not targets or not sources:
        return None
    doers = {i.country for _, i in sources}
    if None in doers:
        return None
    places: set[int] = set()
    for span, info in targets:
        placed = info.kind == ActorKind.PLACE or info.how.mentions(PLACE_GUESSES)
        where = span.root.dep_ == "pobj" and span.root.head.lower_ in WHERE_PREPS
        if not (placed and where) or info.country in doers:
            return None
        places.update(range(span.start, span.end))
    named = [t for t in [*victims, *_struck(tok)] if t.i not in places and _named_person(t)]
    return "a named victim struck abroad: the place is not the victim's country" if named else None


def _struck(tok: Token) -> list[Token]:
    """The one an attack noun struck, named in the clause around it: "he was killed by a US
    airstrike", "the airstrike that killed Soleimani", "the strike killed him"."""
    out: list[Token] = []
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        out += [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "nsubj":
        out += [c for c in tok.head.children if c.dep_ == "dobj"]
    for verb in (c for c in tok.children if c.dep_ == "relcl"):
        out += [c for c in verb.children if c.dep_ == "dobj"]
    return out


def _named_person(tok: Token) -> bool:
    """A person's name ("Osama", "Soleimani") or a pronoun for one ("he was killed")."""
    if tok.lower_ in PERSON_PRONOUNS:
        return tok.pos_ == "PRON"
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PERSON_ENTS
