"""Trigger finding on hand-parsed sentences: lemma, part of speech, conditions, names."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from tests.handmade import parsed

from eventcoder.events.lexicon import load_lexicon
from eventcoder.events.triggers import find_triggers
from eventcoder.records import EventType


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _found(doc, lexicon):
    return [(t.token.text, t.entry.type, t.entry.mode) for t in find_triggers(doc, lexicon)]


def test_triggers_a_verb_lemma_is_found(lexicon):
    doc = parsed(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        ]
    )
    assert _found(doc, lexicon) == [("attacked", EventType.ASSAULT, None)]


def test_triggers_a_particle_chooses_the_entry(lexicon):
    off = parsed(
        [
            ("India", "India", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("off", "off", "ADP", "prt", 1),
            ("the", "the", "DET", "det", 4),
            ("visit", "visit", "NOUN", "dobj", 1),
        ]
    )
    assert _found(off, lexicon)[0] == ("called", EventType.REJECT, "meet")
    on = parsed(
        [
            ("France", "France", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Iran", "Iran", "PROPN", "pobj", 2),
        ]
    )
    assert _found(on, lexicon)[0][1] is EventType.REQUEST


def test_triggers_a_preposition_that_only_dates_is_no_condition(lexicon):
    doc = parsed(
        [
            ("Blinken", "Blinken", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            ("Kuleba", "Kuleba", "PROPN", "dobj", 1),
            ("on", "on", "ADP", "prep", 1),
            ("Tuesday", "Tuesday", "PROPN", "pobj", 3),
        ],
        ents=["O", "O", "O", "O", "B-DATE"],
    )
    assert _found(doc, lexicon) == [("called", EventType.CONSULT, "phone")]


def test_triggers_a_word_inside_an_actor_or_a_name_is_none(lexicon):
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Sanctions", "sanction", "PROPN", "compound", 2),
        ("Act", "Act", "PROPN", "nsubj", 3),
        ("passed", "pass", "VERB", "ROOT", 3),
    ]
    assert _found(parsed(rows), lexicon) == []
    doc = parsed(
        [
            ("Protesters", "protester", "NOUN", "nsubj", 1),
            ("attacked", "attack", "VERB", "ROOT", 1),
            ("police", "police", "NOUN", "dobj", 1),
        ]
    )
    assert _found(doc, lexicon)
    doc.spans["actors"] = [Span(doc, 1, 2, label="noun")]  # the word is an actor's
    assert _found(doc, lexicon) == []


def test_triggers_a_noun_trigger_needs_the_noun_pos(lexicon):
    noun = parsed(
        [
            ("The", "the", "DET", "det", 1),
            ("agreement", "agreement", "NOUN", "nsubj", 2),
            ("holds", "hold", "VERB", "ROOT", 2),
        ]
    )
    assert ("agreement", EventType.AGREE, None) in _found(noun, lexicon)
    adverb = parsed([("agreement", "agreement", "ADV", "ROOT", 0)])
    assert _found(adverb, lexicon) == []
