"""Export a store: typed records read from it, handed to one writer per format.

Every format starts from the same records: `Store.stored_events()` (one per event mention) or
`Store.merged()` (one per merged event, with its mentions); docs/store.md lists the columns.
`plover_strict` recodes them with eventcoder.ontology.plover.plover_strict first.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import IO, TYPE_CHECKING

from eventcoder.errors import InputError
from eventcoder.ontology.plover import plover_strict
from eventcoder.output import csv as csv_out
from eventcoder.output.files import safe_output, safe_path
from eventcoder.output.flat import columns, flat_mention, flat_merged
from eventcoder.output.gdelt import write_gdelt
from eventcoder.output.jsonl import write_merged, write_stored
from eventcoder.output.parquet import write_parquet
from eventcoder.output.plover import write_plover
from eventcoder.records import MergedEvent, StoredEvent

if TYPE_CHECKING:
    from eventcoder.store.db import Store

FORMATS = ("plover", "gdelt", "parquet", "csv", "jsonl")

Record = StoredEvent | MergedEvent


def check_format(fmt: str, output: str | None) -> None:
    """An InputError when `fmt` is unknown or needs an output file it was not given."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet" and not output:
        raise InputError("parquet export needs an output file, not a stream")


def strict_records(records: Iterable[Record]) -> Iterator[Record]:
    """Records recoded by PLOVER's strict rule (merged events keep their mentions as they are)."""
    for r in records:
        if isinstance(r, MergedEvent):
            yield plover_strict(r)
        else:
            new = plover_strict(r.event)
            yield (
                r
                if new is r.event
                else StoredEvent(new, r.merged_id, r.url, r.source, r.title, r.stored_at)
            )


def _flat(records: Iterable[Record]) -> Iterator[dict[str, object]]:
    for r in records:
        yield flat_merged(r) if isinstance(r, MergedEvent) else flat_mention(r)


def write_records(
    records: Iterable[Record], fmt: str, out: IO[str] | None, *, merged: bool, path: str | None
) -> int:
    """Write records in `fmt` to `out` (or, for parquet, the file `path`); returns the count."""
    check_format(fmt, path)
    if fmt == "parquet":
        table = "merged_events" if merged else "event_mentions"
        return write_parquet(_flat(records), columns(merged), path or "", table)
    assert out is not None
    if fmt == "jsonl":
        if merged:
            return write_merged((r for r in records if isinstance(r, MergedEvent)), out)
        return write_stored((r for r in records if isinstance(r, StoredEvent)), out)
    if fmt == "plover":
        return write_plover(records, out)
    if fmt == "gdelt":
        return write_gdelt(records, out)
    return csv_out.write_rows(_flat(records), [c for c, _ in columns(merged)], out)


def export_store(
    store: Store,
    fmt: str,
    output: str | None,
    *,
    merged: bool = False,
    plover_strict: bool = False,
    stream: IO[str] | None = None,
) -> int:
    """Write the store's mentions (or merged events) in `fmt` to `output` (or `stream`).

    Returns the number of records written.
    """
    check_format(fmt, output)
    records: Iterable[Record] = store.merged() if merged else store.stored_events()
    if plover_strict:
        records = strict_records(records)
    with ExitStack() as stack:
        out: IO[str] | None = None
        path = output
        if fmt == "parquet":
            path = stack.enter_context(safe_path(output or "", what="-o"))
        elif output:
            out = stack.enter_context(safe_output(output, what="-o", newline=""))
        else:
            out = stream if stream is not None else sys.stdout
        return write_records(records, fmt, out, merged=merged, path=path)
