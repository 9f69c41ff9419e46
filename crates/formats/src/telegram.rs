//! Telegram Desktop channel exports (`result.json`): one document per message.
//!
//! The text is assembled from the message's `text_entities` (else its `text`, a string
//! or an array of strings and `{type, text}` entities); the outlet is the channel's
//! `name`; the date is the message's `date` as exported (local time of the exporting
//! machine). Service messages (`"type": "service"`) and messages without text (a photo
//! with no caption) are skipped; a message that is not an object or has a wrong-typed
//! field is reported as `message ID: …` and the others are read.

use crate::{
    Document, Format, FormatError, ItemError, Read, layout, lines_to_paragraphs, parse_date,
};
use serde_json::Value;

pub(crate) fn read_export(json: &str) -> Result<Read, FormatError> {
    let v: Value = serde_json::from_str(json).map_err(|e| FormatError::Malformed {
        format: Format::Telegram,
        at: format!("line {}", e.line()),
        message: format!("{e}"),
    })?;
    let malformed = |m: &str| FormatError::Malformed {
        format: Format::Telegram,
        at: String::new(),
        message: m.to_string(),
    };
    let Value::Object(top) = &v else {
        return Err(malformed("not a JSON object"));
    };
    let Some(Value::Array(messages)) = top.get("messages") else {
        return Err(malformed(
            "no \"messages\" array (not a Telegram Desktop channel export)",
        ));
    };
    let outlet = top
        .get("name")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from);
    let mut r = Read::new(Format::Telegram);
    for (i, m) in messages.iter().enumerate() {
        let id = m.get("id").and_then(|id| {
            id.as_i64()
                .map(|n| n.to_string())
                .or_else(|| id.as_str().map(String::from))
        });
        let item = format!("message {}", id.unwrap_or_else(|| format!("#{}", i + 1)));
        match message(m, &item, &outlet) {
            Ok(Some((doc, warning))) => {
                r.documents.push(doc);
                if let Some(w) = warning {
                    r.warnings.push(ItemError { item, message: w });
                }
            }
            Ok(None) => {}
            Err(message) => r.errors.push(ItemError { item, message }),
        }
    }
    Ok(r)
}

type Message = Option<(Document, Option<String>)>;

fn message(m: &Value, item: &str, outlet: &Option<String>) -> Result<Message, String> {
    let Value::Object(o) = m else {
        return Err("not a JSON object".into());
    };
    match o.get("type").and_then(Value::as_str) {
        Some("message") | None => {}
        Some(_) => return Ok(None), // service messages
    }
    let text = match (o.get("text_entities"), o.get("text")) {
        (Some(Value::Array(ents)), _) => entities(ents)?,
        (_, Some(t)) => text_field(t)?,
        (Some(_), None) => return Err("\"text_entities\" is not an array".into()),
        (None, None) => String::new(),
    };
    let paragraphs = lines_to_paragraphs(&text);
    if paragraphs.is_empty() {
        return Ok(None);
    }
    let (published, warning) = match o.get("date") {
        Some(Value::String(d)) => match parse_date(d) {
            Some(d) => (Some(d), None),
            None => (None, Some(format!("unreadable date {d:?} left empty"))),
        },
        Some(_) => return Err("\"date\" is not a string".into()),
        None => (None, None),
    };
    let text = lines_text(&text);
    Ok(Some((
        Document {
            text,
            title: None,
            published,
            url: None,
            outlet: outlet.clone(),
            item: item.to_string(),
        },
        warning,
    )))
}

/// The message's lines, each trimmed, runs of blank lines made one blank line.
fn lines_text(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for l in text.lines() {
        let l = l.trim();
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(l);
        out.push('\n');
    }
    let _ = layout; // same layout rules as the other formats for titled documents
    out
}

fn entities(ents: &[Value]) -> Result<String, String> {
    let mut s = String::new();
    for (k, e) in ents.iter().enumerate() {
        match e.get("text") {
            Some(Value::String(t)) => s.push_str(t),
            _ => return Err(format!("text entity {} has no \"text\" string", k + 1)),
        }
    }
    Ok(s)
}

fn text_field(t: &Value) -> Result<String, String> {
    match t {
        Value::String(s) => Ok(s.clone()),
        Value::Array(parts) => {
            let mut s = String::new();
            for (k, p) in parts.iter().enumerate() {
                match p {
                    Value::String(t) => s.push_str(t),
                    Value::Object(_) => match p.get("text") {
                        Some(Value::String(t)) => s.push_str(t),
                        _ => return Err(format!("text part {} has no \"text\" string", k + 1)),
                    },
                    _ => {
                        return Err(format!(
                            "text part {} is neither a string nor an entity",
                            k + 1
                        ));
                    }
                }
            }
            Ok(s)
        }
        _ => Err("\"text\" is neither a string nor an array".into()),
    }
}
