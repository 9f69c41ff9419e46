//! `sitrep ingest`, `events`, `stats` and `export` as a user runs them, including
//! the crash test: an ingest killed with SIGKILL mid-way leaves a consistent
//! database, and rerunning it gives exactly what one clean run gives.

mod store_common;

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-store-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn count(db: &Path, table: &str) -> i64 {
    let c = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    c.busy_timeout(Duration::from_secs(5)).unwrap();
    c.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap_or(0)
}

/// Everything that identifies the result of an ingest, independent of timing.
fn fingerprint(db: &Path) -> Vec<String> {
    let c = Connection::open(db).unwrap();
    let mut st = c
        .prepare(
            "SELECT e.uid, e.kind, e.scope, COALESCE(p.uid, ''), e.n_sources, e.count_min, e.count_max, e.killed_min,
                    e.killed_max, e.injured_min, e.injured_max, e.weapons,
                    (SELECT group_concat(a.hash || ':' || s.local_id, ',') FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id)
             FROM events e LEFT JOIN events p ON p.id = e.part_of ORDER BY e.uid",
        )
        .unwrap();
    let rows = st
        .query_map([], |r| {
            let mut s = String::new();
            for i in 0..13 {
                let v: rusqlite::types::Value = r.get(i)?;
                s.push_str(&format!("{v:?}|"));
            }
            Ok(s)
        })
        .unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn ingest(db: &Path, dir: &Path) -> std::process::Output {
    sitrep()
        .args(["ingest", "--batch", "50", "--db"])
        .arg(db)
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn an_ingest_killed_mid_way_is_consistent_and_a_rerun_completes_it_exactly() {
    let root = temp_dir("kill");
    let corpus = root.join("corpus");
    let articles = 6000;
    store_common::generate(&corpus, articles, 2, 7);

    // the reference: one clean run
    let clean = root.join("clean.db");
    let out = ingest(&clean, &corpus);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let clean_articles = count(&clean, "articles");
    assert_eq!(clean_articles, articles as i64);
    let clean_events = count(&clean, "events");
    assert!(clean_events > 0);
    assert!(
        count(&clean, "event_sources") > clean_events,
        "the corpus has duplicates to merge"
    );

    // the same ingest, killed with SIGKILL once some batches are committed
    let db = root.join("killed.db");
    let mut child = sitrep()
        .args(["ingest", "--batch", "50", "--db"])
        .arg(&db)
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if db.exists() && count(&db, "articles") >= 500 {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "ingest made no progress"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert!(!status.success(), "the ingest was killed, not finished");
    let partial = count(&db, "articles");
    assert!(
        partial < articles as i64,
        "killed before the end ({partial} articles)"
    );

    // consistent: sound file, no dangling references, whole batches only
    let c = Connection::open(&db).unwrap();
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let dangling: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)
                OR NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dangling, 0);
    let orphans: i64 = c
        .query_row("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0, "every event has a source");
    drop(c);

    // the rerun completes it: no duplicates, nothing lost, same result as one clean run
    let out = ingest(&db, &corpus);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("{partial} already stored")),
        "{stdout}"
    );
    assert_eq!(count(&db, "articles"), clean_articles);
    assert_eq!(count(&db, "events"), clean_events);
    assert_eq!(count(&db, "event_sources"), count(&clean, "event_sources"));
    assert_eq!(fingerprint(&db), fingerprint(&clean));
    let _ = std::fs::remove_dir_all(&root);
}

const REPORT: &str = "Kherson shelled\n\nRussian troops shelled Kherson 12 times over the past day, killing two people.\n";
const SAME_STRIKE: &str = "Two killed in Kherson\n\nTwo people died when the occupiers shelled Kherson 12 times during the past day, the governor said.\n";

#[test]
fn ingest_reports_a_bad_file_continues_and_is_idempotent() {
    let dir = temp_dir("bad");
    let reports = dir.join("reports");
    std::fs::create_dir_all(reports.join("sub")).unwrap();
    std::fs::write(reports.join("a.txt"), REPORT).unwrap();
    std::fs::write(reports.join("a.txt.published"), "2023-01-10\n").unwrap();
    std::fs::write(reports.join("sub/b.txt"), SAME_STRIKE).unwrap();
    std::fs::write(reports.join("sub/b.published"), "2023-01-10\n").unwrap();
    std::fs::write(reports.join("sub/bad.txt"), b"Title\n\nbroken \xff text\n").unwrap();
    std::fs::write(reports.join("notes.json"), "{}").unwrap(); // not a report file: not picked up
    let db = dir.join("s.db");

    let out = sitrep()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&reports)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed file gives exit code 1"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("not UTF-8"),
        "{err}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("2 new articles") && stdout.contains("1 failed"),
        "{stdout}"
    );

    // the two outlets' reports of the Kherson shelling are one event with two sources
    let out = sitrep()
        .args(["events", "--format", "jsonl", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let events: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["n_sources"], 2);
    assert_eq!(events[0]["killed"], 2);
    assert_eq!(
        events[0]["when"]["end"], "2023-01-10",
        "dates come from the sidecar files"
    );

    // rerun: nothing changes
    std::fs::remove_file(reports.join("sub/bad.txt")).unwrap();
    let out = sitrep()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&reports)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("0 new articles, 2 already stored, 0 new events"),
        "{stdout}"
    );

    // stats, table and csv
    let out = sitrep()
        .args(["stats", "--format", "csv", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        csv.lines().nth(1),
        Some("Kherson Oblast,2023-01-10,1,1,12,2,2,0,0"),
        "{csv}"
    );
    let out = sitrep()
        .args(["events", "--oblast", "kherson", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with("date") && table.contains("Kherson"),
        "{table}"
    );

    // exports
    let out = sitrep()
        .args(["export", "--format", "geojson", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let gj: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(gj["features"].as_array().unwrap().len(), 1);
    let out = sitrep()
        .args(["export", "--format", "acled-csv", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("event_id_cnty,event_date,year,"));
    let out = sitrep()
        .args(["export", "--format", "parquet", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not available yet"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn queries_do_not_create_a_missing_database() {
    let dir = temp_dir("missing");
    let db = dir.join("none.db");
    let out = sitrep().args(["events", "--db"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
    assert!(!db.exists());
}
