"""A name the dictionary does not know takes the country of its apposition: "Ahmed Karimi, a
spokesman for the PMF", "Leila Haddad, an Iraqi official", "Alan Gross, an American
contractor". The apposition says who the person
works for; without it a doer's country is only guessed later from the document (a militia's
spokesman coded with the country the story is mostly about). Only an apposition that is itself
an actor mention with a country counts: "the daughter of X" is no mention and gives nothing."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from eventcoder.actors.records import ActorKind, Rule, because

# the kinds of apposition head that say whom a person serves: an office, a sector noun
SERVING_KINDS = {ActorKind.TITLE, ActorKind.NOUN}
# the words of an apposition that may name the country instead of its head ("an *American*
# contractor", "*Iran's* envoy")
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def apposed_names(mentions: list[Span]) -> None:
    """Fill names nobody places (no country, no dictionary id) from their apposition: its
    head when that is an office or sector noun with a country, else a modifier that names one."""
    by_root = {m.root.i: m for m in mentions}
    for m in mentions:
        info = m._.actors[0]
        if info.kind != ActorKind.PERSON or info.country or info.actor_id is not None:
            continue
        for c in m.root.children:
            if c.dep_ != "appos" or c.i in range(m.start, m.end):
                continue
            words = [c, *(w for w in c.children if w.dep_ in MODIFIER_DEPS)]
            given = next(
                (g for w in words if (g := _country_giver(by_root.get(w.i), w is c))), None
            )
            if given is None:
                continue
            how = because(Rule.APPOSITION, info.how, given.text)
            new = given._.actors[0]
            sector = new.sector if new.kind in SERVING_KINDS else info.sector
            m._.actors = (replace(info, country=new.country, sector=sector, how=how),)
            break


def _country_giver(other: Span | None, head: bool) -> Span | None:
    """An apposition's mention that gives its country: a head that is an office or sector noun,
    or any modifier mention with a country."""
    if other is None or not other._.actors[0].country:
        return None
    return other if not head or other._.actors[0].kind in SERVING_KINDS else None
