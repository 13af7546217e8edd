"""The publisher's own bodies: in a government's release, its legislature called by the short
name its dictionary entry ends in ("Congress") is that government's; in a release with no
publisher country the word stays unplaced."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _congress(coder, source):
    from eventcoder.records import Document

    text = "Our administration is also working with Congress to do even more for Ukraine."
    doc = Document(id="t", text=text, date=date(2022, 3, 8), source=source)
    (res,) = list(coder.pipe([doc], mentions=True))
    return [m.actor for m in res.mentions if m.actor.span.text == "Congress"]


def test_voice_the_publishers_own_legislature_by_its_short_name(coder):
    (actor,) = _congress(coder, "U.S. Department of State")
    assert (actor.country, actor.sector) == ("USA", "LEG")
    assert "the publisher's country" in actor.resolved_by


def test_voice_no_publisher_country_leaves_the_word_unplaced(coder):
    (actor,) = _congress(coder, None)
    assert actor.country is None
