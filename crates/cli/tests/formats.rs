//! Input formats end to end: the same report gives the same events whether it arrives
//! as plain text, an HTML page, a feed item, a Telegram message or a JSON line; the
//! CLI names bad items and goes on; `sitrep ingest -` reads JSON lines from stdin.
//! The ignored test `html_throughput` measures HTML → text → events against plain text.

use jiff::civil::Date;
use serde_json::Value;
use sitrep_extract::Extractor;
use sitrep_formats::{Document, read};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/formats")
}

fn docs(name: &str) -> Vec<Document> {
    let bytes = std::fs::read(dir().join(name)).unwrap();
    read(&bytes, name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .documents
}

/// Events as JSON with ids renumbered and the report name reduced to its article
/// number, so that events of the same text under different names compare equal.
fn normalised(events: &[sitrep_model::Event]) -> Vec<Value> {
    let mut ids: HashMap<String, String> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        ids.insert(e.id.clone(), format!("E{i}"));
    }
    events
        .iter()
        .map(|e| {
            let mut v = serde_json::to_value(e).unwrap();
            v["id"] = Value::from(ids[&e.id].clone());
            if let Some(p) = v["part_of"].as_str() {
                v["part_of"] = Value::from(ids.get(p).cloned().unwrap_or_else(|| p.to_string()));
            }
            let report = v["report"]
                .as_str()
                .unwrap()
                .rsplit_once('#')
                .unwrap()
                .1
                .to_string();
            v["report"] = Value::from(report);
            v
        })
        .collect()
}

