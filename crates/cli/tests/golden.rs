//! Golden-file tests over our own fixture reports in `tests/fixtures/reports/`.
//!
//! Refresh with SITREP_BLESS=1 cargo test -p sitrep-cli --test golden, then read the diff.
//!
//! Each fixture is a report file `NAME.txt` (plain news text: headline line, blank
//! line, body paragraphs; digests hold several articles) with beside it:
//!
//! - `NAME.published`: the publication date, one line `YYYY-MM-DD`, passed as
//!   `--published`;
//! - `NAME.expected.jsonl`: what `sitrep extract --format jsonl` printed when last
//!   blessed, compared byte for byte. It records the extractor's behaviour, right or
//!   wrong: a change in it is a change to review, not necessarily a regression;
//! - `NAME.gold.json`: a hand annotation following `shared/spec/EVENTS.md`, written
//!   without looking at the extractor's output. It is what the extractor *should*
//!   print; never edit it to match the extractor.
//!
//! Three tests:
//!
//! 1. [`expected_output_is_unchanged`]: the byte-for-byte comparison (rewrites the
//!    expected files instead when `SITREP_BLESS=1`).
//! 2. [`evidence_spans_hold_their_values`]: every evidence entry `{field,start,end}` is
//!    a valid UTF-8 byte range of the file and its text carries the value: numbers as
//!    digits or English words ("42", "forty-two", "a dozen", "a"/"an" for one, "no",
//!    "nobody", "none", "no one" for zero; a value summed from parts, as EVENTS.md
//!    asks for munitions and counts, may instead be spread over several entries of
//!    the field, one part each); places by their folded mention or name; weapons and
//!    targets by non-empty text; the source by the person's surname.
//! 3. [`fixtures_score_against_gold`]: scores the fixtures against the gold files with
//!    `sitrep_eval` (the port of score.py) and asserts event F1 and totals accuracy of
//!    at least 0.8. Run with `--nocapture` to see the table and the scorer's notes.
//!
//! (`number_words_are_read` checks the number reader that test 2 relies on.)

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Event F1 the fixtures must reach against their gold files.
const MIN_EVENT_F1: f64 = 0.8;
/// Share of report totals (`killed`, `injured`) the fixtures must get right.
const MIN_TOTALS_ACC: f64 = 0.8;

/// One fixture report and what the extractor printed for it in this run.
struct Fixture {
    name: String,
    txt: PathBuf,
    text: String,
    published: String,
    stdout: Vec<u8>,
}

impl Fixture {
    fn sibling(&self, suffix: &str) -> PathBuf {
        self.txt.with_file_name(format!("{}{suffix}", self.name))
    }

    /// The extractor's output as JSON values, one per line; panics on a bad line.
    fn events(&self) -> Vec<Value> {
        let out = std::str::from_utf8(&self.stdout)
            .unwrap_or_else(|e| panic!("{}: output is not UTF-8: {e}", self.name));
        out.lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| {
                serde_json::from_str(l).unwrap_or_else(|e| {
                    panic!("{}: output line {} is not JSON: {e}\n{l}", self.name, i + 1)
                })
            })
            .collect()
    }
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/reports")
}

/// Runs the built `sitrep` binary on `txt` with the given publication date.
fn run_extractor(txt: &Path, published: &str) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["extract", "--published", published, "--format", "jsonl"])
        .arg(txt)
        // Only the built-in lexicons: the output must not depend on the caller's env.
        .env_remove("SITREP_LEXICON_DIR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run sitrep on {}: {e}", txt.display()));
    assert!(
        out.status.success(),
        "sitrep extract failed on {} ({}):\n{}",
        txt.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// All fixtures, sorted by name, each extracted once per test process.
fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<Vec<Fixture>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let dir = fixture_dir();
        let mut txts: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        txts.sort();
        assert!(!txts.is_empty(), "no fixture reports in {}", dir.display());
        txts.into_iter()
            .map(|txt| {
                let name = txt.file_stem().unwrap().to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&txt)
                    .unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
                let pub_path = txt.with_extension("published");
                let published = std::fs::read_to_string(&pub_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", pub_path.display()))
                    .trim()
                    .to_string();
                assert!(
                    published.len() == 10 && published.as_bytes()[4] == b'-',
                    "{}: not a YYYY-MM-DD date: {published:?}",
                    pub_path.display()
                );
                let stdout = run_extractor(&txt, &published);
                Fixture {
                    name,
                    txt,
                    text,
                    published,
                    stdout,
                }
            })
            .collect()
    })
}

