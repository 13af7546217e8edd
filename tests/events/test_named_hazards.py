"""A storm or quake named with its kind ("Hurricane Maria") does no political
act, also when a relative pronoun stands for it ("Typhoon Haiyan, which killed ..."). Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Hurricane Maria killed 3,000 people in Puerto Rico in 2017.", "killed"),
        ("Typhoon Rai destroyed thousands of homes in the Philippines.", "destroyed"),
    ],
)
def test_a_disaster_as_doer_is_no_political_act(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.NOT_POLITICAL, found


def test_a_force_with_its_actor_stays(coder):
    sentence = "Russian forces, which shelled Kharkiv on Monday, killed 40 Ukrainian civilians."
    events, _drops = explain(coder, sentence)
    assert [e for e in events if e.type.value == "ASSAULT"], events
