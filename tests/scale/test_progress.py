"""The progress bar: drawn on a terminal only; the summary line counts what was coded."""

from __future__ import annotations

import io
from pathlib import Path

from eventcoder.pipeline.progress import Progress, count_documents
from eventcoder.records import CodedDocument, Document


def _coded(i: int, error: str | None = None) -> CodedDocument:
    return CodedDocument(Document(id=f"d{i}", text=f"word {i} and more"), error=error)


def test_no_bar_when_not_a_terminal_but_a_summary() -> None:
    out = io.StringIO()
    with Progress(3, stream=out) as p:
        for i in range(3):
            p(_coded(i, error="bad" if i == 2 else None), "added")
    assert out.getvalue() == ""
    line = p.summary()
    assert line.startswith("coded 3 document(s) (12 words, 0 events, 1 failed) in ")
    assert "documents/s" in line and "\n" not in line


def test_a_bar_with_rate_and_total_on_a_terminal() -> None:
    out = io.StringIO()
    p = Progress(4, stream=out, bar=True)
    p(_coded(1))
    p(_coded(2))
    p.close()
    drawn = out.getvalue()
    assert "/4" in drawn and "doc/s" in drawn


def test_count_documents(tmp_path: Path) -> None:
    jl = tmp_path / "a.jsonl"
    jl.write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    txt = tmp_path / "b.txt"
    txt.write_text("one document")
    assert count_documents([str(jl), str(txt), str(tmp_path / "missing.jsonl")]) == 5
