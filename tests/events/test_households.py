"""A private person's act on his own family or himself, and a suspect giving himself up to the
police, are private life, no events (events/households.py). Every sentence is invented; the kept
cases guard against the rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "A Texas man killed his wife and two children on Monday before shooting himself.",
            "killed",
        ),
        (
            "A Texas man killed his wife and two children on Monday before shooting himself.",
            "shooting",
        ),
        (
            "Police said the suspected gunman surrendered himself to police in Nairobi.",
            "surrendered",
        ),
        ("The suspected gunman surrendered to police in Nairobi on Monday.", "surrendered"),
    ],
)
def test_private_life_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.PRIVATE, found
    assert found[0].why


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Russian soldiers killed his wife and two sons in Bucha.", "ASSAULT"),
        ("The Taliban arrested his brother in Kabul on Monday.", "COERCE"),
        ("Hundreds of Maoist rebels surrendered to police in India.", "RETREAT"),
        ("The Kenyan singer Jan Otieno accused the Ugandan government of lying.", "ACCUSE"),
    ],
)
def test_acts_near_these_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
