"""The compiled actor cache: keyed by content, rebuilt on change, written atomically; folding and
near spellings."""

from __future__ import annotations

import spacy

from eventcoder.actors import cache
from eventcoder.actors.fuzzy import NameIndex, distance
from eventcoder.actors.phrases import fold


def test_fold_drops_case_and_diacritics():
    assert fold("Erdoğan") == "erdogan"
    assert fold("Łukaszenka") == "lukaszenka"
    assert fold("Šakalienė") == "sakaliene"


def test_bounded_distance():
    assert distance("macron", "macronn", 1) == 1
    assert distance("philippines", "phillipines", 2) == 2
    assert distance("abcdefgh", "hgfedcba", 2) == 3  # stops past the bound


def test_near_names_only_when_one_person_is_near():
    idx = NameIndex()
    idx.add("Emmanuel Macron", "macron")
    idx.add("Li Qiang", "li")
    assert idx.near("Emmanuel Macronn")[:2] == ("macron", "emmanuel macron")
    assert idx.near("Li Qian") is None  # too short for a guess
    idx.add("Emmanuel Macrom", "other")
    assert idx.near("Emmanuel Macronm") is None  # two people as near


def test_cache_is_built_once_and_rebuilt_when_a_file_changes(tmp_path):
    nlp = spacy.blank("en")
    user = tmp_path / "mine.yaml"
    user.write_text("organisations:\n  - {id: x, name: Xland Front, kind: party, country: FRA}\n")
    folder = tmp_path / "cache"
    d1, _ = cache.compiled(nlp, [user], {}, folder)
    files = list(folder.glob("actors-*.pickle"))
    assert len(files) == 1 and "xland front" in d1.surface
    d2, _ = cache.compiled(nlp, [user], {}, folder)  # from the cache
    assert d2.orgs["x"].name == "Xland Front" and d2.people.keys() == d1.people.keys()
    assert d2.by_country["USA"][0] is d2.people[d2.by_country["USA"][0].id]
    user.write_text("organisations:\n  - {id: x, name: Yland Front, kind: party, country: FRA}\n")
    d3, _ = cache.compiled(nlp, [user], {}, folder)
    assert "yland front" in d3.surface and "xland front" not in d3.surface
    assert len(list(folder.glob("actors-*.pickle"))) == 2
    assert not list(folder.glob(".tmp-*"))


def test_settings_change_the_key(tmp_path):
    nlp = spacy.blank("en")
    gov, _ = cache.compiled(nlp, [], {"defence_minister": "GOV"}, tmp_path)
    mil, _ = cache.compiled(nlp, [], {"defence_minister": "MIL"}, tmp_path)
    assert gov.lookup("defence ministry")[0].sector == "GOV"
    assert mil.lookup("defence ministry")[0].sector == "MIL"


def test_unwritable_cache_folder_still_loads(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    d, table = cache.compiled(spacy.blank("en"), [], {}, blocker / "sub")
    assert d.lookup("France") and table.longest > 1


def test_near_answers_are_kept_until_a_name_is_added():
    idx = NameIndex()
    idx.add("Emmanuel Macron", "macron")
    assert idx.near("Emmanuel Macronn")[0] == "macron"
    assert idx.near("Emmanuel Macronn")[0] == "macron"  # the kept answer
    idx.add("Emmanuel Macronnn", "other")  # as near as Macron: no guess any more
    assert idx.near("Emmanuel Macronn") is None