fn blessing() -> bool {
    std::env::var("SITREP_BLESS").is_ok_and(|v| v == "1")
}

/// The first line where `want` and `got` differ, for the failure message, with the
/// event fields that differ when both lines are JSON objects.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a == b {
            continue;
        }
        let mut msg = format!("  line {} of {} expected, {} now:", i + 1, w.len(), g.len());
        let parsed = |l: Option<&str>| l.and_then(|l| serde_json::from_str::<Value>(l).ok());
        match (parsed(a), parsed(b)) {
            (Some(Value::Object(x)), Some(Value::Object(y))) => {
                let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                for k in keys {
                    let (xv, yv) = (x.get(k), y.get(k));
                    if xv != yv {
                        let show =
                            |v: Option<&Value>| v.map_or("<absent>".to_string(), Value::to_string);
                        write!(msg, "\n    {k}: expected {} got {}", show(xv), show(yv)).unwrap();
                    }
                }
            }
            _ => write!(
                msg,
                "\n    expected: {}\n    got:      {}",
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            )
            .unwrap(),
        }
        return msg;
    }
    "  (only line endings or the final newline differ)".to_string()
}

#[test]
fn expected_output_is_unchanged() {
    let bless = blessing();
    let mut failures = Vec::new();
    for fx in fixtures() {
        let path = fx.sibling(".expected.jsonl");
        if bless {
            std::fs::write(&path, &fx.stdout)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            continue;
        }
        match std::fs::read(&path) {
            Ok(want) if want == fx.stdout => {}
            Ok(want) => failures.push(format!(
                "{}: output differs from {}\n{}",
                fx.name,
                path.display(),
                first_difference(
                    &String::from_utf8_lossy(&want),
                    &String::from_utf8_lossy(&fx.stdout)
                )
            )),
            Err(e) => failures.push(format!(
                "{}: cannot read {} ({e}); create it with SITREP_BLESS=1",
                fx.name,
                path.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures changed (refresh with SITREP_BLESS=1 cargo test -p sitrep-cli --test golden, then read the diff):\n{}",
        failures.len(),
        fixtures().len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Evidence

/// Numeric event fields whose evidence must show the number.
const NUMBER_FIELDS: &[&str] = &[
    "count",
    "munitions",
    "intercepted",
    "killed",
    "injured",
    "children_killed",
    "children_injured",
];

fn unit_value(w: &str) -> Option<u64> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u64);
    }
    TENS.iter()
        .position(|t| *t == w)
        .map(|i| 20 + 10 * i as u64)
}

/// Every number the text states: digit groups ("1,120" → 1120, "12-year-old" → 12),
/// English number words alone and in runs ("forty-two" → 40, 2 and 42; "two hundred
/// and five" → 205), "dozen" → 12, and "a"/"an"/"single"/"his"/"her"/"their"/"another"
/// → 1 (how English states one victim: "a woman was killed", "his son was hurt").
fn numbers_in(text: &str) -> Vec<u64> {
    let mut found = Vec::new();
    // Digits, with thousands separators.
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut v: u64 = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u64::from(b[i] - b'0'));
                i += 1;
            } else if b[i] == b','
                && b.get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            {
                i += 1;
            } else {
                break;
            }
        }
        found.push(v);
    }
    // Words.
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // A run of number words: (completed thousands, current group).
    let mut run: Option<(u64, u64)> = None;
    for w in &words {
        match *w {
            "a" | "an" | "single" | "his" | "her" | "their" | "another" => found.push(1),
            "dozen" => found.push(12),
            _ => {}
        }
        if let Some(v) = unit_value(w) {
            found.push(v);
            run.get_or_insert((0, 0)).1 += v;
        } else if let (Some((total, current)), true) = (
            run.as_mut(),
            matches!(*w, "hundred" | "thousand" | "million" | "and"),
        ) {
            match *w {
                "hundred" => *current *= 100,
                "thousand" => {
                    *total += *current * 1_000;
                    *current = 0;
                }
                "million" => {
                    *total += *current * 1_000_000;
                    *current = 0;
                }
                _ => {} // "two hundred and five"
            }
        } else {
            flush(&mut run, &mut found);
        }
    }
    flush(&mut run, &mut found);
    found
}

