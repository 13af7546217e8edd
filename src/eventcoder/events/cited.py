"""Undertakings cited as the frame of another act: "in line with the President's commitment to
rebuild relations", "in support of the President's pledge to alleviate food insecurity", "as part
of our commitment to the people of Afghanistan, we are providing $266 million".

The commitment is named as the standard or programme another act follows; it was made before and
is not made now, so it is no AGREE of its own (GUIDELINES §11: a standing commitment is no event).
The act it frames is told in its own right. The word sets are closed classes: nouns of
undertaking, and the words of the framing phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns that name an undertaking
UNDERTAKINGS = frozenset({"commitment", "pledge", "promise", "vow", "obligation"})
# "in line with X", "consistent with X": the word "with" hangs from
WITH_FRAMES = frozenset(
    {"line", "keeping", "accordance", "consistent", "inconsistent", "conformity", "compliance"}
)
# "as part of X", "in support of X", "in fulfilment of X": the word "of" hangs from, itself the
# object of "as" or "in"
OF_FRAMES = frozenset({"part", "support", "fulfillment", "fulfilment", "furtherance", "pursuit"})
OF_FRAME_PREPS = frozenset({"as", "in"})


def _frames(prep: Token) -> bool:
    """The preposition opens a framing phrase: "in line with", "as part of", "pursuant to",
    "building on"."""
    frame = prep.head
    word, lemma = prep.lower_, frame.lemma_.lower()
    return (
        (word == "with" and lemma in WITH_FRAMES)
        or (word == "of" and lemma in OF_FRAMES and frame.head.lower_ in OF_FRAME_PREPS)
        or (word == "to" and lemma == "pursuant")
        or (word == "on" and lemma == "build" and frame.tag_ == "VBG")
    )


def _cited(noun: Token) -> bool:
    """An undertaking noun that a framing phrase takes as its object."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in UNDERTAKINGS
        and noun.dep_ == "pobj"
        and _frames(noun.head)
    )


# the links from an undertaking noun down to what it is to ("pledge to alleviate X and help Y")
CONTENT_DEPS = frozenset({"acl", "xcomp", "conj", "pcomp", "prep"})


def cited_undertaking(tok: Token) -> str | None:
    """Why an undertaking noun, or what it is to, is cited as the frame of another act, or None:
    "in support of the President's pledge to help Vietnam" neither pledges nor helps now."""
    noun = tok
    for _ in range(4):
        if _cited(noun):
            prep = noun.head
            what = "an undertaking" if noun.i == tok.i else "what an undertaking is to,"
            return (
                f"{what} cited as the frame of another act "
                f"('{prep.head.text} {prep.text} ... {noun.text}'), not made now"
            )
        if noun.dep_ not in CONTENT_DEPS or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None
