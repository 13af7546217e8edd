"""Who is released: a release by unnamed authorities is of people (prisoners, hostages), not of
the products, reports or records that are "released" as often."""

from __future__ import annotations

from spacy.tokens import Token

# common nouns for people held and freed, beside the role words of events.domestic
CAPTIVE_WORDS = {
    "hostage",
    "captive",
    "crew",
    "sailor",
    "soldier",
    "fighter",
    "migrant",
    "refugee",
    "dissident",
    "blogger",
    "politician",
    "officer",
    "employee",
    "staff",
    "tourist",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "girl",
    "boy",
}
# "released from prison", "released on bail": only people are
HELD_IN = {"prison", "jail", "custody", "detention", "bail", "captivity", "house", "parole"}


def released(tok: Token) -> Token | None:
    """What a release without a doer frees: the subject of "was released", the object of "the
    release of"."""
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
        if tok.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def frees_people(tok: Token, people_words: set[str]) -> bool:
    """Is the release `tok` of people? True unless what it frees is named and is a common noun
    for no person ("the new phone was released", "the release of the data")."""
    if any(
        c.dep_ == "prep" and any(g.lemma_.lower() in HELD_IN for g in c.children)
        for c in tok.children
    ):
        return True
    freed = released(tok)
    if freed is None or freed.pos_ in {"PRON", "PROPN", "NUM"}:
        return True
    if freed.ent_type_ in {"PERSON", "NORP"}:
        return True
    lemma = freed.lemma_.lower()
    return lemma in people_words or lemma in CAPTIVE_WORDS
