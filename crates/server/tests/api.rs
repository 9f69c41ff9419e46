//! The API against a real server on a loopback port, over the bundled demo reports.

mod common;
use common::{demo, get, request};
use serde_json::json;

fn assert_json_error(r: &common::Response, status: u16) {
    assert_eq!(r.status, status, "{}", r.text());
    assert!(
        r.header("content-type")
            .unwrap_or("")
            .starts_with("application/json"),
        "{:?}",
        r.headers
    );
    assert!(
        r.json()["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{}",
        r.text()
    );
}

#[test]
fn events_are_sorted_filtered_and_paginated() {
    let s = demo(None);
    let all = get(s.addr, "/api/events?limit=500").json();
    let events = all["events"].as_array().unwrap();
    assert!(events.len() >= 50, "{} events", events.len());
    assert_eq!(all["next_offset"], json!(null));
    // sorted by day, undated last
    let days: Vec<Option<&str>> = events.iter().map(|e| e["day"].as_str()).collect();
    let dated: Vec<&str> = days.iter().flatten().copied().collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]));
    assert!(days.iter().skip_while(|d| d.is_some()).all(|d| d.is_none()));
    // pages concatenate to the whole
    let p1 = get(s.addr, "/api/events?limit=10").json();
    assert_eq!(p1["next_offset"], json!(10));
    let p2 = get(s.addr, "/api/events?limit=10&offset=10").json();
    let ids = |v: &serde_json::Value| {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].clone())
            .collect::<Vec<_>>()
    };
    let mut both = ids(&p1);
    both.extend(ids(&p2));
    assert_eq!(both, ids(&all)[..20].to_vec());
    // filters: the same as `sitrep events`
    let k = get(
        s.addr,
        "/api/events?oblast=kharkiv&kind=attack&from=2023-09-01&to=2023-12-31",
    )
    .json();
    let k = k["events"].as_array().unwrap();
    assert!(!k.is_empty());
    assert!(
        k.iter()
            .all(|e| e["place"]["admin1"] == "Kharkiv Oblast" && e["kind"] == "attack")
    );
    let killed = get(s.addr, "/api/events?min_killed=1&limit=500").json();
    assert!(
        killed["events"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["killed_max"].as_u64().unwrap() >= 1)
    );
    let drones = get(s.addr, "/api/events?weapon=drone&limit=500").json();
    assert!(
        drones["events"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["weapons"].as_array().unwrap().contains(&json!("drone")))
    );
}

#[test]
fn bad_queries_get_json_4xx() {
    let s = demo(None);
    for path in [
        "/api/events?limit=0",
        "/api/events?limit=501",
        "/api/events?limit=-1",
        "/api/events?offset=99999999",
        "/api/events?from=2023-13-40",
        "/api/events?kind=bombing",
        "/api/events?weapon=laser",
        "/api/events?min_killed=many",
        "/api/events?olbast=kherson",
        "/api/stats?by=month",
        "/api/places",
        "/api/places?q=Kherson&oblast=Atlantis",
        "/api/export",
        "/api/export?format=parquet",
        "/api/export?format=jsonl&from=yesterday",
        "/api/events?limit=%FF%FE",
    ] {
        let r = get(s.addr, path);
        assert_json_error(&r, 400);
    }
    assert_json_error(&get(s.addr, "/api/events/ev-doesnotexist"), 404);
    assert_json_error(&get(s.addr, "/api/nope"), 404);
}

