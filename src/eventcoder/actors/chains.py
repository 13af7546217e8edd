"""Pronoun chains: "Secretary Blinken urged ... He also emphasized ... Lastly, he thanked". A
subject pronoun resolved to a subject becomes the antecedent of later pronouns of the same kind,
so that a story that goes on about one actor keeps it past the window in which the name is
looked for (aliases.py); pronouns of another kind never take it ("she" after "he")."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

# the pronouns that may stand for one another; "they" is left out: what it stands for is read
# less surely (a readout's meeting parties, the nearest organisation), and a wrong one would spread
CHAIN_KINDS = {
    "he": frozenset({"he", "him", "his"}),
    "she": frozenset({"she", "her"}),
    "it": frozenset({"it", "its"}),
}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def pronoun_kind(word: str) -> str:
    """ "he", "she" or "it" for a pronoun of that kind; any other word stands for itself."""
    low = word.lower()
    return next((k for k, words in CHAIN_KINDS.items() if low in words), low)


def links(pronoun: Token, antecedent: Span) -> bool:
    """May a later pronoun reach back through this one? Only a singular subject pronoun whose
    antecedent is a subject too ("Blinken urged ... He also emphasized"): the story goes on
    about the same actor. An object or possessive is often someone the subject acts on."""
    return (
        pronoun_kind(pronoun.lower_) in CHAIN_KINDS
        and pronoun.dep_ in SUBJECT_DEPS
        and antecedent.root.dep_ in SUBJECT_DEPS
    )


def add_link(chained: dict[int, str], by_start: list[Span], starts: list[int], span: Span) -> None:
    """Put a resolved pronoun among the candidates of later pronouns (kept in text order)."""
    at = bisect_left(starts, span.start)
    by_start.insert(at, span)
    starts.insert(at, span.start)
    chained[span.start] = pronoun_kind(span.text)


def other_kind(chained: dict[int, str], candidate: Span, pronoun: str) -> bool:
    """Is the candidate a chained pronoun of another kind than `pronoun` ("He" for a "she")?"""
    kind = chained.get(candidate.start)
    return kind is not None and kind != pronoun_kind(pronoun)
