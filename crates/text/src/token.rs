//! Words, numbers and punctuation with byte offsets.

use sitrep_model::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens or apostrophes ("Znob-Novhorodske", "Kherson's").
    Word,
    /// Digits, possibly with thousands separators or a decimal point ("1,200", "15:30").
    Digits,
    /// A single punctuation character.
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Kind of token.
    pub kind: TokenKind,
    /// Where it is.
    pub span: Span,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.text(text)
    }
    /// Whether the token starts with an upper-case letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && match self.text(text).as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            }
    }
}

/// Whether keyword `k` is exactly `b`: a byte loop, as keywords are a few letters
/// long (a `memcmp` call costs more than the comparison).
#[inline]
pub(crate) fn same_bytes(k: &str, b: &[u8]) -> bool {
    k.len() == b.len() && k.bytes().zip(b).all(|(x, &y)| x == y)
}

/// A short ASCII word in lower case, held on the stack: keyword tests on tokens
/// without allocating. Words longer than 15 bytes or not ASCII give `None`; no
/// keyword the readers look for is that long.
pub(crate) struct LowerWord {
    buf: [u8; 15],
    len: u8,
}

impl LowerWord {
    /// `w` in lower case, when it is short ASCII.
    pub(crate) fn new(w: &str) -> Option<Self> {
        if w.len() > 15 || !w.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 15];
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Some(LowerWord {
            buf,
            len: w.len() as u8,
        })
    }

    /// Whether the word is `k` (a lower-case keyword).
    #[inline]
    pub(crate) fn is(&self, k: &str) -> bool {
        same_bytes(k, self.bytes())
    }

    /// The lower-case bytes.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }
}

/// The first two letters (ASCII, any case) of a set of keywords: a word whose first
/// two letters are not among them is none of the keywords, known in two table reads.
pub(crate) struct Openings {
    pairs: [bool; 27 * 27],
}

impl Openings {
    /// The openings of `words` (lower-case ASCII letters; a one-letter word opens
    /// with its letter and "the end of the word").
    pub(crate) fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut pairs = [false; 27 * 27];
        for w in words {
            if let Some(i) = Self::index(w) {
                pairs[i] = true;
            }
        }
        Openings { pairs }
    }

    /// Whether `w` may be one of the keywords.
    #[inline]
    pub(crate) fn admit(&self, w: &str) -> bool {
        Self::index(w).is_some_and(|i| self.pairs[i])
    }

    fn index(w: &str) -> Option<usize> {
        let b = w.as_bytes();
        let letter = |c: u8| {
            c.is_ascii_alphabetic()
                .then(|| (c.to_ascii_lowercase() - b'a') as usize + 1)
        };
        let first = letter(*b.first()?)?;
        let second = match b.get(1) {
            None => 0,
            Some(&c) => letter(c)?,
        };
        Some(first * 27 + second)
    }
}

