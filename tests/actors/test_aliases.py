"""In-document aliases: later surnames, titles with unknown names, pronouns, "both countries"."""

from __future__ import annotations

import pytest
from tests.explaining import mentions as _mentions

pytestmark = pytest.mark.slow


def test_aliases_unknown_name_with_title_then_bare_surname(coder):
    text = (
        "Malawian Foreign Minister Nancy Tembo arrived in Lusaka on Monday. "
        "Tembo met Zambian officials on Tuesday."
    )
    found = _mentions(coder, text)
    assert ("Tembo", "MWI", "GOV") in found


def test_aliases_he_after_a_title_is_that_titled_person(coder):
    import datetime

    from eventcoder.records import Document

    text = (
        "Kenyan President William Ruto met officials in Nairobi on Monday. During his visit to "
        "Israel, the Secretary will underscore our commitment to Israeli security. While there, "
        "he will meet with Prime Minister Naftali Bennett."
    )
    source = "U.S. Department of State (press releases, state.gov)"
    day = datetime.date(2022, 6, 1)
    events, _ = coder.explain(Document(id="t", text=text, date=day, source=source))
    meet = [e for e in events if e.trigger.text == "meet"]
    assert [a.country for a in meet[0].source] == ["USA"]


def test_aliases_they_after_two_people_named_together_as_subject(coder):
    text = (
        "Secretary Blinken and Foreign Minister Kuleba discussed the war on Monday. "
        "They agreed to expand cooperation on health."
    )
    found = _mentions(coder, text, "2022-05-10")
    assert sorted(c for t, c, _ in found if t == "They") == ["UKR", "USA"]
    # not a "they" that follows another actor in its own sentence
    text = (
        "Secretary Blinken and Foreign Minister Kuleba discussed the war on Monday. "
        "The ministers said they would meet again."
    )
    found = _mentions(coder, text, "2022-05-10")
    assert sorted(c for t, c, _ in found if t == "they") != ["UKR", "USA"]


def test_aliases_apposition_title_gives_country(coder):
    found = _mentions(coder, "Hanno Pevkur, the Estonian defence minister, visited Kyiv.")
    assert any(t.startswith("Hanno Pevkur") and c == "EST" for t, c, _ in found)


def test_aliases_surname_after_full_name_is_the_same_person(coder):
    found = _mentions(
        coder,
        "Russian President Vladimir Putin spoke on Monday. Putin said talks would go on.",
        "2022-03-01",
    )
    assert found.count(("Putin", "RUS", "GOV")) >= 1


def test_aliases_both_countries_and_pronouns(coder):
    text = (
        "Kenya and Uganda signed a border agreement on Monday. Both countries also agreed to open a "
        "joint customs post. Kenya said it would deploy police to the post."
    )
    found = _mentions(coder, text)
    both = [c for t, c, _ in found if t.lower() == "both countries"]
    assert sorted(both) == ["KEN", "UGA"]
    assert ("it", "KEN", None) in found


def test_aliases_the_two_leaders_after_two_named_leaders(coder):
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. "
        "The two leaders discussed energy prices."
    )
    found = _mentions(coder, text)
    assert sorted(c for t, c, _ in found if t.lower() == "the two leaders") == ["DEU", "FRA"]


def test_aliases_counterpart_takes_the_other_side(coder):
    evs = coder.code(
        "Japanese Foreign Minister Yoko Kamikawa visited Manila and held talks with her counterpart "
        "Enrique Manalo.",
        date="2023-11-05",
    )
    assert any(e.type.value == "CONSULT" and {a.country for a in e.target} == {"PHL"} for e in evs)


def _voiced(coder, text, date="2021-05-25"):
    """Events of a text published by the U.S. State Department (its "we" is USA)."""
    from datetime import date as day

    from eventcoder.records import Document

    doc = Document(
        id="t", text=text, date=day.fromisoformat(date), source="U.S. Department of State"
    )
    (res,) = list(coder.pipe([doc], mentions=True))
    return res


def test_aliases_we_inside_a_quotation_is_the_speakers(coder):
    res = _voiced(coder, '"We will not tolerate this," the Iranian envoy said on Tuesday.')
    we = [m.actor for m in res.mentions if m.actor.span.text == "We"]
    assert [(a.country, a.resolved_by) for a in we] == [("IRN", "pronoun 'We' -> 'Iranian envoy'")]


def test_aliases_a_quoted_request_belongs_to_its_speaker(coder):
    res = _voiced(coder, '"We expect Belgrade to show restraint," the EU envoy said.')
    assert [
        (e.type.value, [a.country for a in e.source], [a.country for a in e.target])
        for e in res.events
    ] == [("REQUEST", ["IGO"], ["SRB"])]


def test_aliases_an_unattributed_quotation_is_nobodys_we(coder):
    res = _voiced(coder, 'The banner read "We want peace" in large letters.')
    assert not [m for m in res.mentions if m.actor.span.text == "We"]


def test_aliases_a_guest_speakers_turn_is_never_the_publishers(coder):
    text = (
        "SECRETARY BLINKEN: We will provide assistance to Gaza.\n\n"
        "PRESIDENT ABBAS: We thank the U.S. administration for its support.\n\n"
        "MR PRICE: We have nothing more to add."
    )
    res = _voiced(coder, text)
    we = {m.actor.span.start: m.actor.country for m in res.mentions if m.actor.span.text == "We"}
    starts = sorted(we)
    assert we[starts[0]] == "USA"  # the Secretary's turn
    # the guest's "We" is unresolved or the guest's own country (his title and name place him)
    guest = range(text.index("PRESIDENT ABBAS"), text.index("MR PRICE"))
    assert all(we[s] == "PSE" for s in starts if s in guest)
    assert we[starts[-1]] == "USA" and starts[-1] > guest.stop  # the publisher's spokesman
    assert not any(
        a.span.text == "We" and a.country == "USA"
        for e in res.events
        for a in e.source
        if "thank" in e.text
    )


def test_aliases_they_after_a_people_word(coder):
    """ "The Chileans said they ...": a country named by its people is plural, and "they" takes
    it before anyone named in an earlier sentence."""
    text = (
        "Argentine ministers met Peruvian officials on Monday. The Chileans said that they "
        "would reopen the border crossing next week."
    )
    found = _mentions(coder, text)
    assert ("they", "CHL", None) in found


def test_aliases_a_quotation_after_a_defence_is_its_speakers(coder):
    """ "X defended his decision, 'I will ...'": the quotation is X's, as after "said"."""
    text = 'President Ruto defended his decision, "I will send police officers to Haiti."'
    found = _mentions(coder, text)
    assert any(t == "I" and c == "KEN" for t, c, _ in found)


def test_aliases_an_object_pronoun_is_not_its_own_clause_s_subject(coder):
    found = _mentions(
        coder, "Zelenskyy met Blinken in Kyiv. The President thanked him for the aid."
    )
    assert ("him", "USA", "GOV") in found


def test_aliases_an_object_pronoun_is_not_an_earlier_mention_of_its_subject(coder):
    found = _mentions(coder, "Erdogan met Putin. Putin praised him.")
    assert ("him", "TUR", "GOV") in found


def test_aliases_a_possessive_may_still_be_its_clause_s_subject(coder):
    found = _mentions(coder, "Erdogan met Putin. Putin praised his own army.")
    assert ("his", "RUS", "GOV") in found
