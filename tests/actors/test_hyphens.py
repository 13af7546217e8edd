"""Hyphenated surnames (actors/hyphens.py): the name stays whole after a title, and neither half
is taken for another person's surname."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sources(coder, text):
    return {
        (e.type.value, tuple(sorted({a.country for a in e.source})))
        for e in coder.code(text, date="2021-06-04")
    }


def _mentions(coder, text):
    from eventcoder.records import Document

    doc = Document(id="t", text=text, date=__import__("datetime").date(2021, 6, 4))
    (res,) = list(coder.pipe([doc], mentions=True))
    return {(m.actor.span.text, m.actor.country) for m in res.mentions}


def test_titled_name_goes_on_after_the_hyphen(coder):
    """The verb's subject is the surname's last half: it belongs to the titled name."""
    got = _sources(
        coder, "Austrian Interior Minister Lena Hofer-Kranz apologized to Slovenia on Monday."
    )
    assert ("CONCEDE", ("AUT",)) in got


def test_no_half_is_another_persons_surname(coder):
    """ "Weber" and "Brandt" are German surnames in the dictionary; here they are one Pole's."""
    found = _mentions(
        coder, "Polish Foreign Minister Karl Brandt-Weber criticized Russia on Monday."
    )
    assert ("Polish Foreign Minister Karl Brandt-Weber", "POL") in found
    assert all(text not in {"Weber", "Brandt"} for text, _ in found)


def test_a_compound_that_starts_the_name_is_left_alone(coder):
    found = _mentions(coder, "The Biden-Harris administration imposed sanctions on Iran.")
    assert ("Biden", "USA") in found
