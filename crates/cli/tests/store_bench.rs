//! The ingest benchmark of issue 4 (ignored by default; it takes about a minute):
//!
//! ```sh
//! cargo test --release -p sitrep-cli --test store_bench -- --ignored --nocapture
//! SITREP_BENCH_ARTICLES=20000 cargo test ...   # a smaller run
//! ```
//!
//! Generates 100,000 articles (10 per file, with `.published` sidecars), runs the
//! real `sitrep ingest` on them, and prints articles/s, events/s, the database size
//! and the time of year-long per-oblast `stats` queries on the result. Generation
//! is not timed.

mod store_common;

use sitrep_store::{EventFilter, Period, StatsQuery, Store};
use std::process::Command;
use std::time::Instant;

#[test]
#[ignore]
fn bench_ingest_100k_articles() {
    let articles: u64 = std::env::var("SITREP_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let root = std::env::temp_dir().join(format!("sitrep-ingest-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let corpus = root.join("corpus");
    let t = Instant::now();
    let files = store_common::generate(&corpus, articles, 10, 42);
    println!(
        "generated {articles} articles in {files} files in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let db = root.join("bench.db");
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["ingest", "--db"])
        .arg(&db)
        .arg(&corpus)
        .output()
        .unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    print!("{}", String::from_utf8_lossy(&out.stdout));

    let store = Store::open(&db).unwrap();
    let c = store.counts().unwrap();
    let size: u64 = ["bench.db", "bench.db-wal"]
        .iter()
        .filter_map(|f| std::fs::metadata(root.join(f)).ok())
        .map(|m| m.len())
        .sum();
    println!(
        "ingest: {:.1} s, {:.0} articles/s, {:.0} extracted events/s ({} canonical events, {} sources)",
        secs,
        c.articles as f64 / secs,
        c.sources as f64 / secs,
        c.events,
        c.sources
    );
    println!("database: {:.1} MB", size as f64 / 1e6);

    let year = EventFilter {
        from: Some("2023-01-01".into()),
        to: Some("2023-12-31".into()),
        ..Default::default()
    };
    for (label, filter, period) in [
        ("all oblasts, per day", year.clone(), Period::Day),
        ("all oblasts, per week", year.clone(), Period::Week),
        (
            "Kherson Oblast, per day",
            EventFilter {
                oblast: Some("Kherson".into()),
                ..year.clone()
            },
            Period::Day,
        ),
    ] {
        let q = StatsQuery { filter, period };
        store.stats(&q).unwrap(); // warm-up
        let t = Instant::now();
        let runs = 5;
        let mut rows = 0;
        for _ in 0..runs {
            rows = store.stats(&q).unwrap().len();
        }
        println!(
            "stats, year, {label}: {:.1} ms ({rows} rows)",
            t.elapsed().as_secs_f64() * 1e3 / runs as f64
        );
    }
    if std::env::var_os("SITREP_BENCH_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&root);
    } else {
        println!("kept {}", root.display());
    }
}
