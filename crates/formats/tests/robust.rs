//! `read` never panics: random bytes, random bytes behind each format's opening, and
//! every prefix of every fixture (truncated files).

use std::path::PathBuf;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn bytes(&mut self, n: usize, alphabet: &[u8]) -> Vec<u8> {
        (0..n)
            .map(|_| {
                if alphabet.is_empty() {
                    self.next() as u8
                } else {
                    alphabet[self.next() as usize % alphabet.len()]
                }
            })
            .collect()
    }
}

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/formats");
    let mut out = Vec::new();
    for p in [dir.join("telegram/result.json")]
        .into_iter()
        .chain(std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()))
    {
        if p.is_file() {
            out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

#[test]
fn random_bytes_do_not_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let markup = b"<>/!?-=\"' abcdhtmlrssfeditemntry&#;:[]{}\n\\x";
    let json = b"{}[]\":,\\ntextmessagesnamtype0123456789.-";
    let prefixes: [&[u8]; 7] = [
        b"",
        b"<!DOCTYPE html>",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>",
        b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
        b"{\"name\":\"c\",\"type\":\"public_channel\",\"messages\":[",
        b"{\"text\":\"",
        b"<html><body><article><p>",
    ];
    for i in 0..3000 {
        let n = (rng.next() % 600) as usize;
        let alphabet: &[u8] = match i % 3 {
            0 => &[],
            1 => markup,
            _ => json,
        };
        for p in prefixes {
            let mut data = p.to_vec();
            data.extend(rng.bytes(n, alphabet));
            let _ = sitrep_formats::read(&data, "x");
            if let Ok(s) = std::str::from_utf8(&data) {
                let _ = sitrep_formats::page_text(s);
            }
        }
    }
}

#[test]
fn truncated_and_mutated_fixtures_do_not_panic() {
    let mut rng = Rng(12345);
    for (name, bytes) in fixtures() {
        for end in 0..=bytes.len() {
            let _ = sitrep_formats::read(&bytes[..end], &name);
        }
        for _ in 0..300 {
            let mut b = bytes.clone();
            for _ in 0..1 + rng.next() % 8 {
                let at = rng.next() as usize % b.len();
                match rng.next() % 3 {
                    0 => b[at] = rng.next() as u8,
                    1 => {
                        b.remove(at);
                    }
                    _ => b.insert(at, b"<>\"{}&;"[rng.next() as usize % 7]),
                }
            }
            let _ = sitrep_formats::read(&b, &name);
        }
    }
}
