//! The `sitrep` command line: argument parsing, I/O and exit codes around the
//! library crates.

mod bench;
mod eval_cmd;
mod export_cmd;
mod extract_cmd;
mod ingest_cmd;
mod places_cmd;
mod query_cmd;
mod serve_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: extraction and gazetteer loading
/// allocate many small short-lived strings and vectors, where it is measurably faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// sitrep turns English war news into verified, geocoded conflict events.
#[derive(Parser)]
#[command(name = "sitrep", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events from report files (or standard input) and print them.
    ///
    /// Each file may hold one article or a digest of several. Relative dates
    /// ("over the past day", "on Tuesday") are resolved against --published.
    /// Exit code 0: all inputs read; 1: some input could not be read (reported on
    /// standard error, the others still processed); 2: bad arguments.
    Extract(extract_cmd::Args),
    /// Score the extractor against gold files (NAME.txt beside NAME.gold.json).
    ///
    /// Prints the same figures as the project's score.py: event precision, recall
    /// and F1, per-field accuracy, set F1 and report totals.
    Eval(eval_cmd::Args),
    /// Measure extraction throughput on a generated corpus.
    Bench(bench::Args),
    /// Search the gazetteer: every namesake with its oblast, raion, hromada and
    /// coordinates, and the reasons a choice among them would be made.
    ///
    /// Exit code 1 when no place has that name.
    Places(places_cmd::Args),
    /// Store report files and folders in the event database (idempotent).
    ///
    /// Extracts events from every article, merges the same real-world event
    /// reported by several outlets into one event with several sources, and commits
    /// in batches so that an interrupted ingest can simply be rerun. Exit code 0:
    /// everything ingested; 1: some file failed (reported, the rest ingested).
    Ingest(ingest_cmd::Args),
    /// List stored events, filtered by date, oblast, place, kind, weapon, killed.
    Events(query_cmd::EventsArgs),
    /// Attacks, counts, killed and injured per oblast per day or week (nested
    /// incidents never added to their area event).
    Stats(query_cmd::StatsArgs),
    /// Export stored events as ACLED CSV, GeoJSON or JSON lines.
    Export(export_cmd::Args),
    /// Serve the HTTP API and the web dashboard over the event store.
    ///
    /// `--demo` fills a temporary database with the bundled example reports first.
    /// Writes are disabled unless a token is set (--token or SITREP_TOKEN).
    Serve(serve_cmd::Args),
}

/// Writes `text` to standard output at once.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract_cmd::run(a),
        Command::Eval(a) => eval_cmd::run(a),
        Command::Bench(a) => bench::run(a),
        Command::Ingest(a) => ingest_cmd::run(a),
        Command::Events(a) => query_cmd::events(a),
        Command::Stats(a) => query_cmd::stats(a),
        Command::Export(a) => export_cmd::run(a),
        Command::Places(a) => places_cmd::run(a),
        Command::Serve(a) => serve_cmd::run(a),
    };
    match result {
        Ok(code) => code,
        // a closed pipe (`sitrep … | head`) is the reader's choice, not a failure
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
