"""Event places on hand-parsed sentences, resolved with the real offline gazetteer."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from tests.handmade import parsed

from eventcoder.events.places import PlaceFinder
from eventcoder.nlp.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def finder():
    return PlaceFinder(Gazetteer())


def _talks_in(place: str, ent: str = "B-GPE"):
    return parsed(
        [
            ("Leaders", "leader", "NOUN", "nsubj", 1),
            ("met", "meet", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            (place, place, "PROPN", "pobj", 2),
        ],
        ents=["O", "O", "O", ent],
    )


def test_places_a_place_after_in_is_resolved(finder):
    doc = _talks_in("Geneva")
    place = finder.find(doc[:], doc[1], None, 0)
    assert place is not None and place.span.text == "Geneva" and place.span.start == 15
    assert (place.name, place.country, place.feature) == ("Geneva", "CHE", "city")


def test_places_an_unknown_place_keeps_its_text_only(finder):
    doc = _talks_in("Qwertyville")
    place = finder.find(doc[:], doc[1], None, 0)
    assert place is not None and place.span.text == "Qwertyville" and place.country is None


def test_places_no_entity_no_place_unless_an_actor_mention_is_one(finder):
    doc = _talks_in("Geneva", ent="O")
    assert finder.find(doc[:], doc[1], None, 0) is None
    mention = Span(doc, 3, 4, label="place")
    place = finder.find(doc[:], doc[1], None, 0, {3: mention})
    assert place is not None and place.country == "CHE"


def test_places_from_is_a_place_only_for_withdrawals(finder):
    rows = [
        ("Troops", "troop", "NOUN", "nsubj", 1),
        ("VERB", "VERB", "VERB", "ROOT", 1),
        ("from", "from", "ADP", "prep", 1),
        ("Kherson", "Kherson", "PROPN", "pobj", 2),
    ]
    ents = ["O", "O", "O", "B-GPE"]
    withdrew = parsed(
        [r if r[0] != "VERB" else ("withdrew", "withdraw", *r[2:]) for r in rows], ents
    )
    came = parsed([r if r[0] != "VERB" else ("came", "come", *r[2:]) for r in rows], ents)
    place = finder.find(withdrew[:], withdrew[1], None, 0)
    assert place is not None and place.country == "UKR"
    assert finder.find(came[:], came[1], None, 0) is None


def test_places_the_place_inside_a_phrase_and_near_the_object(finder):
    doc = parsed(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("deployed", "deploy", "VERB", "ROOT", 1),
            ("troops", "troop", "NOUN", "dobj", 1),
            ("near", "near", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("city", "city", "NOUN", "pobj", 3),
            ("of", "of", "ADP", "prep", 5),
            ("Kharkiv", "Kharkiv", "PROPN", "pobj", 6),
        ],
        ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE"],
    )
    place = finder.find(doc[:], doc[1], None, 0)
    assert place is not None and place.span.text == "Kharkiv" and place.country == "UKR"


def test_places_a_town_several_countries_share_is_the_one_the_document_names(tmp_path, monkeypatch):
    from eventcoder.actors.records import ActorInfo, ActorKind, Rule, because
    from eventcoder.nlp import gazetteer

    countries = {
        "FR": {"iso3": "FRA", "name": "France", "geonameid": 1, "population": 10**7},
        "ES": {"iso3": "ESP", "name": "Spain", "geonameid": 2, "population": 10**7},
    }
    cities = [
        {"geonameid": g, "name": "Velmora", "countrycode": c, "latitude": 0.0, "longitude": 0.0}
        | {"population": p, "alternatenames": []}
        for g, c, p in [(10, "FR", 40_000), (11, "ES", 35_000)]
    ]
    monkeypatch.setattr(gazetteer, "build_index", lambda: gazetteer.index_of(cities, countries))
    finder = PlaceFinder(Gazetteer(tmp_path))
    doc = _talks_in("Velmora")
    place = finder.find(doc[:], doc[1], None, 0)
    assert place is not None and place.span.text == "Velmora" and place.country is None
    leaders = Span(doc, 0, 1, label="noun")
    how = because(Rule.DICTIONARY_PERSON, "x")
    leaders._.actors = (ActorInfo("Spain", "ESP", "GOV", ActorKind.NOUN, None, None, how),)
    doc.spans["actors"] = [leaders]
    place = finder.find(doc[:], doc[1], None, 0)
    assert place is not None and (place.country, place.geonameid) == ("ESP", 11)
