"""Evidence is cut from the document's own text, though the model parses a copy with the curly
apostrophe swapped for the plain one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_evidence_keeps_the_curly_apostrophe(coder):
    text = "Japan’s foreign minister condemned Russia’s invasion of Ukraine on Monday."
    events = coder.code(text, date="2022-03-01")
    assert events
    for ev in events:
        assert ev.text in text and "’" in ev.text
        for span in (ev.trigger, *(a.span for a in (*ev.source, *ev.target))):
            assert text[span.start : span.end] == span.text
