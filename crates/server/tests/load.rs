//! Load test: requests/s and p99 latency of `GET /api/events` on a store of 100,000
//! generated events, over loopback, bounded in time and requests. Target: p99 < 50 ms.
//!
//! `cargo test --release -p sitrep-server --test load -- --ignored --nocapture`
//! (`SITREP_LOAD_EVENTS=N` for a smaller store, `SITREP_LOAD_REQUESTS=N` per client).

mod common;
use sitrep_model::{Event, Kind, Place, Scope, When};
use sitrep_store::{ArticleInput, Store};
use std::time::{Duration, Instant};

const OBLASTS: &[(&str, f64, f64)] = &[
    ("Kherson Oblast", 46.63, 32.61),
    ("Kharkiv Oblast", 49.99, 36.23),
    ("Donetsk Oblast", 48.0, 37.8),
    ("Zaporizhzhia Oblast", 47.84, 35.14),
    ("Dnipropetrovsk Oblast", 48.46, 35.04),
    ("Sumy Oblast", 50.91, 34.8),
];
const WEAPONS: &[&str] = &["artillery", "drone", "missile", "mlrs", "guided_bomb"];

fn generate(db: &std::path::Path, n: usize) {
    let mut store = Store::open(db).unwrap();
    let start = jiff::civil::date(2022, 3, 1);
    let mut batch = Vec::with_capacity(5000);
    for i in 0..n {
        let (oblast, lat, lon) = OBLASTS[i % OBLASTS.len()];
        let day = start
            .checked_add(jiff::Span::new().days((i / 100) as i64))
            .unwrap()
            .to_string();
        let mut ev = Event::new(Kind::Attack, Scope::Incident, &format!("gen{i}.txt#1"));
        ev.id = format!("ev-{i}");
        // a distinct place per event: nothing merges
        ev.place = Some(Place {
            name: format!("Village {i}"),
            admin1: Some(oblast.into()),
            lat: Some(lat + (i % 97) as f64 * 0.01),
            lon: Some(lon + (i % 89) as f64 * 0.01),
            ..Place::default()
        });
        ev.when = When {
            start: Some(day.clone()),
            end: Some(day.clone()),
            ..When::default()
        };
        ev.killed = Some((i % 5) as u32);
        ev.weapons = vec![sitrep_model::Weapon::parse(WEAPONS[i % WEAPONS.len()]).unwrap()];
        let text = format!(
            "Russian forces shelled Village {i} in {oblast} on {day}, killing {} people.",
            i % 5
        );
        batch.push(ArticleInput::new(
            &format!("gen{i}.txt"),
            1,
            Some(&day),
            &text,
            vec![ev],
        ));
        if batch.len() == 5000 {
            store.ingest_batch(&batch, None).unwrap();
            batch.clear();
        }
    }
    store.ingest_batch(&batch, None).unwrap();
}

#[test]
#[ignore = "load test: run with --ignored --nocapture"]
fn events_endpoint_under_load() {
    let n: usize = std::env::var("SITREP_LOAD_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let per_client: usize = std::env::var("SITREP_LOAD_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let clients = 4;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("load.db");
    let t = Instant::now();
    generate(&db, n);
    eprintln!("generated {n} events in {:.1}s", t.elapsed().as_secs_f64());
    let addr = common::start(&db, None, 1 << 20);
    // a mix of what the dashboard asks: first pages, filtered pages, deeper pages
    let paths = [
        "/api/events?limit=100".to_string(),
        "/api/events?limit=100&oblast=kharkiv".to_string(),
        "/api/events?limit=100&from=2023-01-01&to=2023-01-31".to_string(),
        "/api/events?limit=100&weapon=drone&from=2023-06-01".to_string(),
        "/api/events?limit=100&offset=1000".to_string(),
    ];
    for p in &paths {
        assert_eq!(common::get(addr, p).status, 200, "{p}");
    }
    for p in &paths {
        let t = Instant::now();
        for _ in 0..5 {
            common::get(addr, p);
        }
        eprintln!("{p}: {:.1} ms", t.elapsed().as_secs_f64() * 200.0);
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    let t = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let paths = paths.clone();
            std::thread::spawn(move || {
                let mut lat = Vec::with_capacity(per_client);
                for i in 0..per_client {
                    if Instant::now() > deadline {
                        break;
                    }
                    let p = &paths[(i + c) % paths.len()];
                    let t = Instant::now();
                    let r = common::get(addr, p);
                    lat.push(t.elapsed());
                    assert_eq!(r.status, 200);
                }
                lat
            })
        })
        .collect();
    let mut lat: Vec<Duration> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let secs = t.elapsed().as_secs_f64();
    lat.sort();
    let q =
        |f: f64| lat[((lat.len() as f64 * f) as usize).min(lat.len() - 1)].as_secs_f64() * 1000.0;
    let p99 = q(0.99);
    eprintln!(
        "GET /api/events on {n} events: {} requests by {clients} clients in {secs:.1}s = {:.0} requests/s; latency p50 {:.1} ms, p99 {p99:.1} ms, max {:.1} ms",
        lat.len(),
        lat.len() as f64 / secs,
        q(0.5),
        q(1.0)
    );
    assert!(p99 < 50.0, "p99 {p99:.1} ms is over the 50 ms target");
}
