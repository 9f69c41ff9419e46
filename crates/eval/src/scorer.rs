//! Matching predictions to gold events and tallying the figures (score.py's `Tally`,
//! `score_file` and the end of `main`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::{Map, Number, Value};

use crate::gold::GoldFile;
use crate::helpers::{NUMERIC, SETS, fold_value, km_num, parse_jsonl, report_total_of, surname};
use crate::py::{self, NULL, py_eq, py_str, repr_str, truthy};

type Obj = Map<String, Value>;

/// Why a file has no predictions when the prediction file is missing (score.py's text).
pub const NO_PREDICTION_FILE: &str = "no prediction file";
/// Why a file has no predictions when the output does not parse (score.py's text).
pub const NOT_JSONL: &str = "output is not JSON lines";

/// `(name, admin1, country, lat, lon)` of an event, from `place` when it is an object,
/// else from `place` itself and the event's top-level fields.
fn get_place(ev: &Obj) -> (&Value, &Value, &Value, &Value, &Value) {
    match ev.get("place") {
        Some(Value::Object(p)) => (
            p.get("name").unwrap_or(&NULL),
            p.get("admin1").unwrap_or(&NULL),
            p.get("country").unwrap_or(&NULL),
            p.get("lat").unwrap_or(&NULL),
            p.get("lon").unwrap_or(&NULL),
        ),
        other => (
            other.unwrap_or(&NULL),
            ev.get("admin1").unwrap_or(&NULL),
            ev.get("country").unwrap_or(&NULL),
            ev.get("lat").unwrap_or(&NULL),
            ev.get("lon").unwrap_or(&NULL),
        ),
    }
}

fn get_when<'a>(ev: &'a Obj, key: &str) -> &'a Value {
    match ev.get("when") {
        Some(Value::Object(w)) => w.get(key).unwrap_or(&NULL),
        _ => ev.get(key).unwrap_or(&NULL),
    }
}

fn get<'a>(ev: &'a Obj, key: &str) -> &'a Value {
    ev.get(key).unwrap_or(&NULL)
}

fn is_statement(ev: &Obj) -> bool {
    matches!(ev.get("kind"), Some(Value::String(k)) if k == "statement")
}

/// `(pcountry or "").upper()` / `gcountry.upper()`; `None` where Python would raise.
fn upper_or_empty(v: &Value) -> Option<String> {
    if !truthy(v) {
        return Some(String::new());
    }
    match v {
        Value::String(s) => Some(s.to_uppercase()),
        _ => None,
    }
}

fn compatible(g: &Obj, p: &Obj) -> bool {
    if !py_eq(get(g, "kind"), get(p, "kind")) {
        return false;
    }
    if is_statement(g) {
        let gs = surname(get(g, "source"));
        return !gs.is_empty() && gs == surname(get(p, "source"));
    }
    let (gname, gadm1, gcountry, _, _) = get_place(g);
    let (pname, padm1, pcountry, _, _) = get_place(p);
    if !gadm1.is_null() {
        if fold_value(gadm1) != fold_value(padm1) {
            return false;
        }
    } else if !gcountry.is_null() {
        let (Some(pc), Value::String(gc)) = (upper_or_empty(pcountry), gcountry) else {
            return false;
        };
        if pc != gc.to_uppercase() {
            return false;
        }
    }
    let pfold = fold_value(pname);
    pfold == fold_value(gname)
        || g.get("aliases")
            .is_some_and(|a| py::py_iter(a).iter().any(|a| fold_value(a) == pfold))
}

fn as_set(ev: &Obj, key: &str) -> BTreeSet<String> {
    let vals = match ev.get(key) {
        Some(v) if truthy(v) => py::py_iter(v),
        _ => Vec::new(),
    };
    if key == "participants" {
        vals.iter().map(surname).filter(|s| !s.is_empty()).collect()
    } else {
        vals.iter().map(py_str).collect()
    }
}

