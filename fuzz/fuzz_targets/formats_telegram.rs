//! Fuzz target: arbitrary bytes as a Telegram Desktop export (`result.json`), raw and
//! as the body of the `messages` array → `sitrep_formats::read`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sitrep_formats::read(data, "result.json");
    let mut bytes = b"{\"name\": \"Channel\", \"type\": \"public_channel\", \"messages\": [".to_vec();
    bytes.extend_from_slice(data);
    bytes.extend_from_slice(b"]}");
    let _ = sitrep_formats::read(&bytes, "result.json");
});
