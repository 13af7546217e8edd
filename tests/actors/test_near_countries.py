"""Misspelt country names and demonyms ("Venezualan", "Guatamalan") resolve to their country with
a confidence below 1, only for long words, only when one country is that near, never for a word
the gazetteer knows as a place ("Columbia") or a short word."""

from __future__ import annotations

from datetime import date

import pytest
from tests.handmade import parsed

from eventcoder.actors.fuzzy import NameIndex
from eventcoder.actors.records import Rule


def _run(matcher, nlp, word: str, pos: str = "ADJ"):
    rows = [
        (word, word, pos, "amod", 1),
        ("diplomats", "diplomat", "NOUN", "nsubj", 2),
        ("arrived", "arrive", "VERB", "ROOT", 2),
    ]
    doc = parsed(rows, vocab=nlp.vocab)
    doc._.pub_date = date(2021, 6, 1)
    return [(m.text, m._.actors[0]) for m in matcher(doc).spans["actors"]]


@pytest.mark.parametrize(
    ("word", "country"),
    [("Venezualan", "VEN"), ("Guatamalan", "GTM"), ("Nicaraguen", "NIC"), ("Azerbaijian", "AZE")],
)
def test_a_misspelt_demonym_is_its_country_with_a_lower_confidence(matcher, nlp, word, country):
    ((text, info),) = _run(matcher, nlp, word)
    assert (text, info.country, info.sector) == (f"{word} diplomats", country, "GOV")
    assert 0.8 <= info.confidence < 1
    assert info.how.mentions({Rule.FUZZY})


def test_an_exact_demonym_keeps_full_confidence(matcher, nlp):
    ((_, info),) = _run(matcher, nlp, "Venezuelan")
    assert (info.country, info.confidence) == ("VEN", 1.0)
    assert not info.how.mentions({Rule.FUZZY})


@pytest.mark.parametrize("word", ["Isreali", "Irani", "Columbia", "Diplomat"])
def test_short_words_known_places_and_far_words_are_no_guess(matcher, nlp, word):
    assert all(info.confidence == 1.0 for _, info in _run(matcher, nlp, word, "PROPN"))
    assert all(info.country is None for _, info in _run(matcher, nlp, word, "PROPN"))


def test_the_country_index_guesses_only_when_one_country_is_within_reach():
    idx = NameIndex(full_names=False)
    for name, code in [("nigerian", "NGA"), ("nigerien", "NER"), ("venezuelan", "VEN")]:
        idx.add(name, code)
    assert idx.near("Venezualan")[:2] == ("VEN", "venezuelan")
    assert idx.near("Nigerion") is None  # one edit from two countries' demonyms: no guess
    assert idx.near("Venezuelanos") is None  # two edits on a word of 12 letters: too far
    assert idx.near("venezuelan") is None  # written as in the dictionary: no near spelling
