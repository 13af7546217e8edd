"""The parties of a relation an act is about: "normalize relations between Sudan and Israel", "a
deal to restore ties between Chad and Israel", "helped restore relations between Peru and
Chile". The relation belongs to the states its "between" phrase lists; whoever brokers,
announces or helps it is no party to it (GUIDELINES §12: the mediator's act is the talks it
holds with the parties; §14: a side list is wrong with one country that is no party). Likewise a
judged act names whom the judgment is aimed at by its "by" phrase, not by a place it is about."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.subjects import expand
from eventcoder.records import EventType

# nouns of a standing relation between states ("relations", "ties", "the relationship")
RELATION_NOUNS = {"relation", "relations", "tie", "ties", "relationship"}
# verbs that make, mend, change or end a relation: its parties act on it ("normalize relations
# between"), not a verb that only talks about or serves it ("discussed relations between")
RELATION_VERBS = {
    "normalize",
    "normalise",
    "restore",
    "establish",
    "re-establish",
    "reestablish",
    "resume",
    "upgrade",
    "sever",
    "break",
    "cut",
    "downgrade",
}
# a noun's own clause that says what it does to the relation ("a deal to normalize relations",
# "a deal it brokered to normalize relations", "the Accords that normalized relations")
OWN_CLAUSE_DEPS = {"acl", "relcl"}
# edges inside one noun phrase, never into a clause of its own
PHRASE_DEPS = {"prep", "pobj", "amod", "compound"}
MAX_DEPTH = 4


def relation_parties(tok: Token) -> list[Token]:
    """The parties (at least two) a "between" phrase of the relation the trigger acts on lists:
    the trigger's own object, or the object of its noun's infinitive or relative clause."""
    verbs = [tok]
    if tok.pos_ in {"NOUN", "PROPN"}:
        clauses = [c for c in tok.children if c.dep_ in OWN_CLAUSE_DEPS and c.pos_ == "VERB"]
        verbs = clauses + [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
    for verb in verbs:
        if verb.lemma_.lower() not in RELATION_VERBS:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in RELATION_NOUNS:
                continue
            if parties := _between(obj):
                return parties
    return []


def _between(noun: Token) -> list[Token]:
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        parties: list[Token] = []
        for t in (t for p in prep.children if p.dep_ == "pobj" for t in expand(p)):
            if all(t.lower_ != x.lower_ for x in parties):
                parties.append(t)
        if len(parties) >= 2:
            return parties
    return []


# judgments of another actor's act: aimed at whoever did what they judge
JUDGING_TYPES = {EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT}


def judged_doer(obj: Token) -> Token | None:
    """The doer a judged act names with "by" in its own phrase ("attacked the proclamation of the
    Golan Heights as Israeli territory by the President of the United States", "welcomed the
    recognition of Jerusalem by Guatemala"; the parser hangs an "as" phrase, and the "by" in it,
    on the verb): the actor the judgment is aimed at, not a place the act is about (GUIDELINES
    §4: places are not targets)."""
    if obj.pos_ != "NOUN" or obj.ent_type_:
        return None
    verb = obj.head
    frontier = [obj] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    for _ in range(MAX_DEPTH):
        nxt = []
        for cur in frontier:
            for c in cur.children:
                if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and cur.pos_ == "NOUN":
                    # a name ("by Guatemala", "by the President"), not a means ("by a vote")
                    by = [p for p in c.children if p.dep_ == "pobj"]
                    return next((p for p in by if p.pos_ == "PROPN" or p.ent_type_), None)
                if c.dep_ in PHRASE_DEPS:
                    nxt.append(c)
        frontier = nxt
    return None
