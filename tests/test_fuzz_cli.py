"""Random and mutated text and JSONL through the whole `eventcoder code` command (in-process, one
loaded Coder): no traceback escapes, and every event's offsets index its document's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from eventcoder.cli.main import main  # noqa: E402
from eventcoder.ingest import read_inputs  # noqa: E402

SENTENCES = [
    "Russia attacked Ukraine on Monday.",
    "The French president met Chancellor Scholz in Berlin.",
    "Protesters in Nairobi demanded the resignation of the government.",
    "China and India signed a border agreement.",
    "Iran condemned Israel over the strike.",
]

words = st.sampled_from([*SENTENCES, "\n", "\n\n", " ", "...", "—", "\u200b", "\ufeff", "Mr."])
texts = st.one_of(
    st.text(max_size=400),
    st.lists(words, max_size=40).map(" ".join),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
)
dates = st.one_of(
    st.none(),
    st.sampled_from(["2022-02-24", "9999-12-31", "0001-01-01", "", "2021-13-45", "2021-01-05x"]),
    st.integers(),
)
ids = st.one_of(
    st.none(), st.text(max_size=8), st.integers(), st.booleans(), st.lists(st.integers())
)


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        obj = {"id": draw(ids), "text": draw(texts), "date": draw(dates)}
        line = json.dumps(obj, ensure_ascii=draw(st.booleans())).encode()
        if draw(st.booleans()):  # mutate a few bytes
            data = bytearray(line)
            for _ in range(draw(st.integers(1, 4))):
                if data:
                    i = draw(st.integers(0, len(data) - 1))
                    data[i] = draw(st.integers(0, 255))
            line = bytes(data)
        lines.append(line)
    return b"\n".join(lines) + b"\n"


@pytest.fixture(scope="module")
def runner(coder, tmp_path_factory):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setattr("eventcoder.cli.code.make_coder", lambda *a, **k: coder)
    yield CliRunner(), tmp_path_factory.mktemp("fuzz")
    mp.undo()


def _check(runner_and_dir, name: str, data: bytes) -> None:  # type: ignore[no-untyped-def]
    cli, folder = runner_and_dir
    path: Path = folder / name
    path.write_bytes(data)
    res = cli.invoke(main, ["code", str(path), "--format", "jsonl"])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.stderr
    assert res.exit_code in (0, 1), res.stderr
    docs: dict[str, list[str]] = {}
    for doc in read_inputs([str(path)], on_reject=lambda _r: None):
        docs.setdefault(doc.id, []).append(doc.text)
    for line in res.stdout.splitlines():
        ev = json.loads(line)
        spans = [ev["trigger"]] + ev["source"] + ev["target"]
        assert any(
            all(
                0 <= s["start"] <= s["end"] <= len(t) and t[s["start"] : s["end"]] == s["text"]
                for s in spans
            )
            for t in docs[ev["doc_id"]]
        ), ev


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=jsonl_files())
def test_fuzz_cli_jsonl(runner, data):
    _check(runner, "in.jsonl", data)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=texts, raw=st.binary(max_size=200), mix=st.booleans())
def test_fuzz_cli_text(runner, text, raw, mix):
    _check(runner, "in.txt", text.encode("utf-8") + (raw if mix else b""))
