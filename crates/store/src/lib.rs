//! The sitrep event store: an embedded SQLite database of articles and the
//! de-duplicated conflict events extracted from them.
//!
//! [`Store::open`] opens (or creates) a database file, switches it to WAL mode and
//! runs the [`schema`] migrations. [`Store::ingest_batch`] writes a batch of
//! [`ArticleInput`]s — an article's text plus the events the extractor found in it —
//! in **one transaction**: a batch is either entirely in the database or not at all,
//! so a process killed at any moment leaves a consistent database, and rerunning the
//! same ingest completes it. Articles are identified by the hash of their normalised
//! text ([`normalise::article_hash`]); an article already present is skipped, so
//! ingesting is idempotent. Each new event is either merged into an existing
//! canonical event reported by another article or stored as a new one: the rule is
//! in [`merge`]. [`Store::events`] and [`Store::stats`] query the result
//! ([`query`]); [`export`] writes ACLED CSV, GeoJSON and JSON lines.
//!
//! ```
//! use sitrep_model::{Event, Kind, Scope, Place, When};
//! use sitrep_store::{ArticleInput, Store};
//!
//! let mut store = Store::open_in_memory().unwrap();
//! let mut ev = Event::new(Kind::Attack, Scope::Incident, "a.txt#1");
//! ev.id = "ev-1".into();
//! ev.place = Some(Place { name: "Kherson".into(), admin1: Some("Kherson Oblast".into()), ..Place::default() });
//! ev.when = When { start: Some("2023-01-10".into()), end: Some("2023-01-10".into()), ..When::default() };
//! ev.killed = Some(2);
//! let article = ArticleInput::new("a.txt", 1, Some("2023-01-10"), "Kherson was shelled, killing two.", vec![ev]);
//! let first = store.ingest_batch(&[article.clone()], None).unwrap();
//! assert_eq!((first.articles, first.events), (1, 1));
//! let again = store.ingest_batch(&[article], None).unwrap();   // idempotent
//! assert_eq!((again.articles, again.skipped, again.events), (0, 1, 0));
//! assert_eq!(store.counts().unwrap().events, 1);
//! ```
#![deny(missing_docs)]

pub mod export;
mod ingest;
pub mod merge;
pub mod normalise;
pub mod query;
pub mod schema;

pub use ingest::{ArticleInput, BatchReport};
pub use query::{EventFilter, Period, SourceRef, StatsQuery, StatsRow, StoredEvent};

use rusqlite::Connection;
use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong in the store.
#[derive(Debug)]
pub enum StoreError {
    /// The database file could not be opened or created.
    Open {
        /// The file.
        path: PathBuf,
        /// SQLite's reason.
        source: rusqlite::Error,
    },
    /// The database was written by a newer sitrep than this one.
    TooNew {
        /// Its schema version.
        found: u32,
        /// The newest version this binary knows.
        supported: u32,
    },
    /// A migration step failed (the database stays at the version before it).
    Migration {
        /// The version the step would have reached.
        version: u32,
        /// SQLite's reason.
        source: rusqlite::Error,
    },
    /// An SQL statement failed.
    Sql(rusqlite::Error),
    /// A stored JSON value could not be (de)serialised.
    Json(serde_json::Error),
    /// Writing an export failed.
    Io(std::io::Error),
    /// A query argument is invalid.
    Invalid(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Open { path, source } => {
                write!(f, "{}: cannot open database: {source}", path.display())
            }
            StoreError::TooNew { found, supported } => write!(
                f,
                "database schema version {found} is newer than this sitrep supports ({supported}); upgrade sitrep"
            ),
            StoreError::Migration { version, source } => {
                write!(f, "migrating the database to version {version}: {source}")
            }
            StoreError::Sql(e) => write!(f, "database: {e}"),
            StoreError::Json(e) => write!(f, "stored JSON: {e}"),
            StoreError::Io(e) => write!(f, "writing: {e}"),
            StoreError::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Open { source, .. }
            | StoreError::Migration { source, .. }
            | StoreError::Sql(source) => Some(source),
            StoreError::Json(e) => Some(e),
            StoreError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e)
    }
}
impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Json(e)
    }
}
impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}
impl From<csv::Error> for StoreError {
    fn from(e: csv::Error) -> Self {
        StoreError::Io(std::io::Error::other(e))
    }
}

/// Numbers of rows in the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Canonical (de-duplicated) events.
    pub events: u64,
    /// Event sources: one per extracted event.
    pub sources: u64,
}

/// An open event store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens or creates the database at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.to_path_buf(),
            source: e,
        })?;
        Store::setup(conn, schema::latest()).map_err(|e| match e {
            StoreError::Sql(source) => StoreError::Open {
                path: path.to_path_buf(),
                source,
            },
            e => e,
        })
    }

    /// Opens `path` migrated only up to `version` (for migration tests).
    #[doc(hidden)]
    pub fn open_at_version(path: impl AsRef<Path>, version: u32) -> Result<Store, StoreError> {
        Store::setup(Connection::open(path.as_ref())?, version)
    }

    /// A fresh store in memory (tests, examples).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::setup(Connection::open_in_memory()?, schema::latest())
    }

    fn setup(mut conn: Connection, version: u32) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL: readers never block the writer; with synchronous=NORMAL a commit is
        // durable against a killed process (not against power loss, which may lose
        // the last commits but never corrupts).
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -65536)?;
        schema::migrate_to(&mut conn, version)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        schema::version(&self.conn)
    }

    /// The underlying connection, for read-only inspection.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Row counts.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let n = |sql: &str| {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|v| v as u64)
        };
        Ok(Counts {
            articles: n("SELECT COUNT(*) FROM articles")?,
            events: n("SELECT COUNT(*) FROM events")?,
            sources: n("SELECT COUNT(*) FROM event_sources")?,
        })
    }

    /// The hashes of all stored articles.
    pub fn article_hashes(&self) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut st = self.conn.prepare("SELECT hash FROM articles")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Runs SQLite's `PRAGMA integrity_check`; `Ok("ok")` when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// The current time as RFC 3339 UTC and as unix seconds.
pub(crate) fn now() -> (String, i64) {
    let ts = jiff::Timestamp::now();
    (
        ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        ts.as_second(),
    )
}
