"""Acronyms a document defines: a later use is the actor of the defining name, and a definition
that spells out another name beats the dictionary's reading of the same letters."""

from __future__ import annotations

import pytest
from tests.explaining import mentions

pytestmark = pytest.mark.slow


def test_a_spelled_out_name_beats_the_dictionarys_reading(coder):
    """ "Parchin Chemical Industries (PCI)": no Italian Communist Party."""
    text = (
        "The Treasury designated Parchin Chemical Industries (PCI) for sanctions. "
        "The United States sanctioned PCI again in May."
    )
    found = mentions(coder, text, date="2022-06-01")
    assert not any(t == "PCI" for t, _, _ in found)


def test_a_redefined_acronym_takes_the_defining_mentions_actor(coder):
    text = (
        "Blinken met African Union Commission (AUC) Chairperson Moussa Faki Mahamat. "
        "The AUC signed a memorandum with the United States."
    )
    found = mentions(coder, text, date="2022-03-11")
    assert ("AUC", "IGO", None) in {(t, c, s) for t, c, s in found if t == "AUC"}
    assert not any(t == "AUC" and c == "COL" for t, c, _ in found)


def test_the_dictionarys_own_name_spelled_another_way_keeps_the_acronym(coder):
    """ "Cooperation" for the dictionary's "Co-operation" is the same organisation."""
    text = (
        "The Organization for Security and Cooperation in Europe (OSCE) criticized Russia. "
        "The OSCE condemned Russia."
    )
    found = mentions(coder, text, date="2022-03-11")
    assert ("OSCE", "IGO") in {(t, c) for t, c, _ in found}


def test_an_acronym_the_dictionary_reads_alike_is_kept(coder):
    text = "The Irish Republican Army (IRA) bombed a barracks. The IRA later declared a ceasefire."
    found = mentions(coder, text, date="1994-08-31")
    assert ("IRA", "GBR") in {(t, c) for t, c, _ in found}


def test_an_unspelled_acronym_keeps_the_dictionarys_reading(coder):
    found = mentions(coder, "The IRA declared a ceasefire in 1994.", date="1994-08-31")
    assert ("IRA", "GBR") in {(t, c) for t, c, _ in found}


def test_a_name_read_through_a_redefined_acronym_loses_that_reading(coder):
    """ "the U.S.-AUC High Level Dialogue" after "African Union Commission (AUC)": not COL."""
    text = (
        "Blinken and African Union Commission (AUC) Chairperson Moussa Faki Mahamat met today. "
        "They spoke at the AUC High Level Dialogue in Washington."
    )
    found = mentions(coder, text, date="2022-03-11")
    assert not any(c == "COL" for _, c, _ in found)
