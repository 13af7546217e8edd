"""A welcome of or call for the release of the doer's own people is aimed at the state that held
them, never at the doer's own country (recipients.own_released); a state freeing its own
prisoners still acts on them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coder, text):
    return {
        (e.type.value, tuple(a.country for a in e.source), tuple(a.country for a in e.target))
        for e in coder.code(text, date="2022-03-01")
    }


def test_released_own_citizens_are_not_the_addressee_the_holder_is(coder):
    found = _sides(
        coder,
        "The United States welcomes the release of American citizen John Smith, who was "
        "wrongfully detained in Russia.",
    )
    assert ("SUPPORT", ("USA",), ("RUS",)) in found
    assert ("SUPPORT", ("USA",), ("USA",)) not in found


def test_released_by_its_own_state_stays_domestic(coder):
    found = _sides(coder, "The United States released five American prisoners on Tuesday.")
    assert ("RETREAT", ("USA",), ("USA",)) in found
