"""The store's queries as computed before the summary tables (the views of migrations 0002 and
0003, and analytics before 0004): every query aggregated all mentions and parsed their records.
Tests compare what the summary tables give with these, on the same store."""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from eventcoder.analytics.series import periods

OLD_VIEWS = """
CREATE OR REPLACE TEMP VIEW old_mention_countries AS
SELECT e.event_id,
       coalesce(list(DISTINCT a.country ORDER BY a.country)
                FILTER (WHERE a.role = 'source' AND a.country IS NOT NULL), [])
           AS source_countries,
       coalesce(list(DISTINCT a.country ORDER BY a.country)
                FILTER (WHERE a.role = 'target' AND a.country IS NOT NULL), [])
           AS target_countries
FROM events e LEFT JOIN event_actors a USING (event_id)
GROUP BY e.event_id;

CREATE OR REPLACE TEMP VIEW old_summary AS
WITH m AS (
    SELECT em.merged_id, e.*, d.source AS doc_source, d.url AS doc_url,
           mc.source_countries, mc.target_countries
    FROM event_merge em
    JOIN events e USING (event_id)
    JOIN documents d ON d.sha = e.doc_sha
    JOIN old_mention_countries mc USING (event_id)
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
     ON r.event_id = g.rep_id;

CREATE OR REPLACE TEMP VIEW old_reference_mentions AS
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
JOIN old_mention_countries mc USING (event_id)
LEFT JOIN event_references er USING (event_id)
WHERE coalesce(CAST(json_extract(e.record, '$.reference') AS BOOLEAN), false);

CREATE OR REPLACE TEMP VIEW old_merged_events AS
WITH refs AS (
    SELECT merged_id, count(*) AS n_references, min(mentioned_on) AS first_reference,
           max(mentioned_on) AS last_reference
    FROM old_reference_mentions WHERE merged_id IS NOT NULL GROUP BY merged_id
)
SELECT b.*, coalesce(r.n_references, 0) AS n_references,
       r.first_reference, r.last_reference
FROM old_summary b LEFT JOIN refs r USING (merged_id);
"""

_DYAD_SQL = """(
    (list_contains(actor_countries, $a) AND list_contains(recipient_countries, $b))
    OR (list_contains(actor_countries, $b) AND list_contains(recipient_countries, $a))
    OR (is_symmetric AND list_contains(actor_countries, $a) AND list_contains(actor_countries, $b))
)"""
_MERGED_UNITS = """SELECT merged_id AS unit, date, modality, quad_class, goldstein, actor_countries,
       recipient_countries, is_symmetric FROM old_merged_events"""
_REFERENCE_UNITS = """SELECT event_id AS unit, mentioned_on AS date, modality, quad_class, goldstein,
       source_countries AS actor_countries, target_countries AS recipient_countries, is_symmetric
FROM old_reference_mentions"""


def install(con: duckdb.DuckDBPyConnection) -> None:
    """The old views, as temporary views named old_* on this connection."""
    con.execute(OLD_VIEWS)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: Any = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _filters(start: date | None, end: date | None, asserted_only: bool) -> tuple[str, dict]:
    where = ["date IS NOT NULL"]
    params: dict[str, Any] = {}
    if start:
        where.append("date >= $start")
        params["start"] = start
    if end:
        where.append("date <= $end")
        params["end"] = end
    if asserted_only:
        where.append("modality = 'asserted'")
    return " AND ".join(where), params


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "month",
    start: date | None = None,
    end: date | None = None,
    asserted_only: bool = False,
    include_references: bool = False,
) -> list[tuple[Any, ...]]:
    """analytics.dyad_series before the summaries, as (period, events, q1..q4, goldstein sum,
    goldstein mean, references) tuples."""
    units = (
        f"({_MERGED_UNITS} UNION ALL {_REFERENCE_UNITS})"
        if include_references
        else f"({_MERGED_UNITS})"
    )
    where, params = _filters(start, end, asserted_only)
    found = {
        r[0]: r
        for r in con.execute(
            f"""SELECT date_trunc('{by}', date)::DATE AS p, count(*),
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0)
            FROM {units} u WHERE {where} AND {_DYAD_SQL}
            GROUP BY p ORDER BY p""",
            {**params, "a": a, "b": b},
        ).fetchall()
    }
    refs = dict(
        con.execute(
            f"""SELECT date_trunc('{by}', date)::DATE AS p, count(*)
                FROM ({_REFERENCE_UNITS}) u WHERE {where} AND {_DYAD_SQL} GROUP BY p""",
            {**params, "a": a, "b": b},
        ).fetchall()
    )
    if not found and not refs:
        return []
    out = []
    for p in periods(start or min([*found, *refs]), end or max([*found, *refs]), by):
        r = found.get(p)
        n_refs = int(refs.get(p, 0))
        if r is None:
            out.append((p, 0, 0, 0, 0, 0, 0.0, None, n_refs))
        else:
            out.append((p, *r[1:6], float(r[6]), float(r[6]) / r[1], n_refs))
    return out


