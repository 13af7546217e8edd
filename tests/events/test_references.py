"""New events against references to earlier events, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.records import EventType

pytestmark = pytest.mark.slow

PUB = "2023-03-15"


def _events(coder, text: str, kind: EventType):
    return [e for e in coder.code(text, date=PUB) if e.type is kind]


def _one(coder, text: str, kind: EventType):
    found = _events(coder, text, kind)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian police detained eleven journalists in Minsk on Friday.",
        "Russian forces shelled Kharkiv on Tuesday, killing four civilians.",
        "Israeli troops besieged the town of Jenin on Monday.",
        "Russia launched a full-scale invasion of Ukraine on February 24.",
    ],
)
def test_a_clause_that_reports_an_act_is_an_event(coder, text):
    kind = EventType.COERCE if "detained" in text else EventType.ASSAULT
    ev = _one(coder, text, kind)
    assert not ev.reference
    assert ev.reference_why is None and ev.reference_date is None


@pytest.mark.parametrize(
    "text",
    [
        "The Polish foreign minister condemned Russia's invasion of Ukraine.",
        "Estonia denounced China's crackdown on Uyghur activists.",
        "The United States condemned China for detaining the activists.",
    ],
)
def test_object_of_a_speech_act_is_a_reference(coder, text):
    kind = EventType.ASSAULT if "invasion" in text else EventType.COERCE
    ev = _one(coder, text, kind)
    assert ev.reference
    assert ev.reference_why.startswith("object of")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Canada reaffirmed its support for Ukraine against Russia's brutal invasion.", "against"),
        ("Since Russia's invasion of Ukraine, Moldova has hosted many refugees.", "since"),
        ("Amid Russia's invasion of Ukraine, Finland applied to join NATO.", "amid"),
    ],
)
def test_background_reference(coder, text, cue):
    ev = _one(coder, text, EventType.ASSAULT)
    assert ev.reference
    assert cue in ev.reference_why


def test_the_new_act_beside_a_background_reference_stays_an_event(coder):
    events = coder.code(
        "Canada reaffirmed its support for Ukraine against Russia's brutal invasion.", date=PUB
    )
    support = [e for e in events if e.type is EventType.SUPPORT]
    assert support and not any(e.reference for e in support)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's siege of Mariupol continues.",
        "Russia continues to attack Ukraine's energy grid.",
    ],
)
def test_ongoing_situation_is_a_reference(coder, text):
    ev = _one(coder, text, EventType.ASSAULT)
    assert ev.reference
    assert ev.reference_why.startswith(("status", "ongoing"))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police detained an opposition leader in Nairobi during the protests.",
        "In the sixth week of protests in Nairobi, the Kenyan police detained 40 students.",
        "On Monday, with protests ongoing, the Kenyan president addressed the nation.",
    ],
)
def test_a_run_of_protests_named_as_a_time_frame_is_a_reference(coder, text):
    ev = _one(coder, text, EventType.PROTEST)
    assert ev.reference
    assert "run of acts" in ev.reference_why


def test_an_event_noun_held_in_the_present_is_a_reference(coder):
    text = "Kenya and Uganda have a truce now in the border region, the first one in years."
    ev = _one(coder, text, EventType.CONCEDE)
    assert ev.reference and ev.reference_why.startswith("status")


def test_protests_with_a_time_of_their_own_stay_an_event(coder):
    text = "Kenyan police detained 40 people during protests in Nairobi on Sunday."
    assert not _one(coder, text, EventType.PROTEST).reference


def test_a_new_act_within_an_ongoing_situation_is_an_event(coder):
    ev = _one(coder, "Russia continued to shell Kherson on Sunday.", EventType.ASSAULT)
    assert not ev.reference


def test_present_perfect_tally_is_a_reference(coder):
    ev = _one(
        coder,
        "Since the coup, Myanmar's military has detained thousands of protesters.",
        EventType.COERCE,
    )
    assert ev.reference
    assert ev.reference_why == "present-perfect summary"


@pytest.mark.parametrize(
    "text, kind, day, precision",
    [
        # the parties of a noun agreement are in its "between" phrase (events/noun_clauses.py);
        # a concluded agreement is SUPPORT (GUIDELINES §22)
        (
            "Both sides violated the 2020 ceasefire agreement between Armenia and Azerbaijan.",
            EventType.SUPPORT,
            date(2020, 1, 1),
            "year",
        ),
        (
            "Japan condemned last year's invasion of Ukraine by Russia.",
            EventType.ASSAULT,
            date(2022, 1, 1),
            "year",
        ),
        (
            "Japan condemned Russia's 2014 invasion of Crimea.",
            EventType.ASSAULT,
            date(2014, 1, 1),
            "year",
        ),
    ],
)
def test_reference_with_an_explicit_past_date(coder, text, kind, day, precision):
    ev = _one(coder, text, kind)
    assert ev.reference
    assert (ev.reference_date, ev.reference_date_precision) == (day, precision)
    assert (ev.date, ev.date_precision) == (day, precision)


def test_the_marker_is_in_the_jsonl_record(coder):
    from eventcoder.rows import event_dict, event_from_dict

    ev = _one(
        coder,
        "The Polish foreign minister condemned Russia's invasion of Ukraine.",
        EventType.ASSAULT,
    )
    rec = event_dict(ev)
    assert rec["reference"] is True and rec["reference_why"] == "object of 'condemned'"
    assert event_from_dict(rec) == ev
