"""Requests to nobody in particular keep no recipient (events/addressees.py; GUIDELINES §1, §4)."""

from __future__ import annotations

import pytest
from tests.explaining import explain

pytestmark = pytest.mark.slow


def _requests(coder, text):
    events, _drops = explain(coder, text)
    return {
        (tuple(sorted({a.country for a in e.source})), tuple(a.country for a in e.target))
        for e in events
        if e.type.value == "REQUEST"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Germany urged private donors to make generous contributions to the fund.",
        "The United States called on the international community to respond to the famine.",
        "Japan called on other countries to contribute to the relief effort.",
        "France encouraged commercial entities to stop trading in the region.",
        "Canada urged all states to ratify the convention.",
    ],
)
def test_a_request_to_a_class_of_parties_has_no_recipient(coder, text):
    got = _requests(coder, text)
    assert len(got) == 1
    ((source, target),) = got
    assert source and target == ()


@pytest.mark.parametrize(
    "text",
    [
        # the addressee is one party nobody placed: its country is in the context, not nobody
        "Germany urged the government to release the detainees.",
        "Germany urged politicians to reject violence.",
        # a demand named as a noun is as often a topic as an act
        "The protesters' demands for a new investigation were not met.",
    ],
)
def test_other_requests_without_recipient_stay_dropped(coder, text):
    assert not any(target == () for _, target in _requests(coder, text))
