//! `sitrep export`: the event store as ACLED CSV, GeoJSON or JSON lines.

use crate::query_cmd::{Filters, open_existing};
use anyhow::{Context, Result, bail};
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// ACLED's columns and vocabulary, one row per event.
    AcledCsv,
    /// One GeoJSON FeatureCollection (RFC 7946; opens in QGIS).
    Geojson,
    /// One JSON object per event, with every source's values and evidence.
    Jsonl,
    /// Apache Parquet (not available yet).
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    filters: Filters,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if let Format::Parquet = args.format {
        bail!(
            "--format parquet is not available yet: the arrow/parquet crates would add minutes to every build; \
             export jsonl or acled-csv and convert, e.g. with DuckDB: \
             COPY (SELECT * FROM read_csv_auto('events.csv')) TO 'events.parquet'"
        );
    }
    let store = open_existing(&args.filters.db)?;
    let filter = args.filters.filter(None);
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let n = match args.format {
        Format::AcledCsv => sitrep_store::export::acled_csv(&store, &filter, &mut out)?,
        Format::Geojson => sitrep_store::export::geojson(&store, &filter, &mut out)?,
        Format::Jsonl => sitrep_store::export::jsonl(&store, &filter, &mut out)?,
        Format::Parquet => unreachable!(),
    };
    out.flush()?;
    if let Some(p) = &args.output {
        eprintln!("sitrep: wrote {n} events to {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
}
