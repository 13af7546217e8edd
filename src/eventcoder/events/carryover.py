"""The doer a sentence leaves unsaid and the sentence before names: "The House has impeached two
other presidents. Bill Clinton was impeached in 1998" — the passive repeats the verb whose
subject the previous sentence gave."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.scene import Scene
from eventcoder.events.sides import Side

SUBJECT_DEPS = {"nsubj"}


def carried_doer(scene: Scene, tok: Token) -> list[Side]:
    """For an agentless passive, the subject mention of the same verb, active, in the previous
    sentence (or earlier in the same one), when that subject has a country."""
    doc = scene.doc
    first = tok.sent.start
    lo = doc[first - 1].sent.start if first else first
    lemma = tok.lemma_.lower()
    for verb in reversed(doc[lo : tok.i]):
        if verb.lemma_.lower() != lemma or verb.pos_ != "VERB":
            continue
        for c in verb.children:
            if c.dep_ not in SUBJECT_DEPS or c.i not in scene.mention_at:
                continue
            span = scene.mention_at[c.i]
            found = [(span, i) for i in span._.actors if i.country]
            if found:
                return found
    return []
