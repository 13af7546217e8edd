"""Per-document matching state and the entry ranking that composition and titles share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import ActorDictionary, Entry
from eventcoder.actors.records import ActorKind


@dataclass
class MatchContext:
    """One document's matching state: what each matched piece can mean, and where pieces are."""

    doc: Doc
    day: date | None
    d: ActorDictionary
    meaning: dict[tuple[int, int], tuple[Entry, ...]]  # by token offsets, not Span._ (shared)
    piece_at: dict[int, Span] = field(default_factory=dict)
    # pieces read from a near spelling ("Columbian"): (start, end) -> (written, dictionary form, score)
    near: dict[tuple[int, int], tuple[str, str, float]] = field(default_factory=dict)
    # token indices of the words that join two titled people ("and", ","), in order
    joiners: list[int] = field(default_factory=list)
    # the countries the text names (else the publisher's): they decide between namesakes
    prefer: frozenset[str] = frozenset()

    def named_before(self, pos: int) -> frozenset[str]:
        """The people the text names in full (a dictionary name) before token `pos`: a later
        surname alone is one of them ("Kim" after "Kim Jong Un")."""
        return frozenset(
            e.key
            for (start, _), entries in self.meaning.items()
            if start < pos
            for e in entries[:1]
            if e.kind == ActorKind.PERSON
        )


def best_entry(entries: tuple[Entry, ...]) -> Entry:
    order = [
        ActorKind.PERSON,
        ActorKind.ORG,
        ActorKind.SURNAME,
        ActorKind.SEAT,
        ActorKind.CAPITAL,
        ActorKind.COUNTRY,
        ActorKind.PEOPLE,
        ActorKind.ADJECTIVE,
        ActorKind.TITLE,
        ActorKind.NOUN,
    ]
    return min(entries, key=lambda e: order.index(e.kind) if e.kind in order else 99)
