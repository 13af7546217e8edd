"""One event told twice in a sentence: keep one report of it.

`filters.dedupe` merges reports with the same type, sides and modality. The checks here merge
reports that the parse shows to be one act even where their sides or modality came out apart:

- an undertaking and what it undertakes ("agreed to impose an arms embargo", "vowed to
  strengthen the alliance"): GUIDELINES §2 codes one of the two, §15 says which;
- a participle that tells the result of an act of its own type ("struck the embassy, killing
  three people"), and a noun of the act's type in a phrase of the verb that tells it ("arrived
  in Beijing for the first visit", "met for their trilateral summit").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.drops import Drop, DropRule, Filtered
from eventcoder.events.triggers import Trigger
from eventcoder.records import ActorRef, Event, EventType, Modality

# undertakings that decide what they are to (GUIDELINES §15); pledges, vows, promises and offers
# are to come whatever modality their content was given
DECIDING = {"agree", "decide", "resolve"}
# the links from an undertaking to what it undertakes: "agreed to impose an embargo and freeze",
# "committed to trilateral cooperation", "the pledge to provide $2 billion"
UNDERTAKEN_DEPS = {"xcomp", "dobj", "conj", "pobj", "pcomp", "acl", "prep"}


def _undertaking_of(tok: Token, agree_at: dict[int, Event]) -> Event | None:
    """The AGREE whose content the trigger is, climbing at most four links of "to" and its
    infinitive ("pledged to help rebuild"), or None."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or not (cur.dep_ in UNDERTAKEN_DEPS or _infinitive(cur)):
            return None  # "vowed on Monday to strengthen": an infinitive parsed as an adverbial
        if cur.dep_ == "prep" and cur.lower_ != "to":
            return None
        if cur.dep_ == "conj" and cur.head.i in agree_at:
            return None  # "accepted the offer and spoke by phone": a second act, not content
        cur = cur.head
        if cur.i in agree_at:
            return agree_at[cur.i]
    return None


def merge_undertakings(events: list[Event], triggers: list[Trigger]) -> Filtered:
    """ "agreed to impose an arms embargo", "pledged to deepen cooperation": an undertaking and
    what it undertakes, by the same doers, are one event (GUIDELINES §2, §15). What is already
    decided (asserted: "EU leaders agreed to ban the airlines") is coded as itself and the AGREE
    goes; what is pledged, vowed or offered ("vowed to strengthen the alliance") stays the AGREE."""
    tok_of = {t.token.idx: t.token for t in triggers}
    agree_at = {
        tok_of[ev.trigger.start].i: ev
        for ev in events
        if ev.type is EventType.AGREE and ev.target and ev.trigger.start in tok_of
    }
    if not agree_at:
        return events, []
    held: dict[int, Event] = {}  # id of an undertaken event -> its undertaking
    for ev in events:
        tok = tok_of.get(ev.trigger.start)
        if ev.type is EventType.AGREE or tok is None:
            continue
        u = _undertaking_of(tok, agree_at)
        if u is not None and ev.source and _countries(ev.source) <= _countries(u.source):
            held[id(ev)] = u
    decided = {
        id(held[id(ev)])
        for ev in events
        if id(ev) in held
        and ev.modality is Modality.ASSERTED
        and tok_of[held[id(ev)].trigger.start].lemma_.lower() in DECIDING
    }
    keep, drops = [], []
    for ev in events:
        u = held.get(id(ev))
        if id(ev) in decided:
            why = "an agreement to acts coded as decided (GUIDELINES §15)"
            drops.append(Drop(DropRule.CONTENT, ev.trigger.start, None, why))
        elif u is not None and id(u) not in decided:
            why = "what the undertaking is to, still to come: one AGREE"
            drops.append(Drop(DropRule.CONTENT, ev.trigger.start, u.trigger.start, why))
        else:
            keep.append(ev)
    return keep, drops


# prepositions whose noun of the verb's own type is that act again ("met for their summit",
# "arrived in Beijing for a visit", "will meet them during her visit")
SAME_ACT_PREPS = {"for", "in", "at", "during", "on"}


def merge_reports(events: list[Event], triggers: list[Trigger]) -> Filtered:
    """ "NATO missiles struck the embassy, killing three people", "Abe arrived in Beijing for the
    first official visit": a participle of result, or a noun in a phrase of the verb, that names
    an act of the verb's own type reports the verb's event again, whatever sides or modality it
    was given; the verb's report stays."""
    tok_of = {t.token.idx: t.token for t in triggers}
    by_tok = {tok_of[ev.trigger.start].i: ev for ev in events if ev.trigger.start in tok_of}
    keep, drops = [], []
    for ev in events:
        tok = tok_of.get(ev.trigger.start)
        verb = _reported_by(tok, ev.type) if tok is not None else None
        other = by_tok.get(verb.i) if verb is not None else None
        if verb is not None and other is not None and other is not ev and other.type is ev.type:
            why = f"the act of {verb.text!r} told again"
            drops.append(Drop(DropRule.DUPLICATE, ev.trigger.start, other.trigger.start, why))
        else:
            keep.append(ev)
    return keep, drops


def _reported_by(tok: Token, type_: EventType) -> Token | None:
    """The verb whose act a trigger tells again: the attack whose toll a participle tells
    ("killing three"), or the verb of a prepositional phrase the trigger noun ends ("for the
    first visit"). Other participles may be acts of their own ("working with us, working with
    Israel")."""
    head = tok.head
    if head.i == tok.i:
        return None
    if (
        type_ is EventType.ASSAULT
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and head.pos_ == "VERB"
        and not any(c.dep_ == "mark" for c in tok.children)
    ):
        return head
    if (
        tok.dep_ == "pobj"
        and tok.pos_ == "NOUN"
        and head.dep_ == "prep"
        and head.lower_ in SAME_ACT_PREPS
        and head.head.pos_ == "VERB"
    ):
        return head.head
    return None


def _infinitive(tok: Token) -> bool:
    """An adverbial infinitive ("to strengthen")."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _countries(actors: tuple[ActorRef, ...]) -> frozenset[str | None]:
    return frozenset(a.country for a in actors)
