"""A name the dictionary does not know takes the country of its apposition: "Ahmed Karimi, a
spokesman for the PMF", "Leila Haddad, an Iraqi official". The apposition says who the person
works for; without it a doer's country is only guessed later from the document (a militia's
spokesman coded with the country the story is mostly about). Only an apposition that is itself
an actor mention with a country counts: "the daughter of X" is no mention and gives nothing."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from eventcoder.actors.records import ActorKind, Rule, because

# the kinds of apposition that say whom a person serves: an office, a sector noun ("official")
SERVING_KINDS = {ActorKind.TITLE, ActorKind.NOUN}


def apposed_names(mentions: list[Span]) -> None:
    """Fill unknown names (no country, no dictionary id) from their apposition's mention."""
    by_root = {m.root.i: m for m in mentions}
    for m in mentions:
        info = m._.actors[0]
        if info.kind != ActorKind.PERSON or info.country or info.actor_id is not None:
            continue
        for c in m.root.children:
            if c.dep_ != "appos" or c.i in range(m.start, m.end):
                continue
            other = by_root.get(c.i)
            if other is None:
                continue
            given = other._.actors[0]
            if not given.country or given.kind not in SERVING_KINDS:
                continue
            how = because(Rule.APPOSITION, info.how, other.text)
            m._.actors = (replace(info, country=given.country, sector=given.sector, how=how),)
            break
