"""A surname the parse split from its given name inside one person entity takes that given name:
"Jong Woo Son" is no Vietnamese minister Son. Hand-parsed, blank pipeline, real dictionary."""

from __future__ import annotations

from datetime import date

from tests.handmade import parsed

# the small model's parse: "Son" in apposition to "Woo", all three one PERSON entity
ROWS = [
    ("its", "its", "PRON", "poss", 1),
    ("operator", "operator", "NOUN", "ROOT", 1),
    ("Jong", "Jong", "PROPN", "compound", 3),
    ("Woo", "Woo", "PROPN", "appos", 1),
    ("Son", "Son", "PROPN", "appos", 3),
]


def _son(matcher, nlp, ents):
    doc = parsed(ROWS, ents, vocab=nlp.vocab)
    doc._.pub_date = date(2022, 3, 1)
    return [m._.actors[0] for m in matcher(doc).spans["actors"] if m.text == "Son"]


def test_surname_inside_a_longer_person_entity_takes_its_given_name(matcher, nlp):
    (son,) = _son(matcher, nlp, ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON"])
    assert son.country is None  # Woo Son is nobody the dictionary knows


def test_surname_alone_keeps_its_dictionary_person(matcher, nlp):
    (son,) = _son(matcher, nlp, ["O", "O", "B-PERSON", "I-PERSON", "B-PERSON"])
    assert son.country == "VNM"
