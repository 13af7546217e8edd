"""Modality from the words around the trigger: planned, hypothetical and denied events are not facts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        ("Chinese President Xi Jinping visited Moscow on Monday.", "CONSULT", "asserted"),
        ("Chinese President Xi Jinping will visit Moscow next week.", "CONSULT", "future"),
        ("Chinese President Xi Jinping is expected to visit Moscow in March.", "CONSULT", "future"),
        ("Chinese President Xi Jinping plans to visit Moscow.", "CONSULT", "future"),
        ("Moscow is preparing for the visit of Chinese President Xi Jinping.", "CONSULT", "future"),
        ("The European Union may impose sanctions on Belarus.", "SANCTION", "hypothetical"),
        ("Belarus fears possible sanctions by the European Union.", "SANCTION", "hypothetical"),
        (
            "The United States could expel Russian diplomats if the talks fail.",
            "SANCTION",
            "hypothetical",
        ),
        ("Turkey may expel the Dutch ambassador.", "SANCTION", "hypothetical"),
        ("France could impose sanctions against Iran.", "SANCTION", "hypothetical"),
        ("Japan did not send troops to Iraq.", "MOBILIZE", "negated"),
        ("Egypt refused to open its border with Gaza.", "REJECT", "asserted"),
        ("Tehran denied that it had supplied Russia with drones.", "AID", "negated"),
        ("Russia never attacked Ukrainian civilians, the Kremlin said.", "ASSAULT", "negated"),
        ("Iraq invaded Kuwait in 1990, the report recalled.", "ASSAULT", "historical"),
        ("Russia extended all possible help to India.", "AID", "asserted"),
        ("Peru is about to hold a fifth round of talks with Chile.", "CONSULT", "future"),
        ("Chile said that it would send troops to Haiti – it has.", "MOBILIZE", "asserted"),
        ("Chile said that it would send troops to Haiti.", "MOBILIZE", "future"),
        # the "that" clause of "the fact" is presupposed, whatever modal or negation rules above
        ("Nothing can change the fact that Uganda invaded Kenya.", "ASSAULT", "asserted"),
        ("Uganda could invade Kenya.", "ASSAULT", "hypothetical"),
    ],
)
def test_modality_cues(coder, sentence, type_, modality):
    events = [e for e in coder.code(sentence, date="2021-11-15") if e.type.value == type_]
    assert events, f"no {type_} in {sentence!r}: {coder.code(sentence, date='2021-11-15')}"
    assert events[0].modality.value == modality


def test_modality_asserted_only_setting():
    from eventcoder import Coder

    coder = Coder(asserted_only=True)
    events = coder.code(
        "China will impose sanctions on Lithuania. China recalled its ambassador from Lithuania.",
        date="2021-08-10",
    )
    assert {e.modality.value for e in events} == {"asserted"}
    assert [e.type.value for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("France called for sanctions against Iran.", ["REQUEST"]),
        ("Turkey threatened to expel the Dutch ambassador.", ["THREATEN"]),
    ],
)
def test_modality_requested_or_threatened_acts_are_contents_not_events(coder, sentence, types):
    assert [e.type.value for e in coder.code(sentence, date="2021-11-15")] == types