fn agreement(g: &Obj, p: &Obj) -> usize {
    let same = NUMERIC
        .iter()
        .filter(|k| g.get(**k).is_some_and(|gv| py_eq(gv, get(p, k))))
        .count();
    same + SETS
        .iter()
        .filter(|k| g.contains_key(**k))
        .map(|k| as_set(g, k).intersection(&as_set(p, k)).count())
        .sum::<usize>()
}

fn list_repr(set: &BTreeSet<String>) -> String {
    let items: Vec<String> = set.iter().map(|s| repr_str(s)).collect();
    format!("[{}]", items.join(", "))
}

/// `g.get('place') or g.get('source')`, as the notes show an event.
fn shown(g: &Obj) -> &Value {
    let place = get(g, "place");
    if truthy(place) {
        place
    } else {
        get(g, "source")
    }
}

/// Accumulates scores over files (score.py's `Tally`). Feed it with
/// [`Scorer::score_file`] (and [`Scorer::add_failed`]), then take a [`Report`].
#[derive(Clone, Debug, Default)]
pub struct Scorer {
    n: BTreeMap<String, u64>,
    ok: BTreeMap<String, u64>,
    sets: [[u64; 3]; 3],
    tp: u64,
    fp: u64,
    fn_: u64,
    files: u64,
    failed: Vec<String>,
    totals_ok: u64,
    totals_n: u64,
    notes: Vec<String>,
}

impl Scorer {
    /// An empty tally.
    pub fn new() -> Self {
        Self::default()
    }

    fn check(&mut self, field: &str, good: bool, place: &str) {
        *self.n.entry(field.to_string()).or_default() += 1;
        *self.ok.entry(field.to_string()).or_default() += u64::from(good);
        if !good {
            self.notes.push(format!("{place}: wrong {field}"));
        }
    }

    /// Records that the predictions for `name` could not be produced (shown as
    /// `FAILED name: why` and counted in `failed_runs`). Like score.py, still call
    /// [`Scorer::score_file`] for the file with no predictions, so its gold events count
    /// as missed.
    pub fn add_failed(&mut self, name: &str, why: &str) {
        self.failed.push(format!("{name}: {why}"));
    }

