//! `sitrep serve`: the HTTP API and dashboard over the event store.

use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(after_help = "\
Open http://ADDR/ for the dashboard; the API is under /api/ (its OpenAPI description at \
/api/openapi.json). Writes (POST /api/reports) need `Authorization: Bearer TOKEN` with the \
token of --token or SITREP_TOKEN; without a token they are disabled. One log line per \
request goes to standard error. Stop with Ctrl-C.")]
pub struct Args {
    /// Database file (created when missing).
    #[arg(
        long,
        value_name = "PATH",
        default_value = "sitrep.db",
        env = "SITREP_DB"
    )]
    db: PathBuf,
    /// Address to listen on (port 0: any free port, printed at start).
    #[arg(
        long,
        value_name = "HOST:PORT",
        default_value = "127.0.0.1:8080",
        env = "SITREP_ADDR"
    )]
    addr: SocketAddr,
    /// Bearer token that enables the write endpoints.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "SITREP_TOKEN",
        hide_env_values = true
    )]
    token: Option<String>,
    /// Ingest the bundled example reports into a temporary database and serve that
    /// (--db is ignored; the database is deleted on exit).
    #[arg(long)]
    demo: bool,
    /// Largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    body_limit: usize,
    /// Do not log requests.
    #[arg(long)]
    quiet: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut config = sitrep_server::Config {
        db: args.db,
        addr: args.addr,
        token: args.token,
        body_limit: args.body_limit,
        log: !args.quiet,
        ..sitrep_server::Config::default()
    };
    // kept alive until the server stops: dropping it deletes the demo database
    let mut _demo_dir = None;
    if args.demo {
        let ex = sitrep_extract::Extractor::builtin()?;
        let (dir, db, r) = sitrep_server::demo::create(&ex)
            .map_err(|e| anyhow::anyhow!("creating the demo database: {e}"))?;
        eprintln!(
            "sitrep: demo database {}: {} reports, {} articles, {} events ({} merged)",
            db.display(),
            sitrep_server::demo::reports().len(),
            r.articles,
            r.events,
            r.merged
        );
        config.db = db;
        _demo_dir = Some(dir);
    }
    let state = sitrep_server::AppState::open(&config)
        .with_context(|| format!("opening {}", config.db.display()))?;
    sitrep_server::run_blocking(config.clone(), state)
        .with_context(|| format!("serving on {}", config.addr))?;
    Ok(ExitCode::SUCCESS)
}
