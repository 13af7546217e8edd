"""A country's name inside a region's name is no actor ("aid to Central America", "Latin
American leaders", "the Americas"), while the country's own name, and a country whose name holds
a region word ("South Africa"), stay actors. Hand-parsed sentences, blank pipeline, real
dictionary."""

from __future__ import annotations

from tests.handmade import matched_countries


def _countries(matcher, nlp, rows, ents=None):
    return matched_countries(matcher, nlp.vocab, rows, ents)


def test_regions_a_region_named_for_a_continent_is_no_country(matcher, nlp):
    rows = [
        ("Japan", "Japan", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("aid", "aid", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Central", "Central", "PROPN", "compound", 5),
        ("America", "America", "PROPN", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 5),
        ("the", "the", "DET", "det", 8),
        ("Americas", "Americas", "PROPN", "conj", 5),
    ]
    ents = ["B-GPE", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC"]
    assert _countries(matcher, nlp, rows, ents) == ["JPN"]


def test_regions_a_regions_adjective_is_no_nationality(matcher, nlp):
    rows = [
        ("Latin", "Latin", "PROPN", "amod", 2),
        ("American", "American", "ADJ", "amod", 2),
        ("leaders", "leader", "NOUN", "nsubj", 3),
        ("met", "meet", "VERB", "ROOT", 3),
        ("American", "American", "ADJ", "amod", 5),
        ("envoys", "envoy", "NOUN", "dobj", 3),
    ]
    assert "USA" in _countries(matcher, nlp, rows)  # the second "American" is one
    assert _countries(matcher, nlp, rows).count("USA") == 1


def test_regions_a_country_named_with_a_region_word_stays(matcher, nlp):
    rows = [
        ("South", "South", "PROPN", "compound", 1),
        ("Africa", "Africa", "PROPN", "nsubj", 2),
        ("thanked", "thank", "VERB", "ROOT", 2),
        ("America", "America", "PROPN", "dobj", 2),
    ]
    ents = ["B-GPE", "I-GPE", "O", "B-GPE"]
    assert _countries(matcher, nlp, rows, ents) == ["ZAF", "USA"]
