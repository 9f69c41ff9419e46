//! Reading the store: filtered events and per-oblast statistics.
//!
//! Statistics never count a casualty twice: an incident nested under an area event
//! (`part_of`) is not added to it. For each top-level attack or clash event, a
//! number is the event's own value, or — when the event states none — the sum of
//! its nested incidents' values, never both. The value of a merged event is the
//! minimum over its sources; `killed_max`/`injured_max` sum the maxima the same way.

use crate::merge::{NUMBER_FIELDS, Range};
use crate::{Store, StoreError};
use rusqlite::types::Value;
use rusqlite::{Row, params_from_iter};
use serde_json::{Value as Json, json};
use sitrep_geo::fold;
use sitrep_model::Event;

/// Filters of [`Store::events`] and [`Store::stats`]; `None` means any.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    /// First day (inclusive, `YYYY-MM-DD`) an event's day may fall on.
    pub from: Option<String>,
    /// Last day (inclusive).
    pub to: Option<String>,
    /// Oblast: "Kherson", "kherson oblast", "Kherson Oblast" all match Kherson Oblast;
    /// "Kyiv" matches Kyiv city and Kyiv Oblast, "Kyiv Oblast" only the oblast.
    pub oblast: Option<String>,
    /// Place name, compared folded ("Kharkiv'" finds Kharkiv).
    pub place: Option<String>,
    /// Event kind (`attack`, `clash`, …).
    pub kind: Option<String>,
    /// A weapon of the controlled vocabulary that any source named.
    pub weapon: Option<String>,
    /// At least this many killed according to at least one source (`killed_max`).
    pub min_killed: Option<u32>,
    /// At most this many events (in day order).
    pub limit: Option<usize>,
}

/// Granularity of [`Store::stats`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    /// One row per oblast per day.
    #[default]
    Day,
    /// One row per oblast per ISO week (labelled by its Monday).
    Week,
}

/// Arguments of [`Store::stats`].
#[derive(Clone, Debug, Default)]
pub struct StatsQuery {
    /// Which events (kind is always attack or clash; `kind` narrows it further).
    pub filter: EventFilter,
    /// Day or week rows.
    pub period: Period,
}

/// One row of [`Store::stats`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct StatsRow {
    /// Oblast (admin1), or `(UA)` for nationwide events without one.
    pub oblast: String,
    /// The day, or the Monday of the week.
    pub period: String,
    /// Canonical attack and clash events, nested incidents included.
    pub events: u64,
    /// Of those, attacks.
    pub attacks: u64,
    /// Sum of stated attack counts (`count`), not double counted.
    pub count: u64,
    /// Killed (lowest reported figures), not double counted.
    pub killed: u64,
    /// Killed (highest reported figures).
    pub killed_max: u64,
    /// Injured (lowest reported figures), not double counted.
    pub injured: u64,
    /// Injured (highest reported figures).
    pub injured_max: u64,
}

/// One report of a canonical event: the article and what was extracted from it.
#[derive(Clone, Debug)]
pub struct SourceRef {
    /// Article row id.
    pub article_id: i64,
    /// File the article was read from.
    pub path: String,
    /// Article number in the file.
    pub ordinal: u32,
    /// Publication date of the article.
    pub published: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Address of the page or item, when known.
    pub url: Option<String>,
    /// Outlet or channel, when known.
    pub outlet: Option<String>,
    /// The event as extracted from this article (evidence relative to its text).
    pub event: Event,
}

/// A canonical (de-duplicated) event with its sources.
#[derive(Clone, Debug)]
pub struct StoredEvent {
    /// Row id.
    pub rowid: i64,
    /// Stable id.
    pub uid: String,
    /// Event kind.
    pub kind: String,
    /// `area` or `incident`.
    pub scope: String,
    /// Stable id of the area event this incident is nested under.
    pub part_of: Option<String>,
    /// Place name.
    pub place: Option<String>,
    /// Oblast.
    pub admin1: Option<String>,
    /// Raion.
    pub admin2: Option<String>,
    /// Hromada.
    pub admin3: Option<String>,
    /// ISO alpha-2 country.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Place precision.
    pub precision: Option<String>,
    /// First day.
    pub start: Option<String>,
    /// Last day.
    pub end: Option<String>,
    /// The day the event is counted on (end, else start).
    pub day: Option<String>,
    /// Attacker or party.
    pub actor: Option<String>,
    /// ACLED event type.
    pub event_type: Option<String>,
    /// ACLED sub-event type.
    pub sub_event_type: Option<String>,
    /// Weapons named by any source.
    pub weapons: Vec<String>,
    /// Targets named by any source.
    pub targets: Vec<String>,
    /// Ranges of count, munitions, intercepted, killed, injured, children_killed,
    /// children_injured ([`NUMBER_FIELDS`]) over the sources.
    pub numbers: [Range; 7],
    /// Number of sources.
    pub n_sources: u32,
    /// Unix seconds of the last source added.
    pub updated_at: i64,
    /// The sources (filled by [`Store::events`] and the exports).
    pub sources: Vec<SourceRef>,
}

