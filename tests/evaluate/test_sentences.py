"""Sentence-level scoring: matching sides and types, optional gold, P/R/F1 and the report."""

from __future__ import annotations

import pytest
from tests.output.records import full_event

from eventcoder.errors import DataFileError
from eventcoder.evaluate.sentences import Counts, GoldSentence, read_predictions, score, simplify
from eventcoder.output.jsonl import event_dict


def _p(type_, src, tgt, modality="asserted", symmetric=False):
    return {
        "type": type_,
        "source": src,
        "target": tgt,
        "modality": modality,
        "symmetric": symmetric,
    }


def test_counts_precision_recall_f1():
    c = Counts(tp=3, fp=1, fn=2)
    assert (c.precision, c.recall) == (0.75, 0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 0.0


def test_score_counts_hits_misses_extras_and_excuses_optional_gold():
    gold = [
        GoldSentence(
            "s1",
            "t",
            None,
            [_p("ASSAULT", ["RUS"], ["UKR"]), {**_p("ACCUSE", ["UKR"], ["RUS"]), "optional": True}],
        ),
        GoldSentence("s2", "t", None, [_p("CONSULT", ["IND"], ["RUS"], "future")]),
    ]
    pred = {
        "s1": [_p("ASSAULT", ["RUS"], ["UKR"]), _p("ACCUSE", ["UKR"], ["RUS"])],  # 2nd excused
        "s2": [_p("CONSULT", ["RUS"], ["IND"], "future", symmetric=True), _p("AID", ["USA"], [])],
    }
    rep = score(gold, pred)
    assert (rep.overall.tp, rep.overall.fp, rep.overall.fn) == (2, 1, 0)
    assert rep.by_type["AID"].fp == 1 and rep.modality_right == 2 and rep.sentences == 2
    assert "OVERALL" in rep.render() and "sentences: 2" in rep.render()


def test_score_wrong_sides_count_for_type_only():
    gold = [GoldSentence("s1", "t", None, [_p("ASSAULT", ["RUS"], ["UKR"])])]
    rep = score(gold, {"s1": [_p("ASSAULT", ["USA"], ["UKR"])]})
    assert (rep.overall.tp, rep.type_only.tp, rep.actor_only.tp) == (0, 1, 0)


def test_simplify_records_and_jsonl_dicts_alike():
    ev = full_event()
    assert (
        simplify([ev])
        == simplify([event_dict(ev)])
        == [
            {
                "type": "ASSAULT",
                "modality": "asserted",
                "source": ["RUS"],
                "target": ["UKR"],
                "symmetric": False,
            }
        ]
    )


def test_read_predictions_names_the_bad_line(tmp_path):
    p = tmp_path / "pred.jsonl"
    p.write_text('{"type": "AID"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"pred\.jsonl:3: not valid JSON"):
        list(read_predictions(p))
