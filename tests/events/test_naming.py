"""A trigger noun that is only the label "as" gives after a verb of naming is no event. Every
sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


def test_a_label_is_no_act(coder):
    sentence = "Ruto denied the allegations and labeled them as Somali disinformation."
    assert_dropped(coder, sentence, "disinformation", DropRule.SENSE)
