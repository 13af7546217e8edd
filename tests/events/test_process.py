"""Domestic process with no second side (events/process.py): a politician joining a party, two
organs of one state agreeing. Every sentence is invented; the kept cases guard a state's
agreements with its rebels and a party joining a government."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Former Kenyan senator John Kamau joined the Orange Democratic Movement, a Kenyan "
            "party, in 2019.",
            "joined",
        ),
        # a seat in a legislature (the name the tagger does not place, "Mwangi"), a ticket
        ("In 2013 the Kenyan lawyer John Mwangi joined the National Assembly of Kenya.", "joined"),
        (
            "The Kenyan government was shut down because the Kenyan president and the Kenyan "
            "parliament could not agree on a budget.",
            "agree",
        ),
        # a leader signing a law: lawmaking of one state
        ("The Kenyan president signed Senator Kamau's bill into law in 2015.", "signed"),
        ("The Zambian president signed an executive order on land reform on Monday.", "signed"),
        (
            "The Kenyan president kept his word, signing a funding bill that includes $5 million "
            "for Uganda's schools.",
            "signing",
        ),
    ],
)
def test_domestic_process_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.NO_OTHER_SIDE, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Ethiopia's government and the Tigrayan rebels agreed on a truce on Wednesday.", "AGREE"),
        ("Kenya joined the African Union mission in Somalia in 2011.", "COOPERATE"),
        ("The Greens joined the coalition government of Germany.", "COOPERATE"),
        ("Kenya signed a trade agreement with Uganda on Monday.", "SUPPORT"),
        ("The Ghanaian president signed a decree expelling the Togolese ambassador.", "SANCTION"),
    ],
)
def test_agreements_and_joinings_with_another_side_are_kept(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


def test_a_request_for_an_emergency_declaration_is_routine(coder):
    sentence = "The governor of Kentucky asked President Biden for a federal disaster declaration."
    events, drops = explain(coder, sentence)
    at = sentence.index("asked")
    assert not [e for e in events if e.trigger.start == at], events
    assert any(d.trigger == at and d.rule is DropRule.NO_OTHER_SIDE for d in drops), drops


def test_a_governors_political_demand_keeps_its_event(coder):
    sentence = "The governor of Texas urged President Biden to close the border with Mexico."
    events, _ = explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index("urged")]


def test_granting_the_head_of_governments_request_is_routine(coder):
    sentence = (
        "Yesterday, the Dutch King announced he will comply with the request of Prime Minister "
        "Jan de Vries to dissolve parliament for two months."
    )
    events, drops = explain(coder, sentence)
    at = sentence.index("comply")
    assert not [e for e in events if e.trigger.start == at], events
    assert any(d.trigger == at and d.rule is DropRule.NO_OTHER_SIDE for d in drops), drops


@pytest.mark.parametrize(
    "sentence",
    [
        "The Thai government complied with the protesters' demands on Monday.",
        "The Ukrainian president acceded to the request of the US government to extradite them.",
    ],
)
def test_yielding_to_a_demand_or_a_foreign_request_is_kept(coder, sentence):
    events, _ = explain(coder, sentence)
    assert "CONCEDE" in {e.type.value for e in events}, events
