"""Dictionary matches that name no actor where they stand: a country's name inside a region's
name ("Central America", actors/regions.py), and a surname that heads a noun phrase with "the"
before it: "told The Hill", "wrote in the Post" name a newspaper or a place, not Alexandra Hill
or a Post; people's names take no article ("the Bidens", a family, is plural and kept)."""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.actors.context import MatchContext, best_entry
from eventcoder.actors.records import ActorKind
from eventcoder.actors.regions import region_dropped


def not_actors(ctx: MatchContext, pieces: list[Span]) -> list[Span]:
    """The pieces without region names and without surnames used as the names of things."""
    return [p for p in region_dropped(ctx.d, pieces) if not _the_surname(ctx, p)]


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
