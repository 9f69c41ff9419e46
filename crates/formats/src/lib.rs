//! Input formats of sitrep: what `sitrep extract` and `sitrep ingest` read besides bare
//! text. [`read`] detects the format by content ([`detect`]) and turns a file into
//! [`Document`]s — each one article with its own text, title, publication date, URL and
//! outlet — plus a list of per-item errors, so that one bad JSON line or Telegram
//! message is reported (`line 7: …`) while the rest of the file goes on.
//!
//! | format | detected by | one document per |
//! |---|---|---|
//! | HTML article page | `<!doctype html`, `<html`, `<head`, `<body` at the start | page |
//! | RSS 2.0 | `<rss` element | `<item>` |
//! | Atom | `<feed` element in the Atom namespace | `<entry>` |
//! | Telegram Desktop export (`result.json`) | JSON object with a `messages` array | message |
//! | JSON lines | first non-empty line a JSON object | line |
//! | plain text | anything else (UTF-8 required) | file |
//!
//! A document's [`Document::text`] is what the extractor reads: the headline, a blank
//! line, then the body paragraphs separated by blank lines, so that the extractor's
//! article splitter sees one article. Evidence offsets refer to this text.
//!
//! Nothing here panics on any input (see the fuzz targets and `tests/robust.rs`).

mod feed;
mod html;
mod jsonl;
mod telegram;

use jiff::civil::Date;
use std::fmt;

pub use html::page_text;

/// One article read from an input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The plain text the extractor reads: headline line, blank line, body paragraphs
    /// separated by blank lines.
    pub text: String,
    /// Headline, when the format has one.
    pub title: Option<String>,
    /// Publication date (the date as written in the source's own time zone).
    pub published: Option<Date>,
    /// Address of the article.
    pub url: Option<String>,
    /// Outlet or channel name.
    pub outlet: Option<String>,
    /// Where in the file: `"page"`, `"item 3"`, `"entry 2"`, `"message 4711"`, `"line 12"`,
    /// or empty for plain text.
    pub item: String,
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain UTF-8 text: one report file (which may hold a digest of several articles).
    Text,
    /// An HTML article page.
    Html,
    /// An RSS 2.0 feed.
    Rss,
    /// An Atom feed.
    Atom,
    /// A Telegram Desktop channel export (`result.json`).
    Telegram,
    /// JSON lines: one object with `text` per line.
    JsonLines,
}

impl Format {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Rss => "rss",
            Format::Atom => "atom",
            Format::Telegram => "telegram",
            Format::JsonLines => "jsonl",
        }
    }

    /// Whether a file of this format holds several documents (feeds, exports, JSON
    /// lines), each named by its [`Document::item`].
    pub fn is_multi(self) -> bool {
        matches!(
            self,
            Format::Rss | Format::Atom | Format::Telegram | Format::JsonLines
        )
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem with one item of a file (a JSON line, a message, a feed item); the other
/// items are still read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemError {
    /// `"line 7"`, `"message 12"`, `"item 3"`.
    pub item: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.item.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.item, self.message)
        }
    }
}

/// A whole file that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Not UTF-8: the first invalid byte, and its line (1-based).
    NotUtf8 { offset: usize, line: usize },
    /// Not well-formed as the detected format (XML or JSON syntax); `at` says where.
    Malformed {
        format: Format,
        at: String,
        message: String,
    },
    /// Well-formed, but nothing to read (an HTML page without article text).
    NoText { format: Format },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotUtf8 { offset, line } => write!(
                f,
                "line {line}: not UTF-8 text (invalid byte at offset {offset})"
            ),
            FormatError::Malformed {
                format,
                at,
                message,
            } => {
                if at.is_empty() {
                    write!(f, "malformed {format}: {message}")
                } else {
                    write!(f, "{at}: malformed {format}: {message}")
                }
            }
            FormatError::NoText { format } => write!(f, "no article text found ({format})"),
        }
    }
}

impl std::error::Error for FormatError {}

/// What [`read`] found in a file.
#[derive(Clone, Debug, Default)]
pub struct Read {
    /// The detected format.
    pub format: Option<Format>,
    /// The documents, in file order.
    pub documents: Vec<Document>,
    /// Items that could not be read (each skipped; the others are in `documents`).
    pub errors: Vec<ItemError>,
    /// Items read with something ignored (e.g. an unreadable date, left empty).
    pub warnings: Vec<ItemError>,
}

