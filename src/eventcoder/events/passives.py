"""Acts told in the simple present passive with no doer or time: "their identity and their
rights are either suppressed or not encouraged". The simple present tells what happens as a rule
(GUIDELINES §1: generic or habitual statements are no event); with no doer named ("by ..."), no
number and no name in its subject and no time of its own, nothing ties the clause to a particular
act. A passive told with a doer, a number, a date or a progressive ("are being held") is left to
the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.habits import ANCHOR_ADVS, TIME_ENTS
from eventcoder.events.role_words import PRESENT_TAGS

# names in a subject that make it particular people ("Ukrainian children", "Navalny's allies")
NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC", "EVENT", "LAW"})


def present_passive(tok: Token) -> str | None:
    """ "their identity and their rights are either suppressed": a verb in the simple present
    passive with no doer ("by ..."), no number in its subject and no time of its own."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return None
    kids = list(tok.children)
    passives = [c for c in kids if c.dep_ == "auxpass"]
    if len(passives) != 1 or passives[0].tag_ not in PRESENT_TAGS:
        return None  # "are being held", "has been detained", "was arrested": a told act
    if any(c.dep_ in {"aux", "agent", "mark", "neg"} for c in kids):
        return None  # a modal, a doer, a condition or content ("if they are arrested")
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ in {"PROPN", "PRON"}:
        return None  # "they are detained", "Navalny is held": particular people
    if any(t.dep_ == "nummod" or t.ent_type_ in NAMED for t in subj.subtree):
        return None  # "two journalists are detained", "Ukrainian children are deported"
    if any(t.ent_type_ in TIME_ENTS or t.lower_ in ANCHOR_ADVS for t in tok.subtree):
        return None  # "are detained every day", "are held today": a time of its own
    return (
        f"told in the present passive with no doer or time ({tok.text!r}): what happens as a rule"
    )
