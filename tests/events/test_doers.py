"""Doers the act names: a measure only a state takes, given up with no doer named, is given up
by that state's authorities; a sanction a state's release tells of with no doer named is its
publisher's."""

from __future__ import annotations

import datetime

import pytest
from tests.explaining import explain
from tests.handmade import parsed

from eventcoder.events import doers, domestic
from eventcoder.records import Document, EventType


def _lifted(word: str):
    """ "<word> was lifted" """
    return parsed(
        [
            (word, word, "NOUN", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("lifted", "lift", "VERB", "ROOT", 2),
        ]
    )


def test_doers_a_state_measure_lifted_with_no_doer():
    doc = _lifted("curfew")
    assert doers.state_measure_given_up(doc[2])
    assert domestic.authority_act(EventType.CONCEDE, None, doc[2]) == "GOV"


def test_doers_the_state_of_emergency_but_not_any_state():
    doc = parsed(
        [
            ("state", "state", "NOUN", "nsubjpass", 4),
            ("of", "of", "ADP", "prep", 0),
            ("emergency", "emergency", "NOUN", "pobj", 1),
            ("was", "be", "AUX", "auxpass", 4),
            ("lifted", "lift", "VERB", "ROOT", 4),
        ]
    )
    assert doers.state_measure_given_up(doc[4])
    assert not doers.state_measure_given_up(_lifted("state")[2])


def test_doers_what_other_parties_give_up_has_no_unnamed_state_doer():
    doc = _lifted("boycott")
    assert not doers.state_measure_given_up(doc[2])
    assert domestic.authority_act(EventType.CONCEDE, None, doc[2]) is None


def test_doers_a_noun_of_lifting_is_no_act_done():
    doc = parsed(
        [
            ("lifting", "lifting", "NOUN", "ROOT", 0),
            ("of", "of", "ADP", "prep", 0),
            ("curfew", "curfew", "NOUN", "pobj", 1),
        ]
    )
    assert not doers.state_measure_given_up(doc[0])


@pytest.mark.slow
def test_doers_an_agentless_lifting_is_the_placed_authorities(coder):
    events, _ = explain(coder, "The state of emergency in Ethiopia was lifted on Tuesday.")
    # (the noun is no act done: "the lifting of the curfew would send a signal")
    concede = [e for e in events if e.type is EventType.CONCEDE]
    assert [(a.country, a.sector) for a in concede[0].source] == [("ETH", "GOV")]
    assert [a.country for a in concede[0].target] == ["ETH"]
    events, _ = explain(coder, "The opposition boycott was suspended after talks in Caracas.")
    assert not [e for e in events if e.type is EventType.CONCEDE]


def _published(rows: list[tuple[str, str, str, str, int]], voice: str | None = "USA"):
    doc = parsed(rows)
    doc._.voice = voice
    return doc


def _designated(voice: str | None = "USA", lemma: str = "designate"):
    """ "officials were designated", in a release whose publisher speaks for `voice`"""
    return _published(
        [
            ("officials", "official", "NOUN", "nsubjpass", 2),
            ("were", "be", "AUX", "auxpass", 2),
            (lemma + "d", lemma, "VERB", "ROOT", 2),
        ],
        voice,
    )


def test_doers_a_designation_with_no_doer_in_a_release_is_the_publishers():
    assert doers.publishers_measure(EventType.SANCTION, _designated()[2], [])
    assert doers.publishers_measure(EventType.SANCTION, _designated(lemma="sanction")[2], [])


def test_doers_no_publisher_no_non_state_publisher_no_other_type():
    assert not doers.publishers_measure(EventType.SANCTION, _designated(None)[2], [])
    assert not doers.publishers_measure(EventType.SANCTION, _designated("NGO")[2], [])
    assert not doers.publishers_measure(EventType.COERCE, _designated()[2], [])


def test_doers_a_closure_or_ban_with_no_doer_is_not_the_publishers():
    """ "outlets were closed", "protests were banned": as often done by the state written about."""
    for lemma in ("close", "ban", "suspend"):
        assert not doers.publishers_measure(EventType.SANCTION, _designated(lemma=lemma)[2], [])


def test_doers_an_active_sanction_whose_doer_is_unplaced_is_not_the_publishers():
    """ "The company designated officials": a word that is no act of the release's own."""
    doc = _published(
        [
            ("company", "company", "NOUN", "nsubj", 1),
            ("designated", "designate", "VERB", "ROOT", 1),
            ("officials", "official", "NOUN", "dobj", 1),
        ]
    )
    assert not doers.publishers_measure(EventType.SANCTION, doc[1], [])
    assert not doers.publishers_measure(EventType.SANCTION, doc[1], [doc[0]])


def _restrictions(kind: str):
    """ "action to impose <kind> restrictions" """
    doc = _published(
        [
            ("action", "action", "NOUN", "ROOT", 0),
            ("to", "to", "PART", "aux", 2),
            ("impose", "impose", "VERB", "acl", 0),
            (kind, kind, "NOUN", "compound", 4),
            ("restrictions", "restriction", "NOUN", "dobj", 2),
        ]
    )
    doc[2].tag_ = "VB"  # an infinitive
    return doc


def test_doers_the_releases_own_words_for_its_act_stand_for_the_publisher():
    """ "Action to impose visa restrictions", "the Department is designating" """
    doc = _restrictions("visa")
    assert doers.publishers_measure(EventType.SANCTION, doc[4], [doc[0]])
    assert doers.publishers_measure(EventType.SANCTION, doc[4], [])


def test_doers_restrictions_are_the_publishers_only_on_visas():
    """ "to impose media restrictions": most often the state the release is about."""
    doc = _restrictions("media")
    assert not doers.publishers_measure(EventType.SANCTION, doc[4], [])


def test_doers_a_bare_sanctions_noun_is_no_measure_taken():
    """ "costs, including sanctions": a threat or a wish as often as a measure."""
    doc = _published(
        [
            ("costs", "cost", "NOUN", "ROOT", 0),
            ("including", "include", "VERB", "prep", 0),
            ("sanctions", "sanction", "NOUN", "pobj", 1),
        ]
    )
    assert not doers.publishers_measure(EventType.SANCTION, doc[2], [])


def test_doers_whose_sovereignty_the_designees_threaten():
    doc = parsed(
        [
            ("threaten", "threaten", "VERB", "ROOT", 0),
            ("sovereignty", "sovereignty", "NOUN", "dobj", 0),
            ("of", "of", "ADP", "prep", 1),
            ("Ukraine", "Ukraine", "PROPN", "pobj", 2),
            ("in", "in", "ADP", "prep", 0),
            ("Georgia", "Georgia", "PROPN", "pobj", 4),
        ]
    )
    assert doers.whose_sovereignty(doc[3])
    assert not doers.whose_sovereignty(doc[5])


@pytest.mark.slow
def test_doers_a_releases_agentless_designation_is_its_publishers(coder):
    release = "U.S. Department of State (press releases, state.gov)"
    day = datetime.date(2022, 3, 10)
    text = "Three Iranian officials were designated today for gross violations of human rights."
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=release))
    sanction = [e for e in events if e.type is EventType.SANCTION]
    assert [(a.country, a.sector) for a in sanction[0].source] == [("USA", "GOV")]
    assert [a.country for a in sanction[0].target] == ["IRN"]
    # the same words in a wire story: whose designation it was is not said
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=None))
    assert not [e for e in events if e.type is EventType.SANCTION]
    # a sanction told with its doer stays that doer's
    text = "Three Iranian officials were designated today by the European Union."
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=release))
    sanction = [e for e in events if e.type is EventType.SANCTION]
    assert [a.country for a in sanction[0].source] == ["IGO"]


