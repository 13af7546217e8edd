"""The recipient from the parse, on hand-parsed sentences (no statistical model)."""

from __future__ import annotations

from tests.handmade import parsed

from eventcoder.events.lexicon import TriggerEntry
from eventcoder.events.roles import verb_roles
from eventcoder.records import EventType

LIFT = TriggerEntry(
    lemma="lift",
    pos="VERB",
    type=EventType.RETREAT,
    dobj="object",
    object=("sanction",),
    example="Canada lifted its sanctions on Colombia.",
)


def _lifted(day_ent: str):
    """ "Canada lifted sanctions on Colombia on Monday ." with the time phrase on the verb."""
    return parsed(
        [
            ("Canada", "Canada", "PROPN", "nsubj", 1),
            ("lifted", "lift", "VERB", "ROOT", 1),
            ("sanctions", "sanction", "NOUN", "dobj", 1),
            ("on", "on", "ADP", "prep", 2),
            ("Colombia", "Colombia", "PROPN", "pobj", 3),
            ("on", "on", "ADP", "prep", 1),
            ("Monday", "Monday", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O", day_ent, "O"],
    )


def test_recipient_a_time_after_a_preposition_is_no_side():
    """The verb's "on Monday" does not hide the object's "on Colombia"."""
    for day_ent in ("B-DATE", "O"):  # a weekday is a time with or without the entity tag
        roles = verb_roles(_lifted(day_ent)[1], LIFT)
        assert [t.text for t in roles.target] == ["Colombia"], day_ent
        assert roles.how[-1] == "target: 'on' phrase of the object"
