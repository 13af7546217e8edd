"""Acts named only as what someone judges, reports or investigates: "we reiterate our condemnation
of terrorist attacks in India", "we express concern at reports of kidnappings", "assisting the
government with the investigation into the assassination of the president".

The parser hangs such an act noun under the noun of comment, and that under the commenter's verb,
so the verb's subject reads as the act's doer. Who condemns, reports or investigates an attack
stands outside it (GUIDELINES §1, §4 'Attacks': the perpetrator is the source only when named);
an attack named with a doer of its own ("our condemnation of Russia's attacks", "reports of
attacks by the militia", "concern at Russian strikes") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.process import actor_root
from eventcoder.records import Event, EventType

# acts whose doer the guidelines ask to be named, not supplied (§4 'Attacks', §11, §16)
FORCE_TYPES = {EventType.ASSAULT, EventType.COERCE}
# nouns of judging, feeling, reporting or looking into an act: their owner comments on the act
COMMENT_NOUNS = {
    "condemnation",
    "denunciation",
    "concern",
    "outrage",
    "alarm",
    "dismay",
    "shock",
    "sorrow",
    "grief",
    "sympathy",
    "condolence",
    "report",
    "account",
    "news",
    "investigation",
    "inquiry",
    "probe",
}
# the edges by which an act noun hangs from the noun that comments on it
CLIMB_DEPS = {"pobj", "prep", "conj", "appos", "compound", "dobj"}


def _comment_noun(tok: Token) -> Token | None:
    """The noun of comment the act noun hangs from ("condemnation of attacks", "concern at
    reports of kidnappings"), climbing prepositions and lists up to the clause's verb."""
    cur = tok
    for _ in range(8):
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return None
        came_by = cur
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return _comment_object(cur) if came_by.dep_ == "prep" else None
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in COMMENT_NOUNS:
            return cur
    return None


def _comment_object(verb: Token) -> Token | None:
    """ "offered condolences on the murder", "expressed concern over the arrests": the parser
    hangs what the comment is about on the verb whose object is the noun of comment."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in COMMENT_NOUNS:
            return c
    return None


def _commenter(root: Token, comment: Token) -> bool:
    """The side stands where the one who comments does: outside the noun of comment ("we
    reiterate our condemnation"), or as its owner ("our condemnation"), not among what the
    comment is about ("concern over detentions of journalists within Afghanistan")."""
    if root.dep_ == "poss" and root.head.i == comment.i:
        return True
    return root.i != comment.i and not comment.is_ancestor(root)


def judged_act(ev: Event, tok: Token) -> str | None:
    """ "our condemnation of terrorist attacks in India": an attack or arrest named as what a
    condemnation, a report or an investigation is about, with no doer inside its own phrase; the
    side the coder took for its doer is the commenter's, outside the act."""
    if ev.type not in FORCE_TYPES or not ev.source or tok.pos_ != "NOUN":
        return None
    comment = _comment_noun(tok)
    if comment is None:
        return None
    for actor in ev.source:
        root = actor_root(tok, actor)
        if root is None or tok.is_ancestor(root) or not _commenter(root, comment):
            return None  # "attacks by the militia", "Russia's strikes": the act names its doer
    return (
        f"the act is what {comment.text!r} is about, its doer unnamed: whoever comments on it"
        " does not do it"
    )
