//! The schema and its migrations.
//!
//! The schema version lives in SQLite's `PRAGMA user_version`. [`MIGRATIONS`] is
//! append-only: migration *n* (1-based) takes a database from version *n − 1* to
//! *n*. [`migrate`] applies the missing ones, each in its own transaction, so a
//! database written by any earlier release opens with a newer binary. A database
//! whose version is higher than this binary knows is refused rather than guessed at.
//!
//! Never edit a released migration: add a new one.

use crate::StoreError;
use rusqlite::Connection;

/// The migrations, in order. Index `i` takes the database to version `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // v1: articles, canonical (merged) events, per-source values.
    r#"
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,   -- SHA-256 (hex) of the normalised article text
    source_path TEXT NOT NULL,          -- file the article was first read from
    ordinal     INTEGER NOT NULL,       -- article number in that file (1-based)
    published   TEXT,                   -- YYYY-MM-DD or NULL
    title       TEXT,
    text        TEXT NOT NULL,          -- the article as read; evidence offsets point into it
    ingested_at TEXT NOT NULL           -- UTC, RFC 3339
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,   -- stable id: same inputs, same uid
    kind        TEXT NOT NULL,
    scope       TEXT NOT NULL,
    part_of     INTEGER REFERENCES events(id),
    merge_key   TEXT,                   -- folded place key used by de-duplication; NULL = never merged
    place       TEXT,
    admin1      TEXT,
    admin2      TEXT,
    admin3      TEXT,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    precision   TEXT,
    start       TEXT,
    end         TEXT,
    day         TEXT,                   -- the day the event is counted on: end, else start
    actor       TEXT,
    event_type  TEXT,
    sub_event_type TEXT,
    weapons     TEXT NOT NULL DEFAULT '',  -- ';artillery;drone;'
    targets     TEXT NOT NULL DEFAULT '',
    count_min INTEGER, count_max INTEGER,
    munitions_min INTEGER, munitions_max INTEGER,
    intercepted_min INTEGER, intercepted_max INTEGER,
    killed_min INTEGER, killed_max INTEGER,
    injured_min INTEGER, injured_max INTEGER,
    children_killed_min INTEGER, children_killed_max INTEGER,
    children_injured_min INTEGER, children_injured_max INTEGER,
    n_sources   INTEGER NOT NULL DEFAULT 1,
    updated_at  INTEGER NOT NULL        -- unix seconds of the last source added
);
CREATE TABLE event_sources (
    event_id    INTEGER NOT NULL REFERENCES events(id),
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    local_id    TEXT NOT NULL,          -- the extractor's id of the event in that article
    data        TEXT NOT NULL,          -- the extracted event (JSON), evidence relative to the article text
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_admin1_day ON events(admin1, day);
CREATE INDEX events_kind_day ON events(kind, day);
CREATE INDEX events_merge ON events(kind, scope, merge_key, start);
CREATE INDEX events_part_of ON events(part_of) WHERE part_of IS NOT NULL;
"#,
    // v2: a log of ingest runs, so the database says what happened to it.
    r#"
CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    files       INTEGER NOT NULL DEFAULT 0,
    articles    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    events      INTEGER NOT NULL DEFAULT 0,
    merged      INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);
ALTER TABLE articles ADD COLUMN run_id INTEGER REFERENCES ingest_runs(id);
"#,
    // v3: where an article was published: its URL and outlet (feeds, pages, channels).
    r#"
ALTER TABLE articles ADD COLUMN url TEXT;
ALTER TABLE articles ADD COLUMN outlet TEXT;
"#,
    // v4: "does this event already have a source from this article?" as one index
    // probe (merging asks it for every candidate), and candidates filtered by their
    // end date inside the index.
    r#"
CREATE INDEX event_sources_event_article ON event_sources(event_id, article_id);
CREATE INDEX events_merge_span ON events(kind, scope, merge_key, start, end);
"#,
    // v5: place names in merge keys are folded as the gazetteer folds them (y/i,
    // doubled letters, diacritics), so variant spellings of an unresolved place
    // merge; the stored keys are recomputed by `rekey` (a Rust step, see
    // `RUST_STEPS`). Events already stored apart stay apart.
    r#"
SELECT 1;
"#,
];

/// Migration steps that SQL cannot express, run inside the same transaction right
/// after the SQL of the version they belong to.
const RUST_STEPS: &[(u32, RustStep)] = &[(5, rekey)];

/// A migration step written in Rust.
type RustStep = fn(&rusqlite::Transaction) -> rusqlite::Result<()>;

/// Recomputes every stored merge key from the event's own columns with the
/// current [`crate::merge::merge_key`].
fn rekey(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    // a stored vocabulary word ("attack", "incident", "raion") back to its type
    fn quoted<T: serde::de::DeserializeOwned>(v: Option<String>) -> Option<T> {
        v.and_then(|v| serde_json::from_value(serde_json::Value::String(v)).ok())
    }
    let rows: Vec<(i64, Option<String>)> = {
        let mut st = tx.prepare("SELECT id, kind, scope, place, admin1, country, precision, start, end FROM events WHERE merge_key IS NOT NULL")?;
        let rows = st.query_map([], |r| {
            let text = |i: usize| r.get::<_, Option<String>>(i);
            let kind = quoted(text(1)?).unwrap_or(sitrep_model::Kind::Attack);
            let mut ev = sitrep_model::Event::new(
                kind,
                quoted(text(2)?).unwrap_or(sitrep_model::Scope::Incident),
                "",
            );
            ev.place = text(3)?.map(|name| sitrep_model::Place {
                name,
                ..Default::default()
            });
            if let Some(p) = ev.place.as_mut() {
                p.admin1 = text(4)?;
                p.country = text(5)?;
                p.precision = quoted(text(6)?);
            }
            ev.when.start = text(7)?;
            ev.when.end = text(8)?;
            Ok((r.get::<_, i64>(0)?, crate::merge::merge_key(&ev)))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut up = tx.prepare("UPDATE events SET merge_key = ?2 WHERE id = ?1")?;
    for (id, key) in rows {
        up.execute(rusqlite::params![id, key])?;
    }
    Ok(())
}

/// The schema version this binary writes.
pub fn latest() -> u32 {
    MIGRATIONS.len() as u32
}

/// The schema version of an open database.
pub fn version(conn: &Connection) -> Result<u32, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))? as u32)
}

/// Brings the database up to `target` (at most [`latest`]), one transaction per step.
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<u32, StoreError> {
    let found = version(conn)?;
    if found > latest() {
        return Err(StoreError::TooNew {
            found,
            supported: latest(),
        });
    }
    for v in found..target.min(latest()) {
        let tx = conn.transaction()?;
        tx.execute_batch(MIGRATIONS[v as usize])
            .map_err(|e| StoreError::Migration {
                version: v + 1,
                source: e,
            })?;
        for (_, step) in RUST_STEPS.iter().filter(|(at, _)| *at == v + 1) {
            step(&tx).map_err(|e| StoreError::Migration {
                version: v + 1,
                source: e,
            })?;
        }
        tx.pragma_update(None, "user_version", v + 1)?;
        tx.commit()?;
    }
    version(conn)
}

/// Brings the database up to the latest version.
pub fn migrate(conn: &mut Connection) -> Result<u32, StoreError> {
    migrate_to(conn, latest())
}
