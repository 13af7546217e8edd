"""Frame conditions of the trigger lexicon that separate a verb's event sense from the rest:
prepositional objects that undo a frame (`without_pobj`), object classes, particles."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


def test_retreating_from_a_goal_is_no_withdrawal(coder):
    text = (
        "France, which has retreated from a previous goal of ousting Malian President Assimi "
        "Goita, has stated reconstruction will cost billions."
    )
    assert not any(t == "RETREAT" for t, _, _ in dyads(coder, text))


def test_retreating_from_a_place_stays_a_withdrawal(coder):
    got = dyads(coder, "Russian forces retreated from Kyiv in April.")
    assert any(t == "RETREAT" and tg == ("UKR",) for t, _, tg in got)


def test_disarming_a_lone_gunman_is_no_one_giving_up_arms(coder):
    text = "A police officer disarmed the gunman outside the Kenyan parliament."
    assert not any(t == "RETREAT" for t, _, _ in dyads(coder, text))


def test_calling_out_an_actor_is_criticism(coder):
    got = dyads(coder, "The European Union called out China for its abuses in Xinjiang.")
    assert ("ACCUSE", ("IGO",), ("CHN",)) in got
    assert not any(t == "REQUEST" for t, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters shelled the Malian town, leaving 20 people dead.",
        "Russian forces destroyed the power plants in Kharkiv, leaving Ukrainian families without water.",
        "Syrian troops bombarded the Turkish border villages, leaving hundreds of civilians wounded.",
    ],
)
def test_the_toll_an_attack_leaves_is_no_withdrawal(coder, text):
    assert not any(t == "RETREAT" for t, _, _ in dyads(coder, text))


def test_troops_leaving_a_country_still_withdraw(coder):
    got = dyads(coder, "Russian troops left the Ukrainian city of Kherson on Friday.")
    assert ("RETREAT", ("RUS",), ("UKR",)) in got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Britain held Iran to account for the seizure of the tanker.", (("GBR",), ("IRN",))),
        (
            "Canada will hold to account those Iranian officials responsible for the downing.",
            (("CAN",), ("IRN",)),
        ),
    ],
)
def test_holding_an_actor_to_account_is_an_accusation(coder, text, dyad):
    assert ("ACCUSE", *dyad) in dyads(coder, text)


def test_taking_a_finding_into_account_is_no_accusation(coder):
    got = dyads(coder, "Kenya's foreign minister took the Ethiopian findings into account.")
    assert not any(t == "ACCUSE" for t, _, _ in got)
