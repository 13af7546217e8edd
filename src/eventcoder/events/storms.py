"""Names of storms and quakes: "Typhoon Haiyan", "Hurricane Dorian", and a later bare "Dorian" in
the same story. A disaster is no actor (GUIDELINES §1): what it does, and an emergency declared
against it, is no event of one political actor on another."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventcoder.events.political_words import FIRE, HAZARD

HAZARD_NAMES_KEY = "eventcoder.hazard_names"


def named_hazard(tok: Token) -> bool:
    """ "Typhoon Haiyan", "Hurricane Maria": a name whose title word is a kind of disaster."""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in HAZARD - FIRE for c in tok.children
    )


def hazard_names(doc: Doc) -> frozenset[str]:
    """The names the document gives storms and quakes ("Hurricane Dorian" -> "dorian"), so that
    a later bare "Dorian" is known as the storm (computed once per document)."""
    found = doc.user_data.get(HAZARD_NAMES_KEY)
    if found is None:
        found = frozenset(t.lower_ for t in doc if named_hazard(t))
        doc.user_data[HAZARD_NAMES_KEY] = found
    return found
