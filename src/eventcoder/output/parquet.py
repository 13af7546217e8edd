"""Parquet: flat rows (output.flat) with real dates and string lists, written in batches."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from eventcoder.version import __version__

BATCH_ROWS = 5000


def arrow_schema(columns: tuple[tuple[str, str], ...]) -> Any:
    """The pyarrow schema of (column, type name) pairs: string, int32, float64, date, list."""
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "int32": pa.int32(),
        "float64": pa.float64(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
        "bool": pa.bool_(),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in columns])


def write_parquet(
    rows: Iterable[dict[str, Any]], columns: tuple[tuple[str, str], ...], path: str, table: str
) -> int:
    """Write flat rows to the Parquet file `path` (metadata names the `table`); returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(columns).with_metadata({"eventcoder": __version__, "table": table})
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for r in rows:
            batch.append(r)
            if len(batch) >= BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n
