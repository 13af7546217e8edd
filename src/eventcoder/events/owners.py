"""Whose "its" or "their" is on the object of a doing verb: "the army would continue its
offensive" is the army's own offensive (roles.noun_roles asks this of a noun event's possessor)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.role_words import (
    OBSERVER_VERBS,
    OWNER_PRONOUNS,
    REPORT_VERBS,
    UNDERGO_VERBS,
)
from eventcoder.events.subjects import subject_of


def owner_of_pronoun(poss: Token, gov: Token | None) -> Token | None:
    """ "the army would continue its offensive", "the rebels ended their blockade": "its" or
    "their" on the object of a doing verb is the verb's own subject when nothing else it could
    stand for comes between ("called on Nicaragua to end its crackdown" is Nicaragua's, left to
    the pronoun's own reading), when the subject agrees in number and is no person or pronoun,
    and never for verbs whose subject judges or undergoes the event ("condemned its offensive")."""
    if poss.lower_ not in OWNER_PRONOUNS or gov is None:
        return None
    if gov.lemma_.lower() in OBSERVER_VERBS | UNDERGO_VERBS | REPORT_VERBS:
        return None
    subj, how = subject_of(gov)
    if subj is None or how != "subject" or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if subj.ent_type_ == "PERSON" or subj.i > poss.i:
        return None
    plural = subj.tag_ in {"NNS", "NNPS"} or bool(subj.conjuncts)
    if plural != (poss.lower_ == "their"):
        return None
    doc = poss.doc
    between = doc[subj.right_edge.i + 1 : poss.i]
    if any(
        t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"dobj", "pobj", "poss", "dative"}
        for t in between
    ):
        return None
    return subj
