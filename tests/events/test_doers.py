"""Doers the act names: a measure only a state takes, given up with no doer named, is given up
by that state's authorities."""

from __future__ import annotations

import pytest
from tests.explaining import explain
from tests.handmade import parsed

from eventcoder.events import doers, domestic
from eventcoder.records import EventType


def _lifted(word: str):
    """ "<word> was lifted" """
    return parsed(
        [
            (word, word, "NOUN", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("lifted", "lift", "VERB", "ROOT", 2),
        ]
    )


def test_doers_a_state_measure_lifted_with_no_doer():
    doc = _lifted("curfew")
    assert doers.state_measure_given_up(doc[2])
    assert domestic.authority_act(EventType.CONCEDE, None, doc[2]) == "GOV"


def test_doers_the_state_of_emergency_but_not_any_state():
    doc = parsed(
        [
            ("state", "state", "NOUN", "nsubjpass", 4),
            ("of", "of", "ADP", "prep", 0),
            ("emergency", "emergency", "NOUN", "pobj", 1),
            ("was", "be", "AUX", "auxpass", 4),
            ("lifted", "lift", "VERB", "ROOT", 4),
        ]
    )
    assert doers.state_measure_given_up(doc[4])
    assert not doers.state_measure_given_up(_lifted("state")[2])


def test_doers_what_other_parties_give_up_has_no_unnamed_state_doer():
    doc = _lifted("boycott")
    assert not doers.state_measure_given_up(doc[2])
    assert domestic.authority_act(EventType.CONCEDE, None, doc[2]) is None


def test_doers_a_noun_of_lifting_is_no_act_done():
    doc = parsed(
        [
            ("lifting", "lifting", "NOUN", "ROOT", 0),
            ("of", "of", "ADP", "prep", 0),
            ("curfew", "curfew", "NOUN", "pobj", 1),
        ]
    )
    assert not doers.state_measure_given_up(doc[0])


@pytest.mark.slow
def test_doers_an_agentless_lifting_is_the_placed_authorities(coder):
    events, _ = explain(coder, "The state of emergency in Ethiopia was lifted on Tuesday.")
    # (the noun is no act done: "the lifting of the curfew would send a signal")
    concede = [e for e in events if e.type is EventType.CONCEDE]
    assert [(a.country, a.sector) for a in concede[0].source] == [("ETH", "GOV")]
    assert [a.country for a in concede[0].target] == ["ETH"]
    events, _ = explain(coder, "The opposition boycott was suspended after talks in Caracas.")
    assert not [e for e in events if e.type is EventType.CONCEDE]