impl Read {
    fn new(format: Format) -> Read {
        Read {
            format: Some(format),
            ..Read::default()
        }
    }
}

/// The format of `bytes`, by content; `path_hint` (a file name) only breaks ties for
/// content starting with `<` that is neither a feed nor obviously HTML.
pub fn detect(bytes: &[u8], path_hint: &str) -> Format {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let body = &bytes[start..];
    match body.first() {
        Some(b'<') => {
            let head: Vec<u8> = body
                .iter()
                .take(4096)
                .map(|b| b.to_ascii_lowercase())
                .collect();
            let head = String::from_utf8_lossy(&head);
            let html_start = ["<!doctype html", "<html", "<head", "<body"]
                .iter()
                .any(|t| head.starts_with(t));
            if !html_start {
                // past the XML declaration, comments and processing instructions
                if let Some(root) = first_element(&head) {
                    if root.starts_with("rss")
                        && root[3..].starts_with(|c: char| !c.is_ascii_alphanumeric())
                    {
                        return Format::Rss;
                    }
                    if (root.starts_with("feed") || root.contains(":feed"))
                        && head.contains("http://www.w3.org/2005/atom")
                    {
                        return Format::Atom;
                    }
                    if ["html", "head", "body"].iter().any(|t| root.starts_with(t)) {
                        return Format::Html;
                    }
                }
            }
            let lower = path_hint.to_ascii_lowercase();
            if html_start
                || head.contains("<html")
                || head.contains("<body")
                || lower.ends_with(".html")
                || lower.ends_with(".htm")
                || lower.ends_with(".xhtml")
            {
                Format::Html
            } else {
                Format::Text
            }
        }
        Some(b'{') => {
            let line_end = body.iter().position(|&b| b == b'\n').unwrap_or(body.len());
            match serde_json::from_slice::<serde_json::Value>(&body[..line_end]) {
                Ok(serde_json::Value::Object(o)) => {
                    if o.get("messages").is_some_and(|m| m.is_array()) {
                        Format::Telegram
                    } else {
                        Format::JsonLines
                    }
                }
                // a pretty-printed object: a Telegram export (errors reported by its parser)
                _ => {
                    let head = String::from_utf8_lossy(&body[..body.len().min(64 * 1024)]);
                    if head.contains("\"messages\"")
                        || head.contains("\"type\"") && head.contains("\"name\"")
                    {
                        Format::Telegram
                    } else {
                        Format::JsonLines
                    }
                }
            }
        }
        _ => Format::Text,
    }
}

/// The name of the first element of lower-cased markup, after declarations,
/// processing instructions, comments and a doctype.
fn first_element(head: &str) -> Option<&str> {
    let mut s = head;
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("<?") {
            s = &rest[rest.find("?>")? + 2..];
        } else if let Some(rest) = s.strip_prefix("<!--") {
            s = &rest[rest.find("-->")? + 3..];
        } else if let Some(rest) = s.strip_prefix("<!") {
            s = &rest[rest.find('>')? + 1..];
        } else if let Some(rest) = s.strip_prefix('<') {
            return Some(rest);
        } else {
            return None;
        }
    }
}

/// Reads a file of any supported format (see [`detect`]). `path_hint` is the file's
/// name, used only for detection. A whole-file failure (not UTF-8, XML or JSON syntax
/// error before anything could be read, a page without text) is `Err`; a bad item is
/// reported in [`Read::errors`] beside the good documents.
pub fn read(bytes: &[u8], path_hint: &str) -> Result<Read, FormatError> {
    let text = utf8(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = detect(text.as_bytes(), path_hint);
    match format {
        Format::Text => {
            let mut r = Read::new(Format::Text);
            r.documents.push(Document {
                text: text.to_string(),
                title: None,
                published: None,
                url: None,
                outlet: None,
                item: String::new(),
            });
            Ok(r)
        }
        Format::Html => html::read_page(text),
        Format::Rss | Format::Atom => feed::read_feed(text, format),
        Format::Telegram => telegram::read_export(text),
        Format::JsonLines => Ok(jsonl::read_lines(text)),
    }
}

/// `bytes` as UTF-8, or the offset and line of the first invalid byte.
pub fn utf8(bytes: &[u8]) -> Result<&str, FormatError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        FormatError::NotUtf8 { offset, line }
    })
}