@pytest.mark.slow
def test_doers_the_publishers_measure_is_not_on_itself_nor_on_the_threatened_state(coder):
    release = "U.S. Department of State (press releases, state.gov)"
    day = datetime.date(2022, 3, 10)
    for text in (
        "Property of those sanctioned that is within the United States must be blocked.",
        "Action to impose visa restrictions on 48 individuals who are believed to have"
        " undermined the sovereignty of Ukraine.",
    ):
        events, _ = coder.explain(Document(id="t", text=text, date=day, source=release))
        assert not [e for e in events if e.type is EventType.SANCTION], text
    # designees of the state the sentence names are its own
    text = (
        "Action to impose visa restrictions on 48 individuals who are believed to have"
        " undermined democracy in Nicaragua."
    )
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=release))
    sanction = [e for e in events if e.type is EventType.SANCTION]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in sanction] == [
        (["USA"], ["NIC"])
    ]


def test_doers_a_positive_designation_is_no_publishers_sanction():
    """ "Venezuela was designated for Temporary Protected Status" (GUIDELINES §11)."""
    doc = _published(
        [
            ("Venezuela", "Venezuela", "PROPN", "nsubjpass", 2),
            ("was", "be", "AUX", "auxpass", 2),
            ("designated", "designate", "VERB", "ROOT", 2),
            ("for", "for", "ADP", "prep", 2),
            ("Protected", "protect", "VERB", "amod", 5),
            ("Status", "status", "NOUN", "pobj", 3),
        ]
    )
    assert not doers.publishers_measure(EventType.SANCTION, doc[2], [])
    assert doers.publishers_measure(EventType.SANCTION, _designated()[2], [])


@pytest.mark.slow
def test_doers_the_publishers_designee_may_open_the_sentence(coder):
    """The publisher has no words in the sentence: its first words can be the recipient."""
    release = "U.S. Department of State (press releases, state.gov)"
    text = "Cuba was designated as a State Sponsor of Terrorism on Monday."
    day = datetime.date(2022, 3, 10)
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=release))
    sanction = [e for e in events if e.type is EventType.SANCTION]
    assert [([a.country for a in e.source], [a.country for a in e.target]) for e in sanction] == [
        (["USA"], ["CUB"])
    ]


def test_doers_a_class_of_designees_is_no_designation_made():
    """ "any entities designated under the program may face sanctions": whoever is designated."""
    rows = [
        ("any", "any", "DET", "det", 1),
        ("entities", "entity", "NOUN", "nsubj", 4),
        ("designated", "designate", "VERB", "acl", 1),
        ("today", "today", "NOUN", "npadvmod", 2),
        ("face", "face", "VERB", "ROOT", 4),
    ]
    doc = _published(rows)
    doc[2].tag_ = "VBN"
    assert not doers.publishers_measure(EventType.SANCTION, doc[2], [])
    doc = _published([("the", "the", "DET", "det", 1), *rows[1:]])
    doc[2].tag_ = "VBN"
    assert doers.publishers_measure(EventType.SANCTION, doc[2], [])
