"""CSV: coded events one row each (actors flattened to ';'-joined values), and flat export rows."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

from eventcoder.records import Event
from eventcoder.rows import event_row

COLUMNS = [
    "id",
    "doc_id",
    "sentence",
    "type",
    "mode",
    "context",
    "modality",
    "source_country",
    "source_sector",
    "source_text",
    "target_country",
    "target_sector",
    "target_text",
    "date",
    "date_precision",
    "location",
    "location_country",
    "cameo",
    "quad_class",
    "goldstein",
    "confidence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "text",
    "coder_version",
    "reference",
    "reference_date",
]


def joined(values: Iterable[Any]) -> str:
    """List values as one CSV field: ';'-joined, a missing value empty."""
    return ";".join("" if v is None else str(v) for v in values)


def event_csv_row(ev: Event) -> list[Any]:
    """The CSV row of one coded event, in COLUMNS order."""
    r = event_row(ev)
    return [
        value if not isinstance(value, list) else joined(value)
        for value in (r[c] if r[c] is not None else "" for c in COLUMNS)
    ]


def write_csv(events: Iterable[Event], out: IO[str], header: bool = True) -> None:
    """Coded events as CSV rows (with the header row first unless `header` is False)."""
    w = csv.writer(out)
    if header:
        w.writerow(COLUMNS)
    for ev in events:
        w.writerow(event_csv_row(ev))


def _field(v: Any) -> Any:
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return "" if v is None else v


def write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    """Flat rows (output.flat) as CSV with a header; lists ';'-joined. Returns the row count."""
    w = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: _field(row[k]) for k in columns})
        n += 1
    return n
