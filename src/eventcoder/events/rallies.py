"""Rallies of an election campaign: "Trump railed against the rioters during his first campaign
rally ... The rally did not require face masks", "Tikhanovskaya, an opposition candidate, held a
rally in Minsk ... The rally started around 18:00".

A rally a candidate holds for the race is campaigning (GUIDELINES §11 "campaign rallies and
debates ... are not events", §16), not a protest against anyone. A rally the text gives a cause
of its own ("a rally against the war", "organized by the strikers") stays a protest, and so do
rallies in a story that names no campaign rally.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventcoder.events.candidates import RACE_TITLES, is_runner, runners
from eventcoder.events.occasions import RALLY_LEMMAS, rally_cause
from eventcoder.records import Event, EventType

CAMPAIGN_WORDS = {"campaign", "election", "electoral", "reelection", "re-election"}
HOLD_VERBS = {"hold", "stage", "host", "headline", "address"}
# "the rally", "his rally", "that rally": a rally told of again
BACK_DETS = {"the", "that", "this", "his", "her", "their"}


def _campaign_rally(t: Token, surnames: frozenset[str]) -> bool:
    """A rally the text ties to a race: "a campaign rally", "Trump's Tulsa rally" or "X held a
    rally", where X is one the document titles as a candidate."""
    if t.lemma_.lower() not in RALLY_LEMMAS or t.pos_ != "NOUN":
        return False
    kids = list(t.children)
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CAMPAIGN_WORDS for c in kids):
        return True
    holders = [c for c in kids if c.dep_ == "poss"]
    if t.dep_ == "dobj" and t.head.lemma_.lower() in HOLD_VERBS:
        holders += [c for c in t.head.children if c.dep_ == "nsubj"]
    # the holder titled in the sentence itself: "Tsikhanouskaya, an opposition candidate, held"
    return any(
        is_runner(h.text, surnames)
        or any(c.dep_ == "appos" and c.lemma_.lower() in RACE_TITLES for c in h.children)
        for h in holders
    )


def campaign_rally_word(t: Token, surnames: frozenset[str]) -> bool:
    """Is this word a rally the text ties to a race? (campaigns.said_at_campaign_rally)"""
    return _campaign_rally(t, surnames)


def _first_campaign_rally(doc: Doc) -> int | None:
    surnames = runners(doc)
    for t in doc:
        if _campaign_rally(t, surnames):
            return t.i
    return None


def campaign_rally(ev: Event, tok: Token) -> str | None:
    """A PROTEST on a rally that is, or tells again of, a campaign rally of the document."""
    if ev.type is not EventType.PROTEST or tok.lemma_.lower() not in RALLY_LEMMAS:
        return None
    if tok.pos_ != "NOUN" or rally_cause(tok):
        return None
    first = _first_campaign_rally(tok.doc)
    if first is None or first > tok.i:
        return None
    if first != tok.i and not any(
        c.dep_ in {"det", "poss"} and c.lower_ in BACK_DETS for c in tok.children
    ):
        return None  # "a rally" later on may be another one
    return "a rally of an election campaign: campaigning, no protest against anyone"
