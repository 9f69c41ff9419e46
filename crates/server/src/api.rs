//! The JSON API under `/api/`. Its contract is `openapi.json` beside this file.

use crate::{ApiError, AppState};
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use sitrep_store::{EventFilter, Period, StatsQuery, StoredEvent};
use std::collections::HashMap;
use std::io::Write;

/// Most events one `GET /api/events` page may hold.
pub const MAX_LIMIT: usize = 500;
/// Events per page when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Largest `offset` accepted (deeper pages: narrow the filters by date).
pub const MAX_OFFSET: usize = 1_000_000;

const OPENAPI: &str = include_str!("openapi.json");
const OBLASTS: &str = include_str!("../../../data/geo/ukraine_oblasts.geojson");

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/openapi.json",
            get(|| async { ([(header::CONTENT_TYPE, "application/json")], OPENAPI) }),
        )
        .route("/api/oblasts.geojson", get(oblasts))
        .route("/api/meta", get(meta))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/stats", get(stats))
        .route("/api/places", get(places))
        .route("/api/export", get(export))
        .route("/api/reports", post(post_report))
        .route(
            "/api/{*rest}",
            axum::routing::any(|| async {
                ApiError::not_found("no such API endpoint: see /api/openapi.json")
            }),
        )
}

type Params = Result<Query<HashMap<String, String>>, QueryRejection>;

/// The query parameters, refusing any not in `allowed` (a typo must not silently
/// widen a query).
fn params(q: Params, allowed: &[&str]) -> Result<HashMap<String, String>, ApiError> {
    let Query(map) =
        q.map_err(|e| ApiError::bad_request(format!("bad query string: {}", e.body_text())))?;
    if let Some(k) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!(
            "unknown parameter {k:?}: use {}",
            allowed.join(", ")
        )));
    }
    Ok(map
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect())
}

const FILTERS: &[&str] = &[
    "from",
    "to",
    "oblast",
    "place",
    "kind",
    "weapon",
    "min_killed",
];

fn number<T: std::str::FromStr>(
    p: &HashMap<String, String>,
    key: &str,
) -> Result<Option<T>, ApiError> {
    p.get(key)
        .map(|v| {
            v.trim().parse::<T>().map_err(|_| {
                ApiError::bad_request(format!("{key}: not a non-negative integer: {v:?}"))
            })
        })
        .transpose()
}

fn filter(p: &HashMap<String, String>) -> Result<EventFilter, ApiError> {
    let s = |k: &str| p.get(k).map(|v| v.trim().to_string());
    Ok(EventFilter {
        from: s("from"),
        to: s("to"),
        oblast: s("oblast"),
        place: s("place"),
        kind: s("kind"),
        weapon: s("weapon"),
        min_killed: number(p, "min_killed")?,
        limit: None,
    })
}

/// Runs blocking store work on a read connection.
async fn read<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&sitrep_store::Store) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let store = state.inner.readers.get()?;
        f(&store)
    })
    .await
    .map_err(|e| ApiError::internal(format!("query task failed: {e}")))?
}

async fn oblasts() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "application/geo+json"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        OBLASTS,
    )
}

