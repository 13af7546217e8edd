"""The gazetteer's compiled index: built once into the cache folder, read back by later
processes with the same answers, rebuilt when the file is unreadable."""

from __future__ import annotations

from eventcoder.nlp import gazetteer
from eventcoder.nlp.gazetteer import Gazetteer, GeoHit


def test_index_is_compiled_once_and_read_back(tmp_path, monkeypatch):
    first = Gazetteer(tmp_path)
    kharkiv = first.lookup("Kharkiv")
    assert kharkiv is not None and kharkiv.country == "UKR" and kharkiv.feature == "city"
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1 and not list(tmp_path.glob(".tmp-*"))

    def no_build():
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(gazetteer, "build_index", no_build)
    second = Gazetteer(tmp_path)
    assert second.lookup("Kharkiv") == kharkiv
    assert second.lookup("the Kharkiv ") == kharkiv  # "the " and spaces are not part of a name
    assert second.lookup("Peshawar").country == "PAK"
    assert second.lookup("France") == first.lookup("France")
    assert isinstance(second.lookup("France"), GeoHit)
    assert second.lookup("Nowhereville") is None


def test_an_alias_lists_its_cities_most_populous_first(tmp_path):
    index, rows, countries = gazetteer.build_index()
    assert len(rows) < len(index)  # aliases share their city's row
    springfield = [GeoHit(*rows[r]) for r in index["springfield"]]
    others = [r for r in rows if r[0] == "Springfield"]
    assert len(springfield) >= len(others) > 1
    assert [h.population for h in springfield] == sorted(
        (h.population for h in springfield), reverse=True
    )
    assert countries["france"].feature == "country"


def test_unreadable_cache_file_is_rebuilt(tmp_path):
    Gazetteer(tmp_path).lookup("Kyiv")
    (path,) = tmp_path.glob("gazetteer-*.pickle")
    path.write_bytes(b"not a pickle")
    assert Gazetteer(tmp_path).lookup("Kyiv").country == "UKR"
    assert path.read_bytes() != b"not a pickle"


def test_unwritable_cache_folder_still_answers(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert Gazetteer(blocker / "sub").lookup("Kyiv").country == "UKR"
