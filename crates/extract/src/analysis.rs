//! Reading an article: sentences with their places, people, numbers, times and flags.
//!
//! Nothing here decides what an event is; [`crate::assemble`] does. This module
//! only finds, with offsets, what each sentence says.

use crate::Extractor;
use crate::cue::is;
use jiff::civil::Date;
use sitrep_geo::{Gazetteer, Hint, Level, PlaceRecord, Region};
use sitrep_lexicon::{Class, Match};
use sitrep_model::{Evidence, Source, Span};
use sitrep_text::dates::{TimeExpr, TimeKind, is_weekday, month_of, time_expressions_of_words};
use sitrep_text::numbers::{is_number_word, numbers};
use sitrep_text::{Approx, Article, Token, TokenKind, is_possessive, without_possessive};

/// One analysed article.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The whole file.
    pub text: &'a str,
    /// Publication date.
    pub published: Option<Date>,
    /// Headline span.
    pub title: Option<Span>,
    /// Tokens of the body.
    pub toks: Vec<Token>,
    /// Lexicon matches in the headline and body, by start.
    pub matches: Vec<Match>,
    /// Body sentences.
    pub sents: Vec<Sent>,
    /// People named.
    pub persons: Vec<Person>,
    /// The first time phrase of the body: the article's period.
    pub period: Option<TimeExpr>,
    /// The oblast the headline or lead is about.
    pub main_region: Option<&'static Region>,
    /// Whether the article names several oblasts or is a national tally.
    pub multi_region: bool,
    /// Actor words of the article, first one first.
    pub actor: Option<Match>,
    /// Oblasts the article names in any role.
    pub regions_named: Vec<&'static str>,
    /// The article's text in ASCII lower case (same byte offsets), from `lower_base`.
    lower: &'a str,
    lower_base: usize,
    /// Each token's text, and the same in ASCII lower case: token words are read
    /// millions of times, so they are sliced once.
    words: Vec<&'a str>,
    lower_words: Vec<&'a str>,
    /// Whether each token is a word starting with an upper-case letter.
    capitalised: Vec<bool>,
    /// For each byte offset from `lower_base` to the article's end (inclusive): the
    /// number of tokens, and of matches, that start before it. Token and match
    /// lookups by offset are then one read instead of a binary search.
    toks_before: Vec<u32>,
    matches_before: Vec<u32>,
}

/// `before[b]` = how many of the sorted `starts` are < `base + b`, for every offset
/// `b` in `0..=len`.
fn counts_before(starts: impl Iterator<Item = usize>, base: usize, len: usize) -> Vec<u32> {
    let mut before = vec![0u32; len + 1];
    for s in starts {
        // a start at offset o counts for every offset after it
        if let Some(o) = s.checked_sub(base).filter(|&o| o < len) {
            before[o + 1] += 1;
        }
    }
    let mut running = 0;
    for b in before.iter_mut() {
        running += *b;
        *b = running;
    }
    before
}

/// A person named in the article.
#[derive(Clone, Debug)]
pub struct Person {
    /// Full name as first written.
    pub name: String,
    /// Last word of the name.
    pub surname: String,
    /// Role as written ("head of the Kherson Regional Military Administration").
    pub role: Option<String>,
    /// Where the full name is.
    pub span: Span,
    /// ISO country the person represents, when the people lexicon knows them.
    pub country: Option<String>,
}

impl Person {
    /// The person as an event's source, with the evidence of their name.
    pub fn as_source(&self, evidence: &mut Vec<Evidence>) -> Source {
        evidence.push(Evidence {
            field: "source".into(),
            start: self.span.start,
            end: self.span.end,
        });
        Source {
            name: Some(self.name.clone()),
            role: self.role.clone(),
        }
    }
}

/// What a place mention names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaceKind {
    /// An oblast or foreign region.
    Region(&'static Region),
    /// A raion.
    Raion,
    /// A hromada (community).
    Hromada,
    /// A city, town or village.
    Settlement,
    /// A country ("Ukraine").
    Country(&'static str),
    /// "the region", "the oblast": the article's oblast.
    AreaRef,
    /// "the city", "there", "the regional centre": a place named before.
    Ref(RefKind),
}

/// Which earlier place a reference points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// "the city", "the town", "the village", "there", "the community".
    Last,
    /// "the regional centre", "the regional capital".
    RegionalCentre,
    /// "the capital".
    Capital,
    /// "the district centre".
    DistrictCentre,
}

/// Why a place is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceRole {
    /// Where something happened.
    Event,
    /// Where an attack came from.
    Origin,
    /// A front-line axis or direction: not a place.
    Axis,
    /// Part of an institution's or a person's title.
    Org,
    /// Only locates another place ("Simeikyne in Konotop district").
    Locative,
}

/// A place mention in a sentence.
#[derive(Clone, Debug)]
pub struct PlaceMention {
    /// The words of the mention.
    pub span: Span,
    /// The name to resolve (without "district", "community").
    pub name: String,
    /// What it names.
    pub kind: PlaceKind,
    /// Why it is mentioned.
    pub role: PlaceRole,
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// Mentions of one coordinated list share a list number.
    pub list: usize,
    /// Region stated next to the mention ("Pivnichne, Donetsk region").
    pub hint: Option<&'static Region>,
    /// Raion or hromada stated next to the mention ("in Konotop district", "the
    /// Yunakivka community").
    pub hint_area: Option<String>,
    /// Named in a plural region phrase ("Kherson and Donetsk oblasts").
    pub plural: bool,
}

/// What a number counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Attacks, strikes, times.
    Count,
    /// Shells, rounds, missiles, drones, explosions.
    Munitions,
    /// People.
    Person,
    /// Something else (years, settlements, tonnes).
    Other,
    /// Nothing follows: the unit is elided.
    Bare,
}

/// A number with its unit.
#[derive(Clone, Copy, Debug)]
pub struct Num {
    /// The number's words, qualifier included.
    pub span: Span,
    /// The value when usable (exact or lower bound).
    pub value: Option<u32>,
    /// Stated approximately.
    pub approx: bool,
    /// First token of the number.
    pub t0: usize,
    /// One past the number's last token.
    pub t1: usize,
    /// What it counts.
    pub unit: Unit,
    /// End of the unit phrase (token).
    pub unit_end: usize,
    /// "N each": applies to every place of a list.
    pub each: bool,
    /// Passive "was hit N times" / "took N hits": hits, not attacks.
    pub hits: bool,
}

/// One sentence of the body.
#[derive(Clone, Debug)]
pub struct Sent {
    /// Where it is.
    pub span: Span,
    /// Paragraph number in the article.
    pub para: usize,
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// In a back-reference paragraph ("As reported earlier, …").
    pub backref: bool,
    /// Says nothing new: a cumulative figure, a defensive posture.
    pub void: bool,
    /// Places mentioned.
    pub places: Vec<PlaceMention>,
    /// Numbers with units.
    pub numbers: Vec<Num>,
    /// Time phrases.
    pub times: Vec<TimeExpr>,
    /// Who reports what the sentence says (index into [`Doc::persons`]).
    pub reporter: Option<usize>,
    /// The oblast in force at this sentence (last one named before or in it).
    pub region: Option<&'static Region>,
    /// Matches of this sentence: range into [`Doc::matches`].
    pub m0: usize,
    /// One past the last match.
    pub m1: usize,
    /// Oblasts of the front-line axes named in the sentence ("Kupiansk axis").
    pub axis_regions: Vec<&'static str>,
    /// With no oblast in force, the oblast of the first oblast centre the article names
    /// ("Russian forces attacked Zaporizhzhia …"): where its villages are looked up first.
    pub centre_region: Option<&'static Region>,
    /// Whose words the sentence gives: the speaker of a quote it belongs to, or
    /// the subject of its speech verb.
    pub speaker: Option<usize>,
    /// Inside a direct quote.
    pub quoted: bool,
    /// Told by an institution that names no person as its speaker ("…, the Sumy Regional
    /// Military Administration said").
    pub by_institution: bool,
    /// A line that names who posts what follows or signs what it stands under ("Source:
    /// …", "Serhii Lysak, head of …, on Telegram:", "Oleksandr Prokudin, head of the
    /// Kherson Regional Military Administration.").
    pub label: bool,
}

impl<'a> Doc<'a> {
    /// Lower-case-insensitive text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Token `i` in ASCII lower case, without allocating ("" past the end).
    pub fn lw(&self, i: usize) -> &'a str {
        self.lower_words.get(i).copied().unwrap_or("")
    }

    /// The article's text at `start..end` (byte offsets into the file) in ASCII lower
    /// case, without allocating ("" outside the article).
    pub fn lower_at(&self, start: usize, end: usize) -> &'a str {
        start
            .checked_sub(self.lower_base)
            .zip(end.checked_sub(self.lower_base))
            .and_then(|(a, b)| self.lower.get(a..b))
            .unwrap_or("")
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is a run of digits ("45" in "a man, 45,"); false past the end.
    pub fn is_digits(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Digits)
    }

    /// Matches of sentence `s`.
    pub fn sent_matches(&self, s: &Sent) -> &[Match] {
        &self.matches[s.m0..s.m1]
    }

    /// Index of the first token at or after byte `b`.
    pub fn token_from(&self, b: usize) -> usize {
        match b
            .checked_sub(self.lower_base)
            .and_then(|o| self.toks_before.get(o))
        {
            Some(&n) => n as usize,
            None => self.toks.partition_point(|t| t.span.start < b),
        }
    }

    /// Matches starting at byte `b`.
    pub fn matches_at(&self, b: usize) -> &[Match] {
        let o = b.wrapping_sub(self.lower_base);
        let (lo, hi) = match (
            self.matches_before.get(o),
            self.matches_before.get(o.wrapping_add(1)),
        ) {
            (Some(&lo), Some(&hi)) => (lo as usize, hi as usize),
            _ => (
                self.matches.partition_point(|m| m.start < b),
                self.matches.partition_point(|m| m.start <= b),
            ),
        };
        &self.matches[lo..hi]
    }

    /// Whether a match of `class`/`label` starts at token `i`; returns its end token.
    pub fn match_at(&self, i: usize, pred: impl Fn(&Match) -> bool) -> Option<usize> {
        let t = self.toks.get(i)?;
        let m = self
            .matches_at(t.span.start)
            .iter()
            .filter(|m| pred(m))
            .max_by_key(|m| m.end)?;
        Some(self.token_from(m.end))
    }
}

const LOCATIVE_PREPS: &[&str] = &[
    "in", "near", "at", "on", "towards", "toward", "around", "of", "to", "outside", "into", "over",
    "for", "from", "across", "between", "beyond", "behind", "by", "against", "within",
];
/// Prepositions after which an unknown capitalised name is taken as a place.
const STRONG_LOCATIVES: &[&str] = &[
    "in", "near", "at", "towards", "toward", "around", "outside", "into", "against", "on", "onto",
];
const COUNTRIES: &[(&str, &str)] = &[
    ("ukraine", "UA"),
    ("ukraine's", "UA"),
    ("russia", "RU"),
    ("russia's", "RU"),
    ("belarus", "BY"),
    ("belarus's", "BY"),
    ("turkiye", "TR"),
    ("turkey", "TR"),
    ("moldova", "MD"),
    ("poland", "PL"),
    ("united states", "US"),
    ("united kingdom", "GB"),
    ("britain", "GB"),
    ("great britain", "GB"),
    ("germany", "DE"),
    ("france", "FR"),
    ("italy", "IT"),
    ("spain", "ES"),
    ("china", "CN"),
    ("iran", "IR"),
    ("north korea", "KP"),
    ("romania", "RO"),
    ("hungary", "HU"),
    ("slovakia", "SK"),
    ("lithuania", "LT"),
    ("latvia", "LV"),
    ("estonia", "EE"),
    ("finland", "FI"),
    ("sweden", "SE"),
    ("norway", "NO"),
    ("denmark", "DK"),
    ("netherlands", "NL"),
    ("belgium", "BE"),
    ("canada", "CA"),
    ("japan", "JP"),
    ("india", "IN"),
    ("israel", "IL"),
    ("syria", "SY"),
    ("georgia", "GE"),
    ("kazakhstan", "KZ"),
    ("crimea's", "UA"),
];
const ORG_HEADS: &[&str] = &[
    "military",
    "regional",
    "city",
    "state",
    "oblast",
    "council",
    "police",
    "prosecutor",
    "prosecutor's",
    "administration",
    "mayor",
    "governor",
    "department",
    "university",
    "reservoir",
    "hospital",
    "nuclear",
    "independent",
    "airport",
    "power",
    "thermal",
    "hydroelectric",
    "plant",
    "governorate",
    "embankment",
    "street",
    "avenue",
    "square",
    "boulevard",
    "lane",
    "highway",
    "park",
    "prospect",
    "dam",
    "station",
    "railway",
    "port",
    "forces",
    "force",
    "command",
    "brigade",
    "army",
    "navy",
    "guard",
];

/// Whether `name` is a town that gives its raion its name (Nikopol, of the Nikopolskyi
/// raion).
/// The Ukrainian oblast whose centre is named `name` ("Zaporizhzhia").
pub(crate) fn oblast_of_centre(name: &str) -> Option<&'static Region> {
    sitrep_geo::REGIONS.iter().find(|r| {
        r.country == "UA" && r.admin1.ends_with(" Oblast") && r.centre.eq_ignore_ascii_case(name)
    })
}

fn raion_centre(ex: &Extractor, name: &str) -> bool {
    let stem: String = name
        .chars()
        .take(name.chars().count().saturating_sub(1))
        .collect();
    stem.chars().count() >= 3
        && ex
            .gazetteer
            .resolve(name, &Hint::default())
            .is_some_and(|r| {
                r.level == Level::Settlement
                    && r.country == "UA"
                    && r.admin2
                        .as_deref()
                        .is_some_and(|a| a.to_lowercase().starts_with(&stem.to_lowercase()))
            })
}

/// Whether `w` closes a wire dateline's city ("KHARKIV, Ukraine —", "KYIV — …").
pub(crate) fn ends_dateline(w: &str) -> bool {
    matches!(w, "," | "—" | "–")
}

/// The token after a wire dateline that names its agency, when sentence `s` opens with
/// one ("Kyiv (AFP) -", "MOSCOW/KYIV, Oct 8 (Reuters) -"): its places are where the story
/// was filed, not where anything happened. `s.t0` when there is none.
pub(crate) fn agency_dateline_end(doc: &Doc, s: &Sent) -> usize {
    let limit = (s.t0 + 14).min(s.t1);
    let Some(dash) = (s.t0 + 1..limit)
        .find(|&t| matches!(doc.word(t), "-" | "—" | "–") && doc.word(t - 1) == ")")
    else {
        return s.t0;
    };
    // "(AFP)", "(Reuters)": one capitalised word in brackets right before the dash
    let agency = dash >= s.t0 + 3 && doc.word(dash - 3) == "(" && is_cap(doc, dash - 2);
    if agency { dash + 1 } else { s.t0 }
}

fn is_cap(d: &Doc, i: usize) -> bool {
    d.capitalised.get(i).copied().unwrap_or(false)
}

fn adjacent(d: &Doc, a: usize, b: usize) -> bool {
    // tokens a and b separated by whitespace only
    match (d.toks.get(a), d.toks.get(b)) {
        (Some(x), Some(y)) => d
            .text
            .get(x.span.end..y.span.start)
            .is_some_and(|g| g.chars().all(char::is_whitespace)),
        _ => false,
    }
}

