"""Actors named in a speech act said beside the trigger's own act: "discussed the crisis and urged
Russia to withdraw", "provide relief as well as calling for an end to the war Russia wages". The
speech has its own addressee and content; the nearest-actor guess of the trigger's recipient
(sides.fallback_target) must not take them, since a clause coordinated with the trigger's
that says something to or about an actor names the side of that saying, not of the trigger's
act (GUIDELINES §4: the sides are those of the act itself)."""

from __future__ import annotations

from spacy.tokens import Token

# verbs that ask something of an actor or judge it: what their complement names is their own
# addressee or the judged actor ("urged Russia to withdraw", "condemned Russia's war"); a verb of
# reporting ("said", "added", "reaffirmed") often restates the trigger's own affair, and is left out
SPEECH_VERBS = {
    "urge",
    "call",
    "ask",
    "press",
    "demand",
    "encourage",
    "warn",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "thank",
    "praise",
    "commend",
}
# edges from a verb to the words that say what it says or to whom
COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "advcl"}
# the trigger's own content, which makes a following conjunct's words not a shared one
OWN_CONTENT_DEPS = {"dobj", "ccomp", "xcomp", "attr"}


def said_beside(root: Token, tok: Token) -> bool:
    """Is the actor at ``root`` inside the complement of a verb of asking or judging coordinated with the
    trigger's own clause (or one governing it), while the trigger has content of its own? (With
    none, "condemned and sanctioned Russia", the object is shared.)"""
    if tok.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in OWN_CONTENT_DEPS for c in tok.children):
        return False
    prev = root
    for a in root.ancestors:
        if a.i == tok.i or a.is_ancestor(tok):
            return False
        if a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in SPEECH_VERBS:
            return prev.dep_ in COMPLEMENT_DEPS and (a.head.i == tok.i or a.head.is_ancestor(tok))
        prev = a
    return False
