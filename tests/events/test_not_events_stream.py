"""Kinds of non-events seen on the news stream (eval/stream/regressions.jsonl), each dropped with
its rule, and the modality of habits, withheld tellings and announced acts. Every sentence is
invented; the kept cases guard against the rules reaching too far."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.events.filters import DropRule
from eventcoder.records import Document

pytestmark = pytest.mark.slow


def _explain(coder, text: str, source: str | None = None):
    document = Document(id="t", text=text, date=date(2022, 3, 10), source=source)
    doc = coder.nlp(text)
    return coder.builder.explain(doc, document)


@pytest.mark.parametrize(
    ("sentence", "word", "rule"),
    [
        # a relative pronoun stands for the noun its clause modifies
        (
            "Kenya defends the regional order, which is being threatened by Uganda's war on Sudan.",
            "threatened",
            DropRule.SENSE,
        ),
        (
            "These are problems that we believe Peru can only meet through its ties with Chile.",
            "meet",
            DropRule.SENSE,
        ),
        # a backing verb with a that-clause, a question asked, a release of no one named
        (
            "Ghana recognized that a negotiated outcome was best for Mali.",
            "recognize",
            DropRule.SENSE,
        ),
        ("The Kenyan minister asked questions about the Ugandan budget.", "asked", DropRule.SENSE),
        (
            "Chilean officials told the crowd gathered in Lima to watch the release.",
            "release",
            DropRule.SENSE,
        ),
        # backing or offering a thing, with no actor backed
        (
            "The Zambian president supported education, healthcare and farming.",
            "supported",
            DropRule.SENSE,
        ),
        (
            "The Norwegian programme offers opportunities to students from Ghana.",
            "offers",
            DropRule.SENSE,
        ),
        # a naming verb with a quoted predicate hung on its object
        (
            'The Peruvian senator called Chile\'s proposed fishing deal "shameful" on Monday.',
            "called",
            DropRule.SENSE,
        ),
        # a capitalised word inside the title of a document or programme
        (
            "Ghana will publish the National Strategy to Prevent and Respond to Atrocities soon.",
            "Atrocities",
            DropRule.SENSE,
        ),
        # an emergency declared against a storm or a disease
        (
            "The Fijian government declared a state of emergency as Cyclone Yasa approached.",
            "declared",
            DropRule.NOT_POLITICAL,
        ),
        (
            "Tonga declared a state of emergency on Monday to curb the spread of the disease.",
            "declared",
            DropRule.NOT_POLITICAL,
        ),
        # an event noun in the bare plural, subject of the simple present: a kind's habit
        (
            "Terrorist designations isolate armed groups from Kenyan banks.",
            "designations",
            DropRule.GENERIC,
        ),
        # what a kind of actor seeks to do, said of the kind in the simple present
        (
            "Kenya's police chief spoke in Nairobi on Monday. Extremists seek to divide Kenyans"
            " and to attack Kenyan schools, he said.",
            "attack",
            DropRule.GENERIC,
        ),
        # a warning of a disaster or a disease is an alert, no threat
        (
            "Kenya's health ministry warned Nairobi residents about the flooding on Monday.",
            "warned",
            DropRule.NOT_POLITICAL,
        ),
        # papers released are information, not prisoners
        (
            "Kenya's president said he would release his tax returns to Kenyan reporters.",
            "release",
            DropRule.SENSE,
        ),
        # what a candidate gathers or is handed in a race
        (
            "The ruling party allocated 40 delegates to Kenya's opposition leader on Monday.",
            "allocated",
            DropRule.BALLOT,
        ),
        # a caption whose credit label is glued to its last word
        (
            "The Kenyan president stands with leaders from Chad and NigerImage: State House.",
            "stands",
            DropRule.CAPTION,
        ),
    ],
)
def test_a_stream_non_event_is_dropped_with_its_rule(coder, sentence, word, rule):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is rule, found
    assert found[0].why, "a drop says why"


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Ethiopia declared a state of emergency after rebels seized two towns.", "COERCE"),
        ("Kenya supports Uganda's bid for a seat on the council.", "SUPPORT"),
        ("Norway offered Ghana a loan of $50 million on Monday.", "AID"),
        ("Protests continue against the Kenyan government in Nairobi.", "PROTEST"),
        ("Cuba released three Chilean citizens on Friday.", "RETREAT"),
        ("The Nigerian president called Ghana's president on Tuesday.", "CONSULT"),
        ("Peru welcomed the release of the Chilean fishermen by Bolivia.", "RETREAT"),
        # "bases" is lemmatised as "basis", an abstract thing no one attacks
        ("The French army attacked rebel bases in Mali on Monday.", "ASSAULT"),
        ("Kenya warned Uganda against any attack on its border posts.", "THREATEN"),
        ("The African Union endorsed Kenya's candidate for the post.", "SUPPORT"),
        (
            "Kenya's police chief spoke in Nairobi on Monday. Extremists sought to attack Kenyan"
            " schools on Sunday, he said.",
            "ASSAULT",
        ),
    ],
)
def test_events_near_the_stream_rules_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    ("sentence", "word", "modality"),
    [
        (
            "During the talks, Kenya would routinely brief Ugandan officials after each round.",
            "brief",
            "asserted",
        ),
        ("Kenya will announce a pledge to the African Union on Friday.", "pledge", "future"),
    ],
)
def test_the_modality_of_habits_and_announced_acts(coder, sentence, word, modality):
    events, _ = _explain(coder, sentence)
    at = sentence.index(word)
    found = [e for e in events if e.trigger.start == at]
    assert found and found[0].modality.value == modality, events


def test_what_is_committed_to_is_the_undertaking_not_a_done_act(coder):
    # GUIDELINES §15: an undertaking toward another side keeps the §2 row (AGREE, or X future)
    events, _ = _explain(coder, "Ghana commits to closer cooperation with Togo on border security.")
    assert {e.type.value for e in events} & {"AGREE", "COOPERATE"}, events
    assert not [e for e in events if e.type.value == "COOPERATE" and e.modality.value == "asserted"]


def test_gathering_a_race_s_delegates_is_no_mobilization(coder):
    # the parser reads "1,217 pledged delegates" as a clause: amassing needs forces as its object
    events, _ = _explain(
        coder, "Kenya's opposition leader has amassed 1,217 pledged delegates so far."
    )
    assert not events, events
    events, _ = _explain(coder, "Uganda has amassed 3,000 soldiers near Kenya's border.")
    assert [e.type.value for e in events] == ["MOBILIZE"]


def test_backing_a_candidate_at_home_is_part_of_the_race(coder):
    # GUIDELINES §16; a dated document, so that the candidate is known to be out of office
    text = "Kenyan President Uhuru Kenyatta endorsed opposition leader Raila Odinga on Monday."
    events, drops = coder.explain(Document(id="t", text=text, date=date(2022, 3, 10)))
    assert not events, events
    assert [d.rule for d in drops] == [DropRule.NO_OTHER_SIDE]
    assert "election race" in (drops[0].why or "")
