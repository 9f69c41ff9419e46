//! Time expressions and their resolution against the publication date.
//!
//! Conventions (EVENTS.md): "over the past day/24 hours" → the day before to the
//! publication day; "overnight", "last night", "on the night of D" → the day before D
//! to D; "yesterday" → the day before; "today", "during the day" → the publication
//! day; a weekday → the latest such day on or before publication; "over the past
//! week" → seven days back to publication; an explicit date wins over all of these.

use crate::token::{LowerWord, Openings, Token, TokenKind};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use sitrep_model::Span;
use std::sync::OnceLock;

/// What sort of time a phrase states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeKind {
    /// A period report: "over the past day", "in 24 hours", "over the past week".
    Period,
    /// A night: "overnight", "last night", "on the night of D".
    Night,
    /// A single day: "yesterday", "today", "on Tuesday", "on December 18".
    Day,
}

/// A time phrase with its resolved dates (none when there is no publication date).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// The words.
    pub span: Span,
    /// What it states.
    pub kind: TimeKind,
    /// First day.
    pub start: Option<Date>,
    /// Last day.
    pub end: Option<Date>,
    /// Whether the phrase names a date or weekday itself (wins over period words).
    pub explicit: bool,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBR: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Whether a word may be a month, a weekday or the first word of a phrase.
fn may_be_time_word(w: &str) -> bool {
    static OPENINGS: OnceLock<Openings> = OnceLock::new();
    let openings = OPENINGS.get_or_init(|| {
        Openings::of(
            MONTHS
                .iter()
                .chain(MONTH_ABBR)
                .copied()
                .chain(["sept"])
                .chain(WEEKDAYS.iter().map(|(n, _)| *n))
                .chain(PHRASES.iter().map(|(ph, ..)| ph[0])),
        )
    });
    openings.admit(w)
}

/// The month (1–12) a word names, in full or abbreviated ("March", "Mar", "Sept.").
pub fn month_of(w: &str) -> Option<i8> {
    if !may_be_time_word(w) {
        return None;
    }
    let l = LowerWord::new(w.trim_end_matches('.'))?;
    MONTHS
        .iter()
        .position(|m| l.is(m))
        .or_else(|| MONTH_ABBR.iter().position(|m| l.is(m)))
        .or_else(|| l.is("sept").then_some(8))
        .map(|p| p as i8 + 1)
}

/// Whether a word names a weekday, also in the possessive ("Sunday", "Tuesday's").
pub fn is_weekday(w: &str) -> bool {
    weekday_of(w).is_some()
}

/// The weekday a word names, also in the possessive ("Tuesday's attack").
fn weekday_of(w: &str) -> Option<Weekday> {
    let l = LowerWord::new(crate::token::without_possessive(w))?;
    WEEKDAYS.iter().find(|(n, _)| l.is(n)).map(|&(_, d)| d)
}

/// The first words of [`PHRASES`] (a test keeps the two in step).
const PHRASE_STARTS: &[&str] = &[
    "over",
    "in",
    "during",
    "the",
    "past",
    "within",
    "overnight",
    "tonight",
    "last",
    "at",
    "night",
    "yesterday",
    "today",
    "this",
    "later",
    "since",
    "throughout",
    "restless",
    "turbulent",
];

/// The phrases of [`PHRASES`] that start with `w`, in table order (none for a word
/// that starts no phrase): "the" and "in" are frequent, and only their own phrases
/// need comparing.
fn phrases_from(w: &str) -> &'static [usize] {
    static BY_START: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    let by_start = BY_START.get_or_init(|| {
        PHRASE_STARTS
            .iter()
            .map(|st| {
                PHRASES
                    .iter()
                    .enumerate()
                    .filter(|(_, (ph, ..))| ph[0] == *st)
                    .map(|(k, _)| k)
                    .collect()
            })
            .collect()
    });
    LowerWord::new(w)
        .and_then(|l| PHRASE_STARTS.iter().position(|s| l.is(s)))
        .map_or(&[], |k| &by_start[k])
}

