"""A surname that opens an "X of Y" place name inside a place entity is no person ("the Horn of
Africa"); a surname with "of" and a country outside such an entity stays one. Hand-parsed
sentences, blank pipeline, real dictionary."""

from __future__ import annotations

from datetime import date

from tests.handmade import parsed


def _mentions(matcher, nlp, rows, ents):
    doc = parsed(rows, ents, vocab=nlp.vocab)
    doc._.pub_date = date(2022, 3, 1)
    return [(m.text, m._.actors[0].country) for m in matcher(doc).spans["actors"]]


ROWS = [
    ("Kenya", "Kenya", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1),
    ("troops", "troop", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 5),
    ("Horn", "Horn", "PROPN", "pobj", 3),
    ("of", "of", "ADP", "prep", 5),
    ("Africa", "Africa", "PROPN", "pobj", 6),
]


def test_surname_opening_a_place_name_is_no_person(matcher, nlp):
    ents = ["B-GPE", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]
    found = _mentions(matcher, nlp, ROWS, ents)
    assert ("Horn", "HUN") not in found
    assert found[0] == ("Kenya", "KEN")


def test_same_words_without_a_place_entity_keep_the_surname(matcher, nlp):
    # with no place label the words are no place name: the surname is read as before
    ents = ["B-GPE", "O", "O", "O", "O", "B-PERSON", "O", "B-LOC"]
    assert ("Horn", "HUN") in _mentions(matcher, nlp, ROWS, ents)
