"""What is denied is no event (eval/GUIDELINES.md §1 "denials"): the content of a verb of denying
and of a claim refuted. Every sentence is invented; the kept cases guard against the rules
reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Ethiopian army denied shelling civilian areas of Mekele.", "shelling"),
        ("Russia denied that its forces had attacked the hospital in Mariupol.", "attacked"),
        ("Moscow rejected claims that its troops had shelled the Ukrainian town.", "shelled"),
        (
            "The minister said the assertion that Chad collaborated with France to topple the "
            "Libyan government is not true.",
            "collaborated",
        ),
        ("Kigali said the allegation that Rwanda armed the M23 was baseless.", "armed"),
    ],
)
def test_what_is_denied_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.DENIAL, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Moscow rejected claims that its troops had shelled the Ukrainian town.", "REJECT"),
        ("Russia denied Ukraine's request for a ceasefire.", "REJECT"),
        ("Kyiv accused Moscow of shelling the town on Monday.", "ASSAULT"),
        ("Russian forces shelled the Ukrainian town, the report said.", "ASSAULT"),
    ],
)
def test_acts_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
