//! The small functions of score.py: name folding, surnames, distance, report totals and
//! JSON-lines parsing.

use serde_json::{Map, Number, Value};
use unicode_normalization::UnicodeNormalization;

use crate::py::{self, NULL, Num};

/// Words [`fold`] drops from place names (score.py's `GENERIC`).
pub const GENERIC: &[&str] = &[
    "oblast",
    "region",
    "regional",
    "city",
    "town",
    "village",
    "hromada",
    "community",
    "territorial",
    "district",
    "raion",
    "settlement",
    "of",
    "the",
    "urban",
    "type",
];

/// Fields whose gold value is compared exactly with the prediction (score.py's `NUMERIC`).
pub const NUMERIC: &[&str] = &["count", "munitions", "intercepted", "killed", "injured"];

/// List fields scored by micro F1 (score.py's `SETS`), in report order.
pub const SETS: &[&str] = &["weapons", "targets", "participants"];

/// Folds a place or person name so spelling variants compare equal: NFKD, drop
/// non-ASCII, lower-case, split on anything but `a`-`z`, drop [`GENERIC`] words, join,
/// `y` → `i`, and collapse runs of a repeated letter.
///
/// ```
/// use sitrep_eval::fold;
/// assert_eq!(fold("Kharkiv Oblast"), "kharkiv");
/// assert_eq!(fold("Pysarivka"), fold("Pisarivka"));
/// assert_eq!(fold("Kharkiv'"), "kharkiv");
/// assert_eq!(fold("Zaporizhzhia"), "zaporizhzhia");
/// assert_eq!(fold(""), "");
/// ```
pub fn fold(name: &str) -> String {
    if name.is_empty() {
        return String::new();
    }
    let ascii: String = name
        .nfkd()
        .filter(char::is_ascii)
        .collect::<String>()
        .to_ascii_lowercase();
    let joined: String = ascii
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|w| !w.is_empty() && !GENERIC.contains(w))
        .collect::<Vec<_>>()
        .concat()
        .replace('y', "i");
    let mut out = String::with_capacity(joined.len());
    let mut last = None;
    for c in joined.chars() {
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// `fold(v)` for any JSON value: falsy values fold to `""`, others are folded from
/// Python's `str(v)`.
pub(crate) fn fold_value(v: &Value) -> String {
    if py::truthy(v) {
        fold(&py::py_str(v))
    } else {
        String::new()
    }
}

/// The folded last word of a person's name; `name` may be a string or an object with a
/// `name` field (like a `source` or a participant). Empty when there is no name.
///
/// ```
/// use serde_json::json;
/// use sitrep_eval::surname;
/// assert_eq!(surname(&json!("Oleh Synehubov")), "sinehubov");
/// assert_eq!(surname(&json!({"name": "Synehubov", "role": "governor"})), "sinehubov");
/// assert_eq!(surname(&json!(null)), "");
/// ```
pub fn surname(name: &Value) -> String {
    let name = match name {
        Value::Object(m) => m.get("name").unwrap_or(&NULL),
        other => other,
    };
    if !py::truthy(name) {
        return String::new();
    }
    let s = py::py_str(name);
    s.split(py::py_isspace)
        .rfind(|p| !p.is_empty())
        .map(fold)
        .unwrap_or_default()
}

/// Great-circle distance in kilometres (haversine, earth radius 6371 km), computed
/// with the same operations as score.py's `km`.
///
/// ```
/// let d = sitrep_eval::km(50.45, 30.52, 49.99, 36.23);
/// assert!((d - 409.0).abs() < 2.0);
/// ```
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    km_num(
        Num::Float(lat1),
        Num::Float(lon1),
        Num::Float(lat2),
        Num::Float(lon2),
    )
}

/// `a - b` as Python computes it (exact for two ints), as a float.
fn sub(a: Num, b: Num) -> f64 {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => (x - y) as f64,
        _ => a.to_f64() - b.to_f64(),
    }
}

/// score.py's `km` on Python numbers.
pub(crate) fn km_num(lat1: Num, lon1: Num, lat2: Num, lon2: Num) -> f64 {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    let r = |x: f64| x * DEG_TO_RAD;
    // Python's `x ** 2` on a float calls the C library's pow(); keep the exponent opaque
    // so it is not rewritten into x * x.
    let two = std::hint::black_box(2.0_f64);
    let a = (r(sub(lat2, lat1)) / 2.0).sin().powf(two)
        + r(lat1.to_f64()).cos()
            * r(lat2.to_f64()).cos()
            * (r(sub(lon2, lon1)) / 2.0).sin().powf(two);
    6371.0 * 2.0 * 1.0_f64.min(a).sqrt().asin()
}

