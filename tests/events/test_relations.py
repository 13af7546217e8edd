"""The parties of a relation an act is about are the states its "between" phrase lists, not
whoever brokers, announces or helps it (events/relations.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sides(coder, text, type_):
    return {
        (tuple(a.country for a in e.source), tuple(sorted({a.country for a in e.target})))
        for e in coder.code(text, date="2022-03-01")
        if e.type.value == type_
    }


def test_relations_a_helped_restoration_is_the_parties_own(coder):
    text = "Norway helped restore relations between Peru and Chile."
    assert _sides(coder, text, "SUPPORT") == {(("PER",), ("CHL",))}


def test_relations_an_announced_deal_is_between_its_parties(coder):
    text = "Egypt announced an agreement to normalize ties between Chad and Israel."
    assert _sides(coder, text, "AGREE") == {(("TCD",), ("ISR",))}


def test_relations_the_broker_talks_but_the_normalisation_is_the_parties(coder):
    text = "Washington brokered a deal to normalize relations between Chad and Israel."
    assert _sides(coder, text, "SUPPORT") == {(("TCD",), ("ISR",))}
    assert _sides(coder, text, "CONSULT") == {(("USA",), ("TCD",))}


def test_relations_a_judged_act_is_aimed_at_its_named_doer_not_its_place(coder):
    text = "Erdogan attacked the recognition of Jerusalem as the capital of Israel by Guatemala."
    assert _sides(coder, text, "ACCUSE") == {(("TUR",), ("GTM",))}
