"""Frames that judge another actor's act (GUIDELINES §16: concern about an identified actor's
act is ACCUSE toward it): the act named after the preposition stays an event of its own."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


def test_concerned_about_an_actors_act_accuses_its_doer(coder):
    got = dyads(coder, "Japan is deeply concerned about China's military drills around Taiwan.")
    assert ("ACCUSE", ("JPN",), ("CHN",)) in got
    assert ("MOBILIZE", ("CHN",), ("TWN",)) in got


def test_concerned_by_a_named_decision_accuses_its_maker(coder):
    text = "Canada is deeply concerned by a Russian court's decision to ban the rights group."
    assert any(
        t == "ACCUSE" and s == ("CAN",) and tg == ("RUS",) for t, s, tg in dyads(coder, text)
    )


def test_concern_for_safety_or_a_situation_is_no_accusation(coder):
    for text in (
        "Germany is concerned about the safety of its citizens in Sudan.",
        "Uganda is deeply concerned about the situation in eastern Congo.",
    ):
        assert not any(t == "ACCUSE" for t, _, _ in dyads(coder, text)), text
