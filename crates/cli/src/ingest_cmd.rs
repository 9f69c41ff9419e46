//! `sitrep ingest`: report files and folders into the event store.
//!
//! Files are read and extracted in parallel (rayon), a chunk of `--batch` files at a
//! time, while one writer thread stores the previous chunk: each transaction holds at
//! most `--batch` articles, so a killed process loses at most the batch in flight and
//! a rerun completes the ingest (articles already stored are recognised by the hash
//! of their normalised text and skipped before extraction).

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;
use rayon::prelude::*;
use sitrep_extract::Extractor;
use sitrep_store::normalise::article_hash;
use sitrep_store::{ArticleInput, BatchReport, Store};
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;

/// Extensions of report files picked up when walking a folder.
/// Extensions of report files picked up when walking a folder (besides Telegram
/// Desktop exports, `result.json`). The format is detected by content.
const REPORT_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "html", "htm", "xhtml", "rss", "atom", "xml", "jsonl", "ndjson",
];

#[derive(clap::Args)]
#[command(after_help = "\
Input formats, detected by content: plain text, HTML article pages, RSS 2.0 and Atom \
feeds, Telegram Desktop channel exports (result.json) and JSON lines (one object per line \
with \"text\" and optional \"published\", \"title\", \"url\", \"source\"); `-` reads standard input. \
Publication date: a page's, feed item's, message's or JSON line's own date; else \
--published if given, else a sidecar file NAME.published (or NAME-without-extension.published) \
holding one line YYYY-MM-DD, else none (dates of relative-time events stay null). Folders \
are walked recursively for *.txt, *.text, *.md, *.html, *.htm, *.xhtml, *.rss, *.atom, *.xml, \
*.jsonl, *.ndjson and result.json.

Re-ingesting an article already stored (same text after white-space and quote \
normalisation, whatever the file name) changes nothing. Exit code 0: every file ingested; \
1: some file failed (each reported with its path and reason, the others ingested); \
2: bad arguments or the database could not be opened.")]
pub struct Args {
    /// Database file (created when missing).
    #[arg(
        long,
        value_name = "PATH",
        default_value = "sitrep.db",
        env = "SITREP_DB"
    )]
    db: PathBuf,
    /// Publication date (YYYY-MM-DD) of every file, for resolving relative dates.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<Date>,
    /// Articles per transaction (and files per extraction chunk).
    #[arg(long, value_name = "N", default_value_t = 500)]
    batch: usize,
    /// Directory of lexicon files to use instead of the built-in ones.
    #[arg(long, value_name = "DIR", env = "SITREP_LEXICON_DIR")]
    lexicons: Option<PathBuf>,
    /// Report files or folders; `-` reads standard input (e.g. JSON lines).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

/// What reading and extracting one file gave.
struct FileOutput {
    articles: Vec<ArticleInput>,
    /// Articles skipped because they were already stored.
    known: u64,
    /// Items of the file that could not be read (`FILE: line 7: …`); the others were.
    errors: Vec<String>,
    /// Items read with something ignored (an unreadable date).
    warnings: Vec<String>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let batch = args.batch.max(1);
    let mut failed = 0u64;
    let mut files = Vec::new();
    for p in &args.paths {
        if let Err(e) = collect(p, &mut files) {
            eprintln!("sitrep: {}: {e}", p.display());
            failed += 1;
        }
    }
    files.sort();
    files.dedup();

    let ex = crate::extract_cmd::extractor(args.lexicons.as_ref())?;
    let mut store = Store::open(&args.db)?;
    let known = store.article_hashes()?;
    let run_id = store.start_run()?;

