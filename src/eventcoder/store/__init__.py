"""The event store: coded documents, event mentions and merged events in one DuckDB file."""

from eventcoder.store.db import (
    DEFAULT_DB,
    IngestStats,
    MergeStats,
    NoStore,
    Store,
    StoreTooOld,
    StoreWriteError,
    country_code,
)
from eventcoder.store.migrations import SCHEMA_VERSION

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "IngestStats",
    "MergeStats",
    "NoStore",
    "Store",
    "StoreTooOld",
    "StoreWriteError",
    "country_code",
]