/// Analyses one article; `lower` is the article's text (`article.span()` of `text`) in
/// ASCII lower case.
pub fn analyse<'a>(
    ex: &Extractor,
    text: &'a str,
    lower: &'a str,
    article: &Article,
    published: Option<Date>,
) -> Doc<'a> {
    let cues = &ex.cues;
    let span = article.span();
    let mut matches = Vec::new();
    ex.lexicons
        .scan_lowered_into(span.text(text), lower, span.start, &mut matches);
    // "On 3 May 2023", "May 12": the month, not the modal
    matches.retain(|m| !(is(m, cues.future) && is_month_may(text, m.start, m.end)));
    let mut toks = Vec::new();
    let mut sents = Vec::new();
    for (p, para) in article.paragraphs.iter().enumerate() {
        for s in sitrep_text::sentences(text, *para) {
            let t0 = toks.len();
            toks.extend(sitrep_text::tokens(text, s));
            sents.push(Sent {
                span: s,
                para: p,
                t0,
                t1: toks.len(),
                backref: false,
                void: false,
                places: Vec::new(),
                numbers: Vec::new(),
                times: Vec::new(),
                reporter: None,
                region: None,
                m0: 0,
                m1: 0,
                axis_regions: Vec::new(),
                centre_region: None,
                speaker: None,
                quoted: false,
                by_institution: false,
                label: false,
            });
        }
    }
    let mut doc = Doc {
        text,
        published,
        title: article.title,
        toks,
        matches,
        sents,
        persons: Vec::new(),
        period: None,
        main_region: None,
        multi_region: false,
        actor: None,
        regions_named: Vec::new(),
        lower,
        lower_base: span.start,
        words: Vec::new(),
        lower_words: Vec::new(),
        capitalised: Vec::new(),
        toks_before: Vec::new(),
        matches_before: Vec::new(),
    };
    doc.toks_before = counts_before(
        doc.toks.iter().map(|t| t.span.start),
        span.start,
        span.end - span.start,
    );
    doc.words = doc.toks.iter().map(|t| t.text(text)).collect();
    doc.capitalised = doc.toks.iter().map(|t| t.is_capitalized(text)).collect();
    doc.lower_words = doc
        .toks
        .iter()
        .map(|t| {
            lower
                .get(t.span.start - span.start..t.span.end - span.start)
                .unwrap_or("")
        })
        .collect();
    // editors' and coders' notes in square brackets are not report text
    let mut bracketed: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    for t in &doc.toks {
        match t.text(text) {
            "[" if open.is_none() => open = Some(t.span.start),
            "]" => {
                if let Some(o) = open.take() {
                    bracketed.push(Span::new(o, t.span.end));
                }
            }
            _ => {}
        }
    }
    if !bracketed.is_empty() {
        let inside = |b: usize| bracketed.iter().any(|r| r.start <= b && b < r.end);
        doc.matches.retain(|m| !inside(m.start));
    }
    // "claimed" kills only with lives ("claimed 23 lives"); "Lavrov claimed that …" is speech
    let claim_of_lives = |doc: &Doc, m: &Match| {
        let t = doc.token_from(m.end);
        doc.lower_at(m.start, m.end) != "claimed"
            || (t..t + 4).any(|x| matches!(doc.lw(x), "life" | "lives"))
    };
    // "doctors are fighting for their lives": no fighting at the front
    // ("air defence and electronic warfare repelled the attack": a shoot-down, no fight)
    let fight_for_life = |doc: &Doc, m: &Match| {
        let t = doc.token_from(m.end);
        let f = doc.token_from(m.start);
        is(m, cues.clash)
            && (doc.is_word(t, "for")
                && (t + 1..t + 4).any(|x| matches!(doc.lw(x), "life" | "lives"))
                || (f.saturating_sub(6)..f).any(|x| {
                    matches!(doc.lw(x), "defence" | "defense" | "defences" | "defenses")
                        && doc.is_word(x.wrapping_sub(1), "air")
                        || doc.is_word(x, "electronic") && doc.is_word(x + 1, "warfare")
                }))
    };
    // "to advance the peace process", "advancing Russia's interests", "advanced air defence
    // systems": advancing with an object, or as an adjective, is no troops' advance
    let figurative_advance = |doc: &Doc, m: &Match| {
        let f = doc.token_from(m.start);
        let t = doc.token_from(m.end);
        is(m, cues.clash) && t == f + 1 && doc.lw(f).starts_with("advanc") && {
            // (past a determiner or a possessive: "the peace process", "Russia's
            // interests"; not "their positions", "the front line")
            let o = if matches!(
                doc.lw(t),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
            ) || is_possessive(doc.word(t))
            {
                t + 1
            } else {
                t
            };
            matches!(
                doc.lw(o),
                "air"
                    | "weapons"
                    | "weapon"
                    | "systems"
                    | "technology"
                    | "technologies"
                    | "peace"
                    | "talks"
                    | "negotiations"
                    | "interests"
                    | "agenda"
                    | "cause"
                    | "relations"
                    | "cooperation"
                    | "integration"
                    | "membership"
                    | "fighter"
                    | "fighters"
                    | "jets"
                    | "missiles"
                    | "arms"
                    | "military"
                    | "equipment"
                    | "training"
                    | "stage"
                    | "stages"
                    | "level"
                    | "national"
                    | "own"
            )
        }
    };
    // "since May", "on 9 May": the month, not the modal (one inside a sentence is capitalised
    // only as the month)
    let the_month = |doc: &Doc, m: &Match| {
        is(m, cues.future)
            && doc.text.get(m.start..m.end) == Some("May")
            && doc.text[..m.start]
                .trim_end()
                .chars()
                .last()
                .is_some_and(|c| !matches!(c, '.' | '!' | '?' | '"' | '“' | '\n'))
    };
    let kept: Vec<bool> = doc
        .matches
        .iter()
        .map(|m| {
            (!is(m, cues.killed) || claim_of_lives(&doc, m))
                && !fight_for_life(&doc, m)
                && !figurative_advance(&doc, m)
                && !the_month(&doc, m)
        })
        .collect();
    if kept.contains(&false) {
        let mut keep = kept.into_iter();
        doc.matches.retain(|_| keep.next().unwrap_or(true));
    }
    doc.matches_before = counts_before(
        doc.matches.iter().map(|m| m.start),
        span.start,
        span.end - span.start,
    );
    if under_fire_cues(ex, &mut doc) {
        doc.matches_before = counts_before(
            doc.matches.iter().map(|m| m.start),
            span.start,
            span.end - span.start,
        );
    }
    // each sentence's matches, once the notes are out
    for s in doc.sents.iter_mut() {
        s.m0 = doc.matches.partition_point(|m| m.start < s.span.start);
        s.m1 = doc.matches.partition_point(|m| m.start < s.span.end);
    }
    let mut taken: Vec<bool> = doc
        .toks
        .iter()
        .map(|t| {
            bracketed
                .iter()
                .any(|r| r.start <= t.span.start && t.span.start < r.end)
        })
        .collect();
    // the capitalised name of an institution ("the Institute for the Study of War") names
    // no place
    let org = ex.lexicons.label_id(Class::Role, "org");
    for m in doc
        .matches
        .iter()
        .filter(|m| m.class == Class::Role && Some(m.label) == org)
    {
        let (i, j) = (doc.token_from(m.start), doc.token_from(m.end));
        if j > i + 1 && is_cap(&doc, i) {
            taken[i..j].iter_mut().for_each(|t| *t = true);
        }
    }
    find_persons(ex, &mut doc, &mut taken);
    // back-references: a paragraph opening with "As reported earlier", "Recall that", or
    // told as a reminder ("…, the minister recalled")
    let mut backref_para = usize::MAX;
    let mut prev_dated_earlier = false;
    for k in 0..doc.sents.len() {
        let s = &doc.sents[k];
        let opening = doc
            .toks
            .get((s.t0 + 8).min(s.t1.saturating_sub(1)))
            .map_or(s.span.end, |t| t.span.end);
        let as_reported = doc.is_word(s.t0, "as")
            && (s.t0 + 1..(s.t0 + 7).min(s.t1)).any(|t| {
                doc.is_word(t, "reported") || doc.is_word(t, "reports") || doc.is_word(t, "wrote")
            });
        // "…, the minister recalled": a retelling, wherever the verb stands
        // "Three years ago, …", "In March 2022, …", "On 24 February 2022, …": an opening that
        // dates the sentence in an earlier year tells history, not news
        // (a month with its year more than two months before publication; a bare year
        // before the publication's)
        let earlier_year = |t: usize| {
            let Some(now) = published else { return false };
            let Some(y) = Some(doc.word(t))
                .filter(|w| w.len() == 4 && doc.toks[t].kind == TokenKind::Digits)
                .and_then(|w| w.parse::<i16>().ok())
            else {
                return false;
            };
            // ("in the spring of 2022", "by the end of 2023")
            let season_of = doc.is_word(t - 1, "of")
                && matches!(
                    doc.lw(t.saturating_sub(2)),
                    "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "end"
                        | "beginning"
                        | "start"
                );
            // ("a woman born in 1961": a birth year dates no strike)
            if doc.is_word(t - 1, "in") && doc.is_word(t.saturating_sub(2), "born") {
                return false;
            }
            if doc.is_word(t - 1, "in") || season_of {
                return (1900..now.year()).contains(&y);
            }
            let Some((mi, month)) = (t.saturating_sub(3).max(s.t0)..t)
                .rev()
                .find_map(|x| Some((x, month_of(doc.word(x))?)))
            else {
                return false;
            };
            let day = [mi.wrapping_sub(1), mi + 1]
                .into_iter()
                .filter(|&x| x >= s.t0 && x < t)
                .find_map(|x| doc.word(x).parse::<i8>().ok())
                .unwrap_or(28);
            Date::new(y, month, day.clamp(1, 28)).is_ok_and(|d| {
                d.checked_add(jiff::Span::new().days(60))
                    .is_ok_and(|d| d < now)
            })
        };
        let head = (s.t0 + 6).min(s.t1);
        // "Ukraine's 2023 counteroffensive failed …": a fight or strike named by an earlier year
        let named_by_year = (s.t0..s.t1.saturating_sub(1)).any(|t| {
            doc.toks[t].kind == TokenKind::Digits
                && doc.word(t).len() == 4
                && doc
                    .word(t)
                    .parse::<i16>()
                    .is_ok_and(|y| published.is_some_and(|p| (1900..p.year()).contains(&y)))
                && doc
                    .match_at(t + 1, |m| is(m, cues.clash) || is(m, cues.attack))
                    .is_some()
        });
        // "shelled Kharkiv in March 2022, killing three", "a soldier who shelled Kharkiv in
        // 2022", "in March 2022 the soldier shot …": a strike dated in an earlier year
        // wherever the date stands, beside its verb (not "the heaviest since March 2022")
        let strike_at = |t: usize| {
            doc.match_at(t, |m| {
                is(m, cues.attack) || is(m, cues.clash) || is(m, cues.killed)
            })
            .is_some()
        };
        // "captured Avdiivka in February": a month of its own, before the publication's
        let earlier_month = |t: usize| {
            let Some(now) = published else { return false };
            // ("in late May", "in early March")
            (doc.is_word(t - 1, "in")
                || t >= 2
                    && doc.is_word(t - 2, "in")
                    && matches!(doc.lw(t - 1), "late" | "early" | "mid" | "mid-"))
                && month_of(doc.word(t)).is_some_and(|m| m != now.month())
                && !doc
                    .toks
                    .get(t + 1)
                    .is_some_and(|x| x.kind == TokenKind::Digits)
        };
        let dated_strike = (s.t0 + 1..s.t1).any(|t| {
            if !earlier_year(t) && !earlier_month(t) {
                return false;
            }
            let opener = (t.saturating_sub(5).max(s.t0)..t)
                .rev()
                .find(|&x| doc.is_word(x, "in") || month_of(doc.word(x)).is_some())
                .unwrap_or(t);
            // "closed since March 2022, when a Russian strike blew out its windows"
            let struck = |c: usize| {
                strike_at(c)
                    || doc
                        .match_at(c, |m| m.class == Class::Weapon || is(m, cues.damage))
                        .is_some()
            };
            let since_when = doc.word(t + 1) == ","
                && doc.is_word(t + 2, "when")
                && (t + 3..(t + 8).min(s.t1)).any(struck);
            since_when
                || !matches!(
                    doc.lw(opener.saturating_sub(1)),
                    "since" | "than" | "until" | "till" | "before" | "born"
                ) && ((opener.saturating_sub(5).max(s.t0)..opener)
                    .any(|c| strike_at(c) && !(c..opener).any(|x| doc.word(x) == ","))
                    || (t + 1..(t + 5).min(s.t1))
                        .any(|c| strike_at(c) && !(t..c).any(|x| doc.word(x) == ",")))
        });
        // "Dnipro was last hit a week ago, when …"
        let ago = |t: usize| {
            doc.is_word(t, "ago")
                && matches!(
                    doc.lw(t - 1),
                    "years" | "year" | "months" | "month" | "week" | "weeks"
                )
        };
        let history =
            named_by_year || (s.t0 + 1..head).any(earlier_year) || (s.t0 + 1..head).any(ago);
        // (a date inside a sentence dates that sentence only; "Later the same month, …"
        // goes on with the story told before it)
        let same_time_as_before = (k > 0 && doc.sents[k - 1].backref || prev_dated_earlier)
            && (s.t0..(s.t0 + 4).min(s.t1)).any(|t| {
                doc.is_word(t, "same")
                    && matches!(doc.lw(t + 1), "day" | "month" | "year" | "week" | "night")
            });
        prev_dated_earlier = (s.t0 + 1..s.t1).any(earlier_year);
        // ("In March, a missile strike on the city's seafront killed 21 people.": an opening
        // earlier month, this sentence only)
        let month_opening = k > 0 && doc.is_word(s.t0, "in") && earlier_month(s.t0 + 1);
        let history_here =
            dated_strike || (s.t0 + 1..s.t1).any(ago) || same_time_as_before || month_opening;
        let ms = doc.sent_matches(s);
        let recalled = ms.iter().any(|m| is(m, cues.backref_verb));
        let reminder = ms.iter().any(|m| is(m, cues.backref) && m.start < opening);
        // a reminder that gives a toll but tells no attack ("Earlier, authorities had reported
        // 12 injured.") is an old figure: that sentence only, not the rest of its paragraph
        let old_toll = ms.iter().any(|m| is(m, cues.killed) || is(m, cues.injured))
            && !ms
                .iter()
                .any(|m| is(m, cues.attack) || is(m, cues.clash) || m.class == Class::Weapon);
        if as_reported || history || recalled || reminder && !old_toll {
            backref_para = s.para;
        }
        let is_backref = as_reported
            || history
            || history_here
            || recalled
            || reminder
            || background(ex, &doc, k);
        // "needs two Patriot systems to protect the Kharkiv region from Russian strikes": what
        // a defence is for, no attack
        let protect_from = (s.t0 + 1..s.t1).any(|t| {
            doc.is_word(t - 1, "to")
                && matches!(doc.lw(t), "protect" | "defend" | "shield")
                && (t + 1..(t + 8).min(s.t1)).any(|u| doc.is_word(u, "from"))
        });
        // ("75 drones overnight, the largest drone attack since the start of the full-scale
        // invasion": a record compares tonight with the war, it does not tell the war)
        let record = |m: &Match| {
            let t = doc.token_from(m.start);
            doc.lower_at(m.start, m.end).starts_with("since")
                && (t.saturating_sub(6).max(s.t0)..t).any(|x| {
                    matches!(
                        doc.lw(x),
                        "largest"
                            | "biggest"
                            | "heaviest"
                            | "deadliest"
                            | "most"
                            | "record"
                            | "first"
                    )
                })
        };
        // ("Since the start of July, Russian attacks have killed 30 people in the oblast": a
        // tally since a month began, told as the sentence's opening)
        let since_month = doc.is_word(s.t0, "since")
            && doc.is_word(s.t0 + 1, "the")
            && matches!(doc.lw(s.t0 + 2), "start" | "beginning")
            && doc.is_word(s.t0 + 3, "of")
            && month_of(doc.word(s.t0 + 4)).is_some();
        let void = protect_from
            || since_month
            || doc
                .sent_matches(s)
                .iter()
                .any(|m| is(m, cues.general) && !record(m) || is(m, cues.negated_event));
        let s = &mut doc.sents[k];
        s.backref = is_backref || s.para == backref_para;
        s.void = void;
    }
    // places, numbers, times
    let title_region = doc.title.and_then(|t| title_region(ex, text, t));
    let mut region: Option<&'static Region> = title_region.or_else(|| first_region(ex, &doc));
    let mut regions_named: Vec<&'static str> = Vec::new();
    let mut centre: Option<&'static Region> = None;
    let mut weeks_before_para = usize::MAX;
    // the day the text told last ("On Friday, …"), for a later "later that day"
    let mut last_day: Option<TimeExpr> = None;
    for k in 0..doc.sents.len() {
        let places = find_places(ex, &doc, k, &mut taken);
        let mut axis_regions: Vec<&'static str> = Vec::new();
        for p in &places {
            if p.role == PlaceRole::Axis
                && let Some(a1) = ex
                    .gazetteer
                    .resolve(&p.name, &Hint::default())
                    .or_else(|| axis_town(ex, &p.name))
                    .and_then(|r| r.admin1.as_deref())
                && let Some(r) = ex.gazetteer.region_by_admin1(a1)
                && !axis_regions.contains(&r.admin1)
            {
                axis_regions.push(r.admin1);
            }
            if let PlaceKind::Region(r) = p.kind {
                if !doc.regions_named.contains(&r.admin1) {
                    doc.regions_named.push(r.admin1);
                }
                if r.country == "UA"
                    && !p.plural
                    && !doc.sents[k].backref
                    && !regions_named.contains(&r.admin1)
                {
                    regions_named.push(r.admin1);
                }
                // "drones launched from the Bryansk region" does not move the report there
                if !p.plural && p.role != PlaceRole::Origin {
                    region = Some(r);
                }
            }
        }
        // (a roundup's heading line that is an oblast centre's name alone, "Zaporizhzhia",
        // opens that oblast's section)
        let line = &doc.sents[k];
        if line.t1 <= line.t0 + 2
            && let [p] = &places[..]
            && p.kind == PlaceKind::Settlement
            && p.t0 == line.t0
            && (p.t1..line.t1).all(|t| doc.toks[t].kind == TokenKind::Punct)
            && let Some(r) = oblast_of_centre(&p.name)
        {
            region = Some(r);
        }
        // a report about an oblast's centre ("Russian forces attacked Zaporizhzhia …"):
        // "the village of Kamianske" is looked up in that oblast first
        if centre.is_none()
            && let Some(r) = places
                .iter()
                .filter(|p| {
                    p.kind == PlaceKind::Settlement
                        && p.role == PlaceRole::Event
                        && p.hint.is_none()
                })
                .find_map(|p| oblast_of_centre(&p.name))
        {
            centre = Some(r);
        }
        let s = &doc.sents[k];
        let mut times = time_expressions_of_words(
            text,
            &doc.toks[s.t0..s.t1],
            &doc.words[s.t0..s.t1],
            published,
        );
        let mut nums = find_numbers(ex, &doc, s);
        nums.retain(|n| {
            !bracketed
                .iter()
                .any(|r| r.start <= n.span.start && n.span.start < r.end)
        });
        // numbers of dates and times are not figures
        nums.retain(|n| {
            !times
                .iter()
                .any(|t| t.span.start <= n.span.start && n.span.end <= t.span.end)
        });
        // years are not figures: "a man born in 1968 was killed", "since 2014"
        nums.retain(|n| {
            let year = n.t1 == n.t0 + 1
                && doc.toks[n.t0].kind == TokenKind::Digits
                && doc.word(n.t0).len() == 4
                && n.value.is_some_and(|v| (1900..=2100).contains(&v));
            !(year
                && matches!(
                    doc.lw(n.t0.saturating_sub(1)),
                    "in" | "born" | "since" | "year" | "until"
                ))
        });
        drop_dateline_and_as_of(&doc, s, &mut times);
        // ("A restless night in the region." opens a post; "It was a restless night in
        // Pavlohrad as well" goes on with a night already dated)
        times.retain(|t| {
            let w = t.span.text(text);
            !(w.eq_ignore_ascii_case("restless night") || w.eq_ignore_ascii_case("turbulent night"))
                || doc.token_from(t.span.start) <= s.t0 + 1
        });
        // a day after publication dates what is still to come, nothing that happened ("He
        // announced a day of mourning on 14 November", published on the 13th)
        if let Some(p) = published {
            times.retain(|t| t.start.is_none_or(|d| d <= p));
        }
        // "Belgorod has been struck before. On Dec. 30, a strike on the city centre killed
        // 25 people." in a report of mid-February: a day weeks before publication dates an
        // earlier strike told as background (no report here dates its own news more than a
        // week back)
        // (not a day of the coming weeks read as last year's: "declared 14 and 15 March days
        // of mourning" on March 14 — unless the text gives the year)
        // ("On Friday, … Later that day, …": the day told before, not the publication's)
        if let Some(day) = &last_day {
            for t in times.iter_mut().filter(|t| {
                !t.explicit && {
                    let w = t.span.text(text).to_ascii_lowercase();
                    w.starts_with("later that day") || w.starts_with("later the same day")
                }
            }) {
                t.start = day.start;
                t.end = day.end;
            }
        }
        // (a day told of what happened, not of what is to come: "Zelensky is due to visit
        // Kharkiv on Friday")
        if let Some(t) = times
            .iter()
            .find(|t| t.explicit && t.kind == TimeKind::Day)
            .filter(|_| {
                !doc.sent_matches(&doc.sents[k])
                    .iter()
                    .any(|m| is(m, cues.future))
            })
        {
            last_day = Some(*t);
        }
        let weeks_before = published.is_some_and(|p| {
            times.iter().any(|t| {
                let year_told = t.span.text(text).bytes().filter(u8::is_ascii_digit).count() >= 4;
                t.explicit
                    && t.kind == TimeKind::Day
                    && t.start.is_some_and(|d| {
                        let days = (p - d).get_days();
                        days > 14 && (days < 300 || year_told)
                    })
            })
        });
        // ("the second mass-casualty strike in ten days, after a missile killed 20 people in
        // Kryvyi Rih on April 4": an earlier strike, days back, told to compare)
        let compared = published.is_some_and(|p| {
            times.iter().any(|t| {
                let at = doc.token_from(t.span.start);
                t.explicit
                    && t.kind == TimeKind::Day
                    && t.start
                        .is_some_and(|d| (4..=14).contains(&(p - d).get_days()))
                    && (doc.sents[k].t0 + 1..at)
                        .find(|&x| doc.is_word(x, "after") && doc.word(x - 1) == ",")
                        // (only when the clause before it tells nothing of its own: no
                        // figure, no day — "struck Kharkiv on Monday, injuring 11, after a
                        // similar attack on June 1" is Monday's strike)
                        .is_some_and(|x| {
                            !nums.iter().any(|n| n.t0 < x && n.unit != Unit::Other)
                                && !times.iter().any(|u| doc.token_from(u.span.start) < x)
                        })
            })
        });
        // (and so does the rest of its paragraph that dates nothing anew: "A 62-year-old
        // woman was killed and three residents were injured.")
        // (a paragraph after it that names no place and no day goes on with the story: "On
        // April 8, 2022, a missile hit the station in Kramatorsk.\n\nAt least 61 people were
        // killed.")
        let dated_anew = times.iter().any(|t| t.explicit);
        let placeless = places
            .iter()
            .all(|p| matches!(p.kind, PlaceKind::Ref(_) | PlaceKind::AreaRef));
        let goes_on = weeks_before_para != usize::MAX
            && k > 0
            && doc.sents[k].para == doc.sents[k - 1].para + 1
            && placeless
            && !nums.is_empty()
            && !doc.sents[k].quoted;
        if weeks_before || goes_on && !dated_anew {
            weeks_before_para = doc.sents[k].para;
        } else if dated_anew || doc.sents[k].para != weeks_before_para {
            weeks_before_para = usize::MAX;
        }
        let s = &mut doc.sents[k];
        s.backref |= weeks_before || compared || s.para == weeks_before_para;
        s.axis_regions = axis_regions;
        s.places = places;
        s.numbers = nums;
        s.times = times;
        s.region = region;
    }
    line_headings(ex, &mut doc);
    // the first centre the article names holds for all of it, so that one village named
    // before and after it is looked up the same way
    for s in doc.sents.iter_mut().filter(|s| s.region.is_none()) {
        s.centre_region = centre;
    }
    // (a Russian oblast first named after the lead is not what the report is about)
    doc.main_region = title_region.or_else(|| {
        doc.sents
            .iter()
            .find_map(|s| s.region.filter(|r| r.country == "UA" || s.para == 0))
    });
    // ("settlements in Sumy, Kharkiv and Kherson regions came under fire": the report spans them)
    let spanned = |s: &Sent| {
        s.places
            .iter()
            .filter(|p| {
                p.plural
                    && p.role == PlaceRole::Locative
                    && matches!(p.kind, PlaceKind::Region(r) if r.country == "UA")
            })
            .count()
            > 1
    };
    doc.multi_region = regions_named.len() > 1
        || title_plural_regions(ex, text, doc.title)
        || doc.sents.iter().any(spanned);
    doc.period = doc
        .sents
        .iter()
        .filter(|s| !s.backref)
        .find_map(|s| Some(crate::assemble::on_update_day(&doc, s, firm_time(text, s)?)));
    find_reporters(ex, &mut doc);
    doc.actor = doc.matches.iter().find(|m| is_actor(&doc, m)).copied();
    doc
}

/// "Came under mortar and artillery fire", "came under MLRS fire": the lexicon lists
/// "came under fire" and its common forms; any weapons the lexicon knows may stand
/// between "under" and "fire"/"attack"/"shelling". Adds an attack cue over the phrase
/// where none starts; returns whether it added any (the matches are then re-sorted).
fn under_fire_cues(ex: &Extractor, doc: &mut Doc) -> bool {
    let Some(label) = ex.cues.attack else {
        return false;
    };
    let mut found = Vec::new();
    for i in 0..doc.toks.len().saturating_sub(3) {
        if !(matches!(doc.lw(i), "came" | "come" | "comes" | "coming")
            && doc.is_word(i + 1, "under"))
        {
            continue;
        }
        if doc
            .matches_at(doc.toks[i].span.start)
            .iter()
            .any(|m| is(m, ex.cues.attack))
        {
            continue;
        }
        let (mut k, mut weapons, mut after_weapon) = (i + 2, 0, i + 2);
        while k < doc.toks.len() && k < i + 12 {
            if let Some(e) = doc.match_at(k, |m| m.class == Class::Weapon) {
                weapons += 1;
                k = e.max(k + 1);
                after_weapon = k;
            } else if matches!(
                doc.lw(k),
                "and"
                    | ","
                    | "heavy"
                    | "intense"
                    | "enemy"
                    | "massive"
                    | "russian"
                    | "sustained"
                    | "constant"
            ) {
                k += 1;
            } else {
                break;
            }
        }
        // "… fire", "… strikes"; or the last weapon names the act itself ("came under
        // artillery and air strikes")
        let closing = |w: &str| {
            matches!(
                w,
                "fire"
                    | "attack"
                    | "attacks"
                    | "shelling"
                    | "strike"
                    | "strikes"
                    | "bombardment"
                    | "bombardments"
            )
        };
        if weapons > 0 && k < doc.toks.len() && closing(doc.lw(k)) {
            found.push(Match {
                class: Class::Cue,
                label,
                start: doc.toks[i].span.start,
                end: doc.toks[k].span.end,
            });
        } else if weapons > 0 && closing(doc.lw(after_weapon - 1)) {
            found.push(Match {
                class: Class::Cue,
                label,
                start: doc.toks[i].span.start,
                end: doc.toks[after_weapon - 1].span.end,
            });
        }
    }
    if found.is_empty() {
        return false;
    }
    doc.matches.extend(found);
    doc.matches
        .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.class, m.label));
    true
}

/// The town a front-line axis is named after when its name has namesakes: axes are
/// named after towns, so the namesake of 5,000 people or more, four times the size of
/// any in another oblast ("the Huliaipole direction" is the Zaporizhzhia town, not the
/// villages; "the Lyman axis" the Donetsk town of 20,000, not the Kharkiv village of 4,000).
/// Only the town's oblast is used.
fn axis_town<'g>(ex: &'g Extractor, name: &str) -> Option<&'g PlaceRecord> {
    let cands = ex.gazetteer.candidates(name);
    let top = *cands.iter().max_by_key(|c| c.population)?;
    // only its oblast is used, so namesakes in the same oblast do not compete
    let dwarfs_the_rest = cands
        .iter()
        .filter(|c| c.admin1 != top.admin1)
        .all(|c| c.population.saturating_mul(4) <= top.population);
    (top.population >= 5_000 && dwarfs_the_rest).then_some(top)
}

