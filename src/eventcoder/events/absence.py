"""An event noun that only states an absence, with no one named: "no arrests nor charges were
reported", "there has been virtually no assistance to battle COVID". Nothing happened between
identifiable actors (GUIDELINES §1); "there would be no talks with Juba" and "Russia gave no
assistance" name a side and keep their (negated or refused) events, and "there will be no talks
on sovereignty", said by a leader, announces a refusal.
"""

from __future__ import annotations

from spacy.tokens import Token

NO_DETS = {"no"}
# where the noun stands as what exists or is reported, not the object of a doer's verb
ABSENT_DEPS = {"nsubj", "nsubjpass", "attr"}
# what is announced, not reported: "there would be no talks"
FUTURE_AUX = {"will", "would", "wo", "shall"}


def no_act(tok: Token, is_mention: set[int]) -> str | None:
    """A noun under "no" as the subject of a report or existence, with no actor in its phrase."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ABSENT_DEPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in NO_DETS for c in tok.children):
        return None
    if any(t.i in is_mention for t in tok.subtree):
        return None
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.head.children):
        return None
    return f"'no {tok.text}' with no actor named: an absence, no event between actors"
