//! Sentence splitting that survives abbreviations, initials, quotes and dates.

use sitrep_model::Span;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "lt", "gen", "col", "maj", "sgt", "capt", "cpt", "no", "nos",
    "vs", "etc", "approx", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gov", "sen", "rep",
    "jr", "sr", "inc", "ltd", "co", "corp", "dept", "est", "fig", "min", "max", "km", "ed", "incl",
    "adm", "gen", "mt", "ft", "vol", "art",
];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[')
}

/// Whether the word ending right before byte `dot` is an abbreviation or an initial.
fn abbreviation_before(text: &str, start: usize, dot: usize) -> bool {
    let before = &text[start..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // a single capital letter: an initial ("A. Lukashenko")
    if chars.next().is_none() && first.is_uppercase() {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str()) || (lower.contains('.') && lower.len() <= 6)
}

/// The sentences of `span` in `text`, trimmed of surrounding whitespace.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(slice) = text.get(span.start..span.end) else {
        return out;
    };
    let bytes = slice.as_bytes();
    let mut start = 0usize;
    let mut i = 0;
    // one pass over the bytes: only the marks (ASCII, or the ellipsis) are looked at,
    // and the bytes between them skipped by `memchr` (the next ASCII mark and the next
    // 0xE2 lead byte are each found once and kept until passed)
    let find = |from: usize, e2: bool| {
        let rest = bytes.get(from..).unwrap_or(&[]);
        let found = if e2 {
            memchr::memchr(0xE2, rest)
        } else {
            memchr::memchr3(b'.', b'!', b'?', rest)
        };
        found.map_or(usize::MAX, |k| from + k)
    };
    let (mut next_ascii, mut next_e2) = (find(0, false), find(0, true));
    while i < bytes.len() {
        if next_ascii < i {
            next_ascii = find(i, false);
        }
        if next_e2 < i {
            next_e2 = find(i, true);
        }
        i = next_ascii.min(next_e2);
        if i == usize::MAX {
            break;
        }
        let (c, mark_len) = match bytes[i] {
            b'.' => ('.', 1),
            b'!' => ('!', 1),
            b'?' => ('?', 1),
            0xE2 if slice[i..].starts_with('…') => ('…', '…'.len_utf8()),
            _ => {
                i += 1;
                continue;
            }
        };
        // take following closing quotes/brackets and repeated marks
        let mut end = i + mark_len;
        for d in slice[end..].chars() {
            if !(is_closing(d) || matches!(d, '.' | '!' | '?')) {
                break;
            }
            end += d.len_utf8();
        }
        // must be followed by whitespace and then a sentence start
        let rest = &slice[end..];
        let after_space = rest.trim_start();
        let saw_space = after_space.len() < rest.len();
        let starts_sentence = match after_space.chars().next() {
            None => true,
            Some(d) => saw_space && (d.is_uppercase() || d.is_ascii_digit() || is_opening(d)),
        };
        if starts_sentence && !(c == '.' && abbreviation_before(slice, start, i)) {
            push_trimmed(&mut out, slice, span.start, start, end);
            start = end;
            i = end;
            continue;
        }
        i += mark_len;
    }
    push_trimmed(&mut out, slice, span.start, start, slice.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, slice: &str, base: usize, start: usize, end: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(base + start + lead, base + end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.text(t))
            .collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split(
                "Lt. Gen. Mykola Oleshchuk spoke. A. Lukashenko met him at 3 p.m. Then they left."
            ),
            [
                "Lt. Gen. Mykola Oleshchuk spoke.",
                "A. Lukashenko met him at 3 p.m. Then they left."
            ]
        );
    }

    #[test]
    fn quotes_end_sentences() {
        assert_eq!(
            split("\"Nobody was hurt,\" he said. \"We will rebuild.\" The mayor left."),
            [
                "\"Nobody was hurt,\" he said.",
                "\"We will rebuild.\"",
                "The mayor left."
            ]
        );
    }

    #[test]
    fn numbers_and_lowercase_do_not_split() {
        assert_eq!(
            split("It hit at 15.30 on Dec. 18 near the U.S. embassy. 12 people were hurt."),
            [
                "It hit at 15.30 on Dec. 18 near the U.S. embassy.",
                "12 people were hurt."
            ]
        );
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("   ").is_empty());
        assert_eq!(split("No final stop"), ["No final stop"]);
    }
}
