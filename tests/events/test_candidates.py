"""Exchanges between the candidates a document names are part of the race (events/candidates.py,
routine.between_runners). Every document is invented; the kept cases guard against the rule
reaching a candidate's acts on anyone else, or a government's acts."""

from __future__ import annotations

import pytest
from tests.explaining import explain

from eventcoder.events.candidates import runners
from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow

RACE = (
    "Kenyan opposition leader Peter Otieno, the presidential nominee of his party, and Kenyan "
    "President Samuel Kamau, the ruling party's candidate, held rallies on Sunday. "
)


def test_runners_are_the_people_the_document_titles(coder):
    doc = coder.nlp(
        "Tanzania's two presidential candidates, Joseph Mrema and Anna Mushi, met voters. "
        "Opposition nominee Halima Said spoke in Arusha. Said's running mate, John Lema, "
        "travelled to Dodoma, where the finance minister, Paul Kweka, met bankers."
    )
    assert runners(doc) == {"mrema", "mushi", "said", "lema"}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Otieno asked Kamau to publish his tax returns.", "asked"),
        ("Kamau accused Otieno of lying about his record.", "accused"),
    ],
)
def test_exchange_between_named_candidates_is_campaigning(coder, sentence, word):
    text = RACE + sentence
    events, drops = explain(coder, text)
    at = text.index(word, len(RACE))
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.CAMPAIGN, found


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Kamau ordered the police to arrest Otieno.", "COERCE"),
        ("Kamau accused Uganda of arming the rebels.", "ACCUSE"),
    ],
)
def test_acts_of_candidates_on_others_are_kept(coder, sentence, type_):
    events, _ = explain(coder, RACE + sentence)
    assert type_ in {e.type.value for e in events if e.trigger.start >= len(RACE)}, events


def test_an_exchange_with_no_candidates_named_is_kept(coder):
    text = "Kenyan President Samuel Kamau accused opposition leader Peter Otieno of lying."
    events, _ = explain(coder, text)
    assert "ACCUSE" in {e.type.value for e in events}, events
