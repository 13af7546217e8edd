-- eventcoder store, schema of migration 0004_summaries: the summary tables that queries read
-- (store/summary.py says what each holds and how writes keep it), and the views that read them.
-- Later changes are new migrations (store/migrations.py), never edits of this file.

CREATE TABLE mention_facts (
    event_id                 VARCHAR PRIMARY KEY,
    source_countries         VARCHAR[] NOT NULL,
    target_countries         VARCHAR[] NOT NULL,
    is_reference             BOOLEAN NOT NULL,
    reference_date           DATE,
    reference_date_precision VARCHAR,
    reference_why            VARCHAR,
    mentioned_on             DATE
);
CREATE TABLE merged_summary (
    merged_id           VARCHAR PRIMARY KEY,
    type                VARCHAR,
    mode                VARCHAR,
    modality            VARCHAR,
    context             VARCHAR[],
    date                DATE,  -- the first date
    last_date           DATE,
    actor_countries     VARCHAR[],
    recipient_countries VARCHAR[],
    is_symmetric        BOOLEAN,
    cameo               VARCHAR,
    quad_class          INTEGER,
    goldstein           DOUBLE,
    plover_score        DOUBLE,
    confidence          DOUBLE,
    n_mentions          BIGINT,
    n_articles          BIGINT,
    n_sources           BIGINT,
    mention_ids         VARCHAR[],
    doc_ids             VARCHAR[],
    urls                VARCHAR[],
    rep_id              VARCHAR,
    evidence            VARCHAR,
    rep_doc_id          VARCHAR,
    rep_doc_sha         VARCHAR,
    coder_version       VARCHAR,
    n_references        BIGINT NOT NULL,
    first_reference     DATE,
    last_reference      DATE,
    triggers            VARCHAR[]
);
CREATE TABLE unit_dyads (
    unit         VARCHAR NOT NULL,  -- a merged_id, or the event_id of a reference mention
    is_reference BOOLEAN NOT NULL,
    a            VARCHAR NOT NULL,
    b            VARCHAR NOT NULL,
    date         DATE,
    type         VARCHAR,
    modality     VARCHAR,
    quad_class   INTEGER,
    goldstein    DOUBLE
);
CREATE TABLE actor_counts (
    actor        VARCHAR PRIMARY KEY,
    events       BIGINT NOT NULL,
    mentions     BIGINT NOT NULL,
    "references" BIGINT NOT NULL,
    id_rows      BIGINT NOT NULL
);
CREATE TABLE actor_values (
    actor VARCHAR NOT NULL,
    field VARCHAR NOT NULL,  -- name, country or sector
    value VARCHAR NOT NULL,
    n     BIGINT NOT NULL,
    PRIMARY KEY (actor, field, value)
);
CREATE INDEX unit_dyads_unit ON unit_dyads (unit);
CREATE INDEX event_actors_event ON event_actors (event_id);

-- The views of migrations 0002 and 0003, now over the tables above.
CREATE OR REPLACE VIEW mention_countries AS
SELECT event_id, source_countries, target_countries FROM mention_facts;
CREATE OR REPLACE VIEW reference_mentions AS
SELECT e.event_id, e.type, e.mode, e.modality, e.date, e.date_precision, e.trigger_text,
       e.is_symmetric, e.quad_class, e.goldstein, f.reference_date, f.reference_date_precision,
       f.reference_why, f.mentioned_on, f.source_countries, f.target_countries, er.merged_id
FROM mention_facts f JOIN events e USING (event_id) LEFT JOIN event_references er USING (event_id)
WHERE f.is_reference;
DROP VIEW IF EXISTS merged_events;
DROP VIEW IF EXISTS merged_mentions_summary;
CREATE VIEW merged_events AS
SELECT merged_id, type, mode, modality, context, date, date AS first_date, last_date,
       actor_countries, recipient_countries, is_symmetric, cameo, quad_class, goldstein,
       plover_score, confidence, n_mentions, n_articles, n_sources, mention_ids, doc_ids, urls,
       rep_id, evidence, rep_doc_id, rep_doc_sha, coder_version, n_references, first_reference,
       last_reference
FROM merged_summary;
