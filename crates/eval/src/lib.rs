//! Scoring extracted events against gold files: a faithful port of the project's
//! reference scorer `shared/tools/score.py` (see `shared/spec/EVENTS.md`, "Gold files"
//! and "Scoring"), so that `sitrep eval` prints the same figures and notes.
//!
//! This crate owns:
//! - finding and loading gold files ([`find_gold`], [`GoldFile`]),
//! - reading extractor output ([`parse_jsonl`]) and `--kinds` filtering ([`filter_kinds`]),
//! - matching predictions to gold events and tallying accuracies, set F1 and report
//!   totals ([`Scorer`]), and
//! - the result in score.py's shapes ([`Report::to_table`], [`Report::to_json_string`],
//!   [`Report::notes`] for `-v`).
//!
//! It does not run the extractor; the caller produces each file's predictions (or calls
//! [`Scorer::add_failed`] when it could not) and hands them to [`Scorer::score_file`].
//!
//! Where score.py follows Python semantics the port does too: `3 == 3.0`, `true == 1`,
//! notes show values as Python's `str()` would, ratios are rounded like `round(x, 4)`.
//! Inputs that would make score.py raise (say a list where a name is expected) are
//! handled leniently instead of aborting.
//!
//! ```
//! use serde_json::json;
//! use sitrep_eval::Scorer;
//!
//! let gold = json!({
//!     "published": "2022-12-19",
//!     "events": [
//!         {"kind": "attack", "scope": "area", "place": "Kherson Oblast",
//!          "admin1": "Kherson Oblast", "killed": 2, "weapons": ["artillery", "mlrs"]},
//!         {"kind": "attack", "scope": "incident", "place": "Kherson",
//!          "admin1": "Kherson Oblast", "part_of": 0, "killed": 2}
//!     ],
//!     "totals": {"killed": 2}
//! });
//! let preds = sitrep_eval::parse_jsonl(concat!(
//!     r#"{"id": "a", "kind": "attack", "scope": "area", "place": {"name": "Kherson oblast", "admin1": "Kherson Oblast"}, "killed": 2, "weapons": ["artillery"]}"#, "\n",
//!     r#"{"id": "b", "kind": "attack", "scope": "incident", "place": {"name": "Kherson", "admin1": "Kherson Oblast"}, "part_of": "a", "killed": 2}"#, "\n",
//! )).unwrap();
//!
//! let mut scorer = Scorer::new();
//! scorer.score_file("kherson", &gold, &preds);
//! let report = scorer.report();
//! assert_eq!(report.get("event_f1").unwrap().to_string(), "1.0");
//! assert_eq!(report.get("weapons_f1").unwrap().to_string(), "0.6667");
//! assert_eq!(report.get("totals_acc").unwrap().to_string(), "1.0");
//! assert!(report.to_table().starts_with("files                    1\n"));
//! assert_eq!(report.notes(), ["kherson: attack Kherson Oblast: weapons want ['artillery', 'mlrs'] got ['artillery']"]);
//! ```
#![deny(missing_docs)]

mod error;
mod gold;
mod helpers;
mod nonprintable;
mod py;
mod scorer;

pub use error::EvalError;
pub use gold::{GOLD_SUFFIX, GoldFile, find_gold, load_gold, txt_and_name};
pub use helpers::{GENERIC, NUMERIC, SETS, fold, km, parse_jsonl, report_total, surname};
pub use scorer::{
    Figure, NO_PREDICTION_FILE, NOT_JSONL, Report, Scorer, filter_kinds, parse_kinds,
    score_pred_dir,
};
