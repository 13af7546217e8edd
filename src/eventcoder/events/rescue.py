"""Coming to someone's aid ("the US came to India's assistance", "France came to the aid of our
young country"): the idiom's possessive or "of" phrase names whom the help is for, not who gives
it; the one who comes gives it."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.subjects import subject_of

# verbs of moving towards someone whose "to X's aid" is the help they give
RESCUE_VERBS = {"come", "rush", "run", "leap", "spring", "race", "ride"}


def rescue_sides(tok: Token) -> tuple[Token, Token] | None:
    """(helper, helped) when the noun is the goal of a verb of coming ("came to X's aid")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in RESCUE_VERBS:
        return None
    helped = next((c for c in tok.children if c.dep_ == "poss"), None)
    if helped is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        helped = next((p for p in of.children if p.dep_ == "pobj"), None) if of else None
    helper, _ = subject_of(prep.head)
    if helped is None or helper is None:
        return None
    return helper, helped
