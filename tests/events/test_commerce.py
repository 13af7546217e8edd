"""A company's commercial offer, and a contractor's work with its own state on a product, are
business, not political events (events/commerce.py). Every sentence is invented; the kept cases
guard against the rule reaching states or foreign partners."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenya Airways and Ethiopian Airlines both offer flights to Somali cities other than "
            "Mogadishu.",
            "offer",
        ),
        ("The Kenyan airline will provide services to Somalia from May.", "provide"),
        ("The Boeing company is collaborating with NASA on a new spacecraft.", "collaborating"),
        ("Lockheed Martin is working with the Pentagon on a new fighter jet.", "working"),
    ],
)
def test_companies_trade_is_no_event(coder, sentence, word):
    _, drops = assert_dropped(coder, sentence, word, DropRule.NOT_POLITICAL)
    assert any(d.why and "company" in d.why for d in drops)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a state offers the flights
        ("Kenya offered flights to Somalia to evacuate its citizens.", "offered"),
        # a foreign state is the company's partner
        (
            "The Chinese company is collaborating with the Kenyan government on satellites.",
            "collaborating",
        ),
    ],
)
def test_states_and_foreign_partners_keep_their_events(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)]
