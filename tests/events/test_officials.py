"""Disputes between two named officials of one state are events, country to the same country
(GUIDELINES §12, §17); a state still does not act on itself."""

from __future__ import annotations

import pytest

from eventcoder.actors.records import ActorInfo, ActorKind
from eventcoder.events.officials import between_officials
from eventcoder.records import EventType


def _person(actor_id: str | None, kind: ActorKind = ActorKind.PERSON) -> ActorInfo:
    return ActorInfo(None, "FRA", "GOV", kind, office="head_of_government", actor_id=actor_id)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "On Monday President Emmanuel Macron rejected Prime Minister Elisabeth Borne's offer to resign.",
            "REJECT",
        ),
        (
            "President Vladimir Putin accused Prime Minister Mikhail Mishustin of failing to act.",
            "ACCUSE",
        ),
        (
            "Ukrainian President Volodymyr Zelensky declined Prime Minister Denys Shmyhal's request on Tuesday.",
            "REJECT",
        ),
    ],
)
def test_dispute_between_officials_is_coded_at_home(coder, text, type_):
    events = [e for e in coder.code(text, date="2023-02-08") if e.type.value == type_]
    assert events
    (ev,) = events
    assert {a.country for a in ev.source} == {a.country for a in ev.target}
    assert {a.actor_id for a in ev.source}.isdisjoint({a.actor_id for a in ev.target})


def test_request_between_officials_is_procedure(coder):
    text = "Prime Minister Boris Johnson asked Queen Elizabeth II for a prorogation in August."
    events = coder.code(text, date="2019-09-11")
    assert not [e for e in events if e.type is EventType.REQUEST and e.target]


def test_talks_between_officials_stay_internal(coder):
    text = "President Emmanuel Macron met Prime Minister Elisabeth Borne on Monday."
    assert not [e for e in coder.code(text, date="2023-02-08") if e.type is EventType.CONSULT]


def test_only_named_persons_other_than_the_doer():
    macron = (None, _person("emmanuel-macron"))
    borne = _person("elisabeth-borne")
    assert between_officials(EventType.REJECT, borne, [macron])  # type: ignore[list-item]
    assert not between_officials(EventType.REJECT, _person("emmanuel-macron"), [macron])  # type: ignore[list-item]
    assert not between_officials(EventType.SANCTION, borne, [macron])
    assert not between_officials(EventType.REQUEST, borne, [macron])  # type: ignore[list-item]
    assert not between_officials(EventType.REJECT, _person(None), [macron])  # type: ignore[list-item]
    country = _person(None, ActorKind.COUNTRY)
    assert not between_officials(EventType.REJECT, borne, [(None, country)])  # type: ignore[list-item]
