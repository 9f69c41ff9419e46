//! Fuzz target: arbitrary bytes → `Extractor::extract`, with and without a
//! publication date.
//!
//! Checks, besides "does not panic": every evidence span lies inside the text on
//! character boundaries (EVENTS.md: byte offsets into the file), and every event
//! serialises to JSON.
#![no_main]

use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use sitrep_extract::Extractor;
use sitrep_model::Event;
use std::sync::OnceLock;

/// Built once per process: building it takes ~0.1 s.
static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

/// A fixed publication date, so runs are reproducible.
const PUBLISHED: Date = Date::constant(2024, 3, 15);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ex = EXTRACTOR.get_or_init(|| Extractor::builtin().expect("built-in lexicons compile"));
    for published in [Some(PUBLISHED), None] {
        let events = ex.extract(text, "fuzz.txt", published);
        check(text, &events);
    }
});

/// Invariants every extraction must keep.
fn check(text: &str, events: &[Event]) {
    for ev in events {
        for e in &ev.evidence {
            assert!(
                e.start <= e.end && e.end <= text.len() && text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
                "evidence {:?} {}..{} outside the text (len {}) or not on a char boundary",
                e.field,
                e.start,
                e.end,
                text.len()
            );
        }
        serde_json::to_string(ev).expect("event serialises");
    }
}
