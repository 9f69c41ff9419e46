//! Exports: ACLED-compatible CSV, GeoJSON (RFC 7946) and JSON lines.
//!
//! * [`acled_csv`] writes ACLED's columns with values in ACLED's vocabulary, one row
//!   per canonical event. So that summing `fatalities` never double counts, an area
//!   event carries only the fatalities its nested incidents do not already carry
//!   (its total minus theirs, at least 0); its full total is in `tags`
//!   (`area total fatalities=N`). An unknown number of fatalities is written as 0 with
//!   the tag `fatalities=no report`, as ACLED does. `notes` is one sentence generated
//!   from the event's fields.
//! * [`geojson`] writes one `FeatureCollection`: each event is a `Point` feature with
//!   coordinates `[longitude, latitude]` (WGS84, as RFC 7946 requires); an event whose
//!   place could not be resolved has `"geometry": null`, never a made-up point.
//! * [`jsonl`] writes one JSON object per canonical event with every source's own
//!   values and evidence, each evidence span with the words it covers.

use crate::query::{EventFilter, StoredEvent};
use crate::{Store, StoreError};
use serde_json::json;
use std::collections::HashMap;
use std::io::Write;

/// ACLED's columns, in ACLED's order.
pub const ACLED_COLUMNS: [&str; 29] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// ISO 3166 alpha-2 → (alpha-3, numeric, ACLED country name, ACLED region).
fn country(code: &str) -> (&'static str, u32, &'static str, &'static str) {
    match code {
        "RU" => ("RUS", 643, "Russia", "Europe"),
        "BY" => ("BLR", 112, "Belarus", "Europe"),
        "MD" => ("MDA", 498, "Moldova", "Europe"),
        "PL" => ("POL", 616, "Poland", "Europe"),
        "RO" => ("ROU", 642, "Romania", "Europe"),
        _ => ("UKR", 804, "Ukraine", "Europe"),
    }
}

/// An actor name of ours → ACLED's actor name and its `inter` category.
fn acled_actor(name: &str) -> (String, &'static str) {
    match name {
        "Russian forces" => ("Military Forces of Russia (2000-)".into(), "State forces"),
        "Ukrainian forces" => ("Military Forces of Ukraine (2019-)".into(), "State forces"),
        other => (other.to_string(), "External/Other forces"),
    }
}

/// ACLED's admin1 spelling: "Kherson Oblast" → "Kherson", Kyiv city → "Kyiv City".
fn acled_admin1(admin1: &str) -> String {
    match admin1 {
        "Kyiv" => "Kyiv City".into(),
        "Sevastopol" => "Sevastopol".into(),
        "Autonomous Republic of Crimea" => "Crimea".into(),
        a => a.strip_suffix(" Oblast").unwrap_or(a).to_string(),
    }
}

const CIVILIAN_TARGETS: &[&str] = &[
    "residential",
    "house",
    "apartment_building",
    "education",
    "healthcare",
    "religious",
    "commercial",
    "cultural",
    "vehicle",
];

fn weapon_words(w: &str) -> &str {
    match w {
        "mlrs" => "MLRS",
        "guided_bomb" => "guided bombs",
        "drone" => "drones",
        "mortar" => "mortars",
        "tank" => "tanks",
        "missile" => "missiles",
        "small_arms" => "small arms",
        "explosive" => "explosives",
        w => w,
    }
}

fn target_words(t: &str) -> String {
    match t {
        "house" => "houses".into(),
        "apartment_building" => "apartment buildings".into(),
        "residential" => "residential areas".into(),
        "education" => "educational facilities".into(),
        "healthcare" => "healthcare facilities".into(),
        "government" => "government buildings".into(),
        "religious" => "religious buildings".into(),
        "vehicle" => "vehicles".into(),
        "other" => "other property".into(),
        "commercial" => "commercial premises".into(),
        "industrial" => "industrial facilities".into(),
        t => t.replace('_', " "),
    }
}

fn list_words(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

fn range_words(min: Option<u32>, max: Option<u32>) -> Option<String> {
    match (min, max) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}-{b}")),
        (Some(a), _) => Some(a.to_string()),
        _ => None,
    }
}