async fn meta(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let writes = state.inner.token.is_some();
    read(&state, move |store| {
        let c = store.counts()?;
        let (first, last): (Option<String>, Option<String>) = store
            .connection()
            .query_row("SELECT MIN(day), MAX(day) FROM events", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(sitrep_store::StoreError::from)?;
        Ok(Json(json!({
            "counts": {"articles": c.articles, "events": c.events, "sources": c.sources},
            "first_day": first, "last_day": last,
            "kinds": ["attack", "clash", "meeting", "agreement", "statement"],
            "weapons": sitrep_model::Weapon::ALL.iter().map(|w| w.as_str()).collect::<Vec<_>>(),
            "writes_enabled": writes,
        })))
    })
    .await
}

/// An event as listed: its canonical values without sources.
fn summary(ev: &StoredEvent) -> Value {
    let mut v = ev.to_json(None);
    if let Some(o) = v.as_object_mut() {
        o.remove("sources");
        o.insert("day".into(), json!(ev.day));
    }
    v
}

async fn events(State(state): State<AppState>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut allowed = FILTERS.to_vec();
    allowed.extend(["limit", "offset"]);
    let p = params(q, &allowed)?;
    let mut f = filter(&p)?;
    let limit = number::<usize>(&p, "limit")?.unwrap_or(DEFAULT_LIMIT);
    let offset = number::<usize>(&p, "offset")?.unwrap_or(0);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_LIMIT}"
        )));
    }
    if offset > MAX_OFFSET {
        return Err(ApiError::bad_request(format!(
            "offset must be at most {MAX_OFFSET}: narrow the dates instead"
        )));
    }
    // one more than asked, to know whether there is a next page
    f.limit = Some(offset + limit + 1);
    read(&state, move |store| {
        let collect = |f: &EventFilter| -> Result<(Vec<StoredEvent>, usize), ApiError> {
            let mut page = Vec::with_capacity(limit + 1);
            let mut seen = 0usize;
            store.scan(f, false, |ev| {
                if seen >= offset {
                    page.push(ev);
                }
                seen += 1;
                Ok(())
            })?;
            Ok((page, seen))
        };
        // The store sorts every matching row before LIMIT applies. Narrow the scan to
        // the days that hold the first offset+limit+1 events (found on the day
        // index); all events up to that day come first in day order, so when the
        // window holds enough matches the page is the same as without it.
        let window: Option<String> = store
            .connection()
            .query_row(
                "SELECT day FROM events WHERE day IS NOT NULL AND day >= ?1 ORDER BY day LIMIT 1 OFFSET ?2",
                rusqlite::params![f.from.as_deref().unwrap_or(""), (offset + limit) as i64],
                |r| r.get(0),
            )
            .ok();
        let windowed = window.filter(|d| f.to.as_deref().is_none_or(|t| d.as_str() < t)).map(|d| EventFilter { to: Some(d), ..f.clone() });
        let (mut page, _) = match windowed {
            Some(w) => match collect(&w)? {
                (page, seen) if seen > offset + limit => (page, seen),
                _ => collect(&f)?,
            },
            None => collect(&f)?,
        };
        let more = page.len() > limit;
        page.truncate(limit);
        let items: Vec<Value> = page.iter().map(summary).collect();
        Ok(Json(json!({
            "events": items, "limit": limit, "offset": offset,
            "next_offset": if more { Some(offset + limit) } else { None },
        })))
    })
    .await
}

