"""Resigning in protest at a policy protests it; resigning in the face of protests is a
resignation under pressure (GUIDELINES §2, §8)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        (
            "Kenya's health minister resigned in protest at the government's strike policy.",
            "PROTEST",
        ),
        ("Israel's defence minister resigned in protest over the ceasefire in Gaza.", "PROTEST"),
        ("Sri Lanka's president resigned in the face of mass protests in Colombo.", "RETREAT"),
    ],
)
def test_resign_frames(coder, sentence, type_):
    events = [
        e for e in coder.code(sentence, date="2021-11-15") if e.trigger.text.startswith("resign")
    ]
    assert events, coder.code(sentence, date="2021-11-15")
    assert events[0].type.value == type_
