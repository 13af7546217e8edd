"""Personal names: courtesy titles, family names written first, namesakes a title or the text
tells apart, a title word before a name, and given names that share a surname. Real data,
blank pipeline with hand-made parses."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from tests.handmade import parsed

from eventcoder.actors.dictionary import family_name, load_dictionary
from eventcoder.actors.match import ActorMatcher
from eventcoder.actors.resolve import by_surname
from eventcoder.nlp.extensions import register_extensions


@pytest.fixture(scope="module")
def d():
    return load_dictionary()


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(nlp, d):
    return ActorMatcher(nlp, d)


def _run(matcher, nlp, rows, day):
    doc = parsed(rows, vocab=nlp.vocab)
    doc._.pub_date = day
    doc._.voice = None
    doc = matcher(doc)
    return {m.text: m._.actors[0] for m in doc.spans["actors"]}


def test_a_courtesy_title_is_no_given_name(matcher, nlp):
    rows = [
        ("Mr.", "Mr.", "PROPN", "compound", 1),
        ("Blinken", "Blinken", "PROPN", "nsubj", 2),
        ("criticized", "criticize", "VERB", "ROOT", 2),
        ("Russia", "Russia", "PROPN", "dobj", 2),
    ]
    found = _run(matcher, nlp, rows, date(2022, 3, 1))
    assert found["Mr. Blinken"].actor_id == "antony-blinken"
    assert found["Mr. Blinken"].country == "USA"


def test_a_courtesy_title_gives_the_gender(d):
    day = date(2021, 6, 4)
    assert by_surname(d, "Chamorro", None, day, gender="f").id == "violeta-chamorro"
    assert by_surname(d, "Chamorro", None, day, gender="m").id != "violeta-chamorro"


@pytest.mark.parametrize(
    ("name", "states", "family"),
    [
        ("Xi Jinping", {"CHN"}, "xi"),
        ("Moon Jae-in", {"KOR"}, "moon"),
        ("Kim Jong Un", {"PRK"}, "kim"),
        ("Tsai Ing-wen", {"TWN"}, "tsai"),
        ("Sean Chen", {"TWN"}, None),  # a Western given name first
        ("Jim Yong Kim", set(), None),  # an organisation's officer: no country tells
        ("Shinzo Abe", {"JPN"}, None),
    ],
)
def test_family_name_first(name, states, family):
    assert family_name(name, states) == family


def test_family_names_resolve(d):
    day = date(2019, 5, 1)
    assert by_surname(d, "Xi", None, day).id == "xi-jinping"
    # the president, not the parliament's speaker of that name, nor Ban Ki-moon
    assert by_surname(d, "Moon", None, day).id == "moon-jae-in"
    # an alias that puts a Western given name first keeps the family name ("William Lai")
    assert "lai-ching-te" not in d.surnames.get("william", [])


def test_a_surname_is_the_person_named_in_full_before(d):
    day = date(2019, 5, 1)
    assert by_surname(d, "Kim", None, day) is None  # several Kims in office
    assert by_surname(d, "Kim", None, day, named=frozenset({"kim-jong-un"})).id == "kim-jong-un"


def test_the_title_word_picks_the_namesake(d):
    found = by_surname(
        d,
        "Kim",
        None,
        date(2021, 7, 2),
        office="other",
        prefer=frozenset({"PRK", "KOR"}),
        sector="GOV",
        title="Ambassador",
    )
    assert found is not None and found.id == "sung-kim"


def test_a_branch_title_needs_a_namesake_of_that_branch(d):
    # "Judge Marrero" is no Cuban prime minister; "Senator Paul" is the senator
    assert by_surname(d, "Marrero", None, date(2021, 1, 1), sector="JUD") is None
    assert by_surname(d, "Paul", "Rand", date(2020, 9, 30), sector="LEG").id == "rand-paul"


def test_a_title_that_is_also_a_noun_before_a_name(matcher, nlp):
    rows = [
        ("Minister", "Minister", "PROPN", "compound", 1),
        ("Tileuberdi", "Tileuberdi", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
    ]
    found = _run(matcher, nlp, rows, date(2021, 8, 13))
    assert found["Minister Tileuberdi"].actor_id == "mukhtar-tileuberdi"
    assert found["Minister Tileuberdi"].country == "KAZ"


def test_given_names_sharing_a_surname(matcher, nlp):
    rows = [
        ("Richard", "Richard", "PROPN", "nsubj", 4),
        ("and", "and", "CCONJ", "cc", 0),
        ("Lisa", "Lisa", "PROPN", "compound", 3),
        ("Parry", "Parry", "PROPN", "conj", 0),
        ("drove", "drive", "VERB", "ROOT", 4),
    ]
    found = _run(matcher, nlp, rows, date(2020, 12, 15))
    assert "Richard" not in found or found["Richard"].country is None
    # a surname alone before a full name stays the surname
    rows[0] = ("Merkel", "Merkel", "PROPN", "nsubj", 4)
    rows[2] = ("Emmanuel", "Emmanuel", "PROPN", "compound", 3)
    rows[3] = ("Macron", "Macron", "PROPN", "conj", 0)
    found = _run(matcher, nlp, rows, date(2019, 5, 1))
    assert found["Merkel"].actor_id == "angela-merkel"
