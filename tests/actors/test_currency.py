"""A country's name or adjective that names a currency is no actor ("500 million US dollars"),
while the same name as a doer or an owner stays one. Hand-parsed sentences, blank pipeline, real
dictionary; one whole-coder case for the event that used to go wrong."""

from __future__ import annotations

import pytest
from tests.handmade import matched_countries


def _countries(matcher, nlp, rows, ents=None):
    return matched_countries(matcher, nlp.vocab, rows, ents)


def test_country_name_before_a_currency_is_no_actor(matcher, nlp):
    rows = [
        ("Japan", "Japan", "PROPN", "nsubj", 1),
        ("pledged", "pledge", "VERB", "ROOT", 1),
        ("500", "500", "NUM", "compound", 3),
        ("million", "million", "NUM", "nummod", 5),
        ("US", "US", "PROPN", "compound", 5),
        ("dollars", "dollar", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Ukraine", "Ukraine", "PROPN", "pobj", 6),
    ]
    ents = ["B-GPE", "O", "B-MONEY", "I-MONEY", "I-MONEY", "I-MONEY", "O", "B-GPE"]
    assert _countries(matcher, nlp, rows, ents) == ["JPN", "UKR"]


def test_adjective_naming_a_currency_is_no_actor(matcher, nlp):
    rows = [
        ("Canada", "Canada", "PROPN", "nsubj", 1),
        ("gave", "give", "VERB", "ROOT", 1),
        ("Canadian", "Canadian", "ADJ", "amod", 3),
        ("dollars", "dollar", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Haiti", "Haiti", "PROPN", "pobj", 4),
    ]
    assert _countries(matcher, nlp, rows) == ["CAN", "HTI"]


def test_country_as_owner_of_its_money_stays_an_actor(matcher, nlp):
    # "the US gave dollars": the name is the doer, not part of the currency's name
    rows = [
        ("the", "the", "DET", "det", 1),
        ("US", "US", "PROPN", "nsubj", 2),
        ("gave", "give", "VERB", "ROOT", 2),
        ("dollars", "dollar", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2),
        ("Ukraine", "Ukraine", "PROPN", "pobj", 4),
    ]
    assert _countries(matcher, nlp, rows) == ["USA", "UKR"]


@pytest.mark.slow
def test_pledge_in_us_dollars_goes_to_the_named_recipient(coder):
    text = "Japan pledged 500 million US dollars to Ukraine."
    events = coder.code(text, date="2022-03-01")
    assert [(e.type.value, [a.code[:3] for a in e.target]) for e in events] == [("AGREE", ["UKR"])]
