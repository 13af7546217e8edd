"""A country word joined by a hyphen to a language or an origin ("French-speaking villages",
"Iranian-made drones") names no actor: neither the side attacked nor the one attacking."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _coded(coder, text):
    doc = Document(id="t", text=text, date=date(2022, 1, 10))
    (res,) = list(coder.pipe([doc], mentions=True))
    return res


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cameroon's army attacked French-speaking villages in the west on Monday.", "French"),
        ("Russia attacked Ukrainian cities with Iranian-made drones on Monday.", "Iranian"),
        ("Rebels fired Russian-origin rockets at the Malian army base on Monday.", "Russian"),
        ("Police raided the offices of an English-language newspaper in Yangon.", "English"),
    ],
)
def test_a_language_or_origin_word_is_no_actor(coder, text, word):
    res = _coded(coder, text)
    assert not [m for m in res.mentions if m.actor.span.text == word], res.mentions
    sides = {a.country for e in res.events for a in (*e.source, *e.target)}
    assert {"FRA", "IRN", "GBR"}.isdisjoint(sides), res.events


def test_a_demonym_alone_still_names_its_country(coder):
    res = _coded(coder, "Cameroon's army attacked French troops in the west on Monday.")
    assert [sorted(a.country for a in e.target) for e in res.events] == [["FRA"]]
