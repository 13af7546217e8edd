"""Modality from the word an event is the object of: a readout or a follow-up presupposes the
event, a turned-down offer cancels it, a preview announces it, "for X to" shares its head's."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        # an offer turned down is not carried out (GUIDELINES §16)
        (
            "Kenyan President William Ruto declined Foreign Minister Alfred Mutua's offer to"
            " resign on Monday.",
            "RETREAT",
            "negated",
        ),
        (
            "The Peruvian president turned down the interior minister's offer to resign.",
            "RETREAT",
            "negated",
        ),
        # a previewed act is still to come
        (
            "U.S. Secretary of State Antony Blinken previewed further military assistance for Kenya.",
            "AID",
            "future",
        ),
        # a readout or a follow-up is about talks already held (§18 presuppositions)
        (
            "I have a question, if you have any readout for Secretary Blinken's meetings with"
            " Kenyan officials.",
            "CONSULT",
            "asserted",
        ),
        (
            "The State Department gave no readout of Secretary Blinken's call with the Kenyan"
            " foreign minister.",
            "CONSULT",
            "asserted",
        ),
        (
            "I wanted to follow up on the recent talks between Kenya and Uganda.",
            "CONSULT",
            "asserted",
        ),
        # an infinitive with its own subject shares the modal of its head
        (
            "Kenyan President William Ruto would welcome it for Ugandan President Yoweri Museveni"
            " to visit Kenya.",
            "CONSULT",
            "hypothetical",
        ),
        # a speaker who says he wants to thank or congratulate does so
        (
            '"I want to thank the Government of Kenya for its hospitality," U.S. Secretary of'
            " State Antony Blinken said.",
            "SUPPORT",
            "asserted",
        ),
        (
            '"We would like to congratulate the people of Chile on their election," the Peruvian'
            " foreign minister said.",
            "SUPPORT",
            "asserted",
        ),
        # so does one who wants to begin or close by thanking or congratulating
        (
            '"I want to begin by congratulating the people of Chile on their election," the'
            " Peruvian foreign minister said.",
            "SUPPORT",
            "asserted",
        ),
        # conveying appreciation is a speech act performed in the saying
        (
            '"We would like to convey our deep appreciation to Japan for its support,"'
            " Indonesian Foreign Minister Retno Marsudi said.",
            "SUPPORT",
            "asserted",
        ),
    ],
)
def test_modal_objects(coder, sentence, type_, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.type.value == type_]
    assert events, f"no {type_} in {sentence!r}: {coder.code(sentence, date='2021-11-15')}"
    assert events[0].modality.value == modality


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        # an ability stated in the past or perfect was used, or (negated) not
        ("Kenyan officials were able to meet Ugandan officials in Kampala.", "asserted"),
        ("Kenya has been able to deploy troops to Somalia.", "asserted"),
        ("Kenyan officials were not able to meet Ugandan officials in Kampala.", "negated"),
        # an attempt reported as made is the act, begun; one still to come stays supposed
        ("Kenyan police tried to arrest the opposition leader on Monday.", "asserted"),
        ("Ugandan troops attempted to seize the Kenyan border post.", "asserted"),
        ("Kenyan police will try to arrest the opposition leader.", "hypothetical"),
    ],
)
def test_modal_objects_a_past_ability_or_attempt_was_used(coder, sentence, modality):
    events = coder.code(sentence, date="2021-11-15")
    assert events and events[0].modality.value == modality
