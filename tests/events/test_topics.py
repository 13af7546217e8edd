"""What talks held by a light verb are about is their topic, not an event of its own
(eval/GUIDELINES.md §1 "topic of talks", §10), where the parser hangs the topic on the holding
verb. Every sentence is invented; the kept cases guard against the rule reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "In Tallinn, the Finnish minister will hold consultations with Estonian officials on "
            "efforts to promote regional stability and deepen defense cooperation.",
            "deepen",
        ),
        (
            "Canada will have conversations with the Government of Ghana on the best way to use "
            "its assistance.",
            "assistance",
        ),
        (
            "Greece held talks with Cyprus on Monday on plans to expand military cooperation.",
            "expand",
        ),
        # a readout's list of topics, deep inside the object of "discussed"
        (
            "Secretary Blinken and Foreign Minister Hayashi discussed a range of pressing regional "
            "and global issues, including our joint efforts to support Ukraine.",
            "support",
        ),
        (
            "The ministers discussed a range of pressing bilateral issues, including their shared "
            "efforts to provide humanitarian assistance to Ukraine.",
            "provide",
        ),
    ],
)
def test_the_topic_of_held_talks_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.TOPIC, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # the talks themselves stay
        ("Turkey held talks with Russia on a ceasefire in Syria.", "CONSULT"),
        # an act told after the talks, in a clause of its own
        ("Russia held talks with Ukraine on Monday and agreed to a ceasefire.", "CONCEDE"),
        # a tensed act after the talks is its own
        ("Egypt held talks with Israel on trade and later sent troops to Libya.", "MOBILIZE"),
        # what is discussed is told in a relative clause with a doer of its own
        ("The ministers discussed the aid that Japan sent to Ukraine last week.", "AID"),
    ],
)
def test_acts_near_the_rule_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
