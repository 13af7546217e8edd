"""Definite descriptions that point back across sentences ("the ministers", "the prime minister",
"the group") and the other side a readout's next sentence leaves to the previous one."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2023, 5, 13)  # a Saturday


def _coded(coder, text, source=None):
    from eventcoder.records import Document

    (res,) = list(coder.pipe([Document(id="t", text=text, date=DAY, source=source)], mentions=True))
    return res


def _sides(res, trigger):
    return [
        (sorted({a.country for a in e.source}), sorted({a.country for a in e.target}))
        for e in res.events
        if e.trigger.text == trigger
    ]


def _countries(res, text):
    return sorted(m.actor.country or "" for m in res.mentions if m.actor.span.text == text)


def test_descriptions_the_plural_noun_takes_every_country_it_named_before(coder):
    res = _coded(
        coder,
        "Delegations from Armenia and Azerbaijan met in Washington on Thursday. "
        "The delegations also discussed the release of prisoners.",
    )
    assert _countries(res, "delegations") == ["ARM", "AZE"]
    assert [s for s, _ in _sides(res, "discussed")] == [["ARM", "AZE"]]


def test_descriptions_an_office_points_back_to_its_holder(coder):
    res = _coded(
        coder,
        "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday. "
        "The prime minister held talks with South Korean President Yoon Suk Yeol.",
    )
    assert _countries(res, "prime minister") == ["JPN"]
    assert _sides(res, "talks") == [(["JPN"], ["KOR"])]
    assert "refers back to JPN" in next(
        m.actor.resolved_by for m in res.mentions if m.actor.span.text == "prime minister"
    )


def test_descriptions_the_group_is_the_armed_group_named_before(coder):
    res = _coded(
        coder,
        "The Houthi rebels seized a cargo ship on Monday. "
        "The group later attacked a Saudi oil facility.",
    )
    assert _sides(res, "attacked") == [(["YEM"], ["SAU"])]


def test_descriptions_stay_in_their_paragraph_first(coder):
    res = _coded(
        coder,
        "Police in Kenya arrested 40 protesters on Monday.\n\n"
        "Police in Uganda detained two opposition leaders on Tuesday. "
        "The police later released them.",
    )
    assert _countries(res, "police")[-1] == "UGA"


def test_descriptions_a_description_with_its_own_country_is_left_alone(coder):
    res = _coded(
        coder,
        "Kenyan ministers met in Nairobi on Monday. The Ugandan ministers arrived on Tuesday.",
    )
    assert _countries(res, "Ugandan ministers") == ["UGA"]


def test_descriptions_the_readouts_next_sentence_takes_the_other_side_named_before(coder):
    # a publisher's readout (events/readouts.py: only there does the sentence before give it)
    res = _coded(
        coder,
        "Secretary of State Antony J. Blinken spoke yesterday with Republic of Korea Foreign "
        "Minister Chung Eui-yong. Secretary Blinken reaffirmed the alliance and discussed ways "
        "to deepen cooperation on regional issues.",
        source="U.S. Department of State",
    )
    assert _sides(res, "discussed") == [(["USA"], ["KOR"])]


def test_descriptions_no_other_side_from_another_paragraph_or_from_two_candidates(coder):
    res = _coded(
        coder,
        "Secretary Blinken spoke with Foreign Minister Chung Eui-yong of South Korea.\n\n"
        "Secretary Blinken discussed regional issues.",
    )
    assert all(t == [] for _, t in _sides(res, "discussed"))  # left undirected (or dropped)
    res = _coded(
        coder,
        "Secretary Blinken spoke with the foreign ministers of Japan and South Korea. "
        "Secretary Blinken discussed regional issues.",
    )
    assert all(t == [] for _, t in _sides(res, "discussed"))


def test_descriptions_an_addressed_title_is_the_guest_named_before(coder):
    # a transcript: the speaker thanks his guest by title alone, in the publisher's own release
    res = _coded(
        coder,
        "SECRETARY BLINKEN: It is a pleasure to be here with the foreign minister of Chile. "
        "I want to thank you, Foreign Minister, for your hard work.",
        source="U.S. Department of State",
    )
    assert _countries(res, "Foreign Minister") == ["CHL"]
    assert _sides(res, "thank") == [(["USA"], ["CHL"])]


def test_descriptions_the_subject_of_the_clause_is_not_the_office_it_names(coder):
    # the nearest foreign minister is the subject of "thanked": the description is the other one
    res = _coded(
        coder,
        "Kenyan Foreign Minister Alfred Mutua arrived in Washington on Monday. "
        "The foreign minister met Secretary Blinken at the State Department. "
        "Blinken thanked the foreign minister for Kenya's support.",
        source="U.S. Department of State",
    )
    assert _sides(res, "thanked") == [(["USA"], ["KEN"])]


def test_descriptions_a_bare_given_name_is_the_person_named_in_full_before(coder):
    res = _coded(
        coder,
        "President Trump fired national security adviser John Bolton on Tuesday. "
        '"I thank John very much for his service," Trump wrote.',
    )
    assert _countries(res, "John") == ["USA"]
    assert "given name of an earlier mention" in next(
        m.actor.resolved_by for m in res.mentions if m.actor.span.text == "John"
    )
