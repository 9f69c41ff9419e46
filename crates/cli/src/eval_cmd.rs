//! `sitrep eval`: the project's scorer, run in-process over gold files.

use anyhow::Result;
use sitrep_eval::{Scorer, filter_kinds, find_gold, parse_kinds};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Score only these kinds (comma-separated), ignoring others on both sides.
    #[arg(long)]
    kinds: Option<String>,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// List every missed, spurious or wrong field on standard error.
    #[arg(short, long)]
    verbose: bool,
    /// Directory of lexicon files to use instead of the built-in ones.
    #[arg(long, value_name = "DIR", env = "SITREP_LEXICON_DIR")]
    lexicons: Option<PathBuf>,
    /// Gold directories (searched recursively) or NAME.gold.json files.
    #[arg(required = true)]
    gold: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let ex = crate::extract_cmd::extractor(args.lexicons.as_ref())?;
    let golds = find_gold(&args.gold)?;
    let kinds = args.kinds.as_deref().map(parse_kinds);
    let mut scorer = Scorer::new();
    for g in &golds {
        let published = g
            .gold
            .get("published")
            .and_then(|p| p.as_str())
            .and_then(|p| p.parse().ok());
        let mut preds = Vec::new();
        match crate::extract_cmd::read_report(&g.txt) {
            Ok(text) => {
                let name = g
                    .txt
                    .file_name()
                    .map_or(g.name.clone(), |n| n.to_string_lossy().into_owned());
                for ev in ex.extract(&text, &name, published) {
                    preds.push(serde_json::to_value(&ev)?);
                }
            }
            Err(e) => scorer.add_failed(&g.name, &format!("{e:#}")),
        }
        let (gold, preds) = match &kinds {
            Some(k) => filter_kinds(&g.gold, preds, k),
            None => (g.gold.clone(), preds),
        };
        scorer.score_file(&g.name, &gold, &preds);
    }
    let report = scorer.report();
    if args.json {
        println!("{}", report.to_json_string());
    } else {
        print!("{}", report.to_table());
    }
    if args.verbose {
        for n in report.notes() {
            eprintln!("{n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