def top_events(
    con: duckdb.DuckDBPyConnection, a: str, b: str, *, asserted_only: bool = False, limit: int = 10
) -> list[dict[str, Any]]:
    where, params = _filters(None, None, asserted_only)
    return rows(
        con,
        f"""SELECT merged_id, date, type, mode, modality, actor_countries, recipient_countries,
                   quad_class, goldstein, n_mentions, n_articles, n_sources, evidence,
                   rep_doc_id, urls, n_references, first_reference, last_reference
            FROM old_merged_events WHERE {where} AND {_DYAD_SQL}
            ORDER BY n_mentions DESC, abs(goldstein) DESC, date, merged_id
            LIMIT {int(limit)}""",
        {**params, "a": a, "b": b},
    )


def merged_page(
    con: duckdb.DuckDBPyConnection,
    start: date | None,
    end: date | None,
    country: str | None,
    limit: int | None,
) -> list[dict[str, Any]]:
    """Store.merged_events before the summaries."""
    where, params = ["TRUE"], []
    if start:
        where.append("date >= ?")
        params.append(start)
    if end:
        where.append("date <= ?")
        params.append(end)
    if country:
        where.append("(list_contains(actor_countries, ?) OR list_contains(recipient_countries, ?))")
        params += [country, country]
    sql = f"SELECT * FROM old_merged_events WHERE {' AND '.join(where)} ORDER BY date NULLS LAST, merged_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return rows(con, sql, params)


_ACTOR_ROWS = """FROM event_actors a LEFT JOIN event_merge em USING (event_id)
    LEFT JOIN old_reference_mentions r USING (event_id)
    WHERE a.role IN ('source', 'target') AND coalesce(a.actor_id, a.code) IS NOT NULL
      AND (em.merged_id IS NOT NULL OR r.event_id IS NOT NULL)"""


def top_actors(
    con: duckdb.DuckDBPyConnection, n: int = 20, include_references: bool = False
) -> list[dict[str, Any]]:
    """analytics.top_actors before the summaries."""
    unit = "coalesce(em.merged_id, r.event_id)" if include_references else "em.merged_id"
    counted = "TRUE" if include_references else "em.merged_id IS NOT NULL"
    return rows(
        con,
        f"""SELECT coalesce(a.actor_id, a.code) AS actor,
                   CASE WHEN bool_or(a.actor_id IS NOT NULL) THEN mode(a.name)
                        ELSE '(unnamed ' || any_value(a.code) || ')' END AS name,
                   mode(a.country) AS country, mode(a.sector) AS sector,
                   count(DISTINCT {unit}) FILTER (WHERE {counted}) AS events,
                   count(DISTINCT a.event_id) FILTER (WHERE {counted}) AS mentions,
                   count(DISTINCT r.event_id) AS "references"
            {_ACTOR_ROWS}
            GROUP BY 1 ORDER BY events DESC, mentions DESC, actor LIMIT {int(n)}""",
    )


def most_common(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], set[str]]:
    """(actor, field) -> the values of the field (name, country, sector) given most often to the
    actor in the rows top_actors counts: mode() returns one of them (on a tie, DuckDB does not
    say which)."""
    out: dict[tuple[str, str], set[str]] = {}
    for field in ("name", "country", "sector"):
        found = con.execute(
            f"""SELECT actor, list(value ORDER BY value) FROM (
                    SELECT coalesce(a.actor_id, a.code) AS actor, a.{field} AS value, count(*) AS n
                    {_ACTOR_ROWS} AND a.{field} IS NOT NULL GROUP BY 1, 2
                    QUALIFY n = max(n) OVER (PARTITION BY actor)
                ) GROUP BY actor"""
        ).fetchall()
        out.update(((actor, field), set(values)) for actor, values in found)
    return out
