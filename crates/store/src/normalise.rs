//! Article identity: the normalised text and its hash, and folded place keys.
//!
//! Two articles are the same when their *normalised* texts are equal: runs of white
//! space become one space, leading and trailing space go, and typographic quotes,
//! apostrophes and dashes become their ASCII forms. Case and words are kept, so an
//! edited article is a new article. The identity is the SHA-256 of that text.

use sha2::{Digest, Sha256};

/// The normalised form of an article's text.
///
/// ```
/// use sitrep_store::normalise::normalise;
/// assert_eq!(normalise("  Kherson\u{2019}s  port\n\nhit \u{2014} twice "), "Kherson's port hit - twice");
/// ```
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        });
    }
    out
}

/// The identity of an article: lower-case hex SHA-256 of [`normalise`]d text.
pub fn article_hash(text: &str) -> String {
    let digest = Sha256::digest(normalise(text).as_bytes());
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}
