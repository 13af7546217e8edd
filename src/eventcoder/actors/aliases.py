"""In-document coreference: later surnames, pronouns and "both the countries" point back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.actors.dictionary import ActorDictionary, normalise, surname
from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
from eventcoder.nlp.scan import doc_text, tokens_with_lower, tokens_with_pos
from eventcoder.ontology.plover import NON_STATE

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
WINDOW_SENTENCES = 3


def resolve_aliases(
    doc: Doc, mentions: list[Span], d: ActorDictionary, day: date | None
) -> list[Span]:
    """Mentions plus group phrases and pronouns, with unknown names filled from earlier mentions."""
    mentions = sorted(mentions, key=lambda s: s.start)
    _voice_officials(doc, mentions)
    mentions = _fill_surnames(doc, mentions, d)
    extra: list[Span] = []
    extra += _groups(doc, mentions, d)
    extra += _pronouns(doc, mentions)
    extra += _we(doc, d)
    return sorted(filter_spans(mentions + extra), key=lambda s: s.start)


def _voice_officials(doc: Doc, mentions: list[Span]) -> None:
    """In a government's own release, an official named without a country ("Ambassador Kim",
    "Assistant Secretary Phee") is that government's."""
    voice = doc._.voice
    if not voice:
        return
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if (
            info.country is None
            and info.sector
            and info.kind in {ActorKind.PERSON, ActorKind.TITLE}
        ):
            how = because(Rule.PUBLISHER, info.how)
            m._.actors = (replace(info, country=voice, how=how),)


