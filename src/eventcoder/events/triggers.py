"""Find trigger tokens: a lemma in the lexicon whose conditions hold, outside any name."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventcoder.events.lexicon import Lexicon, TriggerEntry

POS_MAP = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
NAME_ENTS = {"ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    entry: TriggerEntry


def _child_lemmas(tok: Token) -> set[str]:
    # a preposition that only introduces a time ("called Kuleba on Tuesday") is no condition
    kids = [c for c in tok.children if not _time_prep(c)]
    out = {c.lemma_.lower() for c in kids}
    out |= {c.lower_ for c in kids}
    # "air strikes": compounds count; "called on": particles and prepositions are children
    return out


def _pobj_lemmas(tok: Token) -> set[str]:
    """Lemmas of the objects of the trigger's prepositions, also through "out of", "away from"."""
    out: set[str] = set()
    preps = [c for c in tok.children if c.dep_ in {"prep", "prt"}]
    preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
    for p in preps:
        out |= {o.lemma_.lower() for o in p.children if o.dep_ == "pobj"}
    return out


def _time_prep(tok: Token) -> bool:
    """ "on Tuesday", "at noon": a preposition that only dates the event ("for five years" is
    kept: a sentence length is part of the event)."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in {"on", "at"}
        and any(
            (p.dep_ == "pobj" and p.ent_type_ in {"DATE", "TIME"} and p.pos_ != "PROPN")
            or p.lower_ in WEEKDAYS
            for p in tok.children
        )
    )


def _dobj_lemma(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            return c.lemma_.lower()
    return None


def _inside_name(tok: Token, covered: set[int]) -> bool:
    """A capitalised trigger word mid-sentence is part of a name ("Sanctions Act", "SCO")."""
    if tok.i in covered:
        return True
    if tok.ent_type_ in NAME_ENTS and tok.text[:1].isupper():
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.pos_ == "PROPN"


def find_triggers(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the document, the most specific lexicon entry for each token."""
    covered = {t for span in doc.spans.get("actors", []) for t in range(span.start, span.end)}
    out: list[Trigger] = []
    words, ids = lexicon.words, lexicon.word_ids
    fixes = lexicon.lemma_fixes
    lemmas, lowers = doc.to_array(LEMMA), doc.to_array(LOWER)
    maybe = [i for i in range(len(doc)) if int(lemmas[i]) in ids or int(lowers[i]) in ids]
    for i in maybe:
        tok = doc[i]
        lemma = (
            fixes.get(tok.lemma_.lower(), tok.lemma_.lower())
            if tok.pos_ == "VERB"
            else tok.lemma_.lower()
        )
        if lemma not in words and tok.lower_ not in words:
            continue
        pos = POS_MAP.get(tok.pos_)
        if (
            pos is None
            and tok.pos_ == "PROPN"
            and tok.lower_ == tok.text.lower()
            and tok.is_sent_start
        ):
            pos = "NOUN"
        if pos is None:
            continue
        entries = lexicon.by_lemma.get((lemma, pos)) or lexicon.by_lemma.get((tok.lower_, pos))
        if not entries or _inside_name(tok, covered):
            continue
        kids = _child_lemmas(tok)
        dobj = _dobj_lemma(tok)
        for entry in entries:  # sorted most specific first
            if entry.with_ and not any(w in kids for w in entry.with_):
                continue
            if entry.without and any(w in kids for w in entry.without):
                continue
            if entry.object and dobj not in entry.object:
                continue
            if entry.governor and tok.head.lemma_.lower() not in entry.governor:
                continue
            if entry.pobj and not _pobj_lemmas(tok) & set(entry.pobj):
                continue
            out.append(Trigger(tok, entry))
            break
    return out
