"""An act dated "later this week" or "later this month" is still to come (future), though its
period has begun; "earlier this week" and plain "today" stay asserted."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _modalities(coder, text):
    from eventcoder.records import Document

    doc = Document(id="t", text=text, date=date(2022, 3, 30), source="U.S. Department of State")
    events, _ = coder.explain(doc)
    return [e.modality.value for e in events if e.type.value == "CONSULT"]


@pytest.mark.parametrize("when", ["later this week", "later this month"])
def test_later_in_a_period_under_way_is_future(coder, when):
    assert _modalities(coder, f"Blinken meets the Emirati crown prince {when}.") == ["future"]


@pytest.mark.parametrize("when", ["earlier this week", "today"])
def test_earlier_or_plain_today_stays_asserted(coder, when):
    assert _modalities(coder, f"Blinken met the Emirati crown prince {when}.") == ["asserted"]


@pytest.mark.parametrize(
    "text",
    [
        # "later today" is a time, not a date: no date is resolved from it
        "Blinken meets the Emirati crown prince later today.",
        "Blinken is meeting the Emirati crown prince later this evening.",
        # right after an event noun, whatever the parser hangs the time words on
        "Blinken's meeting later this afternoon with the Emirati crown prince is his first.",
    ],
)
def test_later_today_is_future(coder, text):
    assert _modalities(coder, text) == ["future"]


def test_a_past_verb_later_in_the_week_was_done(coder):
    text = "Blinken met the Emirati crown prince on Monday and later this week condemned Iran."
    doc_events = _events(coder, text)
    assert ("ACCUSE", "asserted") in doc_events


def _events(coder, text):
    from eventcoder.records import Document

    doc = Document(id="t", text=text, date=date(2022, 3, 30), source="U.S. Department of State")
    events, _ = coder.explain(doc)
    return [(e.type.value, e.modality.value) for e in events]
