"""Habits to come (events/habits.py): a habitual adverb on an infinitive taken by a present or
"will" verb makes no particular act. Every sentence is invented; the kept cases guard against
the rule reaching a past stance or a dated meeting."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenyan and Ugandan ministers will continue to meet regularly on trade.", "meet"),
        ("The Kenyan navy will continue to patrol Somali waters routinely.", "patrol"),
    ],
)
def test_a_habit_to_come_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Kenya refused to meet regularly with Uganda.", "REJECT"),
        ("Kenyan and Ugandan ministers will meet in Nairobi on Monday.", "CONSULT"),
    ],
)
def test_events_near_a_habit_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("At times Kenyan police have detained journalists.", "detained"),
        ("Kenyan police have detained journalists time and again.", "detained"),
        ("At times there have been protests against the new tax in Kenya.", "protests"),
    ],
)
def test_what_keeps_happening_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Over the course of many years Kenya refused to meet Somali officials.", "REJECT"),
        (
            "At times the talks were tense, but Kenyan police detained the envoy on Monday.",
            "COERCE",
        ),
    ],
)
def test_acts_near_a_phrase_of_repetition_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenya has for years refused to meet Somali officials, and on Monday it expelled "
            "the Somali ambassador.",
            "expelled",
        ),
        (
            "Russia has for years supported the separatists and last week sent troops into Georgia.",
            "sent",
        ),
    ],
)
def test_a_dated_act_joined_to_a_habit_is_kept(coder, sentence, word):
    """A conjunct in the past with its own date or subject is a particular act, not the habit."""
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events


def test_a_conjunct_sharing_the_habit_span_is_dropped(coder):
    sentence = "Russia has for years supported the separatists and sent troops into Georgia."
    _, drops = explain(coder, sentence)
    at = sentence.index("sent")
    assert any(d.trigger == at and d.rule is DropRule.GENERIC for d in drops), drops


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenya works closely with Uganda through several regional bodies.", "works"),
        ("In normal times, Kenya deploys its police officers to the northern counties.", "deploys"),
        ("The Kenyan company participates in Ugandan military exercises.", "participates"),
        # a participle or a conjunct shares the habit of its clause, whatever its own type
        (
            "The Kenyan airline transports weapons across the region, supporting the Ugandan "
            "regime's ambitions.",
            "supporting",
        ),
        ("The Kenyan company participates in and supports Ugandan military exercises.", "supports"),
        # an act noun as the object of a verb of doing in the simple present (§10: "The US
        # provides $X billion in aid annually to Y")
        ("Kenya provides humanitarian assistance to Somali refugees.", "assistance"),
        (
            "Kenya provides $50 million in humanitarian assistance to Somali refugees each year.",
            "assistance",
        ),
        # the date of the report the words are sourced to is not the act's time
        (
            '"The Kenyan airline transports weapons across the region, supporting the Ugandan '
            "regime's ambitions,\" according to a tweet on Monday by the Kenyan foreign minister.",
            "supporting",
        ),
    ],
)
def test_an_act_in_the_simple_present_is_a_habit(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Today Kenya deploys its police officers to the Somali border.", "MOBILIZE"),
        ("Kenyan President Ruto meets Ugandan President Museveni in Kampala.", "CONSULT"),
        ("Kenya has deployed its police officers to the Somali border.", "MOBILIZE"),
        ("Kenya condemns the Ugandan raid on the border town.", "ACCUSE"),
        ("Today Kenya provides $50 million in humanitarian assistance to Somalia.", "AID"),
        ("Kenya announces $50 million in humanitarian assistance to Somalia.", "AID"),
        (
            "The Kenyan ministry condemns the Ugandan raid, calling on Uganda to withdraw.",
            "REQUEST",
        ),
        ("Kenya stands with Uganda, supporting its call for a ceasefire.", "SUPPORT"),
        ("Kenya and Uganda also collaborate closely in regional forums like IGAD.", "COOPERATE"),
        (
            "Kenya sent aid to Uganda as Ugandan troops fight against the Somali militants.",
            "ASSAULT",
        ),
    ],
)
def test_particular_acts_in_the_present_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


def test_a_pair_cooperating_through_shared_bodies_is_dropped(coder):
    sentence = (
        "Chile and Peru cooperate through the OAS, APEC and the UN to promote democracy worldwide."
    )
    _, drops = assert_dropped(coder, sentence, "cooperate", DropRule.GENERIC)
    at = sentence.index("cooperate")
    assert any("bodies they share" in (d.why or "") for d in drops if d.trigger == at), drops


def test_a_pair_dealing_closely_stays(coder):
    events, _ = explain(
        coder, "Kenya and Tanzania cooperate closely through the East African Community."
    )
    assert [e.type.value for e in events] == ["COOPERATE"], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Over the years, Kenyan police have detained journalists.", "detained"),
        ("Numerous times, Kenyan courts have sentenced critics of the government.", "sentenced"),
    ],
)
def test_what_keeps_happening_over_the_years_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)
