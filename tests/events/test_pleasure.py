"""A speaker's pleasure in an act he performs in the saying ("it's a pleasure to welcome the
minister") is the act, asserted; an evaluation ("it is important to welcome") stays none."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "It’s a real pleasure to welcome Israeli Defense Minister Benny Gantz to Washington.",
        "It is wonderful to welcome Israeli Defense Minister Benny Gantz to Washington.",
    ],
)
def test_pleasure_to_welcome_is_the_visit(coder, sentence):
    events = [e for e in coder.code(sentence, date="2022-06-01") if e.trigger.text == "welcome"]
    assert events and events[0].type.value == "CONSULT"
    assert events[0].modality.value == "asserted"


def test_evaluation_to_welcome_is_no_event(coder):
    text = "It is important to welcome Israeli Defense Minister Benny Gantz to Washington."
    assert not [e for e in coder.code(text, date="2022-06-01") if e.trigger.text == "welcome"]
