"""A speaker's pleasure in an act he performs by saying so: "it is a pleasure to welcome the
Prime Minister", "it's wonderful to welcome each of you here". Unlike "it is important to
welcome refugees" (an evaluation, no act), the welcome happens as it is said (GUIDELINES §18:
welcoming people to a meeting is the meeting)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.modality_words import PERFORMATIVE

# what the speaker says of doing it: the attribute or adjective of "it is ... to"
PLEASURE = {
    "pleasure",
    "honor",
    "honour",
    "privilege",
    "delight",
    "joy",
    "wonderful",
    "great",
    "good",
    "nice",
    "terrific",
    "fantastic",
    "delightful",
}
# acts of receiving a visitor that the speaker performs in the saying, besides the speech acts
HOSTING = {"host", "receive", "meet", "join", "introduce"}


def pleasure_to(verb: Token, act: Token) -> bool:
    """`verb` ("is") has "it" as subject, a word of pleasure as its attribute or adjective, and
    `act` (its infinitive) is a speech act or a reception: "it's a real pleasure to welcome"."""
    if act.lemma_.lower() not in PERFORMATIVE | HOSTING:
        return False
    return any(c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in PLEASURE for c in verb.children)
