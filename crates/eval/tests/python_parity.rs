//! Runs the reference scorer (`/work/shared/tools/score.py`, or `$SITREP_SCORE_PY`) on
//! the same inputs and requires identical output: `--json`, the table, and the `-v`
//! notes. Skipped, with a message, when python3 or score.py is not available.
//!
//! Without this crate's `preserve_order` feature, gold `totals` are visited in key order
//! rather than file order, so the `total` notes of one file may come out in another
//! order; runs of such lines are compared as sets then (exactly with the feature).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use sitrep_eval::{Report, find_gold, parse_kinds, score_pred_dir};

fn score_py() -> Option<PathBuf> {
    let path = std::env::var_os("SITREP_SCORE_PY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/shared/tools/score.py"));
    if !path.exists() {
        eprintln!("skipping: {} not found", path.display());
        return None;
    }
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => Some(path),
        _ => {
            eprintln!("skipping: python3 not available");
            None
        }
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

struct PyRun {
    stdout: String,
    notes: Vec<String>,
}

fn run_py(script: &Path, gold: &Path, pred: &Path, kinds: Option<&str>, as_json: bool) -> PyRun {
    let mut cmd = Command::new("python3");
    cmd.arg(script).arg(gold).arg("--pred").arg(pred).arg("-v");
    if as_json {
        cmd.arg("--json");
    }
    if let Some(k) = kinds {
        cmd.arg("--kinds").arg(k);
    }
    let out = cmd.output().expect("run score.py");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "score.py failed: {stderr}");
    PyRun {
        stdout: String::from_utf8(out.stdout).unwrap(),
        notes: stderr.lines().map(str::to_string).collect(),
    }
}

/// Sorts each run of consecutive `NAME: total ...` lines of one file (see module docs).
fn normalize_totals(notes: &[String]) -> Vec<String> {
    if cfg!(feature = "preserve_order") {
        return notes.to_vec();
    }
    let key = |l: &str| l.find(": total ").map(|i| l[..i].to_string());
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < notes.len() {
        let Some(k) = key(&notes[i]) else {
            out.push(notes[i].clone());
            i += 1;
            continue;
        };
        let mut j = i;
        while j < notes.len() && key(&notes[j]).as_deref() == Some(k.as_str()) {
            j += 1;
        }
        let mut run = notes[i..j].to_vec();
        run.sort();
        out.extend(run);
        i = j;
    }
    out
}

fn ours(gold: &Path, pred: &Path, kinds: Option<&str>) -> Report {
    let golds = find_gold(&[gold.to_path_buf()]).unwrap();
    let kinds = kinds.map(parse_kinds);
    score_pred_dir(&golds, pred, kinds.as_deref()).report()
}

fn compare(script: &Path, gold: &Path, pred: &Path, kinds: Option<&str>) {
    let report = ours(gold, pred, kinds);
    let py = run_py(script, gold, pred, kinds, true);
    let py_json = py.stdout.trim_end_matches('\n');
    assert_eq!(report.to_json_string(), py_json, "--json, kinds {kinds:?}");
    let py_value: Value = serde_json::from_str(py_json).unwrap();
    assert_eq!(report.to_json(), py_value, "to_json, kinds {kinds:?}");
    assert_eq!(
        normalize_totals(report.notes()),
        normalize_totals(&py.notes),
        "-v notes, kinds {kinds:?}"
    );
    let py_table = run_py(script, gold, pred, kinds, false);
    assert_eq!(report.to_table(), py_table.stdout, "table, kinds {kinds:?}");
}

#[test]
fn fixtures_match_score_py() {
    let Some(script) = score_py() else { return };
    let (gold, pred) = (fixtures().join("gold"), fixtures().join("pred"));
    for kinds in [
        None,
        Some("attack"),
        Some("clash"),
        Some("statement,meeting"),
        Some("attack,clash,"),
        Some("agreement"),
    ] {
        compare(&script, &gold, &pred, kinds);
    }
    // A single gold file given as a path.
    compare(&script, &gold.join("b-talks.gold.json"), &pred, None);
}

