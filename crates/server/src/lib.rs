//! sitrep's HTTP API and web dashboard over the event store.
//!
//! [`Config`] says where the database is, which address to listen on and which
//! bearer token (if any) unlocks the write endpoints. [`router`] builds the axum
//! [`Router`](axum::Router) from an [`AppState`]: the JSON API under `/api/` (its
//! contract is `openapi.json`, served at `/api/openapi.json`) and the dashboard (plain
//! HTML, CSS and JavaScript from `web/`, embedded in the binary with `include_str!`,
//! so the page works without internet access). [`serve`] binds and runs it until
//! Ctrl-C.
//!
//! Design:
//! * **Blocking work off the runtime.** SQLite calls run in `spawn_blocking` on a
//!   small [`pool`] of read connections (WAL lets them read while one writer writes);
//!   ingestion goes through a single writer connection behind a mutex.
//! * **Exports are streamed**: the store writes into a channel-backed writer on a
//!   blocking thread and the HTTP body reads from the channel, so a large export is
//!   never built in memory.
//! * **Writes are closed unless a token is configured**: `POST /api/reports` answers
//!   403 when the server has no token and 401 when the request's bearer token is
//!   missing or wrong. Request bodies are limited to [`Config::body_limit`] bytes.
//! * **Every error is JSON** (`{"error": "..."}`) with a 4xx status for bad input;
//!   query strings and bodies are parsed by hand-written code that cannot panic, and
//!   a panic anywhere would still be turned into a JSON 500 rather than a dropped
//!   connection.
//!
//! ```no_run
//! use sitrep_server::{AppState, Config};
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let config = Config { db: "sitrep.db".into(), token: Some("secret".into()), ..Config::default() };
//! let state = AppState::open(&config)?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, sitrep_server::router(state)).await?;
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

mod api;
pub mod demo;
mod error;
pub mod ingest;
pub mod pool;
mod web;

pub use error::ApiError;

use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How to run the server.
#[derive(Clone, Debug)]
pub struct Config {
    /// The database file (created when missing).
    pub db: PathBuf,
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Bearer token for write endpoints; `None` disables them.
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Read connections kept open.
    pub readers: usize,
    /// Log one line per request on standard error.
    pub log: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: "sitrep.db".into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            body_limit: 1 << 20,
            readers: 4,
            log: true,
        }
    }
}

/// What every request handler shares.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    readers: pool::Pool,
    writer: Mutex<Option<sitrep_store::Store>>,
    extractor: std::sync::OnceLock<sitrep_extract::Extractor>,
    gazetteer: std::sync::OnceLock<sitrep_geo::Gazetteer>,
    token: Option<String>,
    body_limit: usize,
    log: bool,
}

impl AppState {
    /// Opens the database (creating and migrating it) and prepares the read pool.
    /// The extractor and gazetteer are built on first use.
    pub fn open(config: &Config) -> Result<AppState, sitrep_store::StoreError> {
        let writer = sitrep_store::Store::open(&config.db)?;
        let readers = pool::Pool::new(config.db.clone(), config.readers.max(1));
        // open one reader now so a bad file fails at start-up, not on the first request
        drop(readers.get()?);
        Ok(AppState {
            inner: Arc::new(Inner {
                readers,
                writer: Mutex::new(Some(writer)),
                extractor: std::sync::OnceLock::new(),
                gazetteer: std::sync::OnceLock::new(),
                token: config.token.clone().filter(|t| !t.is_empty()),
                body_limit: config.body_limit,
                log: config.log,
            }),
        })
    }

    pub(crate) fn gazetteer(&self) -> &sitrep_geo::Gazetteer {
        self.inner
            .gazetteer
            .get_or_init(sitrep_geo::Gazetteer::embedded)
    }

    pub(crate) fn extractor(&self) -> Result<&sitrep_extract::Extractor, ApiError> {
        if let Some(e) = self.inner.extractor.get() {
            return Ok(e);
        }
        let ex = sitrep_extract::Extractor::builtin()
            .map_err(|e| ApiError::internal(format!("lexicons: {e}")))?;
        Ok(self.inner.extractor.get_or_init(|| ex))
    }
}

/// The whole application: API, dashboard, body limit, panic guard and request log.
pub fn router(state: AppState) -> Router {
    let limit = state.inner.body_limit;
    let log = state.inner.log;
    let app = api::routes().merge(web::routes()).with_state(state);
    let app = app
        // bodies over the limit are refused by the body extractor, answered as JSON 413
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            error::panic_response,
        ));
    if log {
        app.layer(axum::middleware::from_fn(log_request))
    } else {
        app
    }
}

async fn log_request(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let method = req.method().clone();
    let uri = req.uri().clone();
    let t = std::time::Instant::now();
    let res = next.run(req).await;
    eprintln!(
        "{} {method} {uri} {} {:.1}ms",
        jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        res.status().as_u16(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    res
}

/// Binds `config.addr`, prints the address on standard error and serves until
/// Ctrl-C (or SIGTERM).
pub async fn serve(config: Config, state: AppState) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    eprintln!(
        "sitrep: serving {} on http://{addr}/ (writes {})",
        config.db.display(),
        if config.token.as_deref().is_some_and(|t| !t.is_empty()) {
            "enabled with a bearer token"
        } else {
            "disabled: no --token"
        }
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown())
        .await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    eprintln!("sitrep: shutting down");
}

/// [`serve`] on a new multi-threaded tokio runtime, for callers without one.
pub fn run_blocking(config: Config, state: AppState) -> std::io::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(config, state))
}