    /// Scores one file's predictions against its gold (score.py's `score_file`).
    ///
    /// Gold events are taken in order; each is matched to the unused compatible
    /// prediction (same `kind`; statements by folded `source` surname; others by folded
    /// `admin1`, or `country` when gold has no `admin1`, plus folded place name or gold
    /// alias) with the highest agreement (equal numeric fields plus shared set items),
    /// the earliest on ties. Predictions that are not JSON objects are ignored.
    pub fn score_file(&mut self, name: &str, gold: &Value, preds: &[Value]) {
        self.files += 1;
        let empty = Obj::new();
        let golds: Vec<&Obj> = match gold.get("events") {
            Some(Value::Array(evs)) => evs
                .iter()
                .map(|e| e.as_object().unwrap_or(&empty))
                .collect(),
            _ => Vec::new(),
        };
        let preds: Vec<&Obj> = preds.iter().filter_map(Value::as_object).collect();

        let mut used = vec![false; preds.len()];
        let mut matched: Vec<Option<usize>> = vec![None; golds.len()];
        for (gi, g) in golds.iter().enumerate() {
            let mut best: Option<(usize, usize)> = None;
            for (pi, p) in preds.iter().enumerate() {
                if used[pi] || !compatible(g, p) {
                    continue;
                }
                let a = agreement(g, p);
                if best.is_none_or(|(ba, _)| a > ba) {
                    best = Some((a, pi));
                }
            }
            match best {
                Some((_, pi)) => {
                    used[pi] = true;
                    matched[gi] = Some(pi);
                }
                None => self.notes.push(format!(
                    "{name}: missed {} {}",
                    py_str(get(g, "kind")),
                    py_str(shown(g))
                )),
            }
        }
        for (pi, p) in preds.iter().enumerate() {
            if used[pi] {
                continue;
            }
            let pname = get_place(p).0;
            let src = get(p, "source");
            // `pname or (src or {}).get('name') if isinstance(src, dict) else src`
            let what = match src {
                Value::Object(s) => {
                    if truthy(pname) {
                        pname
                    } else {
                        get(s, "name")
                    }
                }
                other => other,
            };
            self.notes.push(format!(
                "{name}: spurious {} {}",
                py_str(get(p, "kind")),
                py_str(what)
            ));
        }
        let n_match = matched.iter().flatten().count() as u64;
        self.tp += n_match;
        self.fn_ += golds.len() as u64 - n_match;
        self.fp += preds.len() as u64 - n_match;

        for (gi, pi) in matched.iter().enumerate() {
            let Some(pi) = *pi else { continue };
            let (g, p) = (golds[gi], preds[pi]);
            let place = format!("{name}: {} {}", py_str(get(g, "kind")), py_str(shown(g)));
            for k in NUMERIC.iter().chain(&["scope"]) {
                if let Some(gv) = g.get(*k) {
                    self.check(k, py_eq(gv, get(p, k)), &place);
                }
            }
            if let Some(gs) = g.get("source")
                && !is_statement(g)
            {
                self.check("source", surname(gs) == surname(get(p, "source")), &place);
            }
            for k in ["start", "end"] {
                if let Some(gv) = g.get(k) {
                    self.check(k, py_eq(gv, get_when(p, k)), &place);
                }
            }
            if let Some(gpart) = g.get("part_of") {
                let want = if gpart.is_null() {
                    None
                } else {
                    py::index_key(gpart).and_then(|i| matched.get(i).copied().flatten())
                };
                let got = get(p, "part_of");
                let good = match want {
                    None => got.is_null() && gpart.is_null(),
                    Some(wpi) => !got.is_null() && py_eq(got, get(preds[wpi], "id")),
                };
                self.check("part_of", good, &place);
            }
            if g.contains_key("lat") && g.contains_key("lon") {
                let (_, _, _, plat, plon) = get_place(p);
                let good = match (
                    py::as_num(plat),
                    py::as_num(plon),
                    py::as_num(get(g, "lat")),
                    py::as_num(get(g, "lon")),
                ) {
                    (Some(plat), Some(plon), Some(glat), Some(glon)) => {
                        km_num(glat, glon, plat, plon) <= 10.0
                    }
                    _ => false,
                };
                self.check("within_10km", good, &place);
            }
            for (si, k) in SETS.iter().enumerate() {
                if !g.contains_key(*k) {
                    continue;
                }
                let (gs, ps) = (as_set(g, k), as_set(p, k));
                let s = &mut self.sets[si];
                s[0] += gs.intersection(&ps).count() as u64;
                s[1] += ps.difference(&gs).count() as u64;
                s[2] += gs.difference(&ps).count() as u64;
                if gs != ps {
                    self.notes.push(format!(
                        "{place}: {k} want {} got {}",
                        list_repr(&gs),
                        list_repr(&ps)
                    ));
                }
            }
        }

        if let Some(Value::Object(totals)) = gold.get("totals") {
            for (k, want) in totals {
                let got = report_total_of(&preds, k);
                self.totals_n += 1;
                let good = py_eq(&got, want);
                self.totals_ok += u64::from(good);
                if !good {
                    self.notes.push(format!(
                        "{name}: total {k} want {} got {}",
                        py_str(want),
                        py_str(&got)
                    ));
                }
            }
        }
    }