/// Whether a match names who acted: an actor word that is not part of an institution's
/// name ("the General Staff of the Armed Forces of Ukraine" reports, it does not attack;
/// "attacks of the Russian army" do name the attacker).
pub fn is_actor(doc: &Doc, m: &Match) -> bool {
    if m.class != Class::Actor {
        return false;
    }
    let t = doc.token_from(m.start);
    let of = if doc.is_word(t.saturating_sub(1), "the") {
        t.saturating_sub(2)
    } else {
        t.saturating_sub(1)
    };
    let institution = t > 1 && doc.is_word(of, "of") && of > 0 && is_cap(doc, of - 1);
    // "Ukrainian troops repelled 12 attacks": the defenders, not who attacked
    let e = doc.token_from(m.end);
    let defends = (e..e + 2).any(|k| {
        matches!(
            doc.lw(k),
            "repelled"
                | "repulsed"
                | "repel"
                | "repulse"
                | "stopped"
                | "thwarted"
                | "beat"
                | "held"
                | "defended"
                | "halted"
        )
    });
    // "4,500 attacks on the positions of Ukrainian troops", "strikes against Russian
    // forces": whom the attacks were aimed at
    let aimed_at = t > 0
        && (matches!(doc.lw(of), "on" | "against" | "at" | "targeting")
            || doc.is_word(of, "of")
                && of > 0
                && matches!(doc.lw(of - 1), "positions" | "position"));
    !institution && !defends && !aimed_at
}

/// Whether the lower-case word `w` tells a figure rising ("rose", "has risen", "climbed
/// to", "has reached"): a toll updated.
pub(crate) fn rise_verb(w: &str) -> bool {
    matches!(
        w,
        "rose" | "risen" | "climbed" | "increased" | "grew" | "grown" | "reached"
    )
}

/// "in the morning", "later in the day": used only when nothing firmer is said.
pub fn is_soft_time(text: &str, t: &TimeExpr) -> bool {
    let w = t.span.text(text);
    [
        "in the morning",
        "in the afternoon",
        "in the evening",
        "later in the day",
        "later that day",
        "later the same day",
    ]
    .iter()
    .any(|p| w.eq_ignore_ascii_case(p))
}

/// A sentence's first time expression that names a time of its own (not a soft "in the
/// evening").
pub fn firm_time(text: &str, s: &Sent) -> Option<TimeExpr> {
    s.times.iter().find(|t| !is_soft_time(text, t)).copied()
}

fn drop_dateline_and_as_of(doc: &Doc, s: &Sent, times: &mut Vec<TimeExpr>) {
    times.retain(|t| {
        let i = doc.token_from(t.span.start);
        // "MOSCOW, September 14." — a wire dateline ("ODESA, Ukraine, March 3 (Reuters) -":
        // the city in capitals, then a country)
        let before: Vec<&str> = (s.t0..i).map(|k| doc.word(k)).collect();
        let all_caps = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '-');
        let dateline = before.first().is_some_and(|w| all_caps(w))
            && before.len() <= 5
            && before.iter().all(|w| {
                *w == ","
                    || all_caps(w)
                    || w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase)
            })
            && before.get(1).is_none_or(|w| *w == ",");
        let as_of = (i.saturating_sub(6).max(s.t0)..i)
            .any(|k| doc.is_word(k, "as") && doc.is_word(k + 1, "of"))
            // ("by Monday's strike": the strike's day, not a deadline)
            || i >= 1 && doc.is_word(i - 1, "by") && without_possessive(doc.word(i)) == doc.word(i);
        // "The death toll … climbed to eight on Saturday": the day of the update, not of the
        // strike (when the text names the strike's own day elsewhere: "Friday's attack")
        let update = (i.saturating_sub(4).max(s.t0)..i)
            .any(|k| doc.is_word(k, "to") && rise_verb(doc.lw(k.wrapping_sub(1))))
            && (s.t0..i).any(|k| doc.is_word(k, "toll"));
        !(dateline || as_of && !doc.is_word(i, "the") || update)
    });
}

fn title_region(ex: &Extractor, text: &str, title: Span) -> Option<&'static Region> {
    let toks = sitrep_text::tokens(text, title);
    let mut found: Option<&'static Region> = None;
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let next = toks
            .get(i + 1)
            .map_or("", |n| n.text(text))
            .to_ascii_lowercase();
        if matches!(next.as_str(), "regions" | "oblasts") {
            return None; // several oblasts
        }
        let region_word = matches!(next.as_str(), "region" | "oblast" | "region's" | "oblast's");
        if let Some(r) = ex.gazetteer.region(w)
            && (region_word || r.standalone.iter().any(|s| s.eq_ignore_ascii_case(w)))
        {
            if found.is_some_and(|f| f.admin1 != r.admin1) {
                return None;
            }
            found = Some(r);
        }
    }
    found
}

/// The first oblast the body names in any role ("head of the Kharkiv Oblast
/// Military Administration" included): the article's region before it is named
/// as a place.
fn first_region(ex: &Extractor, doc: &Doc) -> Option<&'static Region> {
    let oblast_word = ex.cues.oblast_word;
    for (i, t) in doc.toks.iter().enumerate() {
        if !t.is_capitalized(doc.text) {
            continue;
        }
        let next_is_region =
            doc.match_at(i + 1, |m| is(m, oblast_word)).is_some() || doc.is_word(i + 1, "regional");
        if let Some(r) = ex.gazetteer.region(doc.word(i))
            && (next_is_region
                || r.standalone
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(doc.word(i))))
        {
            // "missiles launched from the Bryansk region": where they came from, not
            // what the report is about
            let sent = doc.sents.iter().rfind(|s| s.t0 <= i);
            let t0 = sent.map_or(0, |s| s.t0);
            // (a Russian oblast told after the lead, "The Russian Defence Ministry said … over
            // the Belgorod region", does not locate the lead's Ukrainian towns)
            let abroad_later = r.country != "UA" && sent.is_some_and(|s| s.para > 0);
            if !is_origin(ex, doc, i, t0) && !abroad_later {
                return Some(r);
            }
        }
    }
    None
}

fn title_plural_regions(_ex: &Extractor, text: &str, title: Option<Span>) -> bool {
    title.is_some_and(|t| {
        let l = t.text(text).to_ascii_lowercase();
        l.contains(" oblasts") || l.contains(" regions")
    })
}

