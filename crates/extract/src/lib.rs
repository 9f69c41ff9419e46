//! Extraction: report text in, conflict events out, every field with its evidence.
//!
//! [`Extractor`] holds the compiled [`Lexicons`] and the [`Gazetteer`]; it does no
//! I/O. [`Extractor::extract`] takes one report file's text and its publication
//! date and returns [`Event`]s as `EVENTS.md` specifies. The pipeline, per article:
//!
//! 1. [`sitrep_text`] splits the file into articles, paragraphs and sentences;
//!    one lexicon pass finds cues, weapons, targets, actors and roles.
//! 2. [`analysis`] reads each sentence: place mentions (oblasts, raions,
//!    hromadas, settlements, references such as "the city"), people and their
//!    roles, numbers with their units, time phrases, and the sentence's flags
//!    (back-reference, negation, future, heard-only).
//! 3. [`assemble`] turns sentences into events: one event per kind and place per
//!    article, area events for stated area-wide totals, incidents nested under
//!    them, casualties attributed to the place the text ties them to.
//!
//! ```
//! use sitrep_extract::Extractor;
//! let ex = Extractor::builtin().unwrap();
//! let text = "Kherson shelled\n\nRussian troops shelled Kherson 12 times over the past day, killing two people.\n";
//! let events = ex.extract(text, "r.txt", Some("2023-01-10".parse().unwrap()));
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].killed, Some(2));
//! assert_eq!(events[0].count, Some(12));
//! ```
#![deny(missing_docs)]

pub mod analysis;
pub mod assemble;
mod cue;
pub mod politics;

use jiff::civil::Date;
use sitrep_geo::Gazetteer;
use sitrep_lexicon::{LexiconError, Lexicons};
use sitrep_model::{Event, Kind, Scope};
use std::collections::HashMap;

pub use cue::Cues;

/// One article of a file with its events; evidence offsets count from the start of
/// `text`, the article's own text (what a store keeps).
#[derive(Clone, Debug)]
pub struct ArticleEvents<'a> {
    /// Position of the article in its file, from 1.
    pub ordinal: u32,
    /// The article's text, headline included.
    pub text: &'a str,
    /// The headline, when the article has one.
    pub title: Option<&'a str>,
    /// The article's events.
    pub events: Vec<Event>,
}

/// The extractor: compiled lexicons and a gazetteer, shared read-only across threads.
#[derive(Clone, Debug)]
pub struct Extractor {
    /// Word lists compiled into one automaton.
    pub lexicons: Lexicons,
    /// Places.
    pub gazetteer: Gazetteer,
    pub(crate) cues: Cues,
}

impl Extractor {
    /// An extractor over the given lexicons and gazetteer.
    pub fn new(lexicons: Lexicons, gazetteer: Gazetteer) -> Self {
        let cues = Cues::new(&lexicons);
        Extractor {
            lexicons,
            gazetteer,
            cues,
        }
    }

    /// The built-in lexicons with the embedded full gazetteer.
    pub fn builtin() -> Result<Self, LexiconError> {
        Ok(Self::new(Lexicons::builtin()?, Gazetteer::embedded()))
    }

    /// Events of one report file. `name` names the file in `report` and ids;
    /// `published` resolves relative dates (without it dates stay null).
    pub fn extract(&self, text: &str, name: &str, published: Option<Date>) -> Vec<Event> {
        let mut out = Vec::new();
        // the incidents of the articles before, by kind and place name
        let mut told: HashMap<(Kind, String), Vec<usize>> = HashMap::new();
        for (n, article) in sitrep_text::articles(text).iter().enumerate() {
            let first = out.len();
            self.extract_article(
                text,
                article,
                &format!("{name}#{}", n + 1),
                published,
                &mut out,
            );
            if n > 0 {
                drop_retold(text, &mut out, first, &told);
            }
            for (i, e) in out.iter().enumerate().skip(first) {
                if let Some(p) = e.place.as_ref().filter(|_| e.scope == Scope::Incident) {
                    told.entry((e.kind, p.name.clone())).or_default().push(i);
                }
            }
        }
        out
    }

    /// Events per article, for stores that keep each article's text: only the
    /// articles whose text `wanted` accepts are extracted (a store skips those it has),
    /// and evidence offsets count from the start of each article.
    pub fn extract_articles<'a>(
        &self,
        text: &'a str,
        name: &str,
        published: Option<Date>,
        mut wanted: impl FnMut(&str) -> bool,
    ) -> Vec<ArticleEvents<'a>> {
        let mut out = Vec::new();
        for (n, article) in sitrep_text::articles(text).iter().enumerate() {
            let span = article.span();
            let body = span.text(text);
            if !wanted(body) {
                continue;
            }
            let mut events = Vec::new();
            self.extract_article(
                text,
                article,
                &format!("{name}#{}", n + 1),
                published,
                &mut events,
            );
            for e in events.iter_mut().flat_map(|ev| ev.evidence.iter_mut()) {
                e.start = e.start.saturating_sub(span.start);
                e.end = e.end.saturating_sub(span.start);
            }
            out.push(ArticleEvents {
                ordinal: n as u32 + 1,
                text: body,
                title: article.title.map(|t| t.text(text)),
                events,
            });
        }
        out
    }

    fn extract_article(
        &self,
        text: &str,
        article: &sitrep_text::Article,
        report: &str,
        published: Option<Date>,
        out: &mut Vec<Event>,
    ) {
        let lower = article.span().text(text).to_ascii_lowercase();
        let doc = analysis::analyse(self, text, &lower, article, published);
        let violent = assemble::events(self, &doc, report, out);
        politics::events(self, &doc, report, &violent, out);
    }
}