impl StoredEvent {
    /// The range of a number by name (`"killed"`).
    pub fn range(&self, field: &str) -> Range {
        NUMBER_FIELDS
            .iter()
            .position(|f| *f == field)
            .map(|i| self.numbers[i])
            .unwrap_or_default()
    }

    /// The event as one JSON object: the canonical values (minimum of each number)
    /// plus `NAME_min`/`NAME_max` ranges, and its sources with their own values.
    pub fn to_json(&self, texts: Option<&dyn Fn(i64) -> Option<String>>) -> Json {
        let mut o = serde_json::Map::new();
        o.insert("id".into(), json!(self.uid));
        o.insert("kind".into(), json!(self.kind));
        o.insert("scope".into(), json!(self.scope));
        o.insert("part_of".into(), json!(self.part_of));
        o.insert("actor".into(), json!(self.actor));
        o.insert(
            "place".into(),
            json!({"name": self.place, "admin1": self.admin1, "admin2": self.admin2, "admin3": self.admin3,
                   "country": self.country, "lat": self.lat, "lon": self.lon, "precision": self.precision}),
        );
        o.insert("when".into(), json!({"start": self.start, "end": self.end}));
        for (i, f) in NUMBER_FIELDS.iter().enumerate() {
            let r = self.numbers[i];
            o.insert((*f).into(), json!(r.min));
            o.insert(format!("{f}_min"), json!(r.min));
            o.insert(format!("{f}_max"), json!(r.max));
        }
        o.insert("weapons".into(), json!(self.weapons));
        o.insert("targets".into(), json!(self.targets));
        o.insert(
            "acled".into(),
            json!({"event_type": self.event_type, "sub_event_type": self.sub_event_type}),
        );
        o.insert("n_sources".into(), json!(self.n_sources));
        let sources: Vec<Json> = self
            .sources
            .iter()
            .map(|s| {
                let e = &s.event;
                let mut evidence: Vec<Json> = Vec::new();
                let text = texts.and_then(|f| f(s.article_id));
                for ev in &e.evidence {
                    let mut item = json!({"field": ev.field, "start": ev.start, "end": ev.end});
                    if let Some(t) = &text {
                        item["text"] = json!(t.get(ev.start..ev.end).unwrap_or(""));
                    }
                    evidence.push(item);
                }
                json!({"article": s.article_id, "path": s.path, "ordinal": s.ordinal, "published": s.published, "url": s.url, "outlet": s.outlet,
                       "title": s.title, "extracted_id": e.id, "source": e.source, "when": e.when,
                       "count": e.count, "munitions": e.munitions, "intercepted": e.intercepted,
                       "killed": e.killed, "injured": e.injured, "children_killed": e.children_killed,
                       "children_injured": e.children_injured, "weapons": e.weapons, "targets": e.targets,
                       "damage": e.damage, "evidence": evidence})
            })
            .collect();
        o.insert("sources".into(), Json::Array(sources));
        Json::Object(o)
    }
}

/// The SQL columns [`row_to_event`] reads, on `events` aliased `e` and parent `p`.
pub(crate) const EVENT_COLUMNS: &str = "e.id, e.uid, e.kind, e.scope, p.uid, e.place, e.admin1, e.admin2, e.admin3, \
    e.country, e.lat, e.lon, e.precision, e.start, e.end, e.day, e.actor, e.event_type, e.sub_event_type, \
    e.weapons, e.targets, e.count_min, e.count_max, e.munitions_min, e.munitions_max, e.intercepted_min, \
    e.intercepted_max, e.killed_min, e.killed_max, e.injured_min, e.injured_max, e.children_killed_min, \
    e.children_killed_max, e.children_injured_min, e.children_injured_max, e.n_sources, e.updated_at";

