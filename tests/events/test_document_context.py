"""Weekday dates by tense and modality (for verbs and event nouns), event places that resolve
to a country."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

SATURDAY = date(2023, 5, 13)


def _events(coder, text, day=SATURDAY):
    from eventcoder.records import Document

    (res,) = list(coder.pipe([Document(id="t", text=text, date=day)]))
    return res.events


def _one(coder, text, trigger):
    (ev,) = [e for e in _events(coder, text) if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # a past verb: the Wednesday just gone
        ("Greek officials held a meeting with Turkish diplomats on Wednesday.", "meeting", 10),
        # the future, a modal, a plan's infinitive, the present of news: the next one
        ("Turkey will meet Greece on Wednesday.", "meet", 17),
        ("Turkey and Greece will hold a meeting on Wednesday.", "meeting", 17),
        ("Iran's foreign minister is due to visit Baghdad on Thursday.", "visit", 18),
        ("Russian and Ukrainian negotiators are meeting in Istanbul on Tuesday.", "meeting", 16),
    ],
)
def test_context_a_weekday_is_the_past_or_the_next_one_by_the_events_tense(
    coder, text, trigger, want
):
    ev = _one(coder, text, trigger)
    assert (ev.date, ev.date_precision) == (date(2023, 5, want), "day")


def test_context_a_present_form_that_may_be_past_keeps_the_past_weekday(coder):
    ev = _one(coder, "Riot police beat demonstrators in Tehran on Wednesday.", "beat")
    assert ev.date == date(2023, 5, 10) and ev.modality.value == "asserted"


def test_context_a_period_keeps_its_precision(coder):
    ev = _one(coder, "Russia attacked Ukraine late last week.", "attacked")
    assert (ev.date, ev.date_precision) == (date(2023, 5, 1), "week")


def test_context_near_a_city_only_geonames_knows_places_the_police(coder):
    ev = _one(coder, "Police arrested 20 people near San Francisco on Tuesday.", "arrested")
    assert [a.country for a in ev.source] == ["USA"]
    assert "San Francisco" in ev.source[0].resolved_by
    assert (ev.location.span.text, ev.location.country) == ("San Francisco", "USA")


def test_context_a_region_is_where_it_happened_with_its_country(coder):
    ev = _one(coder, "Ethiopian troops attacked rebels in Tigray.", "attacked")
    assert ev.location is not None and ev.location.country == "ETH"


def test_context_a_locative_place_is_the_events_location(coder):
    ev = _one(coder, "Russia deployed troops in Belarus on Monday.", "deployed")
    assert ev.location is not None and ev.location.country == "BLR"
