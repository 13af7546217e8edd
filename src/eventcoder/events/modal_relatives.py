"""Modality an event noun takes from a relative clause on it: "sanctions that can be imposed" are
supposed, "the talks that will be held" are to come, "the atrocities it is committing" are done.
A clause whose verb is an act of its own on the noun's event ("a conversation that we'll support")
gives the noun nothing: its modal is the supporter's."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.modality_words import CARRY_OUT, FUTURE_AUX, HYPO_AUX, STANCE_VERBS
from eventcoder.records import Modality

Cue = tuple[Modality, str]
RELATIVE_TAGS = {"WDT", "WP", "WP$"}
FINITE = {"VBD", "VBZ", "VBP"}


def _own_subject(clause: Token) -> Token | None:
    """The clause's subject when it is not the relative word itself ("that we'll support")."""
    return next(
        (
            c
            for c in clause.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in RELATIVE_TAGS
        ),
        None,
    )


def _stance_on(clause: Token) -> bool:
    """ "a conversation that we'll support": the clause's verb is its subject's own act on the
    noun's event, so its modal dates that act, not the event."""
    return clause.lemma_.lower() in STANCE_VERBS and _own_subject(clause) is not None


def _done_by(clause: Token) -> bool:
    """ "the atrocities it is committing", "the strikes Moscow carried out": a present or past
    clause that says its subject carries out the noun's act (no modal, no negation)."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in CARRY_OUT:
        return False
    if _own_subject(clause) is None:
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in clause.children) or any(a.tag_ == "MD" for a in auxes):
        return False
    return clause.tag_ in FINITE or any(a.tag_ in FINITE for a in auxes)


def relative_cue(noun: Token, is_trigger: bool) -> Cue | None:
    """The cue of a relative or infinitive clause on an event noun, or None."""
    for c in noun.children:
        if c.dep_ not in {"relcl", "acl"} or _stance_on(c):
            continue
        if is_trigger and _done_by(c):
            return Modality.ASSERTED, f"'{noun.text} ... {c.text}': said to be done"
        for cc in c.children:
            if cc.dep_ == "aux" and cc.lower_ in HYPO_AUX:
                return Modality.HYPOTHETICAL, f"modal {cc.text!r} in a clause on it"
            if cc.dep_ == "aux" and cc.lower_ in FUTURE_AUX:
                return Modality.FUTURE, f"auxiliary {cc.text!r} in a clause on it"
    return None
