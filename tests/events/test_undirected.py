"""Events are dyadic: one whose recipient is not identified is left out (Settings.require_target)."""

from __future__ import annotations

import pytest

from eventcoder import Coder
from eventcoder.events.filters import DropRule
from eventcoder.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lenient():
    return Coder(settings=Settings(require_target=False))


def _types(events):
    return {(e.type.value, bool(e.target)) for e in events}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("China said it will send more aid.", "AID"),
        ("Germany sent aid.", "AID"),
    ],
)
def test_event_without_recipient_is_left_out(coder, lenient, text, type_):
    assert (type_, False) in _types(lenient.code(text, date="2022-03-01"))
    assert not any(e.type.value == type_ for e in coder.code(text, date="2022-03-01"))
    from datetime import date

    from eventcoder import Document

    _events, drops = coder.explain(Document(id="d", text=text, date=date(2022, 3, 1)))
    assert any(d.rule is DropRule.UNDIRECTED for d in drops)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Thousands of protesters marched through Nairobi on Tuesday.", "PROTEST"),
        ("Russia massed troops near the border on Monday.", "MOBILIZE"),
        ("Japan sent food aid to Turkey on Monday.", "AID"),
    ],
)
def test_directed_and_undirected_types_are_kept(coder, text, type_):
    assert any(e.type.value == type_ for e in coder.code(text, date="2023-02-08"))
