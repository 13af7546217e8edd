"""Joint work with a partner toward aims in general or on nothing named (events/aims.py). Every
sentence is invented; the kept cases guard against the rules reaching a named matter or an act."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The Kenyan minister will stress the value of the partnership as we work together "
            "with Uganda to confront mutual challenges.",
            "work",
        ),
        ("Kenya is working closely with Uganda to address regional challenges.", "working"),
        (
            "Kenya will continue to cooperate with Uganda to advance our shared interests.",
            "cooperate",
        ),
    ],
)
def test_work_toward_aims_in_general_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a named matter or result: §13, §20
        ("Kenya will continue to work with Uganda to restore security in Somalia.", "work"),
        (
            "Kenya will continue to work with Uganda on border security to meet shared goals.",
            "work",
        ),
        (
            "Kenya worked with Uganda to address the challenges of the refugee crisis in Somalia.",
            "worked",
        ),
    ],
)
def test_work_on_a_named_matter_is_kept(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The United States will continue to work closely with Kenya and other partners.", "work"),
        ("We are very pleased to be working closely with Kenya.", "working"),
        ("We are prepared to work with the Kenyan government that emerges from the vote.", "work"),
    ],
)
def test_work_with_a_partner_on_nothing_named_is_dropped(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.GENERIC)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenyan troops, working with Ugandan intelligence, killed the rebel commander.",
            "working",
        ),
        ("Kenya will continue to work with Uganda on border security.", "work"),
    ],
)
def test_work_tied_to_an_act_or_a_matter_is_kept(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)], events
