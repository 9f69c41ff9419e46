//! The store through its public API: idempotence, atomic batches, migrations,
//! de-duplication on fixture pairs written in different words, statistics without
//! double counting, and the exports.

use sitrep_extract::Extractor;
use sitrep_model::{Event, Kind, Place, Scope, When};
use sitrep_store::{ArticleInput, EventFilter, Period, StatsQuery, Store, StoreError};
use std::path::PathBuf;
use std::sync::OnceLock;

const PUBLISHED: &str = "2023-03-14";

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builtin().expect("built-in lexicons"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A one-article fixture file as the CLI would hand it to the store.
fn article(name: &str) -> ArticleInput {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let events = extractor().extract(&text, name, Some(PUBLISHED.parse().unwrap()));
    ArticleInput::new(name, 1, Some(PUBLISHED), &text, events)
}

fn store_with(names: &[&str]) -> Store {
    let mut s = Store::open_in_memory().unwrap();
    for n in names {
        s.ingest_batch(&[article(n)], None).unwrap();
    }
    s
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("t.db")
}

fn all(s: &Store) -> Vec<sitrep_store::StoredEvent> {
    s.events(&EventFilter::default()).unwrap()
}

// --- de-duplication --------------------------------------------------------

#[test]
fn same_strike_in_different_words_is_one_event_with_two_sources() {
    let s = store_with(&["nikopol.a.txt", "nikopol.b.txt"]);
    let evs = all(&s);
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let e = &evs[0];
    assert_eq!(e.place.as_deref(), Some("Nikopol"));
    assert_eq!(e.n_sources, 2);
    assert_eq!(e.sources.len(), 2);
    assert_eq!(
        (e.range("killed").min, e.range("killed").max),
        (Some(2), Some(2))
    );
    assert_eq!(
        (e.range("injured").min, e.range("injured").max),
        (Some(5), Some(5))
    );
    let paths: Vec<&str> = e.sources.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(paths, ["nikopol.a.txt", "nikopol.b.txt"]);
}

#[test]
fn differing_but_compatible_numbers_merge_and_keep_each_source_and_the_range() {
    let s = store_with(&["kherson.a.txt", "kherson.b.txt"]);
    let evs = all(&s);
    assert_eq!(evs.len(), 1, "{evs:#?}");
    let e = &evs[0];
    assert_eq!(
        (e.range("killed").min, e.range("killed").max),
        (Some(3), Some(4))
    );
    assert_eq!(
        (e.range("injured").min, e.range("injured").max),
        (Some(7), Some(9))
    );
    let per_source: Vec<(Option<u32>, Option<u32>)> = e
        .sources
        .iter()
        .map(|s| (s.event.killed, s.event.injured))
        .collect();
    assert_eq!(
        per_source,
        [(Some(3), Some(7)), (Some(4), Some(9))],
        "each source keeps its own numbers"
    );
    let json = e.to_json(None);
    assert_eq!(
        json["killed"], 3,
        "the canonical value is the lowest reported figure"
    );
    assert_eq!(json["killed_max"], 4);
}

#[test]
fn oblast_summaries_from_two_outlets_merge_with_their_nested_incidents() {
    let s = store_with(&["kharkiv.a.txt", "kharkiv.b.txt"]);
    let evs = all(&s);
    assert_eq!(evs.len(), 2, "one area event and one incident: {evs:#?}");
    let area = evs.iter().find(|e| e.scope == "area").unwrap();
    let inc = evs.iter().find(|e| e.scope == "incident").unwrap();
    assert_eq!(area.admin1.as_deref(), Some("Kharkiv Oblast"));
    assert_eq!(
        (area.range("count").min, area.range("count").max),
        (Some(31), Some(33))
    );
    assert_eq!(
        area.weapons,
        ["artillery", "drone", "mortar"],
        "weapons are the union over sources"
    );
    assert_eq!(inc.place.as_deref(), Some("Kupiansk"));
    assert_eq!(inc.part_of.as_deref(), Some(area.uid.as_str()));
    assert_eq!((area.n_sources, inc.n_sources), (2, 2));

    // totals never double counted: the two injured of Kupiansk are the area's two
    let rows = s.stats(&StatsQuery::default()).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let r = &rows[0];
    assert_eq!(
        (r.oblast.as_str(), r.period.as_str()),
        ("Kharkiv Oblast", "2023-03-14")
    );
    assert_eq!(
        (r.events, r.attacks, r.count, r.injured, r.killed),
        (2, 2, 31, 2, 0)
    );
}

#[test]
fn the_same_town_on_the_same_day_with_incompatible_numbers_stays_two_events() {
    let s = store_with(&["distinct.a.txt", "distinct.b.txt"]);
    let evs = all(&s);
    assert_eq!(evs.len(), 2, "{evs:#?}");
    let killed: Vec<Option<u32>> = evs.iter().map(|e| e.range("killed").min).collect();
    assert_eq!(killed, [Some(1), Some(12)]);
}

#[test]
fn different_places_or_days_never_merge() {
    let s = store_with(&["nikopol.a.txt", "kherson.a.txt", "distinct.a.txt"]);
    assert_eq!(all(&s).len(), 3);
}

fn synthetic(id: &str, place: &str, day: &str, killed: Option<u32>) -> Event {
    let mut ev = Event::new(Kind::Attack, Scope::Incident, "x#1");
    ev.id = id.into();
    ev.place = Some(Place {
        name: place.into(),
        admin1: Some("Sumy Oblast".into()),
        ..Place::default()
    });
    ev.when = When {
        start: Some(day.into()),
        end: Some(day.into()),
        ..When::default()
    };
    ev.killed = killed;
    ev
}

#[test]
fn two_events_of_one_article_are_never_merged() {
    let mut s = Store::open_in_memory().unwrap();
    let a = ArticleInput::new(
        "x.txt",
        1,
        None,
        "two strikes",
        vec![
            synthetic("e1", "Sumy", "2023-01-02", Some(1)),
            synthetic("e2", "Sumy", "2023-01-02", Some(1)),
        ],
    );
    let r = s.ingest_batch(&[a], None).unwrap();
    assert_eq!((r.events, r.merged), (2, 0));
}

#[test]
fn ranges_do_not_creep_by_chaining_compatible_values() {
    // 2 ~ 4 and 4 ~ 6, but 2 and 6 are not compatible: the third report is another event
    let mut s = Store::open_in_memory().unwrap();
    for (i, k) in [2, 4, 6].into_iter().enumerate() {
        let a = ArticleInput::new(
            "x.txt",
            i as u32 + 1,
            None,
            &format!("report {i}"),
            vec![synthetic("e", "Sumy", "2023-01-02", Some(k))],
        );
        s.ingest_batch(&[a], None).unwrap();
    }
    let evs = all(&s);
    assert_eq!(evs.len(), 2);
    assert_eq!(
        (evs[0].range("killed").min, evs[0].range("killed").max),
        (Some(2), Some(4))
    );
}

#[test]
fn undated_events_are_never_merged() {
    let mut s = Store::open_in_memory().unwrap();
    for i in 0..2 {
        let mut ev = synthetic("e", "Sumy", "2023-01-02", Some(1));
        ev.when = When::default();
        s.ingest_batch(
            &[ArticleInput::new(
                "x.txt",
                i + 1,
                None,
                &format!("undated {i}"),
                vec![ev],
            )],
            None,
        )
        .unwrap();
    }
    assert_eq!(all(&s).len(), 2);
}

#[test]
fn spelling_variants_of_an_unresolved_place_merge() {
    // "Pysarivka" / "Pisarivka" and a doubled letter: one village, two outlets
    let mut s = Store::open_in_memory().unwrap();
    for (i, name) in ["Pysarivka", "Pisarivka", "Pissarivka"]
        .into_iter()
        .enumerate()
    {
        let a = ArticleInput::new(
            "x.txt",
            i as u32 + 1,
            None,
            &format!("report {i}"),
            vec![synthetic("e", name, "2023-01-02", Some(1))],
        );
        s.ingest_batch(&[a], None).unwrap();
    }
    assert_eq!(all(&s).len(), 1);
}

// --- idempotence and atomicity ---------------------------------------------

#[test]
fn reingesting_the_same_text_under_another_name_changes_nothing() {
    let mut s = store_with(&["nikopol.a.txt", "kharkiv.a.txt"]);
    let before = s.counts().unwrap();
    let mut again = article("nikopol.a.txt");
    again.source_path = "elsewhere/renamed.txt".into();
    // white space and typographic quotes differ: the normalised text is the same
    again.text = again.text.replace(' ', "  ").replace('\n', "\r\n");
    again.hash = sitrep_store::normalise::article_hash(&again.text);
    let r = s
        .ingest_batch(&[again, article("kharkiv.a.txt")], None)
        .unwrap();
    assert_eq!((r.articles, r.skipped, r.events, r.merged), (0, 2, 0, 0));
    assert_eq!(s.counts().unwrap(), before);
}

#[test]
fn a_failing_batch_leaves_nothing_behind() {
    let mut s = Store::open_in_memory().unwrap();
    s.connection()
        .execute_batch(
            "CREATE TRIGGER fail BEFORE INSERT ON articles WHEN NEW.source_path = 'bad.txt'
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
        )
        .unwrap();
    let mut bad = article("kherson.a.txt");
    bad.source_path = "bad.txt".into();
    let err = s
        .ingest_batch(&[article("nikopol.a.txt"), bad], None)
        .unwrap_err();
    assert!(err.to_string().contains("simulated failure"), "{err}");
    assert_eq!(
        s.counts().unwrap(),
        Default::default(),
        "the first article of the batch was rolled back too"
    );
}

// --- migrations --------------------------------------------------------------

#[test]
fn a_version_1_database_opens_with_this_binary_and_keeps_its_data() {
    let path = temp_db("migrate");
    {
        let old = Store::open_at_version(&path, 1).unwrap();
        assert_eq!(old.schema_version().unwrap(), 1);
        old.connection()
            .execute(
                "INSERT INTO articles(hash, source_path, ordinal, published, title, text, ingested_at)
                 VALUES ('abc', 'old.txt', 1, '2022-12-19', NULL, 'old text', '2022-12-20T00:00:00Z')",
                [],
            )
            .unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), sitrep_store::schema::latest());
    assert_eq!(s.counts().unwrap().articles, 1);
    s.ingest_batch(&[article("nikopol.a.txt")], None).unwrap();
    assert_eq!(s.counts().unwrap().articles, 2);
}

