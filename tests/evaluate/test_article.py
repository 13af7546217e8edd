"""Article scorecard on hand-made events: required, optional, forbidden and actor checks."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from tests.output.records import TEXT, full_event

from eventcoder.errors import DataFileError
from eventcoder.evaluate.article import load_article_gold, matches, score_article
from eventcoder.records import EventType, Mention, Modality

SPEC = {
    "id": "r1",
    "evidence": "shelled Kharkiv",
    "types": ["ASSAULT"],
    "source": ["RUS"],
    "target": ["UKR"],
    "modality": ["asserted"],
    "date": "2022-05-09",
}


def test_matches_checks_evidence_type_sides_modality_and_date():
    ev = full_event()
    assert matches(ev, SPEC)
    assert not matches(ev, {**SPEC, "evidence": "not in the text"})
    assert not matches(ev, {**SPEC, "types": ["AID"]})
    assert not matches(ev, {**SPEC, "modality": ["future"]})
    assert not matches(ev, {**SPEC, "date": "2022-05-10"})
    assert not matches(ev, {**SPEC, "source": ["UKR"], "target": ["RUS"]})
    assert matches(ev, {**SPEC, "source": ["UKR"], "target": ["RUS"], "symmetric": True})


def test_score_article_passes_and_lists_extras():
    extra = replace(full_event(), id="e2", type=EventType.ACCUSE)
    gold = {
        "required": [SPEC],
        "optional": [{"id": "o1", "evidence": "officials said", "types": ["PROTEST"]}],
        "forbidden": [{"id": "f1", "evidence": "shelled", "types": ["AID"]}],
        "actors": [{"text": "Russian forces", "country": "RUS", "sector": "MIL"}],
    }
    mention = Mention("d1", full_event().source[0])
    card = score_article((full_event(), extra), (mention,), gold)
    assert card.passed and [e.id for e in card.extras] == ["e2"]
    text = card.render()
    assert "required events: 1/1" in text and "RESULT: PASS" in text


def test_score_article_fails_on_a_missing_or_forbidden_event():
    future = replace(full_event(), modality=Modality.FUTURE)
    card = score_article(
        (future,),
        (),
        {
            "required": [SPEC],
            "forbidden": [{"id": "f1", "evidence": "shelled", "modality": ["future"]}],
        },
    )
    assert not card.passed
    assert card.required[0][1] is False and "missing" in card.required[0][2]
    assert card.forbidden[0][1] is False and "RESULT: FAIL" in card.render()


def test_load_article_gold_errors_name_the_file(tmp_path):
    with pytest.raises(DataFileError, match="no such gold file"):
        load_article_gold(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.json:1: not valid JSON"):
        load_article_gold(bad)
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"article": "a.txt"}), encoding="utf-8")
    with pytest.raises(DataFileError, match="no 'required' list"):
        load_article_gold(empty)
    assert TEXT  # the shared text is what SPEC's evidence points into