    /// The figures so far, with the notes.
    pub fn report(&self) -> Report {
        let mut entries: Vec<(String, Figure)> = Vec::new();
        let (prec, rec, ev_f1) = f1(self.tp, self.fp, self.fn_);
        entries.push(("files".into(), Figure::Int(self.files)));
        entries.push(("failed_runs".into(), Figure::Int(self.failed.len() as u64)));
        entries.push(("events_gold".into(), Figure::Int(self.tp + self.fn_)));
        entries.push(("events_pred".into(), Figure::Int(self.tp + self.fp)));
        entries.push(("event_precision".into(), Figure::Float(py::round4(prec))));
        entries.push(("event_recall".into(), Figure::Float(py::round4(rec))));
        entries.push(("event_f1".into(), Figure::Float(py::round4(ev_f1))));
        for (k, &n) in &self.n {
            let ok = self.ok.get(k).copied().unwrap_or(0);
            entries.push((
                format!("{k}_acc"),
                Figure::Float(py::round4(ok as f64 / n as f64)),
            ));
            entries.push((format!("{k}_n"), Figure::Int(n)));
        }
        for (k, [tp, fp, fn_]) in SETS.iter().zip(self.sets) {
            if tp + fp + fn_ > 0 {
                entries.push((
                    format!("{k}_f1"),
                    Figure::Float(py::round4(f1(tp, fp, fn_).2)),
                ));
            }
        }
        if self.totals_n > 0 {
            entries.push((
                "totals_acc".into(),
                Figure::Float(py::round4(self.totals_ok as f64 / self.totals_n as f64)),
            ));
        }
        let notes = self
            .failed
            .iter()
            .map(|l| format!("FAILED {l}"))
            .chain(self.notes.iter().cloned())
            .collect();
        Report { entries, notes }
    }
}

fn f1(tp: u64, fp: u64, fn_: u64) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// One figure of a [`Report`]: a count or a ratio already rounded to 4 decimals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// A count.
    Int(u64),
    /// A ratio, rounded like Python's `round(x, 4)`.
    Float(f64),
}

impl Figure {
    /// The figure as a float.
    pub fn as_f64(self) -> f64 {
        match self {
            Figure::Int(i) => i as f64,
            Figure::Float(f) => f,
        }
    }
}

impl fmt::Display for Figure {
    /// As Python prints it: `3`, `0.8571`, `1.0`, `0.0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Figure::Int(i) => write!(f, "{i}"),
            Figure::Float(x) => f.write_str(&py::float_repr(*x)),
        }
    }
}

/// The scores, with score.py's keys in score.py's order: `files`, `failed_runs`,
/// `events_gold`, `events_pred`, `event_precision`, `event_recall`, `event_f1`, then
/// `<field>_acc` and `<field>_n` for each checked field by name, `<set>_f1` for
/// `weapons`, `targets`, `participants` when seen, and `totals_acc` when any totals
/// were checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    entries: Vec<(String, Figure)>,
    notes: Vec<String>,
}

impl Report {
    /// The figures in order.
    pub fn entries(&self) -> &[(String, Figure)] {
        &self.entries
    }

    /// One figure by key (`"event_f1"`, `"killed_acc"`, ...).
    pub fn get(&self, key: &str) -> Option<Figure> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }

    /// The figures as a JSON object. Keys keep score.py's order only when serde_json's
    /// `preserve_order` is on (this crate's `preserve_order` feature); for the exact
    /// text score.py prints use [`Report::to_json_string`].
    pub fn to_json(&self) -> Value {
        let map: Map<String, Value> = self
            .entries
            .iter()
            .map(|(k, v)| {
                let v = match *v {
                    Figure::Int(i) => Value::from(i),
                    Figure::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
                };
                (k.clone(), v)
            })
            .collect();
        Value::Object(map)
    }

    /// Exactly what `score.py --json` prints (`json.dumps(res)`), without the newline.
    pub fn to_json_string(&self) -> String {
        let items: Vec<String> = self
            .entries
            .iter()
            .map(|(k, v)| format!("\"{k}\": {v}"))
            .collect();
        format!("{{{}}}", items.join(", "))
    }

    /// Exactly what score.py prints without `--json`: one `f"{k:24} {v}"` line per
    /// figure, each ending in a newline.
    pub fn to_table(&self) -> String {
        self.entries
            .iter()
            .map(|(k, v)| format!("{k:24} {v}\n"))
            .collect()
    }

    /// What `score.py -v` prints to stderr, one line each without newline: a
    /// `FAILED name: why` line per failed run, then every missed or spurious event,
    /// wrong field, set difference and wrong total in scoring order.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }
}

