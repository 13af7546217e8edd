"""Relation nouns told as a standing state ("longstanding support", "the strategic partnership")
are no events; the same nouns voiced or thanked for now stay. Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.explaining import assert_dropped, explain

from eventcoder.events.filters import DropRule

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "This new program builds on longstanding Kenyan support for the people of Ghana.",
            "support",
        ),
        (
            "The ministers said the strategic partnership between Chile and Peru is rooted in "
            "shared interests.",
            "partnership",
        ),
        (
            "The report shows Norway's enduring commitment to defending Mali's borders.",
            "commitment",
        ),
    ],
)
def test_a_standing_relation_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.GENERIC, found
    assert "standing relation" in found[0].why


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenya remains steadfast in its commitment to work with the Ugandan people to protect "
            "the environment.",
            "commitment",
        ),
        (
            "Kenya has not wavered in its commitment to working with the Ugandan people to "
            "strengthen democracy.",
            "commitment",
        ),
    ],
)
def test_a_relation_held_to_is_dropped(coder, sentence, word):
    events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [e for e in events if e.trigger.start == at], events
    found = [d for d in drops if d.trigger == at]
    assert found and found[0].rule is DropRule.GENERIC, found
    assert "held to" in found[0].why


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Kenyan minister reaffirmed Kenya's unwavering support for Ghana.", "support"),
        (
            "The Chilean minister thanked the Peruvian envoy for Peru's steadfast support.",
            "support",
        ),
        ("Kenya announced its support for Ghana on Monday.", "support"),
    ],
)
def test_a_voiced_or_plain_relation_stays(coder, sentence, word):
    _events, drops = explain(coder, sentence)
    at = sentence.index(word)
    assert not [d for d in drops if d.trigger == at and "standing relation" in (d.why or "")]


def test_a_standing_relation_made_now_stays(coder):
    sentence = "Chile signed a strategic partnership with Peru on Monday."
    _events, drops = explain(coder, sentence)
    at = sentence.index("partnership")
    assert not [d for d in drops if d.trigger == at and "standing relation" in (d.why or "")]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Kenya remains engaged through its embassy in Kampala to support the Ugandan people.",
            "support",
        ),
        ("The Kenyan government will stay focused on its work to help Uganda.", "help"),
    ],
)
def test_what_a_held_stance_is_kept_up_for_is_dropped(coder, sentence, word):
    _, drops = assert_dropped(coder, sentence, word, DropRule.GENERIC)
    at = sentence.index(word)
    assert any("held stance" in (d.why or "") for d in drops if d.trigger == at), drops


def test_an_act_continued_stays(coder):
    events, _ = explain(coder, "Kenya will continue to support Uganda.")
    assert [e.type.value for e in events] == ["SUPPORT"], events


def test_a_standing_commitment_thanked_for_is_dropped(coder):
    sentence = (
        "Uganda thanked Kenya for its continued commitment to secure the release of the Ugandan "
        "hostages held by Somalia."
    )
    events, _ = assert_dropped(coder, sentence, "commitment", DropRule.GENERIC)
    assert [e.type.value for e in events] == ["SUPPORT"], events  # the thanks stay


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan is committed to the peace process in Sudan.",
        "Japan is committed to an enduring relationship with the people of Sudan.",
    ],
)
def test_a_standing_commitment_to_a_thing_is_dropped(coder, sentence):
    _, drops = assert_dropped(coder, sentence, "committed", DropRule.GENERIC)
    at = sentence.index("committed")
    assert any("standing commitment" in (d.why or "") for d in drops if d.trigger == at), drops


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Kenya committed to trilateral cooperation with Japan and South Korea.", "AGREE"),
        ("Japan is committed to Ukraine's independence and sovereignty.", "SUPPORT"),
    ],
)
def test_a_commitment_made_or_to_a_side_stays(coder, sentence, type_):
    events, _ = explain(coder, sentence)
    assert type_ in {e.type.value for e in events}, events


def test_a_standing_commitment_said_again_is_dropped(coder):
    sentence = (
        "Japan is committed to the peace process, committed to a close relationship with Kenya."
    )
    word = "committed to a close"
    _, drops = assert_dropped(coder, sentence, word, DropRule.GENERIC)
    at = sentence.index(word)
    assert any("standing commitment" in (d.why or "") for d in drops if d.trigger == at), drops


def test_a_commitment_opening_the_sentence_is_dropped(coder):
    sentence = (
        "Committed to freedom and human rights, Japan and Kenya are working together to defend "
        "democracy."
    )
    _, drops = assert_dropped(coder, sentence, "Committed", DropRule.GENERIC)
    assert any("standing commitment" in (d.why or "") for d in drops if d.trigger == 0), drops