/// Python's `sum()` (3.11) over numbers; values that are not numbers are skipped (score.py
/// would raise a TypeError on them).
fn py_sum<'a>(vals: impl IntoIterator<Item = &'a Value>) -> Num {
    let mut acc = Num::Int(0);
    for v in vals {
        let Some(n) = py::as_num(v) else { continue };
        acc = match (acc, n) {
            (Num::Int(a), Num::Int(b)) => match a.checked_add(b) {
                Some(s) => Num::Int(s),
                None => Num::Float(a as f64 + b as f64),
            },
            (a, b) => Num::Float(a.to_f64() + b.to_f64()),
        };
    }
    acc
}

fn num_value(n: Num) -> Value {
    match n {
        Num::Int(i) => {
            if let Ok(i) = i64::try_from(i) {
                Value::from(i)
            } else if let Ok(u) = u64::try_from(i) {
                Value::from(u)
            } else {
                Number::from_f64(i as f64).map_or(Value::Null, Value::Number)
            }
        }
        Num::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
    }
}

/// score.py's `report_total` on events already known to be objects.
pub(crate) fn report_total_of(events: &[&Map<String, Value>], field: &str) -> Value {
    let kind_is =
        |e: &Map<String, Value>, k: &str| matches!(e.get("kind"), Some(Value::String(s)) if s == k);
    let violent: Vec<&Map<String, Value>> = events
        .iter()
        .copied()
        .filter(|e| kind_is(e, "attack") || kind_is(e, "clash"))
        .collect();
    // Python dict keyed by part_of: keys compare with ==, insertion order kept.
    let mut children: Vec<(&Value, Vec<&Map<String, Value>>)> = Vec::new();
    for e in &violent {
        let Some(parent) = e.get("part_of").filter(|v| !v.is_null()) else {
            continue;
        };
        if !py::hashable(parent) {
            continue;
        }
        match children.iter_mut().find(|(k, _)| py::py_eq(k, parent)) {
            Some((_, list)) => list.push(e),
            None => children.push((parent, vec![e])),
        }
    }
    let mut vals: Vec<&Value> = Vec::new();
    for e in &violent {
        if e.get("part_of").is_some_and(|v| !v.is_null()) {
            continue;
        }
        match e.get(field) {
            Some(v) if !v.is_null() => vals.push(v),
            _ => {
                let id = e.get("id").unwrap_or(&NULL);
                if !py::hashable(id) {
                    continue;
                }
                if let Some((_, kids)) = children.iter().find(|(k, _)| py::py_eq(k, id)) {
                    vals.extend(
                        kids.iter()
                            .filter_map(|c| c.get(field).filter(|v| !v.is_null())),
                    );
                }
            }
        }
    }
    if vals.is_empty() {
        Value::Null
    } else {
        num_value(py_sum(vals))
    }
}

/// The *report total* of `field` (`killed`, `injured`, ...) over predicted events: the
/// sum over top-level (`part_of` null or absent) `attack`/`clash` events, where a
/// top-level event whose own value is null contributes the sum of its nested events'
/// values instead (never both). `Value::Null` when nothing contributes. Integers stay
/// integers; a float anywhere makes the sum a float, as in Python. Non-objects in
/// `events` are ignored.
///
/// ```
/// use serde_json::json;
/// let evs = vec![
///     json!({"kind": "attack", "id": "a", "killed": null}),
///     json!({"kind": "attack", "id": "b", "part_of": "a", "killed": 2}),
///     json!({"kind": "attack", "id": "c", "part_of": "a", "killed": 1}),
///     json!({"kind": "clash", "id": "d", "killed": 4}),
///     json!({"kind": "statement", "id": "e", "killed": 100}),
/// ];
/// assert_eq!(sitrep_eval::report_total(&evs, "killed"), json!(7));
/// assert_eq!(sitrep_eval::report_total(&evs, "injured"), json!(null));
/// ```
pub fn report_total(events: &[Value], field: &str) -> Value {
    let objs: Vec<&Map<String, Value>> = events.iter().filter_map(Value::as_object).collect();
    report_total_of(&objs, field)
}