#[test]
fn a_version_4_database_gets_its_merge_keys_refolded() {
    let path = temp_db("rekey");
    {
        let mut old = Store::open_at_version(&path, 4).unwrap();
        let a = ArticleInput::new(
            "x.txt",
            1,
            None,
            "first report",
            vec![synthetic("e", "Pysarivka", "2023-01-02", Some(1))],
        );
        old.ingest_batch(&[a], None).unwrap();
        // the key as version 4 folded it (ASCII letters and digits only)
        old.connection()
            .execute("UPDATE events SET merge_key = 'sumyoblast/pysarivka'", [])
            .unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    let key: String = s
        .connection()
        .query_row("SELECT merge_key FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        key,
        format!(
            "{}/{}",
            sitrep_geo::fold("Sumy Oblast"),
            sitrep_geo::fold("Pisarivka")
        )
    );
    // a later report spelling it the other way joins the stored event
    let b = ArticleInput::new(
        "y.txt",
        1,
        None,
        "second report",
        vec![synthetic("e", "Pisarivka", "2023-01-02", Some(1))],
    );
    assert_eq!(s.ingest_batch(&[b], None).unwrap().merged, 1);
}

#[test]
fn a_database_from_a_newer_sitrep_is_refused() {
    let path = temp_db("too-new");
    {
        let s = Store::open(&path).unwrap();
        s.connection()
            .pragma_update(None, "user_version", 99)
            .unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("opened a database of a newer schema"),
    }
}

// --- queries -------------------------------------------------------------------

#[test]
fn event_filters() {
    let s = store_with(&[
        "nikopol.a.txt",
        "nikopol.b.txt",
        "kherson.a.txt",
        "kherson.b.txt",
        "kharkiv.a.txt",
        "distinct.a.txt",
    ]);
    let n = |f: EventFilter| s.events(&f).unwrap().len();
    assert_eq!(n(EventFilter::default()), 5);
    assert_eq!(
        n(EventFilter {
            oblast: Some("kherson".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            oblast: Some("Kharkiv Oblast".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        n(EventFilter {
            place: Some("nikopol".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            weapon: Some("artillery".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(EventFilter {
            min_killed: Some(3),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            from: Some("2023-03-14".into()),
            ..Default::default()
        }),
        3
    );
    assert_eq!(
        n(EventFilter {
            to: Some("2023-03-13".into()),
            kind: Some("attack".into()),
            ..Default::default()
        }),
        2
    );
    assert!(
        s.events(&EventFilter {
            weapon: Some("laser".into()),
            ..Default::default()
        })
        .is_err()
    );
}

#[test]
fn weekly_stats_label_the_monday() {
    let s = store_with(&["kherson.a.txt", "nikopol.a.txt"]);
    let rows = s
        .stats(&StatsQuery {
            period: Period::Week,
            ..Default::default()
        })
        .unwrap();
    assert!(rows.iter().all(|r| r.period == "2023-03-13"), "{rows:?}");
    assert_eq!(rows.iter().map(|r| r.killed).sum::<u64>(), 5);
}

// --- exports ---------------------------------------------------------------------

#[test]
fn geojson_is_rfc7946_with_longitude_first() {
    let s = store_with(&["nikopol.a.txt", "nikopol.b.txt", "kharkiv.a.txt"]);
    let mut buf = Vec::new();
    let n = sitrep_store::export::geojson(&s, &EventFilter::default(), &mut buf).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&buf).expect("valid JSON");
    assert_eq!(v["type"], "FeatureCollection");
    assert!(v.get("crs").is_none(), "RFC 7946 has no crs member");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len() as u64, n);
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert!(f["properties"].is_object());
        let g = &f["geometry"];
        if g.is_null() {
            continue;
        }
        assert_eq!(g["type"], "Point");
        let c = g["coordinates"].as_array().unwrap();
        assert_eq!(c.len(), 2);
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
    }
    let nikopol = features
        .iter()
        .find(|f| f["properties"]["place"] == "Nikopol")
        .unwrap();
    let c = &nikopol["geometry"]["coordinates"];
    // Nikopol is at about 47.57 N, 34.40 E: longitude first
    assert!(
        (c[0].as_f64().unwrap() - 34.4).abs() < 0.3 && (c[1].as_f64().unwrap() - 47.57).abs() < 0.3,
        "{c}"
    );
    assert_eq!(nikopol["properties"]["n_sources"], 2);
}

#[test]
fn acled_csv_has_acleds_columns_and_vocabulary() {
    let s = store_with(&[
        "kherson.a.txt",
        "kherson.b.txt",
        "kharkiv.a.txt",
        "kharkiv.b.txt",
    ]);
    let mut buf = Vec::new();
    sitrep_store::export::acled_csv(&s, &EventFilter::default(), &mut buf).unwrap();
    let mut r = csv::Reader::from_reader(buf.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, sitrep_store::export::ACLED_COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let col = |row: &csv::StringRecord, name: &str| {
        row[header.iter().position(|h| h == name).unwrap()].to_string()
    };
    let kherson = rows
        .iter()
        .find(|r| col(r, "location") == "Kherson")
        .unwrap();
    assert_eq!(col(kherson, "event_date"), "2023-03-13");
    assert_eq!(col(kherson, "year"), "2023");
    assert_eq!(col(kherson, "time_precision"), "1");
    assert_eq!(col(kherson, "disorder_type"), "Political violence");
    assert_eq!(col(kherson, "event_type"), "Explosions/Remote violence");
    assert_eq!(col(kherson, "country"), "Ukraine");
    assert_eq!(col(kherson, "iso"), "804");
    assert_eq!(col(kherson, "admin1"), "Kherson");
    assert_eq!(col(kherson, "geo_precision"), "1");
    assert_eq!(
        col(kherson, "fatalities"),
        "3",
        "ACLED records the lowest reported figure"
    );
    assert!(col(kherson, "tags").contains("fatalities range=3-4"));
    assert_eq!(col(kherson, "civilian_targeting"), "Civilian targeting");
    assert_eq!(col(kherson, "actor2"), "Civilians (Ukraine)");
    let notes = col(kherson, "notes");
    assert!(
        notes.ends_with('.') && notes.matches(". ").count() == 0,
        "one sentence: {notes}"
    );
    assert!(
        notes.contains("Kherson") && notes.contains("3-4 killed"),
        "{notes}"
    );
    assert!(
        col(kherson, "latitude").starts_with("46.6")
            && col(kherson, "longitude").starts_with("32.6")
    );
    // the Kharkiv area event's injured are its nested incident's: fatalities add up
    let sum: u32 = rows
        .iter()
        .map(|r| col(r, "fatalities").parse::<u32>().unwrap())
        .sum();
    assert_eq!(sum, 3);
}

#[test]
fn jsonl_export_shows_each_sources_evidence_words() {
    let s = store_with(&["kherson.a.txt", "kherson.b.txt"]);
    let mut buf = Vec::new();
    sitrep_store::export::jsonl(&s, &EventFilter::default(), &mut buf).unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(buf)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    let sources = lines[0]["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    let place_words: Vec<&str> = sources
        .iter()
        .map(|s| {
            s["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["field"] == "place")
                .unwrap()["text"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(place_words, ["Kherson", "Kherson"]);
    assert_eq!(sources[1]["killed"], 4);
}
