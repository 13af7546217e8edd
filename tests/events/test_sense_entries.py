"""Sense conditions on trigger entries: the word's other sense, told by its argument, is read as
that sense (attacks on a policy are criticism) or is no event ("positive reinforcement"). Every
sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _types(coder, text: str) -> set[str]:
    document = Document(id="t", text=text, date=date(2022, 3, 10))
    events, _ = coder.builder.explain(coder.nlp(text), document)
    return {e.type.value for e in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brazilian senator denounced the president's attacks on mail-in voting in Brasilia.",
        "The Polish president rejected the Hungarian premier's attacks on the new migration policy.",
        "The Canadian painter grew up with ample positive reinforcement from her teachers.",
    ],
)
def test_the_other_sense_is_no_force(coder, sentence):
    assert not _types(coder, sentence) & {"ASSAULT", "MOBILIZE"}


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Russia launched an attack on Kyiv overnight.", "ASSAULT"),
        ("Russia sent more reinforcements to its troops in Belarus.", "MOBILIZE"),
    ],
)
def test_the_event_sense_is_kept(coder, sentence, type_):
    assert type_ in _types(coder, sentence)