fn find_persons(ex: &Extractor, doc: &mut Doc, taken: &mut [bool]) {
    let given = ex.lexicons.label_id(Class::Name, "given");
    let nonplace = ex.lexicons.label_id(Class::Name, "nonplace");
    let title = ex.lexicons.label_id(Class::Role, "title");
    // well-known people, by full name or surname alone
    let people: Vec<Match> = doc
        .matches
        .iter()
        .filter(|m| m.class == Class::Person)
        .copied()
        .collect();
    for m in people {
        let Some((country, full)) = ex.lexicons.label(&m).split_once('|') else {
            continue;
        };
        let (i, j) = (doc.token_from(m.start), doc.token_from(m.end));
        if j <= i || !is_cap(doc, i) || taken[i..j].iter().any(|&t| t) {
            continue;
        }
        // a surname alone right after a capitalised word is someone else's name
        if j == i + 1 && i > 0 && is_cap(doc, i - 1) && adjacent(doc, i - 1, i) {
            continue;
        }
        // (Chinese and Korean names give the family name first: "Xi Jinping" is "Xi"; two
        // officials may share it, "Li Qiang" and "Li Hui")
        let family_first = matches!(country, "CN" | "KP" | "KR" | "TW");
        let surname = if family_first {
            full.split(' ').next().unwrap_or(full).to_string()
        } else {
            full.rsplit(' ').next().unwrap_or(full).to_string()
        };
        let span = Span::new(m.start, m.end);
        let role = person_role(doc, i, j, title);
        match doc
            .persons
            .iter_mut()
            .find(|p| p.surname == surname && (!family_first || j == i + 1 || p.name == full))
        {
            Some(p) => {
                if j > i + 1 && p.span.end - p.span.start < span.end - span.start {
                    p.span = span;
                }
                if p.role.is_none() {
                    p.role = role;
                }
            }
            None => doc.persons.push(Person {
                name: full.to_string(),
                surname,
                role,
                span,
                country: Some(country.to_string()),
            }),
        }
        for t in i..j {
            taken[t] = true;
        }
    }
    let mut i = 0;
    while i < doc.toks.len() {
        let t = doc.toks[i];
        // (names are capitalised words: the others need no look-up)
        let starts_given = is_cap(doc, i)
            && doc.matches_at(t.span.start).iter().any(|m| {
                m.class == Class::Name && Some(m.label) == given && m.end == doc.toks[i].span.end
            });
        // ("Ursula von der Leyen": a surname's particles in lower case)
        let particle = |k: usize| {
            matches!(
                doc.word(k),
                "von"
                    | "van"
                    | "der"
                    | "den"
                    | "de"
                    | "da"
                    | "di"
                    | "del"
                    | "della"
                    | "le"
                    | "la"
                    | "ter"
            ) || is_patronymic(doc.word(k))
        };
        let name_word = |k: usize| {
            is_cap(doc, k)
                || joined_article(doc, k)
                || particle(k) && (k + 1..k + 3).any(|x| is_cap(doc, x) && !particle(x))
        };
        // (not a given name like a nationality before a title: "German Ambassador Martin
        // Jaeger" is no person "German Ambassador")
        let before_title = doc
            .match_at(i + 1, |m| m.class == Class::Role && Some(m.label) == title)
            .is_some();
        // (not inside a well-known person's name: "Kim Jong Un")
        if starts_given && !taken[i] && !before_title && name_word(i + 1) && adjacent(doc, i, i + 1)
        {
            let mut j = i + 1;
            while j < doc.toks.len()
                && name_word(j)
                && adjacent(doc, j - 1, j)
                && j - i < 4 + (i + 1..j).filter(|&k| particle(k)).count()
                && !doc
                    .matches_at(doc.toks[j].span.start)
                    .iter()
                    .any(|m| m.class == Class::Name && Some(m.label) == nonplace)
            {
                j += 1;
            }
            if j > i + 1 {
                let name = doc.text[t.span.start..doc.toks[j - 1].span.end].to_string();
                let surname = without_possessive(doc.word(j - 1)).to_string();
                let role = person_role(doc, i, j, title);
                for k in i..j {
                    taken[k] = true;
                }
                let surname_known = doc
                    .persons
                    .iter()
                    .any(|p| p.surname == surname || p.name == name);
                if !surname_known {
                    doc.persons.push(Person {
                        name,
                        surname,
                        role,
                        span: Span::new(t.span.start, doc.toks[j - 1].span.end),
                        country: None,
                    });
                } else if let Some(p) = doc.persons.iter_mut().find(|p| p.surname == surname) {
                    // (a well-known person named here in full: the text's spelling,
                    // "Yuriy Malashko" for the list's "Yurii Malashko")
                    if p.span.end - p.span.start <= surname.len() + 2 {
                        p.name = name;
                        p.span = Span::new(t.span.start, doc.toks[j - 1].span.end);
                    }
                    if p.role.is_none() {
                        p.role = role;
                    }
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    // a name after a title ("Prime Minister Evika Siliņa", "Governor Roman Starovoit")
    // or before a role (", head of the …")
    // the tokens a title ends on, marked in one pass over the matches
    let mut title_ends = vec![false; doc.toks.len()];
    for m in doc
        .matches
        .iter()
        .filter(|m| m.class == Class::Role && Some(m.label) == title)
    {
        let next = doc.token_from(m.end);
        if next > 0 && doc.toks[next - 1].span.end == m.end {
            title_ends[next - 1] = true;
        }
    }
    let is_title_end = |k: usize| title_ends.get(k).copied().unwrap_or(false);
    let mut i = 1;
    while i + 1 < doc.toks.len() {
        let particle_next = is_patronymic(doc.word(i + 1));
        let two_caps = is_cap(doc, i)
            && (is_cap(doc, i + 1)
                || joined_article(doc, i + 1)
                || particle_next && is_cap(doc, i + 2))
            && adjacent(doc, i, i + 1)
            && !taken[i]
            && !taken[i + 1];
        let not_org = |k: usize| {
            let at = doc.toks[k].span;
            !doc.matches_at(at.start).iter().any(|m| {
                (m.class == Class::Name && Some(m.label) == nonplace) || m.class == Class::Role
            })
            // (nor a word of a country's name: "the Democratic People's Republic of Korea"; the
            // matches are in order of their starts, a name is a few words long)
            && !{
                let upto = doc.matches.partition_point(|m| m.start <= at.start);
                doc.matches[..upto]
                    .iter()
                    .rev()
                    .take_while(|m| m.start + 64 > at.start)
                    .any(|m| m.class == Class::Country && at.end <= m.end)
            }
        };
        if two_caps && not_org(i) && not_org(i + 1) {
            let after_title = is_title_end(i - 1) && adjacent(doc, i - 1, i)
                // ("special envoy for Eurasian affairs Li Hui": the title's field between)
                || doc.is_word(i - 1, "affairs")
                    && (i.saturating_sub(6)..i.saturating_sub(2))
                        .any(|k| is_title_end(k) && doc.is_word(k + 1, "for"))
                // (or a title phrase and a comma before it)
                || doc.word(i - 1) == "," && person_role(doc, i, i + 2, title).is_some()
                // ("Minister of National Defence Laurynas Kasciunas", "Resident
                // Representative in Ukraine Jaco Cilliers": the name is the last two
                // capitalised words after the title's field)
                || !is_cap(doc, i + 2) && after_title_field(doc, i, &is_title_end)
                // ("the Ambassador of Switzerland to Ukraine, Felix Baumann, in Kherson", "the
                // Swiss ambassador, Felix Baumann,": a title in apposition before the comma)
                || i >= 2
                    && doc.word(i - 1) == ","
                    && (is_title_end(i - 2) || after_title_field(doc, i - 1, &is_title_end))
                    && matches!(doc.word(i + 2 + usize::from(particle_next)), "," | ".");
            let before_role = doc.word(i + 2) == ","
                && (doc.is_word(i + 3, "head")
                    || doc.is_word(i + 3, "the") && is_title_end(i + 4)
                    || is_title_end(i + 3));
            let known_place = ex.gazetteer.region(doc.word(i)).is_some()
                || ex
                    .gazetteer
                    .knows(&doc.text[doc.toks[i].span.start..doc.toks[i + 1].span.end]);
            // ("Mohammed bin Salman", "Tamim bin Hamad Al Thani": a patronymic and a
            // family name after the pair)
            let mut end = if particle_next { i + 1 } else { i + 2 };
            let mut patronymic = false;
            while is_patronymic(doc.word(end))
                && is_cap(doc, end + 1)
                && adjacent(doc, end - 1, end)
                && adjacent(doc, end, end + 1)
            {
                end += 2;
                patronymic = true;
            }
            while patronymic
                && end < i + 6
                && is_cap(doc, end)
                && adjacent(doc, end - 1, end)
                && not_org(end)
            {
                end += 1;
            }
            // ("Defence Minister Troels Lund Poulsen": a third name, not a place)
            if !patronymic
                && end == i + 2
                && is_cap(doc, end)
                && adjacent(doc, end - 1, end)
                && not_org(end)
                && !is_cap(doc, end + 1)
                && ex.gazetteer.region(doc.word(end)).is_none()
                && !ex.gazetteer.knows(doc.word(end))
            {
                end += 1;
            }
            if (after_title || before_role) && !known_place {
                let span = Span::new(doc.toks[i].span.start, doc.toks[end - 1].span.end);
                let name = span.text(doc.text).to_string();
                let surname = without_possessive(doc.word(end - 1)).to_string();
                // (a well-known person named family name first: "Xi Jinping" is known as Xi)
                if !doc
                    .persons
                    .iter()
                    .any(|p| p.surname == surname || p.name == name)
                {
                    let role = person_role(doc, i, end, title);
                    doc.persons.push(Person {
                        name,
                        surname,
                        role,
                        span,
                        country: None,
                    });
                }
                taken[i..end].iter_mut().for_each(|t| *t = true);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    // later surname-only mentions
    for i in 0..doc.toks.len() {
        if taken[i] || doc.toks[i].kind != TokenKind::Word {
            continue;
        }
        let w = without_possessive(doc.word(i));
        if doc.persons.iter().any(|p| p.surname == w) {
            taken[i] = true;
        }
    }
}

/// Whether the capitalised words right before token `i` name a title's field ("Minister
/// of National Defence", "Representative in Ukraine"): back over capitalised words and
/// their joining words to an "of", "for" or "in" right after a title.
fn after_title_field(doc: &Doc, i: usize, is_title_end: &dyn Fn(usize) -> bool) -> bool {
    if i < 3 || !is_cap(doc, i - 1) || !adjacent(doc, i - 1, i) {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && i - k <= 8 {
        if matches!(doc.word(k), "of" | "for" | "in") && is_title_end(k - 1) {
            return true;
        }
        // ("Minister of National Defence of Lithuania", "Ambassador of Denmark to Ukraine")
        if is_cap(doc, k) || matches!(doc.word(k), "and" | "the" | "of" | "to") {
            k -= 1;
            continue;
        }
        return false;
    }
    false
}

/// Whether `w` joins a patronymic to a name ("Mohammed bin Salman", "Tamim bin Hamad Al
/// Thani").
fn is_patronymic(w: &str) -> bool {
    // (and a family name's particle: "Jennes de Mol", "Rafael van Dijk")
    matches!(w, "bin" | "bint" | "ibn" | "de" | "van" | "von")
}

/// Whether token `k` is an Arabic article joined to a capitalised name ("al-Aiban").
fn joined_article(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    (w.starts_with("al-") || w.starts_with("el-")) && w[3..].starts_with(|c: char| c.is_uppercase())
}

/// ", head of the Kherson Regional Military Administration," after a name, or the
/// title words right before it ("Interior Minister").
fn person_role(doc: &Doc, i: usize, j: usize, title: Option<u16>) -> Option<String> {
    let is_title_at = |k: usize| {
        doc.toks.get(k).is_some_and(|t| {
            doc.matches_at(t.span.start)
                .iter()
                .any(|m| m.class == Class::Role && Some(m.label) == title)
        })
    };
    if doc.word(j) == ","
        && (is_title_at(j + 1)
            || (doc.is_word(j + 1, "the") && (is_title_at(j + 2) || is_title_at(j + 3)))
            || is_title_at(j + 2))
    {
        let start = doc.toks[j + 1].span.start;
        let mut k = j + 1;
        while k < doc.toks.len()
            && !matches!(doc.word(k), "," | "." | ";" | ":" | "(")
            && k < j + 16
        {
            // a role ends with its paragraph
            if k > j + 1
                && doc
                    .text
                    .get(doc.toks[k - 1].span.end..doc.toks[k].span.start)
                    .is_some_and(|g| g.contains('\n'))
            {
                break;
            }
            if matches!(
                doc.lw(k),
                "reported" | "said" | "says" | "wrote" | "announced" | "stated" | "told" | "added"
            ) {
                break;
            }
            k += 1;
        }
        // (", , head of …": a role must have words of its own)
        return (k > j + 1)
            .then(|| doc.text.get(start..doc.toks[k - 1].span.end))
            .flatten()
            .map(str::to_string);
    }
    // title before the name: capitalised words ending with a title
    let mut k = i;
    while k > 0
        && (is_cap(doc, k - 1) || doc.is_word(k - 1, "of"))
        && adjacent(doc, k - 1, k)
        && i - k < 5
    {
        k -= 1;
    }
    if k < i && (k..i).any(&is_title_at) {
        return Some(doc.text[doc.toks[k].span.start..doc.toks[i - 1].span.end].to_string());
    }
    // ("the Minister of National Defence of Lithuania, Laurynas Kasciunas": the title
    // phrase before a comma)
    if i < 3 || doc.word(i - 1) != "," {
        return None;
    }
    let end = i - 1;
    let mut k = end;
    while k > 0
        && end - k < 9
        && (is_cap(doc, k - 1)
            || matches!(doc.lw(k - 1), "of" | "for" | "and")
            // ("… of the Republic of Lithuania")
            || doc.is_word(k - 1, "the") && k >= 2 && doc.is_word(k - 2, "of"))
    {
        k -= 1;
    }
    let before = k.checked_sub(1).map_or("", |b| doc.lw(b));
    (k < end && is_title_at(k) && matches!(before, "the" | "with"))
        .then(|| doc.text[doc.toks[k].span.start..doc.toks[end - 1].span.end].to_string())
}

/// A line of a summary opened by a place alone ("Kurakhove. Russian troops attacked the
/// town …", "2. Vovchansk. A man was killed …"): the place is that of the line's sentences
/// that name no place of their own, as if the line read "In Kurakhove, …".
fn line_headings(ex: &Extractor, doc: &mut Doc) {
    let finer = |p: &PlaceMention| {
        p.role == PlaceRole::Event
            && matches!(
                p.kind,
                PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
            )
    };
    let mut heading: Option<(usize, PlaceMention)> = None;
    for k in 0..doc.sents.len() {
        let s = &doc.sents[k];
        // (or a sentence that only says where the worst of it was: "The worst damage was
        // in the town of Shebekino.")
        let ms = doc.sent_matches(s);
        let framing = s.numbers.is_empty()
            && (s.t0..s.t1).any(|t| matches!(doc.lw(t), "worst" | "hardest" | "heaviest"))
            && !ms.iter().any(|m| {
                is(m, ex.cues.killed)
                    || is(m, ex.cues.injured)
                    || is(m, ex.cues.clash)
                    || is(m, ex.cues.attack)
            });
        let only = match &s.places[..] {
            [p] if finer(p)
                && (p.t0 == s.t0
                    && (p.t1..s.t1).all(|t| {
                        matches!(doc.lw(t), "." | "community" | "hromada" | "district")
                    })
                    || framing) =>
            {
                Some(p.clone())
            }
            _ => None,
        };
        if let Some(p) = only {
            heading = Some((s.para, p));
            continue;
        }
        match &heading {
            Some((para, p)) if *para == s.para => {
                // (not a sentence that names an oblast of its own: "In Kharkiv region, …")
                if !s.places.iter().any(|q| {
                    finer(q) || q.role == PlaceRole::Event && matches!(q.kind, PlaceKind::Region(_))
                }) {
                    let mut p = p.clone();
                    p.list = usize::MAX - 2;
                    doc.sents[k].places.insert(0, p);
                } else if p.kind == PlaceKind::Raion
                    && s.places.iter().any(|q| {
                        q.role == PlaceRole::Event
                            && matches!(q.kind, PlaceKind::Settlement | PlaceKind::Hromada)
                    })
                {
                    // ("Kharkiv district. In Kozacha Lopan, shelling damaged a house. Two
                    // people were injured.": a district heads its towns' lines; what follows a
                    // town's line is that town's; the district locates the town)
                    let area = p.name.clone();
                    for q in doc.sents[k].places.iter_mut().filter(|q| {
                        q.role == PlaceRole::Event
                            && matches!(q.kind, PlaceKind::Settlement | PlaceKind::Hromada)
                    }) {
                        q.hint_area.get_or_insert_with(|| area.clone());
                    }
                    heading = None;
                }
            }
            _ => heading = None,
        }
    }
}

/// Whether token `t` of sentence `s` stands inside quotation marks: a person named in a
/// quote ("Putin's ambition … has failed," Starmer said) is spoken of, not present. (The
/// marks are counted from the paragraph's start: a quote may open sentences before.)
/// Whether sentence `s` holds a quotation mark (the cheap test before [`quoted_at`]).
fn has_quote_marks(doc: &Doc, s: &Sent) -> bool {
    s.span
        .text(doc.text)
        .contains(['"', '\u{201c}', '\u{201d}'])
}

pub(crate) fn quoted_at(doc: &Doc, s: &Sent, t: usize) -> bool {
    let para_start = doc
        .sents
        .iter()
        .find(|x| x.para == s.para)
        .map_or(s.span.start, |x| x.span.start);
    let before = doc
        .text
        .get(para_start..doc.toks[t].span.start)
        .unwrap_or_default();
    // (quotation marks are '"' and the UTF-8 '“' / '”' (E2 80 9C / 9D): a byte scan)
    let bytes = before.as_bytes();
    let mut open = false;
    for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'"', ..) => open = !open,
            (_, Some(0x80), Some(0x9C)) => open = true,
            (_, Some(0x80), Some(0x9D)) => open = false,
            _ => {}
        }
    }
    open
}

fn find_reporters(ex: &Extractor, doc: &mut Doc) {
    let report = ex.cues.report;
    let mut last: Option<usize> = None;
    let mut mentioned: Vec<usize> = Vec::new();
    for k in 0..doc.sents.len() {
        let s = &doc.sents[k];
        let has_report = doc
            .sent_matches(s)
            .iter()
            .any(|m| is(m, report) || is(m, ex.cues.claim));
        // ("Serhii Lysak, head of the regional military administration, on Telegram:" — a
        // line naming who speaks, before what they posted)
        let source_label = doc.is_word(s.t0, "source")
            || doc.is_word(s.t0, "sources")
            || s.span.text(doc.text).trim_end().ends_with(':')
            || signature(doc, k);
        let mut who = None;
        let mut by_institution = false;
        if has_report || source_label {
            // the first person mentioned in the sentence, by full name or surname
            // (not one inside what is reported: "The ISW noted that Putin has not commented")
            let reported_from = doc
                .sent_matches(s)
                .iter()
                .filter(|m| is(m, report) || is(m, ex.cues.claim))
                .map(|m| doc.token_from(m.end))
                .find(|&e| doc.is_word(e, "that"))
                .filter(|_| !source_label);
            // (nor one inside a quote the speaker gives: "\"Putin's attempt … has failed,\" he
            // said")
            let quotes = has_quote_marks(doc, s);
            let best: Option<(usize, usize)> =
                (s.t0..reported_from.unwrap_or(s.t1)).find_map(|t| {
                    if quotes && quoted_at(doc, s, t) {
                        return None;
                    }
                    let w = without_possessive(doc.word(t));
                    doc.persons
                        .iter()
                        .position(|p| p.surname == w)
                        .map(|pi| (t, pi))
                });
            who = best.map(|b| b.1);
            // the subject of the speech verb, when the text shows it: "the press service
            // announced" is no person's statement even if a person is named before it
            if let Some(subject) = speech_subject(ex, doc, s, last) {
                by_institution = subject.is_none();
                who = subject;
            }
            // "The Turkish leader pledged … with Putin": a role before any name is the subject
            let first_name_at = best.map_or(usize::MAX, |b| b.0);
            if let Some((t, r)) = role_reference(ex, doc, s, &mentioned)
                && (who.is_none() || t < first_name_at)
            {
                who = Some(r);
            }
            if who.is_none() {
                // the pronoun is the speech verb's own ("he said", "She added", "said he",
                // "according to him"), not one elsewhere ("…," said Iryna, 58, standing
                // outside her building": a resident, not the official named before)
                let cues_at: Vec<(usize, usize)> = doc
                    .sent_matches(s)
                    .iter()
                    .filter(|m| is(m, report) || is(m, ex.cues.claim))
                    .map(|m| (doc.token_from(m.start), doc.token_from(m.end)))
                    .collect();
                let speaks = |t: usize| {
                    cues_at.iter().any(|&(c0, c1)| {
                        c1 == t
                            || c0 == t + 1
                            || c0 == t + 2
                                && matches!(
                                    doc.lw(t + 1),
                                    "also"
                                        | "later"
                                        | "then"
                                        | "further"
                                        | "earlier"
                                        | "has"
                                        | "had"
                                )
                    })
                };
                let pronoun = (s.t0..s.t1).any(|t| {
                    matches!(
                        doc.word(t),
                        "he" | "him" | "she" | "her" | "He" | "She" | "his" | "His"
                    ) && speaks(t)
                });
                if pronoun {
                    who = last;
                }
            }
        }
        for t in s.t0..s.t1 {
            let w = without_possessive(doc.word(t));
            if let Some(pi) = doc.persons.iter().position(|p| p.surname == w) {
                // a person named inside a quote is not who "he wrote" after it means
                // ("\"Putin mocks the peace efforts,\" he wrote": the minister quoted)
                if quoted_at(doc, s, t) {
                    continue;
                }
                mentioned.retain(|&x| x != pi);
                mentioned.push(pi);
                last = Some(pi);
            }
        }
        if who.is_some() {
            last = who;
        }
        doc.sents[k].reporter = who;
        doc.sents[k].speaker = who;
        doc.sents[k].by_institution = by_institution && who.is_none();
        doc.sents[k].label = source_label;
    }
    quote_speakers(doc);
}

/// Whether sentence `k` is a signature line: a paragraph of its own that is a person's
/// name and title ("Oleksandr Prokudin, head of the Kherson Regional Military
/// Administration.") under the post it signs.
fn signature(doc: &Doc, k: usize) -> bool {
    let s = &doc.sents[k];
    let alone = doc.sents.get(k + 1).is_none_or(|x| x.para != s.para)
        && (k == 0 || doc.sents[k - 1].para != s.para);
    alone
        && k > 0
        && s.numbers.is_empty()
        && doc.persons.iter().any(|p| {
            p.span.start == s.span.start
                && doc.word(doc.token_from(p.span.end)) == ","
                && p.role.is_some()
        })
}

/// The subject of the sentence's first speech verb that shows one: `Some(Some(p))`
/// a person (by name before or after the verb, or a pronoun), `Some(None)` an
/// institution ("the press service announced"), `None` when the text does not say.
fn speech_subject(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    last: Option<usize>,
) -> Option<Option<usize>> {
    let person_at = |t: usize| {
        let w = without_possessive(doc.word(t));
        doc.persons.iter().position(|p| p.surname == w)
    };
    for m in doc
        .sent_matches(s)
        .iter()
        .filter(|m| is(m, ex.cues.report) || is(m, ex.cues.claim))
    {
        let t = doc.token_from(m.start);
        let mut b = t;
        while b > s.t0
            && matches!(
                doc.lw(b - 1),
                "also" | "has" | "had" | "later" | "then" | "once" | "again" | "further"
            )
        {
            b -= 1;
        }
        // the nearest person named before the verb in this sentence, and whether only
        // a role or a coordination lies between ("X, head of Y, and the police reported")
        // (not one inside a quote: "\"Putin's attempt has failed,\" he said")
        let quotes = has_quote_marks(doc, s);
        let named_before = (s.t0..t)
            .rev()
            .filter(|&k| !(quotes && quoted_at(doc, s, k)))
            .find_map(|k| person_at(k).map(|p| (k, p)));
        let plain_between = |from: usize| {
            (from..t).all(|k| {
                !matches!(
                    doc.lw(k),
                    "will"
                        | "would"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "had"
                        | "hold"
                        | "held"
                        | "to"
                )
            })
        };
        if b > s.t0 {
            if let Some(p) = person_at(b - 1) {
                return Some(Some(p));
            }
            let w = doc.lw(b - 1);
            if matches!(w, "he" | "she") {
                return Some(named_before.map(|x| x.1).or(last));
            }
            // ("Zelensky, speaking in Ankara after talks with Erdogan, said …": the person
            // before a participle aside, not the one named inside it)
            if w == ","
                && let Some((_, p)) = (s.t0..b - 1).rev().find_map(|k| {
                    person_at(k)
                        .filter(|_| doc.word(k + 1) == "," && k + 1 < b - 1)
                        .filter(|_| doc.lw(k + 2).ends_with("ing") || doc.is_word(k + 2, "who"))
                        .map(|p| (k, p))
                })
            {
                return Some(Some(p));
            }
            if w == ","
                && let Some((_, p)) = named_before.filter(|(k, _)| plain_between(*k))
            {
                return Some(Some(p));
            }
            if matches!(
                w,
                "service"
                    | "ministry"
                    | "office"
                    | "administration"
                    | "staff"
                    | "command"
                    | "force"
                    | "police"
                    | "prosecutors"
                    | "agency"
                    | "authorities"
                    | "council"
                    | "department"
                    | "update"
                    | "statement"
                    | "report"
                    | "kremlin"
                    | "government"
            ) {
                let coordinated = named_before
                    .filter(|(k, _)| plain_between(*k) && (*k..t).any(|x| doc.is_word(x, "and")));
                return Some(coordinated.map(|x| x.1));
            }
        }
        // "said Oleh Kiper, head of …"
        let after = doc.token_from(m.end);
        if let Some(p) = (after..(after + 4).min(s.t1)).find_map(person_at) {
            return Some(Some(p));
        }
    }
    None
}

/// "the minister stressed", "the Russian president emphasised": the last person
/// named whose role has that title (and nationality, when stated). Returns the
/// token of the title and the person.
fn role_reference(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    mentioned: &[usize],
) -> Option<(usize, usize)> {
    let title = ex.lexicons.label_id(Class::Role, "title");
    for m in doc
        .sent_matches(s)
        .iter()
        .filter(|m| m.class == Class::Role && Some(m.label) == title)
    {
        let t = doc.token_from(m.start);
        let det =
            (t.saturating_sub(2)..t).any(|k| doc.is_word(k, "the")) || t == s.t0 || is_cap(doc, t);
        // "President Volodymyr Zelensky": a title before a name is part of that name
        let before_name = is_cap(doc, doc.token_from(m.end));
        if !det || before_name {
            continue;
        }
        let word = doc.text[m.start..m.end].to_ascii_lowercase();
        let nationality = doc.lw(t.saturating_sub(1));
        let country = [
            ("turkish", "TR"),
            ("russian", "RU"),
            ("ukrainian", "UA"),
            ("belarusian", "BY"),
            ("american", "US"),
            ("german", "DE"),
            ("french", "FR"),
        ]
        .iter()
        .find(|(n, _)| *n == nationality)
        .map(|(_, c)| *c);
        if let Some(c) = country
            && let Some(&pi) = mentioned
                .iter()
                .rev()
                .find(|&&pi| doc.persons[pi].country.as_deref() == Some(c))
        {
            return Some((t, pi));
        }
        // ("the head of the Donetsk Regional Military Administration" is not the head of
        // the Kherson one named before: the capitalised words after the title must fit too)
        let e = doc.token_from(m.end);
        // (up to the speech verb: "the prime minister wrote on X")
        let qualifiers: Vec<&str> = (e..(e + 6).min(s.t1))
            .take_while(|&k| {
                !matches!(doc.word(k), "," | "." | ";")
                    && !matches!(
                        doc.lw(k),
                        "said"
                            | "says"
                            | "wrote"
                            | "writes"
                            | "told"
                            | "added"
                            | "stated"
                            | "announced"
                            | "reported"
                            | "posted"
                            | "noted"
                    )
            })
            .filter(|&k| is_cap(doc, k))
            .map(|k| doc.word(k))
            .collect();
        let found = mentioned
            .iter()
            .rev()
            .find(|&&pi| {
                doc.persons[pi]
                    .role
                    .as_deref()
                    .is_some_and(|r| r.to_ascii_lowercase().contains(&word))
            })
            .filter(|&&pi| {
                doc.persons[pi].role.as_deref().is_some_and(|r| {
                    qualifiers
                        .iter()
                        .all(|q| r.to_ascii_lowercase().contains(&q.to_ascii_lowercase()))
                })
            });
        if let Some(&pi) = found {
            return Some((t, pi));
        }
        // a well-known person's usual title ("the Russian president" after Putin)
        if let Some(&pi) = mentioned
            .last()
            .filter(|_| word == "president" || word == "leader")
        {
            return Some((t, pi));
        }
    }
    None
}

/// Sentences inside a direct quote take the speaker named where the quote is
/// attributed: after it (`…," Putin said`) or before it (`Klymenko wrote: "…`).
fn quote_speakers(doc: &mut Doc) {
    let mut open = false;
    let mut run_start = 0usize;
    for k in 0..doc.sents.len() {
        let s = &doc.sents[k];
        let was_open = open;
        // quotation marks are '"' and the UTF-8 '“' / '”' (E2 80 9C / 9D): a byte scan
        let (mut opening, mut closing) = (false, false);
        let bytes = s.span.text(doc.text).as_bytes();
        for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
            let b = bytes[i];
            let mark = match b {
                b'"' => Some(!open),
                0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    Some(0x9C) => Some(true),
                    Some(0x9D) => Some(false),
                    _ => None,
                },
                _ => None,
            };
            if let Some(now_open) = mark {
                opening |= b != 0xE2 || now_open;
                closing = true;
                open = now_open;
            }
        }
        if !was_open && opening {
            run_start = k;
        }
        // a paragraph break ends an unterminated quote only when the next paragraph
        // does not continue it
        let closes = !open && (was_open || closing);
        if closes {
            let speaker = doc.sents[k]
                .reporter
                .or(doc.sents[run_start].reporter)
                .or_else(|| {
                    run_start
                        .checked_sub(1)
                        .filter(|&p| doc.sents[p].span.text(doc.text).trim_end().ends_with(':'))
                        .and_then(|p| doc.sents[p].reporter)
                });
            for x in run_start..=k {
                doc.sents[x].quoted = true;
                if doc.sents[x].speaker.is_none() {
                    doc.sents[x].speaker = speaker;
                }
            }
        }
    }
}

/// Place mentions of sentence `k`.
fn find_places(ex: &Extractor, doc: &Doc, k: usize, taken: &mut [bool]) -> Vec<PlaceMention> {
    let cues = &ex.cues;
    let s = &doc.sents[k];
    let nonplace = ex.lexicons.label_id(Class::Name, "nonplace");
    let given = ex.lexicons.label_id(Class::Name, "given");
    let outlet = ex.lexicons.label_id(Class::Name, "outlet");
    // a given name starts a person only when a capitalised word follows it
    let agency_dateline = agency_dateline_end(doc, s);
    let is_nonplace = |i: usize| {
        doc.toks.get(i).is_some_and(|t| {
            doc.matches_at(t.span.start).iter().any(|m| {
                // a non-place word may open a hyphenated word ("Russian-occupied"); a
                // given name must be the whole word ("Dmytro-Darivka" is a village)
                m.class == Class::Name
                    && (Some(m.label) == nonplace && doc.token_from(m.end) == i + 1
                        || Some(m.label) == given
                            && m.end == t.span.end
                            && is_cap(doc, i + 1)
                            && adjacent(doc, i, i + 1))
            })
        })
    };
    let cue_at = |i: usize, id: Option<u16>| doc.match_at(i, |m| is(m, id));
    // "governor of Donetsk region", "head of the Kharkiv district administration", "the
    // governor of the region", "the Armed Forces of Ukraine": a role (a title, or an office
    // or institution from roles.tsv) and "of" (and "the") right before token `i`
    let role_ends: Vec<usize> = doc
        .sent_matches(s)
        .iter()
        .filter(|m| m.class == Class::Role)
        .map(|m| doc.token_from(m.end))
        .collect();
    let titled_before = |i: usize| {
        let of = if i > s.t0 && doc.is_word(i - 1, "the") {
            i - 1
        } else {
            i
        };
        // (a title that takes its "of" with it: "head of Crimea")
        of > s.t0
            && doc.is_word(of - 1, "of")
            && (role_ends.contains(&(of - 1)) || role_ends.contains(&of))
    };
    let mut out: Vec<PlaceMention> = Vec::new();
    let mut list = 0usize;
    let mut i = s.t0;
    while i < s.t1 {
        // references: "the region", "the city", "there", "the regional centre"
        if let Some((kind, end)) = reference_at(doc, i, s.t1) {
            // "the governor of the region": a title, not a place hit
            // (so is "the oblast military administration", "the regional council")
            let titled = titled_before(i)
                || matches!(
                    doc.lw(end),
                    "military"
                        | "administration"
                        | "council"
                        | "state"
                        | "police"
                        | "prosecutor's"
                        // ("the region's governor Serhiy Lysak said", "the city's mayor")
                        | "governor"
                        | "governor's"
                        | "head"
                        | "chief"
                        | "mayor"
                        | "authorities"
                        | "officials"
                );
            out.push(PlaceMention {
                span: Span::new(doc.toks[i].span.start, doc.toks[end - 1].span.end),
                name: doc.text[doc.toks[i].span.start..doc.toks[end - 1].span.end].to_string(),
                kind,
                role: if titled {
                    PlaceRole::Org
                } else {
                    PlaceRole::Event
                },
                t0: i,
                t1: end,
                list: usize::MAX,
                hint: None,
                hint_area: None,
                plural: false,
            });
            i = end;
            continue;
        }
        // most words are not capitalised: the cheap test first
        if taken[i] || !is_cap(doc, i) {
            i += 1;
            continue;
        }
        let lone_given = doc.toks.get(i).is_some_and(|t| {
            doc.matches_at(t.span.start).iter().any(|m| {
                m.class == Class::Name && Some(m.label) == given && m.end == doc.toks[i].span.end
            })
        }) && !STRONG_LOCATIVES.contains(&doc.lw(i.saturating_sub(1)))
            // ("the village of Stanislav")
            && !(i >= s.t0 + 2
                && doc.is_word(i - 1, "of")
                && cue_at(i - 2, cues.settlement_word).is_some())
            // ("the Stanislav hromada", "Stanislav community")
            && cue_at(i + 1, cues.hromada_word).is_none()
            && cue_at(i + 1, cues.raion_word).is_none()
            && !(matches!(doc.word(i.saturating_sub(1)), "," | "and")
                && out.last().is_some_and(|p| p.t1 + 2 >= i))
            // ("Stanislav, Kherson region", "Stanislav in Kherson region": a place with its
            // oblast)
            && !(matches!(doc.lw(i + 1), "," | "in")
                && (i + 3..i + 5).any(|x| cue_at(x, cues.oblast_word).is_some()))
            // ("the Russians shelled Stanislav": the object of a strike)
            && !(i > s.t0
                && matches!(
                    doc.lw(i - 1),
                    "attacked" | "shelled" | "struck" | "hit" | "targeted" | "bombed" | "pounded"
                ));
        let acronym = {
            let w = doc.word(i);
            w.len() <= 5
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && ex.gazetteer.region(w).is_none()
        };
        // "on Oct. 21", "Nov 7": a month before its day
        let month_day = month_of(doc.word(i)).is_some()
            && (doc.word(i + 1) == "."
                || doc
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Digits));
        let dateline = i == s.t0
            && doc.word(i).chars().all(|c| c.is_uppercase() || c == '-')
            && ends_dateline(doc.word(i + 1))
            || i < agency_dateline;
        // ("Port infrastructure came under attack": a common noun opening the sentence, though
        // a village is called Port)
        let opening_noun = i == s.t0
            && doc.match_at(i, |m| m.class == Class::Target).is_some()
            && doc
                .toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !is_cap(doc, i + 1));
        if is_nonplace(i)
            || acronym
            || doc.word(i).len() < 3
            || dateline
            || lone_given
            || month_day
            || opening_noun
        {
            i += 1;
            continue;
        }
        // a run of capitalised words, stopped by type words and non-place words
        let mut j = i + 1;
        while j < s.t1
            && is_cap(doc, j)
            && !taken[j]
            && adjacent(doc, j - 1, j)
            // a possessive ends a name: "Kherson's Korabelnyi district" is a district of Kherson
            && !is_possessive(doc.word(j - 1))
            && !is_nonplace(j)
            // "Kyiv City Military Administration": the city, then its authority
            && !(doc.is_word(j, "city") && ORG_HEADS.contains(&doc.lw(j + 1)))
            && cue_at(j, cues.oblast_word).is_none()
            && cue_at(j, cues.raion_word).is_none()
            && cue_at(j, cues.hromada_word).is_none()
            && cue_at(j, cues.axis).is_none()
            && j - i < 4
        {
            j += 1;
        }
        let name_span = Span::new(doc.toks[i].span.start, doc.toks[j - 1].span.end);
        let raw = name_span.text(doc.text);
        let name = without_possessive(raw).to_string();
        let lower = name.to_ascii_lowercase();
        let before = |n: usize| if i >= s.t0 + n { doc.lw(i - n) } else { "" };
        // "…, Kovalenko said": a surname giving the attribution; "a Molniya drone": a model
        let attribution = doc.word(i.saturating_sub(1)) == ","
            && doc
                .match_at(j, |m| is(m, cues.report) || is(m, cues.claim))
                .is_some()
            // ("…, according to Voloshyn.": a surname alone after "according to")
            || before(1) == "to"
                && before(2) == "according"
                && j == i + 1
                && matches!(doc.word(j), "," | "." | ";" | "");
        // (or a number of them: "four Molniya drones")
        // (the weapon the head of its phrase: "two Zaporizhzhia drone workshops" name a
        // place)
        let model = doc
            .match_at(j, |m| m.class == Class::Weapon)
            .is_some_and(|e| {
                matches!(before(1), "a" | "an")
                    || i > s.t0
                        && (doc.toks[i - 1].kind == TokenKind::Digits
                            || sitrep_text::numbers::is_number_word(before(1)))
                        && (doc.toks.get(e).is_none_or(|t| t.kind != TokenKind::Word)
                            || matches!(
                                doc.lw(e),
                                "and" | "or" | "were" | "was" | "that" | "which"
                            ))
            });
        if attribution || model {
            i = j;
            continue;
        }
        // the two words before the name, past a "the": "the city of [the] X", "the bank of the X"
        let (b1, b2) = if before(1) == "the" {
            (before(2), before(3))
        } else {
            (before(1), before(2))
        };
        // what follows the run
        let (mut kind, mut end, mut role) = (None, j, PlaceRole::Event);
        let mut plural = false;
        if let Some(e) = cue_at(j, cues.oblast_word) {
            let w = doc.lw(j);
            if let Some(r) = ex
                .gazetteer
                .region(&name)
                .or_else(|| ex.gazetteer.region(doc.word(j - 1)))
            {
                kind = Some(PlaceKind::Region(r));
                end = e;
                plural = w.ends_with('s') && !w.ends_with("'s");
            } else if w.starts_with("region") && raion_centre(ex, &name) {
                // "the Nikopol region": a district called by its centre, as locals do
                kind = Some(PlaceKind::Raion);
                end = e;
            }
        } else if let Some(e) = cue_at(j, cues.raion_word) {
            kind = Some(PlaceKind::Raion);
            end = e;
        } else if let Some(e) = cue_at(j, cues.hromada_word) {
            kind = Some(PlaceKind::Hromada);
            end = e;
        } else if cue_at(j, cues.axis).is_some() && !doc.is_word(j - 1, "the") {
            kind = Some(PlaceKind::Settlement);
            role = PlaceRole::Axis;
            end = cue_at(j, cues.axis).unwrap_or(j);
        } else if matches!(doc.lw(j), "forestry" | "forest" | "woods") {
            // a named feature: keep its kind in the name ("Serebrianske forestry")
            kind = Some(PlaceKind::Settlement);
            end = j + 1;
        } else if cue_at(j, cues.settlement_word).is_some()
            && !(doc.lw(j) == "capital" || doc.lw(j) == "city" && ORG_HEADS.contains(&doc.lw(j + 1)))
            // ("the Black Sea city of Odesa": a descriptor of the place named after it)
            && !doc.is_word(cue_at(j, cues.settlement_word).unwrap_or(j), "of")
        {
            // "the Plotvyanka farmstead", "Kupiansk town"
            kind = Some(PlaceKind::Settlement);
            end = cue_at(j, cues.settlement_word).unwrap_or(j);
        } else if let Some(&(_, c)) = COUNTRIES.iter().find(|(n, _)| {
            *n == lower
                || raw
                    .strip_suffix("'s")
                    .is_some_and(|r| r.eq_ignore_ascii_case(n))
        }) {
            kind = Some(PlaceKind::Country(c));
        } else if let Some(r) = ex
            .gazetteer
            .region(&name)
            .filter(|r| r.standalone.iter().any(|s| s.eq_ignore_ascii_case(&name)))
        {
            kind = Some(PlaceKind::Region(r));
        } else if b1 == "of"
            && matches!(b2, "region" | "oblast" | "province")
            // ("in the southern region of Kherson": the oblast named after its centre)
            && let Some(r) = ex.gazetteer.region(&name)
        {
            kind = Some(PlaceKind::Region(r));
        } else {
            let after_of_type = b1 == "of"
                && matches!(
                    b2,
                    "city"
                        | "town"
                        | "village"
                        | "villages"
                        | "settlement"
                        | "settlements"
                        | "hromadas"
                        | "communities"
                        | "port"
                        | "outskirts"
                        | "centre"
                        | "center"
                        | "edge"
                        | "area"
                        | "suburbs"
                );
            let hromada_list = before(1) == "of" && matches!(before(2), "hromadas" | "communities");
            let (mut cands, loose) = ex.gazetteer.candidates_with_kind(&name);
            // a capitalised word opening a sentence ("Hits by 15 drones were recorded")
            // is a place by spelling variant only when the variant is about as long
            if loose && i == s.t0 {
                cands.retain(|c| c.name.len().abs_diff(name.len()) <= 2);
            }
            let prev = before(1);
            // ("Ukrainian forces shelled Shebekino": the object of a strike is where it fell)
            let struck = i > s.t0
                && doc
                    .match_at(i - 1, |m| is(m, cues.attack))
                    .is_some_and(|e| e == i)
                && matches!(prev, "shelled" | "struck" | "attacked" | "bombed" | "hit")
                // ("the shelling of Shebekino", "strikes of Belgorod")
                || i > s.t0 + 1
                    && prev == "of"
                    && doc
                        .match_at(i - 2, |m| is(m, cues.attack))
                        .is_some_and(|e| e == i - 1)
                    && matches!(
                        before(2),
                        "shelling" | "shellings" | "bombardment" | "bombing" | "strike" | "strikes" | "attack" | "attacks"
                    )
                    // (not one answered: "in response to the shelling of Belgorod")
                    && !(i.saturating_sub(14).max(s.t0)..i).any(|x| {
                        matches!(doc.lw(x), "response" | "retaliation" | "revenge" | "reprisal")
                    });
            let strong = STRONG_LOCATIVES.contains(&prev)
                || prev == "the" && STRONG_LOCATIVES.contains(&before(2))
                || struck;
            let listed = matches!(prev, "," | "and" | "or")
                && out.last().is_some_and(|p| {
                    p.t1 + 2 >= i && p.list != usize::MAX && p.role != PlaceRole::Org
                });
            // a foreign place counts only where the text puts something at it
            let home = s.region.map_or("UA", |r| r.country);
            // ("the Saratov oil refinery": a place named by what was hit there counts too)
            let names_a_target = || doc.match_at(j, |m| m.class == Class::Target).is_some();
            let known = cands.iter().any(|c| c.country == "UA" || c.country == home)
                || !cands.is_empty() && (strong || names_a_target());
            let locative = strong || listed || LOCATIVE_PREPS.contains(&prev) && known;
            let passive_hit = matches!(doc.lw(j), "was" | "were" | "came" | "took")
                && (matches!(
                    doc.lw(j + 1),
                    "hit" | "shelled" | "struck" | "attacked" | "under" | "bombed"
                ) || doc
                    .toks
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Digits)
                    || doc.word(j) == "took");
            // ("on Palm Sunday", "Easter Monday": an unknown name before a day's name is a feast)
            let feast = cands.is_empty() && is_weekday(doc.word(j));
            if hromada_list {
                kind = Some(PlaceKind::Hromada);
            } else if !feast
                && (passive_hit && i > s.t0
                    || after_of_type
                    || known
                    || locative && i > s.t0 && !(prev == "the" && cands.is_empty()))
            {
                // (a name the gazetteer does not know, after "the", is a sea, a river or a
                // title: "in the Black Sea", "on the Danube"; settlements take no article)
                kind = Some(PlaceKind::Settlement);
            }
        }
        let Some(kind) = kind else {
            i = j;
            continue;
        };
        let name = if matches!(doc.lw(j), "forestry" | "forest" | "woods") && end == j + 1 {
            format!("{name} {}", doc.word(j))
        } else {
            name
        };
        // institutions and titles: "Kherson Oblast Military Administration", "Kyiv Mayor"
        let next = doc.lw(end);
        if ORG_HEADS.contains(&next) && is_cap(doc, end)
            || matches!(kind, PlaceKind::Settlement) && matches!(next, "city" | "regional" | "mayor" | "governor" | "gov") && !doc.is_word(end + 1, "of")
            // "Kursk region governor Alexei Smirnov said": a title, not a place hit
            // (and "Tuapse district head Sergei Boiko")
            || matches!(kind, PlaceKind::Region(_) | PlaceKind::Raion | PlaceKind::Hromada) && matches!(next, "governor" | "governor's" | "gov" | "head" | "chief" | "police" | "prosecutor's" | "prosecutors") && !doc.is_word(end + 1, "of")
            || next == "military" || next == "state"
            // ("died in a Dnipro hospital", "taken to a Kyiv clinic": where the victims were
            // treated; not "hit a Kharkiv hospital")
            || matches!(next, "hospital" | "hospitals" | "clinic" | "morgue" | "burns")
                && matches!(before(1), "a" | "the")
                && matches!(before(2), "in" | "to")
                && (3..=6).any(|n| matches!(before(n), "died" | "taken" | "treated" | "hospitalised" | "hospitalized" | "admitted" | "transported" | "delivered" | "rushed" | "brought"))
            // ("Volyn regional governor Yuriy Pohulyayko said")
            || matches!(kind, PlaceKind::Region(_)) && next == "regional" && matches!(doc.lw(end + 1), "governor" | "governor's" | "head" | "chief" | "authorities" | "officials")
            // "the Khartiia brigade", "a Russian Tor air defence system": a unit or a weapon
            // named like a place
            || matches!(next, "brigade" | "brigade's" | "battalion" | "regiment" | "division" | "corps" | "detachment" | "system" | "systems" | "complex")
            || next == "air" && matches!(doc.lw(end + 1), "defence" | "defense")
            // "the Druzhba neighbourhood", "the Tekstilshchik microdistrict": a part of the
            // city told, not a place of its own (though towns elsewhere bear the name)
            || matches!(next, "neighbourhood" | "neighborhood" | "neighbourhoods" | "neighborhoods" | "microdistrict" | "micro-district" | "quarter")
                && !doc.is_word(end + 1, "of")
                && ex
                    .gazetteer
                    .resolve(&name, &Hint { country: Some("UA"), ..Hint::default() })
                    .is_none_or(|r| r.population < 20_000)
            // "the Khortytsia group of forces": a formation named after a place
            || matches!(next, "group" | "grouping") && doc.is_word(end + 1, "of") && matches!(doc.lw(end + 2), "forces" | "troops")
            // ("the Kharkiv operational-tactical group": a command named after a place)
            || matches!(next, "operational" | "operational-tactical" | "operational-strategic" | "otg" | "osg")
            // "Suspilne Sumy reports": an outlet's regional edition
            || i > 0 && doc.match_at(i - 1, |m| m.class == Class::Name && Some(m.label) == outlet) == Some(i)
            // "taken to the Sudzha hospital": where a victim is treated, not where anything hit
            || matches!(next, "hospital" | "clinic" | "hospitals")
                && (i.saturating_sub(5).max(s.t0)..i).any(|x| matches!(doc.lw(x), "taken" | "admitted" | "delivered" | "brought" | "hospitalised" | "hospitalized" | "transferred" | "evacuated"))
            // ("taken to hospital in Belgorod")
            // (not "shelling hit a hospital in Beryslav": a hospital hit is where it was; one
            // where victims are treated is told "to/in hospital in …" or after "taken")
            || b1 == "in"
                && matches!(b2, "hospital" | "hospitals" | "clinic")
                && (matches!(before(3), "to" | "in")
                    || (i.saturating_sub(8).max(s.t0)..i).any(|x| {
                        matches!(doc.lw(x), "taken" | "admitted" | "delivered" | "brought" | "hospitalised" | "hospitalized" | "transferred" | "evacuated" | "treated" | "rushed")
                    }))
            // "Kyiv says its strikes …", "Moscow has denied …": a government named by its capital
            || {
                // (past an adverb or a negation: "Kyiv rarely comments on …", "Kyiv has not
                // commented")
                let mut v = end;
                // ("adding that Kyiv would ask partners for …")
                while matches!(doc.lw(v), "has" | "have" | "had" | "been" | "is" | "does" | "did" | "not" | "rarely" | "seldom" | "never" | "usually" | "generally" | "typically" | "also" | "repeatedly" | "long" | "declined" | "to" | "would" | "will" | "could" | "should" | "must")
                    && v < end + 4
                {
                    v += 1;
                }
                matches!(doc.lw(v), "says" | "said" | "claims" | "claimed" | "denies" | "denied" | "accuses" | "accused" | "insists" | "insisted" | "wants" | "warned" | "warns" | "comments" | "commented" | "comment" | "confirms" | "confirmed" | "confirm" | "acknowledges" | "acknowledged" | "pressing" | "pressed" | "presses" | "urged" | "urges" | "urging" | "asked" | "asks" | "asking" | "demands" | "demanded" | "demanding" | "hopes" | "hoped" | "welcomed" | "welcomes" | "rejected" | "rejects" | "seeks" | "sought" | "seeking" | "pushing" | "lobbying" | "ask" | "seek" | "demand" | "insist" | "urge" | "press" | "request" | "requested" | "requests" | "appeal" | "appealed"
                    // ("as Kyiv steps up strikes on Russian border areas")
                    | "steps" | "stepped" | "stepping" | "intensifies" | "intensified" | "launches" | "uses"
                    // ("Russia would respond in a way Kyiv will feel", "Kyiv agreed to …")
                    | "feel" | "feels" | "pay" | "pays" | "respond" | "responds" | "responded" | "retaliate" | "retaliated" | "agreed" | "agrees" | "refused" | "refuses" | "understands" | "knows")
            }
            // "the Kyiv regime", "official Kyiv": a government named by its capital
            || matches!(kind, PlaceKind::Settlement) && matches!(next, "regime" | "regime's" | "media")
            // ("the Black Sea port of Odesa": what names the port, not a place hit)
            || matches!(next, "port" | "harbour" | "harbor") && doc.is_word(end + 1, "of")
            // ("in the Sumy border area": the oblast's border, not the city)
            || matches!(kind, PlaceKind::Settlement) && next == "border" && matches!(doc.lw(end + 1), "area" | "areas" | "zone" | "regions")
            || i > s.t0 && doc.is_word(i - 1, "official")
            // "blamed Kyiv for …", "accused Kyiv of …": a government again, as the object
            || i > s.t0 && matches!(doc.lw(i - 1), "blamed" | "blames" | "blaming" | "accused" | "accuses" | "accusing")
            // ("agreed to lend Kyiv $50 billion", "intelligence sharing with Kyiv": a government
            // helped)
            || i > s.t0 && matches!(doc.lw(i - 1), "lend" | "lends" | "lent" | "lending" | "give" | "gives" | "giving" | "provide" | "provides" | "providing" | "supply" | "supplying" | "arm" | "arming" | "support" | "supporting" | "backing" | "help" | "helping")
            || i > s.t0 + 1 && doc.is_word(i - 1, "with") && matches!(doc.lw(i - 2), "sharing" | "cooperation" | "solidarity" | "relations" | "ties")
            // ("strikes by Kyiv on energy facilities", "pressure on Moscow must grow",
            // "sanctions against Moscow", "Moscow's forces pressed …")
            || i > s.t0 + 1 && doc.is_word(i - 1, "by") && matches!(doc.lw(i - 2), "strikes" | "attacks" | "attack" | "strike" | "raids")
            || i > s.t0 + 1 && matches!(doc.lw(i - 1), "on" | "against") && matches!(doc.lw(i - 2), "pressure" | "sanctions" | "sanction")
            || is_possessive(doc.word(end - 1)) && matches!(next, "forces" | "troops" | "army" | "military" | "invasion" | "war" | "aggression" | "offensive")
            // ("Ukraine's air force", "Russia's defence ministry": a country's institution;
            // not "Kharkiv's national university", a place hit)
            || is_possessive(doc.word(end - 1)) && matches!(kind, PlaceKind::Country(_)) && matches!(next, "air" | "navy" | "general" | "defence" | "defense" | "armed" | "security" | "foreign" | "interior" | "emergency" | "national")
            // "the Lukianivska metro station", "the Dnipro hydroelectric power station": a
            // facility named after a place, not that place
            || matches!(next, "metro" | "hydroelectric" | "hydropower")
        {
            role = PlaceRole::Org;
        }
        // "a slow advance towards the town of Kupiansk", "on the road to Tokmak": where an
        // advance or a road leads, not where anything happened
        {
            let mut b = i;
            // ("toward the logistics hub of Pokrovsk", "towards the key town of Kupiansk")
            while b > s.t0
                && b + 4 > i
                && matches!(
                    doc.lw(b - 1),
                    "the"
                        | "of"
                        | "town"
                        | "city"
                        | "village"
                        | "settlement"
                        | "hub"
                        | "logistics"
                        | "key"
                        | "strategic"
                        | "industrial"
                        | "eastern"
                        | "frontline"
                )
            {
                b -= 1;
            }
            let before = |n: usize| if b >= s.t0 + n { doc.lw(b - n) } else { "" };
            // (the noun, "a slow advance towards": "tried to advance towards X" is a clash at X)
            let towards = matches!(before(1), "towards" | "toward")
                && matches!(
                    before(2),
                    "advance" | "advances" | "push" | "drive" | "march"
                )
                && matches!(
                    before(3),
                    "a" | "an"
                        | "the"
                        | "slow"
                        | "steady"
                        | "gradual"
                        | "its"
                        | "their"
                        | "russian"
                        | "further"
                );
            let road_to =
                before(1) == "to" && matches!(before(2), "road" | "highway" | "route" | "gateway");
            if towards || road_to {
                role = PlaceRole::Axis;
            }
            // ("support for Kyiv", "a train bound for Kyiv", "evacuated to Zaporizhzhia",
            // "Scholz, speaking in Berlin, …": a government, a destination or where a
            // speaker stands, not where anything was hit)
            let for_whom = before(1) == "for"
                && matches!(
                    before(2),
                    "support"
                        | "aid"
                        | "assistance"
                        | "help"
                        | "funding"
                        | "package"
                        | "backing"
                        | "bound"
                        | "boarding"
                        | "heading"
                        | "headed"
                        | "destined"
                        | "departing"
                );
            let destination = before(1) == "to"
                && matches!(
                    before(2),
                    "evacuated"
                        | "taken"
                        | "transported"
                        | "rushed"
                        | "airlifted"
                        | "brought"
                        | "relocated"
                        | "hospitalised"
                        | "hospitalized"
                        | "fled"
                        | "bound"
                );
            let speaking = matches!(before(1), "in" | "at" | "from") && before(2) == "speaking";
            // ("called on partners to send Kyiv more air defence": the government given to)
            let given_to = matches!(
                before(1),
                "send"
                    | "sending"
                    | "sent"
                    | "give"
                    | "giving"
                    | "supply"
                    | "supplying"
                    | "provide"
                    | "providing"
                    | "arm"
                    | "arming"
            );
            // ("said Kyiv would not accept any deal", "Moscow wants …": a capital standing
            // for its government, the subject of a modal or a stance)
            let capital = matches!(
                lower.as_str(),
                "kyiv"
                    | "kiev"
                    | "moscow"
                    | "washington"
                    | "minsk"
                    | "beijing"
                    | "london"
                    | "paris"
                    | "berlin"
                    | "warsaw"
                    | "ankara"
                    | "brussels"
                    | "tehran"
                    | "pyongyang"
            );
            let government = capital
                && matches!(
                    next,
                    "would"
                        | "will"
                        | "could"
                        | "should"
                        | "must"
                        | "cannot"
                        | "wants"
                        | "insists"
                        | "demands"
                        | "refuses"
                        | "rejects"
                        | "agreed"
                        | "said"
                        | "says"
                        | "announced"
                        | "warned"
                        | "urged"
                )
                && !doc.sent_matches(s).iter().any(|m| {
                    is(m, cues.attack)
                        || is(m, cues.killed)
                        || is(m, cues.injured)
                        || is(m, cues.damage)
                        || m.class == Class::Weapon
                        || m.class == Class::Target
                });
            if role == PlaceRole::Event
                && (for_whom || destination || speaking || given_to || government)
            {
                role = PlaceRole::Org;
            }
            // ("North of Kharkiv, Russian troops tried to storm positions near Dementiivka":
            // the city locates the fighting, it is not where it was)
            // (only a phrase that opens the sentence: "in the north of Kyiv", "east of
            // Robotyne" place what they tell)
            if role == PlaceRole::Event
                && i == s.t0 + 2
                && doc.word(end) == ","
                && doc.is_word(i - 1, "of")
                && matches!(
                    doc.lw(i - 2),
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                )
            {
                role = PlaceRole::Locative;
            }
        }
        // rivers are named like the cities on them: "the Dnipro River", "the left bank of
        // the Dnipro" locate a front, they are not the city hit
        // (not "the left bank of Kyiv", a city's half, named without "the")
        if matches!(next, "river" | "river's" | "delta" | "floodplains" | "floodplain")
            || b1 == "of"
                && matches!(b2, "bank" | "banks" | "riverbank" | "islands" | "mouth" | "delta")
                && (before(1) == "the" || !matches!(b2, "bank" | "banks"))
            // ("villages along the Dnipro": a river is what things stand along)
            || b1 == "along" && matches!(kind, PlaceKind::Settlement)
            // ("shelled Nikopol across the Dnipro", "the other side of the Dnipro": what
            // the fire came over)
            || before(1) == "the"
                && (b1 == "across" || b1 == "of" && b2 == "side")
                && matches!(kind, PlaceKind::Settlement)
        {
            role = PlaceRole::Org;
        }
        // "governor of Donetsk region", "head of the Kharkiv district administration"
        let after_title = titled_before(i);
        if after_title {
            role = PlaceRole::Org;
        }
        if role == PlaceRole::Event && is_origin(ex, doc, i, s.t0) {
            role = PlaceRole::Origin;
        }
        // "Russia attacked Kyiv and several other regions with 120 drones": the country's
        // tally, the city one of its places
        if doc.is_word(end, "and")
            && (end + 1..end + 4).any(|t| matches!(doc.lw(t), "several" | "other" | "many"))
            && (end + 1..end + 5).any(|t| matches!(doc.lw(t), "regions" | "oblasts" | "cities"))
        {
            role = PlaceRole::Locative;
        }
        // "from Volyn in the west to Odesa in the south", "as far as Odesa", "as far west as
        // Lviv": the reach of a country's attack, not a place's own event
        let as_far_as = before(1) == "as"
            && (before(2) == "far" && before(3) == "as"
                || before(3) == "far"
                    && before(4) == "as"
                    && matches!(before(2), "west" | "east" | "north" | "south"));
        let range_start = b1 == "from" && compass_in_the(doc, end) && doc.is_word(end + 3, "to");
        let range_end = b1 == "to"
            && compass_in_the(doc, end)
            && (i.saturating_sub(10).max(s.t0)..i)
                .any(|t| doc.is_word(t, "from") && compass_after_place(doc, t, i));
        // ("The main target of the attack was Kyiv": an aim named, not a place hit)
        // (the aim heads the subject: "target" and only words of the attack up to "was")
        let aim = matches!(b1, "was" | "were")
            && (i.saturating_sub(8).max(s.t0)..i).any(|t| {
                matches!(doc.lw(t), "target" | "targets")
                    && (t + 1..i - 1).all(|x| {
                        matches!(
                            doc.lw(x),
                            "of" | "the"
                                | "attack"
                                | "attacks"
                                | "strike"
                                | "strikes"
                                | "night"
                                | "overnight"
                                | "russian"
                                | "massive"
                                | "combined"
                        )
                    })
            })
            && !doc.sent_matches(s).iter().any(|m| {
                is(m, cues.killed)
                    || is(m, cues.injured)
                    || is(m, cues.damage)
                    || m.class == Class::Target
                    || is(m, cues.attack) && m.start > doc.toks[i].span.start
            })
            && !(end..s.t1).any(|t| doc.is_word(t, "where"));
        let clash_here = || doc.sent_matches(s).iter().any(|m| is(m, cues.clash));
        if (as_far_as || range_start || range_end) && !clash_here() || aim {
            role = PlaceRole::Locative;
        }
        // "dropping 63 guided bombs, mostly on Kharkiv and Sumy regions": where most of a
        // tally fell, not a place's own event
        if matches!(b1, "on" | "in" | "at" | "over")
            && (matches!(
                b2,
                "mostly" | "mainly" | "primarily" | "largely" | "predominantly"
            )
                // ("22 were destroyed, most of them over Odesa region")
                || b2 == "them"
                    && before(3) == "of"
                    && matches!(before(4), "most" | "many" | "some"))
        {
            role = PlaceRole::Locative;
        }
        // list membership: joined to the previous mention by "," / "and" / "as well as"
        let class_of = |a: &PlaceKind| match a {
            PlaceKind::Region(_) => 0,
            PlaceKind::Raion => 1,
            PlaceKind::Hromada => 2,
            _ => 3,
        };
        let same_class = |a: &PlaceKind| class_of(a) == class_of(&kind);
        let joined = out.last().is_some_and(|p| {
            // at most four connecting words, the first of them a conjunction or comma
            let connectors = p.t1 < i
                && i - p.t1 <= 4
                && matches!(doc.lw(p.t1), "," | "and" | "or" | "as")
                && (p.t1..i).all(|t| {
                    matches!(
                        doc.lw(t),
                        "," | "and"
                            | "or"
                            | "the"
                            | "village"
                            | "villages"
                            | "of"
                            | "as"
                            | "well"
                            | "town"
                            | "on"
                            | "in"
                            | "near"
                    )
                });
            connectors && same_class(&p.kind) && p.role != PlaceRole::Axis
        });
        if !joined {
            list += 1;
        } else if role == PlaceRole::Event
            && out.last().is_some_and(|p| p.role == PlaceRole::Origin)
        {
            // "launched from Kursk, Oryol and Millerovo": every member is an origin
            role = PlaceRole::Origin;
        }
        out.push(PlaceMention {
            span: Span::new(
                doc.toks[i].span.start,
                doc.toks[end.max(i + 1) - 1].span.end,
            ),
            name,
            kind,
            role,
            t0: i,
            t1: end.max(i + 1),
            list,
            hint: None,
            hint_area: None,
            plural,
        });
        i = end.max(i + 1);
    }
    // "launched from the Kursk region and Cape Chauda": every origin of the list
    for n in 1..out.len() {
        if out[n - 1].role == PlaceRole::Origin
            && out[n].role == PlaceRole::Event
            && (out[n - 1].t1..out[n].t0).all(|t| matches!(doc.lw(t), "," | "and" | "or" | "the"))
        {
            out[n].role = PlaceRole::Origin;
        }
    }
    // "from Cape Chauda in Crimea": what locates an origin is an origin too
    for n in 1..out.len() {
        if out[n - 1].role == PlaceRole::Origin
            && out[n].role == PlaceRole::Event
            && (out[n - 1].t1..out[n].t0).all(|t| {
                matches!(
                    doc.lw(t),
                    "in" | "," | "the" | "russian-occupied" | "occupied"
                )
            })
        {
            out[n].role = PlaceRole::Origin;
        }
    }
    // plural region phrases: "Kherson and Donetsk oblasts" marks the earlier names too
    let mut extra: Vec<PlaceMention> = Vec::new();
    for n in (0..out.len()).rev() {
        if out[n].plural {
            let mut m = n;
            while m > 0 {
                let gap_ok = (out[m - 1].t1..out[m].t0).all(|t| matches!(doc.word(t), "," | "and"))
                    && out[m - 1].t1 < out[m].t0;
                let Some(r) = ex.gazetteer.region(&out[m - 1].name).filter(|_| gap_ok) else {
                    break;
                };
                let l = out[n].list;
                let prev = &mut out[m - 1];
                prev.kind = PlaceKind::Region(r);
                prev.plural = true;
                prev.list = l;
                m -= 1;
            }
            // ("over the Bryansk, Kursk and Belgorod regions": names not taken for places on
            // their own, foreign cities of their oblasts' names, join the list too)
            let mut t = out[m].t0;
            while t >= s.t0 + 2
                && matches!(doc.word(t - 1), "," | "and")
                && !taken[t - 2]
                && is_cap(doc, t - 2)
                && (m == 0 || out[m - 1].t1 <= t - 2)
            {
                let name = without_possessive(doc.word(t - 2));
                let Some(r) = ex.gazetteer.region(name) else {
                    break;
                };
                extra.push(PlaceMention {
                    span: doc.toks[t - 2].span,
                    name: name.to_string(),
                    kind: PlaceKind::Region(r),
                    role: out[n].role,
                    t0: t - 2,
                    t1: t - 1,
                    list: out[n].list,
                    hint: None,
                    hint_area: None,
                    plural: true,
                });
                t -= 2;
            }
        }
    }
    if !extra.is_empty() {
        out.append(&mut extra);
        out.sort_by_key(|p| p.t0);
    }
    // "More than 140 settlements in Chernihiv, Sumy and Kharkiv regions came under fire":
    // unnamed settlements over several oblasts, a total that spans them and no event of each
    for n in 0..out.len() {
        let t = out[n].t0;
        let opens = out[n].plural
            && matches!(out[n].kind, PlaceKind::Region(_))
            && t >= s.t0 + 2
            && matches!(doc.lw(t - 1), "in" | "of")
            && matches!(
                doc.lw(t - 2),
                "settlements" | "villages" | "towns" | "communities" | "hromadas" | "localities"
            );
        if opens {
            let l = out[n].list;
            out.iter_mut()
                .filter(|p| p.list == l && p.plural)
                .for_each(|p| p.role = PlaceRole::Locative);
        }
    }
    // "shot down over Mykolaiv and Kyiv oblasts": where drones were downed, not hit
    let intercepting = doc.sent_matches(s).iter().any(|m| is(m, cues.intercept));
    // ("shot down five drones over Mykolaiv region", one oblast alone: that oblast's tally)
    if intercepting {
        let ukrainian_munitions = (s.t0..s.t1).any(|t| {
            doc.is_word(t, "ukrainian")
                && doc
                    .match_at(t + 1, |m| {
                        m.class == Class::Weapon
                            && matches!(ex.lexicons.label(m), "drone" | "missile")
                    })
                    .is_some()
        });
        // (or Russia's ministry counting drones downed over its regions: "13 over the
        // territory of the Bryansk Region, six over the Kursk Region")
        // ("the defence ministry said" of a Russian region named alone, "Russian air
        // defences shot down …")
        let russian_tally = (doc.sent_matches(s).iter().any(|m| {
            m.class == Class::Role
                && doc.lower_at(m.start, m.end).contains("ministry")
                && !matches!(
                    doc.lw(doc.token_from(m.start).saturating_sub(1)),
                    "ukrainian" | "ukraine's"
                )
        }) || (s.t0..s.t1)
            .any(|t| matches!(doc.lw(t), "russian" | "russia's") && doc.is_word(t + 1, "air")))
            && out
                .iter()
                .all(|p| !matches!(p.kind, PlaceKind::Region(r) if r.country == "UA"));
        // (or a wire story from Russia: "MOSCOW, March 16. /TASS/. Fourteen drones were
        // destroyed over the Belgorod Region")
        let russian_dateline = crate::assemble::dateline_city(ex, doc).is_some_and(|c| {
            ex.gazetteer
                .resolve(&c.name, &Hint::default())
                .is_some_and(|r| r.country == "RU")
        });
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for n in 0..out.len() {
            let prev = doc.lw(out[n].t0.saturating_sub(1));
            let joined = n > 0
                && out[n].role != PlaceRole::Org
                && (out[n - 1].t1..out[n].t0)
                    .all(|t| matches!(doc.lw(t), "," | "and" | "or" | "the"));
            // ("over the city of Kyiv and Kyiv, Zhytomyr and Sumy oblasts")
            let mut b = out[n].t0;
            while b > s.t0
                && out[n].t0 - b < 4
                && matches!(
                    doc.lw(b - 1),
                    "the" | "city" | "town" | "of" | "territory" | "territories"
                )
            {
                b -= 1;
            }
            let opens = prev == "over" || b > s.t0 && doc.is_word(b - 1, "over");
            match groups.last_mut() {
                Some(g) if !opens && joined && g.last() == Some(&(n - 1)) => g.push(n),
                _ if opens => groups.push(vec![n]),
                _ => {}
            }
        }
        for g in groups {
            // (and one district alone: "shot down two drones over Kryvyi Rih district")
            // (a Russian one when Ukraine's drones were downed: "destroyed 13 Ukrainian
            // drones over the Bryansk Region", Russia's tally there)
            let one_oblast = g.len() == 1
                && !out[g[0]].plural
                && matches!(out[g[0]].kind, PlaceKind::Region(r) if r.country == "UA" || ukrainian_munitions || russian_tally || russian_dateline);
            let one_district = g.len() == 1 && out[g[0]].kind == PlaceKind::Raion;
            // ("shot down 6 drones over the region": the article's oblast)
            // (or the capital: "20 Shaheds were destroyed over the capital", Kyiv's tally)
            // (a city that is a first-level unit itself: "over Kyiv")
            let the_region = g.len() == 1
                && (matches!(
                    out[g[0]].kind,
                    PlaceKind::AreaRef | PlaceKind::Ref(RefKind::Capital)
                ) || out[g[0]].kind == PlaceKind::Settlement
                    && ex.gazetteer.region_by_admin1(&out[g[0]].name).is_some());
            // (and a town alone: "shot down two drones over Belgorod, the governor added")
            // (right after what was downed, not "30 of them, most over Odesa")
            let one_town = g.len() == 1
                && out[g[0]].kind == PlaceKind::Settlement
                && (matches!(
                    doc.lw(out[g[0]].t0.saturating_sub(2)),
                    "drones" | "drone" | "missiles" | "missile" | "uavs" | "shaheds" | "down"
                ) || out[g[0]].t0 == s.t0 + 1 && doc.word(out[g[0]].t1) == ",");
            if !one_oblast && !one_district && !the_region && !one_town {
                for n in g {
                    out[n].role = PlaceRole::Locative;
                }
            }
        }
    }
    // "Outside the capital, a drone hit … the village of Velyka Dymerka": only where the
    // place named after it lies
    if out
        .iter()
        .any(|p| p.role == PlaceRole::Event && p.kind == PlaceKind::Settlement)
    {
        for n in 0..out.len() {
            if out[n].t0 > s.t0
                && (out[n].t0.saturating_sub(2)..out[n].t0).any(|t| doc.is_word(t, "outside"))
                && out.iter().any(|p| {
                    p.t0 > out[n].t0
                        && p.role == PlaceRole::Event
                        && p.kind == PlaceKind::Settlement
                })
            {
                out[n].role = PlaceRole::Locative;
            }
        }
    }
    // ("The Pokrovsk sector saw the fiercest fighting: 34 assaults there": the axis told)
    for n in 1..out.len() {
        if out[n].kind == PlaceKind::Ref(RefKind::Last)
            && doc.is_word(out[n].t0, "there")
            && out[..n].iter().any(|p| p.role == PlaceRole::Axis)
        {
            out[n].role = PlaceRole::Axis;
        }
    }
    // ("mostly on Kharkiv and Sumy regions": the whole list)
    let mut mostly_list = false;
    for n in 0..out.len() {
        let opens = out[n].role == PlaceRole::Locative
            && out[n].t0 >= s.t0 + 2
            && (out[n].t0.saturating_sub(3)..out[n].t0).any(|t| {
                matches!(
                    doc.lw(t),
                    "mostly" | "mainly" | "primarily" | "largely" | "predominantly"
                )
            });
        if opens {
            mostly_list = true;
        } else if mostly_list
            && out[n].role == PlaceRole::Event
            && (out[n - 1].t1..out[n].t0).all(|t| matches!(doc.lw(t), "," | "and"))
        {
            out[n].role = PlaceRole::Locative;
        } else {
            mostly_list = false;
        }
    }
    // "the Kupiansk, Lyman and Bakhmut axes": every name of the list is an axis
    for n in (1..out.len()).rev() {
        if out[n].role == PlaceRole::Axis {
            let mut m = n;
            while m > 0
                && (out[m - 1].t1..out[m].t0)
                    .all(|t| matches!(doc.lw(t), "," | "and" | "or" | "the"))
            {
                out[m - 1].role = PlaceRole::Axis;
                m -= 1;
            }
        }
    }
    // plural unit phrases: "the Bilopillia and Shalyhyne communities", "Bakhmut and
    // Pokrovsk districts" name units of one kind, in one list
    for n in (1..out.len()).rev() {
        let unit_plural = matches!(out[n].kind, PlaceKind::Hromada | PlaceKind::Raion)
            && matches!(
                doc.lw(out[n].t1.saturating_sub(1)),
                "communities" | "hromadas" | "districts" | "raions"
            );
        if !unit_plural {
            continue;
        }
        let (kind, list, role) = (out[n].kind, out[n].list, out[n].role);
        let mut m = n;
        while m > 0
            && out[m - 1].t1 < out[m].t0
            && (out[m - 1].t1..out[m].t0).all(|t| matches!(doc.lw(t), "," | "and"))
            && matches!(
                out[m - 1].kind,
                PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
            )
            && out[m - 1].role == role
        {
            out[m - 1].kind = kind;
            out[m - 1].list = list;
            m -= 1;
        }
    }
    // ACLED style "Petropavlivka, Dnipropetrovsk.", "Kupiansk district, Kharkiv,", "Nove,
    // Kharkiv region", "Oleksandrivka (Donetsk)": an oblast name after a place names
    // its oblast (also after a closing parenthesis: "Kupiansk district (the town of
    // Kupiansk), Kharkiv")
    for n in 1..out.len() {
        let (a, b) = (&out[n - 1], &out[n]);
        let comma = b.t0 == a.t1 + 1 && doc.word(a.t1) == ","
            || b.t0 == a.t1 + 2 && doc.word(a.t1) == ")" && doc.word(a.t1 + 1) == ",";
        let bracket = b.t0 == a.t1 + 1 && doc.word(a.t1) == "(" && doc.word(b.t1) == ")";
        // what follows ends the place phrase: punctuation, or a lower-case word that
        // does not continue a list ("Vovchansk, Kharkiv as a result of which …")
        let next = doc.word(b.t1);
        let lower_word = next.bytes().next().is_some_and(|c| c.is_ascii_lowercase())
            && !matches!(next, "and" | "or");
        let closes = matches!(next, "." | "," | ";" | ")" | "")
            || b.t1 >= s.t1
            || next == "and" && !is_cap(doc, b.t1 + 1)
            || lower_word;
        if (comma || bracket)
            && closes
            && b.kind == PlaceKind::Settlement
            && matches!(
                a.kind,
                PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
            )
            && let Some(r) = ex
                .gazetteer
                .region(&b.name)
                .filter(|r| r.stems.iter().any(|st| st.eq_ignore_ascii_case(&b.name)))
        {
            out[n].kind = PlaceKind::Region(r);
        }
    }
    // appositions: "Pivnichne, Donetsk region", "Tyotkino in Russia's Kursk Region",
    // "Simeikyne in Konotop district": the second only locates the first
    let mut gap: Vec<&str> = Vec::new();
    for n in 1..out.len() {
        let (a, b) = (&out[n - 1], &out[n]);
        gap.clear();
        gap.extend((a.t1..b.t0).map(|t| doc.lw(t)));
        // ("Kherson city (Kherson region)")
        let gap_ok = gap.iter().all(|w| {
            matches!(
                *w,
                "," | "("
                    | "in"
                    | "the"
                    | "of"
                    | "russia's"
                    | "ukraine's"
                    | "itself"
                    | "a"
                    | "village"
                    | "town"
                    | "city"
                    | "settlement"
            )
        }) && gap.len() <= 6;
        // (a chain: "Kozacha Lopan in the Kharkiv district of the Kharkiv region")
        let a_local = matches!(
            a.kind,
            PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
        ) && matches!(a.role, PlaceRole::Event | PlaceRole::Locative);
        // ("In Sumy district, the Khotin community came under attack": a district opening
        // the sentence locates the community or village named after it)
        if a.kind == PlaceKind::Raion
            && a.role == PlaceRole::Event
            && a.t0 == s.t0 + 1
            && doc.is_word(s.t0, "in")
            && gap.first() == Some(&",")
            && gap.len() <= 2
            && matches!(b.kind, PlaceKind::Hromada | PlaceKind::Settlement)
        {
            let name = out[n - 1].name.clone();
            out[n - 1].role = PlaceRole::Locative;
            for m in out[n..].iter_mut() {
                m.hint_area.get_or_insert(name.clone());
            }
            continue;
        }
        if a_local
            && b.kind == PlaceKind::AreaRef
            && gap.iter().all(|w| *w == "in")
            && !gap.is_empty()
        {
            // "the village of Kizomys in the same oblast"
            out[n].role = PlaceRole::Locative;
            continue;
        }
        // ("Kivsharivka, Kupiansk district – a drone dropped …": a heading's dash too)
        let b_closes = matches!(
            doc.word(b.t1),
            "," | "." | ";" | ")" | "" | "–" | "—" | "-" | ":"
        ) || matches!(doc.lw(b.t1), "where" | "and");
        // (members of one list of units, "the A, B and C hromadas", are no appositions)
        let comma_apposition = gap == [","]
            && (matches!(b.kind, PlaceKind::Region(_))
                || matches!(b.kind, PlaceKind::Raion | PlaceKind::Hromada)
                    && b_closes
                    && a.list != b.list);
        if a_local && gap_ok && !gap.is_empty() && !gap.iter().all(|w| *w == ",")
            || a_local && gap_ok && comma_apposition
        {
            match b.kind {
                PlaceKind::Region(r) if !b.plural => {
                    let l = a.list;
                    for m in out.iter_mut().filter(|m| m.list == l) {
                        m.hint = Some(r);
                    }
                    out[n].role = PlaceRole::Locative;
                }
                PlaceKind::Raion | PlaceKind::Hromada => {
                    let name = out[n].name.clone();
                    out[n - 1].hint_area = Some(name);
                    out[n].role = PlaceRole::Locative;
                }
                _ => {}
            }
        }
    }
    // ("attacked Nikopol district 11 times, hitting Nikopol and the Marhanets and
    // Pokrovske communities": the places hit after a district attacked are looked for in
    // it first)
    if let Some(d) = out
        .iter()
        .position(|p| p.kind == PlaceKind::Raion && p.role == PlaceRole::Event)
        && let Some(hit) = (out[d].t1..s.t1)
            .find(|&t| matches!(doc.lw(t), "hitting" | "striking" | "shelling" | "targeting"))
    {
        let area = out[d].name.clone();
        for m in out[d + 1..].iter_mut().filter(|m| {
            m.t0 > hit
                && m.role == PlaceRole::Event
                && matches!(m.kind, PlaceKind::Settlement | PlaceKind::Hromada)
        }) {
            m.hint_area.get_or_insert_with(|| area.clone());
        }
    }
    // "the village of Khotin in Sumy region's Sumy district": the district locates the
    // village with its oblast
    for n in 2..out.len() {
        if matches!(out[n - 1].kind, PlaceKind::Region(_))
            && out[n - 1].role == PlaceRole::Locative
            && out[n - 1].t1 == out[n].t0
            && is_possessive(doc.word(out[n - 1].t1 - 1))
            && out[n].kind == PlaceKind::Raion
            && out[n].role == PlaceRole::Event
            && matches!(out[n - 2].kind, PlaceKind::Settlement | PlaceKind::Hromada)
        {
            out[n].role = PlaceRole::Locative;
            let name = out[n].name.clone();
            out[n - 2].hint_area.get_or_insert(name);
        }
    }
    // "the Donetsk region town of Toretsk": the oblast only locates the town
    for n in 1..out.len() {
        if let PlaceKind::Region(r) = out[n - 1].kind
            && out[n - 1].role == PlaceRole::Event
            && out[n].t0 == out[n - 1].t1 + 2
            && matches!(
                doc.lw(out[n - 1].t1),
                "town" | "city" | "village" | "settlement" | "port" | "community"
            )
            && doc.is_word(out[n - 1].t1 + 1, "of")
        {
            out[n - 1].role = PlaceRole::Locative;
            out[n].hint.get_or_insert(r);
        }
    }
    // "Kherson's Korabelnyi district": the city only locates its district, which is read
    // in the city's oblast (Mykolaiv has a Korabelnyi district too)
    for n in 1..out.len() {
        let possessive = out[n - 1].t1 == out[n].t0 && is_possessive(doc.word(out[n - 1].t1 - 1));
        if possessive
            && out[n].kind == PlaceKind::Raion
            && out[n - 1].kind == PlaceKind::Settlement
            && out[n].hint.is_none()
        {
            let city = ex.gazetteer.resolve(
                &out[n - 1].name,
                &sitrep_geo::Hint {
                    country: Some("UA"),
                    ..sitrep_geo::Hint::default()
                },
            );
            if let Some(r) = city
                .and_then(|c| c.admin1.as_deref())
                .and_then(|a| ex.gazetteer.region_by_admin1(a))
            {
                out[n].hint = Some(r);
                out[n - 1].role = PlaceRole::Locative;
            }
        }
    }
    // "Mezhyritska community (coded to Mezhyrich, …)": one place, named the second way
    for n in 1..out.len() {
        let t = out[n].t0;
        if t >= 3
            && doc.is_word(t - 1, "to")
            && doc.is_word(t - 2, "coded")
            && doc.word(t - 3) == "("
        {
            out[n - 1].role = PlaceRole::Locative;
            let l = out[n - 1].list;
            out[n].list = l;
            // the community or district locates the place it is coded to
            if matches!(out[n - 1].kind, PlaceKind::Hromada | PlaceKind::Raion)
                && out[n].hint_area.is_none()
            {
                out[n].hint_area = Some(out[n - 1].name.clone());
            }
        }
    }
    // "south-west of Kreminna", "20 km from Toretsk": a landmark, not where it happened,
    // when there is a place before it to locate or a distance ("Novobakhmutivka,
    // north-west of Avdiivka", "a village 10 km west of Kharkiv"); "three assaults west
    // of Verbove" were fought there
    for n in 0..out.len() {
        let earlier_place = out[..n].iter().any(|p| p.role == PlaceRole::Event);
        let earlier_town = out[..n].iter().any(|p| {
            p.role == PlaceRole::Event
                && !matches!(
                    p.kind,
                    PlaceKind::Hromada | PlaceKind::Raion | PlaceKind::Region(_)
                )
        });
        // ("the strike on Cherkaska Lozova near Kharkiv": the place just before "near")
        // (the larger place locates the smaller: not "the southern flank of Bakhmut near
        // Klishchiivka")
        let population = |name: &str| {
            ex.gazetteer
                .resolve(name, &Hint::default())
                .map_or(0, |r| r.population)
        };
        let right_before = n.checked_sub(1).map(|j| &out[j]).is_some_and(|p| {
            p.role == PlaceRole::Event
                && p.t1 + 1 == out[n].t0
                && doc.is_word(p.t1, "near")
                && population(&out[n].name) > population(&p.name)
        });
        // (where a settlement just before ends)
        let settlement_before = n
            .checked_sub(1)
            .map(|j| &out[j])
            .filter(|p| p.role == PlaceRole::Event && p.kind == PlaceKind::Settlement)
            .map(|p| p.t1);
        let m = &mut out[n];
        // ("north-west of the town of Avdiivka")
        let mut t = m.t0;
        if t >= 3
            && doc.is_word(t - 1, "of")
            && matches!(doc.lw(t - 2), "town" | "city" | "village" | "settlement")
        {
            t -= 2;
            // ("near the border town of Shebekino")
            if matches!(
                doc.lw(t - 1),
                "border" | "frontline" | "front-line" | "nearby"
            ) {
                t -= 1;
            }
            t -= usize::from(doc.is_word(t - 1, "the"));
        }
        let w1 = doc.lw(t.saturating_sub(1));
        // ("in the village of Novaya Tavolzhanka, near the border town of Shebekino")
        let near_after_comma =
            w1 == "near" && t >= 2 && doc.word(t - 2) == "," && settlement_before == Some(t - 2);
        let w2 = doc.lw(t.saturating_sub(2));
        let compass = [
            "north",
            "south",
            "east",
            "west",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
        ];
        let distance = |w: &str| matches!(w, "km" | "kilometres" | "kilometers" | "miles");
        // ("in the south of Kyiv" is a part of Kyiv)
        let part_of_it = doc.is_word(t.saturating_sub(3), "the");
        if t >= 2
            && (w1 == "of"
                && compass.contains(&w2)
                && !part_of_it
                && (earlier_place
                    || distance(doc.lw(t.saturating_sub(3)))
                    || !doc.sent_matches(s).iter().any(|x| is(x, cues.clash)))
                || w1 == "from" && distance(w2)
                // "near the village of Cherkaska Lozova, just outside Kharkiv" (a community
                // before it frames the village: "In the Horodnia hromada, … outside Hremiach")
                || w1 == "outside" && earlier_town
                || w1 == "near" && (right_before || near_after_comma)
                // ("near Kalynivka, close to Chasiv Yar", "…, not far from Chasiv Yar")
                || w1 == "to" && w2 == "close" && t >= 3 && settlement_before == Some(t - 3)
                || w1 == "from"
                    && w2 == "far"
                    && t >= 4
                    && doc.is_word(t - 3, "not")
                    && settlement_before == Some(t - 4))
        {
            m.role = PlaceRole::Locative;
            // the place it locates is looked up in the landmark's oblast
            // ("the village of Obukhivka, just outside Dnipro")
            if let Some(r) = landmark_oblast(ex, &m.name)
                && let Some(p) = out[..n].iter_mut().rfind(|p| p.role == PlaceRole::Event)
                && p.hint.is_none()
            {
                p.hint = Some(r);
            }
        }
    }
    // "Pivnichne, a town near Toretsk": the second only locates the first
    for n in 1..out.len() {
        let t = out[n].t0;
        // ("Antonivka, a suburb of Kherson")
        if t >= 3
            && (doc.is_word(t - 1, "near")
                && matches!(
                    doc.lw(t - 2),
                    "town" | "village" | "city" | "settlement" | "suburb"
                )
                // (an apposition: not "hit a car on the outskirts of Balakliia")
                || doc.is_word(t - 1, "of")
                    && matches!(doc.lw(t - 2), "suburb" | "outskirts")
                    && doc.word(out[n - 1].t1) == ","
                    && out[n - 1].t1 + 4 >= t
                // ("the village of Glotovo, also in the Grayvoronsky District, …": the
                // district of the village told before)
                || out[n].kind == PlaceKind::Raion
                    && out[n - 1].kind == PlaceKind::Settlement
                    && doc.word(out[n - 1].t1) == ","
                    && (out[n - 1].t1 + 1..t).all(|x| matches!(doc.lw(x), "also" | "in" | "the"))
                    && (out[n - 1].t1 + 1..t).any(|x| doc.is_word(x, "in")))
            && out[n - 1].t1 < t
        {
            out[n].role = PlaceRole::Locative;
            // (the place it locates is looked up in the landmark's oblast)
            if out[n - 1].hint.is_none() {
                out[n - 1].hint = landmark_oblast(ex, &out[n].name);
            }
        }
    }
    // a raion or hromada that frames settlements ("In the Belgorodsky District the
    // village of Shchetinovka was hit") only locates them
    for n in 0..out.len() {
        if matches!(out[n].kind, PlaceKind::Raion | PlaceKind::Hromada)
            && out[n].role == PlaceRole::Event
        {
            let l = out[n].list;
            // (a district frames its communities too: "In Synelnykove district, a drone hit
            // Pokrovske hromada")
            let framer_raion = out[n].kind == PlaceKind::Raion;
            let framed = |k: &PlaceKind| {
                matches!(k, PlaceKind::Settlement)
                    || framer_raion && matches!(k, PlaceKind::Hromada)
            };
            // the settlement follows at once: "…District the village of X", "…community, the village of X"
            let t1 = out[n].t1;
            let mut k = t1;
            if doc.word(k) == "," {
                k += 1;
            }
            // (not the next part of a list: "two in the Kurakhove hromada, one in Toretsk")
            let next_is_settlement = out.iter().any(|m| {
                m.t0 >= k
                    && m.t0 <= k + 4
                    && m.role == PlaceRole::Event
                    && framed(&m.kind)
                    && !(k..m.t0).any(|x| doc.is_word(x, "in"))
            }) && (k..k + 4).all(|x| {
                !matches!(doc.word(x), "," | ";" | ":")
                    || x >= out.iter().find(|m| m.t0 >= k).map_or(k, |m| m.t0)
            });
            // "In the Kherson region's Beryslav district": the phrase starts at the oblast
            let owner = n.checked_sub(1).filter(|&p| {
                out[p].t1 == out[n].t0
                    && matches!(out[p].kind, PlaceKind::Region(_))
                    && is_possessive(doc.word(out[p].t1 - 1))
            });
            let t0 = owner.map_or(out[n].t0, |p| out[p].t0);
            let after_in = doc.is_word(t0.saturating_sub(1), "the")
                && doc.is_word(t0.saturating_sub(2), "in")
                || doc.is_word(t0.saturating_sub(1), "in");
            // "In the Valuysky District, …" opening the sentence frames all that follows
            // (past an opening adverb: "Also in the Sumy hromada, …")
            let in_at = if doc.is_word(t0.saturating_sub(1), "the") {
                t0.saturating_sub(2)
            } else {
                t0.saturating_sub(1)
            };
            let opening = after_in
                && (s.t0..in_at).all(|x| {
                    matches!(
                        doc.lw(x),
                        "also" | "meanwhile" | "additionally" | "separately" | "and" | ","
                    )
                });
            // ("In Nikopol district, the Russians attacked 14 times, hitting Nikopol and
            // Marhanets": the district's own count, told before the places it spans)
            let first_framed = out
                .iter()
                .filter(|m| {
                    m.list != l && m.t0 > out[n].t1 && m.role == PlaceRole::Event && framed(&m.kind)
                })
                .map(|m| (m.t0, m.list))
                .next();
            let counts_first = first_framed.is_some_and(|(t, list)| {
                out.iter().filter(|m| m.list == list).count() >= 2
                    && (out[n].t1..t).any(|x| {
                        (doc.is_digits(x) || is_number_word(doc.lw(x)))
                            && matches!(doc.lw(x + 1), "times" | "attacks" | "strikes")
                    })
            });
            let frames = first_framed.is_some()
                && (next_is_settlement || opening)
                && after_in
                && !counts_first;
            // "Izium district: in Balakliia, a drone hit …": a heading whose line tells of a
            // settlement in it
            let heading = out[n].t0 <= s.t0 + 1
                && doc.word(out[n].t1) == ":"
                && doc.is_word(out[n].t1 + 1, "in")
                && out.iter().any(|m| {
                    m.t0 == out[n].t1 + 2
                        && m.role == PlaceRole::Event
                        && m.kind == PlaceKind::Settlement
                });
            if frames || heading {
                out[n].role = PlaceRole::Locative;
                let name = out[n].name.clone();
                let t1 = out[n].t1;
                for m in out
                    .iter_mut()
                    .filter(|m| m.t0 > t1 && m.hint_area.is_none())
                {
                    m.hint_area = Some(name.clone());
                }
            }
        }
    }
    // ("the village of Gornal in the Sudzha district": a Russian district, which the
    // gazetteer knows only as its town, gives the village its oblast)
    for n in 0..out.len() {
        if out[n].kind != PlaceKind::Settlement || out[n].hint.is_some() {
            continue;
        }
        let Some(area) = out[n].hint_area.as_deref() else {
            continue;
        };
        if !out
            .iter()
            .any(|m| m.kind == PlaceKind::Raion && m.name == area)
        {
            continue;
        }
        let town = ex.gazetteer.resolve(area, &Hint::default());
        if town.is_some_and(|t| t.country == "RU" && t.level == Level::Settlement) {
            out[n].hint = landmark_oblast(ex, area);
        }
    }
    for m in &out {
        if !matches!(m.kind, PlaceKind::Ref(_) | PlaceKind::AreaRef) {
            for t in m.t0..m.t1 {
                taken[t] = true;
            }
        }
    }
    out
}

