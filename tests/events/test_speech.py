"""Threats told as what will befall another actor ("said X would pay a heavy price"), and a
threat raised rather than made: the speaker is the doer, the one who will face it the target."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _threats(coder, text):
    return [
        (e.source[0].code[:3] if e.source else None, e.target[0].code[:3] if e.target else None)
        for e in coder.code(text, date="2023-05-10")
        if e.type.value == "THREATEN"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Pakistan's foreign minister said India would face consequences for the raid.",
            "PAK",
            "IND",
        ),
        ("The Serbian president said Kosovo will pay a high price for the arrests.", "SRB", "XKX"),
        ("Beijing said Manila would bear the consequences of its provocations.", "CHN", "PHL"),
        (
            "Addis Ababa said Egyptian officials would be held responsible for any attack.",
            "ETH",
            "EGY",
        ),
        (
            "Moscow has made clear that Finland would suffer the consequences of joining NATO.",
            "RUS",
            "FIN",
        ),
        ("Washington raised the threat of sanctions against Nicaragua on Friday.", "USA", "NIC"),
    ],
)
def test_speaker_threatens_whom_the_consequence_befalls(coder, text, source, target):
    events = coder.code(text, date="2023-05-10")
    threats = [e for e in events if e.type.value == "THREATEN"]
    assert threats, text
    assert (threats[0].source[0].country, threats[0].target[0].country) == (source, target)
    assert threats[0].modality.value == "asserted"
    # the threatened content is no event of its own
    assert not any(e.type.value in {"SANCTION", "ASSAULT"} for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said we would pay a much higher price if we did nothing.",
        "Kenya paid a heavy price for the drought, the minister said.",
        "The risk is that Ghana will pay a heavy price for the delay.",
    ],
)
def test_no_threat_without_another_actor_to_face_it(coder, text):
    assert not _threats(coder, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Canberra warned that it would impose tariffs on Jakarta if it banned the exports.",
            "IDN",
        ),
        ("Seoul warned that it would take action against Pyongyang if Russia sent troops.", "PRK"),
    ],
)
def test_threat_aimed_past_the_threatened_object(coder, text, target):
    threats = [e for e in coder.code(text, date="2023-05-10") if e.type.value == "THREATEN"]
    assert threats and threats[0].target[0].country == target


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan put its air force on high alert after the raid.",
        "Seoul placed its troops on heightened readiness on Friday.",
    ],
)
def test_forces_put_on_alert_are_no_target(coder, text):
    """MOBILIZE, not THREATEN: the doer's own forces are what is mobilized, not whom it aims at."""
    events = [e for e in coder.code(text, date="2023-05-10") if e.type.value == "MOBILIZE"]
    assert events and not events[0].target
    assert not any(e.type.value == "THREATEN" for e in coder.code(text, date="2023-05-10"))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # said of an act: the threat falls on its doer, whatever quantifier the act has
        (
            "NATO said any Russian attack on an ally would be met with a swift and united"
            " response.",
            "IGO",
            "RUS",
        ),
        (
            "Tokyo stressed that further Chinese incursions would be met with firm countermeasures"
            " and severe costs.",
            "JPN",
            "CHN",
        ),
        # said as what there will be: on whom it is for, or who is supposed in the condition
        (
            "The G7 reiterated that there would be massive consequences for Russia if it invaded"
            " Ukraine.",
            "IGO",
            "RUS",
        ),
        (
            "Ankara made clear that if Greece armed the islands, there would be severe"
            " consequences.",
            "TUR",
            "GRC",
        ),
    ],
)
def test_consequences_said_of_an_act_or_a_condition(coder, text, source, target):
    threats = [e for e in coder.code(text, date="2022-02-10") if e.type.value == "THREATEN"]
    assert threats, text
    assert (threats[0].source[0].country, threats[0].target[0].country) == (source, target)
    assert threats[0].modality.value == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # no one says it, no one it befalls, or a meeting
        "Any further escalation would be met with severe costs.",
        "The minister said there would be consequences for the economy.",
        "Blinken met with Lavrov in Geneva on Friday.",
        "Our efforts to engage have not been met with a response from Pyongyang.",
    ],
)
def test_no_consequence_threat_without_sayer_and_threatened(coder, text):
    assert not _threats(coder, text)
