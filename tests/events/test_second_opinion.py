"""The trained second opinion: how scores drop and retype candidates (any scores), and the shipped
model itself (slow: loads it) — deterministic, switchable off, its drops visible in explain."""

from __future__ import annotations

import pickle

import pytest

from eventcoder.events.second_opinion import (
    MODEL_DIR,
    TYPES,
    ModelRule,
    SecondOpinion,
    Thresholds,
    best_type,
    review,
)
from eventcoder.ontology.codes import codes_for
from eventcoder.records import ActorRef, Event, EventType, Modality, TextSpan
from eventcoder.settings import Settings


def _actor(country: str) -> ActorRef:
    return ActorRef(TextSpan(country, 0, 3, 0), None, country, None)


def _event(type_: EventType, start: int = 0, sentence: int = 0, conf: float = 0.9) -> Event:
    c = codes_for(type_, None)
    return Event(
        id=f"e{sentence}-{start}",
        doc_id="d",
        sentence=sentence,
        text="France condemned Iran.",
        trigger=TextSpan("condemned", start, start + 9, sentence),
        type=type_,
        mode="disapprove",
        context=(),
        modality=Modality.ASSERTED,
        source=(_actor("FRA"),),
        target=(_actor("IRN"),),
        date=None,
        date_precision="publication",
        date_text=None,
        location=None,
        cameo=c.cameo,
        quad_class=c.quad_class,
        goldstein=c.goldstein,
        plover_score=c.plover_score,
        confidence=conf,
        coder_version="t",
    )


def _scores(no_event: float, **types: float) -> dict[str, float]:
    s = {t: 0.0 for t in TYPES}
    s.update(types)
    s["NO_EVENT"] = no_event
    s["EVENT"] = 1 - no_event
    return s


REVIEW = Thresholds("review", no_event=0.8, keep=0.2, retype=0.7)


def test_sure_no_event_drops_the_candidate_with_its_scores():
    ev = _event(EventType.ACCUSE)
    kept, drops = review([ev], {0: _scores(0.9, ACCUSE=0.1)}, REVIEW)
    assert kept == []
    assert [d.rule for d in drops] == [ModelRule.MODEL_NO_EVENT]
    assert drops[0].trigger == ev.trigger.start
    assert "no event 0.90" in drops[0].why and "ACCUSE 0.10" in drops[0].why


def test_own_type_supported_keeps_the_candidate_despite_no_event():
    ev = _event(EventType.ACCUSE)
    kept, drops = review([ev], {0: _scores(0.9, ACCUSE=0.3)}, REVIEW)
    assert kept == [ev] and drops == []


def test_unsure_no_event_keeps_the_candidate():
    ev = _event(EventType.ACCUSE)
    kept, _ = review([ev], {0: _scores(0.5, ACCUSE=0.05)}, REVIEW)
    assert kept == [ev]


def test_doubted_type_takes_the_models_sure_type_with_its_codes():
    ev = _event(EventType.ACCUSE)
    kept, drops = review([ev], {0: _scores(0.1, ACCUSE=0.1, REQUEST=0.85)}, REVIEW)
    assert [e.type for e in kept] == [EventType.REQUEST]
    new = kept[0]
    assert new.mode is None and new.cameo == codes_for(EventType.REQUEST, None).cameo
    assert new.source == ev.source and new.target == ev.target and new.trigger == ev.trigger
    assert [d.rule for d in drops] == [ModelRule.MODEL_TYPE]
    assert "ACCUSE 0.10 -> REQUEST 0.85" in drops[0].why


def test_model_not_sure_of_another_type_keeps_the_rule_type():
    ev = _event(EventType.ACCUSE)
    kept, _ = review([ev], {0: _scores(0.1, ACCUSE=0.1, REQUEST=0.6)}, REVIEW)
    assert [e.type for e in kept] == [EventType.ACCUSE]


def test_retyped_duplicate_of_another_candidate_is_dropped_once():
    a, b = _event(EventType.REQUEST, 0), _event(EventType.ACCUSE, 20)
    kept, drops = review([a, b], {0: _scores(0.1, ACCUSE=0.05, REQUEST=0.9)}, REVIEW)
    assert [e.type for e in kept] == [EventType.REQUEST]
    assert {str(d.rule) for d in drops} == {"model_type", "duplicate"}


