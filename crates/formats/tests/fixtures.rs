//! Every format's fixture reads into the same text as the plain-text report, with its
//! own metadata; bad items are reported by item and the rest read.

use jiff::civil::{Date, date};
use sitrep_formats::{Document, Format, read};
use std::path::PathBuf;

fn fixture(name: &str) -> (Vec<u8>, String) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/formats")
        .join(name);
    (
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())),
        name.to_string(),
    )
}

fn text(name: &str) -> String {
    String::from_utf8(fixture(name).0).unwrap()
}

fn docs(name: &str) -> (Format, Vec<Document>, Vec<String>) {
    let (bytes, hint) = fixture(name);
    let r = read(&bytes, &hint).unwrap_or_else(|e| panic!("{name}: {e}"));
    (
        r.format.unwrap(),
        r.documents,
        r.errors.iter().map(|e| e.to_string()).collect(),
    )
}

const D20: Date = date(2023, 9, 20);
const D21: Date = date(2023, 9, 21);

#[test]
fn plain_text_is_one_document_as_is() {
    let (f, d, e) = docs("kharkiv.txt");
    assert_eq!(f, Format::Text);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, text("kharkiv.txt"));
    assert!(e.is_empty());
}

#[test]
fn html_page_without_boilerplate() {
    let (f, d, e) = docs("kharkiv.html");
    assert_eq!(f, Format::Html);
    assert!(e.is_empty());
    assert_eq!(d.len(), 1);
    let d = &d[0];
    assert_eq!(d.text, text("kharkiv.txt"));
    assert_eq!(
        d.title.as_deref(),
        Some("Russian troops shell Kharkiv region 31 times, two people wounded")
    );
    assert_eq!(d.published, Some(D20));
    assert_eq!(
        d.url.as_deref(),
        Some("https://kharkiv-daily.example/news/2023/09/20/shelling-31-times")
    );
    assert_eq!(d.outlet.as_deref(), Some("Kharkiv Daily"));
    for junk in [
        "Skip",
        "cookies",
        "Advertisement",
        "Read also",
        "Share",
        "Tags",
        "comments",
        "12 times",
        "Related",
        "Most read",
        "©",
        "99 times",
        "Photo",
    ] {
        assert!(!d.text.contains(junk), "{junk:?} left in:\n{}", d.text);
    }
}

#[test]
fn html_page_with_microdata_and_time() {
    let (f, d, _) = docs("odesa.html");
    assert_eq!(f, Format::Html);
    let d = &d[0];
    assert_eq!(d.text, text("odesa.txt"));
    assert_eq!(d.published, Some(D21));
    assert_eq!(d.outlet.as_deref(), Some("South News"));
}

#[test]
fn html_detected_by_content_not_extension() {
    let (bytes, _) = fixture("kharkiv.html");
    let r = read(&bytes, "saved-page.txt").unwrap();
    assert_eq!(r.format, Some(Format::Html));
    assert_eq!(r.documents[0].text, text("kharkiv.txt"));
}

#[test]
fn rss_items() {
    let (f, d, e) = docs("feed.rss");
    assert_eq!(f, Format::Rss);
    assert_eq!(d.len(), 3, "{d:#?}");
    assert_eq!(
        e,
        vec!["item 3: no title, description or content".to_string()]
    );
    assert_eq!(d[0].text, text("kharkiv.txt"));
    assert_eq!(d[0].published, Some(D20));
    assert_eq!(
        d[0].url.as_deref(),
        Some("https://warwire.example/2023/09/20/kharkiv-shelling")
    );
    assert_eq!(d[0].outlet.as_deref(), Some("Ukraine War Wire"));
    assert_eq!(d[0].item, "item 1");
    assert_eq!(d[1].text, text("odesa.txt"));
    assert_eq!(d[1].published, Some(D21));
    assert_eq!(d[2].text, text("airforce.txt"));
    assert_eq!(d[2].published, Some(date(2024, 1, 10)));
    assert_eq!(d[2].item, "item 4");
}

#[test]
fn atom_entries() {
    let (f, d, e) = docs("feed.atom");
    assert_eq!(f, Format::Atom);
    assert!(e.is_empty(), "{e:?}");
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].text, text("kharkiv.txt"));
    assert_eq!(d[0].published, Some(D20));
    assert_eq!(
        d[0].url.as_deref(),
        Some("https://frontline.example/kharkiv-31")
    );
    assert_eq!(d[0].outlet.as_deref(), Some("Front Line Digest"));
    assert_eq!(d[1].text, text("odesa.txt"));
    assert_eq!(d[1].published, Some(D21));
    assert_eq!(d[1].item, "entry 2");
}

#[test]
fn telegram_messages() {
    let (f, d, e) = docs("telegram/result.json");
    assert_eq!(f, Format::Telegram);
    assert_eq!(
        e,
        vec!["message 4715: text entity 1 has no \"text\" string".to_string()]
    );
    let items: Vec<&str> = d.iter().map(|d| d.item.as_str()).collect();
    assert_eq!(items, ["message 4711", "message 4714", "message 4716"]);
    assert_eq!(d[0].text, text("kharkiv.txt"));
    assert_eq!(d[0].published, Some(D20));
    assert_eq!(d[0].outlet.as_deref(), Some("Kharkiv RMA"));
    assert_eq!(d[1].text, text("odesa.txt"));
    assert_eq!(d[2].text, "Air raid alert lifted. #Kharkiv\n");
}

#[test]
fn json_lines_with_bad_lines() {
    let (f, d, e) = docs("reports.jsonl");
    assert_eq!(f, Format::JsonLines);
    assert_eq!(d.len(), 3);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].starts_with("line 3: not JSON"), "{}", e[0]);
    assert_eq!(e[1], "line 4: no \"text\"");
    assert_eq!(d[0].text, text("kharkiv.txt"));
    assert_eq!(d[0].published, Some(D20));
    assert_eq!(d[0].outlet.as_deref(), Some("Kharkiv Daily"));
    assert_eq!(d[1].text, text("odesa.txt"));
    assert_eq!(d[1].published, Some(D21));
    assert_eq!(d[2].text, text("airforce.txt"));
    assert_eq!(d[2].item, "line 6");
}

#[test]
fn whole_file_errors_are_clear() {
    let e = read(b"Kharkiv \xff shelled", "x.txt").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1: not UTF-8 text (invalid byte at offset 8)"
    );
    let e = read(
        b"{\n \"name\": \"C\",\n \"messages\": [ {\"id\": 1,,} ]\n}",
        "result.json",
    )
    .unwrap_err();
    assert!(
        e.to_string().starts_with("line 3: malformed telegram"),
        "{e}"
    );
    let e = read(
        b"<?xml version=\"1.0\"?><rss><channel><title>x</titel>",
        "f.xml",
    )
    .unwrap_err();
    assert!(e.to_string().contains("malformed rss"), "{e}");
    let e = read(b"<html><body><nav>Home</nav></body></html>", "p.html").unwrap_err();
    assert_eq!(e.to_string(), "no article text found (html)");
}

#[test]
fn a_malformed_feed_is_a_clear_error() {
    let mut rss = text("feed.rss");
    rss = rss.replacen("<title>Air defence", "<title>Air defence <b>", 1);
    let e = read(rss.as_bytes(), "feed.rss").unwrap_err();
    assert!(e.to_string().contains("rss"), "{e}");
}
