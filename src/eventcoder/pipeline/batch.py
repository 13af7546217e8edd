"""Code documents in batches: into a stream of results, or into a store (skipping stored ones).

The store knows records and SQL only; this is where a Coder meets it. An input or document that
cannot be read or coded is a reject: counted, reported through a callback with where it came
from (file, or file:line), never an exception, unless the caller asked to stop at the first one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, TypeVar

from eventcoder.records import CodedDocument, Document, Rejected

if TYPE_CHECKING:  # the store (duckdb) loads when a command stores: `code` does not
    from eventcoder.coder import Coder
    from eventcoder.store import IngestStats, Store

Located = tuple[str, Document]
T = TypeVar("T")


@dataclass
class Rejects:
    """Inputs and documents that were not coded: how many, each reported once, in order.

    `on_reject` sees every reject (one line to stderr, a line of a rejects file); with `stop`
    the first reject ends the input there (`stopped` says where): what was read before it is
    still coded and stored, nothing after it is read.
    """

    count: int = 0
    on_reject: Callable[[Rejected], None] | None = None
    stop: bool = False
    notes: list[str] = field(default_factory=list)
    stopped: str | None = None

    def add(self, item: Rejected) -> None:
        if self.stopped is not None:
            return  # read ahead after the stop: not part of this batch
        self.count += 1
        if self.on_reject:
            self.on_reject(item)
        if self.stop and self.stopped is None:
            self.stopped = f"stopped at {item.where} (--on-error stop)"

    def until_stopped(self, items: Iterable[T]) -> Iterator[T]:
        """The items, ending at once when a reject stopped the batch."""
        for item in items:
            if self.stopped is not None:
                return
            yield item

    def failed(self, coded: CodedDocument, where: str | None = None) -> None:
        """A document the coder could not code."""
        problem = coded.error or "could not be coded"
        doc_id = coded.document.id
        problem = problem.removeprefix(f"{doc_id}: ")
        self.add(Rejected(where or doc_id, f"document {doc_id!r} could not be coded: {problem}"))


def _tracked(located: Iterable[Located], where: dict[int, str]) -> Iterator[Document]:
    """Documents of (where, document) pairs, remembering each one's origin by object identity."""
    for origin, doc in located:
        where[id(doc)] = origin
        yield doc


def _as_located(docs: Iterable[Document] | Iterable[Located]) -> Iterator[Located]:
    for item in docs:
        if isinstance(item, tuple):
            yield item
        else:
            yield item.id, item


def code_documents(
    coder: Coder,
    docs: Iterable[Document] | Iterable[Located],
    rejects: Rejects,
    *,
    batch_size: int | None = None,
    mentions: bool = False,
) -> Iterator[CodedDocument]:
    """The coded documents, in input order; the ones that failed go to `rejects` instead.

    `docs` are Documents or (where, Document) pairs. A document whose text was coded already in
    this batch is coded once (its events would repeat the same ids); a note names it.
    """
    where: dict[int, str] = {}
    seen: dict[str, str] = {}

    def first_time(located: Iterable[Located]) -> Iterator[Located]:
        for origin, doc in located:
            earlier = seen.get(doc.sha)
            if earlier is not None:
                rejects.notes.append(
                    f"{origin}: same text as document {earlier!r}; its events are listed once"
                )
                continue
            seen[doc.sha] = doc.id
            yield origin, doc

    stream = _tracked(rejects.until_stopped(first_time(_as_located(docs))), where)
    for coded in coder.pipe(stream, batch_size=batch_size, mentions=mentions):
        origin = where.pop(id(coded.document), None)
        if coded.error:
            rejects.failed(coded, origin)
        else:
            yield coded
        if rejects.stopped:
            return


def ingest_documents(
    store: Store,
    docs: Iterable[Document] | Iterable[Located],
    coder_factory: Callable[[], Coder],
    *,
    batch_size: int | None = None,
    progress: Callable[[CodedDocument, str], None] | None = None,
    rejects: Rejects | None = None,
) -> IngestStats:
    """Code and store the documents not stored yet; the coder is made only if one needs it.

    Stored documents are skipped before the NLP (a corrected date, title or URL is not a
    skip: the document is coded again); pending mentions are merged after every batch and at
    the end, even when there is nothing new (a killed run leaves some). A document that fails
    is stored with its error (counted in `IngestStats.failed`, reported to `rejects`) and tried
    again on the next run.
    """
    skipped = 0
    where: dict[int, str] = {}

    def count_skip(doc: Document) -> None:
        nonlocal skipped
        skipped += 1
        where.pop(id(doc), None)

    if rejects is not None:
        docs = rejects.until_stopped(_as_located(docs))
    todo = store.to_code(_tracked(_as_located(docs), where), on_skip=count_skip)
    first = next(todo, None)
    if first is None:
        store.merge()
        from eventcoder.store import IngestStats

        return IngestStats(skipped=skipped)
    coder = coder_factory()
    size = batch_size or coder.settings.batch_size

    def report(cd: CodedDocument, outcome: str) -> None:
        origin = where.pop(id(cd.document), None)
        if progress:
            progress(cd, outcome)
        if cd.error and rejects is not None:
            rejects.failed(cd, origin)

    stats = store.ingest(
        coder.pipe(chain([first], todo), batch_size=size), progress=report, merge_every=size
    )
    return replace(stats, skipped=stats.skipped + skipped)
