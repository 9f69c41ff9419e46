//! Fuzz target: arbitrary bytes as JSON lines (behind a good first line, so detection
//! picks JSON lines) → `sitrep_formats::read`. Every non-empty line is a document or
//! an error, never both, never lost.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"{\"text\": \"Kherson was shelled.\", \"published\": \"2023-09-20\"}\n".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(r) = sitrep_formats::read(&bytes, "x.jsonl") {
        if r.format != Some(sitrep_formats::Format::JsonLines) {
            return;
        }
        let s = std::str::from_utf8(&bytes).unwrap();
        let lines = s.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(r.documents.len() + r.errors.len(), lines);
    }
});
