"""Acronyms a document defines: "the Revolutionary National Police (Policía Nacional
Revolucionaria, PNR)" makes every later "PNR" that mention."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventcoder.actors.dictionary import ActorDictionary
from eventcoder.actors.records import ActorInfo, Rule, because

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# how far a definition's parenthesis may reach ("(Policía Nacional Revolucionaria, PNR)")
PAREN_TOKENS = 12


def defined_acronyms(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    """Later uses of an acronym given in a parenthesis right after a resolved mention, as
    mentions of the same actor; an acronym the dictionary knows is left to the dictionary."""
    defined: dict[str, tuple[ActorInfo, int]] = {}
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if not (info.country or info.sector) or m.end >= len(doc) or doc[m.end].text != "(":
            continue
        inside = []
        for tok in doc[m.end + 1 : min(len(doc), m.end + 1 + PAREN_TOKENS)]:
            if tok.text == ")":
                break
            inside.append(tok)
        else:
            continue
        words = [t for t in inside if ACRONYM.match(t.text)]
        if not words or d.lookup(words[-1].text):
            continue
        end = inside[-1].i + 1 if inside else m.end
        defined.setdefault(words[-1].text, (info, end))
    if not defined:
        return []
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = []
    for tok in doc:
        hit = defined.get(tok.text)
        if hit is None or tok.i < hit[1] or tok.i in covered:
            continue
        span = Span(doc, tok.i, tok.i + 1, label="org")
        span._.actors = (replace(hit[0], how=because(Rule.ACRONYM, tok.text, hit[0].how)),)
        out.append(span)
    return out