/// A publication date from the usual spellings: `2023-09-20`, RFC 3339 / ISO 8601
/// date-times (`2023-09-20T08:15:00+03:00`, the date as written), RFC 2822
/// (`Wed, 20 Sep 2023 08:15:00 +0300`, as in RSS), and `20 Sep 2023`.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() >= 10
        && s.is_char_boundary(10)
        && let Ok(d) = s[..10].parse::<Date>()
    {
        let rest = &s[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            return Some(d);
        }
    }
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return Some(z.date());
    }
    // "Wed, 20 Sep 2023" or "20 September 2023" with or without a time
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    for w in words.windows(3) {
        let (Ok(day), Ok(year)) = (w[0].parse::<i8>(), w[2].parse::<i16>()) else {
            continue;
        };
        let m = w[1].to_ascii_lowercase();
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        if let Some(month) = MONTHS.iter().position(|p| m.len() >= 3 && m.starts_with(p))
            && let Ok(d) = Date::new(year, month as i8 + 1, day)
        {
            return Some(d);
        }
    }
    None
}

/// Joins a headline and body paragraphs into the extractor's layout: headline, blank
/// line, paragraphs separated by blank lines, final newline. White space inside each
/// paragraph is collapsed; empty paragraphs and a first paragraph repeating the
/// headline are dropped.
pub fn layout(title: Option<&str>, paragraphs: &[String]) -> String {
    let mut out = String::new();
    let title = title.map(collapse).filter(|t| !t.is_empty());
    if let Some(t) = &title {
        out.push_str(t);
        out.push('\n');
    }
    let mut first = true;
    for p in paragraphs {
        let p = collapse(p);
        if p.is_empty() || first && title.as_deref() == Some(p.as_str()) {
            continue;
        }
        first = false;
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&p);
        out.push('\n');
    }
    out
}

/// Collapses runs of white space (no-break spaces included) to one space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Plain text with line structure (a message, a JSON line's text, a plain feed
/// description) into paragraphs: one per non-blank line.
pub(crate) fn lines_to_paragraphs(s: &str) -> Vec<String> {
    s.lines().map(collapse).filter(|l| !l.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = Date::constant(2023, 9, 20);
        for s in [
            "2023-09-20",
            "2023-09-20T08:15:00+03:00",
            "2023-09-20 08:15",
            "Wed, 20 Sep 2023 08:15:00 +0300",
            "20 September 2023",
            "Wed, 20 Sep 2023 08:15:00 GMT",
        ] {
            assert_eq!(parse_date(s), Some(d), "{s}");
        }
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2023-13-45"), None);
    }

    #[test]
    fn detection() {
        assert_eq!(detect(b"<!DOCTYPE html><html>", "x"), Format::Html);
        assert_eq!(detect(b"\n<html lang=en>", "x"), Format::Html);
        assert_eq!(
            detect(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x"),
            Format::Rss
        );
        assert_eq!(
            detect(
                b"<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "x"
            ),
            Format::Atom
        );
        assert_eq!(
            detect(b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "x"),
            Format::JsonLines
        );
        assert_eq!(
            detect(
                b"{\n \"name\": \"C\",\n \"type\": \"public_channel\",\n \"messages\": []\n}",
                "x"
            ),
            Format::Telegram
        );
        assert_eq!(
            detect(b"Russian forces shelled Kherson.", "x.html"),
            Format::Text
        );
        assert_eq!(
            detect(b"<p>Russian forces shelled Kherson.</p>", "x.html"),
            Format::Html
        );
        assert_eq!(
            detect(b"<p>Russian forces shelled Kherson.</p>", "x.txt"),
            Format::Text
        );
    }

    #[test]
    fn layout_is_headline_blank_paragraphs() {
        let t = layout(
            Some(" Drones  hit Odesa "),
            &[
                "Drones hit Odesa".into(),
                "Russian drones hit\n the port.".into(),
                "  ".into(),
                "Nobody was hurt.".into(),
            ],
        );
        assert_eq!(
            t,
            "Drones hit Odesa\n\nRussian drones hit the port.\n\nNobody was hurt.\n"
        );
    }
}
