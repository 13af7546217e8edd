"""Hand-built parsed Docs for unit tests that do not need the statistical model."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventcoder.nlp.extensions import register_extensions


@cache
def english() -> Vocab:
    """An English vocabulary (lower case, shape, ...) without any statistical model."""
    return spacy.blank("en").vocab


def parsed(
    rows: list[tuple[str, str, str, str, int]],
    ents: list[str] | None = None,
    vocab: Vocab | None = None,
) -> Doc:
    """rows: (word, lemma, pos, dep, head) with `head` the index of the head token (a ROOT
    points at itself); ents: IOB tags such as "B-GPE", one per token."""
    register_extensions()
    return Doc(
        vocab or english(),
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        ents=ents,
    )
