"""A group spread over the world ("journalists around the world", "global civil society") is no
one country's: neither the country a document is about nor the doer's own is guessed for it."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

TEXT = "Russia invaded Ukraine. Russia shelled Kyiv. We stand with journalists {}."


def _targets(coder, where):
    from eventcoder.records import Document

    doc = Document(
        id="t", text=TEXT.format(where), date=date(2022, 6, 1), source="U.S. Department of State"
    )
    events, _ = coder.explain(doc)
    return [
        [a.country for a in e.target]
        for e in events
        if doc.text[e.trigger.start : e.trigger.end] == "stand"
    ]


def test_worldwide_group_gets_no_documents_country(coder):
    assert _targets(coder, "around the world who are doing their jobs") == []


def test_group_in_the_documents_country_still_does(coder):
    assert _targets(coder, "who are doing their jobs there") == [["RUS"]]
