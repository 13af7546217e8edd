"""Whose "its" or "their" is on the object of a doing verb: "the army would continue its
offensive" is the army's own offensive (roles.noun_roles asks this of a noun event's possessor);
and whose official a possessed title is ("its president", sides.fill asks)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventcoder.actors.records import ActorInfo, Rule, because
from eventcoder.events.role_words import (
    OBSERVER_VERBS,
    OWNER_PRONOUNS,
    REPORT_VERBS,
    UNDERGO_VERBS,
)
from eventcoder.events.scene import Scene
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


def owned_official(scene: Scene, span: Span, info: ActorInfo) -> ActorInfo | None:
    """ "Russia escalated, with its president warning ...", "Iran's foreign minister": an
    official the publisher's voice placed only because no country was named with the title is
    the official of whoever the possessive names (the publisher's own when it says "our")."""
    if info.how.rule is not Rule.PUBLISHER or info.how.args[0].rule is Rule.UNNAMED_AUTHORITIES:
        return None
    for c in span.root.children:
        owner = scene.mention_at.get(c.i) if c.dep_ == "poss" else None
        country = owner._.actors[0].country if owner is not None else None
        if country and country != info.country:
            how = because(Rule.POSSESSOR, info.how.args[0], c.text, country)
            return replace(info, country=country, how=how)
    return None
