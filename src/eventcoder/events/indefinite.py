"""Subjects that are nobody in particular: "looting leads to somebody getting shot", "someone
could attack them". An indefinite pronoun as the subject of a clause that is not told in the
past names no identifiable actor (GUIDELINES §1: an event is between identifiable actors): the
clause tells what may happen to anyone, no particular event. A past report ("soldiers shot
someone in the market", "someone was shot") is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

# pronouns that name no one in particular ("anyone", "everyone" are genericity.GENERIC_HEADS)
NOBODY_IN_PARTICULAR = frozenset({"someone", "somebody"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PAST_TAGS = frozenset({"VBD"})


def nobody_in_particular(tok: Token) -> str | None:
    """The trigger's subject is "someone" or "somebody" and its clause is not in the past."""
    kids = list(tok.children)
    subject = next(
        (c for c in kids if c.dep_ in SUBJECT_DEPS and c.lower_ in NOBODY_IN_PARTICULAR), None
    )
    if subject is None or tok.tag_ in PAST_TAGS:
        return None
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in PAST_TAGS for c in kids):
        return None
    return f"a subject that is nobody in particular ({subject.text!r}): what may happen to anyone"
