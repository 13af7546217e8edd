"""Who "you" and "it" are in speech: the addressee of a transcript's turn, and the expletive
"it" that names nobody ("It's a pleasure to be here")."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.nlp.scan import tokens_with_lower

SECOND_PERSON = {"you", "your"}
YOU_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative"}
CLAUSE_DEPS = {"advcl", "xcomp", "ccomp", "acl", "relcl"}

Turn = tuple[int, int, ActorInfo | None]


def addressed(doc: Doc, turns: list[Turn], mentions: list[Span]) -> list[Span]:
    """ "you" and "your": the person a sentence addresses by name, else the other speaker of a
    transcript."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = _vocative(doc, mentions, covered)
    covered |= {s.start for s in out}
    return out + _other_speaker(doc, turns, covered)


def _vocative(doc: Doc, mentions: list[Span], covered: set[int]) -> list[Span]:
    """ "Thank you, President Ruto, for your hospitality", "Minister Kuleba, we welcome your
    proposal": a named person set off by commas, attached to the verb as a bare noun phrase,
    is whom "you" and "your" of the sentence are."""
    called = [
        m
        for m in mentions
        if m.root.dep_ == "npadvmod"
        and m._.actors[0].kind in {ActorKind.PERSON, ActorKind.TITLE}
        and m._.actors[0].country
        and any(0 <= i < len(doc) and doc[i].text == "," for i in (m.start - 1, m.end))
    ]
    if not called:
        return []
    out = []
    for tok in tokens_with_lower(doc, SECOND_PERSON):
        if tok.dep_ not in YOU_DEPS or tok.i in covered:
            continue
        here = [m for m in called if m.sent.start == tok.sent.start]
        if not here:
            continue
        m = min(here, key=lambda m: abs(m.start - tok.i))
        s = Span(doc, tok.i, tok.i + 1, label="pronoun")
        s._.actors = (replace(m._.actors[0], how=because(Rule.PRONOUN, tok.text, m.text)),)
        out.append(s)
    return out


def _other_speaker(doc: Doc, turns: list[Turn], covered: set[int]) -> list[Span]:
    """ "I really want to thank you": in a transcript, "you" and "your" of one speaker's turn are
    the speaker who answers (the next turn) or was answered (the one before): the other side
    of a press availability. A turn answering a questioner, or a speaker's only turn, names
    nobody this way."""
    if len(turns) < 2:
        return []
    starts = [t[0] for t in turns]
    out = []
    for tok in tokens_with_lower(doc, SECOND_PERSON):
        if tok.dep_ not in YOU_DEPS or tok.i in covered or tok.i < starts[0]:
            continue
        k = bisect_right(starts, tok.i) - 1
        who = turns[k][2]
        if who is None:
            continue
        other = turns[k - 1] if k > 0 else turns[k + 1]
        if other[2] is None or not other[2].country or other[2] == who:
            continue
        s = Span(doc, tok.i, tok.i + 1, label="pronoun")
        said_to = doc[other[0] : other[1]].text
        s._.actors = (replace(other[2], how=because(Rule.PRONOUN, tok.text, said_to)),)
        out.append(s)
    return out


def copula(tok: Token) -> bool:
    """ "is" or "'s" (a curly apostrophe is plain by the time the model parses: Coder.parse_text)."""
    return tok.lemma_ == "be" or tok.lower_ == "'s"


def expletive(tok: Token) -> bool:
    """ "It's a pleasure to be here", "it is important that ...", "it is a pleasure being able
    to ...": the subject "it" of "be" with a predicate and a to-, that- or -ing clause stands
    for the clause, not for an actor."""
    head = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or not copula(head):
        return False
    preds = [c for c in head.children if c.dep_ in {"attr", "acomp"}]
    if not preds:
        return False
    for node in [head, *preds]:
        for c in node.children:
            if c.dep_ in CLAUSE_DEPS and (
                c.tag_ == "VBG"
                or any(
                    g.dep_ in {"aux", "mark"} and g.lower_ in {"to", "that", "for"}
                    for g in c.children
                )
            ):
                return True
    return False
