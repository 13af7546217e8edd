"""The Coder: settings it is built from, the events it keeps, and one Coder shared by threads."""

from __future__ import annotations

import pickle
import sys
import threading
from dataclasses import replace
from datetime import date

import pytest

from eventcoder.coder import Coder, _as_date
from eventcoder.ontology.codes import codes_for
from eventcoder.records import EventType, Modality, TextSpan
from eventcoder.settings import Settings


def _event(type_=EventType.CONSULT, modality=Modality.ASSERTED, confidence=0.9):
    from eventcoder.records import Event

    c = codes_for(type_, "visit" if type_ is EventType.CONSULT else None)
    return Event(
        id="e1",
        doc_id="d1",
        sentence=0,
        text="India will host Russia.",
        trigger=TextSpan("host", 11, 15, 0),
        type=type_,
        mode="visit" if type_ is EventType.CONSULT else None,
        context=(),
        modality=modality,
        source=(),
        target=(),
        date=None,
        date_precision="unresolved",
        date_text=None,
        location=None,
        cameo=c.cameo,
        quad_class=c.quad_class,
        goldstein=c.goldstein,
        plover_score=c.plover_score,
        confidence=confidence,
        coder_version="test",
    )


def test_coder_as_date_parses_text_and_keeps_dates():
    assert _as_date("2021-11-15") == date(2021, 11, 15)
    assert _as_date(date(2020, 1, 2)) == date(2020, 1, 2)
    assert _as_date(None) is None


def test_coder_settings_take_the_arguments_over_the_base():
    c = Coder("some_model", plover_strict=True, asserted_only=True, settings=Settings(batch_size=4))
    assert c.settings.model == "some_model"
    assert c.settings.plover_strict and c.settings.asserted_only
    assert c.settings.batch_size == 4
    assert Coder().settings.plover_strict is False


def test_coder_finish_keeps_asserted_only_when_asked():
    events = (_event(), _event(modality=Modality.FUTURE))
    assert Coder()._finish(events) == events
    assert [e.modality for e in Coder(asserted_only=True)._finish(events)] == [Modality.ASSERTED]


def test_coder_finish_drops_events_below_min_confidence():
    events = (_event(confidence=0.4), _event(confidence=0.8))
    kept = Coder(settings=Settings(min_confidence=0.5))._finish(events)
    assert [e.confidence for e in kept] == [0.8]


def test_coder_finish_plover_strict_recodes_a_future_consult_as_agree():
    future = _event(modality=Modality.FUTURE)
    (ev,) = Coder(plover_strict=True)._finish((future,))
    agree = codes_for(EventType.AGREE, None)
    assert (ev.type, ev.mode, ev.cameo, ev.goldstein) == (
        EventType.AGREE,
        None,
        agree.cameo,
        agree.goldstein,
    )
    # an asserted consult is PLOVER's own coding already
    asserted = _event()
    assert Coder(plover_strict=True)._finish((asserted,)) == (asserted,)
    assert replace(ev, type=future.type) != future  # the codes changed with the type


def test_coder_pickles_before_and_keeps_a_working_lock():
    c = pickle.loads(pickle.dumps(Coder(asserted_only=True)))
    assert c.settings.asserted_only
    with c._loading:  # a fresh lock, not None
        pass


# ---- with the model ---------------------------------------------------------------------------
FIRST = (
    "New Delhi [India]: Russia has started the delivery of the S400 missile system to India. "
    "Director of the Federal Service for Military-Technical Cooperation Dmitry Shugaev told "
    "Russian media that deliveries had started. Shugaev said India would receive more. "
    "Prime Minister Narendra Modi will meet Vladimir Putin in New Delhi next month."
)
SECOND = (
    "Police in Minsk arrested 150 protesters on Sunday. Thousands of demonstrators marched "
    "against the government, and security forces fired tear gas at them. The European Union "
    "condemned the crackdown and threatened sanctions on Belarus. Lukashenko rejected the "
    "criticism, and his foreign minister summoned the Polish ambassador."
)


def _coded(coder, text, doc_id, day):
    from eventcoder.records import Document

    (result,) = coder.pipe([Document(id=doc_id, text=text, date=day)], mentions=True)
    assert result.error is None
    return result.events, result.mentions


@pytest.mark.slow
def test_coder_code_returns_events_of_a_text(coder):
    events = coder.code(FIRST, date="2021-11-15", doc_id="first")
    assert events and all(e.doc_id == "first" for e in events)
    assert any(e.type is EventType.AID and e.source[0].country == "RUS" for e in events)


@pytest.mark.slow
def test_coder_threads_sharing_one_coder_give_the_sequential_output(coder):
    docs = [(FIRST, "first", date(2021, 11, 15)), (SECOND, "second", date(2020, 8, 10))]
    expected = [_coded(coder, *d) for d in docs]
    assert expected[0] != expected[1] and all(events for events, _ in expected)
    rounds = 6
    results: list[list[object]] = [[], []]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for _ in range(rounds):
                start.wait(timeout=60)  # both threads code their document at the same time
                results[k].append(_coded(coder, *docs[k]))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)
            start.abort()

    threads = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, so that shared state would show
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
    finally:
        sys.setswitchinterval(interval)
    assert not errors
    for k in (0, 1):
        assert len(results[k]) == rounds
        assert all(r == expected[k] for r in results[k])
