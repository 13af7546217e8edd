"""An actor matched from a near spelling (ActorInfo.confidence below 1) lowers its event's
confidence in proportion; exact matches leave the fitted value (events/confidence.py) as it is."""

from __future__ import annotations

from eventcoder.actors.records import ActorInfo, ActorKind
from eventcoder.events.assembly import _spelling


def _side(confidence: float = 1.0, kind: ActorKind = ActorKind.PERSON):
    return (None, ActorInfo("X", "UKR", "GOV", kind, confidence=confidence))


def test_exact_actors_keep_the_event_confidence():
    assert _spelling(0.8, [_side(), _side()]) == 0.8


def test_a_near_spelling_of_the_source_lowers_the_event_confidence():
    assert _spelling(0.9, [_side(0.9), _side()]) == 0.81


def test_the_least_certain_actor_decides():
    lowered = _spelling(0.9, [_side(0.8), _side(0.95), _side(0.9)])
    assert lowered == 0.72
    assert lowered < _spelling(0.9, [_side(0.95), _side(0.9)])
