"""A country's name inside a region's name is no actor: "aid to Central America" is not aid to
the United States, "Latin American leaders" are not American, "the Americas" are no country,
"New Guinea" is not Guinea. The region names are data (generic.yaml `regions`); a country
whose own name holds a region word ("South Africa", "Equatorial Guinea") is a dictionary entry
matched whole, so it never reaches this check."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.actors.dictionary import ActorDictionary, normalise


def in_region_name(d: ActorDictionary, piece: Span) -> bool:
    """Is `piece` a region's name, or the end of one with the word before it?"""
    if not d.regions:
        return False
    names = [piece.text]
    if piece.start > 0:
        names.append(f"{piece.doc[piece.start - 1].text} {piece.text}")
    return any(normalise(n) in d.regions for n in names)


def region_dropped(d: ActorDictionary, pieces: list[Span]) -> list[Span]:
    """The dictionary's matches without the country names that belong to a region's name."""
    return [p for p in pieces if not in_region_name(d, p)]
