//! Numbers written as digits or words, with their approximation.
//!
//! Choice (EVENTS.md conventions): lower bounds ("at least 7", "no fewer than 64")
//! keep their number, as ACLED records the lowest reported figure; other
//! approximations ("about 140", "nearly 30", "over 40", "dozens") are read with
//! [`Approx::Approximate`] and callers leave the field null for them.

use crate::token::{LowerWord, Openings, Token, TokenKind, WordSet};
use sitrep_model::Span;
use std::sync::OnceLock;

/// How exact a stated number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approx {
    /// Stated plainly.
    Exact,
    /// A lower bound: "at least", "no fewer than".
    LowerBound,
    /// An approximation: "about", "nearly", "over", "dozens".
    Approximate,
}

/// A number found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    /// The words of the number, including its qualifier ("at least 7").
    pub span: Span,
    /// Index of the first token of the number itself (after any qualifier).
    pub first_token: usize,
    /// Index one past the last token of the number.
    pub end_token: usize,
    /// The value; for vague quantities ("dozens") a nominal one.
    pub value: u32,
    /// How exact it is.
    pub approx: Approx,
}

impl Number {
    /// The value when it may fill a field: exact or lower bound.
    pub fn usable(&self) -> Option<u32> {
        (self.approx != Approx::Approximate).then_some(self.value)
    }
}

const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];
const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

fn unit(w: &str) -> Option<u32> {
    let l = LowerWord::new(w)?;
    UNITS.iter().find(|(k, _)| l.is(k)).map(|&(_, v)| v)
}

fn tens(w: &str) -> Option<u32> {
    let l = LowerWord::new(w)?;
    TENS.iter().find(|(k, _)| l.is(k)).map(|&(_, v)| v)
}

/// Whether a word can start a number or its qualifier: the first words of
/// [`QUALIFIERS`], number words, "both", "dozen", "a" (a quick test before the
/// tables are searched).
fn may_start_number(w: &str) -> bool {
    const OTHERS: [&str; 3] = ["both", "dozen", "a"];
    /// Words that start a number or qualifier as a whole, and number words that
    /// may head a hyphenated compound.
    struct Starts {
        openings: Openings,
        whole: WordSet,
        heads: WordSet,
    }
    static STARTS: OnceLock<Starts> = OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let whole = || {
            QUALIFIERS
                .iter()
                .map(|(words, _)| words[0])
                .chain(VAGUE.iter().map(|(k, _)| *k))
                .chain(OTHERS)
        };
        let heads = || UNITS.iter().chain(TENS).map(|(k, _)| *k);
        Starts {
            openings: Openings::of(whole().chain(heads())),
            whole: WordSet::of(whole()),
            heads: WordSet::of(heads()),
        }
    });
    if !starts.openings.admit(w) {
        return false;
    }
    let Some(l) = LowerWord::new(w) else {
        return false;
    };
    let word = l.bytes();
    // "forty-two": the part before the hyphen
    let head = word
        .iter()
        .position(|&b| b == b'-')
        .map_or(word, |p| &word[..p]);
    starts.whole.contains(word) || starts.heads.contains(head)
}

/// Value of a single number word, including hyphenated compounds ("forty-two").
fn word_value(w: &str) -> Option<u32> {
    if let Some(v) = unit(w).or_else(|| tens(w)) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    Some(tens(a)? + unit(b).filter(|&u| (1..10).contains(&u))?)
}

/// Whether `w` is a vague quantity with no number ("several", "dozens").
pub fn is_vague(w: &str) -> bool {
    VAGUE.iter().any(|(k, _)| w.eq_ignore_ascii_case(k))
}

