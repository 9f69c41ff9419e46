//! RSS 2.0 and Atom feeds, one document per `<item>` / `<entry>`, read with quick-xml.
//!
//! Item text: the title, then `content:encoded` (RSS) / `content` (Atom) when present,
//! else `description` / `summary`, as HTML (escaped or CDATA; Atom `type="xhtml"` as
//! markup) run through the same boilerplate-free HTML-to-paragraphs conversion as pages.
//! Date: `pubDate`, `dc:date`, `published`, `updated`. Outlet: the channel's / feed's
//! title. A syntax error stops the feed: the items before it are kept and the error
//! names the item and byte offset.

use crate::html::{fragment_line, fragment_paragraphs};
use crate::{Document, Format, FormatError, ItemError, Read, layout, lines_to_paragraphs, parse_date};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

#[derive(Default)]
struct Item {
    title: String,
    link: Option<String>,
    description: String,
    content: String,
    date: String,
    updated: String,
}

/// Which field text goes to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    None,
    Title,
    Link,
    Description,
    Content,
    Date,
    Updated,
    ChannelTitle,
}

fn local(name: &[u8]) -> String {
    let n = name.rsplit(|&b| b == b':').next().unwrap_or(name);
    String::from_utf8_lossy(n).to_ascii_lowercase()
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == name.as_bytes()).and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

pub(crate) fn read_feed(xml: &str, format: Format) -> Result<Read, FormatError> {
    let item_tag = if format == Format::Rss { "item" } else { "entry" };
    let mut r = Read::new(format);
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut outlet: Option<String> = None;
    let mut channel_title = String::new();
    let mut item: Option<Item> = None;
    let mut n = 0usize;
    let mut field = Field::None;
    let mut field_depth = 0usize;
    let mut depth = 0usize;
    // Atom xhtml content: the raw markup between the tags
    let mut xhtml_start: Option<usize> = None;
    loop {
        let before = reader.buffer_position() as usize;
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let at = reader.error_position();
                let msg = format!("XML error at byte {at}: {e}");
                if n == 0 && item.is_none() {
                    return Err(FormatError::Malformed { format, at: String::new(), message: msg });
                }
                let which = if item.is_some() { n } else { n + 1 };
                r.errors.push(ItemError { item: format!("{item_tag} {which}"), message: format!("{msg}; the rest of the feed is not read") });
                break;
            }
        };
        match ev {
            Event::Start(e) => {
                depth += 1;
                if xhtml_start.is_some() {
                    continue;
                }
                let name = local(e.name().as_ref());
                if item.is_none() {
                    if name == item_tag {
                        n += 1;
                        item = Some(Item::default());
                    } else if name == "title" && channel_title.is_empty() && (depth == 2 || depth == 3) {
                        field = Field::ChannelTitle;
                        field_depth = depth;
                    }
                    continue;
                }
                if field != Field::None {
                    continue; // markup inside a field (e.g. unescaped HTML): text only
                }
                let prefixed = e.name().as_ref().contains(&b':');
                field = match name.as_str() {
                    "title" => Field::Title,
                    "link" if !prefixed => Field::Link,
                    "description" | "summary" => Field::Description,
                    "encoded" | "content" => Field::Content,
                    "pubdate" | "published" | "date" | "issued" => Field::Date,
                    "updated" | "modified" => Field::Updated,
                    _ => Field::None,
                };
                field_depth = depth;
                if field == Field::Content && format == Format::Atom && attr(&e, "type").as_deref() == Some("xhtml") {
                    xhtml_start = Some(reader.buffer_position() as usize);
                }
            }
            Event::Empty(e) => {
                if let Some(it) = item.as_mut() {
                    if field == Field::None && local(e.name().as_ref()) == "link" && !e.name().as_ref().contains(&b':') {
                        let rel = attr(&e, "rel");
                        if rel.is_none() || rel.as_deref() == Some("alternate") {
                            if let Some(h) = attr(&e, "href") {
                                it.link.get_or_insert(h);
                            }
                        }
                    }
                }
            }
            Event::End(e) => {
                if let Some(start) = xhtml_start {
                    if depth == field_depth {
                        if let Some(it) = item.as_mut() {
                            it.content = xml.get(start..before).unwrap_or("").to_string();
                        }
                        xhtml_start = None;
                        field = Field::None;
                    }
                    depth -= 1;
                    continue;
                }
                if depth == field_depth {
                    field = Field::None;
                }
                depth = depth.saturating_sub(1);
                if item.is_some() && local(e.name().as_ref()) == item_tag && field == Field::None {
                    let it = item.take().unwrap_or_default();
                    finish(it, n, item_tag, &outlet, &mut r);
                }
            }
            Event::Text(t) => push(&mut item, field, &mut channel_title, &String::from_utf8_lossy(&t), xhtml_start.is_some()),
            Event::CData(t) => push(&mut item, field, &mut channel_title, &String::from_utf8_lossy(&t), xhtml_start.is_some()),
            Event::GeneralRef(g) => {
                let text = match g.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = String::from_utf8_lossy(&g);
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => s.to_string(),
                            // an HTML entity (&nbsp;): left for the HTML conversion
                            None => format!("&{name};"),
                        }
                    }
                };
                push(&mut item, field, &mut channel_title, &text, xhtml_start.is_some());
            }
            Event::Eof => break,
            _ => {}
        }
        if field == Field::None && outlet.is_none() && !channel_title.is_empty() {
            outlet = Some(fragment_line(&channel_title)).filter(|t| !t.is_empty());
        }
    }
    if item.is_some() && r.errors.is_empty() {
        r.errors.push(ItemError { item: format!("{item_tag} {n}"), message: "the feed ends inside this item".into() });
    }
    Ok(r)
}

fn push(item: &mut Option<Item>, field: Field, channel_title: &mut String, s: &str, in_xhtml: bool) {
    if in_xhtml {
        return; // taken raw at the end tag
    }
    if field == Field::ChannelTitle {
        channel_title.push_str(s);
        return;
    }
    let Some(it) = item.as_mut() else { return };
    match field {
        Field::Title => it.title.push_str(s),
        Field::Link => it.link.get_or_insert_with(String::new).push_str(s),
        Field::Description => it.description.push_str(s),
        Field::Content => it.content.push_str(s),
        Field::Date => it.date.push_str(s),
        Field::Updated => it.updated.push_str(s),
        Field::None | Field::ChannelTitle => {}
    }
}

/// Paragraphs of a description: HTML when it has markup, else one per line.
fn paragraphs(s: &str) -> Vec<String> {
    if s.contains('<') || s.contains('&') { fragment_paragraphs(s) } else { lines_to_paragraphs(s) }
}

fn finish(it: Item, n: usize, item_tag: &str, outlet: &Option<String>, r: &mut Read) {
    let name = format!("{item_tag} {n}");
    let title = Some(fragment_line(&it.title)).filter(|t| !t.is_empty());
    let mut body = paragraphs(&it.content);
    if body.is_empty() {
        body = paragraphs(&it.description);
    }
    if title.is_none() && body.is_empty() {
        r.errors.push(ItemError { item: name, message: "no title, description or content".into() });
        return;
    }
    let date = if it.date.trim().is_empty() { it.updated.trim() } else { it.date.trim() };
    let published = parse_date(date);
    if published.is_none() && !date.is_empty() {
        r.warnings.push(ItemError { item: name.clone(), message: format!("unreadable date {date:?} left empty") });
    }
    let url = it.link.map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
    r.documents.push(Document { text: layout(title.as_deref(), &body), title, published, url, outlet: outlet.clone(), item: name });
}
