"""Code input files on a Dask cluster into Parquet shards, one per input file, with no writer.

For a cluster without one writing process: each task reads one input file from a path every
worker sees (a shared filesystem, or an object store mounted on the workers), codes it with the
worker's Coder (loaded once per process: scale.dask._coder) and writes the event mentions of that
file as one Parquet file (the columns of `eventcoder export --format parquet` for mentions,
merged_id empty) into `out_dir`. The shard's name is a hash of the input's bytes and the
settings, and it is written under a temporary name and renamed: a task redone after a worker died
rewrites the same file, so there is never a duplicate, and a re-run skips inputs whose shard exists.

DuckDB then reads all shards as one table: SELECT ... FROM read_parquet('out/*.parquet').
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.scale.dask import _coder
from eventcoder.settings import Settings
from eventcoder.version import __version__

if TYPE_CHECKING:
    from distributed import Client


@dataclass(frozen=True, slots=True)
class Shard:
    """What coding one input file gave."""

    source: str
    path: str
    documents: int
    events: int
    rejected: int
    skipped: bool = False  # the shard existed (same input bytes, same settings)


def shard_name(source: str, settings_json: str) -> str:
    h = hashlib.sha256(f"{__version__}|{settings_json}|".encode())
    with open(source, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return f"events-{h.hexdigest()[:24]}.parquet"


def code_file(
    settings_json: str, source: str, out_dir: str, default_date: date | None = None
) -> Shard:
    """The task: code one input file and write its events as one Parquet shard (atomically)."""
    from eventcoder.ingest import read_inputs
    from eventcoder.output.flat import MENTION_COLUMNS, flat_mention
    from eventcoder.output.parquet import write_parquet
    from eventcoder.records import StoredEvent

    target = Path(out_dir) / shard_name(source, settings_json)
    if target.exists():
        return Shard(source, str(target), 0, 0, 0, skipped=True)
    rejected: list[object] = []
    docs = list(read_inputs([source], default_date, on_reject=rejected.append))
    coder = _coder(settings_json)
    coded = list(coder.pipe(docs))
    rows = [
        flat_mention(
            StoredEvent(ev, None, cd.document.url, cd.document.source, cd.document.title, None)
        )
        for cd in coded
        for ev in cd.events
    ]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=target.parent)
    os.close(fd)
    try:
        write_parquet(rows, MENTION_COLUMNS, tmp, "events")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    failed = sum(1 for cd in coded if cd.error)
    return Shard(source, str(target), len(coded), len(rows), len(rejected) + failed)


def code_to_parquet(
    client: Client,
    sources: Iterable[str | Path],
    out_dir: str | Path,
    settings: Settings | None = None,
    default_date: date | None = None,
) -> list[Shard]:
    """Code every input file on the cluster into `out_dir` (one shard per file), in input order."""
    key = (settings or Settings()).model_dump_json()
    futures = [
        client.submit(code_file, key, str(src), str(out_dir), default_date, pure=False, retries=2)
        for src in sources
    ]
    return list(client.gather(futures))
