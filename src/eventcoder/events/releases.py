"""Releases that set no one free: a work or product brought out ("the operating system will be
released", "the new game was released on Friday", "released as an open source project",
"the early release of stock") and a patient leaving care ("was released from the hospital").

A RETREAT (release) frees people a side holds (GUIDELINES §2: "released 30 prisoners"); "she
released her memoir" is a verb outside its event sense (§2). The word classes are closed:
kinds of works and goods put out, and places of medical care.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.records import EventType

# works and goods that are "released", beyond the records of information that political.py
# already reads as no aid or release (INFORMATION: software, apps, films, products)
WORKS = {"system", "project", "program", "programme", "application", "game", "edition", "show"}
WORKS |= {"stock", "source"}
# places of care a patient is "released from"
CARE = {"hospital", "clinic", "infirmary", "sanatorium"}


def _released(tok: Token) -> list[Token]:
    """What is released: the object or passive subject of the verb (a relative pronoun stands
    for its noun), the "of" object of the noun, and what it is released "as"."""
    out = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        out.append(tok.head)  # "the album released last year"
    out += [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ({"of"} if tok.pos_ == "NOUN" else {"as"})
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return out


def released_thing(tok: Token, entry: TriggerEntry, mention_at: dict[int, Span]) -> str | None:
    """A release of a work or product, or out of a hospital: no one held is set free."""
    if entry.type is not EventType.RETREAT or tok.lemma_.lower() != "release":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in CARE:
                    return f"released from {p.text!r}: a patient leaving care, no one freed"
    for o in _released(tok):
        if o.i not in mention_at and o.lemma_.lower() in WORKS:
            return f"what is released is a work or product ({o.text!r}), no one freed"
    return None
