//! Fuzz target: arbitrary bytes behind an RSS and an Atom opening → `sitrep_formats::read`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for head in [&b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"[..], b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"] {
        let mut bytes = head.to_vec();
        bytes.extend_from_slice(data);
        if let Ok(r) = sitrep_formats::read(&bytes, "feed.xml") {
            for d in &r.documents {
                assert!(!d.text.trim().is_empty(), "empty document {}", d.item);
            }
        }
    }
    let _ = sitrep_formats::read(data, "feed.xml");
});
