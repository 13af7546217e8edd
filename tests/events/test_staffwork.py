"""Support inside one administration (staff and posts of a state's own service), dropped as no
other side (events/staffwork.py). Every sentence is invented; the kept case guards against the
rule reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenyan Foreign Minister Jane Otieno leads the new office. She will be supported by "
            "the Deputy Chief Climate Officer of the Kenyan foreign ministry.",
            "supported",
        ),
        (
            "The Kenyan clerk worked for years to support the Kenyan Mission in Nairobi.",
            "support",
        ),
    ],
)
def test_support_inside_one_administration_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.NO_OTHER_SIDE, found
    assert "post of the state's own service" in (found[0].why or "")


def test_backing_the_armed_forces_is_kept(coder):
    sentence = "The Iraqi prime minister arrived in Mosul to congratulate the armed forces."
    events, _ = _explain(coder, sentence)
    assert "SUPPORT" in {e.type.value for e in events}, events
