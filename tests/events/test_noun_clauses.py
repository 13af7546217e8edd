"""Sides a noun event's own clauses name (events/noun_clauses.py): the subject of a relative
clause of performing, the origin of one of undergoing or coming, the parties a "between" phrase
lists, and the defender an act is aimed at, who is never its doer."""

from __future__ import annotations

import pytest
from tests.explaining import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the subject of a relative clause of performing does the act, not who repeats it
        (
            "Ankara repeated the warning that Moscow put forward to Kyiv last week.",
            ("THREATEN", ("RUS",), ("UKR",)),
        ),
        # also where the parser reads the relative clause as a "that" clause
        (
            "Lithuania endorsed the accusations that Poland levelled against Belarus on Monday.",
            ("ACCUSE", ("POL",), ("BLR",)),
        ),
        # a reciprocal act is made by the parties its "between" phrase lists, not by who hails it
        (
            "The foreign ministers of Chile and Peru welcomed the ceasefire between Armenia and"
            " Azerbaijan.",
            ("CONCEDE", ("ARM",), ("AZE",)),
        ),
        # a relative clause of coming names where the act comes from; a defender is its target
        (
            "Germany will help Lithuania protect itself from cyberattacks that originate from"
            " Russia.",
            ("COERCE", ("RUS",), ("LTU",)),
        ),
    ],
)
def test_clause_sides(coder, text, want):
    assert want in dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # who defends against attacks never carries them out
        ("Washington pledged to help Kenya defend itself against the attacks.", "KEN"),
        # who backs talks is no party to them
        ("Brazil said it would support dialogue between Colombia and Venezuela.", "BRA"),
    ],
)
def test_no_doer_from_outside(coder, text, wrong):
    for e in coder.code(text, date="2021-06-04"):
        if e.type.value in {"ASSAULT", "CONSULT"}:
            assert wrong not in {a.country for a in e.source}


def test_mediator_keeps_the_talks(coder):
    """ "Qatar hosted talks between X and Y": the host consults the parties (GUIDELINES §12)."""
    got = dyads(coder, "Qatar hosted talks between the United States and the Taliban.")
    assert ("CONSULT", ("QAT",), ("AFG", "USA")) in got


def test_an_apology_goes_to_the_victims_of_what_it_is_for(coder):
    """GUIDELINES §14: apologies go to the victims' country, named in the harm apologised for;
    the harm itself is a reference (the object of the apology), not a new attack."""
    events = coder.code(
        "Belgium's foreign minister apologized on Friday for the killing of three Rwandan farmers.",
        date="2021-06-04",
    )
    assert [
        (e.type.value, sorted({a.country for a in e.source}), sorted({a.country for a in e.target}))
        for e in events
        if not e.reference
    ] == [("CONCEDE", ["BEL"], ["RWA"])]


def test_a_people_of_one_country_places_its_members(coder):
    """generic.yaml's regional demonyms: the Herero are Namibian, the Nuer South Sudanese."""
    got = dyads(coder, "Sudanese troops attacked Nuer villages on Monday.")
    assert ("ASSAULT", ("SDN",), ("SSD",)) in got


def test_who_frees_in_a_swap_is_the_other_side(coder):
    got = dyads(
        coder, "Two Estonian citizens were freed on Friday in a prisoner swap with Belarus."
    )
    assert ("RETREAT", ("BLR",), ("EST",)) in got


def test_consequences_another_faces_are_the_speakers_warning(coder):
    """The undergoer of a relative clause is the target; the doer stays the verb's subject."""
    got = dyads(coder, "The G7 reiterated the severe consequences Russia would face.")
    assert ("THREATEN", ("IGO",), ("RUS",)) in got


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        # "called for X to V": X is asked, and what it is asked to do is no event of its own
        (
            "Germany called for Russia to withdraw its troops from Moldova.",
            ("REQUEST", ("DEU",), ("RUS",)),
            "RETREAT",
        ),
        (
            "Kenya pushed for Ethiopia to reopen the border crossings.",
            ("REQUEST", ("KEN",), ("ETH",)),
            None,
        ),
    ],
)
def test_what_is_called_for_from_whom(coder, text, want, wrong):
    """A "for" subject of an infinitive clause is the addressee of the call (no phone call)."""
    got = dyads(coder, text)
    assert want in got
    assert not any(t == wrong or t == "CONSULT" for t, _s, _t in got)
