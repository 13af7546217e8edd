"""Summary tables: what the queries read, kept up to date by every write.

The merged_events view, the dyad series and the actor ranking used to aggregate every mention
on each query (seconds to minutes on a million mentions). These tables hold the results instead.
Each is derived from the stored mentions (events, event_actors, documents, sentences), the
merges (event_merge) and the reference links (event_references), and `rebuild` recomputes it
from them:

- mention_facts: per mention, its source and target countries, the reference marker of its
  record (no query parses JSON) and the day it was mentioned (the publication date, else its
  own date);
- merged_summary: per merged event, the row of the merged_events view (a view over this table),
  plus the triggers of its mentions (for linking references);
- unit_dyads: per merged event, and per reference mention (dated the day it was made), each
  country pair the dyad rule puts it in (analytics/dyads.py), `a` < `b`;
- actor_counts: per actor (dictionary id, else country+sector code) as source or target: the
  merged events and merged mentions it is in, its reference mentions, and how many of its rows
  carry a dictionary id;
- actor_values: per actor, how many of its rows give it each name, country and sector.

Every write keeps them in its own transaction: storing a document's mentions
(`mentions_added`), dropping them for re-coding (`mentions_dropping`, before the rows go),
merged events that end (`merged_removing`, before their event_merge rows go) or begin
(`merged_added`, after), and reference links that change (`references_relinked`).
References never belong to a merged event (Store.check says so if one does).
"""

from __future__ import annotations

from collections.abc import Collection

import duckdb

TABLES = ("mention_facts", "merged_summary", "unit_dyads", "actor_counts", "actor_values")

IDS = "(SELECT unnest(CAST(? AS VARCHAR[])))"

# ---- the rows of each table; `{where}` restricts them (TRUE: all) ----------------------------
_FACTS = """
INSERT INTO mention_facts
WITH c AS (
    SELECT event_id,
           coalesce(list(DISTINCT country ORDER BY country)
                    FILTER (WHERE role = 'source' AND country IS NOT NULL), []) AS sources,
           coalesce(list(DISTINCT country ORDER BY country)
                    FILTER (WHERE role = 'target' AND country IS NOT NULL), []) AS targets
    FROM event_actors WHERE event_id IN (SELECT event_id FROM events e WHERE {where})
    GROUP BY event_id
)
SELECT e.event_id, coalesce(c.sources, []), coalesce(c.targets, []),
       coalesce(CAST(json_extract(e.record, '$.reference') AS BOOLEAN), false),
       CAST(json_extract_string(e.record, '$.reference_date') AS DATE),
       json_extract_string(e.record, '$.reference_date_precision'),
       json_extract_string(e.record, '$.reference_why'),
       coalesce(d.pub_date, e.date)
FROM events e LEFT JOIN documents d ON d.sha = e.doc_sha LEFT JOIN c USING (event_id)
WHERE {where}
"""

# `{where}` is on event_merge em; the representative is the most confident mention, then the
# smallest id; references count when their link points here.
_MERGED = """
INSERT INTO merged_summary
WITH m AS (
    SELECT em.merged_id, e.event_id, e.doc_sha, e.doc_id, e.date, e.confidence, e.is_symmetric,
           e.trigger_text, d.source AS doc_source, d.url AS doc_url, f.source_countries,
           f.target_countries
    FROM event_merge em
    JOIN events e USING (event_id)
    JOIN documents d ON d.sha = e.doc_sha
    JOIN mention_facts f USING (event_id)
    WHERE {where}
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
           list(DISTINCT doc_url ORDER BY doc_url) FILTER (WHERE doc_url IS NOT NULL) AS urls,
           list_sort(list_distinct(flatten(list(source_countries)))) AS actor_countries,
           list_sort(list_distinct(flatten(list(target_countries)))) AS recipient_countries,
           bool_or(is_symmetric) AS is_symmetric,
           list(DISTINCT trigger_text ORDER BY trigger_text) AS triggers
    FROM m GROUP BY merged_id
),
refs AS (
    SELECT er.merged_id, count(*) AS n, min(f.mentioned_on) AS first_reference,
           max(f.mentioned_on) AS last_reference
    FROM event_references er JOIN mention_facts f USING (event_id)
    WHERE f.is_reference AND er.merged_id IN (SELECT merged_id FROM g)
    GROUP BY er.merged_id
)
SELECT g.merged_id, r.type, r.mode, r.modality, r.context, g.first_date, g.last_date,
       g.actor_countries, g.recipient_countries, g.is_symmetric, r.cameo, r.quad_class,
       r.goldstein, r.plover_score, r.confidence, g.n_mentions, g.n_articles, g.n_sources,
       g.mention_ids, g.doc_ids, coalesce(g.urls, []), g.rep_id, s.text, r.doc_id, r.doc_sha,
       r.coder_version, coalesce(refs.n, 0), refs.first_reference, refs.last_reference,
       g.triggers
FROM g
JOIN events r ON r.event_id = g.rep_id
JOIN sentences s ON s.doc_sha = r.doc_sha AND s.sentence = r.sentence
LEFT JOIN refs USING (merged_id)
"""

