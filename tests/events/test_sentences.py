"""Wire-style sentences about many countries: each gold event must be coded (type, sides, modality)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.evaluate.sentences import _actors_match, _type_match, simplify

DATA = Path(__file__).resolve().parents[1] / "data" / "sentences.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]

pytestmark = pytest.mark.slow

# Known misses, each for a reason the coder does not handle yet (strict: a fix must remove it).
KNOWN = {
    "s044": "implicit event: 'denied any involvement in the disappearance' names no attack verb",
    "s047": "the attacker is the agent of a second passive clause ('after being intercepted by')",
    "s052": "the small model parses 'military' as an adjective and 'seized' as a modifier",
    "s062": "an ultimatum ('gave ... one week to') and a conditional use of force as a threat",
    "s055": "'rejected a demand by X that it apologise': the demand is read as a reference to an "
    "earlier request, and the apology it asks for leaks out as a CONCEDE",
}


def test_enough_sentences():
    assert len(CASES) >= 40
    assert len({e["type"] for c in CASES for e in c["events"]}) == 16


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN[c["id"]], strict=True))
        if c["id"] in KNOWN
        else c
        for c in CASES
    ],
    ids=[c["id"] for c in CASES],
)
def test_sentence_codes_gold_events(coder, case):
    pred = simplify(coder.code(case["text"], date=case["date"]))
    for gold in case["events"]:
        ok = [p for p in pred if _type_match(gold, p) and _actors_match(gold, p)]
        assert ok, f"missing {gold} in {case['text']!r}; got {pred}"
        assert any(p["modality"] == gold["modality"] for p in ok), (
            f"modality: want {gold['modality']}, got {[p['modality'] for p in ok]}"
        )
    if not case["events"]:
        asserted = [p for p in pred if p["modality"] == "asserted"]
        assert not asserted, f"background sentence coded as {asserted}"
