"""Relations talked about as things: "our solidarity will have an impact", "we will retain that
solidarity", "we welcome our continued collaboration with the Rwandan government". A relation
noun that is what a clause is about, or what is kept up, names a standing relation, and welcoming
one's own ongoing work names no act toward anyone (GUIDELINES §11, §20, §21: a stance or a
standing relation is no event).

A relation aimed at a named side ("maintain our support for Ukraine", "solidarity with Kyiv") and a relation voiced now
("reaffirmed our solidarity") are left to the other rules. The word sets are closed classes.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.standing import RELATION_NOUNS, STANDING_ADJS, voiced
from eventcoder.events.states import RELATION_NOUNS as COOPERATION_NOUNS

# verbs whose object is a relation kept up as it is
KEEPING = frozenset({"retain", "maintain", "keep", "preserve", "sustain"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TOWARD = frozenset({"for", "with", "to", "toward", "towards"})
# nouns of work under way, welcomed as such: "we welcome other ongoing work"
WORK_NOUNS = frozenset({"work", "effort", "collaboration", "cooperation", "partnership"})
ONGOING = STANDING_ADJS | {"ongoing"}
OWN = frozenset({"our", "my"})
SIDE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:  # "the EU, NATO and our X"
        tok = tok.head
    return tok


def _toward_side(noun: Token) -> bool:
    """ "our solidarity with Ukraine", "support for Kyiv" ("retain our solidarity with Kyiv":
    the parser may hang the phrase on the verb): the relation is aimed at a named side, and
    keeping it up goes on backing that side (§20)."""
    return any(
        c.dep_ == "prep" and c.lower_ in TOWARD and any(p.dep_ == "pobj" for p in c.children)
        for c in noun.children
    )


def kept_relation(tok: Token) -> str | None:
    """A relation noun that is the subject of its clause, or the object of a verb of keeping:
    the relation as a thing, no act."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RELATION_NOUNS:
        return None
    if tok.lemma_.lower() in COOPERATION_NOUNS:
        return None  # states.relation_state tells a named cooperation apart
    if _toward_side(tok) or voiced(tok):
        return None
    head = _first_conjunct(tok)
    if head.dep_ in SUBJECTS and head.head.i != head.i:
        return f"a relation as what the clause is about ({tok.text!r}), no act"
    keeper = head.head
    if head.dep_ == "dobj" and keeper.lemma_.lower() in KEEPING and not _toward_side(keeper):
        return f"a relation kept up ('{head.head.text} ... {tok.text}'), no act"
    return None


def _others(noun: Token) -> bool:
    """The work is another side's: a possessor other than "our", or "of"/"by" a named side."""
    if any(c.dep_ == "poss" and c.lower_ not in OWN for c in noun.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "by"}
        and any(t.ent_type_ in SIDE_ENTS for t in c.subtree)
        for c in noun.children
    )


def welcomed_own_work(tok: Token) -> str | None:
    """ "We welcome our continued collaboration with X to address climate change": welcoming
    one's own ongoing work or relation is no backing of another side's act."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ != "VERB":
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in WORK_NOUNS or _others(obj):
            continue
        if any(c.dep_ == "amod" and c.lower_ in ONGOING for c in obj.children):
            return f"one's own ongoing work welcomed ('{tok.text} ... {obj.text}'), no act"
    return None
