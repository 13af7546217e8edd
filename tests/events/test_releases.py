"""Releases that set no one free (events/releases.py): a work or product brought out, a patient
leaving hospital. Every sentence is invented; the kept cases guard prisoners, suspects on bail
and a seized ship, which are set free by the side that held them."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Kenyan president was released from the hospital on Monday.", "released"),
        (
            "The developers have not decided when the new operating system will be released.",
            "released",
        ),
        (
            "That was the beginning of KenyaOS, which was released as an open source project.",
            "released",
        ),
        (
            "The Kenyan retailer said that after the early release of stock, some stores closed.",
            "release",
        ),
        ("The new Kenyan video game was released on Saturday.", "released"),
    ],
)
def test_a_release_of_a_work_or_from_care_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.SENSE)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan government released 30 political prisoners on Monday.",
        "Kenyan police arrested a man on Monday and released him on bail on Tuesday.",
        "Iran released the seized British tanker on Friday.",
    ],
)
def test_releases_of_people_and_seized_goods_are_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert "RETREAT" in {e.type.value for e in events}, events
