"""Store: coded documents, their events and merged events in one embedded DuckDB file.

Each document is written in one transaction (a crash leaves it whole or absent); documents are
keyed by the hash of their text, so a re-run skips what is stored, and a newer coder version
replaces a document's events. Queries return typed records or plain rows (dicts); the store
knows records and SQL only: coding that feeds it is eventcoder.pipeline, queries over it
eventcoder.analytics, exports eventcoder.output.export.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventcoder.errors import InputError
from eventcoder.records import (
    CodedDocument,
    Document,
    Event,
)
from eventcoder.rows import event_dict, event_row
from eventcoder.store import candidates, summary
from eventcoder.store import merge as merging
from eventcoder.store.columns import EVENT_COLUMNS
from eventcoder.store.links import link_stored_references
from eventcoder.store.migrations import SCHEMA_VERSION, applied, check, migrate
from eventcoder.store.read import Reader
from eventcoder.store.status import (
    WRITE_FAULTS,
    IngestStats,
    MergeStats,
    NoStore,
    StoreTooOld,
    StoreWriteError,
    country_code,
    fault_reason,
)
from eventcoder.version import __version__

log = logging.getLogger(__name__)

DEFAULT_DB = "eventcoder.duckdb"


def _version_key(v: str) -> tuple[int, ...]:
    """'0.10.2' -> (0, 10, 2); non-numeric parts count as 0, so odd versions still compare."""
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-+]", v))


def _document_fields(coded: CodedDocument, version: str) -> list[Any]:
    """The documents row of a coded document after its sha: doc_id .. error."""
    doc = coded.document
    return [
        doc.id,
        doc.title,
        doc.url,
        doc.source,
        doc.date,
        len(doc.text),
        version,
        len(coded.events),
        coded.error,
    ]


def _metadata(doc: Document) -> tuple[Any, ...]:
    """What a correction can change without changing the text: as the documents row keeps it."""
    return (doc.id, doc.title, doc.url, doc.source, doc.date)


class Store(Reader):
    """An eventcoder DuckDB database. Open with Store.open(path); use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    # ---- opening and closing --------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False, create: bool = True
    ) -> Store:
        """Open the store at `path`; for writing it is created (if `create`) and migrated."""
        p = Path(path)
        where = str(p)
        if p.is_dir():
            raise InputError(f"{where}: is a folder, not a database file")
        if not p.parent.is_dir():
            raise InputError(f"{where}: folder {p.parent} does not exist")
        if (read_only or not create) and not p.exists():
            raise NoStore(f"{where}: no such database")
        try:
            con = duckdb.connect(where, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "not a valid DuckDB database" in msg:
                raise InputError(f"{where}: not a DuckDB database file") from None
            if "lock" in msg.lower():
                raise InputError(f"{where}: database is in use by another process") from None
            raise InputError(f"{where}: cannot open database ({msg.splitlines()[0]})") from None
        except duckdb.Error as exc:
            raise InputError(
                f"{where}: cannot open database ({str(exc).splitlines()[0]})"
            ) from None
        try:
            if read_only:
                pending = check(con, where)
                if pending:
                    raise StoreTooOld(
                        f"{where}: database schema is older than this eventcoder; "
                        "open it once for writing to migrate it"
                    )
            else:
                migrate(con, where)
        except BaseException:
            con.close()
            raise
        return cls(con, p, read_only)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """Number of migrations applied (equals migrations.SCHEMA_VERSION once open)."""
        return len(applied(self.con))

    # ---- writing ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            raise

    def stored_version(self, sha: str) -> str | None:
        """The coder version a document (by text hash) was stored with, or None."""
        row = self.con.execute(
            "SELECT coder_version FROM documents WHERE sha = ?", [sha]
        ).fetchone()
        return row[0] if row else None

    def _stored(self, sha: str) -> tuple[str, bool, tuple[Any, ...]] | None:
        """(coder version, failed, metadata: doc_id, title, url, source, pub_date) of a text."""
        row = self.con.execute(
            "SELECT coder_version, error IS NOT NULL, doc_id, title, url, source, pub_date "
            "FROM documents WHERE sha = ?",
            [sha],
        ).fetchone()
        return (row[0], bool(row[1]), tuple(row[2:])) if row else None

    def has_document(self, sha: str, version: str = __version__) -> bool:
        """True when the document is stored, coded without error by `version` or a newer coder.

        A document whose coding failed is recorded (with its error) but not "had": the next
        run tries it again.
        """
        stored = self._stored(sha)
        return (
            stored is not None
            and not stored[1]
            and _version_key(stored[0]) >= _version_key(version)
        )

    def _is_current(self, doc: Document, version: str) -> bool:
        """True when storing `doc` would change nothing.

        Documents are keyed by id and text: the same text under the same id with a corrected
        date, title, URL or source is not current (it is stored again and its events re-coded).
        The same text under another id is a copy of a stored document and changes nothing.
        """
        stored = self._stored(doc.sha)
        if stored is None or stored[1] or _version_key(stored[0]) < _version_key(version):
            return False
        return stored[2][0] != doc.id or stored[2] == _metadata(doc)

    def to_code(
        self,
        docs: Iterable[Document],
        version: str = __version__,
        on_skip: Callable[[Document], None] | None = None,
    ) -> Iterator[Document]:
        """The documents that still need coding (not stored, by an older coder, or corrected), each once.

        Filter the input with this *before* the NLP runs, so that a re-run or resume is cheap.
        """
        seen: set[str] = set()
        for doc in docs:
            if doc.sha in seen or self._is_current(doc, version):
                if on_skip:
                    on_skip(doc)
                continue
            seen.add(doc.sha)
            yield doc

    def add_coded(self, coded: CodedDocument) -> str:
        """Store one coded document with its events in one transaction.

        Returns 'added', 'replaced' (an older coder version's events, or a corrected date, title
        or URL, were replaced) or 'skipped' (already stored as it is by this coder version or a
        newer one). A write that fails (a full disk) raises StoreWriteError; what was committed
        before stays.
        """
        doc = coded.document
        version = coded.events[0].coder_version if coded.events else __version__
        if self._is_current(doc, version):
            return "skipped"
        stored = self.stored_version(doc.sha)
        con = self.con
        try:
            with self._transaction():
                if stored is not None:
                    self._drop_events(doc.sha)
                    con.execute(
                        "UPDATE documents SET doc_id = ?, title = ?, url = ?, source = ?, "
                        "pub_date = ?, n_chars = ?, coder_version = ?, n_events = ?, error = ?, "
                        "stored_at = current_timestamp WHERE sha = ?",
                        [*_document_fields(coded, version), doc.sha],
                    )
                else:
                    con.execute(
                        "INSERT INTO documents VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                        [doc.sha, *_document_fields(coded, version)],
                    )
                self._insert_events(doc, coded.events)
                if coded.events:
                    summary.mentions_added(con, doc.sha)
        except WRITE_FAULTS as exc:
            raise StoreWriteError(
                f"{self.path}: could not store document {doc.id!r} ({fault_reason(exc)}); "
                "the documents stored before it are intact (run the same command again "
                "to resume)"
            ) from None
        return "replaced" if stored is not None else "added"

    def _drop_events(self, sha: str) -> None:
        """Remove a document's events; the merged events they were in are dissolved (re-merged)."""
        con = self.con
        dissolved = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT em.merged_id FROM event_merge em JOIN events e USING (event_id) "
                "WHERE e.doc_sha = ?",
                [sha],
            ).fetchall()
        ]
        summary.merged_removing(con, dissolved)
        con.execute(f"DELETE FROM event_merge WHERE merged_id IN {summary.IDS}", [dissolved])
        summary.mentions_dropping(con, sha)
        con.execute(
            "DELETE FROM event_actors WHERE event_id IN "
            "(SELECT event_id FROM events WHERE doc_sha = ?)",
            [sha],
        )
        con.execute("DELETE FROM events WHERE doc_sha = ?", [sha])
        con.execute("DELETE FROM sentences WHERE doc_sha = ?", [sha])

    def _insert_events(self, doc: Document, events: tuple[Event, ...]) -> None:
        if not events:
            return
        con = self.con
        sentences = {ev.sentence: ev.text for ev in events}
        con.executemany(
            "INSERT INTO sentences VALUES (?, ?, ?)",
            [[doc.sha, i, t] for i, t in sorted(sentences.items())],
        )
        rows, actor_rows, actors = [], [], {}
        for ev in events:
            r = event_row(ev)
            rows.append(
                [
                    r["id"],
                    doc.sha,
                    doc.id,
                    *(r[c] for c in EVENT_COLUMNS),
                    json.dumps(event_dict(ev)),
                ]
            )
            for role, refs in (
                ("source", ev.source),
                ("target", ev.target),
                ("reported_by", ev.reported_by),
            ):
                for pos, a in enumerate(refs):
                    actor_rows.append(
                        [
                            ev.id,
                            role,
                            pos,
                            a.span.text,
                            a.span.start,
                            a.span.end,
                            a.name,
                            a.country,
                            a.sector,
                            a.code,
                            a.office,
                            a.actor_id,
                            a.resolved_by,
                        ]
                    )
                    if a.actor_id:
                        actors[a.actor_id] = [a.actor_id, a.name, a.country, a.sector, a.office]
        con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 28)})", rows)
        if actor_rows:
            con.executemany(f"INSERT INTO event_actors VALUES ({', '.join('?' * 13)})", actor_rows)
        if actors:
            con.executemany(
                "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?)", list(actors.values())
            )

    def ingest(
        self,
        coded: Iterable[CodedDocument],
        progress: Callable[[CodedDocument, str], None] | None = None,
        merge: bool = True,
        merge_every: int | None = None,
    ) -> IngestStats:
        """Store every coded document (one transaction each) and merge the new mentions.

        With `merge_every`, pending mentions are merged after every that many stored documents,
        so that a run killed or failed half-way leaves a store whose reads see what it stored.
        When storing fails, what was committed is merged before the error goes on.
        """
        added = replaced = skipped = failed = events = 0
        since = 0
        try:
            for cd in coded:
                outcome = self.add_coded(cd)
                if outcome == "skipped":
                    skipped += 1
                else:
                    added += outcome == "added"
                    replaced += outcome == "replaced"
                    failed += cd.error is not None
                    events += len(cd.events)
                    since += 1
                if progress:
                    progress(cd, outcome)
                if merge and merge_every and since >= merge_every:
                    self.merge()
                    since = 0
        except BaseException:
            if merge and since:
                with contextlib.suppress(Exception):  # the first error is the one to report
                    self.merge()
            raise
        if merge:
            self.merge()
        return IngestStats(added, replaced, skipped, failed, events)

    # ---- merging ----------------------------------------------------------------------------
    def merge(self, rebuild: bool = False) -> MergeStats:
        """Assign every pending mention to a merged event (eventcoder.store.merge has the rule).

        `rebuild` forgets all merges first (after a change of the rule). One transaction.
        """
        con = self.con
        try:
            return self._merge(rebuild)
        except WRITE_FAULTS as exc:
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            raise StoreWriteError(
                f"{self.path}: could not merge event mentions ({fault_reason(exc)}); the stored "
                "documents are intact (run eventcoder merge when it can be written)"
            ) from None

    def _merge(self, rebuild: bool) -> MergeStats:
        con = self.con
        with self._transaction():
            if rebuild:
                con.execute("DELETE FROM event_merge")
            pending = candidates.mention_keys(
                con,
                "e.event_id NOT IN (SELECT event_id FROM event_merge) AND NOT f.is_reference",
                [],
            )
            made: list[str] = []
            if pending:
                pool, current = candidates.pool(con, pending)
                groups = merging.link(pending, pool, current)
                if not rebuild:
                    summary.merged_removing(con, set().union(*(a for _, a in groups)))
                for new, absorbed in groups:
                    members = set(new)
                    if absorbed:
                        marks = ", ".join("?" * len(absorbed))
                        old = con.execute(
                            f"SELECT event_id FROM event_merge WHERE merged_id IN ({marks})",
                            sorted(absorbed),
                        ).fetchall()
                        members.update(r[0] for r in old)
                        con.execute(
                            f"DELETE FROM event_merge WHERE merged_id IN ({marks})",
                            sorted(absorbed),
                        )
                    mid = merging.merged_id_for(members)
                    con.executemany(
                        "INSERT INTO event_merge VALUES (?, ?)",
                        [[eid, mid] for eid in sorted(members)],
                    )
                    made.append(mid)
            if rebuild:
                summary.rebuild(con, facts=False)
            else:
                summary.merged_added(con, made)
            relinked = link_stored_references(con, None if rebuild else made)
            summary.references_relinked(con, relinked)
        counts = self.counts()
        return MergeStats(len(pending), len(made), counts["merged_events"], counts["events"])

    def rebuild_summaries(self) -> None:
        """Recompute the summary tables from the stored mentions, merges and links, in one
        transaction (after writing the base tables by other means, e.g. bench/bench.py)."""
        with self._transaction():
            summary.rebuild(self.con)


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
