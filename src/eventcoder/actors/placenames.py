"""A surname that heads a place's name is no person: "the Horn of Africa" is a region, not Gyula
Horn; "the Gulf of Aden", "the Cape of Good Hope" likewise. The parser's place label alone would
not do (labels are hints): the word must also open an "X of Y" name with a proper noun after
"of", inside a place entity longer than the word ("Prime Minister Johnson of Britain" keeps
its person, the small model labels only "Britain" a place)."""

from __future__ import annotations

from spacy.tokens import Token

PLACE_LABELS = {"LOC", "FAC"}


def heads_place_name(tok: Token) -> bool:
    """True for the first noun of "X of Y" inside a longer place entity."""
    doc = tok.doc
    if tok.ent_type_ not in PLACE_LABELS or tok.i + 2 >= len(doc):
        return False
    of, name = doc[tok.i + 1], doc[tok.i + 2]
    if of.lower_ != "of" or of.ent_type_ != tok.ent_type_ or name.pos_ != "PROPN":
        return False
    return name.ent_type_ == tok.ent_type_
