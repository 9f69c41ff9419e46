//! Word lists as data, compiled once into one automaton.
//!
//! Every lexicon is a plain text file, one entry per line: `label<TAB>phrase`
//! (comments start with `#`). A phrase ending in `*` also matches longer words
//! ("shell*" matches "shelled", "shelling"). Matching is ASCII case-insensitive and
//! respects word boundaries; among overlapping phrases the longest wins.
//!
//! The lexicons shipped in `data/lexicon/` are embedded with [`Lexicons::builtin`];
//! [`Lexicons::from_dir`] loads an edited copy, so a user can add a weapon name
//! without touching Rust. [`Lexicons::scan`] finds every entry in a text in one pass.
//!
//! ```
//! use sitrep_lexicon::{Lexicons, Class};
//! let lex = Lexicons::builtin().unwrap();
//! let text = "Russian troops fired Grad rockets and mortars at the village.";
//! let weapons: Vec<&str> = lex.scan(text).iter()
//!     .filter(|m| m.class == Class::Weapon)
//!     .map(|m| lex.label(m)).collect();
//! assert_eq!(weapons, ["mlrs", "mortar"]);
//! ```
#![deny(missing_docs)]

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use sitrep_model::{Target, Weapon};
use std::fmt;
use std::path::Path;

/// Which lexicon an entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// `weapons.tsv`: labels are the weapon vocabulary.
    Weapon,
    /// `targets.tsv`: labels are the target vocabulary.
    Target,
    /// `actors.tsv`: labels are canonical actor names.
    Actor,
    /// `cues.tsv`: labels are grammar cues the extractor understands.
    Cue,
    /// `roles.tsv`: labels are role kinds (official titles, institutions).
    Role,
    /// `names.tsv`: labels are name kinds (given names, non-place capitalised words).
    Name,
    /// `people.tsv`: well-known people; labels are their countries.
    Person,
    /// `countries.tsv`: country words ("Ukrainian", "Belarus"); labels are country codes.
    Country,
    /// `venues.tsv`: seats that stand for their city ("the Kremlin"); labels are the
    /// cities, as the gazetteer names them.
    Venue,
}

impl Class {
    /// Every class with its file name.
    pub const FILES: &'static [(Class, &'static str)] = &[
        (Class::Weapon, "weapons.tsv"),
        (Class::Target, "targets.tsv"),
        (Class::Actor, "actors.tsv"),
        (Class::Cue, "cues.tsv"),
        (Class::Role, "roles.tsv"),
        (Class::Name, "names.tsv"),
        (Class::Person, "people.tsv"),
        (Class::Country, "countries.tsv"),
        (Class::Venue, "venues.tsv"),
    ];
}

/// A lexicon entry found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Which lexicon.
    pub class: Class,
    /// Index of the label within its class (see [`Lexicons::label`]).
    pub label: u16,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Why a lexicon could not be loaded.
#[derive(Debug)]
pub struct LexiconError {
    /// The file.
    pub file: String,
    /// The line (1-based), 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}

#[derive(Clone, Debug)]
struct Entry {
    class: Class,
    label: u16,
    prefix: bool,
}

/// All lexicons, compiled into one automaton.
#[derive(Clone, Debug)]
pub struct Lexicons {
    /// every phrase, lower case, as one unanchored automaton run once over the text
    /// (overlapping matches: every phrase ending at each byte)
    automaton: DFA,
    /// per pattern: the entries it stands for (a phrase may be in several lexicons)
    entries: Vec<Vec<Entry>>,
    /// names (`names.tsv`) are single capitalised words: looked up per capitalised
    /// word of the text (lower-case key) instead of searched for everywhere, where
    /// "A", "I", "He" would match inside every other word
    capitalised: std::collections::HashMap<String, Vec<Entry>>,
    labels: Vec<(Class, Vec<String>)>,
    /// per class (by `Class as usize`): the label id of [`STOP_LABEL`], if any phrase has it
    stops: [Option<u16>; Class::FILES.len()],
}

/// The label of a phrase that is not of its lexicon ("think tank" in the weapons): it
/// hides the shorter phrases inside it and is never reported.
pub const STOP_LABEL: &str = "-";

/// The lexicon files shipped with sitrep.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "weapons.tsv",
        include_str!("../../../data/lexicon/weapons.tsv"),
    ),
    (
        "targets.tsv",
        include_str!("../../../data/lexicon/targets.tsv"),
    ),
    (
        "actors.tsv",
        include_str!("../../../data/lexicon/actors.tsv"),
    ),
    ("cues.tsv", include_str!("../../../data/lexicon/cues.tsv")),
    ("roles.tsv", include_str!("../../../data/lexicon/roles.tsv")),
    ("names.tsv", include_str!("../../../data/lexicon/names.tsv")),
    (
        "people.tsv",
        include_str!("../../../data/lexicon/people.tsv"),
    ),
    (
        "countries.tsv",
        include_str!("../../../data/lexicon/countries.tsv"),
    ),
    (
        "venues.tsv",
        include_str!("../../../data/lexicon/venues.tsv"),
    ),
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether byte `s` of `text` starts a word: no word character right before it.
fn starts_word(text: &str, s: usize) -> bool {
    match s.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => !text
            .get(..s)
            .and_then(|t| t.chars().next_back())
            .is_some_and(is_word_char),
    }
}

