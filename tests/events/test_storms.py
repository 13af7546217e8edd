"""An emergency declared against a storm the story names by its bare name (events/storms.py,
political._emergency_against_hazard). Invented sentences."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


def test_emergency_against_a_named_storm_is_dropped(coder):
    text = (
        "Hurricane Odette strengthened on Friday. On Saturday, Florida Governor Ron DeSantis "
        "declared a state of emergency in anticipation of Odette."
    )
    events, drops = _explain(coder, text)
    at = text.index("declared")
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.NOT_POLITICAL, found


def test_emergency_against_unrest_is_kept(coder):
    text = (
        "Jan Odette led the protests on Friday. On Saturday, the Kenyan president declared a "
        "state of emergency in anticipation of Odette's march."
    )
    events, _ = _explain(coder, text)
    assert "COERCE" in {e.type.value for e in events}, events
