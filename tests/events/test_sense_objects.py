"""A trigger word whose object is no political thing is outside its event sense: software, animals
and causes are released, prayers provided, activities engaged in, consequences felt on prices.
Every sentence is invented; the kept cases guard against the rules reaching too far."""

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
    ("sentence", "word"),
    [
        (
            "The Kenyan ministry has not released the source code of the voting software.",
            "released",
        ),
        ("Rangers in Zambia released two rescued elephants into the national park.", "released"),
        ("The wolves were released by Italian wardens into the Apennine valley.", "released"),
        ("No cause was released for the blaze by Greek authorities on Monday.", "released"),
        ("Divers found the wreck using data released by the Chilean Navy.", "released"),
        ("A Kenyan bishop provided a prayer at the opening of the Nairobi summit.", "provided"),
        (
            "Did you see the footage that the Ukrainian president provided to the Security Council?",
            "provided",
        ),
        (
            "The Egyptian cleric spent his later years engaging in charity work in Cairo.",
            "engaging",
        ),
        (
            "Nigeria's drought is having massive consequences on regional food prices.",
            "consequences",
        ),
    ],
)
def test_a_trigger_whose_object_is_no_political_thing_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.SENSE, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Iran released two French citizens on Friday.", "RETREAT"),
        ("The prisoners that Iran released on Friday returned to France.", "RETREAT"),
        ("Japan provided food aid to Sri Lanka in March.", "AID"),
        ("India and China engaged in talks on the border dispute.", "CONSULT"),
        ("Canada is engaging with Mexico in the absence of a trade deal.", "CONSULT"),
        ("Canada has engaged the Kenyan government at various levels in the past.", "CONSULT"),
        (
            "Russia will face severe consequences for any attack on Moldova, France warned.",
            "THREATEN",
        ),
    ],
)
def test_events_near_the_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events
