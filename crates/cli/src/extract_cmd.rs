//! `sitrep extract`.

use anyhow::{Context, Result};
use clap::ValueEnum;
use jiff::civil::Date;
use rayon::prelude::*;
use sitrep_extract::Extractor;
use sitrep_model::Event;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// Flat CSV, one row per event.
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Publication date (YYYY-MM-DD) for resolving relative dates; HTML pages, feed
    /// items, Telegram messages and JSON lines with a date of their own use theirs.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Directory of lexicon files to use instead of the built-in ones.
    #[arg(long, value_name = "DIR", env = "SITREP_LEXICON_DIR")]
    lexicons: Option<PathBuf>,
    /// Report files: plain text, HTML article pages, RSS/Atom feeds, Telegram Desktop
    /// exports (result.json) or JSON lines (`{"text": …, "published": …}` per line),
    /// detected by content; `-` or none reads standard input.
    files: Vec<PathBuf>,
}

/// Builds the extractor, with user lexicons when given.
pub fn extractor(lexicons: Option<&PathBuf>) -> Result<Extractor> {
    Ok(match lexicons {
        Some(dir) => Extractor::new(
            sitrep_lexicon::Lexicons::from_dir(dir)?,
            sitrep_geo::Gazetteer::embedded(),
        ),
        None => Extractor::builtin()?,
    })
}

/// Reads a report file as UTF-8; the error names the file and the byte offset.
pub fn read_report(path: &PathBuf) -> Result<String> {
    let bytes = read_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        anyhow::anyhow!(
            "{}: line {line}: not UTF-8 text (invalid byte at offset {at})",
            path.display()
        )
    })
}

/// The bytes of a file, or of standard input for `-`.
pub fn read_bytes(path: &PathBuf) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    }
    Ok(bytes)
}

/// A file read in any input format (HTML page, RSS/Atom feed, Telegram export, JSON
/// lines, plain text; detected by content): its documents, and its per-item errors
/// and warnings already prefixed with the file name. A whole-file failure is `Err`.
pub struct Input {
    pub format: sitrep_formats::Format,
    pub documents: Vec<sitrep_formats::Document>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Reads and parses one input file (see [`Input`]).
pub fn read_input(path: &PathBuf) -> Result<Input> {
    let bytes = read_bytes(path)?;
    let shown = display_name(path);
    let hint = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let r = sitrep_formats::read(&bytes, &hint).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    Ok(Input {
        format: r.format.unwrap_or(sitrep_formats::Format::Text),
        documents: r.documents,
        errors: r.errors.iter().map(|e| format!("{shown}: {e}")).collect(),
        warnings: r.warnings.iter().map(|e| format!("{shown}: {e}")).collect(),
    })
}

/// How a file is named in messages: its path, or `stdin`.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.display().to_string()
    }
}

/// The report name of a document in events: the file name for a single-document file
/// (plain text, an HTML page), `FILE:ITEM` for feeds, exports and JSON lines.
pub fn report_name(
    file_name: &str,
    input_format: sitrep_formats::Format,
    doc: &sitrep_formats::Document,
) -> String {
    if input_format.is_multi() && !doc.item.is_empty() {
        format!("{file_name}:{}", doc.item)
    } else {
        file_name.to_string()
    }
}

pub fn run(args: Args) -> Result<ExitCode> {
    let ex = extractor(args.lexicons.as_ref())?;
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    // each file: its documents (one for plain text and HTML pages, one per item for
    // feeds, exports and JSON lines), each with its own publication date, else --published
    let results: Vec<Result<(Vec<Event>, Vec<String>)>> = files
        .par_iter()
        .map(|f| {
            let input = read_input(f)?;
            let name = if f.as_os_str() == "-" {
                "stdin".to_string()
            } else {
                f.file_name()
                    .map_or("report".into(), |n| n.to_string_lossy().into_owned())
            };
            let mut events = Vec::new();
            for doc in &input.documents {
                let published = doc.published.or(args.published);
                events.extend(ex.extract(
                    &doc.text,
                    &report_name(&name, input.format, doc),
                    published,
                ));
            }
            for w in &input.warnings {
                eprintln!("sitrep: warning: {w}");
            }
            Ok((events, input.errors))
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut all: Vec<&Event> = Vec::new();
    for r in &results {
        match r {
            Ok((evs, errors)) => {
                all.extend(evs.iter());
                for e in errors {
                    failed = true;
                    eprintln!("sitrep: {e}");
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("sitrep: {e:#}");
            }
        }
    }
    match args.format {
        Format::Jsonl => {
            for ev in &all {
                serde_json::to_writer(&mut out, ev)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &all)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => write_csv(&mut out, &all)?,
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

const CSV_HEADER: &[&str] = &[
    "id",
    "report",
    "kind",
    "scope",
    "part_of",
    "place",
    "admin1",
    "admin2",
    "admin3",
    "country",
    "lat",
    "lon",
    "precision",
    "start",
    "end",
    "count",
    "munitions",
    "intercepted",
    "killed",
    "injured",
    "children_killed",
    "children_injured",
    "weapons",
    "targets",
    "source",
    "source_role",
    "actor",
];

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn write_csv(out: &mut impl Write, events: &[&Event]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for ev in events {
        let p = ev.place.clone().unwrap_or_default();
        let src = ev.source.clone().unwrap_or_default();
        let join = |v: Vec<&str>| v.join(";");
        w.write_record([
            ev.id.clone(),
            ev.report.clone(),
            ev.kind.as_str().to_string(),
            serde_json::to_value(ev.scope)?
                .as_str()
                .unwrap_or_default()
                .to_string(),
            opt(ev.part_of.clone()),
            p.name.clone(),
            opt(p.admin1),
            opt(p.admin2),
            opt(p.admin3),
            opt(p.country),
            opt(p.lat),
            opt(p.lon),
            opt(p.precision.map(|x| {
                serde_json::to_value(x)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
            })),
            opt(ev.when.start.clone()),
            opt(ev.when.end.clone()),
            opt(ev.count),
            opt(ev.munitions),
            opt(ev.intercepted),
            opt(ev.killed),
            opt(ev.injured),
            opt(ev.children_killed),
            opt(ev.children_injured),
            join(ev.weapons.iter().map(|w| w.as_str()).collect()),
            join(ev.targets.iter().map(|t| t.as_str()).collect()),
            opt(src.name),
            opt(src.role),
            opt(ev.actor.as_ref().map(|a| a.name.clone())),
        ])?;
    }
    w.flush()?;
    Ok(())
}