/// Drops the events from `first` on that retell an incident an earlier article of the
/// digest reported ("Besides the strike on Hroza, …", "\"Today Russia killed 52 people in
/// Hroza,\" Zelensky said"): the same kind, place and day, with no figure of their own
/// that differs, and nothing nested in them. The incident is counted once. A retelling
/// that raises the toll ("The death toll from Sunday's strike on Sumy has risen to 35")
/// updates the earlier event's figures instead of adding to them.
fn drop_retold(
    text: &str,
    out: &mut Vec<Event>,
    first: usize,
    told: &HashMap<(Kind, String), Vec<usize>>,
) {
    let same_or_none = |a: Option<u32>, b: Option<u32>| a.is_none() || a == b;
    let same_strike = |e: &Event, x: &Event| {
        // (the key holds kind and name; an oblast left unknown on either side matches)
        (x.place.as_ref().map(|p| &p.admin1) == e.place.as_ref().map(|p| &p.admin1)
            || x.place.as_ref().is_some_and(|p| p.admin1.is_none())
            || e.place.as_ref().is_some_and(|p| p.admin1.is_none()))
            && same_or_none(e.count, x.count)
            && same_or_none(e.munitions, x.munitions)
            // (nor a weapon or target of its own: "Later on Monday, a drone hit a bus in
            // Kharkiv" is another strike)
            && e.weapons.iter().all(|w| x.weapons.contains(w))
            && e.targets.iter().all(|t| x.targets.contains(t))
    };
    let retells = |e: &Event, x: &Event| {
        same_strike(e, x)
            // (the same toll again needs no day: "Today Russia killed 52 people in Hroza,"
            // after the strike reported the day before)
            && (overlaps(&x.when, &e.when) || e.killed.is_some_and(|k| k > 0) && e.killed == x.killed)
            && same_or_none(e.killed, x.killed)
            && same_or_none(e.injured, x.injured)
    };
    // (a higher toll told as a rise: "has risen to", "bringing the death toll to")
    let told_as_rise = |e: &Event| {
        e.evidence.iter().filter(|v| v.field == "killed").any(|v| {
            let words = text
                .get(v.start..v.end)
                .unwrap_or_default()
                .to_ascii_lowercase();
            ["toll", "risen", "rose to", "rises to"]
                .iter()
                .any(|w| words.contains(w))
        })
    };
    let updates = |e: &Event, x: &Event| {
        same_strike(e, x)
            && overlaps(&x.when, &e.when)
            && matches!((e.killed, x.killed), (Some(a), Some(b)) if a > b)
            && told_as_rise(e)
    };
    let mut updated: Vec<(usize, usize)> = Vec::new();
    let retold: Vec<bool> = (first..out.len())
        .map(|i| {
            let e = &out[i];
            let earlier = e
                .place
                .as_ref()
                .and_then(|p| told.get(&(e.kind, p.name.clone())));
            let is_incident = matches!(e.kind, Kind::Attack | Kind::Clash)
                && e.scope == Scope::Incident
                // (nothing of its own article nested in it)
                && !out[first..]
                    .iter()
                    .any(|x| x.part_of.as_deref() == Some(e.id.as_str()));
            if !is_incident {
                return false;
            }
            if let Some(&j) = earlier.and_then(|v| v.iter().find(|&&j| updates(e, &out[j]))) {
                updated.push((j, i));
                return true;
            }
            earlier.is_some_and(|v| v.iter().any(|&j| retells(e, &out[j])))
        })
        .collect();
    for (j, i) in updated {
        let (killed, injured) = (out[i].killed, out[i].injured);
        let evidence: Vec<_> = out[i]
            .evidence
            .iter()
            .filter(|v| v.field == "killed" || injured.is_some() && v.field == "injured")
            .cloned()
            .collect();
        let x = &mut out[j];
        x.evidence
            .retain(|v| !(v.field == "killed" || injured.is_some() && v.field == "injured"));
        x.evidence.extend(evidence);
        x.killed = killed;
        if injured.is_some() {
            x.injured = injured;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        k <= first || !retold[k - 1 - first]
    });
}

/// Whether two events' days overlap (`YYYY-MM-DD` strings compare as dates).
fn overlaps(a: &sitrep_model::When, b: &sitrep_model::When) -> bool {
    match (&a.start, &b.start) {
        (Some(a0), Some(b0)) => {
            let a1 = a.end.as_ref().unwrap_or(a0);
            let b1 = b.end.as_ref().unwrap_or(b0);
            a0 <= b1 && b0 <= a1
        }
        _ => false,
    }
}
