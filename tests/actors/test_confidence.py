"""An actor matched from a near spelling (ActorInfo.confidence below 1) lowers its event's
confidence in proportion; exact matches leave it as the event rules set it."""

from __future__ import annotations

from eventcoder.actors.records import ActorInfo, ActorKind
from eventcoder.events.assembly import _confidence


def _side(confidence: float = 1.0, kind: ActorKind = ActorKind.PERSON):
    return (None, ActorInfo("X", "UKR", "GOV", kind, confidence=confidence))


def test_exact_actors_keep_the_event_confidence():
    assert _confidence(False, [_side()], [_side()]) == 0.9


def test_a_near_spelling_of_the_source_lowers_the_event_confidence():
    assert _confidence(False, [_side()], [_side(0.9)]) == 0.81


def test_the_least_certain_actor_decides():
    lowered = _confidence(False, [_side(0.8), _side(0.95)], [_side(0.9)])
    assert lowered == 0.72
    assert lowered < _confidence(False, [_side(0.95)], [_side(0.9)])


def test_a_guessed_target_and_a_near_spelling_both_count():
    assert _confidence(True, [_side(0.9)], [_side()]) == round(0.65 * 0.9, 2)
