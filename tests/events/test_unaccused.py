"""An accusation of an attack whose doer the text does not name accuses no one
(events/unaccused.py). Every sentence is invented; the kept cases name the attacker."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The United States condemns any attacks against civilians in Ethiopia's Tigray region.",
            "condemns",
        ),
        ("Kenya condemned the killing of Somali civilians in Mogadishu.", "condemned"),
        ("Navalny's associates alleged that Navalny was poisoned.", "alleged"),
    ],
)
def test_attacks_with_no_named_doer_accuse_no_one(coder, sentence, word):
    assert_dropped(coder, sentence, word, DropRule.NO_TARGET)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The United States condemned Russia's attacks against civilians in Kharkiv.", "condemned"),
        ("Kenya condemned the attack on its embassy in Mogadishu by al-Shabaab.", "condemned"),
    ],
)
def test_named_attackers_are_accused(coder, sentence, word):
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)]
