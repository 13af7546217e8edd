"""Trigger finding on hand-parsed sentences: lemma, part of speech, conditions, names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
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


def _unspaced(rows, spaces):
    """A hand-parsed Doc whose words are joined as `spaces` says ("cease-fire")."""
    doc = parsed(rows)
    return Doc(
        doc.vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_triggers_a_hyphenated_word_is_one_trigger(lexicon):
    doc = _unspaced(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("declared", "declare", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 5),
            ("cease", "cease", "NOUN", "compound", 5),
            ("-", "-", "PUNCT", "punct", 5),
            ("fire", "fire", "NOUN", "dobj", 1),
        ],
        spaces=[True, True, True, False, False, False],
    )
    found = _found(doc, lexicon)
    assert ("fire", EventType.CONCEDE, None) in found
    spaced = parsed(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("cease", "cease", "VERB", "ROOT", 1),
            ("-", "-", "PUNCT", "punct", 1),
            ("fire", "fire", "NOUN", "dobj", 1),
        ]
    )
    assert all(t[1] is not EventType.CONCEDE for t in _found(spaced, lexicon))


def test_triggers_a_subject_condition_reads_the_doer(lexicon):
    def left(subject: str, lemma: str) -> list:
        return _found(
            parsed(
                [
                    (subject, lemma, "NOUN", "nsubj", 1),
                    ("left", "leave", "VERB", "ROOT", 1),
                    ("Mali", "Mali", "PROPN", "dobj", 1),
                ]
            ),
            lexicon,
        )

    assert left("troops", "troop") == [("left", EventType.RETREAT, "withdraw")]
    assert left("tourists", "tourist") == []


def test_triggers_a_frame_object_is_absorbed_by_its_verb(lexicon):
    rows = [
        ("Canada", "Canada", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
    ]
    by_word = {t.token.text: t for t in find_triggers(parsed(rows), lexicon)}
    assert by_word["lifted"].absorbed_by is None
    assert by_word["sanctions"].absorbed_by is not None
    assert by_word["sanctions"].absorbed_by.text == "lifted"
    # a named doer of its own keeps the noun an event ("declined Peru's invitation")
    rows = [
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("Peru", "Peru", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("invitation", "invitation", "NOUN", "dobj", 1),
    ]
    by_word = {t.token.text: t for t in find_triggers(parsed(rows), lexicon)}
    assert by_word["invitation"].absorbed_by is None