/// Splits a `--kinds` argument the way score.py does (`a.kinds.split(",")`).
pub fn parse_kinds(arg: &str) -> Vec<String> {
    arg.split(',').map(str::to_string).collect()
}

fn kind_in(ev: &Value, keep: &BTreeSet<&str>) -> bool {
    matches!(ev.get("kind"), Some(Value::String(k)) if keep.contains(k.as_str()))
}

/// Restricts gold and predictions to `kinds` as score.py's `--kinds` does: other gold
/// events are dropped and the kept ones' `part_of` is renumbered (null when the parent
/// was dropped); predictions of other kinds (and non-objects) are dropped; gold `totals`
/// are dropped unless `attack` or `clash` is kept.
pub fn filter_kinds(gold: &Value, preds: Vec<Value>, kinds: &[String]) -> (Value, Vec<Value>) {
    let keep: BTreeSet<&str> = kinds.iter().map(String::as_str).collect();
    let preds = preds
        .into_iter()
        .filter(|p| p.is_object() && kind_in(p, &keep))
        .collect();
    let Value::Object(gold_obj) = gold else {
        return (gold.clone(), preds);
    };
    let orig: &[Value] = match gold_obj.get("events") {
        Some(Value::Array(evs)) => evs,
        _ => &[],
    };
    let mut idx: Vec<Option<usize>> = vec![None; orig.len()];
    let mut events = Vec::new();
    for (i, g) in orig.iter().enumerate() {
        if g.is_object() && kind_in(g, &keep) {
            idx[i] = Some(events.len());
            events.push(g.clone());
        }
    }
    for g in &mut events {
        let Some(obj) = g.as_object_mut() else {
            continue;
        };
        if let Some(part) = obj.get_mut("part_of")
            && !part.is_null()
        {
            *part = py::index_key(part)
                .and_then(|i| idx.get(i).copied().flatten())
                .map_or(Value::Null, Value::from);
        }
    }
    let mut out = gold_obj.clone();
    out.insert("events".into(), Value::Array(events));
    if !keep.contains("attack") && !keep.contains("clash") {
        out.remove("totals");
    }
    (Value::Object(out), preds)
}

/// Scores gold files against a directory of `NAME.jsonl` predictions, exactly as
/// `score.py GOLD... --pred PRED_DIR [--kinds ...]` does: a missing file is a failed run
/// (`no prediction file`), as is unparsable output (`output is not JSON lines`) or, where
/// score.py would crash, an unreadable file; failed files are scored with no predictions.
pub fn score_pred_dir(golds: &[GoldFile], pred_dir: &Path, kinds: Option<&[String]>) -> Scorer {
    let mut scorer = Scorer::new();
    for gf in golds {
        let pp = pred_dir.join(format!("{}.jsonl", gf.name));
        let (out, err) = if pp.exists() {
            match std::fs::read_to_string(&pp) {
                Ok(text) => (Some(text), None),
                Err(e) => (None, Some(format!("cannot read {}: {e}", pp.display()))),
            }
        } else {
            (None, Some(NO_PREDICTION_FILE.to_string()))
        };
        let preds = match out.as_deref().and_then(parse_jsonl) {
            Some(p) => p,
            None => {
                scorer.add_failed(&gf.name, err.as_deref().unwrap_or(NOT_JSONL));
                Vec::new()
            }
        };
        match kinds {
            Some(kinds) => {
                let (gold, preds) = filter_kinds(&gf.gold, preds, kinds);
                scorer.score_file(&gf.name, &gold, &preds);
            }
            None => scorer.score_file(&gf.name, &gf.gold, &preds),
        }
    }
    scorer
}
