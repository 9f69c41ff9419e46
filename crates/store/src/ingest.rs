//! Writing batches of articles and their events, merging duplicates.

use crate::merge::{self, NUMBER_FIELDS, Range};
use crate::normalise::article_hash;
use crate::{Store, StoreError, now};
use rusqlite::{OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};
use sitrep_model::{Event, Scope};
use std::collections::HashMap;

/// One article to store: its text and the events extracted from it.
///
/// The events' `evidence` offsets must be byte offsets into `text` (the CLI rebases
/// the extractor's file offsets by the article's start).
#[derive(Clone, Debug)]
pub struct ArticleInput {
    /// File the article was read from.
    pub source_path: String,
    /// Article number in that file, 1-based.
    pub ordinal: u32,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Headline, when the article has one.
    pub title: Option<String>,
    /// Address of the page or item, when known.
    pub url: Option<String>,
    /// The outlet or channel that published it, when known.
    pub outlet: Option<String>,
    /// The article's text as read.
    pub text: String,
    /// [`crate::normalise::article_hash`] of `text`.
    pub hash: String,
    /// Events the extractor found in the article.
    pub events: Vec<Event>,
}

impl ArticleInput {
    /// An article with its hash computed from `text`.
    pub fn new(
        source_path: &str,
        ordinal: u32,
        published: Option<&str>,
        text: &str,
        events: Vec<Event>,
    ) -> Self {
        ArticleInput {
            source_path: source_path.to_string(),
            ordinal,
            published: published.map(str::to_string),
            title: None,
            url: None,
            outlet: None,
            hash: article_hash(text),
            text: text.to_string(),
            events,
        }
    }
}

/// What one batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchReport {
    /// New articles stored.
    pub articles: u64,
    /// Articles already present (same normalised text), left unchanged.
    pub skipped: u64,
    /// New canonical events.
    pub events: u64,
    /// Extracted events merged into an existing canonical event of another article.
    pub merged: u64,
}

impl BatchReport {
    /// Adds another report's figures to this one.
    pub fn add(&mut self, o: &BatchReport) {
        self.articles += o.articles;
        self.skipped += o.skipped;
        self.events += o.events;
        self.merged += o.merged;
    }
}

/// A canonical event as de-duplication needs it.
struct Canonical {
    id: i64,
    part_of: Option<i64>,
    ranges: [Range; 7],
}

impl Store {
    /// Starts an ingest run in the `ingest_runs` log and returns its id.
    pub fn start_run(&mut self) -> Result<i64, StoreError> {
        self.conn
            .execute("INSERT INTO ingest_runs(started_at) VALUES (?1)", [now().0])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records the end of an ingest run.
    pub fn finish_run(
        &mut self,
        run: i64,
        files: u64,
        failed: u64,
        totals: &BatchReport,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE ingest_runs SET finished_at=?2, files=?3, failed=?4, articles=?5, skipped=?6, events=?7, merged=?8 WHERE id=?1",
            params![run, now().0, files as i64, failed as i64, totals.articles as i64, totals.skipped as i64, totals.events as i64, totals.merged as i64],
        )?;
        Ok(())
    }

    /// Stores a batch of articles in one transaction: all of it or nothing.
    ///
    /// Articles whose hash is already stored are skipped (idempotence); each event
    /// of a new article is merged into a matching canonical event ([`crate::merge`])
    /// or stored as a new one.
    pub fn ingest_batch(
        &mut self,
        batch: &[ArticleInput],
        run: Option<i64>,
    ) -> Result<BatchReport, StoreError> {
        let tx = self.conn.transaction()?;
        let mut report = BatchReport::default();
        let (ingested_at, unix) = now();
        for article in batch {
            write_article(&tx, article, run, &ingested_at, unix, &mut report)?;
        }
        tx.commit()?;
        Ok(report)
    }
}