/// A set of short lower-case ASCII keywords, bucketed by length: a membership test
/// compares a word only with the keywords of its own length.
pub(crate) struct WordSet {
    by_len: [Vec<&'static str>; 16],
}

impl WordSet {
    /// The set of `words` (lower-case ASCII; words of 16 bytes or more are left out,
    /// as [`LowerWord`] never holds them).
    pub(crate) fn of(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut by_len: [Vec<&'static str>; 16] = Default::default();
        for w in words {
            if let Some(bucket) = by_len.get_mut(w.len()) {
                bucket.push(w);
            }
        }
        WordSet { by_len }
    }

    /// Whether `b` (lower-case bytes) is one of the keywords.
    #[inline]
    pub(crate) fn contains(&self, b: &[u8]) -> bool {
        self.by_len
            .get(b.len())
            .is_some_and(|bucket| bucket.iter().any(|k| k.as_bytes() == b))
    }
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‘')
}

/// Tokens of `text` within `span`. ASCII bytes are read as they are; only other
/// characters are decoded.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    // about one token per five bytes of English prose
    let mut out = Vec::with_capacity((span.end - span.start) / 5 + 4);
    let slice = span.text(text);
    let bytes = slice.as_bytes();
    let base = span.start;
    // the character at byte `i` (a character boundary) and its length
    let char_at = |i: usize| -> Option<(char, usize)> {
        match *bytes.get(i)? {
            b if b < 0x80 => Some((b as char, 1)),
            _ => slice[i..].chars().next().map(|c| (c, c.len_utf8())),
        }
    };
    let mut i = 0;
    while let Some((c, len)) = char_at(i) {
        if c.is_alphabetic() {
            let mut end = i + len;
            loop {
                // ASCII letters and digits continue the word without decoding
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some((d, n)) = char_at(end) else { break };
                // a joiner stays in the word only when a letter follows it
                let joined =
                    is_inner_joiner(d) && char_at(end + n).is_some_and(|(x, _)| x.is_alphabetic());
                if !(d.is_alphanumeric() || joined) {
                    break;
                }
                end += n;
            }
            out.push(Token {
                kind: TokenKind::Word,
                span: Span::new(base + i, base + end),
            });
            i = end;
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&d) = bytes.get(end) {
                let separator = matches!(d, b',' | b'.' | b':')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if !(d.is_ascii_digit() || separator) {
                    break;
                }
                end += 1;
            }
            out.push(Token {
                kind: TokenKind::Digits,
                span: Span::new(base + i, base + end),
            });
            i = end;
        } else {
            if !c.is_whitespace() {
                out.push(Token {
                    kind: TokenKind::Punct,
                    span: Span::new(base + i, base + i + len),
                });
            }
            i += len;
        }
    }
    out
}

/// A word without its possessive endings ("Kherson's" → "Kherson", "Zelensky’s" →
/// "Zelensky"): every trailing "'s", then every trailing "’s". Cheaper than
/// `trim_end_matches` with string patterns, which builds a searcher per call.
pub fn without_possessive(word: &str) -> &str {
    // (most words end in no "s": they are returned before any suffix is compared)
    if !word.ends_with('s') {
        return word;
    }
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// Whether a word ends in a possessive "'s" ("Kherson's", "region’s").
pub fn is_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn openings_admit_every_keyword_in_any_case_and_reject_others() {
        let o = super::Openings::of(["over", "a", "twenty"]);
        assert!(o.admit("Over") && o.admit("overnight") && o.admit("A") && o.admit("TWENTY-one"));
        assert!(
            !o.admit("an")
                && !o.admit("under")
                && !o.admit("")
                && !o.admit("1,200")
                && !o.admit("Över")
        );
    }

    #[test]
    fn word_sets_hold_exactly_their_words() {
        let set = super::WordSet::of(["over", "a", "twenty", "about"]);
        assert!(set.contains(b"over") && set.contains(b"a") && set.contains(b"twenty"));
        assert!(
            !set.contains(b"overs")
                && !set.contains(b"")
                && !set.contains(b"abou")
                && !set.contains(b"twentysomethingelse")
        );
    }

    #[test]
    fn possessive_endings_are_removed() {
        assert_eq!(super::without_possessive("Kherson's"), "Kherson");
        assert_eq!(super::without_possessive("Zelensky’s"), "Zelensky");
        assert_eq!(super::without_possessive("Kherson"), "Kherson");
        assert_eq!(super::without_possessive("'s"), "");
        assert_eq!(super::without_possessive("Sumy’s's"), "Sumy");
        assert!(super::is_possessive("Kherson's") && super::is_possessive("region’s"));
        assert!(!super::is_possessive("Kherson") && !super::is_possessive("districts"));
    }

    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        tokens(t, Span::new(0, t.len()))
            .iter()
            .map(|k| k.text(t))
            .collect()
    }

    #[test]
    fn words_numbers_punct() {
        assert_eq!(
            texts("Znob-Novhorodske, 1,200 shells; Kherson's 15:30."),
            [
                "Znob-Novhorodske",
                ",",
                "1,200",
                "shells",
                ";",
                "Kherson's",
                "15:30",
                "."
            ]
        );
    }

    #[test]
    fn trailing_joiner_is_punct() {
        assert_eq!(
            texts("occupiers' fire - ok"),
            ["occupiers", "'", "fire", "-", "ok"]
        );
    }
}
