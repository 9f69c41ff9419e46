//! `sitrep serve --demo`: a temporary database filled with the bundled reports.
//!
//! The example reports (`examples/*.txt` and `tests/fixtures/reports/*.txt`, each
//! with its `NAME.published` date when there is one) are embedded in the binary, so
//! the demo works from any directory.

use crate::ingest::articles_of;
use sitrep_extract::Extractor;
use sitrep_store::{BatchReport, Store, StoreError};
use std::path::Path;

/// One bundled report: name, text, publication date.
pub type Report = (&'static str, &'static str, Option<&'static str>);

include!(concat!(env!("OUT_DIR"), "/demo_reports.rs"));

/// The bundled reports.
pub fn reports() -> &'static [Report] {
    DEMO_REPORTS
}

/// Ingests every bundled report into the database at `db`.
pub fn fill(db: &Path, ex: &Extractor) -> Result<BatchReport, StoreError> {
    let mut store = Store::open(db)?;
    let mut batch = Vec::new();
    for (name, text, published) in reports() {
        let date = published.and_then(|d| d.trim().parse().ok());
        batch.extend(articles_of(ex, text, name, date));
    }
    store.ingest_batch(&batch, None)
}

/// A demo database in a new temporary folder (removed when the returned
/// [`tempfile::TempDir`] is dropped), filled by [`fill`].
pub fn create(
    ex: &Extractor,
) -> Result<
    (tempfile::TempDir, std::path::PathBuf, BatchReport),
    Box<dyn std::error::Error + Send + Sync>,
> {
    let dir = tempfile::Builder::new().prefix("sitrep-demo-").tempdir()?;
    let db = dir.path().join("demo.db");
    let report = fill(&db, ex)?;
    Ok((dir, db, report))
}
