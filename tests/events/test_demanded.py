"""What a clause says an actor should or must do, and what a list of demands includes, is the
content of a demand, not an act (eval/GUIDELINES.md §1, §2). Every sentence is invented; the kept
cases guard against the rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Iran is holding three Canadians and should release them at once.", "release"),
        ("Belarus should free the jailed Polish journalists.", "free"),
        ("Russia must immediately comply with the order of the Hague tribunal.", "comply"),
        ("Activists in Oslo say that the Norwegian government should ask Minsk for help.", "ask"),
        ("Their demands have included dissolving the Serbian parliament.", "dissolving"),
        (
            "The Chilean students' demands include an investigation of the police and the "
            "release of all those arrested.",
            "release",
        ),
    ],
)
def test_what_is_demanded_is_dropped_as_its_content(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.WISH, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # "must" after a verb of saying is the speaker's REQUEST (reframe.obligation)
        ("The Malian junta said the French troops in the country must leave.", "REQUEST"),
        # a decision that one's own country should act is its plan
        ("Obama said he had decided the United States should strike Syria.", "ASSAULT"),
        # an epistemic "must have": the act was done
        ("Russian forces must have shelled Ukrainian troops near Kharkiv.", "ASSAULT"),
        ("The Chilean police released all the students arrested in the protests.", "RETREAT"),
    ],
)
def test_acts_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
