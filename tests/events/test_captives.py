"""A release by unnamed authorities is of people, on hand-parsed sentences."""

from __future__ import annotations

from tests.handmade import parsed

from eventcoder.events.captives import frees_people


def _was_released(noun: str, lemma: str, pos: str = "NOUN"):
    doc = parsed(
        [
            ("The", "the", "DET", "det", 1),
            (noun, lemma, pos, "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("released", "release", "VERB", "ROOT", 3),
        ]
    )
    return doc[3]


def test_captives_a_product_or_data_released_frees_nobody():
    assert not frees_people(_was_released("phone", "phone"), set())
    assert not frees_people(_was_released("peptides", "peptide"), set())


def test_captives_people_released_are_freed():
    assert frees_people(_was_released("hostages", "hostage"), set())
    assert frees_people(_was_released("journalists", "journalist"), {"journalist"})
    assert frees_people(_was_released("Navalny", "Navalny", "PROPN"), set())


def test_captives_released_from_prison_is_always_people():
    doc = parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("group", "group", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("released", "release", "VERB", "ROOT", 3),
            ("from", "from", "ADP", "prep", 3),
            ("prison", "prison", "NOUN", "pobj", 4),
        ]
    )
    assert frees_people(doc[3], set())
