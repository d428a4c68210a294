/**
 * The workspace schema, as an ordered list of migrations. `PRAGMA user_version` holds the
 * number of migrations applied; a workspace written by a newer version is refused rather
 * than guessed at. Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema
  `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE runs (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    status      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    settings    TEXT NOT NULL,
    stats       TEXT NOT NULL,
    error       TEXT
  );

  -- Documents added to the audit; their bytes live here so the workspace is self-contained.
  CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    bytes     BLOB NOT NULL,
    size      INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    added_at  TEXT NOT NULL
  );

  -- The crawl frontier of a run: what is queued, done or refused, so a run resumes
  -- after an interruption without fetching a finished page twice.
  CREATE TABLE crawl_urls (
    run_id     TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    depth      INTEGER NOT NULL,
    state      TEXT NOT NULL,           -- queued | done | failed | excluded
    reason     TEXT,                    -- why failed/excluded (robots, trap, cap, http 404...)
    via        TEXT,                    -- link | sitemap | start | redirect
    updated_at TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
  );
  CREATE INDEX crawl_urls_state ON crawl_urls(run_id, state);

  CREATE TABLE sources (
    id           TEXT PRIMARY KEY,
    run_id       TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    uri          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    format       TEXT NOT NULL,
    title        TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    page_count   INTEGER,
    read_at      TEXT NOT NULL,
    warnings     TEXT NOT NULL DEFAULT '[]',
    UNIQUE (run_id, uri)
  );
  CREATE INDEX sources_run ON sources(run_id);

  CREATE TABLE passages (
    id          TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    role        TEXT NOT NULL,
    lead_in     TEXT,
    context     TEXT,
    location    TEXT NOT NULL,
    boilerplate INTEGER NOT NULL
  );
  CREATE INDEX passages_source ON passages(source_id, seq);

  CREATE TABLE claims (
    id          TEXT PRIMARY KEY,
    run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    data        TEXT NOT NULL,          -- the Claim as JSON (without id)
    category    TEXT NOT NULL,
    exposure    INTEGER NOT NULL,
    UNIQUE (run_id, key)
  );
  CREATE INDEX claims_run ON claims(run_id);

  CREATE TABLE datasets (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    format      TEXT NOT NULL,
    preset      TEXT,
    mapping     TEXT,
    row_count   INTEGER NOT NULL,
    skipped     TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL
  );

  CREATE TABLE practice_records (
    id          INTEGER PRIMARY KEY,
    dataset_id  TEXT REFERENCES datasets(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    metric      TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    channel     TEXT,
    team        TEXT,
    reported_by TEXT,
    note        TEXT,
    manual      INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX practice_metric ON practice_records(metric);
  CREATE INDEX practice_dataset ON practice_records(dataset_id);

  CREATE TABLE findings (
    id             TEXT PRIMARY KEY,
    run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    claim_id       TEXT NOT NULL,
    verdict        TEXT NOT NULL,
    severity       REAL NOT NULL,
    data           TEXT NOT NULL,       -- the Finding as JSON
    UNIQUE (run_id, key)
  );
  CREATE INDEX findings_run ON findings(run_id, verdict);

  -- Append-only: a decision is never updated or deleted, the latest one counts.
  CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    finding_key TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT,
    note        TEXT,
    reviewer    TEXT NOT NULL,
    at          TEXT NOT NULL
  );
  CREATE INDEX reviews_key ON reviews(finding_key, seq);
  CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
  CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
  `,
  // 2: the total of skipped rows (the stored list is capped)
  `
  ALTER TABLE datasets ADD COLUMN skipped_total INTEGER NOT NULL DEFAULT 0;
  UPDATE datasets SET skipped_total = json_array_length(skipped);
  `,
  // 3: a source's passages as one JSON row. A crawled page holds hundreds of passages, and
  // one row per passage made storing them the crawl's bottleneck; passages are only ever read
  // a whole source (or a whole run) at a time.
  `
  DROP TABLE passages;
  CREATE TABLE source_passages (
    source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    data      TEXT NOT NULL           -- JSON array of PassageDraft, in reading order
  );
  `,
];
