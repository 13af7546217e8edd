"""An agreement between sides named as a noun is the concluded agreement (SUPPORT, GUIDELINES
§2 and §22); an agreement *to* do something, consent, or one being reached stays AGREE."""

from __future__ import annotations

import pytest
from tests.handmade import parsed

from eventcoder.events.lexicon import load_lexicon
from eventcoder.events.triggers import find_triggers
from eventcoder.records import EventType


def _types(rows):
    return [(t.token.text, t.entry.type) for t in find_triggers(parsed(rows), load_lexicon())]


def test_agreements_a_deal_between_two_sides_is_support():
    rows = [
        ("The", "the", "DET", "det", 1),
        ("deal", "deal", "NOUN", "nsubj", 5),
        ("between", "between", "ADP", "prep", 1),
        ("Chile", "Chile", "PROPN", "pobj", 2),
        ("collapsed", "collapse", "VERB", "conj", 5),
        ("failed", "fail", "VERB", "ROOT", 5),
    ]
    assert ("deal", EventType.SUPPORT) in _types(rows)


def test_agreements_an_agreement_to_act_stays_an_undertaking():
    # "the agreement holds": concluded; "the agreement to withdraw troops holds": undertaken
    plain = [
        ("The", "the", "DET", "det", 1),
        ("agreement", "agreement", "NOUN", "nsubj", 2),
        ("holds", "hold", "VERB", "ROOT", 2),
    ]
    assert ("agreement", EventType.SUPPORT) in _types(plain)
    rows = [
        ("The", "the", "DET", "det", 1),
        ("agreement", "agreement", "NOUN", "nsubj", 5),
        ("to", "to", "PART", "aux", 3),
        ("withdraw", "withdraw", "VERB", "acl", 1),
        ("troops", "troop", "NOUN", "dobj", 3),
        ("holds", "hold", "VERB", "ROOT", 5),
    ]
    assert ("agreement", EventType.AGREE) in _types(rows)


def test_agreements_consent_of_one_side_stays_agree():
    partner = [
        ("Peru", "Peru", "PROPN", "poss", 1),
        ("agreement", "agreement", "NOUN", "nsubj", 4),
        ("with", "with", "ADP", "prep", 1),
        ("Chile", "Chile", "PROPN", "pobj", 2),
        ("lapsed", "lapse", "VERB", "ROOT", 4),
    ]
    assert ("agreement", EventType.SUPPORT) in _types(partner)
    rows = [
        ("With", "with", "ADP", "prep", 4),
        ("Peru", "Peru", "PROPN", "poss", 2),
        ("agreement", "agreement", "NOUN", "pobj", 0),
        ("they", "they", "PRON", "nsubj", 4),
        ("acted", "act", "VERB", "ROOT", 4),
    ]
    assert ("agreement", EventType.AGREE) in _types(rows)


def test_agreements_the_frame_of_another_act_is_left_alone():
    named = [
        ("Chile", "Chile", "PROPN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("agreement", "agreement", "NOUN", "dobj", 1),
    ]
    assert ("agreement", EventType.SUPPORT) in _types(named)
    rows = [
        ("Under", "under", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 2),
        ("agreement", "agreement", "NOUN", "pobj", 0),
        ("Chile", "Chile", "PROPN", "nsubj", 4),
        ("pays", "pay", "VERB", "ROOT", 4),
    ]
    assert ("agreement", EventType.AGREE) in _types(rows)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "type_", "sides"),
    [
        (
            "Ecuador's agreement with the International Monetary Fund angered the unions.",
            "SUPPORT",
            {"ECU", "IGO"},
        ),
        (
            "The defence pact between Kenya and Uganda was criticised by Tanzania.",
            "SUPPORT",
            {"KEN", "UGA"},
        ),
    ],
)
def test_agreements_in_coded_sentences(coder, sentence, type_, sides):
    events = coder.code(sentence, date="2021-11-15")
    found = [
        e
        for e in events
        if e.type.value == type_ and {a.country for a in (*e.source, *e.target)} & sides
    ]
    assert found, f"no {type_} in {sentence!r}: {events}"
