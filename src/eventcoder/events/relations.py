"""The parties of a relation an act is about: "normalize relations between Sudan and Israel", "a
deal to restore ties between Chad and Israel", "helped restore relations between Peru and
Chile". The relation belongs to the states its "between" phrase lists; whoever brokers,
announces or helps it is no party to it (GUIDELINES §12: the mediator's act is the talks it
holds with the parties; §14: a side list is wrong with one country that is no party)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.subjects import expand

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
