"""What the store reports: its errors, the stats of an ingest and a merge, and the faults of
the file or machine that end a write (as opposed to defects, which stay themselves)."""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass

import duckdb

from eventcoder.errors import InputError

_COUNTRY = re.compile(r"^[A-Z]{3}$")

# Faults of the file or the machine (a full disk, an I/O error, a damaged file), not of the data:
# they end a write with StoreWriteError; a constraint violation is a bug and stays itself.
WRITE_FAULTS = (
    duckdb.OperationalError,
    duckdb.FatalException,
    duckdb.InternalException,
    OSError,
)


def fault_reason(exc: BaseException) -> str:
    """A database error in a few words: a full disk said plainly, else its first line."""
    msg = str(exc)
    low = msg.lower()
    if any(k in low for k in ("no space left", "file too large", "disk full", "disk is full")):
        return "the disk is full"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return "the disk is full"
    first = msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__
    return first[:200]


def country_code(value: str, where: str) -> str:
    """A 3-letter country code (ISO alpha-3 or IGO/EUR/...), upper-cased, or an InputError."""
    code = value.strip().upper()
    if not _COUNTRY.match(code):
        raise InputError(f"{where}: {value!r} is not a 3-letter country code (e.g. USA, RUS, IND)")
    return code


class NoStore(InputError):
    """The database file to read does not exist."""


class StoreTooOld(InputError):
    """The database has migrations pending and was opened read-only."""


class StoreWriteError(InputError):
    """Writing to the database failed (a full disk, a damaged file); what was committed stays."""


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What one ingest did."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0


@dataclass(frozen=True, slots=True)
class MergeStats:
    """What one merge run did."""

    pending: int
    components: int
    merged_events: int
    mentions: int