/// Phrases (lower-case word sequences) and what they mean.
const PHRASES: &[(&[&str], TimeKind, i32, i32)] = &[
    // (words, kind, start offset in days, end offset) relative to publication
    (&["over", "the", "past", "day"], TimeKind::Period, -1, 0),
    (&["over", "the", "last", "day"], TimeKind::Period, -1, 0),
    (&["in", "the", "past", "day"], TimeKind::Period, -1, 0),
    (&["during", "the", "past", "day"], TimeKind::Period, -1, 0),
    (
        &["over", "the", "past", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["over", "the", "last", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["in", "the", "past", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["in", "the", "last", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["during", "the", "past", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["during", "the", "last", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (&["the", "past", "24", "hours"], TimeKind::Period, -1, 0),
    (&["past", "24", "hours"], TimeKind::Period, -1, 0),
    (&["past", "day"], TimeKind::Period, -1, 0),
    (&["past", "twenty-four", "hours"], TimeKind::Period, -1, 0),
    (
        &["past", "24", "-", "hour", "period"],
        TimeKind::Period,
        -1,
        0,
    ),
    (&["over", "24", "hours"], TimeKind::Period, -1, 0),
    (&["in", "24", "hours"], TimeKind::Period, -1, 0),
    (&["within", "24", "hours"], TimeKind::Period, -1, 0),
    (&["within", "a", "day"], TimeKind::Period, -1, 0),
    (&["past", "two", "days"], TimeKind::Period, -2, 0),
    (&["past", "48", "hours"], TimeKind::Period, -2, 0),
    (&["over", "the", "past", "week"], TimeKind::Period, -7, 0),
    (
        &["over", "the", "past", "seven", "days"],
        TimeKind::Period,
        -7,
        0,
    ),
    (
        &["over", "the", "past", "7", "days"],
        TimeKind::Period,
        -7,
        0,
    ),
    (&["over", "the", "last", "week"], TimeKind::Period, -7, 0),
    (&["in", "the", "past", "week"], TimeKind::Period, -7, 0),
    (&["over", "week"], TimeKind::Period, -7, 0),
    (&["over", "the", "week"], TimeKind::Period, -7, 0),
    (&["overnight"], TimeKind::Night, -1, 0),
    (&["last", "night"], TimeKind::Night, -1, 0),
    // (a regional post's "this night", mostly written "tonight": the night just gone)
    (&["tonight"], TimeKind::Night, -1, 0),
    (&["this", "night"], TimeKind::Night, -1, 0),
    (&["during", "the", "night"], TimeKind::Night, -1, 0),
    // ("The night and morning were restless in Sumy region": the night just gone and its
    // morning)
    (&["the", "night", "and", "morning"], TimeKind::Night, -1, 0),
    (&["at", "night"], TimeKind::Night, -1, 0),
    // ("A restless night in the region.": a post's opening line on the night just gone; the
    // extractor keeps it only there)
    (&["restless", "night"], TimeKind::Night, -1, 0),
    (&["turbulent", "night"], TimeKind::Night, -1, 0),
    (&["night", "attack"], TimeKind::Night, -1, 0),
    (&["yesterday"], TimeKind::Day, -1, -1),
    (&["the", "previous", "day"], TimeKind::Day, -1, -1),
    (&["the", "day", "before"], TimeKind::Day, -1, -1),
    (&["today"], TimeKind::Day, 0, 0),
    (&["this", "morning"], TimeKind::Day, 0, 0),
    (&["this", "afternoon"], TimeKind::Day, 0, 0),
    (&["this", "evening"], TimeKind::Day, 0, 0),
    (&["during", "the", "day"], TimeKind::Day, 0, 0),
    (&["throughout", "the", "day"], TimeKind::Day, 0, 0),
    (
        &["over", "the", "course", "of", "the", "day"],
        TimeKind::Day,
        0,
        0,
    ),
    (
        &["the", "day", "before", "yesterday"],
        TimeKind::Day,
        -2,
        -2,
    ),
    (&["over", "the", "day"], TimeKind::Day, 0, 0),
    (
        &["in", "the", "course", "of", "the", "day"],
        TimeKind::Day,
        0,
        0,
    ),
    (&["in", "the", "morning"], TimeKind::Day, 0, 0),
    (&["in", "the", "afternoon"], TimeKind::Day, 0, 0),
    (&["in", "the", "evening"], TimeKind::Day, 0, 0),
    (&["later", "in", "the", "day"], TimeKind::Day, 0, 0),
    (
        &["since", "the", "beginning", "of", "the", "day"],
        TimeKind::Day,
        0,
        0,
    ),
    (
        &["since", "the", "start", "of", "the", "day"],
        TimeKind::Day,
        0,
        0,
    ),
    (&["later", "that", "day"], TimeKind::Day, 0, 0),
    (&["later", "the", "same", "day"], TimeKind::Day, 0, 0),
    (
        &["in", "the", "course", "of", "one", "day"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["in", "the", "course", "of", "the", "past", "24", "hours"],
        TimeKind::Period,
        -1,
        0,
    ),
    (
        &["in", "the", "course", "of", "the", "past", "day"],
        TimeKind::Period,
        -1,
        0,
    ),
];

fn lw<'a>(text: &'a str, t: &Token) -> &'a str {
    t.text(text)
}

fn shift(d: Option<Date>, days: i32) -> Option<Date> {
    d.and_then(|d| d.checked_add(days.days()).ok())
}

/// A calendar date read at token `i`: "December 18", "18 December", "Dec. 18, 2022",
/// "22-23 September". Returns (first day, last day if a range, end token).
fn date_at(
    text: &str,
    toks: &[Token],
    i: usize,
    published: Option<Date>,
) -> Option<(Date, Option<Date>, usize)> {
    let day_num = |k: usize| -> Option<i8> {
        let t = toks.get(k)?;
        if t.kind != TokenKind::Digits {
            return None;
        }
        t.text(text)
            .parse::<i8>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let year_at = |k: usize| -> Option<i16> {
        let t = toks.get(k)?;
        if t.kind != TokenKind::Digits {
            return None;
        }
        t.text(text)
            .parse::<i16>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
    };
    let make = |y: Option<i16>, m: i8, d: i8| -> Option<Date> {
        match y {
            Some(y) => Date::new(y, m, d).ok(),
            None => {
                let p = published?;
                let this = Date::new(p.year(), m, d).ok()?;
                // (a day in the coming fortnight is this year's: "a day of mourning on 14
                // November" published on the 13th; a later one is last year's)
                let soon = p
                    .checked_add(jiff::Span::new().days(14))
                    .is_ok_and(|limit| this <= limit);
                if this > p && !soon {
                    Date::new(p.year() - 1, m, d).ok()
                } else {
                    Some(this)
                }
            }
        }
    };
    // "18 December [2022]" or "22-23 September"
    if let Some(d1) = day_num(i) {
        let (d2, mi) = if toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.text(text), "-" | "–"))
            && let Some(d2) = day_num(i + 2)
        {
            (Some(d2), i + 3)
        } else {
            (None, i + 1)
        };
        let m = toks.get(mi).and_then(|t| month_of(lw(text, t)))?;
        let mut end = mi + 1;
        let mut y = None;
        if let Some(yy) = year_at(end) {
            y = Some(yy);
            end += 1;
        }
        let first = make(y, m, d1)?;
        let last = d2.and_then(|d2| make(y, m, d2));
        if last.is_some_and(|l| l < first) {
            return None; // "26-23 September" is no range
        }
        return Some((first, last, end));
    }
    // "December 18[, 2022]" or "September 22-23"
    let m = toks.get(i).and_then(|t| month_of(lw(text, t)))?;
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.text(text) == ".") {
        k += 1;
    }
    let d1 = day_num(k)?;
    let mut end = k + 1;
    let mut d2 = None;
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.text(text), "-" | "–"))
        && let Some(x) = day_num(end + 1)
    {
        d2 = Some(x);
        end += 2;
    } else if toks
        .get(end)
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("to"))
        && let Some(x) = day_num(end + 1).filter(|&x| x == d1 + 1)
    {
        // "the night of March 12 to 13": the next day only, so "March 5 to 12 people" stays a date
        d2 = Some(x);
        end += 2;
    } else if toks
        .get(end)
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("and"))
        && let Some(x) = day_num(end + 1).filter(|&x| x == d1 + 1)
        && toks.get(end + 2).is_none_or(|t| {
            let w = t.text(text);
            !w.starts_with(|c: char| c.is_ascii_lowercase())
                || ["in", "at", "near", "on", "when", "as", "respectively"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
        })
    {
        // "on October 28 and 29": both days (the next day only, and not "March 11 and 12
        // people")
        d2 = Some(x);
        end += 2;
    }
    let mut y = None;
    if toks.get(end).is_some_and(|t| t.text(text) == ",")
        && let Some(yy) = year_at(end + 1)
    {
        y = Some(yy);
        end += 2;
    } else if let Some(yy) = year_at(end) {
        y = Some(yy);
        end += 1;
    }
    let first = make(y, m, d1)?;
    let last = d2.and_then(|d2| make(y, m, d2));
    if last.is_some_and(|l| l < first) {
        return None; // "September 26-23" is no range
    }
    Some((first, last, end))
}

fn is_night_word(w: &str) -> bool {
    w.eq_ignore_ascii_case("night") || w.eq_ignore_ascii_case("overnight")
}

/// Whether `before` ends in "from 18:00 on" (a clock time, one token, opening a period).
fn from_clock(before: &[&str]) -> bool {
    let clock = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    };
    matches!(before, [.., from, hm, on] if from.eq_ignore_ascii_case("from") && on.eq_ignore_ascii_case("on") && clock(hm))
}

