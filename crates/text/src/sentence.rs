//! Sentence splitting that survives abbreviations, initials, quotes and dates.

use sitrep_model::Span;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "lt", "gen", "col", "maj", "sgt", "capt", "cpt", "no", "nos", "vs", "etc",
    "approx", "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "prof", "gov", "sen", "rep", "jr", "sr", "inc", "ltd", "co", "corp",
    "dept", "est", "fig", "min", "max", "km", "ed", "incl", "adm", "gen", "mt", "ft", "vol", "art",
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
    let Some(slice) = text.get(span.start..span.end) else { return out };
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?' | '…') {
            // take following closing quotes/brackets and repeated marks
            let mut m = k + 1;
            while m < chars.len() && (is_closing(chars[m].1) || matches!(chars[m].1, '.' | '!' | '?')) {
                m += 1;
            }
            let end = if m < chars.len() { chars[m].0 } else { slice.len() };
            // must be followed by whitespace and then a sentence start
            let mut n = m;
            let mut saw_space = false;
            while n < chars.len() && chars[n].1.is_whitespace() {
                saw_space = true;
                n += 1;
            }
            let next = chars.get(n).map(|&(_, c)| c);
            let starts_sentence = match next {
                None => true,
                Some(d) => saw_space && (d.is_uppercase() || d.is_ascii_digit() || is_opening(d)),
            };
            let is_break = starts_sentence && !(c == '.' && abbreviation_before(slice, start, i));
            if is_break {
                push_trimmed(&mut out, slice, span.start, start, end);
                start = end;
                k = m;
                continue;
            }
        }
        k += 1;
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
        sentences(t, Span::new(0, t.len())).iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(split("Lt. Gen. Mykola Oleshchuk spoke. A. Lukashenko met him at 3 p.m. Then they left."), [
            "Lt. Gen. Mykola Oleshchuk spoke.",
            "A. Lukashenko met him at 3 p.m. Then they left."
        ]);
    }

    #[test]
    fn quotes_end_sentences() {
        assert_eq!(split("\"Nobody was hurt,\" he said. \"We will rebuild.\" The mayor left."), [
            "\"Nobody was hurt,\" he said.",
            "\"We will rebuild.\"",
            "The mayor left."
        ]);
    }

    #[test]
    fn numbers_and_lowercase_do_not_split() {
        assert_eq!(split("It hit at 15.30 on Dec. 18 near the U.S. embassy. 12 people were hurt."), [
            "It hit at 15.30 on Dec. 18 near the U.S. embassy.",
            "12 people were hurt."
        ]);
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(split("   ").is_empty());
        assert_eq!(split("No final stop"), ["No final stop"]);
    }
}
