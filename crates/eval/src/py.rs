//! Just enough of Python's value semantics to mirror score.py: truthiness, `==` between
//! JSON values (ints and floats compare by value, `True == 1`), `str()`/`repr()` of JSON
//! values as they appear in the notes, float `repr`, `round(x, 4)`, `str.isspace`,
//! `str.splitlines` and dict-key lookups.

use serde_json::{Number, Value};

use crate::nonprintable::NONPRINTABLE;

/// `None`, for "absent or null" look-ups that hand back a reference.
pub(crate) static NULL: Value = Value::Null;

/// A JSON number (or bool) the way Python holds it after `json.loads`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    /// Python `int` (bools are ints too).
    Int(i128),
    /// Python `float`.
    Float(f64),
}

impl Num {
    /// `float(x)`.
    pub(crate) fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

/// The number inside `v` when Python would see an `int` or `float` (bool included).
pub(crate) fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(i128::from(*b))),
        Value::Number(n) => Some(number(n)),
        _ => None,
    }
}

fn number(n: &Number) -> Num {
    if let Some(i) = n.as_i64() {
        Num::Int(i128::from(i))
    } else if let Some(u) = n.as_u64() {
        Num::Int(i128::from(u))
    } else {
        Num::Float(n.as_f64().unwrap_or(f64::NAN))
    }
}

/// Exact comparison of an int with a float, as Python does it.
fn int_float_eq(i: i128, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && f.abs() < 1.0e38 && f as i128 == i
}

fn num_eq(a: Num, b: Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_float_eq(i, f),
    }
}

/// Python's `a == b` for two values decoded by `json.loads`.
pub(crate) fn py_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(u, v)| py_eq(u, v))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        _ => match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => num_eq(x, y),
            _ => false,
        },
    }
}

/// Python's `bool(v)`.
pub(crate) fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => match number(n) {
            Num::Int(i) => i != 0,
            Num::Float(f) => f != 0.0,
        },
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The items of `for x in v` (a string yields its characters, an object its keys).
/// Values Python cannot iterate (null, numbers, bools) yield nothing here; score.py
/// would stop with a TypeError.
pub(crate) fn py_iter(v: &Value) -> Vec<Value> {
    match v {
        Value::String(s) => s.chars().map(|c| Value::String(c.to_string())).collect(),
        Value::Array(a) => a.clone(),
        Value::Object(o) => o.keys().map(|k| Value::String(k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// Whether `v` can be a dict key (score.py would raise on a list or dict).
pub(crate) fn hashable(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// The non-negative list index `v` stands for as a dict key (`0`, `0.0`, `False` all
/// find the key `0`), if any.
pub(crate) fn index_key(v: &Value) -> Option<usize> {
    match as_num(v)? {
        Num::Int(i) => usize::try_from(i).ok(),
        Num::Float(f) => {
            if f.fract() == 0.0 && (0.0..1.0e18).contains(&f) {
                Some(f as usize)
            } else {
                None
            }
        }
    }
}

/// Python's `str(v)`.
pub(crate) fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr(v)`.
pub(crate) fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => num_str(number(n)),
        Value::String(s) => repr_str(s),
        Value::Array(a) => {
            let items: Vec<String> = a.iter().map(py_repr).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(o) => {
            let items: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{}: {}", repr_str(k), py_repr(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}

/// `str()` of a Python number.
pub(crate) fn num_str(n: Num) -> String {
    match n {
        Num::Int(i) => i.to_string(),
        Num::Float(f) => float_repr(f),
    }
}

/// Python's `repr(float)`: the shortest round-trip digits, positional for exponents
/// -4..=15, scientific (`1e+16`, `1.5e-05`) otherwise, and `.0` on integral values.
pub(crate) fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                format!("{digits}{}.0", "0".repeat(int_len - digits.len()))
            } else {
                format!("{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    format!("{sign}{body}")
}

/// Python's `round(x, 4)` for a float: the double nearest to the correctly rounded
/// (half-to-even on the exact binary value) 4-decimal figure.
pub(crate) fn round4(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.4}").parse().unwrap_or(x)
}

fn is_printable(c: char) -> bool {
    let c = c as u32;
    NONPRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// Python's `repr(str)`.
pub(crate) fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let u = c as u32;
        if c == quote || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c == '\t' {
            out.push_str("\\t");
        } else if c == '\n' {
            out.push_str("\\n");
        } else if c == '\r' {
            out.push_str("\\r");
        } else if u < 0x20 || u == 0x7f {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x7f || is_printable(c) {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isspace()` for one character.
pub(crate) fn py_isspace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's `str.splitlines()` (without line ends).
pub(crate) fn splitlines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        lines.push(&text[start..i]);
        let mut end = i + c.len_utf8();
        if c == '\r'
            && let Some(&(j, '\n')) = chars.peek()
        {
            chars.next();
            end = j + 1;
        }
        start = end;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.8571, "0.8571"),
            (0.0001, "0.0001"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345.6, "123456789012345.6"),
            (2.5, "2.5"),
            (1.2345e100, "1.2345e+100"),
            (0.1 + 0.2, "0.30000000000000004"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn round4_is_half_even_on_exact_value() {
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(0.09375), 0.0938);
        assert_eq!(round4(6.0 / 7.0), 0.8571);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn equality_like_python() {
        assert!(py_eq(&json!(3), &json!(3.0)));
        assert!(py_eq(&json!(true), &json!(1)));
        assert!(py_eq(&json!(false), &json!(0.0)));
        assert!(!py_eq(&json!(null), &json!(0)));
        assert!(!py_eq(&json!("3"), &json!(3)));
        assert!(py_eq(&json!({"a": [1, 2.0]}), &json!({"a": [1.0, 2]})));
        assert!(!py_eq(
            &json!(9007199254740993u64),
            &json!(9007199254740992.0)
        ));
    }

    #[test]
    fn repr_like_python() {
        assert_eq!(py_repr(&json!(null)), "None");
        assert_eq!(
            py_repr(&json!([1, 2.5, "a", true, null])),
            "[1, 2.5, 'a', True, None]"
        );
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(
            repr_str("a\tb\u{7f}\u{a0}\u{200b}é\u{e000}😀"),
            "'a\\tb\\x7f\\xa0\\u200bé\\ue000😀'"
        );
        assert_eq!(py_str(&json!("plain")), "plain");
        assert_eq!(py_str(&json!({"name": "X"})), "{'name': 'X'}");
    }

    #[test]
    fn splitlines_like_python() {
        assert_eq!(
            splitlines("a\r\nb\rc\n\nd\u{2028}e\x1cf\n"),
            vec!["a", "b", "c", "", "d", "e", "f"]
        );
        assert_eq!(splitlines(""), Vec::<&str>::new());
        assert_eq!(splitlines("x"), vec!["x"]);
    }

    #[test]
    fn truthiness_and_keys() {
        assert!(!truthy(&json!(0.0)));
        assert!(!truthy(&json!("")));
        assert!(!truthy(&json!({})));
        assert!(truthy(&json!([0])));
        assert_eq!(index_key(&json!(1.0)), Some(1));
        assert_eq!(index_key(&json!(true)), Some(1));
        assert_eq!(index_key(&json!(-1)), None);
        assert_eq!(index_key(&json!("0")), None);
    }
}
