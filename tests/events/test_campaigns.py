"""A candidate's or a campaign's words at home, and acts told as part of a campaign, dropped as
campaigning (events/campaigns.py). Every sentence is invented; the kept cases guard against the
rules reaching too far."""

from __future__ import annotations

import pytest
from tests.explaining import explain as _explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a campaign's demand of a private outlet
        (
            "Kenyan opposition leader Raila Odinga attacked the Nation newspaper, and his "
            "campaign called for the newspaper to fire its editor.",
            "called",
        ),
        # a candidate's call to no one named
        (
            "Kenyan presidential candidate Raila Odinga called for the use of cost-benefit "
            "analysis for policy.",
            "called",
        ),
        # an act the sentence calls part of an election campaign
        (
            "On Monday, as a part of his re-election campaign, the Kenyan president pledged "
            "converting the old cathedral in Nairobi into a museum.",
            "pledged",
        ),
    ],
)
def test_campaigning_is_dropped(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.CAMPAIGN, found
    assert "part of" in (found[0].why or "")


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a candidate's demand of the state keeps its event
        (
            "Jane Otieno, the Kenyan opposition candidate, urged the electoral commission to "
            "recount the votes in Nairobi.",
            "REQUEST",
        ),
        # a campaign of force is no race's
        (
            "As part of its bombing campaign, Russia threatened Ukraine with new strikes.",
            "THREATEN",
        ),
    ],
)
def test_acts_near_campaigning_are_kept(coder, sentence, type_):
    events, _ = _explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Democratic Party endorsed Joe Biden by acclamation.", "endorsed"),
        ("The Green Party supports the Democratic Party's presidential ticket.", "supports"),
    ],
)
def test_backing_a_runner_at_home_is_campaigning(coder, sentence, word):
    events, drops = _explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at]
    assert any(d.trigger == at and d.rule is DropRule.CAMPAIGN for d in drops)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a party's backing of a plan, not of a runner
        ("The Kenyan ruling party endorsed President Ruto's tax plan.", "endorsed"),
        # a state's backing of another state's bid
        ("The United States supports Ukraine's bid to join the European Union.", "supports"),
    ],
)
def test_backing_plans_and_states_keeps_the_event(coder, sentence, word):
    events, _ = _explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index(word)]


def test_words_at_a_campaign_rally_about_people_are_campaigning(coder):
    sentence = (
        "Kenyan President Ruto accused the rioters of treason during his campaign rally in Nakuru."
    )
    events, drops = _explain(coder, sentence)
    at = sentence.index("accused")
    assert not [e for e in events if e.trigger.start == at]
    assert any(d.trigger == at and d.rule is DropRule.CAMPAIGN for d in drops)


@pytest.mark.parametrize(
    "sentence",
    [
        # a foreign state accused
        "During his campaign rally in Nakuru, Kenyan President Ruto accused Uganda of stealing "
        "Kenyan land.",
        # an organ of the state accused
        "Kenyan President Ruto accused the Kenyan Supreme Court of bias during his campaign "
        "rally in Nakuru.",
    ],
)
def test_words_at_a_rally_against_states_keep_their_event(coder, sentence):
    events, _ = _explain(coder, sentence)
    assert [e for e in events if e.trigger.start == sentence.index("accused")]