def test_scores_are_per_sentence():
    a, b = _event(EventType.ACCUSE, 0, 0), _event(EventType.ACCUSE, 40, 1)
    scores = {0: _scores(0.95, ACCUSE=0.01), 1: _scores(0.05, ACCUSE=0.9)}
    kept, _ = review([a, b], scores, REVIEW)
    assert kept == [b]


def test_off_changes_nothing():
    ev = _event(EventType.ACCUSE)
    kept, drops = review([ev], {0: _scores(1.0)}, Thresholds("off"))
    assert kept == [ev] and drops == []


def test_model_mode_gives_the_models_types_with_the_rule_actors():
    ev = _event(EventType.ACCUSE)
    th = Thresholds("model", no_event=0.8, keep=0.5)
    kept, drops = review([ev], {0: _scores(0.2, ACCUSE=0.1, REQUEST=0.7, REJECT=0.6)}, th)
    assert sorted(e.type.value for e in kept) == ["REJECT", "REQUEST"]
    assert all(e.source == ev.source and e.target == ev.target for e in kept)
    assert len({e.id for e in kept}) == 2
    assert [d.rule for d in drops] == [ModelRule.MODEL_TYPE]
    # no type above the threshold: the best one; sure no event: nothing
    kept, _ = review([ev], {0: _scores(0.2, REQUEST=0.3)}, th)
    assert [e.type for e in kept] == [EventType.REQUEST]
    kept, _ = review([ev], {0: _scores(0.9, REQUEST=0.3)}, th)
    assert kept == []


def test_best_type_breaks_ties_in_plover_order():
    assert best_type(_scores(0.0, REQUEST=0.5, ACCUSE=0.5)) == min(
        ("REQUEST", "ACCUSE"), key=TYPES.index
    )


def test_off_builds_no_second_opinion_and_on_does_not_load_the_model_yet():
    assert SecondOpinion.from_settings(Settings(second_opinion="off")) is None
    so = SecondOpinion.from_settings(Settings(second_opinion="review"))
    assert so is not None and so._nlp is None and so.path == MODEL_DIR
    copy = pickle.loads(pickle.dumps(so))
    assert copy.thresholds == so.thresholds and copy._nlp is None


# ---- the trained model (not in the repository: tools/train_classifier.py train makes it) --------
needs_model = pytest.mark.skipif(
    not (MODEL_DIR / "config.cfg").is_file(),
    reason="no trained classifier: run .venv/bin/python tools/train_classifier.py train",
)


@pytest.mark.slow
@needs_model
def test_shipped_model_is_deterministic_and_separates_clear_cases():
    so = SecondOpinion(MODEL_DIR, Thresholds())
    texts = [
        "Police arrested dozens of protesters outside parliament in Minsk on Sunday.",
        "The weather was mild and the museum opened a new wing for visitors.",
    ]
    first = so.scores(texts)
    again = SecondOpinion(MODEL_DIR, Thresholds()).scores(list(reversed(texts)))
    assert first == list(reversed(again))
    assert set(first[0]) == {"EVENT", "NO_EVENT", *TYPES}
    assert first[0]["EVENT"] > first[1]["EVENT"]
    assert first[1]["NO_EVENT"] > first[0]["NO_EVENT"]
    assert best_type(first[0]) == "COERCE"


@pytest.mark.slow
@needs_model
def test_coder_hook_shows_model_drops_in_explain_and_off_is_rules_alone(coder):
    from eventcoder.coder import Coder
    from eventcoder.records import Document

    text = "Police arrested dozens of protesters in Minsk on Sunday."
    rules = Coder(settings=coder.settings.model_copy(update={"second_opinion": "off"}))
    sure = Coder(
        settings=coder.settings.model_copy(
            update={
                "second_opinion": "review",
                "no_event_threshold": 0.0,
                "type_keep_threshold": 1.1,
            }
        )
    )
    assert rules.code(text, "2021-03-01")  # the rules code it
    assert rules.builder.second_opinion is None
    doc = sure.nlp(text)
    events, drops = sure.builder.explain(doc, Document("d", text))
    assert events == ()  # thresholds that drop everything: every candidate dropped, with reason
    assert drops and any(d.rule == ModelRule.MODEL_NO_EVENT and d.why for d in drops)
