"""Lists of infinitives the parser breaks: "pressed the regime to cease the violence, release
all detainees and allow access" often comes out with "release" hung on "pressed", or on a finite
verb further up. A bare infinitive cannot be the coordinate of a finite verb, nor a to-infinitive
of one, so it belongs to the infinitive listed before it, and shares what that one is: the
content of a demand (events/filters.py), the topic of talks or the content of a wish.
"""

from __future__ import annotations

from spacy.tokens import Token


def listed_with(tok: Token, holders: set[int]) -> Token | None:
    """The earlier infinitive (or holder of a content, by token index) a verb is listed with
    when the parser hung it on the main clause, or None."""
    head = tok.head
    if tok.tag_ != "VB" or tok.dep_ not in ("conj", "advcl") or head.i >= tok.i:
        return None
    if _to_infinitive(tok):
        if tok.dep_ != "conj" or head.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # "went to Moscow to meet Putin": a purpose, not a list
    elif not _bare_in_list(tok, holders):
        return None
    for k in reversed(head.doc[head.i + 1 : tok.i]):
        if k.i in holders or (k.tag_ == "VB" and _to_infinitive(k)):
            return k
    return None


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _bare_in_list(tok: Token, holders: set[int]) -> bool:
    """A bare infinitive with no subject or auxiliary of its own, hung on a finite verb or on
    a holder ("will urge ASEAN to hold ..., restore ... and release ...")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return False
    return tok.head.tag_ in ("VBD", "VBZ", "VBP") or tok.head.i in holders
