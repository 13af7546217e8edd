"""A courtesy's speaker: "It's a pleasure to be here with X" in a transcript turn is said by the
turn's speaker, who is the one here with X (a meeting, GUIDELINES §18); the "it" is neither
another actor nor nobody."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

TRANSCRIPT = (
    "SECRETARY BLINKEN: Good morning. It's a pleasure to be here with the deputy prime minister "
    "of Cambodia, Prak Sokhonn.\n\nDEPUTY PRIME MINISTER PRAK SOKHONN: Thank you very much, "
    "Secretary Blinken. It\u2019s a real honor, pleasure to be here to have this meeting with "
    "you."
)


def _code(coder, text):
    from eventcoder.records import Document

    doc = Document(id="t", text=text, date=date(2022, 5, 13), source="U.S. Department of State")
    (res,) = list(coder.pipe([doc], mentions=True))
    return res


def _sides(res, word):
    text = res.document.text
    return {
        (e.type.value, tuple(a.country for a in e.source), tuple(a.country for a in e.target))
        for e in res.events
        if text[e.trigger.start : e.trigger.end] == word
    }


def test_courtesy_it_is_each_turns_speaker(coder):
    res = _code(coder, TRANSCRIPT)
    its = [m.actor for m in res.mentions if m.actor.span.text == "It"]
    assert [a.country for a in its] == ["USA", "KHM"]
    assert all("pronoun 'It'" in a.resolved_by for a in its)


def test_courtesy_being_here_with_a_minister_is_a_meeting(coder):
    res = _code(coder, TRANSCRIPT)
    assert _sides(res, "be") == {("CONSULT", ("USA",), ("KHM", "KHM"))}
    assert _sides(res, "meeting") == {("CONSULT", ("KHM",), ("USA",))}


def test_courtesy_someone_else_being_here_is_no_meeting(coder):
    text = (
        "SECRETARY BLINKEN: Good morning. Our spokesperson, Ned Price, is here with us today. "
        "It is important to be here with the deputy prime minister of Cambodia."
    )
    res = _code(coder, text)
    assert not _sides(res, "is")
    assert not _sides(res, "be")  # "important": a judgement, not the speaker's pleasure
    assert not [m for m in res.mentions if m.actor.span.text == "It"]
