"""The event confidence: features of how an event was coded, the fitted model that weighs them,
the data file it is read from, and the tool that fits it. Sentences are invented."""

from __future__ import annotations

import importlib.util
import math
import sys
from datetime import date
from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.confidence import FEATURES, LABELS, default_model, parse_model
from eventcoder.records import Document
from eventcoder.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "fit_confidence", ROOT / "tools" / "fit_confidence.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


# ---- the model and its file ---------------------------------------------------------------------
def test_the_shipped_model_weighs_every_feature_and_says_what_it_was_fitted_on():
    model = default_model()
    assert set(model.weights) == set(FEATURES)
    assert model.fitted_on["dev_events"] > 500 and model.fitted_on["stream_events"] > 50
    assert all(f in LABELS for f in FEATURES), "every feature has a label for --explain"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ({"intercept": 0.0, "weights": {"no_such_feature": 1.0}, "fitted_on": {}}, "unknown"),
        ({"intercept": 0.0, "weights": {"quoted": math.inf}, "fitted_on": {}}, "range"),
        ({"intercept": 50.0, "weights": {}, "fitted_on": {}}, "range"),
        ({"intercept": 0.0, "weights": {}}, "required"),
    ],
)
def test_a_malformed_model_file_is_refused_with_its_reason(data, why):
    with pytest.raises(DataFileError, match=r"confidence\.yaml: not a confidence model") as err:
        parse_model(data, "confidence.yaml")
    assert why in str(err.value).lower()


def test_the_score_is_the_logistic_of_the_weighed_features_with_the_largest_factors_first():
    model = parse_model(
        {
            "intercept": 0.5,
            "weights": {"target_fallback": -1.0, "quoted": -0.2, "symmetric": 0.01},
            "fitted_on": {},
        },
        "test",
    )
    conf = model.score({"target_fallback": 1.0, "quoted": 1.0, "symmetric": 1.0})
    assert conf.value == pytest.approx(1 / (1 + math.exp(-(0.5 - 1.0 - 0.2 + 0.01))), abs=1e-3)
    assert [k for k, _ in conf.factors] == ["target_fallback", "quoted"]  # 0.01 is too small
    assert conf.explain().startswith(f"{conf.value:.2f} (target is only another actor")


# ---- the fitting tool ---------------------------------------------------------------------------
def _samples(tool):
    out = []
    for i in range(200):
        fallback = i % 3 == 0
        quoted = i % 5 == 0
        right = (not fallback and i % 7 != 0) or (fallback and i % 4 == 0)
        feats = {"target_fallback": 1.0} if fallback else {}
        if quoted:
            feats["quoted"] = 1.0
        out.append(tool.Sample(f"s{i}", "stream" if i % 10 == 0 else "dev", feats, right))
    return out


def test_the_fit_is_deterministic_and_finds_the_weight_of_a_telling_feature():
    tool = _tool()
    a = tool.fit(_samples(tool), penalty=1.0, stream_weight=2.0)
    b = tool.fit(_samples(tool), penalty=1.0, stream_weight=2.0)
    assert a.intercept == b.intercept and list(a.weights) == list(b.weights)
    w = dict(zip(FEATURES, a.weights, strict=True))
    assert w["target_fallback"] < -1.0  # right 1 time in 4 with it, 6 in 7 without
    assert w["symmetric"] == 0.0  # never seen: the penalty keeps it at zero
    assert a.predict({"target_fallback": 1.0}) < a.predict({})


def test_the_tool_writes_a_file_the_coder_reads(tmp_path):
    tool = _tool()
    fitted = tool.fit(_samples(tool), penalty=1.0, stream_weight=2.0)
    out = tmp_path / "confidence.yaml"
    tool.write_model(out, fitted, {"dev_events": 180, "stream_events": 20})
    import yaml

    model = parse_model(yaml.safe_load(out.read_text(encoding="utf-8")), str(out))
    assert model.weights["target_fallback"] == round(
        float(fitted.weights[FEATURES.index("target_fallback")]), 3
    )


# ---- features of coded events (the spaCy model) -------------------------------------------------
def _explain(coder, text: str):
    return coder.explain(Document(id="t", text=text, date=date(2022, 3, 10)))


@pytest.mark.slow
def test_features_say_how_each_side_was_found(coder):
    events, _ = _explain(coder, "Kenya expelled the Ugandan ambassador on Monday.")
    ev = next(e for e in events if e.trigger.text == "expelled")
    feats = dict(ev.why.features)
    assert feats["source_subject"] == 1.0 and feats["target_object"] == 1.0
    assert feats["source_state"] == 1.0 and feats["dated"] == 1.0 and feats["trigger_root"] == 1.0
    assert "target_fallback" not in feats and "quoted" not in feats
    assert 0.0 < ev.confidence < 1.0
    assert ev.why.confidence.startswith(f"{ev.confidence:.2f} (")


@pytest.mark.slow
def test_a_doubtful_event_is_less_sure_than_a_plain_one(coder):
    plain, _ = _explain(coder, "Kenya expelled the Ugandan ambassador on Monday.")
    doubt, _ = _explain(
        coder,
        "Officials in Kenya said sanctions could perhaps be imposed if talks with Uganda fail.",
    )
    sure = next(e for e in plain if e.trigger.text == "expelled").confidence
    assert all(e.confidence < sure for e in doubt), doubt


@pytest.mark.slow
def test_explain_lists_events_left_out_below_min_confidence():
    from eventcoder import Coder

    strict = Coder(settings=Settings(min_confidence=0.99))
    text = "Kenya expelled the Ugandan ambassador on Monday."
    events, drops = strict.explain(Document(id="t", text=text, date=date(2022, 3, 10)))
    assert not events
    low = [d for d in drops if d.rule.value == "low_confidence"]
    assert low and text[low[0].trigger :].startswith("expelled")
    assert "below 0.99" in low[0].why
