//! A small pool of read connections to the store.
//!
//! SQLite in WAL mode lets readers run while the writer writes, but one connection
//! cannot be used by two threads at once. [`Pool::get`] hands out an idle connection
//! (opening a new one when none is idle) and [`Pooled`] puts it back when dropped;
//! at most `keep` idle connections are kept.

use sitrep_store::{Store, StoreError};
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::Mutex;

/// Read connections to one database file.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    keep: usize,
}

impl Pool {
    /// A pool over `path`, keeping up to `keep` idle connections. Opens nothing yet.
    pub fn new(path: PathBuf, keep: usize) -> Pool {
        Pool {
            path,
            idle: Mutex::new(Vec::new()),
            keep,
        }
    }

    /// An idle connection, or a new one.
    pub fn get(&self) -> Result<Pooled<'_>, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let store = match idle {
            Some(s) => s,
            None => Store::open(&self.path)?,
        };
        Ok(Pooled {
            pool: self,
            store: Some(store),
        })
    }
}

/// A connection borrowed from a [`Pool`].
pub struct Pooled<'a> {
    pool: &'a Pool,
    store: Option<Store>,
}

impl Deref for Pooled<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("present until drop")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        if let Some(s) = self.store.take() {
            let mut idle = self.pool.idle.lock().unwrap_or_else(|p| p.into_inner());
            if idle.len() < self.pool.keep {
                idle.push(s);
            }
        }
    }
}
