"""eval/stream/report.py: judged wrong events become regression cases, except in golden articles."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "stream_report", ROOT / "eval" / "stream" / "report.py"
)
assert _spec is not None and _spec.loader is not None
report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report)


def _row(doc_id: str, right: bool) -> dict:
    return {
        "doc_id": doc_id,
        "corpus": "wikinews",
        "sentence": "Kenya expelled the Ugandan envoy.",
        "sentence_start": 0,
        "sentence_end": 33,
        "trigger": "expelled",
        "trigger_start": 6,
        "trigger_end": 14,
        "type": "SANCTION",
        "source": ["KENGOV"],
        "target": ["UGA"],
        "modality": "asserted",
        "judgement": {
            "right": right,
            "cause": None if right else "wrong target: x",
            "should_be": "-",
        },
    }


def test_wrong_events_become_cases_but_golden_articles_stay_held_out(tmp_path):
    regressions = tmp_path / "regressions.jsonl"
    regressions.write_text("", encoding="utf-8")
    rows = [_row("doc-a", False), _row("doc-golden", False), _row("doc-b", True)]
    added, skipped = report.add_regressions(
        tmp_path / "round7.jsonl", rows, regressions, held_out={"doc-golden"}
    )
    cases = [json.loads(line) for line in regressions.read_text(encoding="utf-8").splitlines()]
    assert added == 1 and [c["id"] for c in cases] == ["r7-001"]
    assert skipped == ["r7-002"]
    assert cases[0]["open"] and cases[0]["wrong"]["source"] == ["KEN"]


def test_the_golden_documents_are_those_of_tests_golden():
    docs = report.golden_documents()
    assert len(docs) >= 8 and all(d.startswith(("wikinews-", "statedept-")) for d in docs)
