"""Pronoun chains: a resolved subject pronoun carries its actor to later pronouns of its kind."""

from __future__ import annotations

import pytest
from tests.explaining import mentions as _mentions

from eventcoder.actors.chains import pronoun_kind

pytestmark = pytest.mark.slow


def test_pronoun_kinds():
    assert pronoun_kind("His") == "he"
    assert pronoun_kind("her") == "she"
    assert pronoun_kind("they") == "they"


def test_chain_reaches_a_name_beyond_the_window(coder):
    # the name is more than 60 tokens before the last "he"; the "He" between them carries it
    text = (
        "Kenyan President William Ruto addressed parliament on Monday about the budget, the "
        "drought in the north of the country, the cost of fuel and food, the state of the roads "
        "and the railways, and the plans for the coming year. He also spoke at length about the "
        "schools, the hospitals, the water supply, the electricity grid, the ports, the farms "
        "and the markets of the coast and of the lakes. On Tuesday, he condemned the raids."
    )
    found = _mentions(coder, text)
    assert [c for t, c, _ in found if t == "he"] == ["KEN"]


def test_chain_keeps_to_one_person(coder):
    # a "she" is not the "He" before it: no chain between pronouns of another kind
    text = (
        "Kenyan President William Ruto addressed parliament on Monday about the budget, the "
        "drought in the north of the country, the cost of fuel and food, the state of the roads "
        "and the railways, and the plans for the coming year. He also spoke at length about the "
        "schools, the hospitals, the water supply, the electricity grid, the ports, the farms "
        "and the markets of the coast and of the lakes. On Tuesday, she condemned the raids."
    )
    found = _mentions(coder, text)
    assert [c for t, c, _ in found if t == "she"] == []
