"""Schema migrations: named, ordered functions, each run in its own transaction and recorded.

The schema version of a database is the number of migrations recorded in `schema_migrations`.
Add a change as a new function at the end of MIGRATIONS; never edit or reorder applied ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources

import duckdb

from eventcoder.errors import InputError
from eventcoder.store import summary

log = logging.getLogger(__name__)

Migration = Callable[[duckdb.DuckDBPyConnection], None]

MIGRATIONS_TABLE = "schema_migrations"


def _initial(con: duckdb.DuckDBPyConnection) -> None:
    """Tables: documents, sentences, events (mentions), event_actors, actors, event_merge."""
    sql = (resources.files("eventcoder") / "store" / "schema.sql").read_text(encoding="utf-8")
    con.execute(sql)


def _merged_views(con: duckdb.DuckDBPyConnection) -> None:
    """Views: mention_countries (per mention) and merged_events (one row per real-world event)."""
    con.execute(
        """
        CREATE OR REPLACE VIEW mention_countries AS
        SELECT e.event_id,
               coalesce(list(DISTINCT a.country ORDER BY a.country)
                        FILTER (WHERE a.role = 'source' AND a.country IS NOT NULL), [])
                   AS source_countries,
               coalesce(list(DISTINCT a.country ORDER BY a.country)
                        FILTER (WHERE a.role = 'target' AND a.country IS NOT NULL), [])
                   AS target_countries
        FROM events e LEFT JOIN event_actors a USING (event_id)
        GROUP BY e.event_id
        """
    )
    con.execute(
        """
        CREATE OR REPLACE VIEW merged_events AS
        WITH m AS (
            SELECT em.merged_id, e.*, d.source AS doc_source, d.url AS doc_url,
                   mc.source_countries, mc.target_countries
            FROM event_merge em
            JOIN events e USING (event_id)
            JOIN documents d ON d.sha = e.doc_sha
            JOIN mention_countries mc USING (event_id)
        ),
        g AS (
            SELECT merged_id,
                   first(event_id ORDER BY confidence DESC, event_id) AS rep_id,
                   min(date) AS first_date,
                   max(date) AS last_date,
                   count(*) AS n_mentions,
                   count(DISTINCT doc_sha) AS n_articles,
                   count(DISTINCT coalesce(doc_source, doc_url, doc_sha)) AS n_sources,
                   list(event_id ORDER BY event_id) AS mention_ids,
                   list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
                   list(DISTINCT doc_url ORDER BY doc_url) FILTER (WHERE doc_url IS NOT NULL)
                       AS urls,
                   list_sort(list_distinct(flatten(list(source_countries)))) AS actor_countries,
                   list_sort(list_distinct(flatten(list(target_countries)))) AS recipient_countries,
                   bool_or(is_symmetric) AS is_symmetric
            FROM m GROUP BY merged_id
        )
        SELECT g.merged_id, r.type, r.mode, r.modality, r.context, g.first_date AS date,
               g.first_date, g.last_date, g.actor_countries, g.recipient_countries, g.is_symmetric,
               r.cameo, r.quad_class, r.goldstein, r.plover_score, r.confidence,
               g.n_mentions, g.n_articles, g.n_sources, g.mention_ids, g.doc_ids,
               coalesce(g.urls, []) AS urls,
               g.rep_id, r.text AS evidence, r.doc_id AS rep_doc_id, r.doc_sha AS rep_doc_sha,
               r.coder_version
        FROM g JOIN (SELECT e.*, s.text FROM events e
                     JOIN sentences s ON s.doc_sha = e.doc_sha AND s.sentence = e.sentence) r
             ON r.event_id = g.rep_id
        """
    )


def _references(con: duckdb.DuckDBPyConnection) -> None:
    """References to earlier events (store/merge.py, "References"): the event_references table
    (reference mention -> the merged event it refers to), the reference_mentions view, and
    merged_events with n_references, first_reference and last_reference."""
    con.execute(
        """
        CREATE TABLE event_references (
            event_id  VARCHAR PRIMARY KEY,  -- a mention whose record says "reference": true
            merged_id VARCHAR               -- the merged event it refers to; NULL when none
        );
        CREATE INDEX references_merged ON event_references (merged_id);
        CREATE OR REPLACE VIEW reference_mentions AS
        SELECT e.event_id, e.type, e.mode, e.modality, e.date, e.date_precision,
               e.trigger_text, e.is_symmetric, e.quad_class, e.goldstein,
               CAST(json_extract_string(e.record, '$.reference_date') AS DATE) AS reference_date,
               json_extract_string(e.record, '$.reference_date_precision')
                   AS reference_date_precision,
               json_extract_string(e.record, '$.reference_why') AS reference_why,
               coalesce(d.pub_date, e.date) AS mentioned_on,
               mc.source_countries, mc.target_countries, er.merged_id
        FROM events e
        JOIN documents d ON d.sha = e.doc_sha
        JOIN mention_countries mc USING (event_id)
        LEFT JOIN event_references er USING (event_id)
        WHERE coalesce(CAST(json_extract(e.record, '$.reference') AS BOOLEAN), false);
        """
    )
    con.execute("ALTER VIEW merged_events RENAME TO merged_mentions_summary")
    con.execute(
        """
        CREATE VIEW merged_events AS
        WITH refs AS (
            SELECT merged_id, count(*) AS n_references, min(mentioned_on) AS first_reference,
                   max(mentioned_on) AS last_reference
            FROM reference_mentions WHERE merged_id IS NOT NULL GROUP BY merged_id
        )
        SELECT b.*, coalesce(r.n_references, 0) AS n_references,
               r.first_reference, r.last_reference
        FROM merged_mentions_summary b LEFT JOIN refs r USING (merged_id)
        """
    )


def _summaries(con: duckdb.DuckDBPyConnection) -> None:
    """Summary tables the queries read (store/summary.py), and the views mention_countries,
    reference_mentions and merged_events over them; filled by summary.rebuild (see migrate)."""
    sql = (resources.files("eventcoder") / "store" / "summaries.sql").read_text(encoding="utf-8")
    con.execute(sql)


# Ordered (name, function). The name is recorded; the position is the schema version.
MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_initial", _initial),
    ("0002_merged_views", _merged_views),
    ("0003_references", _references),
    ("0004_summaries", _summaries),
)

# Migrations that make or change summary tables: after them the tables are filled again from
# the stored data (summary.rebuild, which always writes the newest schema) in the transaction of
# the last pending migration, so that an upgrade keeps everything and ends whole or not at all.
REBUILDS_SUMMARIES = frozenset({"0004_summaries"})

SCHEMA_VERSION = len(MIGRATIONS)


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in this database, in the order they ran."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists or not exists[0]:
        return []
    rows = con.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY position").fetchall()
    return [r[0] for r in rows]


def check(con: duckdb.DuckDBPyConnection, where: str) -> list[str]:
    """The migrations still to run; InputError when the database is not ours or is newer."""
    done = applied(con)
    if not done:
        tables = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name <> ?",
            [MIGRATIONS_TABLE],
        ).fetchone()
        if tables and tables[0]:
            raise InputError(
                f"{where}: a DuckDB database, but not an eventcoder store "
                "(no schema_migrations table)"
            )
    known = [name for name, _ in MIGRATIONS]
    if done != known[: len(done)]:
        raise InputError(
            f"{where}: schema {done} was written by a newer or different eventcoder "
            f"(this one knows {known})"
        )
    return known[len(done) :]


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> list[str]:
    """Run the pending migrations, each in a transaction with its record; return their names."""
    pending = check(con, where)
    if not pending:
        return []
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
        "(position INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, applied_at TIMESTAMP NOT NULL)"
    )
    done = len(MIGRATIONS) - len(pending)
    rebuild = bool(REBUILDS_SUMMARIES.intersection(pending))
    for position, (name, fn) in enumerate(MIGRATIONS[done:], start=done + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            if rebuild and position == len(MIGRATIONS):
                summary.rebuild(con)
            con.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} VALUES (?, ?, current_timestamp)", [position, name]
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        log.info("%s: applied migration %s", where, name)
    return pending