/// Byte offset → UTF-16 offset (what JavaScript strings index by).
fn utf16_at(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

/// The canonical event with uid `id`, with its sources.
fn find_event(store: &sitrep_store::Store, id: &str) -> Result<Option<StoredEvent>, ApiError> {
    let row: Option<(Option<String>, String, Option<String>)> = store
        .connection()
        .query_row(
            "SELECT day, kind, place FROM events WHERE uid = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map(Some)
        .or_else(|e| {
            if e == rusqlite::Error::QueryReturnedNoRows {
                Ok(None)
            } else {
                Err(e)
            }
        })
        .map_err(sitrep_store::StoreError::from)?;
    let Some((day, kind, place)) = row else {
        return Ok(None);
    };
    let f = EventFilter {
        from: day.clone(),
        to: day.clone(),
        kind: Some(kind),
        place: if day.is_none() { place } else { None },
        ..EventFilter::default()
    };
    let mut found = None;
    store.scan(&f, false, |ev| {
        if found.is_none() && ev.uid == id {
            found = Some(ev);
        }
        Ok(())
    })?;
    if let Some(ev) = &mut found {
        ev.sources = store.sources_of(ev.rowid)?;
    }
    Ok(found)
}

/// The full event: canonical values, sources with their own values, each source's
/// article text, and for each evidence span its words, its UTF-16 offsets and the
/// sentence around it.
fn detail(store: &sitrep_store::Store, ev: &StoredEvent) -> Result<Value, ApiError> {
    let mut texts: HashMap<i64, String> = HashMap::new();
    for s in &ev.sources {
        if let Some(t) = store.article_text(s.article_id)? {
            texts.insert(s.article_id, t);
        }
    }
    let lookup = |id: i64| texts.get(&id).cloned();
    let mut v = ev.to_json(Some(&lookup));
    v["day"] = json!(ev.day);
    if let Some(sources) = v.get_mut("sources").and_then(Value::as_array_mut) {
        for (src, s) in sources.iter_mut().zip(&ev.sources) {
            let Some(text) = texts.get(&s.article_id) else {
                continue;
            };
            let sentences = sitrep_text::sentences(
                text,
                sitrep_model::Span {
                    start: 0,
                    end: text.len(),
                },
            );
            if let Some(evidence) = src.get_mut("evidence").and_then(Value::as_array_mut) {
                for e in evidence.iter_mut() {
                    let start = e["start"].as_u64().unwrap_or(0) as usize;
                    let end = e["end"].as_u64().unwrap_or(0) as usize;
                    e["start16"] = json!(utf16_at(text, start));
                    e["end16"] = json!(utf16_at(text, end));
                    if let Some(sn) = sentences
                        .iter()
                        .find(|sn| sn.start <= start && start < sn.end.max(sn.start + 1))
                    {
                        // a headline without a full stop is not part of the next paragraph's sentence
                        let from = text[sn.start..start.min(text.len()).max(sn.start)]
                            .rfind("\n\n")
                            .map_or(sn.start, |i| sn.start + i + 2);
                        let to = text
                            .get(start..sn.end)
                            .and_then(|t| t.find("\n\n"))
                            .map_or(sn.end, |i| start + i);
                        e["sentence"] = json!(text.get(from..to).unwrap_or("").trim());
                    }
                }
            }
            src["text"] = json!(text);
        }
    }
    Ok(v)
}

async fn event(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, ApiError> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    read(&state, move |store| match find_event(store, &id)? {
        Some(ev) => Ok(Json(detail(store, &ev)?)),
        None => Err(ApiError::not_found(format!("no event with id {id:?}"))),
    })
    .await
}

async fn stats(State(state): State<AppState>, q: Params) -> Result<Json<Value>, ApiError> {
    let mut allowed = FILTERS.to_vec();
    allowed.push("by");
    let p = params(q, &allowed)?;
    let period = match p.get("by").map(String::as_str) {
        None | Some("day") => Period::Day,
        Some("week") => Period::Week,
        Some(o) => {
            return Err(ApiError::bad_request(format!(
                "by must be day or week, not {o:?}"
            )));
        }
    };
    let by = if period == Period::Week {
        "week"
    } else {
        "day"
    };
    let q = StatsQuery {
        filter: filter(&p)?,
        period,
    };
    read(&state, move |store| {
        Ok(Json(json!({"by": by, "rows": store.stats(&q)?})))
    })
    .await
}

async fn places(State(state): State<AppState>, q: Params) -> Result<Json<Value>, ApiError> {
    let p = params(q, &["q", "oblast", "limit"])?;
    let Some(query) = p.get("q").cloned() else {
        return Err(ApiError::bad_request(
            "q is required: the place name to look up",
        ));
    };
    let limit = number::<usize>(&p, "limit")?.unwrap_or(50).clamp(1, 500);
    let oblast = p.get("oblast").cloned();
    let st = state.clone();
    tokio::task::spawn_blocking(move || {
        let g = st.gazetteer();
        let region = oblast.as_deref().and_then(|o| g.region(o.trim_end_matches(" Oblast")).or_else(|| g.region_by_admin1(o)));
        if oblast.is_some() && region.is_none() {
            return Err(ApiError::bad_request(format!("unknown oblast {:?}", oblast.unwrap_or_default())));
        }
        let hint = sitrep_geo::Hint { admin1: region.map(|r| r.admin1), ..sitrep_geo::Hint::default() };
        let cands = g.candidates(&query);
        let (chosen, reasons) = g.explain(&query, &hint);
        let rows: Vec<Value> = cands
            .iter()
            .take(limit)
            .map(|c| {
                json!({"code": c.code, "name": c.name, "level": format!("{:?}", c.level).to_lowercase(),
                       "admin1": c.admin1, "admin2": c.admin2, "admin3": c.admin3, "country": c.country,
                       "lat": c.lat, "lon": c.lon, "precision": c.coord.map(|p| format!("{p:?}").to_lowercase()),
                       "population": c.population,
                       "chosen": chosen.as_ref().is_some_and(|x| x.code == c.code)})
            })
            .collect();
        Ok(Json(json!({"q": query, "total": cands.len(), "places": rows, "chosen": chosen.map(|c| &c.code), "reasons": reasons})))
    })
    .await
    .map_err(|e| ApiError::internal(format!("gazetteer task failed: {e}")))?
}

/// A `Write` that sends 64 KiB chunks down a channel to the HTTP body.
struct ChannelWriter {
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
    buf: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= 64 * 1024 {
            self.flush()?;
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buf));
        // the receiver is gone when the client hung up: stop the export
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client disconnected"))
    }
}