pub(crate) fn row_to_event(r: &Row) -> rusqlite::Result<StoredEvent> {
    let list = |s: String| {
        s.split(';')
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let mut numbers = [Range::default(); 7];
    for (k, n) in numbers.iter_mut().enumerate() {
        *n = Range {
            min: r.get(21 + 2 * k)?,
            max: r.get(22 + 2 * k)?,
        };
    }
    Ok(StoredEvent {
        rowid: r.get(0)?,
        uid: r.get(1)?,
        kind: r.get(2)?,
        scope: r.get(3)?,
        part_of: r.get(4)?,
        place: r.get(5)?,
        admin1: r.get(6)?,
        admin2: r.get(7)?,
        admin3: r.get(8)?,
        country: r.get(9)?,
        lat: r.get(10)?,
        lon: r.get(11)?,
        precision: r.get(12)?,
        start: r.get(13)?,
        end: r.get(14)?,
        day: r.get(15)?,
        actor: r.get(16)?,
        event_type: r.get(17)?,
        sub_event_type: r.get(18)?,
        weapons: list(r.get(19)?),
        targets: list(r.get(20)?),
        numbers,
        n_sources: r.get(35)?,
        updated_at: r.get(36)?,
        sources: Vec::new(),
    })
}

/// Spellings an oblast filter may be stored under.
fn oblast_candidates(v: &str) -> Vec<String> {
    let v = v.trim();
    let title: String = v
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if w.eq_ignore_ascii_case("of") => {
                    format!("{f}{}", c.as_str()).to_lowercase()
                }
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = vec![v.to_string(), title.clone()];
    if !title.ends_with(" Oblast") {
        out.push(format!("{title} Oblast"));
    }
    out.sort();
    out.dedup();
    out
}

/// `WHERE` conditions on alias `t` for a filter, with their parameters.
fn conditions(
    f: &EventFilter,
    t: &str,
    sql: &mut String,
    args: &mut Vec<Value>,
) -> Result<(), StoreError> {
    if let Some(d) = &f.from {
        check_date(d)?;
        sql.push_str(&format!(" AND {t}.day >= ?"));
        args.push(Value::Text(d.clone()));
    }
    if let Some(d) = &f.to {
        check_date(d)?;
        sql.push_str(&format!(" AND {t}.day <= ?"));
        args.push(Value::Text(d.clone()));
    }
    if let Some(o) = &f.oblast {
        let c = oblast_candidates(o);
        sql.push_str(&format!(
            " AND {t}.admin1 IN ({})",
            vec!["?"; c.len()].join(",")
        ));
        args.extend(c.into_iter().map(Value::Text));
    }
    if let Some(p) = &f.place {
        // merge_key ends with "/<folded place>"; place is compared folded
        sql.push_str(&format!(
            " AND ({t}.place = ? COLLATE NOCASE OR {t}.merge_key LIKE ?)"
        ));
        args.push(Value::Text(p.clone()));
        args.push(Value::Text(format!("%/{}", fold(p))));
    }
    if let Some(k) = &f.kind {
        if !["attack", "clash", "meeting", "agreement", "statement"].contains(&k.as_str()) {
            return Err(StoreError::Invalid(format!(
                "unknown kind {k:?}: use attack, clash, meeting, agreement or statement"
            )));
        }
        sql.push_str(&format!(" AND {t}.kind = ?"));
        args.push(Value::Text(k.clone()));
    }
    if let Some(w) = &f.weapon {
        if sitrep_model::Weapon::parse(w).is_none() {
            let all: Vec<&str> = sitrep_model::Weapon::ALL
                .iter()
                .map(|w| w.as_str())
                .collect();
            return Err(StoreError::Invalid(format!(
                "unknown weapon {w:?}: use one of {}",
                all.join(", ")
            )));
        }
        sql.push_str(&format!(" AND {t}.weapons LIKE ?"));
        args.push(Value::Text(format!("%;{w};%")));
    }
    if let Some(k) = f.min_killed {
        sql.push_str(&format!(" AND {t}.killed_max >= ?"));
        args.push(Value::Integer(k as i64));
    }
    Ok(())
}

fn check_date(d: &str) -> Result<(), StoreError> {
    d.parse::<jiff::civil::Date>()
        .map(|_| ())
        .map_err(|_| StoreError::Invalid(format!("bad date {d:?}: use YYYY-MM-DD")))
}

impl Store {
    /// Canonical events matching `filter`, in day order, each with its sources.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let mut out = Vec::new();
        self.scan(filter, true, |ev| {
            out.push(ev);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f` on each canonical event matching `filter`, in day order (undated
    /// last), without holding them all in memory; with `sources`, each carries its
    /// sources.
    pub fn scan(
        &self,
        filter: &EventFilter,
        sources: bool,
        mut f: impl FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        // dated events in day order, then the undated: two queries, so that the day
        // index gives the order and a LIMIT stops the scan early instead of sorting
        // every matching row
        // the filter is checked even when nothing is to be read (LIMIT 0)
        conditions(filter, "e", &mut String::new(), &mut Vec::new())?;
        let mut remaining = filter.limit;
        for dated in [true, false] {
            if remaining == Some(0) {
                break;
            }
            let mut sql = format!(
                "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN events p ON p.id = e.part_of WHERE 1=1"
            );
            let mut args = Vec::new();
            conditions(filter, "e", &mut sql, &mut args)?;
            if dated {
                // walk the day index and let the oblast test filter (`+` keeps SQLite from
                // choosing the oblast index, which would make it sort every match)
                sql = sql.replace(" AND e.admin1 IN (", " AND +e.admin1 IN (");
                sql.push_str(" AND e.day IS NOT NULL ORDER BY e.day, e.id");
            } else {
                sql.push_str(" AND e.day IS NULL ORDER BY e.id");
            }
            if let Some(n) = remaining {
                sql.push_str(&format!(" LIMIT {n}"));
            }
            let found = self.scan_query(&sql, args, sources, &mut f)?;
            remaining = remaining.map(|n| n.saturating_sub(found));
        }
        Ok(())
    }

    fn scan_query(
        &self,
        sql: &str,
        args: Vec<Value>,
        sources: bool,
        f: &mut impl FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<usize, StoreError> {
        let mut found = 0;
        let mut st = self.conn.prepare(sql)?;
        let rows = st.query_map(params_from_iter(args), row_to_event)?;
        for row in rows {
            found += 1;
            let mut ev = row?;
            if sources {
                ev.sources = self.sources_of(ev.rowid)?;
            }
            f(ev)?;
        }
        Ok(found)
    }

    /// The sources of one canonical event, in ingest order.
    pub fn sources_of(&self, event: i64) -> Result<Vec<SourceRef>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.source_path, a.ordinal, a.published, a.title, s.data, a.url, a.outlet
             FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ?1 ORDER BY a.id",
        )?;
        let rows = st.query_map([event], |r| {
            Ok((
                (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get::<_, String>(5)?,
                ),
                (r.get(6)?, r.get(7)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((article_id, path, ordinal, published, title, data), (url, outlet)) = row?;
            out.push(SourceRef {
                article_id,
                path,
                ordinal,
                published,
                title,
                url,
                outlet,
                event: serde_json::from_str(&data)?,
            });
        }
        Ok(out)
    }

    /// The text of a stored article.
    pub fn article_text(&self, article: i64) -> Result<Option<String>, StoreError> {
        let mut st = self
            .conn
            .prepare_cached("SELECT text FROM articles WHERE id = ?1")?;
        let mut rows = st.query([article])?;
        Ok(match rows.next()? {
            Some(r) => Some(r.get(0)?),
            None => None,
        })
    }

    /// Attack and clash statistics per oblast per day or week, never double counted.
    pub fn stats(&self, q: &StatsQuery) -> Result<Vec<StatsRow>, StoreError> {
        let bucket = match q.period {
            Period::Day => "t.day",
            Period::Week => "date(t.day, 'weekday 0', '-6 days')",
        };
        let mut cond = String::new();
        let mut args = Vec::new();
        conditions(&q.filter, "t", &mut cond, &mut args)?;
        // nested incidents are summed per parent; only those of the selected parents count
        let sql = format!(
            "WITH top AS (
                SELECT t.id, COALESCE(t.admin1, '(' || COALESCE(t.country, '?') || ')') AS oblast, {bucket} AS period,
                       t.kind, t.count_min, t.killed_min, t.killed_max, t.injured_min, t.injured_max
                FROM events t
                WHERE t.part_of IS NULL AND t.kind IN ('attack', 'clash') AND t.day IS NOT NULL {cond}
             ),
             kids AS (
                SELECT c.part_of AS pid, COUNT(*) AS n, SUM(c.kind = 'attack') AS na, SUM(c.count_min) AS cnt,
                       SUM(c.killed_min) AS k, SUM(c.killed_max) AS kx, SUM(c.injured_min) AS i, SUM(c.injured_max) AS ix
                FROM events c WHERE c.part_of IN (SELECT id FROM top) GROUP BY c.part_of
             )
             SELECT top.oblast, top.period,
                    COUNT(*) + TOTAL(kids.n), SUM(top.kind = 'attack') + TOTAL(kids.na),
                    TOTAL(COALESCE(top.count_min, kids.cnt)),
                    TOTAL(COALESCE(top.killed_min, kids.k)), TOTAL(COALESCE(top.killed_max, kids.kx)),
                    TOTAL(COALESCE(top.injured_min, kids.i)), TOTAL(COALESCE(top.injured_max, kids.ix))
             FROM top LEFT JOIN kids ON kids.pid = top.id
             GROUP BY top.oblast, top.period ORDER BY top.oblast, top.period"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params_from_iter(args), |r| {
            let n = |i: usize| r.get::<_, f64>(i).map(|v| v as u64);
            Ok(StatsRow {
                oblast: r.get(0)?,
                period: r.get(1)?,
                events: n(2)?,
                attacks: n(3)?,
                count: n(4)?,
                killed: n(5)?,
                killed_max: n(6)?,
                injured: n(7)?,
                injured_max: n(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
