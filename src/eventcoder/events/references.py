"""References to earlier events: tell a new event from a mention of one already reported.

A sentence that *refers* to an earlier event ("condemned Russia's invasion of Ukraine") names
it again; coding it anew counts one invasion once per article. GUIDELINES §7: an event noun with
no new time, place or participants, object of a speech act or background, is a reference; a
clause reporting a happening is an event. The cues are closed word classes read on the parse:

- **object of a speech act or stance** (a noun governed by "condemn", "welcome", "recall", ...,
  or by "for"/"over" after one: "condemned Russia for invading Ukraine");
- **background**: the object of "since", "after", "following", "against", "amid", "despite",
  "in response to" ...; the "of" complement of another noun ("the anniversary of the coup",
  "victims of the invasion"), or where a noun that only counts it stands ("after weeks of
  protests"); "over" (a cause), "in retaliation for"; "during" for ongoing situations;
- **status or consequence**: the subject of "remain", "continue", "enter", "cause", "lead",
  ... ("the sanctions remain in place", "the invasion has caused immense suffering");
- **an own date in the past** ("the February 24 invasion", "last year's coup", "the 2020
  ceasefire agreement"): the referenced event's date, with its precision;
- **summaries**: a present-perfect tally or "since" clause with no date of its own ("the allies
  have imposed unprecedented sanctions"), and "continues to" statements about an ongoing act;
- **runs of acts under way** ("during the protests", "with protests ongoing"): events/series.py.

A noun with a recent date or a place of its own, or carried by a doing verb ("launched an
invasion", "imposed sanctions"), stays an event; so does every verb clause that is no summary.
Ongoing situations (war, occupation, siege, detention, ...) named without a start of their own
are references; the store links them to the event that began them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Token

from eventcoder.events import series
from eventcoder.events.dates import ResolvedDate, resolve_text
from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.reference_words import (
    BACKGROUND_PREPS,
    FOR_HEADS,
    LOOK_BACK_HEADS,
    ONGOING_HEADS,
    SITUATIONS,
    SPEECH_STANCE,
    STATUS,
    TALLY_WORDS,
    TO_HEADS,
    UNDERGONE,
)
from eventcoder.events.roles import Roles
from eventcoder.nlp.ents import sentence_ents
from eventcoder.records import Event, EventType

# acts that last or add up (force, restrictions): summaries and "continues to" refer to them
LASTING_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION})
TALLY_MIN = 100  # a cardinal this large in a present-perfect sentence is a tally
RECENT_DAYS = 14  # an own date this close to publication makes a noun news, not a reference
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Referral:
    """Why a candidate is a reference, and the referenced event's date when the text gives it."""

    why: str
    date: ResolvedDate | None = None


def judge(
    tok: Token,
    entry: TriggerEntry,
    roles: Roles,
    pub: date | None,
    resolved: ResolvedDate | None,
    agent_verbs: frozenset[str],
) -> Referral | None:
    """A Referral when the trigger names an earlier event rather than reports a new one."""
    if entry.pos == "NOUN":
        run = series.running(tok, entry.type) or series.held(tok)  # "during the protests"
        return Referral(run) if run else _noun(tok, roles, pub, agent_verbs)
    return _verb(tok, entry.type, pub, resolved)


def mark(ev: Event, ref: Referral | None) -> Event:
    """The event as a reference (its date the referenced one when known), or unchanged."""
    if ref is None:
        return ev
    if ref.date is None:
        return replace(ev, reference=True, reference_why=ref.why)
    d = ref.date
    return replace(
        ev,
        reference=True,
        reference_why=ref.why,
        reference_date=d.date,
        reference_date_precision=d.precision,
        date=d.date,
        date_precision=d.precision,
        date_text=d.text,
    )


# ---- nouns ----------------------------------------------------------------------------------
def _noun(
    tok: Token, roles: Roles, pub: date | None, agent_verbs: frozenset[str]
) -> Referral | None:
    own = own_date(tok, pub)
    past = (
        own is not None
        and pub is not None
        and own.date < pub - timedelta(days=RECENT_DAYS)
        and (own.precision == "day" or any(ch.isdigit() for ch in own.text) or "last" in own.text)
    )
    recent = own is not None and not past
    situation = tok.lemma_.lower() in SITUATIONS
    why = _noun_context(tok, situation, agent_verbs)
    if why is None:
        return None
    if why.startswith("object of") or past:
        return Referral(why, own if past else None)
    if recent or _own_place(tok):
        return None  # news with its own time or place ("Tuesday's strike in Odesa killed 12")
    return Referral(why)


