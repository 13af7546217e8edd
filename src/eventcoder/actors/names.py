"""Personal names in a phrase: where a name starts, its given name, courtesy titles ("Mr.
Blinken"), a title word before a name, given names that share a surname, and the dictionary
person a surname stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventcoder.actors.compose_words import HONORIFIC_GENDER, HONORIFICS
from eventcoder.actors.context import MatchContext, best_entry
from eventcoder.actors.dictionary import Entry
from eventcoder.actors.records import ActorKind
from eventcoder.actors.resolve import by_surname
from eventcoder.nlp.ents import doc_ents
from eventcoder.records import Actor


def surname_person(
    ctx: MatchContext, piece: Span, key: str, start: int, titles: list[Span], country: str | None
) -> Actor | None:
    """The person a surname piece names, with what the phrase says: the given name before it,
    its title (office, sector, word), its country, a courtesy title's gender, and the people
    the text has named in full before it."""
    doc = ctx.doc
    first = first_name(doc, piece.start, start, {t.i for m in titles for t in m})
    if first is None:
        first = _given_in_entity(doc, piece)
    if first is None:
        # "said Khan" after "Sadiq Khan": the given name the text wrote before
        first = _given_before(ctx, piece)
    title = best_entry(ctx.meaning[(titles[0].start, titles[0].end)]) if titles else None
    courtesy = doc[piece.start - 1].lower_.rstrip(".") if piece.start else ""
    actor = by_surname(
        ctx.d,
        key,
        first,
        ctx.day,
        country,
        title.office if title else None,
        ctx.prefer,
        title.sector if title else None,
        ctx.named_before(piece.start),
        HONORIFIC_GENDER.get(courtesy) if first is None else None,
        titles[0].text if titles else None,
    )
    if actor is not None and not titles and not country and given_of_pair(ctx, piece, actor.name):
        return None
    if actor is not None and title is not None and actor.role_on(ctx.day) is None:
        # "Minister Salazar" is someone in office: a word that is as much a noun as a title
        # ("minister", "ambassador") names no namesake out of office
        entries = ctx.meaning[(titles[0].start, titles[0].end)]
        if any(e.kind == ActorKind.NOUN for e in entries):
            return None
    return actor


def _given_in_entity(doc: Doc, piece: Span) -> str | None:
    """The given name inside the person's name the parser marked, when the parse split it from
    the surname ("Jong Woo Son": "Woo" is Son's given name, whatever "Jong Woo" became)."""
    if doc[piece.start].ent_type_ != "PERSON" or doc[piece.start].ent_iob_ != "I":
        return None
    return first_name(doc, piece.start, piece.start - 1, set())


def _given_before(ctx: MatchContext, piece: Span) -> str | None:
    """The given name of the nearest person named in full before a lone surname ("Sadiq" for
    "Khan" after "Sadiq Khan"): the surname is that person, known to the dictionary or not.
    Titles and courtesy titles in the name ("President Joe Biden") are no given names."""
    for ent in reversed(doc_ents(ctx.doc)):
        if ent.end > piece.start or ent.label_ != "PERSON" or ent[-1].lower_ != piece[-1].lower_:
            continue
        if len(ent) < 2:
            continue  # the surname alone again
        words = [
            t
            for t in ent[:-1]
            if t.text[:1].isupper()
            and len(t.text.rstrip(".")) > 1  # an initial ("J. Blinken") is no given name
            and t.lower_.rstrip(".") not in HONORIFICS
            and ctx.piece_at.get(t.i, piece).label_ in {ActorKind.SURNAME, ActorKind.PERSON}
        ]
        return words[0].text if words else None
    return None


def title_before_name(ctx: MatchContext, p: Span) -> Span:
    """A word that is both a sector noun and a title ("minister", "ambassador", "senator") is
    the title when a capitalised name follows it: "Minister Tileuberdi", "Senator Rand Paul"."""
    entries = ctx.meaning[(p.start, p.end)]
    if entries[0].kind != ActorKind.NOUN or not any(e.kind == ActorKind.TITLE for e in entries):
        return p
    doc = ctx.doc
    if p.end >= len(doc) or not p.text[:1].isupper():
        return p
    nxt = doc[p.end]
    after = ctx.piece_at.get(nxt.i)
    if (
        nxt.pos_ != "PROPN"
        or not nxt.text[:1].isupper()
        or (after is not None and after.label_ not in {ActorKind.SURNAME, ActorKind.PERSON})
    ):
        return p
    ctx.meaning[(p.start, p.end)] = tuple(sorted(entries, key=lambda e: e.kind != ActorKind.TITLE))
    return Span(doc, p.start, p.end, label=ActorKind.TITLE)


def first_name(doc: Doc, surname_start: int, phrase_start: int, titles: set[int]) -> str | None:
    """The given name just before a surname, if there is one ("President Putin" has none, nor
    has "Mr. Blinken": a courtesy title is no given name). A middle initial is passed over
    ("Victoria J. Nuland" is Victoria Nuland)."""
    i = surname_start - 1
    if i - 1 >= max(phrase_start, 0) and _initial(doc[i].text) and i not in titles:
        i -= 1
    if (
        i >= phrase_start
        and i >= 0
        and i not in titles
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and doc[i].lower_.rstrip(".") not in HONORIFICS
    ):
        return doc[i].text
    return None


def office_fits(ctx: MatchContext, entry: Entry, title: Span) -> bool:
    """Did the named person ever hold the office a title before the name says ("Foreign
    Minister X")? A title of no particular office ("Secretary", "Mr.") fits anyone, and so does
    a person the dictionary knows no roles of."""
    office = best_entry(ctx.meaning[(title.start, title.end)]).office
    if not office or office == "other":
        return True
    actor = ctx.d.people.get(entry.key)
    return actor is None or not actor.roles or any(r.office == office for r in actor.roles)


def _initial(text: str) -> bool:
    """ "J." or "J": one capital letter, with or without its full stop."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()


def given_of_pair(ctx: MatchContext, piece: Span, name: str) -> bool:
    """ "Richard and Lisa Parry": a lone word that people go by as a given name, joined by "and"
    to a given name and a surname, is the first of two given names sharing that surname, not a
    namesake's surname. A surname that comes first in its bearer's name ("Moon" of "Moon
    Jae-in") stays a surname."""
    doc = ctx.doc
    i = piece.end
    if len(piece) != 1 or i + 2 >= len(doc) or doc[i].lower_ not in {"and", "&"}:
        return False
    word = piece[0].lower_
    if word not in ctx.d.given_names or name.lower().startswith(word):
        return False
    pair = doc[i + 1 : i + 3]
    after = doc[i + 3] if i + 3 < len(doc) else None
    return (
        all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in pair)
        and (after is None or after.pos_ != "PROPN" or not after.text[:1].isupper())
        and i + 1 not in ctx.piece_at
    )


def name_start(doc: Doc, piece: Span) -> int:
    i = piece.start
    while (
        i > 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ == "compound"
        and doc[i - 1].text[:1].isupper()
    ):
        i -= 1
    return i


def name_start_tok(doc: Doc, head: Token) -> int:
    i = head.i
    while (
        i > 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ in {"compound", "flat"}
        and doc[i - 1].text[:1].isupper()
    ):
        i -= 1
    return i
