"""Events judged wrong in the stream-precision rounds must no longer be coded.

Each case in eval/stream/regressions.jsonl is an event the coder produced on a corpus document
and a judge found wrong (eval/GUIDELINES.md §9). The test codes the documents those events came
from (only those) and checks that the wrong event is gone: for a "not an event" cause, no event
at all on that trigger; otherwise no event on that trigger with the same type, source and target
countries and modality. Cases still "open" are expected to fail (strict): when a fix removes the
wrong event the test reports XPASS, and the case's "open" becomes false.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.ingest.jsonl import parse_date
from eventcoder.records import Document, Event

ROOT = Path(__file__).resolve().parents[2]
CASES_FILE = ROOT / "eval" / "stream" / "regressions.jsonl"
CASES = [
    json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
]

pytestmark = pytest.mark.slow


def test_cases_are_complete():
    assert CASES, "no regression cases"
    for c in CASES:
        assert c["sentence_start"] <= c["trigger_start"] < c["trigger_end"] <= c["sentence_end"]
        assert c["cause"].split(":")[0] in {
            "not an event",
            "wrong type",
            "wrong source",
            "wrong target",
            "wrong modality",
            "duplicate",
        }, c["id"]
        assert c["should_be"] and isinstance(c["open"], bool)


@pytest.fixture(scope="module")
def coded(corpus_dir) -> dict[str, tuple[str, tuple[Event, ...]]]:
    """The text and events of every document a case comes from, coded once.

    Coded with every event kept (min_confidence 0): the confidence model is fitted on these very
    judgements, so a case closes only when the rules stop coding the wrong event, not because the
    default confidence floor hides it."""
    from eventcoder import Coder
    from eventcoder.settings import Settings

    coder = Coder(settings=Settings(min_confidence=0.0))
    needed = {c["doc_id"] for c in CASES}
    docs = []
    for name in sorted({c["corpus"] for c in CASES}):
        with (corpus_dir / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["id"] in needed:
                    day = parse_date(d["date"], d["id"]) if d.get("date") else None
                    docs.append(Document(d["id"], d["text"], day, source=d.get("source")))
    out = {}
    for res in coder.pipe(docs):
        assert res.error is None, res.error
        out[res.document.id] = (res.document.text, res.events)
    assert set(out) == needed
    return out


def _countries(actors: Any) -> list[str]:
    return sorted({a.country for a in actors if a.country})


def _same_wrong_event(case: dict[str, Any], ev: Event) -> bool:
    if not (ev.trigger.start < case["trigger_end"] and case["trigger_start"] < ev.trigger.end):
        return False
    if case["cause"].startswith("not an event"):
        return True  # any event on this trigger is still one too many
    wrong = case["wrong"]
    return (
        ev.type.value == wrong["type"]
        and _countries(ev.source) == wrong["source"]
        and _countries(ev.target) == wrong["target"]
        and ev.modality.value == wrong["modality"]
    )


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c["cause"], strict=True)) if c["open"] else c
        for c in CASES
    ],
    ids=[c["id"] for c in CASES],
)
def test_wrong_stream_event_is_not_coded(coded, case):
    text, events = coded[case["doc_id"]]
    assert text[case["sentence_start"] : case["sentence_end"]] == case["sentence"]
    still = [e for e in events if _same_wrong_event(case, e)]
    assert not still, (
        f"{case['id']} ({case['cause']}): still coded "
        f"{[(e.type.value, _countries(e.source), _countries(e.target), e.modality.value) for e in still]}"
        f" on {case['trigger']!r}; should be: {case['should_be']}"
    )
