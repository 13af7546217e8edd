"""The actors a role word carries when it is no actor itself, on hand-parsed sentences (no
statistical model): above all whose act or thing it is ("the annexation of Crimea by Russia")."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from tests.handmade import country, mention, parsed, place

from eventcoder.events.linked import linked_mentions


def _at(doc: Doc, spans: list[Span]) -> dict[int, Span]:
    return {t.i: s for s in spans for t in s}


def test_linked_the_by_phrase_names_whose_act_it_is_not_the_of_phrase():
    """ "France criticized the annexation of Crimea by Russia": Russia's act, not Crimea's."""
    doc = parsed(
        [
            ("France", "France", "PROPN", "nsubj", 1),
            ("criticized", "criticize", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("annexation", "annexation", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("Crimea", "Crimea", "PROPN", "pobj", 4),
            ("by", "by", "ADP", "prep", 3),
            ("Russia", "Russia", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    at = _at(doc, [mention(doc, 5, 6, place("UKR")), mention(doc, 7, 8, country("RUS"))])
    assert [s.text for s in linked_mentions(doc[3], at)] == ["Russia"]


def _decision(clause: list[tuple[str, str, str, str, int]]) -> tuple[Doc, dict[int, Span]]:
    """ "Germany condemned the decision <clause> ." with Germany and Beijing named."""
    doc = parsed(
        [
            ("Germany", "Germany", "PROPN", "nsubj", 1),
            ("condemned", "condemn", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("decision", "decision", "NOUN", "dobj", 1),
            *clause,
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    beijing = next(i for i, r in enumerate(clause, start=4) if r[0] == "Beijing")
    at = _at(
        doc,
        [mention(doc, 0, 1, country("DEU")), mention(doc, beijing, beijing + 1, country("CHN"))],
    )
    return doc, at


def test_linked_the_agent_of_the_participle_and_the_subject_of_the_relative_clause():
    doc, at = _decision(
        [
            ("announced", "announce", "VERB", "acl", 3),
            ("by", "by", "ADP", "agent", 4),
            ("Beijing", "Beijing", "PROPN", "pobj", 5),
        ]
    )
    assert [s.text for s in linked_mentions(doc[3], at)] == ["Beijing"]
    doc, at = _decision(
        [
            ("that", "that", "PRON", "dobj", 6),
            ("Beijing", "Beijing", "PROPN", "nsubj", 6),
            ("took", "take", "VERB", "relcl", 3),
        ]
    )
    assert [s.text for s in linked_mentions(doc[3], at)] == ["Beijing"]


def test_linked_not_a_clause_that_says_something_about_the_thing():
    """ "the decision, which Beijing said was final": Beijing speaks of it, not made it here."""
    doc, at = _decision(
        [
            (",", ",", "PUNCT", "punct", 3),
            ("which", "which", "PRON", "nsubj", 9),
            ("Beijing", "Beijing", "PROPN", "nsubj", 7),
            ("said", "say", "VERB", "relcl", 3),
            ("was", "be", "AUX", "ccomp", 7),
            ("final", "final", "ADJ", "acomp", 8),
        ]
    )
    assert linked_mentions(doc[3], at) == []


def test_linked_people_stay_themselves_whoever_hired_them():
    """ "arrested the men hired by Beijing": the men are no act of Beijing's."""
    doc = parsed(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3),
            ("men", "man", "NOUN", "dobj", 1),
            ("hired", "hire", "VERB", "acl", 3),
            ("by", "by", "ADP", "agent", 4),
            ("Beijing", "Beijing", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    at = _at(doc, [mention(doc, 6, 7, country("CHN"))])
    assert linked_mentions(doc[3], at) == []


def test_linked_not_who_undergoes_the_thing_nor_a_law_that_forbids_it():
    """ "the situation Beijing endures", "the activity prohibited by the Beijing Convention"."""
    doc, at = _decision(
        [
            ("Beijing", "Beijing", "PROPN", "nsubj", 5),
            ("endures", "endure", "VERB", "relcl", 3),
        ]
    )
    assert linked_mentions(doc[3], at) == []
    doc = parsed(
        [
            ("France", "France", "PROPN", "nsubj", 1),
            ("banned", "ban", "VERB", "ROOT", 1),
            ("activity", "activity", "NOUN", "dobj", 1),
            ("prohibited", "prohibit", "VERB", "acl", 2),
            ("by", "by", "ADP", "agent", 3),
            ("the", "the", "DET", "det", 6),
            ("Convention", "convention", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    at = _at(doc, [mention(doc, 6, 7, country("CAN"))])
    assert linked_mentions(doc[2], at) == []