def _fill_surnames(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    """A bare "Shugaev" after "Director ... Dmitry Shugaev" is the same resolved person."""
    known: dict[str, ActorInfo] = {}
    out: list[Span] = []
    covered = {t for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        info: ActorInfo = m._.actors[0]
        if info.kind == ActorKind.PERSON and info.name:
            sur = surname(info.name) or normalise(info.name)
            if info.country and info.actor_id is None and sur and " " in info.name:
                known.setdefault(sur, info)
            elif sur in known:
                new = replace(known[sur], how=because(Rule.SAME_NAME, known[sur].how))
                m._.actors = (new,)
        out.append(m)
    if not known:
        return out
    for tok in tokens_with_pos(doc, {PROPN, NOUN}):
        if tok.i in covered or not tok.text[:1].isupper():
            continue
        key = tok.lower_
        if key in known and not d.lookup(tok.text):
            s = Span(doc, tok.i, tok.i + 1, label="person")
            s._.actors = (replace(known[key], how=because(Rule.EARLIER_SURNAME, known[key].how)),)
            out.append(s)
    return sorted(out, key=lambda s: s.start)


def _sentence_starts(doc: Doc) -> list[int]:
    """Token index where each sentence starts, computed once per document."""
    if "sent_starts" not in doc.user_data:
        doc.user_data["sent_starts"] = [s.start for s in doc.sents]
    return doc.user_data["sent_starts"]


def _sent_start(doc: Doc, i: int) -> int:
    starts = _sentence_starts(doc)
    return starts[max(0, bisect_right(starts, i) - 1)]


def _countries_before(doc: Doc, mentions: list[Span], pos: int, sent_start: int) -> list[ActorInfo]:
    """Countries in play before `pos`: those named in the last few sentences, ranked by how often
    the document has named them so far (then by nearness)."""
    starts = _sentence_starts(doc)
    idx = max(0, bisect_right(starts, pos) - 1)
    lo = starts[max(0, idx - WINDOW_SENTENCES)]
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in mentions:
        if m.start >= pos:
            break
        for info in m._.actors:
            if info.country and info.kind != ActorKind.GROUP and info.country not in NON_STATE:
                counts[info.country] = counts.get(info.country, 0) + 1
                last[info.country] = m.start
    recent = [c for c in counts if last[c] >= lo]
    recent.sort(key=lambda c: (-counts[c], -last[c]))
    return [
        ActorInfo(None, c, None, ActorKind.COUNTRY, None, c, because(Rule.IN_PLAY, c))
        for c in recent
    ]


_GROUP_HINT = re.compile(r"\b(both|two|leaders|sides)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _group_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """ "both the countries", "the two leaders", "the two Nordic countries": compiled once."""
    return re.compile(
        r"\b("
        + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        + r"|(?:both|the two)(?: \w+)? (?:countries|nations|sides|governments|leaders|neighbou?rs|allies"
        r"|states|capitals|powers|rivals))\b",
        re.IGNORECASE,
    )


def _groups(doc: Doc, mentions: list[Span], d: ActorDictionary) -> list[Span]:
    if not d.group_phrases:
        return []
    pattern = _group_pattern(frozenset(d.group_phrases))
    out: list[Span] = []
    text = doc_text(doc)
    if not _GROUP_HINT.search(text):
        return out
    for match in pattern.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        before = _countries_before(doc, mentions, span.start, _sent_start(doc, span.start))
        if len(before) < 2:
            continue
        members = tuple(
            replace(b, kind=ActorKind.COUNTRY, how=because(Rule.REFERS_BACK, span.text, b.country))
            for b in before[:2]
        )
        s = Span(doc, span.start, span.end, label="group")
        s._.actors = members
        out.append(s)
    return out


FIRST_PLURAL = {"we", "us", "our"}


def _we(doc: Doc, d: ActorDictionary) -> list[Span]:
    """ "We have imposed sanctions": in a government's own release, "we" is that government."""
    voice = doc._.voice
    if not voice or voice not in d.countries:
        return []
    out = []
    for tok in tokens_with_lower(doc, FIRST_PLURAL):
        if tok.dep_ in {
            "nsubj",
            "nsubjpass",
            "poss",
            "dobj",
            "pobj",
        }:
            s = Span(doc, tok.i, tok.i + 1, label="pronoun")
            s._.actors = (
                ActorInfo(
                    d.countries[voice].name,
                    voice,
                    "GOV",
                    ActorKind.COUNTRY,
                    None,
                    voice,
                    because(Rule.WE, tok.text, voice),
                ),
            )
            out.append(s)
    return out


def _pronouns(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Subject and possessive pronouns take the nearest earlier compatible mention."""
    out = []
    by_start = sorted(mentions, key=lambda s: s.start)
    starts = [m.start for m in by_start]
    pronouns = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
    for tok in tokens_with_lower(doc, pronouns):
        low = tok.lower_
        if tok.dep_ not in {"nsubj", "nsubjpass", "poss", "dobj", "pobj"}:
            continue
        sent_start = _sent_start(doc, tok.i)
        lo = max(0, sent_start - 60)
        cands = [
            m
            for m in by_start[bisect_left(starts, lo) : bisect_left(starts, tok.i)]
            if m.end <= tok.i
        ]
        best = None
        # a subject pronoun takes a subject antecedent first ("Mitsotakis met Trump, where he
        # denounced ..." -> Mitsotakis); an object pronoun the nearest mention
        if tok.dep_ in {"nsubj", "nsubjpass", "poss"}:
            cands = [m for m in cands if m.root.dep_ not in {"nsubj", "nsubjpass"}] + [
                m for m in cands if m.root.dep_ in {"nsubj", "nsubjpass"}
            ]
        for m in reversed(cands):
            info: ActorInfo = m._.actors[0]
            if not info.country:
                continue
            if (
                (low in PERSON_PRONOUNS and info.kind == ActorKind.PERSON)
                or (
                    low in THING_PRONOUNS
                    and info.kind in {ActorKind.COUNTRY, ActorKind.ORG, ActorKind.NOUN}
                )
                or (
                    low in PLURAL_PRONOUNS
                    and (
                        info.kind in {ActorKind.NOUN, ActorKind.ORG, ActorKind.GROUP}
                        or len(m._.actors) > 1
                    )
                )
            ):
                best = m
            if best is not None:
                break
        if best is None and low in PLURAL_PRONOUNS:
            # "their first talks" after "Xi ... Biden": the two sides just named
            here = [m for m in by_start if m.start >= sent_start]
            people = [m for m in here if m._.actors[0].kind == ActorKind.PERSON]
            pair = _countries_before(doc, people, tok.i, sent_start)
            if len(pair) < 2:
                pair = _countries_before(doc, here, tok.i, sent_start)
            if len(pair) >= 2:
                s = Span(doc, tok.i, tok.i + 1, label="group")
                s._.actors = tuple(
                    replace(p, how=because(Rule.PRONOUN_SIDES, tok.text)) for p in pair[:2]
                )
                out.append(s)
            continue
        if best is None:
            continue
        s = Span(doc, tok.i, tok.i + 1, label="pronoun")
        s._.actors = tuple(
            replace(i, how=because(Rule.PRONOUN, tok.text, best.text)) for i in best._.actors
        )
        out.append(s)
    return out
