//! Whole-CLI behaviour: exit codes, bad input in a batch, output formats.

use std::path::PathBuf;
use std::process::Command;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const REPORT: &str = "Kherson shelled 12 times\n\nRussian troops shelled Kherson 12 times over the past day, killing two people.\n";

#[test]
fn invalid_utf8_is_reported_with_file_and_line_and_the_rest_is_processed() {
    let dir = temp_dir("utf8");
    let good = dir.join("good.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&good, REPORT).unwrap();
    std::fs::write(&bad, b"First line\nsecond \xff\xfe line\n").unwrap();
    let out = sitrep()
        .args(["extract", "--published", "2023-01-10"])
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input gives exit code 1"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("line 2") && err.contains("not UTF-8"),
        "stderr: {err}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["killed"], 2);
    assert_eq!(events[0]["report"], "good.txt#1");
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let out = sitrep()
        .args(["extract", "/nonexistent/report.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/report.txt"));
}

#[test]
fn bad_arguments_exit_2() {
    let out = sitrep()
        .args(["extract", "--published", "yesterday"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_csv_and_json_formats() {
    let mut child = sitrep()
        .args([
            "extract",
            "--published",
            "2023-01-10",
            "--format",
            "csv",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(REPORT.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,report,kind,scope,part_of,place,admin1")
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains(",attack,incident,,Kherson,Kherson Oblast,"),
        "{row}"
    );
    let dir = temp_dir("json");
    let f = dir.join("r.txt");
    std::fs::write(&f, REPORT).unwrap();
    let out = sitrep()
        .args(["extract", "--published", "2023-01-10", "--format", "json"])
        .arg(&f)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(1));
}

#[test]
fn same_input_same_ids() {
    let dir = temp_dir("ids");
    let f = dir.join("r.txt");
    std::fs::write(&f, REPORT).unwrap();
    let run = || {
        sitrep()
            .args(["extract", "--published", "2023-01-10"])
            .arg(&f)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn empty_and_eventless_input_gives_no_events() {
    let dir = temp_dir("empty");
    let f = dir.join("empty.txt");
    std::fs::write(&f, "").unwrap();
    let g = dir.join("economy.txt");
    std::fs::write(&g, "Bank raises forecast\n\nThe central bank now expects growth of 3% next year, its governor said on Monday.\n").unwrap();
    let out = sitrep()
        .args(["extract", "--published", "2023-01-10"])
        .arg(&f)
        .arg(&g)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn eval_scores_gold_files_in_the_repository() {
    let gold = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/reports");
    let out = sitrep()
        .arg("eval")
        .arg("--json")
        .arg(&gold)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["failed_runs"], 0);
    assert!(v["files"].as_u64().unwrap() >= 10);
    assert!(v["event_f1"].as_f64().unwrap() > 0.5);
    // the table form names the same figures
    let table = sitrep().arg("eval").arg(&gold).output().unwrap();
    let t = String::from_utf8(table.stdout).unwrap();
    assert!(t.lines().any(|l| l.starts_with("event_f1")), "{t}");
}

#[test]
fn places_lists_namesakes_and_reasons() {
    let out = sitrep()
        .args(["places", "Antonivka", "--oblast", "Kherson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Kherson Oblast") && text.contains("namesakes"),
        "{text}"
    );
    let none = sitrep().args(["places", "Atlantisville"]).output().unwrap();
    assert_eq!(none.status.code(), Some(1));
}
