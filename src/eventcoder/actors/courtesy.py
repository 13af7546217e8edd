"""The speaker behind a courtesy: "It's a pleasure to be here with the foreign minister", "it is
an honor to welcome the Prime Minister". The "it" of "it is a pleasure to ..." stands for the
clause, but the one who is here, or welcomes, is whoever says it: the speaker of the turn or
quotation, as "I" would be. Read as the speaker's "I", the act gets its doer (GUIDELINES §18:
being here with someone, or welcoming them, is the meeting)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventcoder.actors.addressee import copula
from eventcoder.nlp.scan import tokens_with_lower

# what the speaker says of doing it: the attribute or adjective of "it is ... to"
PLEASURE = frozenset(
    {
        "pleasure",
        "honor",
        "honour",
        "privilege",
        "delight",
        "joy",
        "wonderful",
        "great",
        "good",
        "nice",
        "terrific",
        "fantastic",
        "delightful",
    }
)


def pleasure_of(verb: Token) -> bool:
    """`verb` ("is") has a word of pleasure as its attribute or adjective."""
    return any(
        c.dep_ in {"attr", "acomp", "dep"} and c.lemma_.lower() in PLEASURE for c in verb.children
    )


def _infinitive(tok: Token) -> bool:
    """A to-infinitive hung on the copula or its predicate ("a pleasure to be here"; "advcl"
    or "acl" when the parse loses the copula's predicate: "a real honor, pleasure to be here")."""
    return tok.dep_ in {"xcomp", "advcl", "acl", "relcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def courtesy_it(doc: Doc) -> list[Token]:
    """Each "it" that opens a speaker's courtesy: the subject of "be" with a word of pleasure
    and an infinitive ("It's great to be here with my friend"). An act with a subject of its
    own under the infinitive ("good to see Russia withdraw") keeps that subject."""
    out = []
    for tok in tokens_with_lower(doc, {"it"}):
        if tok.dep_ != "nsubj" or not copula(tok.head) or not pleasure_of(tok.head):
            continue
        preds = [c for c in tok.head.children if c.lemma_.lower() in PLEASURE]
        if any(_infinitive(c) for node in [tok.head, *preds] for c in node.children):
            out.append(tok)
    return out
