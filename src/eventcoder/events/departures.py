"""Resignations told only as the time or the background of another event: "Pierluisi was sworn
in following Rossello's resignation", "two weeks after Najibullah resigned, the factions agreed
to form a government", "when Mfume announced his resignation, Cummings joined the race",
"Volker's resignation was the first since details emerged".

Resigning is coded only where it yields to someone (GUIDELINES §2 'resigning for no one is not
coded'); a resignation that only dates or frames the sentence's own news names no one it yields
to and is at most a reference to a leaving already reported (§7). A resignation that is the
clause's own news ("Mugabe resigned on Tuesday as parliament began impeachment") keeps its event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.records import Event, EventType

# prepositions and conjunctions that make a clause or a noun the time of another event
FRAME_WORDS = {"following", "after", "since", "before", "upon", "until", "when", "once"}
FRAME_MARK_DEPS = {"mark", "advmod"}
RESIGN_MODE = "resign"


def _noun_frame(tok: Token) -> str | None:
    """ "sworn in following Rossello's resignation": the resignation noun as the object of a
    preposition of time hung on another verb; "Volker's resignation was the first since ...":
    the resignation as the subject of a copula, described rather than reported."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in FRAME_WORDS:
        return head.text  # (the parser may read "following" as a verb: no test of its tag)
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and head.pos_ == "AUX":
        return head.text
    return None


def _clause_frame(verb: Token) -> str | None:
    """ "two weeks after Najibullah resigned", "when Mfume announced his resignation": the
    resignation's clause is a clause of time of the sentence's main event."""
    if verb.dep_ != "advcl":
        return None
    for c in verb.children:
        if c.dep_ in FRAME_MARK_DEPS and c.lower_ in FRAME_WORDS:
            return c.text
    return None


def background_resignation(ev: Event, tok: Token) -> str | None:
    """A resignation that only frames or dates another event: background, yielding to no one."""
    if ev.type is not EventType.RETREAT or ev.mode != RESIGN_MODE:
        return None
    why = None
    if tok.pos_ == "NOUN":
        why = _noun_frame(tok)
        if why is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            why = _clause_frame(tok.head)  # "when he announced his resignation"
    elif tok.pos_ == "VERB":
        why = _clause_frame(tok)
    if why is None:
        return None
    return f"a resignation told as the time or background of another event ({why!r}): no one it yields to"
