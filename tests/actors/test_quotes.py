"""Quotations: a bare office inside a quotation is the speaker's own country's office ("I
applaud the president," a US senator said), never a president named earlier in the story."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow

BEFORE = "Bashar al-Assad met Vladimir Putin in Moscow on Monday. "


def _countries(found, text):
    return [c for t, c, _ in found if t == text]


def test_a_bare_president_in_a_senator_s_quotation_is_his_country_s(coder):
    found = mentions(
        coder, BEFORE + '"I applaud the president for his courage," Senator Lindsey Graham said.'
    )
    assert _countries(found, "president") == ["USA"]


def test_the_speaker_s_own_foreign_minister(coder):
    found = mentions(
        coder,
        BEFORE + "\u201cThe foreign minister will travel to Kyiv,\u201d Ukrainian President "
        "Volodymyr Zelenskyy said.",
    )
    assert _countries(found, "foreign minister") == ["UKR"]


def test_outside_a_quotation_the_president_refers_back(coder):
    found = mentions(coder, BEFORE + "Later the president flew home, Senator Lindsey Graham said.")
    assert _countries(found, "president") != ["USA"]


def test_an_office_named_with_its_country_stays_that_country_s(coder):
    found = mentions(
        coder, BEFORE + '"I applaud the Syrian president," Senator Lindsey Graham said.'
    )
    assert _countries(found, "Syrian president") == ["SYR"]


def test_an_unattributed_quotation_gives_no_country(coder):
    found = mentions(coder, 'Protesters carried signs. "The president must go."')
    assert _countries(found, "president") in ([], [None])