# the pairs of a unit: actor x recipient, and actor x actor when symmetric ("A and B met")
_PAIRS = """
INSERT INTO unit_dyads
WITH u AS ({units})
SELECT DISTINCT unit, is_reference, least(x, y), greatest(x, y), date, type, modality,
       quad_class, goldstein
FROM (
    SELECT u.*, s.x, t.y FROM u, unnest(u.ac) AS s(x), unnest(u.rc) AS t(y) WHERE s.x <> t.y
    UNION ALL
    SELECT u.*, s.x, t.y FROM u, unnest(u.ac) AS s(x), unnest(u.ac) AS t(y)
    WHERE u.is_symmetric AND s.x < t.y
)
"""
_MERGED_UNITS = """SELECT merged_id AS unit, false AS is_reference, date, type, modality,
    quad_class, goldstein, actor_countries AS ac, recipient_countries AS rc, is_symmetric
    FROM merged_summary WHERE {where}"""
_REFERENCE_UNITS = """SELECT f.event_id AS unit, true AS is_reference, f.mentioned_on AS date,
    e.type, e.modality, e.quad_class, e.goldstein, f.source_countries AS ac,
    f.target_countries AS rc, e.is_symmetric
    FROM mention_facts f JOIN events e USING (event_id) WHERE f.is_reference AND {where}"""

# An actor's rows: event_actors as source or target, of merged mentions (merged_id set) or of
# references (merged_id NULL). `{where}` is on event_merge em, or on mention_facts f.
_ACTOR = "coalesce(a.actor_id, a.code)"
_ROLE = f"a.role IN ('source', 'target') AND {_ACTOR} IS NOT NULL"
_MERGED_ACTOR_ROWS = f"""SELECT {_ACTOR} AS actor, a.actor_id IS NOT NULL AS has_id, a.name,
    a.country, a.sector, a.event_id, em.merged_id
    FROM event_merge em JOIN event_actors a USING (event_id) WHERE {_ROLE} AND {{where}}"""
_REFERENCE_ACTOR_ROWS = f"""SELECT {_ACTOR} AS actor, a.actor_id IS NOT NULL AS has_id, a.name,
    a.country, a.sector, a.event_id, NULL AS merged_id
    FROM mention_facts f JOIN event_actors a USING (event_id)
    WHERE f.is_reference AND {_ROLE} AND {{where}}"""


def _add_actor_rows(
    con: duckdb.DuckDBPyConnection, rows: str, params: list[object], sign: int
) -> None:
    """Add (sign 1) or take away (-1) the counts of these actor rows."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE actor_rows AS {rows}", params)
    con.execute(
        f"""INSERT INTO actor_counts
        SELECT actor, {sign} * count(DISTINCT merged_id),
               {sign} * count(DISTINCT event_id) FILTER (WHERE merged_id IS NOT NULL),
               {sign} * count(DISTINCT event_id) FILTER (WHERE merged_id IS NULL),
               {sign} * count(*) FILTER (WHERE has_id)
        FROM actor_rows GROUP BY actor
        ON CONFLICT (actor) DO UPDATE SET events = events + excluded.events,
            mentions = mentions + excluded.mentions,
            "references" = "references" + excluded."references",
            id_rows = id_rows + excluded.id_rows"""
    )
    con.execute(
        f"""INSERT INTO actor_values
        SELECT actor, field, value, {sign} * count(*) FROM (
            SELECT actor, 'name' AS field, name AS value FROM actor_rows WHERE name IS NOT NULL
            UNION ALL
            SELECT actor, 'country', country FROM actor_rows WHERE country IS NOT NULL
            UNION ALL
            SELECT actor, 'sector', sector FROM actor_rows WHERE sector IS NOT NULL
        ) GROUP BY ALL
        ON CONFLICT (actor, field, value) DO UPDATE SET n = n + excluded.n"""
    )
    if sign < 0:
        con.execute(
            "DELETE FROM actor_counts WHERE actor IN (SELECT actor FROM actor_rows) "
            'AND events = 0 AND "references" = 0'
        )
        con.execute(
            "DELETE FROM actor_values WHERE actor IN (SELECT actor FROM actor_rows) AND n = 0"
        )
    con.execute("DROP TABLE actor_rows")


# ---- writes ---------------------------------------------------------------------------------
def mentions_added(con: duckdb.DuckDBPyConnection, doc_sha: str) -> None:
    """A document's mentions were stored: their facts, and the units of its references."""
    on_doc = "e.doc_sha = ?"
    con.execute(_FACTS.format(where=on_doc), [doc_sha, doc_sha])
    refs = "f.event_id IN (SELECT event_id FROM events WHERE doc_sha = ?)"
    con.execute(_PAIRS.format(units=_REFERENCE_UNITS.format(where=refs)), [doc_sha])
    _add_actor_rows(con, _REFERENCE_ACTOR_ROWS.format(where=refs), [doc_sha], 1)


