//! Fuzz target: arbitrary bytes as an HTML page → `sitrep_formats::page_text` and
//! `read` with an `.html` hint. Besides "no panic": the text is trimmed paragraphs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Some(doc) = sitrep_formats::page_text(s) {
        assert!(doc.text.ends_with('\n') && !doc.text.starts_with(char::is_whitespace), "{:?}", doc.text);
    }
    let _ = sitrep_formats::read(data, "page.html");
});
