"""Event verbs inside idioms that report no act (events/idioms.py): a reception, a question
handed to someone else, a topic set aside, a liking. Every sentence is invented; the kept
cases guard against the rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("In Nairobi the new Kenyan law was met with protests and anger.", "met"),
        ("The Kenyan spokesman said he will leave it to you to ask Uganda about it.", "ask"),
        (
            "Kenya and Ethiopia, I will leave aside the African Union for the minute, are working"
            " closely together on trade.",
            "leave",
        ),
        ("The Kenyan minister said the Ugandan general likes attacking villages.", "attacking"),
        (
            'The Kenyan minister said the Ugandan general "likes shelling towns, and killing'
            ' civilians."',
            "killing",
        ),
        ("Kenya and Uganda agreed to strike the right balance on trade.", "strike"),
        (
            "Kenya pressed Uganda on the deal the Ugandan government had struck with the rebels.",
            "struck",
        ),
        ("So across the board, Kenyans are demonstrating that democracies can deliver.", "demonst"),
        ("The Kenyan envoy for Uganda is actively engaged in his new role.", "engaged"),
        ("Uganda is engaged in a number of destabilizing activities in Kenya.", "engaged"),
        # what someone is kept from doing is not done
        ("Kenyan police prevented Ugandan traders from exporting maize.", "exporting"),
        ("Kenya barred the Ugandan minister from visiting Kisumu.", "visiting"),
        # an event noun in the "for" phrase of an office is the office's remit
        ("Jan Okello, the Kenyan special envoy for Uganda negotiations, resigned.", "negotiat"),
        ("The Kenyan minister for talks with Uganda flew to Kampala.", "talks"),
    ],
)
def test_an_event_verb_in_an_idiom_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE and found[0].why, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The Ugandan envoy was met by Kenyan officials in Nairobi on Monday.", "CONSULT"),
        (
            "The Kenyan minister reiterated that further Ugandan escalation would be met with"
            " massive consequences and severe costs for Uganda.",
            "THREATEN",
        ),
        ("Kenya would like to thank Uganda for its support.", "SUPPORT"),
        ("Ugandan jets struck a Kenyan border post on Monday.", "ASSAULT"),
        ("Thousands of Kenyans demonstrated in Nairobi against the new tax law.", "PROTEST"),
        ("The Kenyan envoy has been engaged with the Ugandan government on Monday.", "CONSULT"),
        ("Kenya was engaged in indirect talks with Uganda on Monday.", "CONSULT"),
        # two sides named together as the subject are engaged with each other
        ("Kenya and Uganda have been deeply engaged on the issue of Somalia.", "CONSULT"),
        # the keeping itself is the event
        ("Kenya barred Ugandan traders from entering the market.", "SANCTION"),
        # a call for talks is no office
        ("Kenya called for talks with Uganda on the border dispute.", "REQUEST"),
    ],
)
def test_events_near_the_idioms_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya consults very closely with Uganda on just about every subject imaginable.",
        "The Kenyan ministers meet with their Ugandan counterparts every week.",
    ],
)
def test_a_relation_s_habit_in_the_present_is_dropped(coder, sentence):
    events, drops = explain(coder, sentence)
    assert not events, events
    assert any(d.rule is DropRule.GENERIC and "habit" in (d.why or "") for d in drops), drops


def test_force_every_day_is_left_to_the_references(coder):
    events, _ = explain(coder, "Uganda shells Kenyan border villages every day.")
    assert "ASSAULT" in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kenya condemned the regime's attacks on democracy and human rights.", "attacks"),
        ("The Kenyan minister said the arrests were an assault on the rule of law.", "assault"),
        ("Kenyan officials said Uganda is attacking basic freedoms.", "attacking"),
        ("Kenya and Uganda will work together to fight climate change.", "fight"),
        ("Kenya and Uganda pledged to keep fighting against the pandemic.", "fighting"),
        ("Kenyan farmers are forced to either fight for their country or flee.", "fight"),
        ("Ugandan exiles returned to Kampala to fight for liberty.", "fight"),
    ],
)
def test_force_aimed_at_an_idea_is_a_figure(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.SENSE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan rebels attacked Kenyan border posts on Monday.",
        "Kenya condemned Uganda's attack on Kenyan border posts.",
        "Kenyan troops fought Ugandan rebels near the border.",
        "Kenyan troops fought against Ugandan rebels for control of the border town.",
    ],
)
def test_force_aimed_at_actors_is_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert "ASSAULT" in {e.type.value for e in events}, events
