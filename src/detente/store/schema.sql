-- detente storage schema (DuckDB). Column names mirror the output contract's field names.
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    published DATE,
    source VARCHAR,
    url VARCHAR,
    dateline VARCHAR,
    byline VARCHAR,
    captions VARCHAR[],
    photo_credits VARCHAR[],
    subheads VARCHAR[],
    language VARCHAR,
    warnings VARCHAR[],
    content_hash VARCHAR,
    input VARCHAR,
    line INTEGER,
    text VARCHAR,
    n_events INTEGER,
    coded_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    published DATE,
    sentence_index INTEGER,
    sentence VARCHAR,
    sentence_start INTEGER,
    sentence_end INTEGER,
    source_text VARCHAR,
    source_name VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_title VARCHAR,
    source_actor_id VARCHAR,
    source_start INTEGER,
    source_end INTEGER,
    target_text VARCHAR,
    target_name VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_title VARCHAR,
    target_actor_id VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    reciprocal BOOLEAN,
    cameo VARCHAR,
    cameo_root VARCHAR,
    plover VARCHAR,
    plover_mode VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    date VARCHAR,
    date_precision VARCHAR,
    date_source VARCHAR,
    event_date DATE,
    modality VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_feature VARCHAR,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    quote_id VARCHAR,
    confidence DOUBLE,
    rule VARCHAR,
    cluster_id VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    kind VARCHAR,
    text VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    sentence_index INTEGER,
    speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_country VARCHAR,
    speaker_sector VARCHAR,
    speaker_actor_id VARCHAR,
    cue VARCHAR,
    channel VARCHAR,
    cue_class VARCHAR
);
-- Databases written before quotes had a cue class gain the column (NULL for their rows).
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS cue_class VARCHAR;
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    sentence_index INTEGER,
    name VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    title VARCHAR,
    actor_id VARCHAR,
    kind VARCHAR,
    reason VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    sentence_index INTEGER,
    value VARCHAR,
    precision VARCHAR,
    kind VARCHAR,
    caption BOOLEAN,
    PRIMARY KEY (article_id, idx)
);
-- Databases written before caption dates were kept gain the column.
ALTER TABLE times ADD COLUMN IF NOT EXISTS caption BOOLEAN;
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    sentence_index INTEGER,
    name VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    feature VARCHAR,
    reason VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY,
    source_country VARCHAR,
    source_sector VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    cameo_root VARCHAR,
    date DATE,
    first_reported DATE,
    num_articles INTEGER,
    num_sources INTEGER,
    num_mentions INTEGER,
    goldstein DOUBLE,
    quad_class INTEGER
);
CREATE TABLE IF NOT EXISTS ingest_log (
    input VARCHAR,
    line INTEGER,
    article_id VARCHAR,
    status VARCHAR,
    reason VARCHAR,
    "at" TIMESTAMP
);
CREATE TABLE IF NOT EXISTS shards (
    shard_id VARCHAR PRIMARY KEY,
    input VARCHAR,
    n_items INTEGER,
    completed_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
-- Cross-article clusters (detente.clusters): extra columns, added additively for old databases.
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS cameo VARCHAR;
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS negated BOOLEAN;
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS first_event_id VARCHAR;
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS first_article_id VARCHAR;
ALTER TABLE event_clusters ADD COLUMN IF NOT EXISTS last_date DATE;
-- Article dedup (detente.ingest.dedup): every copy of a story (exact or near duplicate, from any
-- source) points at the one article that was coded; 'self' rows record the coded copy itself.
CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR NOT NULL,
    copy_id VARCHAR NOT NULL,
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    input VARCHAR,
    line INTEGER,
    match VARCHAR,
    similarity DOUBLE,
    PRIMARY KEY (article_id, copy_id)
);
-- Fingerprints of coded articles (exact text hash and MinHash signature) for dedup across runs.
CREATE TABLE IF NOT EXISTS article_fingerprints (
    article_id VARCHAR PRIMARY KEY,
    text_hash VARCHAR,
    minhash UBIGINT[]
);
-- Feed polling state (detente.watch): conditional-GET validators per feed, and items seen.
CREATE TABLE IF NOT EXISTS feed_state (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    last_polled TIMESTAMP,
    last_status VARCHAR,
    items_seen INTEGER
);
CREATE TABLE IF NOT EXISTS feed_items (
    feed_url VARCHAR NOT NULL,
    item_key VARCHAR NOT NULL,
    article_id VARCHAR,
    first_seen TIMESTAMP,
    PRIMARY KEY (feed_url, item_key)
);
-- True for the event that represents its cluster (its earliest report): lets aggregates count
-- clusters with a plain filter (detente.clusters sets it).
ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_first BOOLEAN;