/// Ends a run of number words, recording its value.
fn flush(run: &mut Option<(u64, u64)>, found: &mut Vec<u64>) {
    if let Some((total, current)) = run.take() {
        found.push(total + current);
    }
}

/// Whether the text says "no"/"nobody"/"none"/"no one" (the zero phrases).
fn has_zero_phrase(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "no" | "nobody" | "none" | "zero"))
}

/// Whether some choice of one number from each entry sums to `want`.
fn sums_to(entries: &[Vec<u64>], want: u64) -> bool {
    fn go(entries: &[Vec<u64>], left: u64) -> bool {
        match entries.split_first() {
            None => left == 0,
            Some((first, rest)) => first.iter().any(|&v| v <= left && go(rest, left - v)),
        }
    }
    entries.len() > 1 && entries.len() <= 8 && go(entries, want)
}

/// What the evidence must show for one event's field; `None` when it holds.
fn check_number(value: &Value, texts: &[&str]) -> Option<String> {
    let Some(want) = value.as_u64() else {
        return Some(format!("evidence for a field whose value is {value}"));
    };
    let shows = |t: &str| {
        if want == 0 {
            has_zero_phrase(t) || numbers_in(t).contains(&0)
        } else {
            numbers_in(t).contains(&want)
        }
    };
    let missing: Vec<&&str> = texts.iter().filter(|t| !shows(t)).collect();
    if missing.is_empty() {
        return None;
    }
    let parts: Vec<Vec<u64>> = texts.iter().map(|t| numbers_in(t)).collect();
    if sums_to(&parts, want) {
        return None;
    }
    Some(format!(
        "value {want} not in {}",
        missing
            .iter()
            .map(|t| format!("{t:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

fn str_field<'a>(obj: &'a Value, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// Checks one event's evidence; returns the problems found.
fn check_event_evidence(fx: &Fixture, ev: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let text = fx.text.as_str();
    let Some(evidence) = ev.get("evidence").and_then(Value::as_array) else {
        return problems;
    };
    // field → texts of its entries
    let mut by_field: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (i, e) in evidence.iter().enumerate() {
        let field = e.get("field").and_then(Value::as_str).unwrap_or("");
        let (Some(start), Some(end)) = (
            e.get("start").and_then(Value::as_u64),
            e.get("end").and_then(Value::as_u64),
        ) else {
            problems.push(format!(
                "evidence #{i} ({field}) has no integer start/end: {e}"
            ));
            continue;
        };
        let (start, end) = (start as usize, end as usize);
        if field.is_empty() {
            problems.push(format!("evidence #{i} has no field: {e}"));
        }
        if start > end || end > text.len() {
            problems.push(format!(
                "evidence #{i} ({field}) {start}..{end} is outside the file ({} bytes)",
                text.len()
            ));
            continue;
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            problems.push(format!(
                "evidence #{i} ({field}) {start}..{end} splits a UTF-8 character"
            ));
            continue;
        }
        let span = &text[start..end];
        if span.trim().is_empty() {
            problems.push(format!(
                "evidence #{i} ({field}) {start}..{end} is empty text"
            ));
            continue;
        }
        by_field.entry(field.to_string()).or_default().push(span);
    }
    for (field, texts) in &by_field {
        let problem = match field.as_str() {
            f if NUMBER_FIELDS.contains(&f) => {
                check_number(ev.get(f).unwrap_or(&Value::Null), texts)
            }
            "place" => {
                let place = ev.get("place").unwrap_or(&Value::Null);
                let keys: Vec<String> = [str_field(place, "mention"), str_field(place, "name")]
                    .into_iter()
                    .flatten()
                    .map(sitrep_eval::fold)
                    .filter(|k| !k.is_empty())
                    .collect();
                if keys.is_empty() {
                    Some("evidence for a place with no name or mention".to_string())
                } else {
                    texts
                        .iter()
                        .find(|t| {
                            let ft = sitrep_eval::fold(t);
                            !keys.iter().any(|k| ft.contains(k.as_str()))
                        })
                        .map(|t| format!("{t:?} holds neither of {keys:?} (folded)"))
                }
            }
            "source" => {
                let source = ev.get("source").unwrap_or(&Value::Null);
                let surname = sitrep_eval::surname(source);
                if surname.is_empty() {
                    None // an institution: any non-empty text will do
                } else {
                    texts
                        .iter()
                        .find(|t| !sitrep_eval::fold(t).contains(&surname))
                        .map(|t| format!("{t:?} lacks the surname {surname:?} (folded)"))
                }
            }
            // weapons, targets and every other field: the span is non-empty (above).
            _ => None,
        };
        if let Some(p) = problem {
            problems.push(format!("{field}: {p}"));
        }
    }
    problems
}

#[test]
fn evidence_spans_hold_their_values() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for fx in fixtures() {
        for ev in fx.events() {
            checked += ev
                .get("evidence")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let id = ev.get("id").and_then(Value::as_str).unwrap_or("?");
            let kind = ev.get("kind").and_then(Value::as_str).unwrap_or("?");
            let place = ev
                .get("place")
                .and_then(|p| p.get("name"))
                .and_then(Value::as_str)
                .unwrap_or("-");
            for p in check_event_evidence(fx, &ev) {
                failures.push(format!("{}: {kind} {place} ({id}): {p}", fx.name));
            }
        }
    }
    println!("checked {checked} evidence entries");
    assert!(
        failures.is_empty(),
        "{} evidence problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn number_words_are_read() {
    assert!(numbers_in("forty-two times").contains(&42));
    assert!(numbers_in("1,120 invaders").contains(&1120));
    assert!(numbers_in("a dozen more").contains(&12));
    assert!(numbers_in("two hundred and five").contains(&205));
    assert!(!numbers_in("a 12-year-old son").contains(&2));
    assert!(!numbers_in("112 shells").contains(&12));
    assert!(numbers_in("a 64-year-old man was killed").contains(&1));
    assert!(has_zero_phrase("Nobody was hurt."));
    assert!(!has_zero_phrase("Another strike"));
    assert!(sums_to(&[vec![40, 136, 131], vec![3, 59]], 43));
}

// ---------------------------------------------------------------------------
// Scores against the gold files

#[test]
fn fixtures_score_against_gold() {
    let mut scorer = sitrep_eval::Scorer::new();
    let mut scored = 0;
    for fx in fixtures() {
        let gold_path = fx.sibling(".gold.json");
        let gold: Value = match std::fs::read_to_string(&gold_path) {
            Ok(s) => serde_json::from_str(&s)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", gold_path.display())),
            Err(_) => continue,
        };
        assert_eq!(
            gold.get("published").and_then(Value::as_str),
            Some(fx.published.as_str()),
            "{}: gold 'published' differs from {}.published",
            gold_path.display(),
            fx.name
        );
        let out = String::from_utf8_lossy(&fx.stdout);
        match sitrep_eval::parse_jsonl(&out) {
            Some(preds) => scorer.score_file(&fx.name, &gold, &preds),
            None => {
                scorer.add_failed(&fx.name, sitrep_eval::NOT_JSONL);
                scorer.score_file(&fx.name, &gold, &[]);
            }
        }
        scored += 1;
    }
    assert!(scored > 0, "no gold files beside the fixtures");
    let report = scorer.report();
    let mut shown = String::new();
    writeln!(
        shown,
        "scores of {scored} fixtures against their gold files:"
    )
    .unwrap();
    shown.push_str(&report.to_table());
    writeln!(shown, "notes:").unwrap();
    for n in report.notes() {
        writeln!(shown, "  {n}").unwrap();
    }
    println!("{shown}");

    let figure = |k: &str| report.get(k).map_or(0.0, sitrep_eval::Figure::as_f64);
    let (f1, totals) = (figure("event_f1"), figure("totals_acc"));
    assert!(
        f1 >= MIN_EVENT_F1 && totals >= MIN_TOTALS_ACC,
        "fixtures score event_f1 {f1} (want >= {MIN_EVENT_F1}) and totals_acc {totals} (want >= {MIN_TOTALS_ACC}); \
         the extractor is wrong, not the gold: see the notes above"
    );
}