/// Python's view of the helpers, over many inputs.
#[test]
fn helpers_match_score_py() {
    let Some(script) = score_py() else { return };
    let names = [
        "Kharkiv",
        "Kharkiv'",
        "Kharkov",
        "Kharkivs'ka oblast'",
        "Pysarivka",
        "Pisarivka",
        "Kyïv",
        "Київ",
        "Zaporizhzhia Oblast",
        "Bilhorod-Dnistrovskyi Raion",
        "Mykolaiv city territorial community",
        "Novooleksandrivka",
        "Yasynuvata",
        "Ocheretyne",
        "ﬁnland",
        "Ⅻ district",
        "Çavuşoğlu",
        "Łódź",
        "Urban-type settlement of Kozacha Lopan",
        "",
        " ",
        "the",
        "Sviatohirsk",
        "Svyatogorsk",
        "Straße",
        "Öresund",
        "Kramatorsk\u{a0}city",
        "O'Brien",
        "Marinka\u{301}",
    ];
    let people: Vec<Value> = vec![
        json!("Oleh Synehubov"),
        json!({"name": "Vitaliy Kim", "role": "governor"}),
        json!({"name": null}),
        json!({"role": "x"}),
        json!("  Serhiy\tLysak  "),
        json!("Ivan\u{a0}Fedorov"),
        json!("Ivan\u{1c}Fedorov"),
        json!(null),
        json!(""),
        json!(0),
        json!(7),
        json!(true),
        json!(["Ihor", "Klymenko"]),
        json!(1e20),
    ];
    let points = [
        (50.45, 30.52, 49.99, 36.23),
        (47.5667, 34.4, 47.6, 34.45),
        (46.6354, 32.6169, 46.6354, 32.6169),
        (48.0, 37.0, 48.0899, 37.0),
        (-33.9, 18.4, 51.5, -0.12),
    ];
    let ratios: Vec<(u64, u64)> = (1..=40)
        .flat_map(|b| (0..=b).map(move |a| (a, b)))
        .collect();
    let floats = [
        0.0,
        1.0,
        0.5,
        0.1 + 0.2,
        1e16,
        1e15,
        1e-5,
        0.0001,
        123456.789,
        2.5e-7,
        1e300,
        7.0 / 3.0,
    ];

    let input = json!({
        "names": names,
        "people": people,
        "points": points.iter().map(|p| json!([p.0, p.1, p.2, p.3])).collect::<Vec<_>>(),
        "ratios": ratios,
        "floats": floats,
    });
    let prog = r#"
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
d = json.load(sys.stdin)
print(json.dumps({
  "names": [s.fold(n) for n in d["names"]],
  "people": [s.surname(p) for p in d["people"]],
  "points": [repr(s.km(*p)) for p in d["points"]],
  "ratios": [repr(round(a / b, 4)) for a, b in d["ratios"]],
  "floats": [repr(x) for x in d["floats"]],
}))
"#;
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(prog)
        .arg(&script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let py: Value = serde_json::from_slice(&out.stdout).unwrap();

    let folded: Vec<String> = names.iter().map(|n| sitrep_eval::fold(n)).collect();
    assert_eq!(json!(folded), py["names"]);
    let surnames: Vec<String> = people.iter().map(sitrep_eval::surname).collect();
    assert_eq!(json!(surnames), py["people"]);
    for (i, p) in points.iter().enumerate() {
        let d = sitrep_eval::km(p.0, p.1, p.2, p.3);
        assert_eq!(
            py["points"][i].as_str().unwrap().parse::<f64>().unwrap(),
            d,
            "km {p:?}"
        );
    }
    // Rounding and float printing, through a report whose figures are those ratios.
    for (i, (a, b)) in ratios.iter().enumerate() {
        let got = ratio_repr(*a, *b);
        assert_eq!(got, py["ratios"][i].as_str().unwrap(), "round({a}/{b}, 4)");
    }
    for (i, x) in floats.iter().enumerate() {
        let n = serde_json::Number::from_f64(*x).unwrap();
        let report_line = sitrep_eval::Figure::Float(n.as_f64().unwrap()).to_string();
        assert_eq!(report_line, py["floats"][i].as_str().unwrap());
    }
}

/// `round(a / b, 4)` as printed in a report: score a set of `b` gold events of which
/// `a` have the right `count`.
fn ratio_repr(a: u64, b: u64) -> String {
    let events: Vec<Value> = (0..b)
        .map(|i| json!({"kind": "attack", "place": format!("P{i}"), "count": 1}))
        .collect();
    let preds: Vec<Value> =
        (0..b).map(|i| json!({"kind": "attack", "place": format!("P{i}"), "count": if i < a { 1 } else { 2 }})).collect();
    let mut s = sitrep_eval::Scorer::new();
    s.score_file("r", &json!({"events": events}), &preds);
    s.report()
        .get("count_acc")
        .map(|f| f.to_string())
        .unwrap_or_default()
}

/// A deterministic generator of odd but well-formed inputs (nothing that makes
/// score.py raise), scored by both implementations.
#[test]
fn random_inputs_match_score_py() {
    let Some(script) = score_py() else { return };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("sitrep-eval-parity-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (gold_dir, pred_dir) = (dir.join("gold"), dir.join("pred"));
    std::fs::create_dir_all(gold_dir.join("nested")).unwrap();
    std::fs::create_dir_all(&pred_dir).unwrap();

    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for f in 0..120 {
        let (gold, preds) = random_file(&mut rng);
        let sub = if f % 3 == 0 {
            gold_dir.join("nested")
        } else {
            gold_dir.clone()
        };
        let name = format!("f{f:03}");
        std::fs::write(sub.join(format!("{name}.gold.json")), gold.to_string()).unwrap();
        let lines: Vec<String> = preds.iter().map(Value::to_string).collect();
        if f % 17 != 5 {
            let text = if f % 29 == 3 {
                format!("{}\n{{broken", lines.join("\n"))
            } else {
                lines.join("\r\n")
            };
            std::fs::write(pred_dir.join(format!("{name}.jsonl")), text).unwrap();
        }
    }
    for kinds in [
        None,
        Some("attack"),
        Some("attack,clash"),
        Some("meeting,statement"),
        Some("clash,agreement"),
    ] {
        compare(&script, &gold_dir, &pred_dir, kinds);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const KINDS: &[&str] = &[
    "attack",
    "attack",
    "attack",
    "clash",
    "statement",
    "meeting",
    "agreement",
];
const PLACES: &[&str] = &[
    "Kharkiv",
    "Kharkiv'",
    "Kharkiv city",
    "Kupiansk",
    "Kupyansk",
    "Izium",
    "Izyum",
    "Balakliia",
    "Balakliya",
    "Vovchansk",
    "Lyman",
    "Kharkiv Oblast",
    "Kharkiv region",
];
const ADMIN1: &[&str] = &[
    "Kharkiv Oblast",
    "Kharkivs'ka oblast'",
    "Kharkiv region",
    "Donetsk Oblast",
];
const PEOPLE: &[&str] = &[
    "Oleh Synehubov",
    "Synehubov",
    "O. Synehubov",
    "Ihor Terekhov",
    "Terekhov",
    "Pavlo Kyrylenko",
];
const WEAPONS: &[&str] = &[
    "artillery",
    "mlrs",
    "drone",
    "missile",
    "guided_bomb",
    "mortar",
];
const TARGETS: &[&str] = &["residential", "house", "energy", "transport", "industrial"];
const DATES: &[&str] = &["2023-05-01", "2023-05-02", "2023-05-03"];

fn number(rng: &mut Rng) -> Value {
    rng.pick(&[
        json!(null),
        json!(0),
        json!(1),
        json!(2),
        json!(2.0),
        json!(3),
        json!(true),
        json!(false),
        json!(0.5),
    ])
}

fn list(rng: &mut Rng, pool: &[&str]) -> Value {
    match rng.below(8) {
        0 => json!(null),
        1 => json!([]),
        _ => {
            let n = 1 + rng.below(3);
            Value::Array((0..n).map(|_| json!(rng.pick(pool))).collect())
        }
    }
}

fn participants(rng: &mut Rng) -> Value {
    let n = rng.below(3);
    Value::Array(
        (0..n)
            .map(|_| {
                if rng.chance(50) {
                    json!({"name": rng.pick(PEOPLE)})
                } else {
                    json!(rng.pick(PEOPLE))
                }
            })
            .collect(),
    )
}

fn random_event(rng: &mut Rng, gold: bool, i: usize, n: usize) -> Value {
    let mut e = serde_json::Map::new();
    let kind = rng.pick(KINDS);
    e.insert("kind".into(), json!(kind));
    if !gold {
        e.insert("id".into(), json!(format!("e{i}")));
    }
    let place = rng.pick(PLACES);
    let admin1 = if rng.chance(70) {
        json!(rng.pick(ADMIN1))
    } else {
        json!(null)
    };
    let country = rng.pick(&[
        json!(null),
        json!("UA"),
        json!("ua"),
        json!("PL"),
        json!(""),
    ]);
    let (lat, lon) = (
        50.0 + rng.below(40) as f64 * 0.01,
        36.2 + rng.below(40) as f64 * 0.01,
    );
    if gold || rng.chance(40) {
        e.insert("place".into(), json!(place));
        if rng.chance(80) {
            e.insert("admin1".into(), admin1);
        }
        if rng.chance(30) {
            e.insert("country".into(), country);
        }
        if rng.chance(40) {
            e.insert("lat".into(), json!(lat));
            e.insert(
                "lon".into(),
                if rng.chance(80) {
                    json!(lon)
                } else {
                    json!(36)
                },
            );
        }
    } else {
        e.insert(
            "place".into(),
            json!({"name": if rng.chance(90) { json!(place) } else { json!(null) }, "admin1": admin1, "country": country,
                   "lat": if rng.chance(80) { json!(lat) } else { json!(null) }, "lon": json!(lon)}),
        );
    }
    if gold && rng.chance(20) {
        e.insert(
            "aliases".into(),
            json!([rng.pick(PLACES), rng.pick(PLACES)]),
        );
    }
    for k in ["count", "munitions", "intercepted", "killed", "injured"] {
        if rng.chance(50) {
            e.insert(k.into(), number(rng));
        }
    }
    if rng.chance(50) {
        e.insert("scope".into(), json!(rng.pick(&["area", "incident"])));
    }
    if rng.chance(60) {
        let name = rng.pick(PEOPLE);
        let src = if gold || rng.chance(30) {
            json!(name)
        } else {
            json!({"name": name, "role": "governor"})
        };
        e.insert(
            "source".into(),
            if rng.chance(10) { json!(null) } else { src },
        );
    }
    for k in ["start", "end"] {
        if rng.chance(40) {
            let d = json!(rng.pick(DATES));
            if gold || rng.chance(30) {
                e.insert(k.into(), d);
            } else {
                let when = e.entry("when").or_insert_with(|| json!({}));
                when[k] = d;
            }
        }
    }
    if rng.chance(60) {
        let part = if gold {
            if rng.chance(40) || n == 0 {
                json!(null)
            } else {
                json!(rng.below(n))
            }
        } else if rng.chance(40) {
            json!(null)
        } else {
            json!(format!("e{}", rng.below(n.max(1) + 1)))
        };
        e.insert("part_of".into(), part);
    }
    if rng.chance(50) {
        e.insert("weapons".into(), list(rng, WEAPONS));
    }
    if rng.chance(40) {
        e.insert("targets".into(), list(rng, TARGETS));
    }
    if matches!(kind, "meeting" | "agreement") && rng.chance(70) {
        e.insert("participants".into(), participants(rng));
    }
    Value::Object(e)
}

fn random_file(rng: &mut Rng) -> (Value, Vec<Value>) {
    let ng = rng.below(6);
    let events: Vec<Value> = (0..ng).map(|i| random_event(rng, true, i, ng)).collect();
    let mut gold = json!({"published": "2023-05-03", "events": events});
    if rng.chance(70) {
        let mut totals = serde_json::Map::new();
        let keys = if rng.chance(50) {
            ["killed", "injured"]
        } else {
            ["injured", "killed"]
        };
        for k in keys {
            if rng.chance(80) {
                totals.insert(k.into(), number(rng));
            }
        }
        gold["totals"] = Value::Object(totals);
    }
    let np = rng.below(7);
    let mut preds: Vec<Value> = (0..np).map(|i| random_event(rng, false, i, np)).collect();
    // Sometimes copy gold events into the predictions so that many pairs match.
    for g in gold["events"].as_array().unwrap().clone() {
        if rng.chance(50) {
            let mut p = g.clone();
            p["id"] = json!(format!("e{}", preds.len()));
            if rng.chance(30) {
                p["killed"] = number(rng);
            }
            preds.push(p);
        }
    }
    if rng.chance(10) {
        preds.push(json!(17));
    }
    (gold, preds)
}