/// All time phrases in `toks`, resolved against `published` when given.
pub fn time_expressions(text: &str, toks: &[Token], published: Option<Date>) -> Vec<TimeExpr> {
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    time_expressions_of_words(text, toks, &words, published)
}

/// [`time_expressions`] for a caller that holds each token's text already (`words[i]`
/// is `toks[i]`'s text).
pub fn time_expressions_of_words(
    text: &str,
    toks: &[Token],
    words: &[&str],
    published: Option<Date>,
) -> Vec<TimeExpr> {
    debug_assert_eq!(toks.len(), words.len());
    let mut out: Vec<TimeExpr> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // every date, weekday and phrase starts with a number or a time word
        if toks[i].kind != TokenKind::Digits && !may_be_time_word(words[i]) {
            i += 1;
            continue;
        }
        // explicit calendar date, possibly after night words ("on the night of 9-10 August")
        if let Some((first, last, end)) = date_at(text, toks, i, published) {
            let lookback = &words[i.saturating_sub(4)..i];
            // ("the overnight Russian attack on Kyiv on 17 June": the night's words a few
            // words before its "on", with no stop between)
            let far_night = i >= 2
                && words[i - 1].eq_ignore_ascii_case("on")
                && (i.saturating_sub(8)..i.saturating_sub(4))
                    .rev()
                    .find(|&k| words[k].eq_ignore_ascii_case("overnight"))
                    .is_some_and(|k| (k + 1..i).all(|x| toks[x].kind != TokenKind::Punct));
            let night = lookback.iter().any(|w| is_night_word(w)) || far_night;
            let (start, stop, kind) = match (night, last) {
                (true, Some(l)) => (first, l, TimeKind::Night),
                (true, None) => {
                    // "overnight into January 9", "night of September 18": D-1 to D
                    (
                        first.checked_sub(1.days()).unwrap_or(first),
                        first,
                        TimeKind::Night,
                    )
                }
                (false, Some(l)) => (first, l, TimeKind::Period),
                // "From 18:00 on May 17, the enemy attacked …" in a report of the 18th:
                // the night from that evening to the report's day
                (false, None)
                    if from_clock(&words[..i])
                        && published.is_some_and(|p| {
                            p > first && p <= first.checked_add(1.days()).unwrap_or(first)
                        }) =>
                {
                    (first, published.unwrap_or(first), TimeKind::Night)
                }
                (false, None) => (first, first, TimeKind::Day),
            };
            let from = if night {
                // extend the span back over the night words
                let k = (i.saturating_sub(if far_night { 8 } else { 4 })..i)
                    .find(|&k| is_night_word(words[k]))
                    .unwrap_or(i);
                // drop a night phrase already recorded for these words
                out.retain(|e| {
                    e.span.end <= toks[k].span.start || e.span.start >= toks[i].span.start
                });
                k
            } else {
                i
            };
            out.push(TimeExpr {
                span: Span::new(toks[from].span.start, toks[end - 1].span.end),
                kind,
                start: Some(start),
                end: Some(stop),
                explicit: true,
            });
            i = end;
            continue;
        }
        // weekday
        if let Some(wd) = weekday_of(words[i]) {
            let start = published.map(|p| {
                let back = (p.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset())
                    .rem_euclid(7);
                p.checked_sub((back as i32).days()).unwrap_or(p)
            });
            // "overnight into Saturday", "on the night of Saturday": the day before to that day
            let night_word = (i.saturating_sub(4)..i)
                .rev()
                .take_while(|&k| {
                    is_night_word(words[k])
                        || ["into", "on", "of", "the", "to"]
                            .iter()
                            .any(|w| words[k].eq_ignore_ascii_case(w))
                })
                .find(|&k| is_night_word(words[k]));
            // ("overnight on Friday to Saturday", "on Saturday and Sunday": the day after too)
            let next_day = |j: usize, joins: &[&str]| {
                words
                    .get(j)
                    .is_some_and(|w| joins.iter().any(|x| w.eq_ignore_ascii_case(x)))
                    && words
                        .get(j + 1)
                        .and_then(|w| weekday_of(w))
                        .is_some_and(|d| {
                            d.to_monday_zero_offset() == (wd.to_monday_zero_offset() + 1) % 7
                        })
            };
            let following = |d: Date| {
                d.checked_add(1.days())
                    .ok()
                    .filter(|&n| published.is_none_or(|p| n <= p))
            };
            if let Some(k) = night_word
                && next_day(i + 1, &["to", "into"])
                && let Some(next) = start.and_then(following)
            {
                out.retain(|e| {
                    e.span.end <= toks[k].span.start || e.span.start >= toks[i].span.start
                });
                out.push(TimeExpr {
                    span: Span::new(toks[k].span.start, toks[i + 2].span.end),
                    kind: TimeKind::Night,
                    start,
                    end: Some(next),
                    explicit: true,
                });
                i += 3;
                continue;
            }
            if night_word.is_none()
                && next_day(i + 1, &["and"])
                && let Some(next) = start.and_then(following)
            {
                out.push(TimeExpr {
                    span: Span::new(toks[i].span.start, toks[i + 2].span.end),
                    kind: TimeKind::Day,
                    start,
                    end: Some(next),
                    explicit: true,
                });
                i += 3;
                continue;
            }
            if let Some(k) = night_word {
                out.retain(|e| {
                    e.span.end <= toks[k].span.start || e.span.start >= toks[i].span.start
                });
                let before = start.map(|d| d.checked_sub(1.days()).unwrap_or(d));
                out.push(TimeExpr {
                    span: Span::new(toks[k].span.start, toks[i].span.end),
                    kind: TimeKind::Night,
                    start: before,
                    end: start,
                    explicit: true,
                });
            } else {
                out.push(TimeExpr {
                    span: toks[i].span,
                    kind: TimeKind::Day,
                    start,
                    end: start,
                    explicit: true,
                });
            }
            i += 1;
            continue;
        }
        // fixed phrases, longest first
        let mut best: Option<(usize, TimeKind, i32, i32)> = None;
        for &(ph, kind, s, e) in phrases_from(words[i]).iter().map(|&k| &PHRASES[k]) {
            // (the first word is the one looked up; the last words tell phrases apart soonest)
            if ph.len() > best.map_or(0, |b| b.0)
                && ph
                    .iter()
                    .enumerate()
                    .skip(1)
                    .rev()
                    .all(|(k, w)| words.get(i + k).is_some_and(|x| x.eq_ignore_ascii_case(w)))
            {
                best = Some((ph.len(), kind, s, e));
            }
        }
        if let Some((n, kind, s, e)) = best {
            // ("During the day on August 1", "over the day of 15 July": the date it names
            // is the day, read next)
            let dated = kind == TimeKind::Day
                && (s, e) == (0, 0)
                && words
                    .get(i + n)
                    .is_some_and(|w| w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("of"))
                && words.get(i + n + 1).is_some_and(|w| {
                    month_of(w).is_some()
                        || is_weekday(w)
                        || w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
                });
            if dated {
                i += n;
                continue;
            }
            out.push(TimeExpr {
                span: Span::new(toks[i].span.start, toks[i + n - 1].span.end),
                kind,
                start: shift(published, s),
                end: shift(published, e),
                explicit: false,
            });
            i += n;
            continue;
        }
        i += 1;
    }
    join_date_ranges(text, &mut out);
    out
}

