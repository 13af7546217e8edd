"""A trigger noun that is only the label a speaker gives something ("Biden denied the
allegations, labeled them as Russian disinformation", "described the vote as an assault on
democracy"): the label names what the speaker calls a thing, it reports no act of its own
(GUIDELINES §2, a word outside its event sense)."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.events.political_words import NAMING_VERBS

# verbs that name or describe their object "as" something
LABELLING_VERBS = NAMING_VERBS | {"describe", "characterize", "characterise", "portray"}
LABELLING_VERBS |= {"dismiss", "depict", "paint", "denounce"}


def label(tok: Token) -> str | None:
    """The trigger noun is the object of "as" after a verb of naming: "labeled them as Russian
    disinformation", "dismissed the report as propaganda"."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LABELLING_VERBS:
        return None
    return f"what '{verb.text} ... as' calls something ({tok.text!r}): a label, no act"