/// A one-sentence summary of an event, generated from its fields only.
///
/// ```
/// # use sitrep_store::query::StoredEvent;
/// // e.g. "On 2023-01-10, Russian forces shelled Kherson (Kherson Oblast) 12 times
/// // using artillery and MLRS, hitting houses; 2 people were killed and 3 injured
/// // (2 sources)."
/// ```
pub fn notes(ev: &StoredEvent) -> String {
    let mut s = String::new();
    match (&ev.start, &ev.end) {
        (Some(a), Some(b)) if a != b => s.push_str(&format!("Between {a} and {b}, ")),
        (Some(a), _) | (None, Some(a)) => s.push_str(&format!("On {a}, ")),
        _ => s.push_str("On an unstated date, "),
    }
    let who = ev
        .actor
        .clone()
        .unwrap_or_else(|| "unidentified forces".into());
    let place = match (&ev.place, &ev.admin1) {
        (Some(p), Some(a)) if p != a => format!("{p} ({a})"),
        (Some(p), _) => p.clone(),
        (None, Some(a)) => a.clone(),
        _ => "an unstated place".into(),
    };
    let air = ev
        .weapons
        .iter()
        .any(|w| ["drone", "missile", "aircraft", "guided_bomb"].contains(&w.as_str()));
    match ev.kind.as_str() {
        "attack" => s.push_str(&format!(
            "{who} {} {place}",
            if air { "struck" } else { "shelled" }
        )),
        "clash" => s.push_str(&format!("{who} fought near {place}")),
        "meeting" => s.push_str(&format!("officials met in {place}")),
        "agreement" => s.push_str(&format!("an agreement was reached in {place}")),
        _ => s.push_str(&format!("a statement was made concerning {place}")),
    }
    if let Some(c) = range_words(ev.range("count").min, ev.range("count").max) {
        s.push_str(&format!(" {c} time{}", if c == "1" { "" } else { "s" }));
    }
    if !ev.weapons.is_empty() {
        let w: Vec<String> = ev
            .weapons
            .iter()
            .map(|w| weapon_words(w).to_string())
            .collect();
        s.push_str(&format!(" using {}", list_words(&w)));
    }
    if !ev.targets.is_empty() {
        let t: Vec<String> = ev.targets.iter().map(|t| target_words(t)).collect();
        s.push_str(&format!(", hitting {}", list_words(&t)));
    }
    let k = ev.range("killed");
    let i = ev.range("injured");
    match (range_words(k.min, k.max), range_words(i.min, i.max)) {
        (Some(k), Some(i)) if k == "0" && i == "0" => s.push_str("; no casualties were reported"),
        (Some(k), Some(i)) => s.push_str(&format!("; {k} killed and {i} injured")),
        (Some(k), None) => s.push_str(&format!("; {k} killed")),
        (None, Some(i)) => s.push_str(&format!("; {i} injured")),
        _ => {}
    }
    if ev.n_sources > 1 {
        s.push_str(&format!(" ({} sources)", ev.n_sources));
    }
    s.push('.');
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

/// Sum of the nested incidents' lowest killed figures, per area event row id.
fn nested_killed(store: &Store) -> Result<HashMap<i64, u64>, StoreError> {
    let mut st = store.conn.prepare(
        "SELECT part_of, TOTAL(killed_min) FROM events WHERE part_of IS NOT NULL GROUP BY part_of",
    )?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)? as u64))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Writes the events matching `filter` as ACLED-compatible CSV.
