"""Code documents in batches: into a stream of results, or into a store (skipping stored ones).

The store knows records and SQL only; this is where a Coder meets it. A document the coder
cannot code is a reject: counted, reported through a callback, never an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import TYPE_CHECKING

from eventcoder.records import CodedDocument, Document

if TYPE_CHECKING:  # the store (duckdb) loads when a command stores: `code` does not
    from eventcoder.coder import Coder
    from eventcoder.store import IngestStats, Store


@dataclass
class Rejects:
    """Documents that could not be coded: how many, and each one's error."""

    count: int = 0
    on_reject: Callable[[CodedDocument], None] | None = None

    def add(self, coded: CodedDocument) -> None:
        self.count += 1
        if self.on_reject:
            self.on_reject(coded)


def code_documents(
    coder: Coder,
    docs: Iterable[Document],
    rejects: Rejects,
    *,
    batch_size: int | None = None,
    mentions: bool = False,
) -> Iterator[CodedDocument]:
    """The coded documents, in input order; the ones that failed go to `rejects` instead."""
    for coded in coder.pipe(docs, batch_size=batch_size, mentions=mentions):
        if coded.error:
            rejects.add(coded)
        else:
            yield coded


def ingest_documents(
    store: Store,
    docs: Iterable[Document],
    coder_factory: Callable[[], Coder],
    *,
    batch_size: int | None = None,
    progress: Callable[[CodedDocument, str], None] | None = None,
) -> IngestStats:
    """Code and store the documents not stored yet; the coder is made only if one needs it.

    Stored documents are skipped before the NLP; pending mentions are merged even when there
    is nothing new (a killed run leaves some). A document that fails is stored with its error
    (counted in `IngestStats.failed`) and tried again on the next run.
    """
    skipped = 0

    def count_skip(_doc: Document) -> None:
        nonlocal skipped
        skipped += 1

    todo = store.to_code(docs, on_skip=count_skip)
    first = next(todo, None)
    if first is None:
        store.merge()
        from eventcoder.store import IngestStats

        return IngestStats(skipped=skipped)
    coder = coder_factory()
    stats = store.ingest(coder.pipe(chain([first], todo), batch_size=batch_size), progress=progress)
    return replace(stats, skipped=stats.skipped + skipped)