/// The oblast of a landmark named to locate another place ("just outside Dnipro", "a
/// suburb of Kherson"): the place it locates is looked up there.
fn landmark_oblast(ex: &Extractor, name: &str) -> Option<&'static Region> {
    ex.gazetteer
        .resolve(name, &Hint::default())
        .and_then(|r| r.admin1.as_deref())
        .and_then(|a| ex.gazetteer.region_by_admin1(a))
}

/// Whether "in the west" (or another compass point) starts at token `t`.
pub(crate) fn compass_point_at(doc: &Doc, t: usize) -> bool {
    doc.is_word(t, "in")
        && doc.is_word(t + 1, "the")
        && matches!(
            doc.lw(t + 2),
            "west"
                | "east"
                | "north"
                | "south"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "north-east"
                | "north-west"
                | "south-east"
                | "south-west"
        )
}

/// Whether a compass point or "in the centre" starts at token `t`: a part of a range
/// across the country ("from Volyn in the west to Odesa in the south").
fn compass_in_the(doc: &Doc, t: usize) -> bool {
    compass_point_at(doc, t)
        || doc.is_word(t, "in")
            && doc.is_word(t + 1, "the")
            && matches!(doc.lw(t + 2), "centre" | "center")
}

/// Whether a "from" at token `from` opens a compass range before token `until`: "from
/// Volyn in the west to …".
fn compass_after_place(doc: &Doc, from: usize, until: usize) -> bool {
    (from + 2..until.saturating_sub(2)).any(|t| compass_in_the(doc, t) && doc.is_word(t + 3, "to"))
}