def mentions_dropping(con: duckdb.DuckDBPyConnection, doc_sha: str) -> None:
    """A document's mentions are about to be deleted (their merged events are already gone):
    take away its references and their links, and its facts."""
    refs = "f.event_id IN (SELECT event_id FROM events WHERE doc_sha = ?)"
    _add_actor_rows(con, _REFERENCE_ACTOR_ROWS.format(where=refs), [doc_sha], -1)
    con.execute(
        "DELETE FROM unit_dyads WHERE is_reference AND unit IN "
        "(SELECT event_id FROM events WHERE doc_sha = ?)",
        [doc_sha],
    )
    linked = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT merged_id FROM event_references WHERE merged_id IS NOT NULL "
            "AND event_id IN (SELECT event_id FROM events WHERE doc_sha = ?)",
            [doc_sha],
        ).fetchall()
    ]
    con.execute(
        "DELETE FROM event_references WHERE event_id IN "
        "(SELECT event_id FROM events WHERE doc_sha = ?)",
        [doc_sha],
    )
    con.execute(
        "DELETE FROM mention_facts WHERE event_id IN (SELECT event_id FROM events WHERE doc_sha = ?)",
        [doc_sha],
    )
    references_relinked(con, linked)


def merged_removing(con: duckdb.DuckDBPyConnection, merged_ids: Collection[str]) -> None:
    """These merged events are about to end (their event_merge rows still there)."""
    if not merged_ids:
        return
    ids = sorted(merged_ids)
    _add_actor_rows(con, _MERGED_ACTOR_ROWS.format(where=f"em.merged_id IN {IDS}"), [ids], -1)
    con.execute(f"DELETE FROM merged_summary WHERE merged_id IN {IDS}", [ids])
    con.execute(f"DELETE FROM unit_dyads WHERE NOT is_reference AND unit IN {IDS}", [ids])


def merged_added(con: duckdb.DuckDBPyConnection, merged_ids: Collection[str]) -> None:
    """These merged events begin (their event_merge rows written)."""
    if not merged_ids:
        return
    ids = sorted(merged_ids)
    con.execute(_MERGED.format(where=f"em.merged_id IN {IDS}"), [ids])
    con.execute(_PAIRS.format(units=_MERGED_UNITS.format(where=f"merged_id IN {IDS}")), [ids])
    _add_actor_rows(con, _MERGED_ACTOR_ROWS.format(where=f"em.merged_id IN {IDS}"), [ids], 1)


def references_relinked(con: duckdb.DuckDBPyConnection, merged_ids: Collection[str]) -> None:
    """References to these merged events were linked or unlinked: recount them."""
    if not merged_ids:
        return
    ids = sorted(merged_ids)
    con.execute(
        f"""UPDATE merged_summary SET n_references = 0, first_reference = NULL,
            last_reference = NULL WHERE merged_id IN {IDS}""",
        [ids],
    )
    con.execute(
        f"""UPDATE merged_summary m SET n_references = r.n, first_reference = r.first,
            last_reference = r.last
        FROM (SELECT er.merged_id, count(*) AS n, min(f.mentioned_on) AS first,
                     max(f.mentioned_on) AS last
              FROM event_references er JOIN mention_facts f USING (event_id)
              WHERE f.is_reference AND er.merged_id IN {IDS} GROUP BY er.merged_id) r
        WHERE m.merged_id = r.merged_id""",
        [ids],
    )


def rebuild(con: duckdb.DuckDBPyConnection, *, facts: bool = True) -> None:
    """Recompute every summary table from the stored mentions, merges and links (in the
    caller's transaction); `facts=False` keeps mention_facts (they do not depend on merges)."""
    for table in TABLES if facts else TABLES[1:]:
        con.execute(f"DELETE FROM {table}")
    if facts:
        con.execute(_FACTS.format(where="TRUE"))
    con.execute(_MERGED.format(where="TRUE"))
    units = (
        f"{_MERGED_UNITS.format(where='TRUE')} UNION ALL {_REFERENCE_UNITS.format(where='TRUE')}"
    )
    con.execute(_PAIRS.format(units=units))
    rows = (
        f"{_MERGED_ACTOR_ROWS.format(where='TRUE')} UNION ALL "
        f"{_REFERENCE_ACTOR_ROWS.format(where='TRUE')}"
    )
    _add_actor_rows(con, rows, [], 1)
