-- eventcoder store, schema of migration 0001_initial. Later changes are new migrations
-- (store/migrations.py), never edits of this file.

-- One row per document, keyed by the hash of its text (Document.sha).
CREATE TABLE documents (
    sha           VARCHAR PRIMARY KEY,  -- sha256 of the text: same text, same document
    doc_id        VARCHAR NOT NULL,     -- the id it was ingested under (first one wins)
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,
    pub_date      DATE,
    n_chars       INTEGER NOT NULL,
    coder_version VARCHAR NOT NULL,     -- version that coded it; a newer one re-codes
    n_events      INTEGER NOT NULL,     -- events stored with it (checked by Store.check)
    error         VARCHAR,              -- why coding failed, if it did (then n_events = 0)
    stored_at     TIMESTAMP NOT NULL
);

-- The evidence: each sentence that carries at least one event.
CREATE TABLE sentences (
    doc_sha  VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    PRIMARY KEY (doc_sha, sentence)
);

-- One row per event mention (one coded Event): what the coder found in one sentence.
CREATE TABLE events (
    event_id       VARCHAR PRIMARY KEY,
    doc_sha        VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    sentence       INTEGER NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    context        VARCHAR[] NOT NULL,
    modality       VARCHAR NOT NULL,
    is_symmetric   BOOLEAN NOT NULL,  -- "X and Y met": both sides listed as actors
    date           DATE,
    date_precision VARCHAR NOT NULL,
    date_text      VARCHAR,
    place_text     VARCHAR,
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    geonameid      BIGINT,
    cameo          VARCHAR NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    plover_score   DOUBLE NOT NULL,
    confidence     DOUBLE NOT NULL,
    coder_version  VARCHAR NOT NULL,
    record         JSON NOT NULL      -- the JSONL contract record (output/jsonl.event_dict)
);

-- Actors of each event mention, by role (source, target, reported_by) and position.
CREATE TABLE event_actors (
    event_id    VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    name        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    code        VARCHAR,
    office      VARCHAR,
    actor_id    VARCHAR,
    resolved_by VARCHAR NOT NULL,
    PRIMARY KEY (event_id, role, position)
);

-- Dictionary actors seen in events (those with an actor_id), as last seen.
CREATE TABLE actors (
    actor_id VARCHAR PRIMARY KEY,
    name     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    office   VARCHAR
);

-- Which merged (real-world) event each event mention belongs to. A mention without a row here
-- is pending: the next merge (run at the end of every ingest) assigns it.
CREATE TABLE event_merge (
    event_id  VARCHAR PRIMARY KEY,
    merged_id VARCHAR NOT NULL
);

CREATE INDEX events_doc ON events (doc_sha);
CREATE INDEX merge_merged ON event_merge (merged_id);
