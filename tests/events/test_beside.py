"""An actor inside a speech act coordinated with the trigger's clause ("... and urged Russia to
withdraw") is that speech's side, not the trigger's guessed recipient (events/beside.py)."""

from __future__ import annotations

import pytest
from tests.explaining import DAY, dyads

from eventcoder.records import Document

pytestmark = pytest.mark.slow


def test_beside_talks_do_not_take_the_addressee_of_a_coordinated_appeal(coder):
    text = "The Japanese foreign minister discussed the crisis and urged Russia to pull back."
    got = dyads(coder, text)
    assert ("CONSULT", ("JPN",), ("RUS",)) not in got
    assert ("REQUEST", ("JPN",), ("RUS",)) in got


def test_beside_aid_does_not_go_to_the_actor_a_coordinated_call_names(coder):
    text = (
        "Canada is sending medical supplies as well as calling for an end to the war that "
        "Ethiopia is waging in Tigray."
    )
    assert not any(t == "AID" and tg == ("ETH",) for t, _, tg in dyads(coder, text))


def test_beside_a_shared_object_stays_the_recipient_of_both_verbs(coder):
    got = dyads(coder, "Australia condemned and sanctioned Iran.")
    assert ("ACCUSE", ("AUS",), ("IRN",)) in got
    assert ("SANCTION", ("AUS",), ("IRN",)) in got


def test_beside_a_reported_statement_can_still_name_the_recipient(coder):
    text = "India welcomed the pilot's return but said it would not enter talks with Pakistan."
    assert ("SUPPORT", ("IND",), ("PAK",)) in dyads(coder, text)


STATE = "U.S. Department of State (press releases, state.gov)"


def _released(coder, text):
    events, _ = coder.explain(Document(id="t", text=text, date=DAY, source=STATE))
    return {
        (
            e.type.value,
            tuple(sorted({a.country for a in e.source})),
            tuple(sorted({a.country for a in e.target})),
        )
        for e in events
    }


def test_beside_the_speaker_talking_about_an_act_is_not_its_recipient(coder):
    text = (
        "We appreciate the government of Kenya’s commitment to investigating the killings and "
        "holding accountable those responsible."
    )
    assert not any(tg == ("USA",) for _, _, tg in _released(coder, text))


def test_beside_the_speaker_joining_a_call_is_not_its_addressee(coder):
    text = "We join Poland in calling for the release of all those detained in Belarus."
    got = _released(coder, text)
    assert ("REQUEST", ("POL",), ("USA",)) not in got
    assert ("REQUEST", ("POL",), ("BLR",)) in got


def test_beside_the_speaker_can_be_the_target_of_a_clause_of_its_own(coder):
    text = "We offered talks with the DPRK, and yet the DPRK has declined our invitation."
    assert ("REJECT", ("PRK",), ("USA",)) in _released(coder, text)