    let bar = if std::io::stdout().is_terminal() {
        ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} files  {msg}")
            .expect("valid template")
            .progress_chars("=> "),
    );

    let (tx, rx) = mpsc::sync_channel::<(Vec<ArticleInput>, u64)>(2);
    let mut skipped_early = 0u64;
    let bar_ref = &bar;
    let written: Result<(Store, BatchReport)> = std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<(Store, BatchReport)> {
            let mut totals = BatchReport::default();
            for (articles, nfiles) in rx {
                for chunk in articles.chunks(batch) {
                    let r = store
                        .ingest_batch(chunk, Some(run_id))
                        .context("writing a batch")?;
                    totals.add(&r);
                }
                bar_ref.inc(nfiles);
                bar_ref.set_message(format!(
                    "{} articles, {} events, {} merged",
                    totals.articles, totals.events, totals.merged
                ));
            }
            Ok((store, totals))
        });
        for chunk in files.chunks(batch) {
            let outputs: Vec<(&PathBuf, Result<FileOutput>)> = chunk
                .par_iter()
                .map(|f| (f, read_and_extract(&ex, f, args.published, &known)))
                .collect();
            let mut articles = Vec::new();
            for (path, out) in outputs {
                match out {
                    Ok(o) => {
                        skipped_early += o.known;
                        articles.extend(o.articles);
                        for w in &o.warnings {
                            bar_ref.suspend(|| eprintln!("sitrep: warning: {w}"));
                        }
                        for e in &o.errors {
                            bar_ref.suspend(|| eprintln!("sitrep: {e}"));
                        }
                        if !o.errors.is_empty() {
                            failed += 1;
                        }
                    }
                    Err(e) => {
                        bar_ref.suspend(|| eprintln!("sitrep: {}: {e:#}", path.display()));
                        failed += 1;
                    }
                }
            }
            if tx.send((articles, chunk.len() as u64)).is_err() {
                break; // the writer failed; its error is returned by join
            }
        }
        drop(tx);
        writer.join().expect("writer thread panicked")
    });
    bar.finish_and_clear();
    let (mut store, mut totals) = written?;
    totals.skipped += skipped_early;
    store.finish_run(run_id, files.len() as u64, failed, &totals)?;
    println!(
        "{}: {} files, {} new articles, {} already stored, {} new events, {} merged into events of other reports, {} failed",
        args.db.display(),
        files.len(),
        totals.articles,
        totals.skipped,
        totals.events,
        totals.merged,
        failed
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Adds `path` (a file) or the report files under it (a folder) to `out`.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.as_os_str() == "-" {
        out.push(path.to_path_buf()); // standard input
        return Ok(());
    }
    let meta = std::fs::metadata(path)?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    for entry in std::fs::read_dir(path)? {
        let p = entry?.path();
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| REPORT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            || name == "result.json"
        {
            out.push(p);
        }
    }
    Ok(())
}

/// The publication date of a file: `NAME.published`, else `STEM.published`.
fn sidecar_date(path: &Path) -> Result<Option<Date>> {
    let mut candidates = vec![PathBuf::from(format!("{}.published", path.display()))];
    if path.extension().is_some() {
        candidates.push(path.with_extension("published"));
    }
    for c in candidates {
        if let Ok(s) = std::fs::read_to_string(&c) {
            let line = s.lines().next().unwrap_or("").trim();
            let d: Date = line.parse().with_context(|| {
                format!("{}: line 1: not a date YYYY-MM-DD: {line:?}", c.display())
            })?;
            return Ok(Some(d));
        }
    }
    Ok(None)
}

/// Reads one file (any input format), splits each of its documents into articles and
/// extracts the events of those not yet stored, with evidence offsets made relative to
/// each article's text. Documents with a date of their own (HTML pages, feed items,
/// Telegram messages, JSON lines) use it; others `--published` or the sidecar date.
fn read_and_extract(
    ex: &Extractor,
    path: &PathBuf,
    published: Option<Date>,
    known: &HashSet<String>,
) -> Result<FileOutput> {
    let input = crate::extract_cmd::read_input(path)?;
    let fallback = match published {
        Some(d) => Some(d),
        None if path.as_os_str() == "-" => None,
        None => sidecar_date(path)?,
    };
    let name = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.file_name()
            .map_or("report".into(), |n| n.to_string_lossy().into_owned())
    };
    let shown = crate::extract_cmd::display_name(path);
    let mut out = FileOutput {
        articles: Vec::new(),
        known: 0,
        errors: input.errors,
        warnings: input.warnings,
    };
    for doc in &input.documents {
        let report = crate::extract_cmd::report_name(&name, input.format, doc);
        let source_path = if input.format.is_multi() {
            format!("{shown}:{}", doc.item)
        } else {
            path.display().to_string()
        };
        let meta = Meta {
            source_path: &source_path,
            published: doc.published.or(fallback),
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
            outlet: doc.outlet.as_deref(),
        };
        add_articles(ex, &doc.text, &report, &meta, known, &mut out);
    }
    Ok(out)
}

/// Where a document came from and what it says of itself.
struct Meta<'a> {
    source_path: &'a str,
    published: Option<Date>,
    title: Option<&'a str>,
    url: Option<&'a str>,
    outlet: Option<&'a str>,
}

/// Splits one document's text into articles and adds those not yet stored to `out`
/// (articles already stored are counted and not extracted again).
fn add_articles(
    ex: &Extractor,
    text: &str,
    report: &str,
    meta: &Meta,
    known: &HashSet<String>,
    out: &mut FileOutput,
) {
    // the articles left out were already stored
    let fresh = ex.extract_articles(text, report, meta.published, |body| {
        let new = !known.contains(&article_hash(body));
        out.known += u64::from(!new);
        new
    });
    let published = meta.published.map(|d| d.to_string());
    for a in fresh {
        let mut input = ArticleInput::new(
            meta.source_path,
            a.ordinal,
            published.as_deref(),
            a.text,
            a.events,
        );
        input.title = if a.ordinal == 1 {
            meta.title.or(a.title)
        } else {
            a.title
        }
        .map(str::to_string);
        input.url = meta.url.map(str::to_string);
        input.outlet = meta.outlet.map(str::to_string);
        out.articles.push(input);
    }
}
