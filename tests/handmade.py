"""Hand-built parsed Docs for unit tests that do not need the statistical model."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.events.scene import Scene
from eventcoder.nlp.extensions import register_extensions
from eventcoder.records import Document


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


def matched_countries(
    matcher: Any, vocab: Vocab, rows: list[tuple[str, str, str, str, int]], ents: list[str] | None
) -> list[str | None]:
    """The first country of each actor mention the matcher finds in a hand-parsed sentence
    published on 2022-03-01."""
    doc = parsed(rows, ents, vocab=vocab)
    doc._.pub_date = date(2022, 3, 1)
    return [m._.actors[0].country for m in matcher(doc).spans["actors"]]


def mention(doc: Doc, start: int, end: int, info: ActorInfo, label: str = "noun") -> Span:
    """An actor mention over tokens start..end that means `info` (as the actor stage marks it)."""
    span = Span(doc, start, end, label=label)
    span._.actors = (info,)
    return span


def country(code: str) -> ActorInfo:
    """A country named as an actor ("Russia said")."""
    return ActorInfo(code, code, None, ActorKind.COUNTRY, None, code, because(Rule.NAME))


def place(code: str) -> ActorInfo:
    """A country named as a place ("in Russia")."""
    return ActorInfo(code, code, None, ActorKind.PLACE, how=because(Rule.NAME))


POLICE = ActorInfo(None, None, "COP", ActorKind.NOUN, how=because(Rule.SECTOR_NOUN, "Police"))


def police_in_minsk() -> tuple[Doc, Scene]:
    """ "Police arrested protesters in Minsk ." with Police and Minsk as mentions."""
    doc = parsed(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1),
            ("protesters", "protester", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Minsk", "Minsk", "PROPN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    doc.spans["actors"] = [mention(doc, 0, 1, POLICE), mention(doc, 4, 5, place("BLR"))]
    return doc, Scene.of(doc, Document(id="d", text=doc.text))
