"""The body an office belongs to. "Leonardo Reyes, the President of the Central Bank of
Nicaragua" holds an office of Nicaragua's central bank: the person is Nicaragua's, as the body
is, and not the publisher's official (a State Department release names foreign office-holders
by their posts as often as its own)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.actors.voice import title_text
from eventcoder.ontology.plover import NON_STATE


def office_bodies(mentions: list[Span]) -> None:
    """Give a titled person or title with no country the country of the body its title is "of"
    (in place)."""
    at = {t: m for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if info.country is not None or info.kind not in {ActorKind.PERSON, ActorKind.TITLE}:
            continue
        title = title_text(info.how)
        if title is None:
            continue
        for tok in _title_tokens(m, title):
            body = _body_of(tok, at, m)
            if body is None:
                continue
            other: ActorInfo = body._.actors[0]
            how = because(Rule.PREPOSITION, "of", body.text)
            m._.actors = (
                replace(info, country=other.country, how=because(Rule.PLUS_COUNTRY, info.how, how)),
            )
            break


def _title_tokens(m: Span, title: str) -> list[Token]:
    """The title's head word: the mention's own head ("the President of ..."), or the head of
    its apposition ("X, the President of ...")."""
    words = set(title.lower().split())
    heads = [m.root, *(c for c in m.root.children if c.dep_ == "appos")]
    return [t for t in heads if t.lower_ in words]


def _body_of(tok: Token, at: dict[int, Span], own: Span) -> Span | None:
    """The state body or country named in the title's "of" phrase, when it has a country."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            body = at.get(pobj.i)
            if pobj.dep_ != "pobj" or body is None or body is own:
                continue
            other: ActorInfo = body._.actors[0]
            if other.country and other.country not in NON_STATE and other.kind != ActorKind.PERSON:
                return body
    return None
