"""Resolve a stand-alone name or short phrase ("Vladimir Putin", "an American destroyer")."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from eventcoder.actors.records import ActorKind, Reason, Rule, render


def resolve_phrase(nlp: Language, query: str, day: date | None) -> dict[str, Any]:
    """Run the pipeline on the phrase and report the mention that covers most of it."""
    doc = nlp.make_doc(query.strip())
    doc._.pub_date = day
    doc = nlp(doc)
    spans = list(doc.spans.get("actors", []))
    result: dict[str, Any] = {
        "query": query,
        "date": day.isoformat() if day else None,
        "name": None,
        "country": None,
        "sector": None,
        "office": None,
        "actor_id": None,
        "text": None,
        "how": "no actor found",
        "confidence": None,
        "steps": [],
    }
    if not spans:
        return result
    root = doc[:].root if len(doc) else None

    def rank(s: Span) -> tuple[bool, bool, bool, int]:
        info = s._.actors[0]
        covers_root = root is not None and s.start <= root.i < s.end
        return (
            covers_root and info.country is not None,
            info.actor_id is not None and info.kind != ActorKind.COUNTRY,
            info.country is not None,
            len(s),
        )

    best = max(spans, key=rank)
    info = best._.actors[0]
    result.update(
        name=info.name,
        country=info.country,
        sector=info.sector,
        office=info.office,
        actor_id=info.actor_id,
        text=best.text,
        how=render(info.how),
        confidence=info.confidence,
    )
    result["steps"] = explain(info.how)
    if len(best._.actors) > 1:
        result["members"] = [a.country for a in best._.actors]
    return result


# The resolution order `eventcoder actor --explain` walks, and the rules that decide at each step.
ORDER: list[tuple[str, set[Rule]]] = [
    (
        "exact dictionary entry on the date",
        {
            Rule.DICTIONARY_PERSON,
            Rule.DICTIONARY_ORG,
            Rule.ORG_ROLE,
            Rule.COUNTRY_WORD,
            Rule.STANDS_FOR,
            Rule.PERSON_ROLE,
            Rule.FORMER,
            Rule.NO_OFFICE,
        },
    ),
    (
        "title + name in the text",
        {Rule.TITLE, Rule.SURNAME, Rule.SURNAME_WITH_TITLE, Rule.TITLE_HOLDER, Rule.NAME},
    ),
    ("country named in the phrase (demonym, country, possessive)", {Rule.MODIFIER, Rule.POSSESSOR}),
    (
        "apposition or an earlier mention",
        {
            Rule.SAME_NAME,
            Rule.EARLIER_SURNAME,
            Rule.EARLIER_GIVEN_NAME,
            Rule.REFERS_BACK,
            Rule.SPEAKERS_OFFICE,
            Rule.ACRONYM,
        },
    ),
    ("organisation membership", {Rule.ORGANISATION}),
    (
        "place",
        {Rule.PREPOSITION, Rule.AS_PLACE, Rule.GAZETTEER_PLACE, Rule.PLACE_NOUN, Rule.SEAT_OF},
    ),
    ("sector noun", {Rule.SECTOR_NOUN, Rule.PEOPLE_NOUN}),
    ("near spelling of a name, country or demonym (lowers confidence)", {Rule.FUZZY}),
]


def explain(how: Reason) -> list[str]:
    """Each step of the resolution order, marked when it took part in this result."""
    return [f"[{'x' if how.mentions(rules) else ' '}] {step}" for step, rules in ORDER]