fn write_article(
    tx: &Transaction,
    a: &ArticleInput,
    run: Option<i64>,
    ingested_at: &str,
    unix: i64,
    report: &mut BatchReport,
) -> Result<(), StoreError> {
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO articles(hash, source_path, ordinal, published, title, text, ingested_at, run_id, url, outlet)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![a.hash, a.source_path, a.ordinal, a.published, a.title, a.text, ingested_at, run, a.url, a.outlet])?;
    if inserted == 0 {
        report.skipped += 1;
        return Ok(());
    }
    report.articles += 1;
    let article_id = tx.last_insert_rowid();

    // parents (area events) first, so an incident's part_of can be mapped
    let mut order: Vec<usize> = (0..a.events.len()).collect();
    order.sort_by_key(|&i| (a.events[i].scope != Scope::Area, i));
    let mut canonical_of: HashMap<&str, i64> = HashMap::new();
    for i in order {
        let ev = &a.events[i];
        let parent = ev
            .part_of
            .as_deref()
            .and_then(|p| canonical_of.get(p).copied());
        let key = merge::merge_key(ev);
        let target = match &key {
            Some(k) => find_match(tx, ev, k, article_id)?,
            None => None,
        };
        let id = match target {
            Some(c) => {
                merge_into(tx, &c, ev, parent, unix)?;
                report.merged += 1;
                c.id
            }
            None => {
                let uid = event_uid(&a.hash, i);
                let id = insert_event(tx, ev, &uid, key.as_deref(), parent, unix)?;
                report.events += 1;
                id
            }
        };
        canonical_of.insert(ev.id.as_str(), id);
        tx.prepare_cached("INSERT INTO event_sources(event_id, article_id, local_id, data) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![id, article_id, ev.id, serde_json::to_string(ev)?])?;
    }
    Ok(())
}

/// A stable event id: the article's hash and the event's position in it.
fn event_uid(article_hash: &str, index: usize) -> String {
    let d = Sha256::digest(format!("{article_hash}:{index}").as_bytes());
    let mut s = String::from("ev-");
    for b in &d[..8] {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

const RANGE_COLUMNS: &str = "count_min, count_max, munitions_min, munitions_max, intercepted_min, intercepted_max, \
     killed_min, killed_max, injured_min, injured_max, children_killed_min, children_killed_max, \
     children_injured_min, children_injured_max";

fn find_match(
    tx: &Transaction,
    ev: &Event,
    key: &str,
    article_id: i64,
) -> Result<Option<Canonical>, StoreError> {
    let (Some(start), Some(end)) = (ev.when.start.as_deref(), ev.when.end.as_deref()) else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT id, part_of, {RANGE_COLUMNS} FROM events INDEXED BY events_merge_span
         WHERE kind = ?1 AND scope = ?2 AND merge_key = ?3 AND start <= ?4 AND start >= ?7 AND end >= ?5
           AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id AND s.article_id = ?6)
         ORDER BY start, id"
    );
    let mut st = tx.prepare_cached(&sql)?;
    let window = look_back(start);
    let mut rows = st.query(params![
        ev.kind.as_str(),
        scope_str(ev.scope),
        key,
        end,
        start,
        article_id,
        window
    ])?;
    let nums = merge::numbers(ev);
    while let Some(r) = rows.next()? {
        let mut ranges = [Range::default(); 7];
        for (k, range) in ranges.iter_mut().enumerate() {
            *range = Range {
                min: r.get(2 + 2 * k)?,
                max: r.get(3 + 2 * k)?,
            };
        }
        if ranges.iter().zip(nums).all(|(range, v)| range.accepts(v)) {
            return Ok(Some(Canonical {
                id: r.get(0)?,
                part_of: r.get(1)?,
                ranges,
            }));
        }
    }
    Ok(None)
}

