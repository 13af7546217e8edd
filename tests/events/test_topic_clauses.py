"""Topics named by a clause or a topic noun (events/genericity.py): "discussed how Kenya can
support Uganda", "questions of extending the deployment". Every sentence is invented; the kept
cases guard against the rules reaching real acts named beside them."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Kenyan minister will discuss how Kenya can further support Uganda.", "support"),
        (
            "The Kenyan and Ugandan ministers discussed strengthening military cooperation.",
            "strengthening",
        ),
        (
            "Kenya is looking at questions of extending the deployment of its troops in Somalia.",
            "deployment",
        ),
    ],
)
def test_a_topic_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.TOPIC)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Kenya has been the subject of Ugandan sanctions since 2011.", "SANCTION"),
        ("Kenya discussed the crisis with Uganda on Monday.", "CONSULT"),
        (
            "Kenya and Ghana discussed providing more aid to Uganda as Ugandan troops fight"
            " the Somali militants.",
            "ASSAULT",
        ),
    ],
)
def test_acts_near_a_topic_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
