"""A lone name the small model labels an organisation is a place when a place's preposition
governs it and the gazetteer knows it ("killed civilians in Bucha", "the bombardment of
Mariupol"), even a town smaller than the big-city bar for unlabelled names elsewhere. Hand-parsed
sentences, blank pipeline, real dictionary and gazetteer."""

from __future__ import annotations

from datetime import date

from tests.handmade import parsed


def _places(matcher, nlp, rows, ents):
    doc = parsed(rows, ents, vocab=nlp.vocab)
    doc._.pub_date = date(2022, 4, 5)
    return [(m.text, m._.actors[0].country) for m in matcher(doc).spans["actors"]]


def _rows(prep: str):
    return [
        ("soldiers", "soldier", "NOUN", "nsubj", 1),
        ("killed", "kill", "VERB", "ROOT", 1),
        ("civilians", "civilian", "NOUN", "dobj", 1),
        (prep, prep, "ADP", "prep", 1),
        ("Bucha", "Bucha", "PROPN", "pobj", 3),
    ]


def test_org_labelled_town_after_in_is_a_place(matcher, nlp):
    found = _places(matcher, nlp, _rows("in"), ["O", "O", "O", "O", "B-ORG"])
    assert ("Bucha", "UKR") in found


def test_org_labelled_town_as_a_doer_is_no_place(matcher, nlp):
    # the same name as an organisation's subject: no preposition places it
    rows = [
        ("Bucha", "Bucha", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
    ]
    assert _places(matcher, nlp, rows, ["B-ORG", "O"]) == []


def test_acronym_after_of_is_no_town(matcher, nlp):
    # "since the launch of the GAP": an action plan's acronym, not Gap in France
    rows = [
        ("the", "the", "DET", "det", 1),
        ("launch", "launch", "NOUN", "ROOT", 1),
        ("of", "of", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("GAP", "GAP", "PROPN", "pobj", 2),
    ]
    assert _places(matcher, nlp, rows, ["O", "O", "O", "O", "B-ORG"]) == []


def _lagos(prep: str):
    return [
        ("Police", "police", "NOUN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("protesters", "protester", "NOUN", "dobj", 1),
        (prep, prep, "ADP", "prep", 1),
        ("Lagos", "Lagos", "PROPN", "pobj", 3),
    ]


def test_lone_surname_after_in_is_the_town(matcher, nlp):
    found = _places(matcher, nlp, _lagos("in"), ["O", "O", "O", "O", "B-GPE"])
    assert ("Lagos", "NGA") in found  # not Ricardo Lagos of Chile


def test_lone_surname_as_the_doer_stays_the_person(matcher, nlp):
    rows = [
        ("Lagos", "Lagos", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "dobj", 1),
    ]
    assert _places(matcher, nlp, rows, ["B-PERSON", "O", "O"]) == [("Lagos", "CHL")]


def test_country_before_based_is_a_place(matcher, nlp):
    rows = [
        ("a", "a", "DET", "det", 3),
        ("London", "London", "PROPN", "npadvmod", 2),
        ("-", "-", "PUNCT", "punct", 2),
        ("based", "base", "VERB", "amod", 3),
        ("monitor", "monitor", "NOUN", "nsubj", 4),
        ("said", "say", "VERB", "ROOT", 4),
    ]
    doc = parsed(rows, ["O", "B-GPE", "O", "O", "O", "O"], vocab=nlp.vocab)
    doc._.pub_date = date(2022, 4, 5)
    (london,) = [m for m in matcher(doc).spans["actors"] if m.text == "London"]
    assert london._.actors[0].sector is None  # where the monitor is based, not the government
