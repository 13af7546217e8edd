"""The one who feels concern or dismay about another's act is the doer of the disapproval, not
the participle's "by" phrase (events/feelings.py, GUIDELINES §16)."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


def test_feelings_the_feeler_accuses_the_doer_of_the_act_named_by_by(coder):
    text = (
        "The United States is deeply troubled by the Georgian Parliament's approval of the judges."
    )
    assert ("ACCUSE", ("USA",), ("GEO",)) in dyads(coder, text)


def test_feelings_a_feeling_of_dismay_keeps_the_act_as_its_own_event(coder):
    got = dyads(coder, "Norway is alarmed by Sudan's arrest of the opposition leaders.")
    assert ("ACCUSE", ("NOR",), ("SDN",)) in got
    assert any(t == "COERCE" and s == ("SDN",) for t, s, _ in got)


def test_feelings_feelings_about_a_result_or_a_loss_are_no_event(coder):
    for text in (
        "The Kenyan team was shocked by the defeat.",
        "The minister was alarmed by the rise in prices.",
        "The United States is deeply disturbed by the death of the Palestinian activist.",
    ):
        assert not any(t == "ACCUSE" for t, _, _ in dyads(coder, text)), text
