"""The possessive after a name with "of" belongs to the whole name ("the Department of State's
plan"), and the curly apostrophe is parsed as the plain one with the same offsets."""

from __future__ import annotations

import pytest

from eventcoder.coder import parse_text

pytestmark = pytest.mark.slow


def test_parse_text_keeps_offsets():
    text = "We’ll see “Georgia’s” support."
    assert parse_text(text) == "We'll see “Georgia's” support."
    assert len(parse_text(text)) == len(text)


@pytest.mark.parametrize(
    ("sentence", "name", "noun"),
    [
        (
            "Today, the White House released the U.S. Department of State's Equity Action Plan to"
            " implement Executive Order (E.O.) 13985.",
            "Department",
            "Plan",
        ),
        (
            "The donors complement the Government of Panama's efforts to provide assistance to"
            " migrants.",
            "Government",
            "efforts",
        ),
    ],
)
def test_named_owner_owns_the_noun(coder, sentence, name, noun):
    doc = coder.nlp(sentence)
    head = next(t for t in doc if t.text == noun)
    owner = next(t for t in doc if t.text == name)
    assert owner.dep_ == "poss" and owner.head.i == head.i
    assert head.dep_ not in {"pobj", "poss"}


def test_common_noun_with_of_keeps_its_parse(coder):
    doc = coder.nlp("The leader of Russia's army resigned.")
    russia = next(t for t in doc if t.text == "Russia")
    assert russia.dep_ == "poss" and russia.head.text == "army"


def test_released_plan_of_a_named_department_is_no_release(coder):
    text = "Today, the White House released the U.S. Department of State’s Equity Action Plan."
    assert not [e for e in coder.code(text, date="2022-04-14") if e.type.value == "RETREAT"]
