"""Welcoming a visitor on a visit, or here, hosts the visit: CONSULT visitor -> host (GUIDELINES
§18); welcoming a decision or a visit as an act approves it (SUPPORT)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        (
            "Kenya welcomed Ugandan President Yoweri Museveni on his first visit to Kenya.",
            "CONSULT",
        ),
        (
            "Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni here.",
            "CONSULT",
        ),
        ("Kenya welcomed Uganda's decision to withdraw its troops.", "SUPPORT"),
    ],
)
def test_welcome_frames(coder, sentence, type_):
    events = [
        e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text.startswith("welcome")
    ]
    assert events, coder.code(sentence, date="2021-11-15")
    assert events[0].type.value == type_