def _noun_context(tok: Token, situation: bool, agent_verbs: frozenset[str]) -> str | None:
    """The cue that makes a noun trigger background, or None when it reports a happening."""
    cur = tok
    for _ in range(8):
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            return None
        if dep in {"conj", "appos", "compound", "amod", "nmod"}:
            cur = head
            continue
        if dep == "pobj":
            prep = head
            word = prep.lower_
            above = prep.head
            if word == "of":
                if above.lemma_.lower() in LOOK_BACK_HEADS:
                    return f"background: '{above.text} of'"
                # "after weeks of protests", "in response to a series of launches": a count
                # or phase of X is background where it is
                cur = above
                continue
            if word == "to":
                if above.lemma_.lower() in TO_HEADS or (
                    above.dep_ == "amod" and above.lemma_.lower() in TO_HEADS
                ):
                    return f"background: '{above.text} to'"
                cur = prep
                continue
            if word in {"for", "over"} and above.lemma_.lower() in SPEECH_STANCE:
                return f"object of '{above.text} {word}'"
            if word == "for" and above.lemma_.lower() in FOR_HEADS:
                return f"background: '{above.text} for'"
            if word == "during" and situation:
                return "background: 'during' an ongoing situation"
            if word in BACKGROUND_PREPS:
                return f"background: '{word}'"
            cur = prep
            continue
        if dep == "prep":
            cur = head
            continue
        if dep in {"dobj", "attr", "oprd", "dative"}:
            lemma = head.lemma_.lower()
            if lemma in SPEECH_STANCE:
                return f"object of '{head.text}'"
            prt = " ".join(c.lower_ for c in head.children if c.dep_ == "prt")  # "turn down"
            if lemma in UNDERGONE or f"{lemma} {prt}" in UNDERGONE:
                return f"background: object of '{head.text}'"
            if lemma in agent_verbs:
                return None  # "launched an invasion", "imposed sanctions": the act itself
            if lemma in ONGOING_HEADS and situation:
                return f"ongoing: object of '{head.text}'"
            return None
        if dep in {"nsubj", "nsubjpass"}:
            lemma = head.lemma_.lower()
            if lemma in STATUS and not (lemma in {"begin", "start"} and not situation):
                return f"status: subject of '{head.text}'"
            return None
        if dep == "poss":
            return f"background: possessor '{head.text}'"
        return None
    return None


def own_date(tok: Token, pub: date | None) -> ResolvedDate | None:
    """A date written inside the noun phrase: "the February 24 invasion", "last year's coup",
    "the 2020 ceasefire agreement", "the sanctions imposed in 2019"."""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    ents = [
        e
        for e in sentence_ents(tok.sent)
        if e.label_ == "DATE" and e.start >= lo and e.end - 1 <= hi and _hangs_from(e.root, tok)
    ]
    if len(ents) > 1:  # "the February 24, 2022 invasion": one date in two entities
        whole = resolve_text(tok.doc[ents[0].start : ents[-1].end].text, pub)
        if whole is not None:
            return whole
    for ent in ents:
        text = ent.text
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in {"in", "since", "during", "on", "of"}:
            text = f"{'in' if head.lower_ == 'of' else head.lower_} {ent.text}"
        found = resolve_text(text, pub)
        if found is not None:
            return found
    return None


def _hangs_from(t: Token, tok: Token) -> bool:
    """The date's head chain reaches the noun, through its modifiers and participles only."""
    cur = t
    for _ in range(5):
        if cur.i == tok.i:
            return True
        if cur.head.i == cur.i or cur.dep_ in {"relcl", "ccomp", "advcl"}:
            return False
        cur = cur.head
    return False


def _own_place(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ in PLACE_LABELS:
                    return True
    return False


# ---- verbs ----------------------------------------------------------------------------------
def _verb(
    tok: Token, etype: EventType, pub: date | None, resolved: ResolvedDate | None
) -> Referral | None:
    dated = resolved is not None and resolved.precision in {"day", "week"}
    if resolved is not None and pub is not None and resolved.date < pub - timedelta(days=366):
        dated = False  # an old date is the referenced event's, not news
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        prep = tok.head
        if prep.lower_ in {"for", "over"} and prep.head.lemma_.lower() in SPEECH_STANCE:
            return Referral(f"object of '{prep.head.text} {prep.lower_}'", _past(resolved, pub))
        if prep.lower_ in {"since", "after", "following"} and not dated:
            return Referral(f"background: '{prep.lower_}'", _past(resolved, pub))
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return Referral("background: 'since' clause", _past(resolved, pub))
    if dated:
        return None
    lasting = etype in LASTING_TYPES
    if lasting and tok.dep_ == "xcomp" and _ongoing_now(tok.head):
        return Referral(f"ongoing: '{tok.head.text} to'")
    if lasting and tok.dep_ != "relcl" and _present_perfect(tok) and _tally(tok):
        return Referral("present-perfect summary")
    return None


def _ongoing_now(head: Token) -> bool:
    """ "continues to shell", "keep detaining": a present-tense verb that keeps an act going."""
    return head.lemma_.lower() in ONGOING_HEADS and head.tag_ in {"VBZ", "VBP", "VBG"}


def _past(resolved: ResolvedDate | None, pub: date | None) -> ResolvedDate | None:
    if resolved is None or pub is None or resolved.date >= pub:
        return None
    return resolved


def _present_perfect(tok: Token) -> bool:
    return tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in tok.children
    )


def _tally(tok: Token) -> bool:
    """ "have imposed unprecedented sanctions", "has killed 1,670 people since ...": counts."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"since", "over", "throughout"}:
            return True
        if c.dep_ == "advmod" and c.lower_ in TALLY_WORDS:
            return True
        if c.dep_ in {"dobj", "nsubjpass"}:
            for t in c.subtree:
                if t.lower_ in TALLY_WORDS:
                    return True
                if t.like_num and _number(t.text) >= TALLY_MIN:
                    return True
    return False


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0
