"""The actors a role word carries when it is no actor itself: its modifiers and possessor
("Russian officials' visit"), its "of" phrase ("the delegations of Cyprus, Greece and Israel"),
the other party of a border or a relation ("its border with Belarus", "cut ties with Qatar")."""

from __future__ import annotations

from spacy.tokens import Span, Token

BORDER_WORDS = {"border", "frontier", "boundary"}
# nouns whose "with" phrase names the other party ("cut ties with Qatar")
RELATION_WORDS = {
    "tie",
    "relation",
    "relationship",
    "contact",
    "link",
    "cooperation",
    "talk",
    "agreement",
    "deal",
    "dialogue",
    "negotiation",
    "trade",
    "partnership",
}
ACTOR_LINK_DEPS = {"compound", "amod", "poss", "nmod", "appos"}


def linked_mentions(tok: Token, mention_at: dict[int, Span]) -> list[Span]:
    """A role word that is not itself an actor may carry actors: "Russian officials' visit",
    "the delegations of Cyprus, Greece and Israel", "the Narendra Modi government"; a border
    belongs to the other side ("its border with Belarus")."""
    if tok.lemma_.lower() in BORDER_WORDS | RELATION_WORDS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                found = [
                    mention_at[p.i] for p in c.children if p.dep_ == "pobj" and p.i in mention_at
                ]
                if found:
                    return found
    frontier = [tok]
    for _ in range(2):
        nxt = []
        for t in frontier:
            for c in t.children:
                if (
                    c.dep_ in ACTOR_LINK_DEPS
                    or (c.dep_ == "prep" and c.lower_ in {"of", "from"})
                    or (c.dep_ == "pobj" and t.dep_ == "prep")
                ):
                    if c.i in mention_at:
                        return [mention_at[x.i] for x in [c, *c.conjuncts] if x.i in mention_at]
                    nxt.append(c)
        frontier = nxt
    return []
