"""The owner of a possessive after a name with "of": "the Department of State's Equity Action
Plan", "the Government of Panama's efforts". The English model, reading the plain apostrophe,
attaches the "'s" to the "of" phrase's own object ("State's plan", "Panama's efforts") and leaves
the name as the head of the phrase ("released the Department", "the Government ... provides"). A
name with an "of" phrase is one name, and its possessive is the whole name's: the parse is
re-hung so that the name owns the noun and the noun takes the name's place in the clause."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component("eventcoder_named_owners", assigns=["token.dep", "token.head"])
def named_owners(doc: Doc) -> Doc:
    """Re-hang "NAME of NAME's NOUN" so that NAME (with its "of" phrase) owns NOUN."""
    for owner in doc:
        if owner.dep_ == "poss" and owner.tag_ in {"NNP", "NNPS"}:
            _rehang(owner)
    return doc


def _rehang(owner: Token) -> None:
    noun = owner.head
    of = noun.head
    name = of.head
    if not (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.dep_ == "prep"
        and name.tag_ in {"NNP", "NNPS"}
        and name.i < of.i < owner.i < noun.i
        and owner.left_edge.i == of.i + 1
        and name.right_edge.i == noun.right_edge.i
        and name.text[:1].isupper()
    ):
        return
    mark = [c for c in owner.children if c.dep_ == "case" and c.i > owner.i]
    if not mark:
        return
    if name.head.i == name.i:
        noun.head = noun
    else:
        noun.head = name.head
    noun.dep_ = name.dep_
    name.head = noun
    name.dep_ = "poss"
    owner.head = of
    owner.dep_ = "pobj"
    mark[-1].head = name
