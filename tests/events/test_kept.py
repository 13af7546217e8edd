"""Relations talked about as things ("our solidarity will have an impact", "we will retain that
solidarity") and one's own ongoing work welcomed ("we welcome our continued collaboration with
the Kenyan government") are no acts; a relation kept up toward a named side and another side's
work welcomed stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import explain

pytestmark = pytest.mark.slow

STATE = "U.S. Department of State"


def _why(drops, sentence, word):
    at = sentence.index(word)
    return [d.why or "" for d in drops if d.trigger == at]


@pytest.mark.parametrize(
    ("sentence", "word", "why"),
    [
        (
            "Whatever Russia does next, we will retain that solidarity.",
            "solidarity",
            "a relation kept up",
        ),
        (
            "The European Union, NATO and our solidarity will have an impact on Moscow's choices.",
            "solidarity",
            "a relation as what the clause is about",
        ),
        (
            "We welcome our continued collaboration with the Kenyan government to address "
            "climate change.",
            "welcome",
            "one's own ongoing work welcomed",
        ),
    ],
)
def test_a_relation_as_a_thing_is_dropped(coder, sentence, word, why):
    events, drops = explain(coder, sentence, source=STATE)
    assert not events, events
    assert any(why in w for w in _why(drops, sentence, word)), drops


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Whatever Russia does next, we will retain our solidarity with Ukraine.", "solidarity"),
        ("We welcome the continued cooperation of Kenya in the investigation.", "welcome"),
    ],
)
def test_a_relation_toward_a_side_is_left_alone(coder, sentence, word):
    _, drops = explain(coder, sentence, source=STATE)
    whys = _why(drops, sentence, word)
    assert not any(w.startswith(("a relation", "one's own")) for w in whys), drops
