"""Who makes a journey or holds talks told only as the time of another act
(events/journeys.py)."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a journey in a time phrase is made by the clause's subject
        (
            "During a visit to Kenya, the Chinese foreign minister pledged aid to Somalia.",
            ("CONSULT", ("CHN",), ("KEN",)),
        ),
        (
            "After a three-day visit to Beijing, Putin signed an energy deal with Kazakhstan.",
            ("CONSULT", ("RUS",), ("CHN",)),
        ),
        # talks with a named partner in a time phrase: the clause's subject is the other side
        (
            "Following a phone call with Zelensky, Scholz announced new aid.",
            ("CONSULT", ("DEU",), ("UKR",)),
        ),
        (
            "Speaking after a meeting with Erdogan, Merkel said trade would grow.",
            ("CONSULT", ("DEU",), ("TUR",)),
        ),
        ("Merkel spoke to reporters after talks with Erdogan.", ("CONSULT", ("DEU",), ("TUR",))),
    ],
)
def test_journeys_the_traveller_of_a_journey_in_a_time_phrase(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "During the visit to Kenya, protesters clashed with police.",
        "After the meeting with the Kenyan minister, protesters clashed with police.",
    ],
)
def test_journeys_no_traveller_from_a_subject_that_names_nobody(coder, text):
    found = dyads(coder, text)
    assert not [d for d in found if d[0] == "CONSULT"]


def test_journeys_a_journey_timing_a_future_act_is_future(coder):
    """ "During a visit to Kenya, the minister will pledge": the visit is yet to come."""
    text = "During a visit to Kenya, the Chinese foreign minister will pledge aid to Somalia."
    visits = [e for e in coder.code(text, date="2021-06-04") if e.type.value == "CONSULT"]
    assert visits and all(e.modality.value == "future" for e in visits)