async fn export(State(state): State<AppState>, q: Params) -> Result<Response, ApiError> {
    let mut allowed = FILTERS.to_vec();
    allowed.push("format");
    let p = params(q, &allowed)?;
    let (format, ctype, ext) = match p.get("format").map(String::as_str) {
        Some("geojson") => ("geojson", "application/geo+json", "geojson"),
        Some("acled-csv") => ("acled-csv", "text/csv; charset=utf-8", "csv"),
        Some("jsonl") => ("jsonl", "application/x-ndjson", "jsonl"),
        other => {
            return Err(ApiError::bad_request(format!(
                "format must be geojson, acled-csv or jsonl{}",
                other.map(|o| format!(", not {o:?}")).unwrap_or_default()
            )));
        }
    };
    let f = filter(&p)?;
    // validate the filters before the status line is sent
    let check = EventFilter {
        limit: Some(0),
        ..f.clone()
    };
    read(&state, move |store| {
        Ok(store.scan(&check, false, |_| Ok(()))?)
    })
    .await?;

    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let st = state.clone();
    tokio::task::spawn_blocking(move || {
        let mut w = ChannelWriter {
            tx: tx.clone(),
            buf: Vec::with_capacity(64 * 1024),
        };
        let result = st.inner.readers.get().and_then(|store| match format {
            "geojson" => sitrep_store::export::geojson(&store, &f, &mut w),
            "acled-csv" => sitrep_store::export::acled_csv(&store, &f, &mut w),
            _ => sitrep_store::export::jsonl(&store, &f, &mut w),
        });
        let result = result
            .map_err(|e| std::io::Error::other(e.to_string()))
            .and_then(|_| w.flush());
        if let Err(e) = result
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            eprintln!("sitrep: export failed: {e}");
            // an error after the headers were sent: abort the body so the client sees a failed transfer
            let _ = tx.blocking_send(Err(e));
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    Ok((
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"sitrep-events.{ext}\""),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportBody {
    text: String,
    published: Option<String>,
    source: Option<String>,
}

/// Checks the bearer token: 403 when writes are disabled, 401 when it is wrong.
fn authorise(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = &state.inner.token else {
        return Err(ApiError {
            status: StatusCode::FORBIDDEN,
            message:
                "writes are disabled: start the server with --token or SITREP_TOKEN to enable them"
                    .into(),
        });
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    // compare in constant time
    let ok = given.is_some_and(|g| {
        g.len() == token.len()
            && g.bytes()
                .zip(token.bytes())
                .fold(0u8, |a, (x, y)| a | (x ^ y))
                == 0
    });
    if ok {
        Ok(())
    } else {
        Err(ApiError {
            status: StatusCode::UNAUTHORIZED,
            message: "missing or wrong bearer token (Authorization: Bearer TOKEN)".into(),
        })
    }
}

async fn post_report(
    State(state): State<AppState>,
    headers: HeaderMap,
    q: Params,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    authorise(&state, &headers)?;
    let body = body.map_err(|e| ApiError {
        status: e.status(),
        message: format!("request body: {}", e.body_text()),
    })?;
    let p = params(q, &["published", "source"])?;
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let report = if ctype.starts_with("text/plain") {
        let text = String::from_utf8(body.to_vec()).map_err(|e| {
            ApiError::bad_request(format!(
                "body is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })?;
        ReportBody {
            text,
            published: p.get("published").cloned(),
            source: p.get("source").cloned(),
        }
    } else {
        serde_json::from_slice::<ReportBody>(&body).map_err(|e| {
            ApiError::bad_request(format!(
                "body must be JSON {{\"text\": \"...\", \"published\": \"YYYY-MM-DD\", \"source\": \"name\"}} (or text/plain with ?published=&source=): {e}"
            ))
        })?
    };
    if report.text.trim().is_empty() {
        return Err(ApiError::bad_request("text is empty"));
    }
    let published: Option<jiff::civil::Date> = match report
        .published
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(d) => Some(d.parse().map_err(|_| {
            ApiError::bad_request(format!("published: not a date YYYY-MM-DD: {d:?}"))
        })?),
        None => None,
    };
    let source = report
        .source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("api")
        .to_string();
    if source.len() > 200 || source.chars().any(char::is_control) {
        return Err(ApiError::bad_request(
            "source: at most 200 characters, no control characters",
        ));
    }
    let st = state.clone();
    let out = tokio::task::spawn_blocking(move || -> Result<Value, ApiError> {
        let ex = st.extractor()?;
        let batch = crate::ingest::articles_of(ex, &report.text, &source, published);
        let hashes: Vec<String> = batch.iter().map(|a| a.hash.clone()).collect();
        let mut guard = st.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        let store = guard.as_mut().ok_or_else(|| ApiError::internal("the writer connection is closed"))?;
        let r = store.ingest_batch(&batch, None)?;
        let mut ids = Vec::new();
        {
            let mut stmt = store
                .connection()
                .prepare(
                    "SELECT DISTINCT e.uid FROM event_sources s JOIN articles a ON a.id = s.article_id
                     JOIN events e ON e.id = s.event_id WHERE a.hash = ?1 ORDER BY e.id",
                )
                .map_err(sitrep_store::StoreError::from)?;
            for h in &hashes {
                let rows = stmt.query_map([h], |r| r.get::<_, String>(0)).map_err(sitrep_store::StoreError::from)?;
                for id in rows {
                    ids.push(id.map_err(sitrep_store::StoreError::from)?);
                }
            }
        }
        Ok(json!({"articles": r.articles, "skipped": r.skipped, "events": r.events, "merged": r.merged, "event_ids": ids}))
    })
    .await
    .map_err(|e| ApiError::internal(format!("ingest task failed: {e}")))??;
    let status = if out["articles"].as_u64().unwrap_or(0) > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(out)).into_response())
}
