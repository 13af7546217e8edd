"""The eventcoder_actors component on hand-parsed sentences: pieces, composition, kinds, reasons.
Uses the real dictionary and a blank English pipeline (no statistical model)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.handmade import parsed

from eventcoder.actors.records import ActorKind, Rule, render


def _run(matcher, nlp, rows, ents=None, day=date(2021, 11, 15)):
    doc = parsed(rows, ents, vocab=nlp.vocab)
    doc._.pub_date = day
    doc = matcher(doc)
    return [(m.text, m._.actors) for m in doc.spans["actors"]]


PUTIN = [
    ("Russian", "russian", "ADJ", "amod", 3),
    ("President", "President", "PROPN", "compound", 3),
    ("Vladimir", "Vladimir", "PROPN", "compound", 3),
    ("Putin", "Putin", "PROPN", "nsubj", 4),
    ("visited", "visit", "VERB", "ROOT", 4),
    ("India", "India", "PROPN", "dobj", 4),
]


def test_match_a_titled_name_is_one_dated_person(matcher, nlp):
    found = _run(matcher, nlp, PUTIN, ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-GPE"])
    (text, (putin,)), (india_text, (india,)) = found
    assert text == "Russian President Vladimir Putin"
    assert (putin.kind, putin.country, putin.actor_id) == (
        ActorKind.PERSON,
        "RUS",
        "vladimir-putin",
    )
    assert putin.office == "head_of_state" and putin.how.base().rule is Rule.DICTIONARY_PERSON
    assert render(putin.how).startswith("dictionary person 'vladimir-putin'; ")
    assert (india_text, india.kind, india.country) == ("India", ActorKind.COUNTRY, "IND")
    assert render(india.how) == "country country 'India'"


def test_match_a_demonym_gives_a_sector_noun_its_country(matcher, nlp):
    rows = [
        ("Indian", "indian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("arrived", "arrive", "VERB", "ROOT", 2),
    ]
    ((text, (info,)),) = _run(matcher, nlp, rows)
    assert (text, info.kind, info.country, info.sector) == (
        "Indian troops",
        ActorKind.NOUN,
        "IND",
        "MIL",
    )
    assert render(info.how) == "sector noun 'troops' + people 'Indian'"


def test_match_a_country_after_a_locative_preposition_is_a_place(matcher, nlp):
    rows = [
        ("Talks", "talk", "NOUN", "nsubj", 1),
        ("began", "begin", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Syria", "Syria", "PROPN", "pobj", 2),
    ]
    ((text, (info,)),) = _run(matcher, nlp, rows, ents=["O", "O", "O", "B-GPE"])
    assert (text, info.kind, info.sector, info.country) == ("Syria", ActorKind.PLACE, None, "SYR")
    assert render(info.how) == "country country 'Syria' (as a place)"


def test_match_lower_case_words_are_not_names(matcher, nlp):
    rows = [
        ("russian", "russian", "ADJ", "amod", 1),
        ("salad", "salad", "NOUN", "ROOT", 1),
    ]
    assert _run(matcher, nlp, rows) == []


def test_match_keeps_no_state_between_documents(matcher, nlp):
    before = {k: v for k, v in vars(matcher).items()}
    first = _run(matcher, nlp, PUTIN, ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-GPE"])
    _run(
        matcher,
        nlp,
        [("Indian", "indian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "ROOT", 1)],
    )
    again = _run(matcher, nlp, PUTIN, ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-GPE"])
    assert vars(matcher) == before
    assert [(t, i) for t, i in first] == [(t, i) for t, i in again]


@pytest.fixture
def shared_names(matcher, tmp_path, monkeypatch):
    """A gazetteer of invented towns: "Velmora" in three countries of like size, "Quenton" a
    large city with a small namesake elsewhere."""
    from eventcoder.nlp import gazetteer

    countries = {
        code: {"iso3": iso3, "name": name, "geonameid": gid, "population": 10**7}
        for code, iso3, name, gid in [
            ("FR", "FRA", "France", 1),
            ("ES", "ESP", "Spain", 2),
            ("IT", "ITA", "Italy", 3),
        ]
    }
    towns = [
        (10, "Velmora", "FR", 40_000),
        (11, "Velmora", "ES", 38_000),
        (12, "Velmora", "IT", 30_000),
        (20, "Quenton", "IT", 2_000_000),
        (21, "Quenton", "FR", 20_000),
    ]
    cities = [
        {"geonameid": g, "name": n, "countrycode": c, "latitude": 0.0, "longitude": 0.0}
        | {"population": p, "alternatenames": []}
        for g, n, c, p in towns
    ]
    monkeypatch.setattr(gazetteer, "build_index", lambda: gazetteer.index_of(cities, countries))
    monkeypatch.setattr(matcher, "gazetteer", gazetteer.Gazetteer(tmp_path))
    return matcher


def _places(found):
    return [(text, a.country) for text, infos in found for a in infos if a.kind is ActorKind.PLACE]


def test_match_a_town_several_countries_share_is_the_named_countrys(shared_names, nlp):
    rows = [
        ("Spain", "Spain", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("envoy", "envoy", "NOUN", "nsubj", 3),
        ("arrived", "arrive", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Velmora", "Velmora", "PROPN", "pobj", 4),
    ]
    ents = ["B-GPE", "O", "O", "O", "O", "B-GPE"]
    assert _places(_run(shared_names, nlp, rows, ents)) == [("Velmora", "ESP")]
    rows[0] = ("The", "the", "DET", "det", 2)
    ents[0] = "O"
    assert _places(_run(shared_names, nlp, rows, ents)) == []  # no country rather than a guess


def test_match_a_word_that_ends_a_persons_name_is_no_town(shared_names, nlp):
    rows = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("Quenton", "Quenton", "PROPN", "dobj", 1),
    ]
    ents = ["O", "O", "B-GPE"]
    assert _places(_run(shared_names, nlp, rows, ents)) == [("Quenton", "ITA")]  # dominant
    rows = [
        ("Marta", "Marta", "PROPN", "compound", 1),
        ("Quenton", "Quenton", "PROPN", "nsubj", 2),
        ("spoke", "speak", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("Officials", "official", "NOUN", "nsubj", 5),
        ("praised", "praise", "VERB", "ROOT", 5),
        ("Quenton", "Quenton", "PROPN", "dobj", 5),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE"]
    assert _places(_run(shared_names, nlp, rows, ents)) == []