/// Joins two dates told as the ends of one span ("between 11 p.m. on March 3 and 7 a.m.
/// on March 4", "from March 3 to March 5") into one period from the first to the last.
fn join_date_ranges(text: &str, out: &mut Vec<TimeExpr>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k], out[k + 1]);
        let dated = a.explicit
            && b.explicit
            && a.kind == TimeKind::Day
            && b.kind == TimeKind::Day
            && matches!((a.start, b.end), (Some(x), Some(y)) if x < y && (y - x).get_days() <= 31);
        let joined = || {
            text.get(a.span.end..b.span.start).is_some_and(|t| {
                let padded = format!(" {} ", t.trim().to_ascii_lowercase());
                t.len() <= 30
                    && [" and ", " to ", " until ", " till "]
                        .iter()
                        .any(|j| padded.contains(j))
            })
        };
        // the opener, then only a clock time before the first date
        let opener = || {
            text.get(a.span.start.saturating_sub(50)..a.span.start)
                .map(|t| t.to_ascii_lowercase())
                .is_some_and(|t| {
                    ["between ", "from "].iter().any(|o| {
                        t.rfind(o).is_some_and(|at| {
                            t[at + o.len()..].split_whitespace().all(|w| {
                                w.bytes()
                                    .all(|c| c.is_ascii_digit() || c == b':' || c == b'.')
                                    || matches!(
                                        w,
                                        "a.m."
                                            | "p.m."
                                            | "am"
                                            | "pm"
                                            | "on"
                                            | "moscow"
                                            | "time"
                                            | "kyiv"
                                    )
                            })
                        })
                    })
                })
        };
        if dated && joined() && opener() {
            out[k] = TimeExpr {
                span: Span::new(a.span.start, b.span.end),
                kind: TimeKind::Period,
                start: a.start,
                end: b.end,
                explicit: true,
            };
            out.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens;

    fn resolve(t: &str, published: &str) -> Vec<(String, String, TimeKind)> {
        let p: Date = published.parse().unwrap();
        let toks = tokens(t, Span::new(0, t.len()));
        time_expressions(t, &toks, Some(p))
            .into_iter()
            .map(|e| {
                (
                    e.start.unwrap().to_string(),
                    e.end.unwrap().to_string(),
                    e.kind,
                )
            })
            .collect()
    }

    #[test]
    fn a_day_and_month_is_the_latest_such_day_unless_it_is_coming_soon() {
        let day = |t: &str, p: &str| resolve(t, p)[0].0.clone();
        assert_eq!(day("on 14 November", "2024-11-13"), "2024-11-14");
        assert_eq!(day("on 30 November", "2024-11-13"), "2023-11-30");
        assert_eq!(day("on 12 November", "2024-11-13"), "2024-11-12");
        assert_eq!(day("on December 30", "2024-02-15"), "2023-12-30");
    }

    #[test]
    fn two_dates_closing_a_between_or_from_span_are_one_period() {
        for t in [
            "Between 11:00 p.m. Moscow time on March 3 and 7:00 a.m. on March 4, drones were downed",
            "From 11 p.m. on March 3 to 7 a.m. on March 4, drones were downed",
        ] {
            let got = resolve(t, "2024-03-04");
            assert_eq!(
                got,
                [(
                    "2024-03-03".to_string(),
                    "2024-03-04".to_string(),
                    TimeKind::Period
                )],
                "{t}"
            );
        }
        // two days of two events stay two
        let got = resolve(
            "On March 3, a drone hit a house, and on March 4 a shell hit a school",
            "2024-03-04",
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_same_day_phrase_gives_way_to_the_date_it_is_on() {
        for t in [
            "During the day on August 1, troops fired 34 times",
            "during the day of 1 August the troops fired",
            "Throughout the day on Thursday, troops fired",
        ] {
            let got = resolve(t, "2024-08-02");
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert_eq!(got[0].0, "2024-08-01", "{t}");
        }
        assert_eq!(
            resolve("During the day, troops fired", "2024-08-02")[0].0,
            "2024-08-02"
        );
    }

    #[test]
    fn phrase_starts_cover_every_phrase() {
        for (ph, ..) in PHRASES {
            assert!(PHRASE_STARTS.contains(&ph[0]), "{ph:?}");
        }
    }

    #[test]
    fn a_night_before_a_weekday_ends_on_that_day() {
        // published on Monday 2024-06-10
        for t in [
            "overnight into Saturday",
            "Overnight on Saturday",
            "on the night of Saturday",
        ] {
            assert_eq!(
                resolve(t, "2024-06-10"),
                [("2024-06-07".into(), "2024-06-08".into(), TimeKind::Night)],
                "{t}"
            );
        }
        // a weekday with no night words is that day
        assert_eq!(
            resolve("on Saturday", "2024-06-10"),
            [("2024-06-08".into(), "2024-06-08".into(), TimeKind::Day)]
        );
    }

    #[test]
    fn past_day_and_overnight() {
        assert_eq!(
            resolve("over the past day", "2022-12-19"),
            [("2022-12-18".into(), "2022-12-19".into(), TimeKind::Period)]
        );
        for t in [
            "Over the past twenty-four hours",
            "over the past 24-hour period",
            "Over 24 hours",
            "in the past two days",
        ] {
            let start = if t.contains("two") {
                "2022-12-17"
            } else {
                "2022-12-18"
            };
            assert_eq!(
                resolve(t, "2022-12-19"),
                [(start.into(), "2022-12-19".into(), TimeKind::Period)],
                "{t}"
            );
        }
        assert_eq!(
            resolve("throughout the day", "2022-12-19"),
            [("2022-12-19".into(), "2022-12-19".into(), TimeKind::Day)]
        );
        assert_eq!(
            resolve("the day before yesterday", "2024-03-19"),
            [("2024-03-17".into(), "2024-03-17".into(), TimeKind::Day)]
        );
        assert_eq!(
            resolve("Overnight, drones", "2023-01-01"),
            [("2022-12-31".into(), "2023-01-01".into(), TimeKind::Night)]
        );
    }

    #[test]
    fn two_day_spans() {
        // the night from one weekday to the next; two weekdays; two days of a month
        assert_eq!(
            resolve("overnight on Friday to Saturday", "2025-02-02"),
            [("2025-01-31".into(), "2025-02-01".into(), TimeKind::Night)]
        );
        assert_eq!(
            resolve("on the night of Friday to Saturday", "2025-02-02"),
            [("2025-01-31".into(), "2025-02-01".into(), TimeKind::Night)]
        );
        assert_eq!(
            resolve("talks on Saturday and Sunday", "2025-02-02"),
            [("2025-02-01".into(), "2025-02-02".into(), TimeKind::Day)]
        );
        assert_eq!(
            resolve("on October 28 and 29, near", "2025-10-30")[0].1,
            "2025-10-29"
        );
        // (not a figure after the day: "on March 11 and 12 people")
        assert_eq!(
            resolve("on March 11 and 12 people", "2025-03-20")[0].1,
            "2025-03-11"
        );
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            resolve("on December 18", "2022-12-19"),
            [("2022-12-18".into(), "2022-12-18".into(), TimeKind::Day)]
        );
        assert_eq!(
            resolve("on 18 December 2021", "2022-12-19")[0].0,
            "2021-12-18"
        );
        // a date later than publication is last year's
        assert_eq!(resolve("on December 30", "2023-01-02")[0].0, "2022-12-30");
        assert_eq!(
            resolve("on the night of 9-10 August", "2023-08-10"),
            [("2023-08-09".into(), "2023-08-10".into(), TimeKind::Night)]
        );
        assert_eq!(
            resolve("During the night of September 18", "2022-09-18"),
            [("2022-09-17".into(), "2022-09-18".into(), TimeKind::Night)]
        );
    }

    #[test]
    fn a_range_that_ends_before_it_starts_is_no_date() {
        assert!(
            resolve("on the night of 26-23 September", "2023-09-30")
                .iter()
                .all(|(s, e, _)| s <= e)
        );
        assert!(resolve("from September 26-23", "2023-09-30").is_empty());
    }

    #[test]
    fn weekdays_and_yesterday() {
        // 2023-08-20 is a Sunday
        assert_eq!(resolve("on Saturday", "2023-08-20")[0].0, "2023-08-19");
        assert_eq!(resolve("on Sunday", "2023-08-20")[0].0, "2023-08-20");
        assert_eq!(resolve("yesterday", "2023-08-20")[0].0, "2023-08-19");
        assert_eq!(
            resolve("in Saturday's strike", "2023-08-20")[0].0,
            "2023-08-19"
        );
    }

    #[test]
    fn a_night_from_one_day_to_the_next() {
        assert_eq!(
            resolve("on the night of March 12 to 13", "2024-03-15"),
            [("2024-03-12".into(), "2024-03-13".into(), TimeKind::Night)]
        );
        // only the next day makes a range: "on March 5 to 12 people" is March 5
        assert_eq!(
            resolve("on March 5 to 12 people", "2024-03-15")[0].1,
            "2024-03-05"
        );
    }

    #[test]
    fn no_publication_date_keeps_mention() {
        let t = "over the past day";
        let toks = tokens(t, Span::new(0, t.len()));
        let e = time_expressions(t, &toks, None);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].start, None);
    }
}
