"""Actors named in a speech act said beside the trigger's own act: "discussed the crisis and urged
Russia to withdraw", "provide relief as well as calling for an end to the war Russia wages". The
speech has its own addressee and content; the nearest-actor guess of the trigger's recipient
(sides.fallback_target) must not take them, since a clause coordinated with the trigger's
that says something to or about an actor names the side of that saying, not of the trigger's
act (GUIDELINES §4: the sides are those of the act itself)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.unclaimed import unclaimed_place
from eventcoder.records import EventType

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


def outside_act(root: Token, tok: Token, type_: EventType) -> bool:
    """Does the actor at ``root`` stand outside the trigger's act: named in a coordinated appeal
    (said_beside), the place of an unclaimed attack it condemns (unclaimed_place), or the
    speaker talking about it (speaker_over; not for talks, where the speaker thanking a host or
    recalling a meeting is mostly a party: "thank X for hosting")?"""
    if said_beside(root, tok):
        return True
    if type_ is EventType.ACCUSE and unclaimed_place(root, tok):
        return True  # "condemns the bombing in Istanbul": where it happened, not who did it
    return type_ is not EventType.CONSULT and speaker_over(root, tok)


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


# the speaker as subject ("we", "I"): a release's or a quoted official's own voice
FIRST_PERSON_SUBJECTS = {"we", "i"}


def speaker_over(root: Token, tok: Token) -> bool:
    """ "We appreciate the DRC's commitment to ...", "we call on the groups to take part in the UN
    consultations", "we join Lithuania in calling for ...": the speaker whose own clause holds the
    trigger says something about the act or joins it; it is not the act's guessed recipient. (A
    clause of its own coordinated on the way, "we offered talks and yet the DPRK declined our
    invitation", is another doer's act aimed at the speaker.)"""
    if root.lower_ not in FIRST_PERSON_SUBJECTS or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.i == tok.i or not verb.is_ancestor(tok):
        return False
    cur = tok
    while cur.i != verb.i:
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children)
        if cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"} and own_subject:
            return False
        cur = cur.head
    return True
