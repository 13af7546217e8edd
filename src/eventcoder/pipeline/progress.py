"""Progress of a batch: a bar with documents/s and ETA on a terminal, a one-line summary always.

`Progress` is the `progress` callback of `ingest_documents` (and can count `code_documents`'
results): on a terminal it draws a tqdm bar on stderr; when stderr is not a terminal (a log, a
pipe, cron) it draws nothing. `summary()` is the line printed at the end either way.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from eventcoder.records import CodedDocument


def count_documents(files: Iterable[str]) -> int:
    """Documents in the expanded input files: a JSONL file's non-empty lines, one per other file."""
    total = 0
    for name in files:
        path = Path(name)
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1  # reported as a reject by the reader
    return total


class Progress:
    """Counts coded documents and events; a bar on a terminal, nothing otherwise."""

    def __init__(
        self, total: int | None = None, *, stream: IO[str] | None = None, bar: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.documents = 0
        self.failed = 0
        self.events = 0
        self.words = 0
        self.started = time.perf_counter()
        show = bar if bar is not None else _is_terminal(self.stream)
        self._bar: Any = None
        if show:
            from tqdm import tqdm  # type: ignore[import-untyped]

            self._bar = tqdm(
                total=total,
                unit="doc",
                file=self.stream,
                dynamic_ncols=True,
                smoothing=0.05,
                leave=False,
            )

    def __call__(self, coded: CodedDocument, outcome: str = "added") -> None:
        self.documents += 1
        self.failed += coded.error is not None
        self.events += len(coded.events)
        self.words += len(coded.document.text.split())
        if self._bar is not None:
            self._bar.update(1)
            self._bar.set_postfix(events=self.events, refresh=False)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        """'coded 80 documents (41,210 words, 1,690 events) in 52.3 s: 1.5 documents/s ...'."""
        s = self.seconds
        rate = f"{self.documents / s:.2f} documents/s, {self.words / s:,.0f} words/s" if s else "-"
        failed = f", {self.failed} failed" if self.failed else ""
        return (
            f"coded {self.documents:,} document(s) ({self.words:,} words, {self.events:,} events"
            f"{failed}) in {s:.1f} s: {rate}"
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
