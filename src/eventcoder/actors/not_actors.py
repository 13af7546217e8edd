"""Dictionary matches that name no actor where they stand: a country's name inside a region's
name ("Central America", actors/regions.py), and a surname that heads a noun phrase with "the"
before it: "told The Hill", "wrote in the Post" name a newspaper or a place, not Alexandra Hill
or a Post; people's names take no article ("the Bidens", a family, is plural and kept). An
organisation's acronym joined by a hyphen to another acronym the dictionary does not know is
part of a longer name: "ABS-CBN", a Philippine network, is no CBN (the Central Bank of
Nigeria)."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.actors.context import MatchContext, best_entry
from eventcoder.actors.records import ActorKind
from eventcoder.actors.regions import region_dropped


def not_actors(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """The pieces without region names and without surnames used as the names of things."""
    kept = region_dropped(ctx.d, pieces)
    matched = {t for p in kept for t in range(p.start, p.end)}
    return [p for p in kept if not _the_surname(ctx, p) and not _in_compound(ctx, p, matched)]


def _in_compound(ctx: MatchContext, piece: Span, matched: set[int]) -> bool:
    """An acronym of an organisation written into a hyphenated name ("ABS-CBN"): the word on
    the other side of the hyphen is in capitals too, of two letters or more ("ISIS-K" keeps
    ISIS), and no match of its own ("EU-NATO talks" keep both)."""
    if len(piece) != 1 or not piece.text.isupper():
        return False
    entries = ctx.meaning.get((piece.start, piece.end), ())
    if not entries or best_entry(entries).kind != ActorKind.ORG:
        return False
    doc, i = piece.doc, piece.start
    others = []
    if i >= 2 and doc[i - 1].text == "-" and not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_):
        others.append(doc[i - 2])  # "ABS-CBN"
    if (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not (doc[i].whitespace_ or doc[i + 1].whitespace_)
    ):
        others.append(doc[i + 2])  # "CBN-ABS"
    return any(
        o.i not in matched and len(o.text) >= 2 and o.text.isupper() and o.is_alpha for o in others
    )


def _the_surname(ctx: MatchContext, piece: Span) -> bool:
    """A lone singular surname right after "the" ("The Hill", "the Post"), with no adjective."""
    if len(piece) != 1 or piece.root.tag_ != "NNP":
        return False
    entries = ctx.meaning.get((piece.start, piece.end), ())
    if not entries or best_entry(entries).kind != ActorKind.SURNAME:
        return False
    tok = piece.root
    # "the elder Biden", "the late Mandela": a person described, still the person
    if tok.i == 0 or any(c.dep_ in {"amod", "compound"} for c in tok.children):
        return False
    before = tok.doc[tok.i - 1]
    return before.lower_ == "the" and before.head.i == tok.i
