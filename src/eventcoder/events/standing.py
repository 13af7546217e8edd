"""Relation nouns told as standing: "longstanding U.S. support for the people of Honduras",
"the strategic partnership between Morocco and the United States", "the Department's continued
commitment". The adjective says the relation lasts; no particular act is told (GUIDELINES §13).

The word sets are closed classes: nouns naming a relation or attitude, and adjectives of
duration or kind that make them a standing state.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns that name a relation or attitude between sides, not a bounded act
RELATION_NOUNS = {
    "support",
    "partnership",
    "commitment",
    "cooperation",
    "alliance",
    "friendship",
    "relationship",
    "ties",
    "engagement",
    "solidarity",
    "collaboration",
}
# adjectives that make such a noun a lasting state
STANDING_ADJS = {
    "longstanding",
    "long-standing",
    "enduring",
    "steadfast",
    "unwavering",
    "continued",
    "continuing",
    "abiding",
    "ironclad",
    "unshakeable",
    "unshakable",
    "strategic",
    "historic",
    "traditional",
    "decades-long",
    "lasting",
}
# words that voice the relation now: "underline our unwavering support", "appreciation for
# Morocco's continued support" tell an act of stating or thanking (GUIDELINES §12)
VOICING = {
    "underline",
    "reaffirm",
    "reiterate",
    "express",
    "voice",
    "pledge",
    "affirm",
    "restate",
    "emphasize",
    "emphasise",
    "stress",
    "declare",
    "confirm",
    "thank",
    "appreciation",
    # or make it now: "signed a strategic partnership", "entered into a strategic alliance"
    "sign",
    "launch",
    "establish",
    "forge",
    "form",
    "create",
    "announce",
    "conclude",
    "seal",
    "enter",
    "formalize",
    "formalise",
    "thanks",
    "gratitude",
}
# the paths from a voicing word down to what it voices
VOICED_DEPS = {"dobj", "conj", "appos", "pobj", "prep"}


def _voiced(tok: Token) -> bool:
    """The noun is what a word of stating or thanking takes: its object, a noun listed beside
    that object, or the object of "for" ("thanked the minister for Jordan's support")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in VOICED_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in VOICING:
            return True
    return False


def standing_noun(tok: Token) -> str | None:
    """A relation noun with an adjective of lasting kind: a standing relation, no event."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RELATION_NOUNS | {"tie"}:
        return None
    if _voiced(tok):
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in STANDING_ADJS:
            return f"a standing relation ({c.text!r} {tok.text!r}), no particular act"
    return None