#[test]
fn an_event_has_sources_evidence_and_sentences() {
    let s = demo(None);
    let list = get(s.addr, "/api/events?oblast=kharkiv&limit=1").json();
    let id = list["events"][0]["id"].as_str().unwrap().to_string();
    let ev = get(s.addr, &format!("/api/events/{id}")).json();
    assert_eq!(ev["id"], json!(id));
    let src = &ev["sources"][0];
    let text = src["text"].as_str().unwrap();
    let evidence = src["evidence"].as_array().unwrap();
    assert!(!evidence.is_empty());
    for e in evidence {
        let (a, b) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(e["text"].as_str().unwrap(), &text[a..b]);
        let sentence = e["sentence"].as_str().unwrap();
        assert!(
            sentence.contains(e["text"].as_str().unwrap()),
            "{sentence:?} lacks {:?}",
            e["text"]
        );
        // UTF-16 offsets index the same words in a JavaScript string
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let (a16, b16) = (
            e["start16"].as_u64().unwrap() as usize,
            e["end16"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&utf16[a16..b16]).unwrap(),
            e["text"].as_str().unwrap()
        );
    }
    assert!(evidence.iter().any(|e| e["field"] == "place"));
}

#[test]
fn stats_places_and_openapi() {
    let s = demo(None);
    let day = get(s.addr, "/api/stats").json();
    assert_eq!(day["by"], "day");
    let rows = day["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .any(|r| r["oblast"] == "Kharkiv Oblast" && r["attacks"].as_u64().unwrap() > 0)
    );
    let week = get(s.addr, "/api/stats?by=week&oblast=Kharkiv").json();
    assert!(
        week["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["oblast"] == "Kharkiv Oblast")
    );
    let p = get(s.addr, "/api/places?q=Kharkov").json();
    assert!(
        p["places"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "Kharkiv"),
        "{p}"
    );
    let o = get(s.addr, "/api/openapi.json").json();
    for path in [
        "/api/events",
        "/api/events/{id}",
        "/api/stats",
        "/api/places",
        "/api/export",
        "/api/reports",
    ] {
        assert!(o["paths"][path].is_object(), "openapi lacks {path}");
    }
    let g = get(s.addr, "/api/oblasts.geojson").json();
    assert_eq!(g["features"].as_array().unwrap().len(), 27);
}

#[test]
fn exports_stream_every_format() {
    let s = demo(None);
    let n = get(s.addr, "/api/events?limit=500").json()["events"]
        .as_array()
        .unwrap()
        .len();
    let g = get(s.addr, "/api/export?format=geojson");
    assert_eq!(g.status, 200);
    assert_eq!(g.header("content-type"), Some("application/geo+json"));
    assert_eq!(
        g.header("transfer-encoding"),
        Some("chunked"),
        "export not streamed"
    );
    assert_eq!(g.json()["features"].as_array().unwrap().len(), n);
    let c = get(s.addr, "/api/export?format=acled-csv");
    assert!(c.text().starts_with("event_id_cnty,event_date,"));
    assert_eq!(c.text().lines().count(), n + 1);
    let j = get(s.addr, "/api/export?format=jsonl&oblast=kharkiv");
    assert!(j.text().lines().all(
        |l| serde_json::from_str::<serde_json::Value>(l).unwrap()["place"]["admin1"]
            == "Kharkiv Oblast"
    ));
}

const REPORT: &str =
    "Russian forces shelled Nikopol <script>alert(1)</script> overnight, killing two people.";

#[test]
fn writes_are_disabled_without_a_token() {
    let s = demo(None);
    let body = json!({"text": REPORT, "published": "2024-03-05"}).to_string();
    assert_json_error(
        &request(
            s.addr,
            "POST",
            "/api/reports",
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        ),
        403,
    );
    let r = request(
        s.addr,
        "POST",
        "/api/reports",
        &[("Authorization", "Bearer anything")],
        body.as_bytes(),
    );
    assert_json_error(&r, 403);
}

#[test]
fn posting_a_report_needs_the_token_and_is_idempotent() {
    let s = demo(Some("sekrit"));
    let auth = ("Authorization", "Bearer sekrit");
    let json_ct = ("Content-Type", "application/json");
    let body =
        json!({"text": REPORT, "published": "2024-03-05", "source": "test-outlet"}).to_string();
    assert_json_error(
        &request(s.addr, "POST", "/api/reports", &[json_ct], body.as_bytes()),
        401,
    );
    assert_json_error(
        &request(
            s.addr,
            "POST",
            "/api/reports",
            &[json_ct, ("Authorization", "Bearer wrong")],
            body.as_bytes(),
        ),
        401,
    );
    let r = request(
        s.addr,
        "POST",
        "/api/reports",
        &[json_ct, auth],
        body.as_bytes(),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let out = r.json();
    assert_eq!(out["articles"], 1);
    let id = out["event_ids"][0].as_str().unwrap().to_string();
    let ev = get(s.addr, &format!("/api/events/{id}")).json();
    assert_eq!(ev["sources"][0]["path"], "test-outlet");
    // the text comes back verbatim, as JSON data (the dashboard shows it as text)
    assert!(
        ev["sources"][0]["text"]
            .as_str()
            .unwrap()
            .contains("<script>alert(1)</script>")
    );
    let again = request(
        s.addr,
        "POST",
        "/api/reports",
        &[json_ct, auth],
        body.as_bytes(),
    );
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["skipped"], 1);
    // text/plain with query parameters
    let r = request(
        s.addr,
        "POST",
        "/api/reports?published=2024-03-06&source=plain",
        &[("Content-Type", "text/plain"), auth],
        b"Russian drones struck Kherson overnight, injuring three people.",
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

#[test]
fn malformed_writes_get_json_4xx_never_500() {
    let s = demo(Some("sekrit"));
    let auth = ("Authorization", "Bearer sekrit");
    let json_ct = ("Content-Type", "application/json");
    let cases: Vec<(Vec<(&str, &str)>, Vec<u8>)> = vec![
        (vec![json_ct, auth], b"{not json".to_vec()),
        (vec![json_ct, auth], b"".to_vec()),
        (vec![json_ct, auth], b"[1,2,3]".to_vec()),
        (vec![json_ct, auth], br#"{"text": 5}"#.to_vec()),
        (vec![json_ct, auth], br#"{"text": "   "}"#.to_vec()),
        (
            vec![json_ct, auth],
            br#"{"text": "x", "published": "March"}"#.to_vec(),
        ),
        (
            vec![json_ct, auth],
            br#"{"text": "x", "extra": 1}"#.to_vec(),
        ),
        (
            vec![json_ct, auth],
            format!(r#"{{"text": "x", "source": "{}"}}"#, "s".repeat(300)).into_bytes(),
        ),
        (
            vec![("Content-Type", "text/plain"), auth],
            vec![0xff, 0xfe, 0x41],
        ),
    ];
    for (headers, body) in cases {
        let r = request(s.addr, "POST", "/api/reports", &headers, &body);
        assert_json_error(&r, 400);
    }
    // over the body limit (64 KiB in these tests)
    let big = json!({"text": "a".repeat(100 * 1024)}).to_string();
    let r = request(
        s.addr,
        "POST",
        "/api/reports",
        &[json_ct, auth],
        big.as_bytes(),
    );
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.text().contains("error"), "{}", r.text());
    // wrong method
    let r = request(s.addr, "DELETE", "/api/reports", &[auth], b"");
    assert!(r.status == 405 || r.status == 404, "{}", r.status);
}

#[test]
fn dashboard_is_served_self_contained() {
    let s = demo(None);
    let page = get(s.addr, "/");
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-security-policy")
            .unwrap()
            .contains("script-src 'self'")
    );
    let html = page.text();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the page must not load anything from outside"
    );
    for asset in ["/app.js", "/app.css"] {
        let r = get(s.addr, asset);
        assert_eq!(r.status, 200);
        assert!(!r.text().contains("https://"), "{asset} loads from outside");
    }
    // report text is never put into the page as HTML
    assert!(!get(s.addr, "/app.js").text().contains("innerHTML"));
}
