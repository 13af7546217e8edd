"""Agreeing as sharing a view: "we would all agree it is a disaster", "he agrees with the
President", "we agreed regarding the relationship with Russia", "both sides agreed on the
importance of X".

AGREE is an undertaking toward another side (GUIDELINES §2: "agreed to", "pledged"); a speaker
who finds the same as someone else commits to nothing (§1: statements of opinion, CAMEO 01).
The cues are syntactic: what is agreed is a copular clause (a judgement), or the verb is a
present-tense "agree with" someone, or its only complement is what the view is about. An
agreement to or on an act ("agreed to a ceasefire", "agreed on a new deal") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.role_words import PRESENT_TAGS
from eventcoder.records import EventType

AGREE_VERBS = frozenset({"agree", "concur"})
# what an undertaking is to: "agreed to hold talks", "agreed on a truce", "agreed a deal"
DEAL_PREPS = frozenset({"to", "on", "upon"})
DEAL_DEPS = frozenset({"xcomp", "dobj"})
# what a view is about: "agreed regarding the relationship", "agree about the threat"
ABOUT_PREPS = frozenset({"regarding", "about", "concerning"})
VIEW_MODALS = frozenset({"would", "'d"})  # "we would all agree": a judgement, no undertaking
# what is agreed on is a judgement, not an act: "agreed on the importance of X", "agree on the
# need to hold Russia accountable" (the need is content, §10; the sides share a view of it)
VIEW_NOUNS = frozenset(
    {"importance", "need", "necessity", "significance", "value", "urgency", "centrality"}
)


def shared_view(tok: Token, entry: TriggerEntry) -> str | None:
    """Why an AGREE verb only shares a view, or None when it may be an undertaking."""
    if entry.type is not EventType.AGREE or tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() not in AGREE_VERBS:
        return None
    kids = list(tok.children)
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in DEAL_PREPS | ABOUT_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in VIEW_NOUNS:
                    return f"agreeing on {p.text!r}: a shared view, no undertaking"
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    if preps & DEAL_PREPS or any(c.dep_ in DEAL_DEPS for c in kids):
        return None
    for c in kids:
        if c.dep_ == "ccomp" and c.lemma_ == "be" and not _modal(c):
            return f"agreeing that something is so ('{tok.text} ... {c.text}'): a view"
    if preps & ABOUT_PREPS:
        return f"agreeing about a matter ({sorted(preps & ABOUT_PREPS)[0]!r}): a view"
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    present = tok.tag_ in PRESENT_TAGS and not aux
    if "with" in preps and (present or aux & VIEW_MODALS):
        return f"'{tok.text} with' someone in the present: sharing a view"
    return None


def _modal(verb: Token) -> bool:
    """ "agreed that the talks should be held": a clause with a modal is what is to be done."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