/// Parses an extractor's JSON-lines output like score.py's `parse_jsonl`: lines are
/// split as Python's `str.splitlines` does and stripped; blank lines are skipped; a line
/// holding a JSON array contributes its elements, any other JSON value is one event.
/// `None` when any line is not valid JSON.
///
/// ```
/// let evs = sitrep_eval::parse_jsonl("{\"kind\": \"attack\"}\n\n[{\"kind\": \"clash\"}, 3]\n").unwrap();
/// assert_eq!(evs.len(), 3);
/// assert!(sitrep_eval::parse_jsonl("{\"kind\": \n").is_none());
/// ```
pub fn parse_jsonl(text: &str) -> Option<Vec<Value>> {
    let mut evs = Vec::new();
    for line in py::splitlines(text) {
        let line = line.trim_matches(py::py_isspace);
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line).ok()? {
            Value::Array(items) => evs.extend(items),
            other => evs.push(other),
        }
    }
    Some(evs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fold_variants() {
        assert_eq!(fold("Kharkiv Oblast"), "kharkiv");
        assert_eq!(fold("Kharkivska oblast"), "kharkivska");
        assert_eq!(fold("Pysarivka"), "pisarivka");
        assert_eq!(fold("Pisarivka"), "pisarivka");
        assert_eq!(fold("Bilhorod-Dnistrovskyi"), "bilhorodnistrovski");
        assert_eq!(fold("Mykolaiv city territorial community"), "mikolaiv");
        assert_eq!(fold("Kyïv"), "kiv");
        assert_eq!(fold("Київ"), "");
        assert_eq!(fold("ﬁnland"), "finland");
        assert_eq!(fold("Town of the Oblast"), "");
        assert_eq!(fold("Sloviansk"), "sloviansk");
    }

    #[test]
    fn fold_of_non_strings_uses_python_str() {
        assert_eq!(fold_value(&json!(null)), "");
        assert_eq!(fold_value(&json!(0)), "");
        assert_eq!(fold_value(&json!(true)), "true");
        assert_eq!(fold_value(&json!(1e20)), "e");
        assert_eq!(fold_value(&json!(["Kyiv", null])), "kivnone");
    }

    #[test]
    fn surnames() {
        assert_eq!(surname(&json!("  Vitaliy  Kim ")), "kim");
        assert_eq!(surname(&json!("Ivan\u{a0}Fedorov")), "fedorov");
        assert_eq!(surname(&json!({"name": null})), "");
        assert_eq!(surname(&json!({"role": "mayor"})), "");
        assert_eq!(surname(&json!("   ")), "");
        assert_eq!(surname(&json!(["Ivan", "Fedorov"])), "fedorov");
    }

    #[test]
    fn distance() {
        assert_eq!(km(50.0, 30.0, 50.0, 30.0), 0.0);
        // One degree of latitude is about 111.19 km.
        assert!((km(50.0, 30.0, 51.0, 30.0) - 111.19).abs() < 0.01);
        assert_eq!(
            km_num(Num::Int(50), Num::Int(30), Num::Int(50), Num::Int(30)),
            0.0
        );
    }

    #[test]
    fn totals_nested_rule() {
        let evs = vec![
            json!({"kind": "attack", "id": "p", "injured": 3}),
            json!({"kind": "attack", "id": "c1", "part_of": "p", "injured": 5}),
            json!({"kind": "attack", "id": "q", "killed": null}),
            json!({"kind": "attack", "id": "c2", "part_of": "q", "killed": 1.0}),
            json!({"kind": "attack", "id": "c3", "part_of": "q", "killed": true}),
            json!({"kind": "clash", "id": "r", "killed": 2}),
            json!("not an event"),
        ];
        // p's own value wins over its child's.
        assert_eq!(report_total(&evs, "injured"), json!(3));
        // 1.0 + True = 2.0 from q's children, + 2 from r: a float.
        assert_eq!(report_total(&evs, "killed"), json!(4.0));
        assert!(report_total(&evs, "killed").is_f64());
        assert_eq!(report_total(&evs, "count"), json!(null));
        assert_eq!(report_total(&[], "killed"), json!(null));
    }

    #[test]
    fn jsonl() {
        assert_eq!(parse_jsonl("").unwrap(), Vec::<Value>::new());
        assert_eq!(
            parse_jsonl(" \u{a0}\n\x1c\r\n").unwrap(),
            Vec::<Value>::new()
        );
        assert_eq!(
            parse_jsonl("1\r2\u{2028}\"x\"").unwrap(),
            vec![json!(1), json!(2), json!("x")]
        );
        assert!(parse_jsonl("{\"a\": 1}\nnot json\n").is_none());
        assert!(parse_jsonl("{\"a\": \"x\u{1c}y\"}").is_none());
    }
}
