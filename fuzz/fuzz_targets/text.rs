//! Fuzz target: arbitrary bytes → the text layer (`articles`, `sentences`,
//! `tokens`, `numbers`, `time_expressions`).
//!
//! Checks, besides "does not panic": every span returned lies inside the span it
//! was asked about, on character boundaries; tokens are non-empty and in order;
//! numbers point at real tokens.
#![no_main]

use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use sitrep_model::Span;
use sitrep_text::{articles, dates, numbers, sentences, tokens};

/// A fixed publication date, so runs are reproducible.
const PUBLISHED: Date = Date::constant(2024, 3, 15);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let whole = Span::new(0, text.len());

    // the pipeline as the extractor runs it
    for art in articles(text) {
        if let Some(t) = art.title {
            inside(text, t, whole, "title");
            words(text, t);
        }
        for &p in &art.paragraphs {
            inside(text, p, whole, "paragraph");
            for s in sentences(text, p) {
                inside(text, s, p, "sentence");
                words(text, s);
            }
        }
        inside(text, art.span(), whole, "article");
    }

    // the whole text as one paragraph, and a sub-span chosen by the input
    for s in sentences(text, whole) {
        inside(text, s, whole, "sentence");
    }
    words(text, whole);
    if data.len() >= 2 {
        let mut start = data[0] as usize * text.len() / 256;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = start + data[1] as usize * (text.len() - start) / 255;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let sub = Span::new(start, end);
        for s in sentences(text, sub) {
            inside(text, s, sub, "sentence of a sub-span");
        }
        words(text, sub);
    }
});

/// Tokens, numbers and time phrases of `span`, with their invariants.
fn words(text: &str, span: Span) {
    let toks = tokens(text, span);
    let mut last_end = span.start;
    for t in &toks {
        inside(text, t.span, span, "token");
        assert!(t.span.start < t.span.end, "empty token at {}", t.span.start);
        assert!(t.span.start >= last_end, "token {:?} overlaps the one before", t.span);
        last_end = t.span.end;
    }
    for n in numbers::numbers(text, &toks) {
        inside(text, n.span, span, "number");
        assert!(n.first_token < n.end_token && n.end_token <= toks.len(), "number tokens {}..{} of {}", n.first_token, n.end_token, toks.len());
        let _ = n.usable();
    }
    for published in [Some(PUBLISHED), None] {
        for te in dates::time_expressions(text, &toks, published) {
            inside(text, te.span, span, "time expression");
            if let (Some(a), Some(b)) = (te.start, te.end) {
                assert!(a <= b, "time expression {:?} ends ({b}) before it starts ({a})", te.span);
            }
        }
    }
}

/// Asserts that `s` lies within `outer`, on character boundaries of `text`.
fn inside(text: &str, s: Span, outer: Span, what: &str) {
    assert!(
        outer.start <= s.start && s.start <= s.end && s.end <= outer.end,
        "{what} {}..{} outside {}..{}",
        s.start,
        s.end,
        outer.start,
        outer.end
    );
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {}..{} not on char boundaries", s.start, s.end);
}