fn is_origin(ex: &Extractor, doc: &Doc, i: usize, t0: usize) -> bool {
    in_origin_list(ex, doc, i, t0)
        || next_to_origin_cue(ex, doc, i, t0)
        || launch_area_aside(ex, doc, i, t0)
}

/// "launched 194 drones and 8 Iskander-M missiles (Kursk and Voronezh oblasts)": the
/// names in brackets right after the munitions are where they were launched from.
fn launch_area_aside(ex: &Extractor, doc: &Doc, i: usize, t0: usize) -> bool {
    let mut b = i;
    while b > t0
        && i - b < 16
        && doc.word(b - 1) != "("
        && (is_cap(doc, b - 1)
            || matches!(
                doc.lw(b - 1),
                "," | "and" | "-" | "the" | "oblast" | "oblasts" | "region" | "regions"
                    // ("(Millerovo, Kursk - RF; Hvardiiske - temporarily occupied Crimea)")
                    | ";" | "temporarily" | "occupied"
            ))
    {
        b -= 1;
    }
    // ("decoy drones of various types (Millerovo, …)": past the kinds)
    let noun_end = if b >= t0 + 5
        && doc.is_word(b - 2, "types")
        && doc.is_word(b - 3, "various")
        && doc.is_word(b - 4, "of")
    {
        b - 4
    } else {
        b.saturating_sub(1)
    };
    b >= t0 + 2
        && doc.word(b - 1) == "("
        && doc.toks[b - 2].span.end <= doc.toks[b - 1].span.start
        // (a munition noun ends right before the bracket)
        && doc.matches.iter().any(|m| {
            m.end == doc.toks[noun_end - 1].span.end
                && (is(m, ex.cues.unit_munition)
                    || m.class == Class::Weapon
                        && matches!(ex.lexicons.label(m), "drone" | "missile"))
        })
}

