//! RSS 2.0 and Atom feeds, one document per `<item>` / `<entry>`, read with the
//! `feed-rs` feed parser.
//!
//! Item text: the title, then the content (`content:encoded`, Atom `content`) when
//! present, else the description / summary, run through the same boilerplate-free
//! HTML-to-paragraphs conversion as pages. Date: the item's published date, else its
//! updated date (as `feed-rs` gives them, in UTC). Outlet: the feed's title. A feed
//! that is not well-formed is reported as a whole, naming the file.

use crate::html::{fragment_line, fragment_paragraphs};
use crate::{
    Document, Format, FormatError, ItemError, Read, layout, lines_to_paragraphs, parse_date,
};

#[derive(Default)]
struct Item {
    title: String,
    link: Option<String>,
    description: String,
    content: String,
    date: String,
    updated: String,
}

pub(crate) fn read_feed(xml: &str, format: Format) -> Result<Read, FormatError> {
    let item_tag = if format == Format::Rss {
        "item"
    } else {
        "entry"
    };
    let feed = feed_rs::parser::parse(xml.as_bytes()).map_err(|e| FormatError::Malformed {
        format,
        at: "the feed".into(),
        message: e.to_string(),
    })?;
    let outlet = feed
        .title
        .as_ref()
        .map(|t| fragment_line(&t.content))
        .filter(|t| !t.is_empty());
    let mut r = Read::new(format);
    for (i, e) in feed.entries.into_iter().enumerate() {
        let item = Item {
            title: e.title.map(|t| t.content).unwrap_or_default(),
            link: e.links.first().map(|l| l.href.clone()),
            description: e.summary.map(|t| t.content).unwrap_or_default(),
            content: e.content.and_then(|c| c.body).unwrap_or_default(),
            date: e.published.map(|d| d.to_rfc3339()).unwrap_or_default(),
            updated: e.updated.map(|d| d.to_rfc3339()).unwrap_or_default(),
        };
        finish(item, i + 1, item_tag, &outlet, &mut r);
    }
    Ok(r)
}

/// Paragraphs of a description: HTML when it has markup, else one per line.
fn paragraphs(s: &str) -> Vec<String> {
    if s.contains('<') || s.contains('&') {
        fragment_paragraphs(s)
    } else {
        lines_to_paragraphs(s)
    }
}

fn finish(it: Item, n: usize, item_tag: &str, outlet: &Option<String>, r: &mut Read) {
    let name = format!("{item_tag} {n}");
    let title = Some(fragment_line(&it.title)).filter(|t| !t.is_empty());
    let mut body = paragraphs(&it.content);
    if body.is_empty() {
        body = paragraphs(&it.description);
    }
    if title.is_none() && body.is_empty() {
        r.errors.push(ItemError {
            item: name,
            message: "no title, description or content".into(),
        });
        return;
    }
    let date = if it.date.trim().is_empty() {
        it.updated.trim()
    } else {
        it.date.trim()
    };
    let published = parse_date(date);
    if published.is_none() && !date.is_empty() {
        r.warnings.push(ItemError {
            item: name.clone(),
            message: format!("unreadable date {date:?} left empty"),
        });
    }
    let url = it
        .link
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty());
    r.documents.push(Document {
        text: layout(title.as_deref(), &body),
        title,
        published,
        url,
        outlet: outlet.clone(),
        item: name,
    });
}
