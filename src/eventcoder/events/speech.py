"""Threats told as what will befall another actor: a speaker says that X "would face
consequences", "will pay a heavy price", "would be held responsible" or "will bear the
consequences". The speaker is the threatener (the doer) and the subject of the consequence verb
is the one threatened (the target); the consequence clause itself is no event of X's. Said of an
act, the threat falls on its doer ("further Russian escalation would be met with severe costs");
said as what there will be, on the one the consequences are for, or who is supposed in the
condition ("there will be massive consequences if Russia invades")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventcoder.events.role_words import PASS_SUBJ, SUBJ
from eventcoder.events.subjects import expand, subject_of

if TYPE_CHECKING:
    from eventcoder.events.roles import Roles

# the speaker says it of someone else: the consequence falls on neither "we" nor "us"
SELF_WORDS = {"i", "we", "us", "me", "ourselves"}
# edges from the consequence clause up to the verb of saying ("made it clear that", "said";
# "made clear that" parses the clause as the subject of "clear")
UP_DEPS = {"ccomp", "conj", "acomp", "parataxis", "csubj"}
# "we have been clear that X will pay": "be" says it only with one of these
PLAIN = {"clear", "plain", "explicit", "unequivocal", "firm"}
WILL = {"will", "would", "shall", "'ll"}
# "consequences for Russia", "costs to Moscow", "a price on the regime"
FOR_PREPS = {"for", "to", "on"}
CONDITION_MARKS = {"if", "unless", "should"}


def speaker_verb(tok: Token) -> Token | None:
    """The verb of saying the consequence clause hangs from: its head, past an adjective
    ("made it clear that X would pay") or a coordinated clause."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in UP_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ != "conj":
            if cur.lemma_.lower() == "be" and not any(
                c.dep_ == "acomp" and c.lower_ in PLAIN for c in cur.children
            ):
                return None  # "the risk is that X will pay": no one says it
            return cur
    return None


def speaker_roles(tok: Token, roles: Roles) -> Roles:
    """Doer: the subject of the verb of saying; target: the one the consequence befalls (the
    subject of "face", "pay", "bear", or of the passive "be held"). Left empty where either is
    missing or the consequence falls on the speaker's own side ("we would pay a higher cost")."""
    said = speaker_verb(tok.head if tok.pos_ == "NOUN" else tok)
    if said is None:
        return roles
    befalls = _befalls(tok)
    if not befalls or befalls[0].lower_ in SELF_WORDS:
        return roles
    doer, how = subject_of(said)
    if doer is None:
        return roles
    roles.source = expand(doer)
    roles.how.append(f"source: {how} of '{said.text}', who says it will befall another")
    roles.target = expand(befalls[0])
    roles.how.append(f"target: whom the consequence befalls ('{befalls[0].text}')")
    roles.governor = said
    return roles


def _befalls(tok: Token) -> list[Token]:
    """Whom the consequence befalls: the subject of "face", "pay", "be met with"; for "there will
    be consequences", the "for" phrase, else the subject of the condition ("if Russia invades",
    "should Putin choose to")."""
    if tok.pos_ != "NOUN":
        return [c for c in tok.children if c.dep_ in SUBJ | PASS_SUBJ]
    verb = tok.head
    if not (
        tok.dep_ in {"attr", "nsubj"}
        and any(c.dep_ == "expl" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children)
    ):
        return []  # only "there will be" (or "would be") consequences
    named = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in FOR_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if named:
        return named
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "aux"}}
        if marks & CONDITION_MARKS or clause.left_edge.lower_ in CONDITION_MARKS:
            return [c for c in clause.children if c.dep_ in SUBJ]
    return []
