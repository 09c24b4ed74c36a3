-- Parley event store, schema version 1. The contract between ingest, dedup, export, serve and the
-- Spark job (which writes Parquet with the mentions and events columns below).
-- Spans are [start, end) character offsets into documents.text. Dates are ISO strings at the
-- precision known ("2017", "2017-07", "2017-07-14"); date_start/date_end is the interval it covers.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- One row per coded document. A document is stored with its mentions in one transaction, so a
-- row here means the document is finished (resumable, idempotent ingest).
CREATE TABLE IF NOT EXISTS documents (
    doc_id      VARCHAR PRIMARY KEY,
    origin      VARCHAR,      -- file or input it came from
    source      VARCHAR,      -- publisher ("Reuters"), may be null
    url         VARCHAR,
    title       VARCHAR,
    published   DATE,
    text        VARCHAR NOT NULL,
    sentences   INTEGER NOT NULL,
    tokens      INTEGER NOT NULL,
    mentions    INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

-- Documents or inputs that could not be read or coded, with the reason.
CREATE TABLE IF NOT EXISTS failures (
    origin    VARCHAR NOT NULL,
    doc_id    VARCHAR,
    reason    VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);

-- One row per event mention: the `parley code` contract, flattened.
CREATE TABLE IF NOT EXISTS mentions (
    mention_id        VARCHAR PRIMARY KEY,   -- doc_id || ':' || sentence || ':' || ordinal
    doc_id            VARCHAR NOT NULL,
    sentence          INTEGER NOT NULL,
    ordinal           INTEGER NOT NULL,      -- position among the document's mentions, from 0
    code              VARCHAR NOT NULL,      -- CAMEO, leading zero kept ("043")
    root              VARCHAR NOT NULL,
    plover            VARCHAR NOT NULL,
    quad              INTEGER NOT NULL,
    goldstein         DOUBLE NOT NULL,
    source_text       VARCHAR NOT NULL,
    source_code       VARCHAR,
    source_country    VARCHAR,
    source_sector     VARCHAR,
    source_start      INTEGER,
    source_end        INTEGER,
    target_text       VARCHAR,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_sector     VARCHAR,
    target_start      INTEGER,
    target_end        INTEGER,
    trigger_text      VARCHAR NOT NULL,
    trigger_start     INTEGER,
    trigger_end       INTEGER,
    date              VARCHAR,
    date_start        DATE,
    date_end          DATE,
    place_name        VARCHAR,
    place_country     VARCHAR,
    place_region      VARCHAR,
    place_lat         DOUBLE,
    place_lon         DOUBLE,
    place_geonames_id BIGINT,
    place_precision   VARCHAR,               -- country | region | city
    negated           BOOLEAN NOT NULL,
    mood              VARCHAR NOT NULL,      -- asserted | intended | requested | hypothetical
    attribution_text  VARCHAR,
    attribution_code  VARCHAR,
    evidence          VARCHAR NOT NULL,      -- the sentence
    evidence_start    INTEGER,
    evidence_end      INTEGER,
    confidence        DOUBLE NOT NULL,
    event_id          VARCHAR                -- the deduplicated event it belongs to
);

-- Deduplicated real-world events: one row per group of mentions.
CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,   -- stable: derived from the group's defining mention
    code              VARCHAR NOT NULL,      -- the most frequent code in the group
    root              VARCHAR NOT NULL,
    plover            VARCHAR NOT NULL,
    quad              INTEGER NOT NULL,
    goldstein         DOUBLE NOT NULL,
    source_code       VARCHAR,
    source_country    VARCHAR,
    source_sector     VARCHAR,
    source_text       VARCHAR,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_sector     VARCHAR,
    target_text       VARCHAR,
    date              VARCHAR,               -- the most precise date the mentions agree on
    date_start        DATE,
    date_end          DATE,
    place_name        VARCHAR,
    place_country     VARCHAR,
    place_region      VARCHAR,
    place_lat         DOUBLE,
    place_lon         DOUBLE,
    place_geonames_id BIGINT,
    place_precision   VARCHAR,
    mentions          INTEGER NOT NULL,
    sources           INTEGER NOT NULL,      -- distinct publishers
    documents         INTEGER NOT NULL,
    first_mention     VARCHAR NOT NULL,      -- mention_id of the earliest mention
    source_url        VARCHAR,               -- url of the first mention's document
    -- Added by the store (issue 5): negated and non-asserted mentions form events of their own.
    negated           BOOLEAN NOT NULL DEFAULT false,
    mood              VARCHAR NOT NULL DEFAULT 'asserted'
);

-- Why each mention joined its event (explainable, reversible dedup).
CREATE TABLE IF NOT EXISTS merges (
    event_id   VARCHAR NOT NULL,
    mention_id VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL
);
