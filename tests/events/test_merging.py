"""One act told twice, and event words that only name a kind: invented sentences for the rules of
events/merging.py, events/modifiers.py and the background cues of events/references.py."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.filters import DropRule
from eventcoder.records import Document, EventType, Modality

pytestmark = pytest.mark.slow

PUB = date(2022, 3, 10)


def _explain(coder, text: str):
    document = Document(id="t", text=text, date=PUB)
    return coder.builder.explain(coder.nlp(text), document)


def _kept(coder, text: str):
    return [e for e in _explain(coder, text)[0] if not e.reference]


def _types(coder, text: str) -> list[EventType]:
    return sorted(e.type for e in _kept(coder, text))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Norway will send an amphibious assault ship to Haiti next week.", "assault"),
        ("Kenya issued arrest warrants for two Somali officials on Monday.", "arrest"),
        # the parser reads the participle after "to" as an infinitive with the noun its object
        (
            "Kenya urged Somalia to return its troops to internationally recognized Somali land.",
            "recognized",
        ),
    ],
)
def test_a_trigger_that_modifies_a_noun_names_a_kind(coder, sentence, word):
    _, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert any(d.rule is DropRule.MODIFIER and d.trigger == at for d in drops), drops


@pytest.mark.parametrize(
    "text",
    [
        "India and Russia set up a consultation channel on Afghanistan on Monday.",
        "Canada imposed a new sanctions regime on Belarus on Monday.",
    ],
)
def test_a_head_that_carries_the_act_keeps_it(coder, text):
    _, drops = _explain(coder, text)
    assert not any(d.rule is DropRule.MODIFIER for d in drops), drops


def test_what_was_agreed_and_done_is_the_act_not_an_agreement(coder):
    text = "EU leaders agreed on Monday to ban Belarusian airlines from their airspace."
    assert _types(coder, text) == [EventType.SANCTION]


def test_what_was_vowed_and_is_still_to_come_stays_the_undertaking(coder):
    text = "The Kenyan government vowed on Monday to strengthen its alliance with Uganda."
    events = _kept(coder, text)
    assert [e.type for e in events] == [EventType.AGREE]


def test_a_second_act_after_an_agreement_is_not_its_content(coder):
    text = "Pakistan accepted India's offer on Monday, and its president spoke by phone with Modi."
    assert EventType.AGREE in _types(coder, text)


def test_the_toll_of_an_attack_is_that_attack(coder):
    text = "Ethiopian jets struck the market in Mekele on Friday, killing twelve people."
    assert _types(coder, text) == [EventType.ASSAULT]


def test_a_visit_named_in_a_phrase_of_the_arrival_is_that_visit(coder):
    text = "Japan's prime minister arrived in Beijing on Thursday for the first official visit."
    events = _kept(coder, text)
    assert [e.type for e in events] == [EventType.CONSULT]
    assert [a.country for a in events[0].target] == ["CHN"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Bolivian president resigned on Friday after weeks of protests.", "protests"),
        ("Iran kept supplying arms to the Bosnian army despite the U.N. embargo.", "embargo"),
        (
            "Israeli jets struck Gaza on Sunday in retaliation for Hamas rocket fire on Israeli towns.",
            "fire",
        ),
    ],
)
def test_background_nouns_are_references(coder, sentence, word):
    at = sentence.index(word)
    events, _ = _explain(coder, sentence)
    found = [e for e in events if e.trigger.start == at]
    assert found and all(e.reference for e in found), found
    assert all(e.modality is not Modality.NEGATED for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina asked the U.N. committee on Thursday to press Britain into negotiations.",
        "Kenya urged the African Union to call on Ethiopia to withdraw its troops.",
    ],
)
def test_a_request_to_request_is_one_request(coder, text):
    events = _kept(coder, text)
    assert [e.type for e in events] == [EventType.REQUEST]
    assert [a.country for a in events[0].target] == ["IGO"]
