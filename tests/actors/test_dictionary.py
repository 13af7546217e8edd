"""The actor dictionary: validated at load, errors name file and entry, users can extend it."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.actors.dictionary import load_dictionary, normalise, surname
from eventcoder.errors import DataFileError


@pytest.fixture(scope="module")
def d():
    return load_dictionary()


def test_dictionary_has_every_iso_country(d):
    import pycountry

    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in d.countries]
    assert not missing


def test_dictionary_no_surface_string_means_two_countries(d):
    """Only a name every country it means lists as shared ("Congo") means two."""
    shared: dict[str, set[str]] = {}
    for c in d.countries.values():
        for text in c.shared:
            for form in (text, text[4:] if text.lower().startswith("the ") else text):
                shared.setdefault(normalise(form), set()).add(c.code)
    clashes = []
    for key, entries in d.surface.items():
        countries = {e.country for e in entries if e.kind in {"country", "adjective", "capital"}}
        if len(countries) > 1 and not countries <= shared.get(key, set()):
            clashes.append((key, countries))
    assert not clashes
    assert {e.country for e in d.lookup("Congo")} == {"COD", "COG"}


def test_dictionary_people_have_dated_roles(d):
    assert len(d.people) >= 300
    putin = d.people["vladimir-putin"]
    assert putin.role_on(date(2010, 6, 1)).office == "head_of_government"
    assert putin.role_on(date(2022, 3, 1)).office == "head_of_state"


def test_dictionary_surname():
    assert surname("Vladimir Putin") == "putin"
    assert surname("Mohammed bin Salman") == "salman"
    assert surname("Xi") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "people:\n  - {id: a, name: A B, roles: [{country: FRA, office: emperor}]}\n",
            "unknown office",
        ),
        (
            "people:\n  - {id: a, name: A B, roles: [{country: FRA, start: 2020-01-01, end: 2019-01-01}]}\n",
            "ends",
        ),
        ("countries:\n  - {code: fr, name: X}\n", "three capital letters"),
        ("organisations:\n  - {id: x, name: X, kind: club, country: FRA}\n", "kind"),
        ("people: [\n", "not valid YAML"),
        ("planets: []\n", "unknown section"),
    ],
)
def test_dictionary_bad_user_file_names_file_and_entry(tmp_path, content, message):
    p = tmp_path / "mine.yaml"
    p.write_text(content)
    with pytest.raises(DataFileError) as err:
        load_dictionary([p])
    assert str(p) in str(err.value) and message in str(err.value)


USER_FILE = """
countries:
  - {code: RUT, name: Ruritania, names: [the Kingdom of Ruritania], adjectives: [Ruritanian],
     people: [Ruritanians], capitals: [Strelsau], seats: [{text: the Tarlenheim Palace, sector: GOV}]}
people:
  - id: rudolf-v
    name: Rudolf Elphberg
    roles:
      - {country: RUT, sector: GOV, office: head_of_state, title: King, start: 2001-01-01, end: 2010-01-01}
      - {country: RUT, sector: GOV, office: other, title: Regent, start: 2010-01-01}
"""


@pytest.mark.slow
def test_user_actor_file_extends_the_coder(tmp_path):
    from eventcoder import Coder

    p = tmp_path / "ruritania.yaml"
    p.write_text(USER_FILE)
    coder = Coder(actors=[p])
    got = coder.resolve_actor("Ruritanian troops", "2005-01-01")
    assert (got["country"], got["sector"]) == ("RUT", "MIL")
    king = coder.resolve_actor("Rudolf Elphberg", "2005-01-01")
    assert (king["country"], king["office"]) == ("RUT", "head_of_state")
    assert coder.resolve_actor("Rudolf Elphberg", "2015-01-01")["office"] == "other"
    events = coder.code("Strelsau expelled two French diplomats on Monday.", date="2005-03-02")
    assert [(e.type.value, e.source[0].country) for e in events] == [("SANCTION", "RUT")]


ABBREVIATED_FILE = """
countries:
  - {code: RUT, name: United Ruritania, names: [UR, U.R.], adjectives: [Ruritanian, UR, U.R.],
     people: [Ruritanians], capitals: [Strelsau]}
organisations:
  - {id: ur-grain-board, name: United Ruritania Grain Board, kind: state, country: RUT, sector: GOV}
  - {id: strelsau-mint, name: Strelsau Mint, kind: state, country: RUT, sector: GOV}
"""


def test_organisation_named_after_its_country_is_found_under_its_abbreviations(tmp_path):
    p = tmp_path / "ruritania.yaml"
    p.write_text(ABBREVIATED_FILE)
    d = load_dictionary([p])
    for form in ("U.R. Grain Board", "UR Grain Board", "United Ruritania Grain Board"):
        assert [e.key for e in d.lookup(form)] == ["ur-grain-board"], form
    # the country's demonym is no abbreviation, and a name without the country gets no variant
    assert not d.lookup("Ruritanian Grain Board")
    assert d.abbreviated(d.orgs["strelsau-mint"]) == []