/// "launched from Kursk, Oryol and Primorsko-Akhtarsk": a name in a list of names
/// (commas, "and", hyphens) that an origin cue opens; ", and" closes such a list
/// ("fired from the direction of X, and Y came under fire").
fn in_origin_list(ex: &Extractor, doc: &Doc, i: usize, t0: usize) -> bool {
    let mut k = i;
    // (past place words: "from the Primorsko-Akhtarsk area of Russia and Cape Chauda";
    // "launched from the directions of Kursk and Millerovo", where the cue is "launched
    // from")
    while k > t0
        && i - k < 16
        && (is_cap(doc, k - 1)
            || matches!(
                doc.word(k - 1),
                "," | "and"
                    | "-"
                    | "the"
                    | "area"
                    | "areas"
                    | "of"
                    | "region"
                    | "district"
                    | "direction"
                    | "directions"
            ))
    {
        if doc.word(k - 1) == "," && doc.is_word(k, "and") {
            return false;
        }
        k -= 1;
    }
    let joined = (k..i).any(|x| matches!(doc.word(x), "," | "and"));
    // (the cue ends where the walk back stopped, or at a place word passed on the way:
    // "from the directions of Bryansk, Oryol and Millerovo")
    joined
        && (k.saturating_sub(5).max(t0)..i).any(|c| {
            doc.match_at(c, |m| is(m, ex.cues.origin))
                .is_some_and(|e| e >= k && e < i && (k..e).all(|x| !is_cap(doc, x)))
        })
}

/// An origin cue ending within three tokens before the mention, or an origin that
/// the mention locates ("launched from Cape Chauda in occupied Crimea", "from Iskander-M
/// and S-300 systems in Belgorod Oblast"), or the airspace aircraft fired from ("by
/// Su-34 jets over Belgorod Oblast", "from the airspace over the Kursk region").
fn next_to_origin_cue(ex: &Extractor, doc: &Doc, i: usize, t0: usize) -> bool {
    // the words before the mention back to its "in" / "over" ("in occupied", "over the")
    let mut b = i;
    while b > t0
        && matches!(
            doc.lw(b - 1),
            "the" | "occupied" | "russian-occupied" | "russia's" | "of" | "parts" | "part"
        )
    {
        b -= 1;
    }
    let locator = if b > t0 { doc.lw(b - 1) } else { "" };
    // ("launched from the airspace of Russia's Kursk region": the airspace fired from)
    if locator == "airspace" && b >= t0 + 3 && doc.is_word(b - 3, "from") {
        return true;
    }
    if locator == "over"
        && b >= t0 + 2
        && matches!(
            doc.lw(b - 2),
            "airspace" | "jets" | "bombers" | "aircraft" | "planes" | "fighters"
        )
    {
        return true;
    }
    if matches!(locator, "in" | "over") {
        // an origin cue, then only names, weapon words and launchers up to the "in"
        let plain = |x: usize| {
            is_cap(doc, x)
                || matches!(doc.word(x), "-" | "," | "and")
                || matches!(
                    doc.lw(x),
                    "systems"
                        | "launchers"
                        | "complexes"
                        | "jets"
                        | "bombers"
                        | "aircraft"
                        | "ships"
                        | "the"
                )
                || doc.toks[x].kind == TokenKind::Digits
        };
        let mut k = b - 1;
        while k > t0 && b - 1 - k < 8 && plain(k - 1) {
            k -= 1;
        }
        if k < b - 1
            && (k.saturating_sub(4).max(t0)..k)
                .any(|c| doc.match_at(c, |m| is(m, ex.cues.origin)) == Some(k))
        {
            return true;
        }
    }
    let from = i.saturating_sub(5).max(t0);
    (from..i).any(|k| {
        let Some(e) = doc.match_at(k, |m| is(m, ex.cues.origin)).filter(|&e| e <= i && i - e <= 3) else { return false };
        // "from their positions near X": X is where the fighting is
        !(k + 1..i).any(|x| matches!(doc.word(x), "," | ";") || doc.is_word(x, "to") || doc.is_word(x, "at"))
            // ("launched from near X": the lexicon's longer cue took the "from")
            && !(e..i).any(|x| ["near", "towards", "in", "on"].iter().any(|w| doc.is_word(x, w)) && !(doc.is_word(x, "near") && doc.is_word(x - 1, "from")))
    })
}

/// Whether sentence `s` tells an earlier, different attack as background: "Earlier this
/// month, a drone strike killed 12", "The strike came two days after a missile attack
/// killed 11", "the deadliest attack since a strike in May killed 19". Only that
/// sentence is set aside, not the rest of its paragraph; the lead (sentence 0) tells the
/// news ("Last week, Russian forces shelled the region 500 times").
fn background(ex: &Extractor, doc: &Doc, k: usize) -> bool {
    let cues = &ex.cues;
    let s = &doc.sents[k];
    // ("On this day last year, a missile hit Sumy": an anniversary, even in the lead)
    let anniversary = (s.t0..s.t1).any(|t| {
        doc.is_word(t, "this")
            && doc.is_word(t + 1, "day")
            && doc.is_word(t + 2, "last")
            && doc.is_word(t + 3, "year")
    });
    if anniversary {
        return true;
    }
    let ms = doc.sent_matches(s);
    let tok = |m: &Match| doc.token_from(m.start);
    // an earlier attack named by its time, in the possessive: "honoured the victims of
    // last week's missile strike on Kharkiv" (even in the lead, unless it opens it:
    // "Last week's shelling killed five, the governor said")
    let possessive = |m: &Match| {
        let rest = &doc.text.as_bytes()[m.end.min(doc.text.len())..];
        rest.starts_with(b"'s ") || rest.starts_with("\u{2019}s ".as_bytes())
    };
    // (not the toll of that strike told now: "The death toll from last week's strike on a
    // hypermarket in Kharkiv rose to 19")
    let toll = || (s.t0..s.t1).any(|t| doc.is_word(t, "toll") || rise_verb(doc.lw(t)));
    if ms
        .iter()
        .any(|m| is(m, cues.background) && possessive(m) && (k > 0 || tok(m) > s.t0))
        && !toll()
    {
        return true;
    }
    if k == 0 {
        return false;
    }
    let after_within =
        |from: usize, n: usize| (from..(from + n).min(s.t1)).any(|t| doc.is_word(t, "after"));
    let harm_after = |t: usize| {
        ms.iter()
            .any(|m| (is(m, cues.killed) || is(m, cues.injured)) && tok(m) > t)
    };
    // "Earlier on Wednesday, the administration reported that …": an earlier report
    // retold (not "Earlier on Wednesday, a drone hit a car", news of the day)
    // (so does an earlier figure in the past perfect: "Earlier on Wednesday officials had
    // put the number of dead at seven.")
    // (a report told after the strike is only its attribution: "Earlier Thursday, a drone
    // attack on Vilniansk wounded a woman, officials said" is news of the day)
    let first_strike = ms
        .iter()
        .filter(|m| is(m, cues.attack) || is(m, cues.killed) || is(m, cues.injured))
        .map(|m| m.start)
        .min()
        .unwrap_or(usize::MAX);
    // "The strike came days after a larger attack on the capital. On Thursday, Russia
    // launched 31 missiles at Kyiv, …": the earlier attack, told on its own day
    // (an attack after the "after": not "came after Zelensky returned from Washington")
    let came_after = |x: &Sent| {
        let ms = doc.sent_matches(x);
        ms.iter().any(|m| {
            is(m, cues.background_link)
                && (doc.token_from(m.end)..(doc.token_from(m.end) + 5).min(x.t1))
                    .find(|&t| doc.is_word(t, "after"))
                    .is_some_and(|a| {
                        ms.iter().any(|c| {
                            (is(c, cues.attack)
                                || is(c, cues.killed)
                                || is(c, cues.injured)
                                || c.class == Class::Weapon)
                                && doc.token_from(c.start) > a
                        }) || (a + 1..x.t1).any(|t| {
                            matches!(
                                doc.lw(t),
                                "attack"
                                    | "attacks"
                                    | "strike"
                                    | "strikes"
                                    | "barrage"
                                    | "bombardment"
                                    | "shelling"
                                    | "assault"
                            )
                        })
                    })
        })
    };
    if doc.is_word(s.t0, "on")
        && (is_weekday(doc.lw(s.t0 + 1)) || month_of(doc.word(s.t0 + 1)).is_some())
        && doc.sents[k - 1].para == s.para
        && came_after(&doc.sents[k - 1])
    {
        return true;
    }
    // ("Last Saturday, a guided bomb hit a hospital in Sumy", "In late August, a strike on
    // Kyiv killed 23": an earlier attack told by a day of an earlier week or a part of a
    // month, after the lead)
    let part_of_month = doc.is_word(s.t0, "in")
        && (matches!(doc.lw(s.t0 + 1), "late" | "early" | "mid")
            && month_of(doc.word(s.t0 + 2)).is_some()
            || doc
                .lw(s.t0 + 1)
                .strip_prefix("mid-")
                .is_some_and(|m| month_of(m).is_some()));
    let last_weekday = doc.is_word(s.t0, "last") && is_weekday(doc.lw(s.t0 + 1));
    // (not within a report of a longer period: "Over the past week, … Last Saturday, a
    // guided bomb hit a school")
    let long_period = || {
        (2..doc.toks.len()).any(|t| {
            matches!(doc.lw(t), "week" | "month" | "days")
                && (doc.is_word(t - 1, "past") || doc.is_word(t - 2, "past"))
        })
    };
    if (part_of_month || last_weekday) && !long_period() {
        return true;
    }
    if doc.is_word(s.t0, "earlier")
        && (ms
            .iter()
            .any(|m| is(m, cues.report) && m.start < first_strike)
            || (s.t0..s.t1).any(|t| doc.is_word(t, "had")))
    {
        return true;
    }
    ms.iter().any(|m| {
        if is(m, cues.background) {
            // an opening: "Earlier this month, …", "Last week, …" (or a clause's: "…
            // legitimate targets; last week a drone hit …")
            // ("A similar strike on October 29 …": a likeness is background only with a
            // day of its own, not "In a similar attack, a drone struck …")
            (tok(m) <= s.t0 + 1 || matches!(doc.word(tok(m).saturating_sub(1)), ";" | "—"))
                && (!doc.lower_at(m.start, m.end).contains("similar")
                    || (s.t0..s.t1)
                        .any(|t| month_of(doc.word(t)).is_some() || is_weekday(doc.lw(t))))
        } else if is(m, cues.background_link) {
            // "came two days after", "comes a week after"
            after_within(doc.token_from(m.end), 5)
        } else if is(m, cues.superlative) {
            // "since a strike … killed 19": an earlier attack with its own toll; "since
            // July 8, when a Russian missile hit the children's hospital": one told by its date
            let attack_after = |t: usize| ms.iter().any(|m| is(m, cues.attack) && tok(m) > t);
            (doc.token_from(m.end)..s.t1).any(|t| {
                doc.is_word(t, "since")
                    && (matches!(doc.lw(t + 1), "a" | "an" | "last") && harm_after(t)
                        || (t + 1..(t + 6).min(s.t1)).any(|w| doc.is_word(w, "when"))
                            && (harm_after(t) || attack_after(t)))
            })
        } else {
            false
        }
    })
}