fn published(stem: &str) -> Date {
    std::fs::read_to_string(dir().join(format!("{stem}.published")))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn same_report_same_events_in_every_format() {
    let ex = Extractor::builtin().unwrap();
    let html = |n: &str| docs(n).remove(0);
    let rss = docs("feed.rss");
    let atom = docs("feed.atom");
    let tg = docs("telegram/result.json");
    let jl = docs("reports.jsonl");
    let cases: Vec<(&str, Vec<(&str, &Document)>)> = vec![
        (
            "kharkiv",
            vec![
                ("rss item 1", &rss[0]),
                ("atom entry 1", &atom[0]),
                ("telegram 4711", &tg[0]),
                ("jsonl line 1", &jl[0]),
            ],
        ),
        (
            "odesa",
            vec![
                ("rss item 2", &rss[1]),
                ("atom entry 2", &atom[1]),
                ("telegram 4714", &tg[1]),
                ("jsonl line 2", &jl[1]),
            ],
        ),
        (
            "airforce",
            vec![("rss item 4", &rss[2]), ("jsonl line 6", &jl[2])],
        ),
    ];
    let pages = [
        ("kharkiv", html("kharkiv.html")),
        ("odesa", html("odesa.html")),
    ];
    for (stem, mut forms) in cases {
        let text = std::fs::read_to_string(dir().join(format!("{stem}.txt"))).unwrap();
        let date = published(stem);
        let want = normalised(&ex.extract(&text, &format!("{stem}.txt"), Some(date)));
        assert!(!want.is_empty(), "{stem}: the plain text gives events");
        if let Some((_, page)) = pages.iter().find(|(s, _)| *s == stem) {
            forms.push(("html page", page));
        }
        for (what, doc) in forms {
            assert_eq!(doc.published, Some(date), "{stem} as {what}: its own date");
            // no --published: the document's own date is used
            let got = normalised(&ex.extract(&doc.text, &format!("x:{what}"), doc.published));
            assert_eq!(got, want, "{stem} as {what}: same events as the plain text");
        }
    }
}

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

#[test]
fn extract_reads_every_format_and_names_bad_items() {
    let out = sitrep()
        .arg("extract")
        .args([
            "kharkiv.html",
            "feed.rss",
            "feed.atom",
            "telegram/result.json",
            "reports.jsonl",
            "odesa.html",
        ])
        .current_dir(dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "bad items give exit code 1");
    let err = String::from_utf8_lossy(&out.stderr);
    for e in [
        "feed.rss: item 3: no title",
        "telegram/result.json: message 4715:",
        "reports.jsonl: line 3: not JSON",
        "reports.jsonl: line 4: no \"text\"",
    ] {
        assert!(err.contains(e), "{e:?} not in stderr:\n{err}");
    }
    let events: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let reports: std::collections::BTreeSet<&str> = events
        .iter()
        .map(|e| e["report"].as_str().unwrap())
        .collect();
    for r in [
        "kharkiv.html#1",
        "feed.rss:item 1#1",
        "feed.rss:item 4#1",
        "feed.atom:entry 2#1",
        "result.json:message 4711#1",
        "reports.jsonl:line 6#1",
        "odesa.html#1",
    ] {
        assert!(reports.contains(r), "no events of {r}: {reports:?}");
    }
    // dates resolved against each item's own date, without --published
    let kharkiv = events
        .iter()
        .find(|e| e["report"] == "result.json:message 4711#1")
        .unwrap();
    assert_eq!(kharkiv["when"]["end"], "2023-09-20", "{kharkiv}");
}

#[test]
fn ingest_reads_json_lines_from_stdin_and_dedups_other_formats() {
    let tmp = std::env::temp_dir().join(format!("sitrep-formats-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let db = tmp.join("t.db");
    let _ = std::fs::remove_file(&db);
    let mut child = sitrep()
        .args(["ingest", "--db"])
        .arg(&db)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(dir().join("reports.jsonl")).unwrap())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("stdin: line 3: not JSON"), "{err}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("3 new articles"), "{stdout}");

    let conn = rusqlite::Connection::open(&db).unwrap();
    let (path, published, title, text): (String, Option<String>, Option<String>, String) = conn
        .query_row(
            "SELECT source_path, published, title, text FROM articles ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(path, "stdin:line 1");
    assert_eq!(published.as_deref(), Some("2023-09-20"));
    assert_eq!(
        title.as_deref(),
        Some("Russian troops shell Kharkiv region 31 times, two people wounded")
    );
    assert_eq!(
        text,
        std::fs::read_to_string(dir().join("kharkiv.txt"))
            .unwrap()
            .trim_end()
    );
    drop(conn);

    // the same reports as a page, feed items and messages: already stored
    let out = sitrep()
        .args(["ingest", "--db"])
        .arg(&db)
        .args(["kharkiv.html", "feed.atom", "telegram/result.json"])
        .current_dir(dir())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("1 new articles") && stdout.contains("5 already stored"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// HTML → text → events against plain text → events, on the fixture pages repeated
/// to about 20 MB of HTML (each page read and extracted on its own, as ingest does).
/// `cargo test --release -p sitrep-cli --test formats -- --ignored --nocapture`
#[test]
#[ignore]
fn html_throughput() {
    let target = 20 << 20;
    let pages = [
        std::fs::read_to_string(dir().join("kharkiv.html")).unwrap(),
        std::fs::read_to_string(dir().join("odesa.html")).unwrap(),
    ];
    let mut corpus = Vec::new();
    let mut size = 0;
    while size < target {
        let p = &pages[corpus.len() % 2];
        size += p.len();
        corpus.push(p.as_str());
    }
    let ex = Extractor::builtin().unwrap();
    let date = Some(Date::constant(2023, 9, 20));

    let t = std::time::Instant::now();
    let docs: Vec<Document> = corpus
        .iter()
        .map(|p| sitrep_formats::page_text(p).unwrap())
        .collect();
    let parse = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let ev_html: usize = docs
        .iter()
        .map(|d| ex.extract(&d.text, "page", date).len())
        .sum();
    let extract = t.elapsed().as_secs_f64();

    let texts: Vec<String> = docs.iter().map(|d| d.text.clone()).collect();
    let text_size: usize = texts.iter().map(String::len).sum();
    let t = std::time::Instant::now();
    let ev_text: usize = texts
        .iter()
        .map(|d| ex.extract(d, "text", date).len())
        .sum();
    let extract_text = t.elapsed().as_secs_f64();
    let mb = |b: usize| b as f64 / 1e6;
    println!(
        "{} pages, {:.1} MB of HTML, {:.1} MB of text extracted from them",
        corpus.len(),
        mb(size),
        mb(text_size)
    );
    println!(
        "HTML -> text (html5ever tokenizer, boilerplate removal): {parse:.2} s = {:.1} MB/s of HTML",
        mb(size) / parse
    );
    println!(
        "HTML -> text -> events: {:.2} s = {:.1} MB/s of HTML, {:.1} MB/s of its text ({ev_html} events)",
        parse + extract,
        mb(size) / (parse + extract),
        mb(text_size) / (parse + extract)
    );
    println!(
        "plain text -> events: {extract_text:.2} s = {:.1} MB/s of text ({ev_text} events)",
        mb(text_size) / extract_text
    );
    assert_eq!(ev_html, ev_text);
}

#[test]
fn ingest_keeps_each_articles_url_and_outlet() {
    let dir = std::env::temp_dir().join(format!("sitrep-formats-meta-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("meta.db");
    let lines = concat!(
        r#"{"text": "Drone hits Odesa port\n\nA Russian drone hit the port of Odesa overnight, damaging a warehouse. Nobody was hurt.", "published": "2024-03-02", "url": "https://example.org/odesa-port", "source": "Example News"}"#,
        "\n"
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["ingest", "--db"])
        .arg(&db)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["export", "--format", "jsonl", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("https://example.org/odesa-port") && text.contains("Example News"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
