"""Nouns that name a state, not an act: a relation noun no verb makes now, a threat noun no one
makes (events/states.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


def _on(events, at):
    return [e for e in events if e.trigger.start <= at < e.trigger.end]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Norway highly values its close partnership with Ghana.", "partnership"),
        ("Cooperation between Chile and Peru has improved public health.", "Cooperation"),
        (
            "The envoy will travel to Lima to meet officials and deepen cooperation with Peru.",
            "cooperation",
        ),
    ],
)
def test_a_relation_noun_not_made_now_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not _on(events, at), events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.GENERIC, found
    assert "relation named" in found[0].why


def test_cooperation_as_the_manner_of_an_act_is_kept(coder):
    sentence = "Kenyan troops attacked the camp in cooperation with Somali forces."
    _, drops = explain(coder, sentence)
    at = sentence.index("cooperation")
    assert not [d for d in drops if d.trigger == at and d.why and "relation named" in d.why]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Russia's threat to peace and security in Europe is growing.", "threat"),
        ("Chile and Peru discussed ways to counter threats from Bolivia.", "threats"),
        ("The ministers agreed to address the threat posed by Iran's missile program.", "threat"),
    ],
)
def test_a_threat_noun_no_one_makes_is_a_danger(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in _on(events, at) if e.type.value == "THREATEN"], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE, found
    assert "no one making it" in found[0].why


@pytest.mark.parametrize(
    "sentence",
    [
        "Militias backed by Iran had made threats against U.S. personnel in Baghdad.",
        "Beijing renewed its threat of sanctions against Lithuania.",
    ],
)
def test_a_threat_someone_makes_stays(coder, sentence):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.type.value == "THREATEN"], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Secretary and the Prime Minister reaffirmed their commitment to defend Mali "
            "against extremist groups.",
            "commitment",
        ),
        ("Norway is unwavering in its commitment to help restore Ghana's path.", "commitment"),
    ],
)
def test_a_restated_commitment_is_a_stance(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not _on(events, at), events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.COMMITMENT, found
    assert "standing stance, no new undertaking" in found[0].why


def test_an_expressed_readiness_stays_an_offer(coder):
    sentence = "Norway expressed its readiness to assist Ghana further with military equipment."
    events, _ = explain(coder, sentence)
    at = sentence.index("readiness")
    assert [e for e in _on(events, at) if e.type.value == "AGREE"], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Chile and Peru work closely together on a wide range of issues.", "work"),
        ("Norway and Ghana are working together on so many different fronts.", "working"),
        ("Chile will work closely with Peru on a wide range of issues.", "work"),
    ],
)
def test_cooperation_on_every_matter_is_the_relation_in_general(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not _on(events, at), events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.GENERIC, found
    assert "the relation in general" in found[0].why


def test_cooperation_on_one_matter_stays(coder):
    sentence = "Kenyan and Somali forces worked together on the operation against al-Shabaab."
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.type.value == "COOPERATE"], events


def test_a_relation_noun_pledged_stays_the_undertaken_act(coder):
    sentence = "Chile pledged to continue its cooperation with Peru on security."
    events, drops = explain(coder, sentence)
    at = sentence.index("cooperation")
    assert not [d for d in drops if d.trigger == at and d.why and "relation named" in d.why]
    assert [e for e in events if e.type.value in {"COOPERATE", "AGREE"}], events
