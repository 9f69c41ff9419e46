//! The `sitrep` command line: argument parsing, I/O and exit codes around the
//! library crates.

mod bench;
mod extract_cmd;
mod eval_cmd;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract_cmd::run(a),
        Command::Eval(a) => eval_cmd::run(a),
        Command::Bench(a) => bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sitrep: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
