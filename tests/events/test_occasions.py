"""Activities and stances with no other political side, dropped with their rule (events/occasions.py
and genericity.acts_in_general): a crowd attending, travel at home, a government's rally, what a
commitment is to, what a referendum decided, what a kind of act can do. Every sentence is
invented; the kept cases guard against the rules reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.filters import DropRule
from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _explain(coder, text: str):
    document = Document(id="t", text=text, date=date(2022, 3, 10))
    return coder.builder.explain(coder.nlp(text), document)


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        (
            "More than 500 people attended the conference in Accra on Saturday.",
            "attended",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The memorial service was attended by thousands of mourners in Nairobi.",
            "attended",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Brazilian president visited Manaus on Tuesday to inspect the flood damage.",
            "visited",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Mexican foreign minister will travel to Monterrey and Tijuana next week.",
            "travel",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "The Turkish president spoke to supporters at a rally in Izmir on Sunday.",
            "rally",
            DropRule.NO_OTHER_SIDE,
        ),
        (
            "Japan reaffirmed its commitment to work with ASEAN on maritime security.",
            "work",
            DropRule.COMMITMENT,
        ),
        (
            "Norway restated its commitment to supporting the Sudanese refugees in Chad.",
            "supporting",
            DropRule.COMMITMENT,
        ),
        (
            "Scots voted in a 2014 referendum to remain in the United Kingdom.",
            "remain",
            DropRule.BALLOT,
        ),
        (
            "Swiss voters voted to join the United Nations in 2002.",
            "join",
            DropRule.BALLOT,
        ),
        (
            "Strikes by Greek dockworkers can paralyse the ports of Athens for days.",
            "Strikes",
            DropRule.GENERIC,
        ),
        (
            "Some of the member states send troops to the African Union mission.",
            "send",
            DropRule.GENERIC,
        ),
    ],
)
def test_an_activity_with_no_other_side_is_dropped_with_its_rule(coder, sentence, word, rule):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is rule, found
    assert found[0].why


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The Chinese foreign minister attended the ASEAN summit in Jakarta.", "CONSULT"),
        ("The Brazilian president visited Buenos Aires on Tuesday.", "CONSULT"),
        ("Opposition supporters held a rally against the government in Izmir.", "PROTEST"),
        ("The Kenyan parliament voted to expel the Ugandan ambassador on Monday.", "SANCTION"),
        ("Some of the protesters attacked Nigerian police officers in Lagos on Monday.", "ASSAULT"),
    ],
)
def test_acts_near_these_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