/// Whether `w` is a word of a number or a vague quantity ("ten", "forty-two", "hundred",
/// "several", "dozens").
pub fn is_number_word(w: &str) -> bool {
    word_value(w).is_some()
        || is_vague(w)
        || ["hundred", "thousand", "million", "dozen"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
}

/// Whether token `t` is the word `w` (ASCII case-insensitive), without allocating.
fn is(text: &str, t: &Token, w: &str) -> bool {
    t.text(text).eq_ignore_ascii_case(w)
}

/// Reads a number starting at token `i`, without qualifiers: returns value and end token.
fn bare_number(text: &str, toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        TokenKind::Digits => {
            let s = t.text(text);
            if s.contains(':') || s.contains('.') {
                return None; // a time or a decimal
            }
            // digits glued to a hyphenated code ("Kh-101", "S-300") are names, not numbers
            if i > 0
                && toks[i - 1].span.end == t.span.start
                && matches!(toks[i - 1].text(text), "-" | "/")
            {
                return None;
            }
            // an ordinal names, it does not count ("the 414th Brigade", "the 3rd Assault")
            if toks.get(i + 1).is_some_and(|n| {
                n.span.start == t.span.end
                    && ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|o| n.text(text).eq_ignore_ascii_case(o))
            }) {
                return None;
            }
            let digits: String = s.chars().filter(char::is_ascii_digit).collect();
            let v: u32 = digits.parse().ok()?;
            let mut end = i + 1;
            // "1.2 million" is not needed here; "3 thousand"
            if let Some(n) = toks.get(end)
                && n.text(text).eq_ignore_ascii_case("thousand")
            {
                end += 1;
                return Some((v.saturating_mul(1000), end));
            }
            Some((v, end))
        }
        TokenKind::Word => {
            let w = t.text(text);
            if w.eq_ignore_ascii_case("both") {
                return Some((2, i + 1));
            }
            if w.eq_ignore_ascii_case("dozen")
                || w.eq_ignore_ascii_case("a")
                    && toks.get(i + 1).is_some_and(|n| is(text, n, "dozen"))
            {
                let end = if w.eq_ignore_ascii_case("a") {
                    i + 2
                } else {
                    i + 1
                };
                return Some((12, end));
            }
            // "a single Iskander-M ballistic missile" (not "not a single drone got through")
            if w.eq_ignore_ascii_case("a")
                && toks.get(i + 1).is_some_and(|n| is(text, n, "single"))
                && !i
                    .checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| is(text, p, "not") || is(text, p, "without"))
            {
                return Some((1, i + 2));
            }
            // "one of the largest raids": a rank, no count
            if w.eq_ignore_ascii_case("one")
                && toks.get(i + 1).is_some_and(|n| is(text, n, "of"))
                && toks.get(i + 2).is_some_and(|n| is(text, n, "the"))
                && toks.get(i + 3).is_some_and(|n| {
                    let x = n.text(text);
                    let x = x.to_ascii_lowercase();
                    // (not a noun in "-est": "one of the guests", "one of the forest roads")
                    is(text, n, "most")
                        || x.len() > 4
                            && x.ends_with("est")
                            && ![
                                "forest", "guest", "request", "interest", "protest", "harvest",
                                "arrest", "contest",
                            ]
                            .contains(&x.as_str())
                })
            {
                return None;
            }
            let mut v = word_value(w)?;
            let mut end = i + 1;
            // "twenty one", "one hundred and twenty"
            if tens(w).is_some()
                && let Some(u) = toks
                    .get(end)
                    .and_then(|n| unit(n.text(text)))
                    .filter(|&u| (1..10).contains(&u))
            {
                v += u;
                end += 1;
            }
            if toks.get(end).is_some_and(|n| is(text, n, "hundred")) {
                v *= 100;
                end += 1;
                let mut k = end;
                if toks.get(k).is_some_and(|n| is(text, n, "and")) {
                    k += 1;
                }
                if let Some((rest, e)) = toks
                    .get(k)
                    .and_then(|n| word_value(n.text(text)).map(|r| (r, k + 1)))
                    && rest < 100
                {
                    v += rest;
                    end = e;
                }
            }
            if toks.get(end).is_some_and(|n| is(text, n, "thousand")) {
                v *= 1000;
                end += 1;
            }
            Some((v, end))
        }
        TokenKind::Punct => None,
    }
}

/// Qualifiers before a number: (words, approximation).
const QUALIFIERS: &[(&[&str], Approx)] = &[
    (&["at", "least"], Approx::LowerBound),
    (&["no", "fewer", "than"], Approx::LowerBound),
    (&["no", "less", "than"], Approx::LowerBound),
    (&["not", "less", "than"], Approx::LowerBound),
    (&["not", "fewer", "than"], Approx::LowerBound),
    (&["a", "minimum", "of"], Approx::LowerBound),
    (&["more", "than"], Approx::Approximate),
    (&["over"], Approx::Approximate),
    (&["about"], Approx::Approximate),
    (&["around"], Approx::Approximate),
    (&["approximately"], Approx::Approximate),
    (&["roughly"], Approx::Approximate),
    (&["nearly"], Approx::Approximate),
    (&["almost"], Approx::Approximate),
    (&["some"], Approx::Approximate),
    (&["up", "to"], Approx::Approximate),
    (&["close", "to"], Approx::Approximate),
    (&["under"], Approx::Approximate),
    (&["fewer", "than"], Approx::Approximate),
    (&["less", "than"], Approx::Approximate),
    (&["just", "over"], Approx::Approximate),
    (&["just", "under"], Approx::Approximate),
    (&["an", "estimated"], Approx::Approximate),
];

