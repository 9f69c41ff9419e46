//! JSON lines: one object per line with `text` and optional `published`, `title`,
//! `url`, `source` (the outlet). A bad line is reported as `line N: …` and skipped.

use crate::{Document, Format, ItemError, Read, collapse};
use serde_json::Value;

pub(crate) fn read_lines(s: &str) -> Read {
    let mut r = Read::new(Format::JsonLines);
    for (i, line) in s.lines().enumerate() {
        let item = format!("line {}", i + 1);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok((doc, warning)) => {
                if let Some(w) = warning {
                    r.warnings.push(ItemError {
                        item: item.clone(),
                        message: w,
                    });
                }
                r.documents.push(Document { item, ..doc });
            }
            Err(message) => r.errors.push(ItemError { item, message }),
        }
    }
    r
}

fn parse_line(line: &str) -> Result<(Document, Option<String>), String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(o) = v else {
        return Err("not a JSON object".into());
    };
    let text = match o.get("text") {
        Some(Value::String(t)) if !t.trim().is_empty() => t.as_str(),
        Some(Value::String(_)) => return Err("\"text\" is empty".into()),
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("no \"text\"".into()),
    };
    let opt = |k: &str| -> Result<Option<String>, String> {
        match o.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            Some(_) => Err(format!("\"{k}\" is not a string")),
        }
    };
    let title = opt("title")?.map(|t| collapse(&t));
    let url = opt("url")?;
    let outlet = opt("source")?;
    let mut warning = None;
    let published = match opt("published")? {
        Some(d) => {
            let p = crate::parse_date(&d);
            if p.is_none() {
                warning = Some(format!("unreadable date {d:?} left empty"));
            }
            p
        }
        None => None,
    };
    // the text as given; the title is put before it (headline, blank line) unless the
    // text already starts with it
    let mut full = String::new();
    if let Some(t) = &title
        && !text.trim_start().starts_with(t.as_str())
    {
        full.push_str(t);
        full.push_str("\n\n");
    }
    full.push_str(text);
    if !full.ends_with('\n') {
        full.push('\n');
    }
    Ok((
        Document {
            text: full,
            title,
            published,
            url,
            outlet,
            item: String::new(),
        },
        warning,
    ))
}
