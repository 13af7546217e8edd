"""A speaker's pleasure in an act he performs by saying so: "it is a pleasure to welcome the
Prime Minister", "it's wonderful to welcome each of you here". Unlike "it is important to
welcome refugees" (an evaluation, no act), the welcome happens as it is said (GUIDELINES §18:
welcoming people to a meeting is the meeting)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.actors.courtesy import pleasure_of
from eventcoder.events.modality_words import PERFORMATIVE

# acts of receiving a visitor that the speaker performs in the saying, besides the speech acts
HOSTING = {"host", "receive", "meet", "join", "introduce"}


def pleasure_to(verb: Token, act: Token) -> bool:
    """`verb` ("is") has "it" as subject, a word of pleasure as its attribute or adjective, and
    `act` (its infinitive) is a speech act or a reception: "it's a real pleasure to welcome"."""
    if act.lemma_.lower() not in PERFORMATIVE | HOSTING and not _here(act):
        return False
    return pleasure_of(verb)


def _here(act: Token) -> bool:
    """ "to be here (with the minister)": the speaker's presence, the visit itself."""
    return act.lemma_ == "be" and any(
        c.dep_ == "advmod" and c.lower_ == "here" for c in act.children
    )
