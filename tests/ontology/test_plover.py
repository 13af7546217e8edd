"""PLOVER's strict recoding and the vocabulary sets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.output.records import full_event

from eventcoder.ontology.codes import codes_for
from eventcoder.ontology.plover import (
    GENERIC_CODES,
    NON_STATE,
    NON_STATE_CODES,
    plover_strict,
    strict_type,
)
from eventcoder.records import EventType, Modality

AGREE_WHEN_FUTURE = [EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID]


@pytest.mark.parametrize("kind", AGREE_WHEN_FUTURE)
def test_strict_future_cooperation_is_agree(kind):
    assert strict_type(kind, Modality.FUTURE) is EventType.AGREE
    assert strict_type(kind, Modality.ASSERTED) is kind


def test_strict_future_retreat_is_concede_and_others_stay():
    assert strict_type(EventType.RETREAT, Modality.FUTURE) is EventType.CONCEDE
    assert strict_type(EventType.ASSAULT, Modality.FUTURE) is EventType.ASSAULT
    assert strict_type(EventType.CONSULT, Modality.HYPOTHETICAL) is EventType.CONSULT


def test_plover_strict_recodes_an_event_with_the_new_types_codes():
    ev = replace(full_event(), type=EventType.CONSULT, mode="visit", modality=Modality.FUTURE)
    got = plover_strict(ev)
    agree = codes_for(EventType.AGREE, None)
    assert got.type is EventType.AGREE and got.mode is None
    assert (got.cameo, got.quad_class, got.goldstein, got.plover_score) == (
        agree.cameo,
        agree.quad_class,
        agree.goldstein,
        agree.plover_score,
    )
    assert (
        replace(
            got,
            type=ev.type,
            mode=ev.mode,
            cameo=ev.cameo,
            quad_class=ev.quad_class,
            goldstein=ev.goldstein,
            plover_score=ev.plover_score,
        )
        == ev
    )  # nothing else


def test_plover_strict_returns_other_events_unchanged():
    ev = full_event()
    assert plover_strict(ev) is ev


def test_non_state_sets_nest():
    assert {"IGO", "NGO", "IMG"} == NON_STATE
    assert NON_STATE < GENERIC_CODES < NON_STATE_CODES
    assert not any(len(c) != 3 or not c.isupper() for c in NON_STATE_CODES)
