"""Code one invented sentence with the shared Coder and keep what it drops (tests of drop rules)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventcoder.records import Document

DAY = date(2022, 3, 10)


def explain(coder: Any, text: str, day: date = DAY, source: str | None = None) -> Any:
    """(events, drops) of one sentence, as EventBuilder.explain gives them."""
    document = Document(id="t", text=text, date=day, source=source)
    return coder.builder.explain(coder.nlp(text), document)


def dyads(coder: Any, text: str, date: str = "2021-06-04") -> set[tuple[str, tuple, tuple]]:
    """(type, source countries, target countries) of each event the coder gives one text."""
    return {
        (
            e.type.value,
            tuple(sorted({a.country for a in e.source})),
            tuple(sorted({a.country for a in e.target})),
        )
        for e in coder.code(text, date=date)
    }


def assaults(coder: Any, text: str, date: str = "2022-03-01") -> set[tuple[tuple, tuple]]:
    """(source countries, target countries) of each ASSAULT the coder gives one text."""
    return {
        (tuple(a.country for a in e.source), tuple(sorted({a.country for a in e.target})))
        for e in coder.code(text, date=date)
        if e.type.value == "ASSAULT"
    }


def assert_dropped(coder: Any, text: str, word: str, rule: Any = None, **kwargs: Any) -> Any:
    """The candidate at `word` gives no event and, when `rule` is given, that rule dropped it;
    returns (events, drops) for further checks."""
    events, drops = explain(coder, text, **kwargs)
    at = text.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    if rule is not None:
        assert any(d.trigger == at and d.rule is rule for d in drops), drops
    return events, drops


def mentions(
    coder: Any, text: str, date: str = "2023-05-10", source: str | None = None
) -> list[tuple[str, Any, Any]]:
    """(text, country, sector) of every actor mention the coder finds in one document."""
    day = __import__("datetime").date.fromisoformat(date)
    (res,) = list(coder.pipe([Document(id="t", text=text, date=day, source=source)], mentions=True))
    return [(m.actor.span.text, m.actor.country, m.actor.sector) for m in res.mentions]
