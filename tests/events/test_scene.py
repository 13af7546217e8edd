"""The document as the event stage sees it: which country a story happens in."""

from __future__ import annotations

from datetime import date

import pytest
from tests.handmade import country, mention, parsed

from eventcoder.events.scene import story_country
from eventcoder.records import Document


def _doc(codes: list[str]):
    """One sentence per country code, "X said ." each, with X a mention of that country."""
    rows = []
    for i, _ in enumerate(codes):
        rows += [
            ("X", "x", "PROPN", "nsubj", 3 * i + 1),
            ("said", "say", "VERB", "ROOT", 3 * i + 1),
        ]
        rows += [(".", ".", "PUNCT", "punct", 3 * i + 1)]
    doc = parsed(rows)
    doc.spans["actors"] = [mention(doc, 3 * i, 3 * i + 1, country(c)) for i, c in enumerate(codes)]
    sent_of = {t: t // 3 for t in range(len(doc))}
    return doc, sent_of


def test_scene_the_story_happens_in_the_one_country_the_lede_names():
    # a British story that goes on to talk of America at length
    assert story_country(*_doc(["GBR", "GBR", "USA", "USA", "USA"])) == "GBR"


def test_scene_a_lede_naming_several_countries_or_none_places_no_story():
    assert story_country(*_doc(["GBR", "FRA", "GBR"])) is None
    assert story_country(*_doc([])) is None


def test_scene_a_publishers_release_has_no_story_country():
    doc, sent_of = _doc(["COL", "COL"])
    doc._.voice = "USA"  # "the Under Secretary will travel to Bogota, Colombia"
    assert story_country(doc, sent_of) is None


@pytest.mark.slow
def test_scene_a_countrys_name_inside_a_sum_of_money_is_no_side(coder):
    # "500 million US dollars": the currency's country is part of the amount, not the recipient
    text = "Japan provided 500 million US dollars to Kenya on Monday."
    document = Document(id="t", text=text, date=date(2022, 3, 10))
    events, _ = coder.builder.explain(coder.nlp(text), document)
    aid = [e for e in events if e.type.value == "AID"]
    assert aid, events
    assert {a.country for e in aid for a in e.target} == {"KEN"}, aid
