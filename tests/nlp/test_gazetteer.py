"""Choosing among the towns that share a name: the text's countries first, else the most
populous only when it dwarfs its namesakes elsewhere, else none; world regions are no towns.
Invented places throughout (the index is built from hand-made GeoNames records)."""

from __future__ import annotations

import pytest

from eventcoder.nlp import gazetteer
from eventcoder.nlp.gazetteer import DOMINANCE, Gazetteer

COUNTRIES = {
    code: {"iso3": iso3, "name": name, "geonameid": gid, "population": 1_000_000}
    for code, iso3, name, gid in [
        ("AA", "AAA", "Aland", 1),
        ("BB", "BBB", "Borduria", 2),
        ("CC", "CCC", "Carpania", 3),
    ]
}


def city(gid, name, code, population, *aliases):
    return {
        "geonameid": gid,
        "name": name,
        "countrycode": code,
        "latitude": 1.0,
        "longitude": 2.0,
        "population": population,
        "alternatenames": list(aliases),
    }


CITIES = [
    city(10, "Velmora", "AA", 40_000),  # namesakes of like size in three countries
    city(11, "Velmora", "BB", 38_000),
    city(12, "Velmora", "CC", 30_000),
    city(20, "Quenton", "BB", 140_000),  # dwarfs its namesake (7 times)
    city(21, "Quenton", "CC", 20_000),
    city(30, "Ostrava Nova", "AA", 90_000, "Ostra"),  # "Ostra": alias of a city...
    city(31, "Ostra", "CC", 60_000),  # ... and another's own name
    city(40, "Pellam", "AA", 500_000),  # twice in one country: no rival elsewhere
    city(41, "Pellam", "AA", 20_000),
    city(50, "Tunnard", "CC", 50_000, "Africa", "Middle East"),
    city(60, "Brisk", "AA", 900_000),  # a far larger city of that very name ...
    city(61, "Brisk", "CC", 30_000),
    city(70, "Greater Holm", "AA", 900_000, "Holm"),  # ... and one only an alias names
    city(71, "Holm", "CC", 30_000),
]


@pytest.fixture
def gaz(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "build_index", lambda: gazetteer.index_of(CITIES, COUNTRIES))
    return Gazetteer(tmp_path)


def test_every_town_of_a_name_is_kept_most_populous_first(gaz):
    assert [h.country for h in gaz.candidates("Velmora")] == ["AAA", "BBB", "CCC"]
    assert [h.geonameid for h in gaz.candidates("ostra")] == [30, 31]
    assert [h.country for h in gaz.candidates("Borduria")] == ["BBB"]  # a country is itself
    assert gaz.candidates("Nowhere") == []


def test_a_country_the_text_names_decides(gaz):
    assert gaz.lookup("Velmora", {"CCC"}).geonameid == 12
    assert gaz.lookup("Velmora", {"BBB", "CCC"}).geonameid == 11  # most populous of those
    assert gaz.lookup("Ostra", {"CCC"}).geonameid == 31


def test_a_far_larger_city_of_that_very_name_outweighs_the_texts_country(gaz):
    assert gaz.lookup("Brisk", {"CCC"}).geonameid == 60
    assert gaz.lookup("Brisk", {"AAA", "CCC"}).geonameid == 60
    assert gaz.lookup("Holm", {"CCC"}).geonameid == 71  # an alias does not
    assert gaz.lookup("Quenton", {"CCC"}).geonameid == 21  # nor a merely larger one


def test_without_such_a_country_only_a_dominant_town_is_taken(gaz):
    assert gaz.lookup("Velmora") is None  # a wrong country is worse than none
    assert gaz.lookup("Velmora", {"ZZZ"}) is None
    assert gaz.lookup("Quenton").country == "BBB"  # 7 times its namesake
    assert DOMINANCE * 60_000 > 90_000 and gaz.lookup("Ostra") is None
    assert gaz.lookup("Pellam").geonameid == 40  # namesakes in the same country are no rivals
    assert gaz.lookup("Borduria").feature == "country"


def test_world_regions_are_never_towns(gaz):
    assert gaz.lookup("Africa") is None and gaz.candidates("the Middle East") == []
    assert gaz.lookup("Africa", {"CCC"}) is None
    assert gaz.lookup("Tunnard").geonameid == 50  # the town keeps its own name