pub fn acled_csv(
    store: &Store,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let nested = nested_killed(store)?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(ACLED_COLUMNS)?;
    let mut n = 0;
    store.scan(filter, true, |ev| {
        w.write_record(acled_row(&ev, nested.get(&ev.rowid).copied()))?;
        n += 1;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}

fn acled_row(ev: &StoredEvent, nested_killed: Option<u64>) -> Vec<String> {
    let (iso3, iso, country_name, region) = country(ev.country.as_deref().unwrap_or("UA"));
    let date = ev.day.clone().unwrap_or_default();
    let days = match (&ev.start, &ev.end) {
        (Some(a), Some(b)) => match (
            a.parse::<jiff::civil::Date>(),
            b.parse::<jiff::civil::Date>(),
        ) {
            (Ok(a), Ok(b)) => (b - a).get_days().abs(),
            _ => 0,
        },
        _ => 0,
    };
    let time_precision = if days <= 1 {
        1
    } else if days <= 7 {
        2
    } else {
        3
    };
    let violent = matches!(ev.kind.as_str(), "attack" | "clash");
    let disorder = if violent {
        "Political violence"
    } else {
        "Strategic developments"
    };
    let (actor1, inter1) = match &ev.actor {
        Some(a) => acled_actor(a),
        None => (String::new(), ""),
    };
    let killed = ev.range("killed");
    let civilian = ev.kind == "attack"
        && (ev
            .targets
            .iter()
            .any(|t| CIVILIAN_TARGETS.contains(&t.as_str()))
            || killed.max.unwrap_or(0) > 0
            || ev.range("injured").max.unwrap_or(0) > 0);
    let (actor2, inter2) = if civilian {
        (format!("Civilians ({country_name})"), "Civilians")
    } else if ev.kind == "clash" {
        match ev.actor.as_deref() {
            Some("Russian forces") => (
                "Military Forces of Ukraine (2019-)".to_string(),
                "State forces",
            ),
            Some("Ukrainian forces") => (
                "Military Forces of Russia (2000-)".to_string(),
                "State forces",
            ),
            _ => (String::new(), ""),
        }
    } else {
        (String::new(), "")
    };
    let interaction = match (inter1, inter2) {
        ("", _) => String::new(),
        (a, "") => format!("{a} only"),
        (a, b) => format!("{a}-{b}"),
    };
    let geo_precision = match ev.precision.as_deref() {
        Some("settlement") => "1",
        Some("hromada" | "raion") => "2",
        Some(_) => "3",
        None => "",
    };
    let mut tags: Vec<String> = Vec::new();
    let fatalities = match killed.min {
        None if nested_killed.is_some() && ev.scope == "area" => 0,
        None => {
            tags.push("fatalities=no report".into());
            0
        }
        Some(k) => {
            if let (Some(n), "area") = (nested_killed, ev.scope.as_str()) {
                tags.push(format!("area total fatalities={k}"));
                (k as u64).saturating_sub(n) as u32
            } else {
                k
            }
        }
    };
    if let (Some(a), Some(b)) = (killed.min, killed.max)
        && a != b
    {
        tags.push(format!("fatalities range={a}-{b}"));
    }
    if ev.scope == "area" {
        tags.push("area aggregate".into());
    }
    let mut sources: Vec<String> = Vec::new();
    for s in &ev.sources {
        // the outlet when known, else who the text says reported it, else the file
        let label = s
            .outlet
            .clone()
            .or_else(|| {
                s.event
                    .source
                    .as_ref()
                    .and_then(|src| src.role.clone().or(src.name.clone()))
            })
            .unwrap_or_else(|| s.path.rsplit('/').next().unwrap_or(&s.path).to_string());
        if !sources.contains(&label) {
            sources.push(label);
        }
    }
    let coord = |v: Option<f64>| v.map(|x| format!("{x:.4}")).unwrap_or_default();
    vec![
        format!("{iso3}{}", ev.uid.trim_start_matches("ev-").to_uppercase()),
        date.clone(),
        date.get(..4).unwrap_or("").to_string(),
        time_precision.to_string(),
        disorder.into(),
        ev.event_type.clone().unwrap_or_default(),
        ev.sub_event_type.clone().unwrap_or_default(),
        actor1,
        inter1.into(),
        actor2,
        inter2.into(),
        interaction,
        if civilian {
            "Civilian targeting".into()
        } else {
            String::new()
        },
        iso.to_string(),
        region.into(),
        country_name.into(),
        ev.admin1.as_deref().map(acled_admin1).unwrap_or_default(),
        ev.admin2.clone().unwrap_or_default(),
        ev.admin3.clone().unwrap_or_default(),
        ev.place.clone().unwrap_or_default(),
        coord(ev.lat),
        coord(ev.lon),
        geo_precision.into(),
        sources.join("; "),
        "Other".into(),
        notes(ev),
        fatalities.to_string(),
        tags.join("; "),
        ev.updated_at.to_string(),
    ]
}

/// Writes the events matching `filter` as one GeoJSON FeatureCollection.
pub fn geojson(
    store: &Store,
    filter: &EventFilter,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
    let mut n = 0u64;
    store.scan(filter, true, |ev| {
        let geometry = match (ev.lon, ev.lat) {
            (Some(lon), Some(lat)) => {
                json!({"type": "Point", "coordinates": [round6(lon), round6(lat)]})
            }
            _ => serde_json::Value::Null,
        };
        let k = ev.range("killed");
        let i = ev.range("injured");
        let c = ev.range("count");
        let feature = json!({
            "type": "Feature",
            "id": ev.uid,
            "geometry": geometry,
            "properties": {
                "id": ev.uid, "kind": ev.kind, "scope": ev.scope, "part_of": ev.part_of,
                "place": ev.place, "admin1": ev.admin1, "admin2": ev.admin2, "admin3": ev.admin3,
                "country": ev.country, "precision": ev.precision,
                "start": ev.start, "end": ev.end, "date": ev.day,
                "actor": ev.actor, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
                "count": c.min, "count_max": c.max, "killed": k.min, "killed_max": k.max,
                "injured": i.min, "injured_max": i.max,
                "weapons": ev.weapons.join(";"), "targets": ev.targets.join(";"),
                "n_sources": ev.n_sources,
                "sources": ev.sources.iter().map(|s| s.path.clone()).collect::<Vec<_>>().join(";"),
                "notes": notes(&ev),
            }
        });
        if n > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *out, &feature)?;
        n += 1;
        Ok(())
    })?;
    out.write_all(b"\n]}\n")?;
    Ok(n)
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Writes the events matching `filter` as JSON lines, with sources and evidence text.
pub fn jsonl(store: &Store, filter: &EventFilter, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut n = 0;
    let texts = |id: i64| store.article_text(id).ok().flatten();
    store.scan(filter, true, |ev| {
        serde_json::to_writer(&mut *out, &ev.to_json(Some(&texts)))?;
        out.write_all(b"\n")?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}
