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


@pytest.mark.parametrize(
    "text",
    [
        # a stretch that starts now, said from the speaker's present
        "Blinken travels to Abu Dhabi in the coming days for talks with the Emirati crown prince.",
        "In a few days the Emirati crown prince is coming here for meetings with Blinken.",
    ],
)
def test_the_coming_days_are_still_to_come(coder, text):
    assert _modalities(coder, text) == ["future"]


@pytest.mark.parametrize(
    "text",
    [
        # the period is said inside what is asked or welcomed: it dates that, not the speech act
        "The United States urges Kenya to release the journalists in the coming days.",
        "The United States welcomes the talks between Kenya and Somalia next week.",
    ],
)
def test_a_period_inside_the_complement_leaves_the_speech_act_asserted(coder, text):
    said = [m for t, m in _events(coder, text) if t in {"REQUEST", "SUPPORT"}]
    assert said == ["asserted"]
