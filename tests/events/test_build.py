"""Event records built from a parsed sentence: quantities, objects, contexts, evidence spans."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def test_build_casualty_counts(coder):
    (ev,) = [
        e
        for e in coder.code(
            "Israeli airstrikes killed 20 Palestinians in Gaza on Sunday.", date="2023-10-16"
        )
        if e.type.value == "ASSAULT"
    ]
    dead = [q for q in ev.quantities if q.kind == "dead"]
    assert dead and dead[0].value == 20
    assert ev.location is not None and ev.location.span.text == "Gaza"


def test_build_money_amount_and_object(coder):
    text = "Russia has started the delivery of the S400 missile system to India under a deal worth USD 5 billion."
    (ev,) = [e for e in coder.code(text, date="2021-11-15") if e.type.value == "AID"]
    assert ev.object is not None and "S400" in ev.object.text
    assert "military" in ev.context


def test_build_arrests_count(coder):
    evs = coder.code("Police in Minsk arrested 150 protesters on Sunday.", date="2020-08-10")
    ev = next(e for e in evs if e.type.value == "COERCE")
    assert [q.value for q in ev.quantities if q.kind == "arrested"] == [150]
    assert ev.source[0].country == "BLR" and ev.source[0].sector == "COP"


def test_build_historical_by_date(coder):
    (ev,) = [
        e for e in coder.code("India and Russia signed the agreement in 2018.", date="2021-11-15")
    ]
    assert (
        ev.modality.value == "historical"
        and ev.date == date(2018, 1, 1)
        and ev.date_precision == "year"
    )


def test_build_no_publication_date_leaves_relative_dates_unresolved(coder):
    (ev,) = coder.code("Poland expelled 45 Russian diplomats last week.")
    assert ev.date is None and ev.date_precision == "unresolved"