/// A reference to a place named elsewhere, at token `i`.
fn reference_at(doc: &Doc, i: usize, end: usize) -> Option<(PlaceKind, usize)> {
    let w = |k: usize| if k < end { doc.lw(k) } else { "" };
    let w0 = w(i);
    if w0 == "there"
        && i > 0
        && !matches!(
            doc.lw(i + 1),
            "is" | "are" | "was" | "were" | "has" | "have" | "had"
        )
    {
        return Some((PlaceKind::Ref(RefKind::Last), i + 1));
    }
    if w0 != "the" {
        return None;
    }
    let (w1, w2) = (w(i + 1), w(i + 2));
    let next_of = |k: usize| matches!(w(k), "of");
    match (w1, w2) {
        ("region" | "oblast" | "region's" | "oblast's", _) => Some((PlaceKind::AreaRef, i + 2)),
        ("regional", "centre" | "center" | "capital") => {
            Some((PlaceKind::Ref(RefKind::RegionalCentre), i + 3))
        }
        ("district", "centre" | "center") => Some((PlaceKind::Ref(RefKind::DistrictCentre), i + 3)),
        ("capital" | "capital's", _) if !next_of(i + 2) => {
            Some((PlaceKind::Ref(RefKind::Capital), i + 2))
        }
        ("ukrainian", "capital" | "capital's") if !next_of(i + 3) => {
            Some((PlaceKind::Ref(RefKind::Capital), i + 3))
        }
        (
            "city" | "town" | "village" | "city's" | "town's" | "village's" | "settlement"
            | "community",
            _,
        ) if !next_of(i + 2) => Some((PlaceKind::Ref(RefKind::Last), i + 2)),
        ("same", "oblast" | "region") => Some((PlaceKind::AreaRef, i + 3)),
        _ => None,
    }
}

fn find_numbers(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<Num> {
    let toks = &doc.toks[s.t0..s.t1];
    let mut out = Vec::new();
    // where the last age ended: "aged 55 and 61" lists two ages
    let mut age_end: Option<usize> = None;
    // "a police officer of 29", "a pensioner of 83": one person and an age (the person
    // word right before "of")
    let person_of = |of: usize| {
        of > s.t0
            && doc
                .sent_matches(s)
                .iter()
                .any(|m| is(m, ex.cues.person) && doc.token_from(m.end) == of)
            && (s.t0..of)
                .rev()
                .take(4)
                .any(|t| matches!(doc.lw(t), "a" | "an"))
    };
    for n in numbers(doc.text, toks) {
        let (t0, t1) = (s.t0 + n.first_token, s.t0 + n.end_token);
        // ages: "aged 51", "a 67-year-old", "a man of 52", "aged 34, 45 and 61"
        // (but not a figure of people: "a woman, 61, and two boys")
        let people_follow = doc.sent_matches(s).iter().any(|m| {
            (is(m, ex.cues.person) || is(m, ex.cues.child)) && doc.token_from(m.start) == t1
        });
        let listed_age = age_end
            .is_some_and(|e| e < t0 && (e..t0).all(|t| matches!(doc.lw(t), "," | "and" | "or")))
            && !people_follow;
        // ("killing the driver, 54.": an age in apposition to the person before it)
        let apposed_age = t0 >= s.t0 + 2
            && doc.word(t0 - 1) == ","
            && t1 == t0 + 1
            && matches!(doc.word(t1), "," | "." | ";" | "" | "-" | "–" | "—" | ")")
            && doc
                .sent_matches(s)
                .iter()
                .any(|m| is(m, ex.cues.person) && doc.token_from(m.end) == t0 - 1)
            && (1..=110).contains(&n.value);
        if doc.is_word(t0.saturating_sub(1), "aged")
            || listed_age
            || apposed_age
            || doc.word(t1).starts_with("-year")
            || doc.is_word(t1, "years") && doc.is_word(t1 + 1, "old")
            || doc.word(t1) == "-" && doc.word(t1 + 1).starts_with("year")
            // ("a woman born in 1961", "a man born 1958": a birth year)
            || doc.is_word(t0.saturating_sub(1), "born")
            || doc.is_word(t0.saturating_sub(1), "in") && doc.is_word(t0.saturating_sub(2), "born")
            || doc.is_word(t0.saturating_sub(1), "of")
                && (doc.is_word(t0.saturating_sub(2), "man")
                    || doc.is_word(t0.saturating_sub(2), "woman")
                    || person_of(t0 - 1))
        {
            age_end = Some(t1);
            continue;
        }
        // "one of them", "two of the injured": parts, read by the casualty grammar
        let (mut unit, mut unit_end) = unit_after(ex, doc, t1, s.t1);
        // ("489 projectiles … 42 of them hit the city of Kherson": munitions, a part of those)
        // ("16 of them were fired at the city of Kherson", "16 of them were at Kherson": a
        // place's share, after the munitions told)
        let share_at = |t: usize| {
            let t = if matches!(doc.lw(t), "fired" | "aimed" | "directed" | "launched") {
                t + 1
            } else {
                t
            };
            let mut p = t + 1;
            while matches!(
                doc.lw(p),
                "the" | "city" | "town" | "village" | "settlement" | "of"
            ) {
                p += 1;
            }
            matches!(doc.lw(t), "at" | "on")
                && p < s.t1
                && is_cap(doc, p)
                && (t0.saturating_sub(60)..t0).any(|x| {
                    matches!(
                        doc.lw(x),
                        "shells"
                            | "projectiles"
                            | "munitions"
                            | "rounds"
                            | "missiles"
                            | "drones"
                            | "bombs"
                    )
                })
        };
        if matches!(unit, Unit::Bare | Unit::Other)
            && doc.is_word(t1, "of")
            && doc.is_word(t1 + 1, "them")
            && (matches!(doc.lw(t1 + 2), "hit" | "struck" | "landed" | "fell")
                || matches!(doc.lw(t1 + 2), "were" | "was") && share_at(t1 + 3))
        {
            unit = Unit::Munitions;
            unit_end = t1 + 2;
        }
        // ("One of the missiles hit a building": one of those told, no figure fired)
        if unit == Unit::Munitions
            && doc.is_word(t0, "one")
            && t1 == t0 + 1
            && doc.is_word(t1, "of")
            && !doc.sent_matches(s).iter().any(|m| is(m, ex.cues.intercept))
        {
            unit = Unit::Other;
            unit_end = t1;
        }
        // "Kh-101 cruise missiles: 35 launched, 33 destroyed": a tally line under its
        // munition, the figure launched
        if matches!(unit, Unit::Bare | Unit::Other)
            && matches!(doc.lw(t1), "launched" | "fired" | "used")
            && (s.t0 + 1..t0).any(|c| {
                // (the munition anywhere in the heading: "Kh-101 cruise missiles (from
                // Tu-95MS aircraft): 35 launched", "Shahed drones of various types: 194
                // launched")
                doc.word(c) == ":"
                    && doc
                        .sent_matches(s)
                        .iter()
                        .any(|m| is(m, ex.cues.unit_munition) && doc.token_from(m.end) <= c)
            })
        {
            unit = Unit::Munitions;
            unit_end = t1;
        }
        let times = unit == Unit::Count && doc.is_word(unit_end.saturating_sub(1), "times");
        // "three times higher", "twice as many": a multiplier, not a count of attacks
        if times && is_comparative(doc.lw(unit_end)) {
            unit = Unit::Other;
        }
        let hits = times
            && unit == Unit::Count
            && (doc.is_word(t0.saturating_sub(1), "hit")
                && (doc.is_word(t0.saturating_sub(2), "was")
                    || doc.is_word(t0.saturating_sub(2), "were")))
            || unit == Unit::Munitions && doc.is_word(t0.saturating_sub(1), "took");
        let each = doc.is_word(unit_end, "each") || doc.is_word(t1, "each");
        out.push(Num {
            span: Span::new(s.span.start.max(n.span.start), n.span.end),
            value: n.usable(),
            approx: n.approx == Approx::Approximate,
            t0,
            t1,
            unit,
            unit_end,
            each,
            hits,
        });
    }
    // "twice", "once", "three times" handled: "twice"/"once" are counts
    for t in s.t0..s.t1 {
        let v = match doc.lw(t) {
            "twice" if !is_comparative(doc.lw(t + 1)) => 2,
            // (not the conjunction: "once the ground dries", "once repairs are finished":
            // the count ends its phrase, "shelled once", "hit once on Monday")
            "once"
                if !doc.is_word(t.saturating_sub(1), "at")
                    && (matches!(doc.word(t + 1), "." | "," | ";" | ")" | "")
                        || matches!(
                            doc.lw(t + 1),
                            "on" | "in"
                                | "at"
                                | "near"
                                | "overnight"
                                | "during"
                                | "with"
                                | "and"
                                | "by"
                                | "yesterday"
                                | "today"
                                | "last"
                                | "this"
                                | "over"
                        ) && !doc.is_word(t + 2, "again")
                        // ("twice with artillery and once attacked it with a drone", "the
                        // enemy once attacked near Robotyne"; not "a city Russian troops once
                        // occupied and once shelled daily", "once" as "formerly")
                        || t > s.t0
                            && ((s.t0..s.t1).any(|x| {
                                x != t && matches!(doc.lw(x), "twice" | "times")
                            }) || matches!(
                                doc.lw(t - 1),
                                "enemy" | "russians" | "occupiers" | "invaders"
                            ))
                            && matches!(
                                doc.lw(t + 1),
                                "attacked" | "shelled" | "struck" | "hit" | "fired" | "bombed" | "targeted"
                            )) =>
            {
                1
            }
            _ => continue,
        };
        out.push(Num {
            span: doc.toks[t].span,
            value: Some(v),
            approx: false,
            t0: t,
            t1: t + 1,
            unit: Unit::Count,
            unit_end: t + 1,
            each: false,
            hits: false,
        });
    }
    out.sort_by_key(|n| n.t0);
    // "30 mortar and 21 artillery explosions": the first figure's weapon shares the noun
    // of the second
    for i in 1..out.len() {
        let (a, b) = (out[i - 1], out[i]);
        if a.unit == Unit::Other
            && b.unit == Unit::Munitions
            && a.t1 + 2 <= b.t0
            && doc.is_word(b.t0 - 1, "and")
        {
            let mut t = a.t1;
            while t < b.t0 - 1
                && let Some(e) = doc
                    .match_at(t, |m| m.class == Class::Weapon)
                    .filter(|&e| e > t)
            {
                t = e;
            }
            if t > a.t1 && t == b.t0 - 1 {
                out[i - 1].unit = Unit::Munitions;
                out[i - 1].unit_end = b.t0 - 1;
            }
        }
    }
    out
}

/// Whether `text[start..end]` is "May" the month: capitalised, with a day or year beside it.
fn is_month_may(text: &str, start: usize, end: usize) -> bool {
    let digit_after = text
        .get(end..)
        .and_then(|t| t.trim_start().bytes().next())
        .is_some_and(|b| b.is_ascii_digit());
    let digit_before = text
        .get(..start)
        .and_then(|t| t.trim_end().bytes().last())
        .is_some_and(|b| b.is_ascii_digit());
    text.get(start..end) == Some("May") && (digit_after || digit_before)
}

/// Whether `w` (lower case) is a word of grammar that never describes a noun.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "of"
            | "in"
            | "at"
            | "on"
            | "by"
            | "from"
            | "to"
            | "with"
            | "than"
            | "that"
            | "which"
            | "were"
            | "was"
            | "are"
            | "is"
            | "been"
            | "had"
            | "have"
            | "has"
            | "over"
            | "into"
            | "against"
            | "for"
            | "as"
            | "its"
            | "their"
    )
}

/// Whether a word after "N times" / "twice" makes a comparison ("three times higher",
/// "twice as many").
fn is_comparative(w: &str) -> bool {
    matches!(
        w,
        "as" | "more"
            | "less"
            | "fewer"
            | "higher"
            | "lower"
            | "larger"
            | "smaller"
            | "greater"
            | "bigger"
            | "faster"
            | "slower"
            | "cheaper"
            | "longer"
            | "shorter"
            | "stronger"
            | "weaker"
            | "worse"
            | "better"
    )
}

/// The unit after a number: skips modifiers ("artillery", "Shahed-136/131",
/// "kamikaze", "Russian") and reads the head noun.
fn unit_after(ex: &Extractor, doc: &Doc, t: usize, end: usize) -> (Unit, usize) {
    let cues = &ex.cues;
    let mut k = t;
    let mut steps = 0;
    while k < end && steps < 10 {
        let w = doc.lw(k);
        // ("155 mm shells", "155-mm shells": a calibre)
        if k == t && (w == "mm" || w == "-" && doc.is_word(k + 1, "mm")) {
            return (Unit::Other, t);
        }
        if let Some(e) = doc.match_at(k, |m| is(m, cues.unit_count)) {
            // "times" / "attacks", but "attack drones" is a munition
            if let Some(e2) = doc.match_at(e, |m| is(m, cues.unit_munition)) {
                return (Unit::Munitions, e2);
            }
            // ("146 attack and decoy drones": one adjective more before the munition)
            if doc.is_word(e, "and")
                && doc
                    .toks
                    .get(e + 1)
                    .is_some_and(|x| x.kind == TokenKind::Word)
                && let Some(e2) = doc.match_at(e + 2, |m| is(m, cues.unit_munition))
            {
                return (Unit::Munitions, e2);
            }
            return (Unit::Count, e);
        }
        if let Some(e) = doc.match_at(k, |m| {
            is(m, cues.unit_munition) || is(m, cues.unit_explosion)
        }) {
            // ("3 guided aerial bomb strikes": strikes counted, the bomb their kind)
            if matches!(doc.lw(e), "strikes" | "attacks" | "raids") {
                return (Unit::Count, e + 1);
            }
            return (Unit::Munitions, e);
        }
        // "made 20 attempts to push our units out", "12 assault actions": a fight counted
        // (past its describing words: "three unsuccessful attempts to dislodge")
        if let Some(e) = doc.match_at(k, |m| is(m, cues.clash)) {
            return (Unit::Count, e);
        }
        if let Some(e) = doc.match_at(k, |m| is(m, cues.person) || is(m, cues.child)) {
            // "two civilian cars": the person word is an adjective
            if doc
                .match_at(e, |m| m.class == Class::Target || m.class == Class::Weapon)
                .is_some()
            {
                return (Unit::Other, e);
            }
            return (Unit::Person, e);
        }
        if matches!(w, "more" | "others" | "other") {
            if matches!(w, "others") {
                return (Unit::Person, k + 1);
            }
            k += 1;
            steps += 1;
            continue;
        }
        // ("four Syrian citizens", "two Kharkiv residents": a nationality or a place before
        // the person noun, or before one plain word and it)
        if steps == 0
            && doc.toks[k].kind == TokenKind::Word
            && is_cap(doc, k)
            && (k + 1..(k + 3).min(end)).any(|x| {
                doc.match_at(x, |m| is(m, cues.person) || is(m, cues.child))
                    .is_some()
            })
        {
            k += 1;
            steps += 1;
            continue;
        }
        // "two farm workers": one plain word before a person noun (after a nationality:
        // "two Ukrainian port workers")
        if doc.toks[k].kind == TokenKind::Word
            && !is_cap(doc, k)
            && (steps == 0 || steps == 1 && is_cap(doc, k - 1))
            && doc
                .match_at(k + 1, |m| is(m, cues.person) || is(m, cues.child))
                .is_some()
            && !matches!(w, "and" | "or" | "of" | "in" | "at" | "on" | "were" | "was")
        {
            k += 1;
            steps += 1;
            continue;
        }
        // ("21 Geran-2 (Shahed-type) drones": a bracketed describing phrase)
        if w == "("
            && k > t
            && let Some(close) = (k + 1..(k + 6).min(end)).find(|&x| doc.word(x) == ")")
        {
            k = close + 1;
            steps += 1;
            continue;
        }
        let modifier = doc.match_at(k, |m| m.class == Class::Weapon || m.class == Class::Actor).is_some()
            // ("three of its employees")
            || matches!(w, "its" | "their" | "his" | "her") && k > t && doc.is_word(k - 1, "of")
            || matches!(w, "russian" | "enemy" | "combat" | "kamikaze" | "attack" | "cruise" | "ballistic" | "fragmentation" | "mm" | "-" | "/" | "guided" | "aerial" | "heavy" | "ukrainian" | "civilian" | "local" | "of" | "the" | "fixed-wing" | "unidentified" | "such" | "mortar" | "rocket" | "tank" | "artillery" | "drone" | "shahed" | "multiple" | "launch" | "systems")
            // ("three unsuccessful attacks", "five failed assaults")
            || matches!(w, "unsuccessful" | "failed" | "fruitless" | "futile" | "separate" | "offensive" | "infantry" | "assault" | "mechanised" | "mechanized")
            || doc.toks[k].kind == TokenKind::Digits && (doc.word(k.saturating_sub(1)) == "-" || doc.word(k.saturating_sub(1)) == "/")
            // the second name of a slash pair: "Iskander-M/KN-23", "Kh-101/Kh-555"
            || k > t && doc.word(k - 1) == "/" && doc.toks[k - 1].span.end == doc.toks[k].span.start
            || doc.toks[k].kind == TokenKind::Digits && doc.is_word(k + 1, "mm")
            // ("55 air- and sea-based cruise missiles": a compound's first half, its hyphen
            // and the word joining it to the second)
            || doc.toks[k].kind == TokenKind::Word && doc.word(k + 1) == "-" && matches!(doc.lw(k + 2), "and" | "or")
            || k > t && matches!(w, "and" | "or") && doc.word(k - 1) == "-"
            // ("87 artillery and mortar rounds": two weapons of one munition noun)
            || k > t && matches!(w, "and" | "or" | ",")
                && doc.match_at(k - 1, |m| m.class == Class::Weapon).is_some_and(|e| e == k)
                && doc.match_at(k + 1, |m| m.class == Class::Weapon).is_some_and(|e| doc.match_at(e, |m| is(m, cues.unit_munition)).is_some());
        // "aeroballistic missiles", "long-range attack drones", "sea-based cruise missiles": a
        // describing word before a munition noun a few words on
        let describes_munition = || {
            doc.toks[k].kind == TokenKind::Word
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !is_function_word(w)
                && !is_number_word(w)
                && doc
                    .match_at(k, |m| {
                        is(m, cues.killed)
                            || is(m, cues.injured)
                            || is(m, cues.attack)
                            || is(m, cues.intercept)
                    })
                    .is_none()
                && (k + 1..(k + 4).min(end))
                    .take_while(|&x| doc.toks[x].kind == TokenKind::Word || doc.word(x) == "-")
                    .any(|x| doc.match_at(x, |m| is(m, cues.unit_munition)).is_some())
        };
        // ("12 ballistic and cruise missiles": two describing words of one munition noun)
        let joins_describing = || {
            k > t
                && matches!(w, "and" | "or")
                && doc.toks[k - 1].kind == TokenKind::Word
                && (k + 1..(k + 3).min(end))
                    .any(|x| doc.match_at(x, |m| is(m, cues.unit_munition)).is_some())
        };
        if !modifier && !describes_munition() && !joins_describing() {
            break;
        }
        k += 1;
        steps += 1;
    }
    // "four Kalibrs", "60 Shaheds": a missile or drone named in the plural is the unit
    if k > t
        && doc.lw(k - 1).ends_with('s')
        && doc
            .match_at(k - 1, |m| {
                m.class == Class::Weapon && matches!(ex.lexicons.label(m), "missile" | "drone")
            })
            .is_some()
    {
        return (Unit::Munitions, k);
    }
    let w = doc.word(t);
    if matches!(w, "," | "." | ";" | ":" | "and" | "in" | "at" | "on" | "") || t >= end {
        return (Unit::Bare, t);
    }
    (Unit::Other, t)
}

/// Resolves a mention against the gazetteer with the text's evidence: the region
/// stated with it or in force, and other oblasts the text names (`also`).
pub fn resolve<'g>(
    gaz: &'g Gazetteer,
    m: &PlaceMention,
    region: Option<&'static Region>,
    country: Option<&str>,
    also: &[&'static str],
) -> Option<&'g PlaceRecord> {
    resolve_near(gaz, m, region, country, also, &[])
}

/// [`resolve`] with the coordinates of places of the same report already located.
pub fn resolve_near<'g>(
    gaz: &'g Gazetteer,
    m: &PlaceMention,
    region: Option<&'static Region>,
    country: Option<&str>,
    also: &[&'static str],
    near: &[(f64, f64)],
) -> Option<&'g PlaceRecord> {
    let level = match m.kind {
        PlaceKind::Raion => Some(Level::Raion),
        PlaceKind::Hromada => Some(Level::Hromada),
        _ => None,
    };
    let hint = Hint {
        admin1: m.hint.or(region).map(|r| r.admin1),
        area: m.hint_area.as_deref(),
        country,
        level,
        also,
        near,
    };
    gaz.resolve(&m.name, &hint)
}