impl Lexicons {
    /// The lexicons embedded in the binary.
    pub fn builtin() -> Result<Self, LexiconError> {
        Self::from_sources(BUILTIN.iter().map(|&(f, t)| (f.to_string(), t.to_string())))
    }

    /// Lexicons read from `dir` (every file of [`Class::FILES`] must be there).
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        let mut sources = Vec::new();
        for &(_, file) in Class::FILES {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| LexiconError {
                file: path.display().to_string(),
                line: 0,
                message: e.to_string(),
            })?;
            sources.push((path.display().to_string(), text));
        }
        Self::from_sources(sources)
    }

    /// Lexicons from (file name, text) pairs; the file name decides the class.
    pub fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, LexiconError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut capitalised: std::collections::HashMap<String, Vec<Entry>> =
            std::collections::HashMap::new();
        let mut labels: Vec<(Class, Vec<String>)> =
            Class::FILES.iter().map(|&(c, _)| (c, Vec::new())).collect();
        for (file, text) in sources {
            let class = Class::FILES
                .iter()
                .find(|(_, f)| file.ends_with(f))
                .map(|&(c, _)| c)
                .ok_or_else(|| LexiconError {
                    file: file.clone(),
                    line: 0,
                    message: "unknown lexicon file name".into(),
                })?;
            for (n, line) in text.lines().enumerate() {
                let line = line.trim_end();
                if line.trim().is_empty() || line.trim_start().starts_with('#') {
                    continue;
                }
                let err = |message: String| LexiconError {
                    file: file.clone(),
                    line: n + 1,
                    message,
                };
                let (label, phrase) = line
                    .split_once('\t')
                    .ok_or_else(|| err("expected `label<TAB>phrase`".into()))?;
                let (label, phrase) = (label.trim(), phrase.trim());
                if label.is_empty() || phrase.is_empty() || phrase == "*" {
                    return Err(err("empty label or phrase".into()));
                }
                match class {
                    // "-": a phrase that is not of this lexicon ("think tank" is no tank);
                    // it hides the shorter phrases inside it and is never reported
                    _ if label == STOP_LABEL => {}
                    Class::Weapon if Weapon::parse(label).is_none() => {
                        return Err(err(format!("`{label}` is not a weapon of the vocabulary")));
                    }
                    Class::Target if Target::parse(label).is_none() => {
                        return Err(err(format!("`{label}` is not a target of the vocabulary")));
                    }
                    _ => {}
                }
                // a person's label is "COUNTRY|Full Name"; the surname alone also names them
                let person_label;
                let label = if class == Class::Person {
                    person_label = format!("{label}|{phrase}");
                    person_label.as_str()
                } else {
                    label
                };
                let names = &mut labels
                    .iter_mut()
                    .find(|(c, _)| *c == class)
                    .expect("every class listed")
                    .1;
                let label_id = match names.iter().position(|l| l == label) {
                    Some(p) => p,
                    None => {
                        names.push(label.to_string());
                        names.len() - 1
                    }
                };
                let (phrase, prefix) = match phrase.strip_suffix('*') {
                    Some(p) => (p, true),
                    None => (phrase, false),
                };
                let key = phrase.to_ascii_lowercase();
                if class == Class::Name && !prefix && !phrase.contains(|c: char| !is_word_char(c)) {
                    let list = capitalised.entry(phrase.to_lowercase()).or_default();
                    if !list.iter().any(|e: &Entry| e.label == label_id as u16) {
                        list.push(Entry {
                            class,
                            label: label_id as u16,
                            prefix,
                        });
                    }
                    continue;
                }
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    entries.push(Vec::new());
                    patterns.len() - 1
                });
                let entry = Entry {
                    class,
                    label: label_id as u16,
                    prefix,
                };
                if !entries[id]
                    .iter()
                    .any(|e| e.class == class && e.label == entry.label)
                {
                    entries[id].push(entry.clone());
                }
                if class == Class::Person
                    && let Some(surname) = phrase
                        .rsplit(' ')
                        .next()
                        .filter(|s| s.len() >= 4 && *s != phrase)
                {
                    let key = surname.to_ascii_lowercase();
                    let sid = *index.entry(key.clone()).or_insert_with(|| {
                        patterns.push(key);
                        entries.push(Vec::new());
                        patterns.len() - 1
                    });
                    if !entries[sid]
                        .iter()
                        .any(|e| e.class == class && e.label == entry.label)
                    {
                        entries[sid].push(entry);
                    }
                }
            }
        }
        let automaton = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .build(&patterns)
            .map_err(|e| LexiconError {
                file: "lexicons".into(),
                line: 0,
                message: e.to_string(),
            })?;
        let stops = std::array::from_fn(|c| {
            labels
                .iter()
                .find(|(class, _)| *class as usize == c)
                .and_then(|(_, names)| names.iter().position(|l| l == STOP_LABEL))
                .and_then(|p| u16::try_from(p).ok())
        });
        Ok(Lexicons {
            automaton,
            entries,
            capitalised,
            labels,
            stops,
        })
    }

    /// The label text of a match.
    pub fn label(&self, m: &Match) -> &str {
        self.label_of(m.class, m.label)
    }

    /// The label text of `label` in `class`.
    pub fn label_of(&self, class: Class, label: u16) -> &str {
        self.labels
            .iter()
            .find(|(c, _)| *c == class)
            .and_then(|(_, l)| l.get(label as usize))
            .map_or("", String::as_str)
    }

    /// The index of a label in a class, if the lexicons have it.
    pub fn label_id(&self, class: Class, label: &str) -> Option<u16> {
        self.labels
            .iter()
            .find(|(c, _)| *c == class)?
            .1
            .iter()
            .position(|l| l == label)
            .map(|p| p as u16)
    }

    /// Every lexicon entry in `text`, in order, on word boundaries.
    pub fn scan(&self, text: &str) -> Vec<Match> {
        let mut out = Vec::new();
        self.scan_into(text, 0, &mut out);
        out
    }

    /// Appends the entries found in `text` to `out`, offsets shifted by `base`.
    ///
    /// One pass of the automaton over the bytes finds every phrase starting at a word
    /// start, and one pass over the words looks up each capitalised word as a name;
    /// then, within each lexicon, the leftmost-longest phrases are kept, so lexicons
    /// never hide each other's words.
    pub fn scan_into(&self, text: &str, base: usize, out: &mut Vec<Match>) {
        self.scan_lowered_into(text, &text.to_ascii_lowercase(), base, out);
    }

    /// [`Lexicons::scan_into`] for a caller that already holds `text` in ASCII lower
    /// case (`lower`, same length): the automaton's patterns are lower case, so it
    /// reads `lower`; word boundaries and capitalised names are read in `text`.
    pub fn scan_lowered_into(&self, text: &str, lower: &str, base: usize, out: &mut Vec<Match>) {
        debug_assert_eq!(text.len(), lower.len());
        let mut found: Vec<Match> = Vec::with_capacity(text.len() / 16);
        let (bytes, lower_bytes) = (text.as_bytes(), lower.as_bytes());
        let dfa = &self.automaton;
        let Ok(mut sid) = dfa.start_state(Anchored::No) else {
            return;
        };
        // phrases: one transition per byte; a match state lists every phrase ending at
        // this byte, and those that start where no word character precedes them are kept
        for (q, &b) in lower_bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if !dfa.is_match(sid) {
                continue;
            }
            for k in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, k);
                let s = (q + 1).saturating_sub(dfa.pattern_len(pid));
                if starts_word(text, s) {
                    self.push_matches(text, base, s, q + 1, pid.as_usize(), &mut found);
                }
            }
        }
        // names: each capitalised whole word is looked up
        let mut word: Option<(usize, bool)> = None; // (start, capitalised) of the current word
        let mut i = 0;
        while i <= bytes.len() {
            let (is_word, upper, len) = match bytes.get(i) {
                None => (false, false, 1),
                Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), b.is_ascii_uppercase(), 1),
                Some(_) => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    (is_word_char(c), c.is_uppercase(), c.len_utf8())
                }
            };
            if is_word {
                word.get_or_insert((i, upper));
                // inside a word nothing starts: skip its ASCII letters and digits at once
                i += len;
                while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                    i += 1;
                }
                continue;
            } else if let Some((s, true)) = word.take() {
                self.push_name(text, base, s, i, &mut found);
            }
            i += len;
        }
        // Every field is in the sort key, so the order is fully determined (a stop phrase
        // first among those of its span).
        let is_stop = |m: &Match| self.stops[m.class as usize] == Some(m.label);
        found.sort_by_key(|m| {
            (
                m.start,
                std::cmp::Reverse(m.end),
                m.class,
                !is_stop(m),
                m.label,
            )
        });
        found.dedup();
        // within a class, a match inside (or overlapping) the one kept before it is
        // dropped; matches of the very same span are all kept (several labels), unless a
        // stop phrase has that span
        let mut last: [Option<(usize, usize, bool)>; Class::FILES.len()] =
            [None; Class::FILES.len()];
        for m in found {
            let stop = is_stop(&m);
            let slot = &mut last[m.class as usize];
            match *slot {
                Some((s, e, stopped)) if (m.start, m.end) == (s, e) => {
                    if !stopped {
                        out.push(m);
                    }
                }
                Some((_, e, _)) if m.start < e => {}
                _ => {
                    *slot = Some((m.start, m.end, stop));
                    if !stop {
                        out.push(m);
                    }
                }
            }
        }
    }

    /// The entries of phrase `pattern` found at `s..e` of `text`, when it ends a word
    /// there (or, for a prefix entry, with the rest of its word).
    fn push_matches(
        &self,
        text: &str,
        base: usize,
        s: usize,
        mut e: usize,
        pattern: usize,
        found: &mut Vec<Match>,
    ) {
        let entries = &self.entries[pattern];
        let ends_word = !text
            .get(e..)
            .and_then(|t| t.chars().next())
            .is_some_and(is_word_char);
        if !ends_word {
            if !entries.iter().any(|x| x.prefix) {
                return;
            }
            while let Some(c) = text
                .get(e..)
                .and_then(|t| t.chars().next())
                .filter(|&c| is_word_char(c))
            {
                e += c.len_utf8();
            }
        }
        for x in entries {
            if ends_word || x.prefix {
                found.push(Match {
                    class: x.class,
                    label: x.label,
                    start: base + s,
                    end: base + e,
                });
            }
        }
    }

    /// The name entries of the capitalised whole word `text[s..e]`.
    fn push_name(&self, text: &str, base: usize, s: usize, e: usize, found: &mut Vec<Match>) {
        if self.capitalised.is_empty() {
            return;
        }
        let w = &text[s..e];
        let mut buf = [0u8; 24];
        let entries = if w.len() <= buf.len() && w.is_ascii() {
            for (b, x) in buf.iter_mut().zip(w.bytes()) {
                *b = x.to_ascii_lowercase();
            }
            std::str::from_utf8(&buf[..w.len()])
                .ok()
                .and_then(|k| self.capitalised.get(k))
        } else {
            self.capitalised.get(&w.to_lowercase())
        };
        for x in entries.into_iter().flatten() {
            found.push(Match {
                class: x.class,
                label: x.label,
                start: base + s,
                end: base + e,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(files: &[(&str, &str)]) -> Result<Lexicons, LexiconError> {
        Lexicons::from_sources(files.iter().map(|&(f, t)| (f.to_string(), t.to_string())))
    }

    #[test]
    fn a_stop_phrase_hides_the_phrases_inside_it_and_is_not_reported() {
        let l = lex(&[
            ("weapons.tsv", "tank\ttank\n-\tthink tank*\n"),
            ("targets.tsv", "transport\tbridge*\n-\tbridget\n"),
        ])
        .unwrap();
        let t = "A think tanks report: Bridget saw a tank hit the bridges.";
        let got: Vec<&str> = l.scan(t).iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(got, ["tank", "bridges"]);
    }

    #[test]
    fn phrases_start_only_at_word_starts_whatever_the_script() {
        let l = lex(&[
            ("weapons.tsv", "artillery\tshell*\ndrone\tdrone\n"),
            ("names.tsv", "nonplace\tMonday\n"),
        ])
        .unwrap();
        // "éshells" and "пshelled" hide the phrase inside a word; "«shelled»" and a
        // name after a dash do not
        let t = "éshells, пshelled, «shelled», drones; —Monday monday drone";
        let got: Vec<&str> = l.scan(t).iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(got, ["shelled", "Monday", "drone"]);
        // a capitalised name at the very end of the text, and an empty text
        assert_eq!(
            l.scan("It was Monday")
                .iter()
                .map(|m| l.label(m))
                .collect::<Vec<_>>(),
            ["nonplace"]
        );
        assert!(l.scan("").is_empty());
    }

    #[test]
    fn longest_phrase_wins_and_boundaries_hold() {
        let l = lex(&[(
            "weapons.tsv",
            "artillery\tartillery\nmortar\tmortar shells\nartillery\tshells\n",
        )])
        .unwrap();
        let t = "mortar shells and artillery; artilleryman";
        let got: Vec<(&str, &str)> = l
            .scan(t)
            .iter()
            .map(|m| (l.label(m), &t[m.start..m.end]))
            .collect();
        assert_eq!(
            got,
            [("mortar", "mortar shells"), ("artillery", "artillery")]
        );
    }

    #[test]
    fn names_match_only_capitalised_whole_words() {
        let l = lex(&[
            ("names.tsv", "nonplace\tHe\ngiven\tOleh\n"),
            ("cues.tsv", "attack\tshelled\n"),
        ])
        .unwrap();
        let t = "He said the Oleh's town, where he shelled Olehivka, was hit. HE";
        let got: Vec<(&str, &str)> = l
            .scan(t)
            .iter()
            .map(|m| (l.label(m), &t[m.start..m.end]))
            .collect();
        assert_eq!(
            got,
            [
                ("nonplace", "He"),
                ("given", "Oleh"),
                ("attack", "shelled"),
                ("nonplace", "HE")
            ]
        );
    }

    #[test]
    fn prefix_phrases_take_the_whole_word() {
        let l = lex(&[("cues.tsv", "attack\tshell*\n")]).unwrap();
        let t = "They shelled it; shelling went on.";
        let got: Vec<&str> = l.scan(t).iter().map(|m| &t[m.start..m.end]).collect();
        assert_eq!(got, ["shelled", "shelling"]);
    }

    #[test]
    fn bad_labels_are_reported_with_file_and_line() {
        let e = lex(&[("weapons.tsv", "# c\nlaser\tlaser beam\n")]).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().contains("weapons.tsv:2"));
    }

    #[test]
    fn builtin_lexicons_load_and_are_sorted_without_duplicates() {
        Lexicons::builtin().unwrap();
        for (file, text) in BUILTIN {
            let mut seen = std::collections::HashSet::new();
            for line in text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            {
                assert!(
                    seen.insert(line.to_ascii_lowercase()),
                    "{file}: duplicate line {line}"
                );
            }
        }
    }
}