/// Vague quantities with no number ("dozens of", "several"): nominal value, approximate.
const VAGUE: &[(&str, u32)] = &[
    ("dozens", 24),
    ("hundreds", 200),
    ("thousands", 2000),
    ("several", 3),
    ("scores", 40),
    ("numerous", 3),
    ("multiple", 3),
];

/// All numbers in `toks`, each with its qualifier.
pub fn numbers(text: &str, toks: &[Token]) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].kind == TokenKind::Punct
            || toks[i].kind == TokenKind::Word && !may_start_number(toks[i].text(text))
        {
            i += 1;
            continue;
        }
        // qualifier?
        let mut approx = Approx::Exact;
        let mut q_end = i;
        // (a qualifier opens with a word: digits start none)
        let first = if toks[i].kind == TokenKind::Word {
            LowerWord::new(toks[i].text(text))
        } else {
            None
        };
        for (words, a) in if first.is_some() { QUALIFIERS } else { &[] } {
            if first.as_ref().is_some_and(|l| l.is(words[0]))
                && words[1..]
                    .iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(i + 1 + k).is_some_and(|t| is(text, t, w)))
            {
                // ("came under 17 attacks": what the place came under, not "under 17")
                let came = **words == ["under"]
                    && i > 0
                    && matches!(toks[i - 1].text(text), "came" | "come" | "comes" | "coming");
                approx = if came { Approx::Exact } else { *a };
                q_end = i + words.len();
                break;
            }
        }
        if let Some((value, end)) = bare_number(text, toks, q_end) {
            // "one of them", "one more" stay numbers; the caller decides what they count.
            out.push(Number {
                span: Span::new(toks[i].span.start, toks[end - 1].span.end),
                first_token: q_end,
                end_token: end,
                value,
                approx,
            });
            i = end;
            continue;
        }
        if toks[i].kind == TokenKind::Word {
            let w = toks[i].text(text);
            if let Some(&(_, v)) = VAGUE.iter().find(|(k, _)| w.eq_ignore_ascii_case(k)) {
                out.push(Number {
                    span: toks[i].span,
                    first_token: i,
                    end_token: i + 1,
                    value: v,
                    approx: Approx::Approximate,
                });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    fn read(t: &str) -> Vec<(u32, Approx)> {
        let toks = tokens(t, Span::new(0, t.len()));
        numbers(t, &toks)
            .iter()
            .map(|n| (n.value, n.approx))
            .collect()
    }

    #[test]
    fn digits_and_words() {
        assert_eq!(
            read("1,200 shells and forty-two drones, seventy two rounds"),
            [
                (1200, Approx::Exact),
                (42, Approx::Exact),
                (72, Approx::Exact)
            ]
        );
        assert_eq!(
            read("one hundred and twenty people"),
            [(120, Approx::Exact)]
        );
        assert_eq!(read("a dozen houses"), [(12, Approx::Exact)]);
        assert_eq!(
            read("one of the largest raids, one of the drones"),
            [(1, Approx::Exact)]
        );
        // an ordinal is a name, not a count
        assert_eq!(read("the 414th Strike UAV Brigade and the 3rd Assault"), []);
        assert_eq!(read("14 th"), [(14, Approx::Exact)]);
    }

    #[test]
    fn qualifiers() {
        assert_eq!(
            read("at least 7 killed, about 140 times, no fewer than 64, over 40"),
            [
                (7, Approx::LowerBound),
                (140, Approx::Approximate),
                (64, Approx::LowerBound),
                (40, Approx::Approximate)
            ]
        );
        assert_eq!(read("dozens of shells")[0].1, Approx::Approximate);
        // what a place came under is no "under N"
        assert_eq!(
            read("came under 17 attacks, under 40 drones"),
            [(17, Approx::Exact), (40, Approx::Approximate)]
        );
    }

    #[test]
    fn codes_and_times_are_not_numbers() {
        assert_eq!(read("a Kh-101 and an S-300 at 15:30"), []);
    }
}