/// The earliest start date a matching canonical event may have: `start` minus
/// [`merge::MAX_SPAN_DAYS`] (bounds the index scan; longer events are not merged).
fn look_back(start: &str) -> String {
    match start.parse::<jiff::civil::Date>() {
        Ok(d) => d
            .checked_sub(jiff::Span::new().days(merge::MAX_SPAN_DAYS))
            .map(|d| d.to_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

fn scope_str(s: Scope) -> &'static str {
    match s {
        Scope::Area => "area",
        Scope::Incident => "incident",
    }
}

/// `;a;b;` — a list stored so that `LIKE '%;a;%'` finds a member.
fn joined<I: IntoIterator<Item = String>>(items: I) -> String {
    let mut v: Vec<String> = items.into_iter().collect();
    v.sort();
    v.dedup();
    if v.is_empty() {
        String::new()
    } else {
        format!(";{};", v.join(";"))
    }
}

fn split(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(';').filter(|x| !x.is_empty()).map(str::to_string)
}

fn precision_str(ev: &Event) -> Option<String> {
    ev.place
        .as_ref()
        .and_then(|p| p.precision)
        .and_then(|p| serde_json::to_value(p).ok())
        .and_then(|v| v.as_str().map(String::from))
}

fn insert_event(
    tx: &Transaction,
    ev: &Event,
    uid: &str,
    key: Option<&str>,
    parent: Option<i64>,
    unix: i64,
) -> Result<i64, StoreError> {
    let p = ev.place.clone().unwrap_or_default();
    let day = ev.when.end.clone().or_else(|| ev.when.start.clone());
    let n = merge::numbers(ev).map(|v| v.map(i64::from));
    let sql = format!(
        "INSERT INTO events(uid, kind, scope, part_of, merge_key, place, admin1, admin2, admin3, country, lat, lon, precision,
            start, end, day, actor, event_type, sub_event_type, weapons, targets, {RANGE_COLUMNS}, n_sources, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
            ?22, ?22, ?23, ?23, ?24, ?24, ?25, ?25, ?26, ?26, ?27, ?27, ?28, ?28, 1, ?29)"
    );
    tx.prepare_cached(&sql)?.execute(params![
        uid,
        ev.kind.as_str(),
        scope_str(ev.scope),
        parent,
        key,
        ev.place.as_ref().map(|p| p.name.clone()),
        p.admin1,
        p.admin2,
        p.admin3,
        p.country,
        p.lat,
        p.lon,
        precision_str(ev),
        ev.when.start,
        ev.when.end,
        day,
        ev.actor.as_ref().map(|a| a.name.clone()),
        ev.acled.as_ref().map(|a| a.event_type.clone()),
        ev.acled.as_ref().map(|a| a.sub_event_type.clone()),
        joined(ev.weapons.iter().map(|w| w.as_str().to_string())),
        joined(ev.targets.iter().map(|t| t.as_str().to_string())),
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        n[6],
        unix,
    ])?;
    Ok(tx.last_insert_rowid())
}

fn merge_into(
    tx: &Transaction,
    c: &Canonical,
    ev: &Event,
    parent: Option<i64>,
    unix: i64,
) -> Result<(), StoreError> {
    let (weapons, targets): (String, String) = tx
        .prepare_cached("SELECT weapons, targets FROM events WHERE id = ?1")?
        .query_row([c.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or_default();
    let weapons = joined(split(&weapons).chain(ev.weapons.iter().map(|w| w.as_str().to_string())));
    let targets = joined(split(&targets).chain(ev.targets.iter().map(|t| t.as_str().to_string())));
    let mut sets = String::new();
    let mut values: Vec<Option<i64>> = Vec::new();
    for (k, v) in merge::numbers(ev).into_iter().enumerate() {
        let r = c.ranges[k].with(v);
        sets.push_str(&format!(
            ", {0}_min = ?{1}, {0}_max = ?{2}",
            NUMBER_FIELDS[k],
            11 + 2 * k,
            12 + 2 * k
        ));
        values.push(r.min.map(i64::from));
        values.push(r.max.map(i64::from));
    }
    let part_of = c.part_of.or(parent.filter(|&p| p != c.id));
    let p = ev.place.clone().unwrap_or_default();
    let sql = format!(
        "UPDATE events SET weapons = ?2, targets = ?3, part_of = ?4, n_sources = n_sources + 1, updated_at = ?5,
            precision = CASE WHEN lat IS NULL AND ?6 IS NOT NULL THEN ?10 ELSE precision END,
            lat = COALESCE(lat, ?6), lon = COALESCE(lon, ?7), admin2 = COALESCE(admin2, ?8), admin3 = COALESCE(admin3, ?9)
            {sets}
         WHERE id = ?1"
    );
    let mut st = tx.prepare_cached(&sql)?;
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![
        Box::new(c.id),
        Box::new(weapons),
        Box::new(targets),
        Box::new(part_of),
        Box::new(unix),
        Box::new(p.lat),
        Box::new(p.lon),
        Box::new(p.admin2),
        Box::new(p.admin3),
        Box::new(precision_str(ev)),
    ];
    args.extend(
        values
            .into_iter()
            .map(|v| Box::new(v) as Box<dyn rusqlite::ToSql>),
    );
    st.execute(rusqlite::params_from_iter(args.iter()))?;
    Ok(())
}
