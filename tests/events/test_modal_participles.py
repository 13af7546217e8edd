"""A participle on an event noun ("a summit hosted by Uganda") takes the time of the noun's event:
the noun's own participle does not make the noun's event done."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "trigger", "modality"),
    [
        # the hosting of a summit still to come is still to come
        (
            "Kenyan President William Ruto will travel to Kampala next week to attend a summit"
            " hosted by Uganda.",
            "hosted",
            "future",
        ),
        ("Kenyan President William Ruto attended a summit hosted by Uganda.", "hosted", "asserted"),
    ],
)
def test_modal_participles(coder, sentence, trigger, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text == trigger]
    assert events, coder.code(sentence, date="2021-11-15")
    assert events[0].modality.value == modality
