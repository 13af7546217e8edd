"""Doers the text names without a country: bodies known by a short name, titles and names
nobody knows (placed by the document), bodies named after their leader, the publisher's "I"."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _events(coder, text, day=date(2021, 6, 4), source=None):
    from eventcoder.records import Document

    (res,) = list(coder.pipe([Document(id="t", text=text, date=day, source=source)]))
    return [
        (e.type.value, sorted({a.country for a in e.source}), sorted({a.country for a in e.target}))
        for e in res.events
    ]


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        (
            "The Security Council imposed an arms embargo on the rebel leaders in Yemen.",
            date(2015, 4, 14),
            ("SANCTION", ["IGO"], ["YEM"]),
        ),
        (
            "The Commonwealth suspended Fiji from its councils on Monday.",
            date(2009, 9, 1),
            ("SANCTION", ["IGO"], ["FJI"]),
        ),
        (
            "The Contact Group demanded that Belgrade withdraw its forces from Kosovo.",
            date(1998, 3, 9),
            ("REQUEST", ["IGO"], ["SRB"]),
        ),
        (
            "The Department of State has imposed visa restrictions on Cuban judges.",
            date(2021, 6, 4),
            ("SANCTION", ["USA"], ["CUB"]),
        ),
        (
            "The Ortega regime arrested two opposition candidates on Sunday.",
            date(2021, 6, 4),
            ("COERCE", ["NIC"], ["NIC"]),
        ),
        (
            "President Bush lifted the sanctions on Pakistan on Saturday.",
            date(2001, 9, 22),
            ("RETREAT", ["USA"], ["PAK"]),
        ),
        # a title or an unknown name as doer: the country the sentence is about
        (
            "The prime minister apologised to Slovak teachers on Monday for the delays.",
            date(2021, 6, 4),
            ("CONCEDE", ["SVK"], ["SVK"]),
        ),
    ],
)
def test_doers_named_without_a_country_are_placed(coder, text, day, want):
    assert want in _events(coder, text, day)


def test_doers_a_guessed_doer_is_lower_in_confidence(coder):
    from eventcoder.records import Document

    def conceded(text):
        (res,) = list(coder.pipe([Document(id="t", text=text, date=date(2021, 6, 4))]))
        (ev,) = [e for e in res.events if e.type.value == "CONCEDE"]
        return ev

    guessed = conceded("The prime minister apologised to Slovak teachers on Monday for the delays.")
    assert guessed.source[0].resolved_by.endswith("country the document is about")
    named = conceded(
        "Slovakia's prime minister apologised to Slovak teachers on Monday for the delays."
    )
    assert not named.source[0].resolved_by.endswith("country the document is about")
    assert guessed.confidence < named.confidence


def test_doers_the_publishers_i_is_its_country_outside_quotations(coder):
    source = "U.S. Department of State"
    own = "During my visit, I called on the Burmese junta to release the detained."
    assert ("REQUEST", ["USA"], ["MMR"]) in _events(coder, own, source=source)
    # without a publisher, or inside a quotation, "I" is not the publisher's
    assert not any(e[1] == ["USA"] for e in _events(coder, own))
    quoted = '"I called on the Burmese junta to release them," the Thai minister said.'
    assert not any(e[1] == ["USA"] for e in _events(coder, quoted, source=source))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two Belarusian opposition activists were arrested on Friday.", ("COERCE", "BLR")),
        ("Three Kenyan journalists have been charged with sedition.", ("ACCUSE", "KEN")),
        ("Two Nigerian soldiers were found guilty of murder on Tuesday.", ("SANCTION", "NGA")),
        # the act named by a noun, with no doer named ("the detention of ...")
        ("The detention of three Belarusian journalists drew wide criticism.", ("COERCE", "BLR")),
        # a release from prison is the authorities' too
        ("Two Nigerian activists were released from prison on Friday.", ("RETREAT", "NGA")),
    ],
)
def test_doers_an_act_only_authorities_perform_is_the_countrys(coder, text, want):
    type_, country = want
    assert (type_, [country], [country]) in _events(coder, text)


def test_doers_no_authorities_guessed_for_the_publishers_own_nationals_or_for_attacks(coder):
    source = "U.S. Department of State"
    text = "We work every day for Americans who are wrongfully detained around the world."
    assert not [e for e in _events(coder, text, source=source) if e[0] == "COERCE"]
    # unnamed attackers are no doer at all, also where the sentence names a place
    assert not [e for e in _events(coder, "Two Serbian soldiers were killed on Friday.")]
    bombing = "A bomb exploded at a crowded bus station in Kano on Friday, killing nine people."
    assert not [e for e in _events(coder, bombing) if e[0] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Iranian navy vessels fired on a British tanker in the Gulf.",
            ("ASSAULT", ["IRN"], ["GBR"]),
        ),
        (
            "Chinese coast guard ships rammed two Philippine fishing boats.",
            ("ASSAULT", ["CHN"], ["PHL"]),
        ),
    ],
)
def test_doers_a_countrys_ships_act_for_it(coder, text, want):
    assert want in _events(coder, text)
