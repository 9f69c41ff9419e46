//! From analysed sentences to events.
//!
//! Rules (see `EVENTS.md` for the conventions they implement):
//! - One event per kind and place per article; every sentence that speaks of the
//!   place adds to it. Within a sentence, per-weapon figures add up; across
//!   sentences, figures for the same weapons restate (the larger is kept) and
//!   figures for other weapons add up.
//! - A figure goes to the place of its own clause; a figure shared by a list of
//!   places is a group figure and goes to none of them (unless "each"); a figure
//!   with no place goes to the place the paragraph is about, or to the area.
//! - An oblast (or raion) given a number of its own becomes an area event; the
//!   incidents of the same oblast nest under it, and it lists their weapons and
//!   targets. A nationwide air-defence tally is an area event of its own that
//!   nests nothing; a nationwide clash count nests the clashes.
//! - Casualties: "no casualties" gives 0 only where said; counts that are only
//!   approximate stay null.

use crate::Extractor;
use crate::analysis::{
    Doc, Num, PlaceKind, PlaceMention, PlaceRole, RefKind, Sent, Unit, firm_time, is_actor,
    is_soft_time, resolve, rise_verb,
};
use crate::cue::is;
use sitrep_geo::{Level, PlaceRecord, Region};
use sitrep_lexicon::{Class, Match};
use sitrep_model::{
    Acled, Actor, Damage, Event, Evidence, Kind, Place, Precision, Scope, Span, Target, Weapon,
    When,
};
use sitrep_text::dates::TimeExpr;

/// Where an event is, before resolution.
#[derive(Clone, Debug)]
enum Loc {
    /// A named place (settlement, hromada), shared: drafts and lists copy locations
    /// often, and a copy is then a reference count, not four strings.
    Named(std::rc::Rc<NamedLoc>),
    /// A whole oblast (or foreign region).
    Region(&'static Region),
    /// A whole country.
    Country(&'static str),
}

/// A named place of the text, before resolution.
#[derive(Debug)]
struct NamedLoc {
    /// Folded name and oblast: two mentions with one key are one place.
    key: String,
    /// The mention (its name without "district"), with the region it is read in.
    mention: PlaceMention,
    /// Whether the text states that region with the name ("Toretsk, Donetsk Oblast"),
    /// rather than it being the one in force.
    stated: bool,
}

impl NamedLoc {
    /// A raion ("X district").
    fn raion(&self) -> bool {
        self.mention.kind == PlaceKind::Raion
    }
}

/// A figure with the weapons it was stated for, per sentence.
#[derive(Clone, Debug, Default)]
struct Figure {
    parts: Vec<(u32, u32, usize, bool)>, // (value, weapon mask, sentence, more: "another 30")
    /// First tokens of the figures added, so that one figure read twice counts once.
    seen: Vec<usize>,
    /// Sentences with an approximate part: their sum is unknown ("more than 90 missiles
    /// and 10 drones").
    approx_sents: Vec<usize>,
    /// Some part is a number, not only a vague word ("several times", "dozens of shells").
    numbered: bool,
}

impl Figure {
    /// Adds a figure of sentence `sent`; `more` when the text tells it as more of the
    /// same ("Another 30 drones were suppressed"), added to the figures before it.
    /// `at` is the figure's first token.
    fn add(&mut self, v: Option<u32>, at: usize, mask: u32, sent: usize, approx: bool, more: bool) {
        match v {
            Some(v) => {
                if self.seen.contains(&at) {
                    // the same figure read twice ("19 missiles and 19 drones" are two)
                    if let Some(p) = self.parts.iter_mut().find(|p| p.2 == sent) {
                        p.1 |= mask;
                    }
                    return;
                }
                self.seen.push(at);
                if let Some(p) = self.parts.iter_mut().find(|p| p.2 == sent) {
                    // per-weapon parts of one sentence add up
                    p.0 = p.0.saturating_add(v);
                    p.1 |= mask;
                } else {
                    self.parts.push((v, mask, sent, more));
                }
            }
            None if approx && !self.approx_sents.contains(&sent) => self.approx_sents.push(sent),
            None => {}
        }
    }

    fn value(&self) -> Option<u32> {
        let mut total: Option<u32> = None;
        let mut seen_mask = 0u32;
        for &(v, mask, sent, more) in &self.parts {
            if self.approx_sents.contains(&sent) {
                continue;
            }
            total = Some(match total {
                None => v,
                Some(t) if more || mask != 0 && seen_mask != 0 && mask & seen_mask == 0 => {
                    t.saturating_add(v)
                }
                Some(t) => t.max(v),
            });
            seen_mask |= mask;
        }
        total
    }

    fn stated(&self) -> bool {
        !self.parts.is_empty() || !self.approx_sents.is_empty()
    }

    /// Stated with a number, even an approximate one ("about 140 times", not "several
    /// times").
    fn numbered(&self) -> bool {
        !self.parts.is_empty() || self.numbered
    }
}

/// How a casualty figure was reached: the sentence that last added to it, the figure
/// before that sentence, and that sentence's own running sum.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    sent: Option<usize>,
    before: Option<u32>,
    sum: u32,
}

/// An event being built.
#[derive(Clone, Debug)]
struct Draft {
    kind: Kind,
    loc: Loc,
    first_sent: usize,
    count: Figure,
    munitions: Figure,
    intercepted: Figure,
    killed: Option<u32>,
    injured: Option<u32>,
    children_killed: Option<u32>,
    children_injured: Option<u32>,
    weapons: Vec<Weapon>,
    targets: Vec<Target>,
    damage: Vec<Damage>,
    reporter: Option<usize>,
    /// Whether `reporter` was found outside the sentences that told the event.
    reporter_borrowed: bool,
    when: Option<TimeExpr>,
    evidence: Vec<Evidence>,
    actor: Option<Match>,
    /// How killed/injured were reached (parts of one sentence add up; a later sentence's
    /// figure is compared with the earlier one, or added when `more`).
    killed_tally: Tally,
    injured_tally: Tally,
    place_span: Span,
    /// Whether a wounded person was moved to the killed ("One of them later died").
    moved_to_killed: bool,
    /// Whether `killed` is a death toll the text gave ("the death toll rose to 10").
    killed_toll: bool,
    /// Told as a new strike on a place already struck ("struck Kryvyi Rih again").
    again: bool,
}

impl Draft {
    fn new(kind: Kind, loc: Loc, sent: usize, span: Span) -> Self {
        Draft {
            kind,
            loc,
            first_sent: sent,
            count: Figure::default(),
            munitions: Figure::default(),
            intercepted: Figure::default(),
            killed: None,
            injured: None,
            children_killed: None,
            children_injured: None,
            weapons: Vec::new(),
            targets: Vec::new(),
            damage: Vec::new(),
            reporter: None,
            reporter_borrowed: false,
            when: None,
            evidence: Vec::new(),
            actor: None,
            killed_tally: Tally::default(),
            injured_tally: Tally::default(),
            place_span: span,
            moved_to_killed: false,
            killed_toll: false,
            again: false,
        }
    }

    fn evidence(&mut self, field: &str, span: Span) {
        if !self
            .evidence
            .iter()
            .any(|e| e.field == field && e.start == span.start && e.end == span.end)
        {
            self.evidence.push(Evidence {
                field: field.into(),
                start: span.start,
                end: span.end,
            });
        }
    }

    fn has_numbers(&self) -> bool {
        self.count.stated()
            || self.munitions.stated()
            || self.intercepted.stated()
            || self.killed.is_some_and(|k| k > 0)
            || self.injured.is_some_and(|k| k > 0)
    }
}

/// Which casualty a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Harm {
    Killed,
    Injured,
}

/// One field value found in a sentence, waiting for its place.
#[derive(Clone, Debug)]
enum Item {
    Count(Num),
    Munitions(Num),
    Intercepted(Num),
    /// `more`: victims beyond those already told ("two more people were injured",
    /// "another man", "shelled the city again, injuring a man"): added to the figure.
    Casualty {
        harm: Harm,
        value: u32,
        span: Span,
        more: bool,
        toll: bool,
        /// One per place of the list it heads ("one each in A and B").
        each: bool,
        /// A located part of the sentence's total ("three injured: two in A, one in B").
        part: bool,
    },
    Children {
        harm: Harm,
        value: u32,
        span: Span,
    },
    NoCasualties {
        killed: bool,
        injured: bool,
        span: Span,
        these: bool,
        overall: bool,
    },
    /// "She later died in hospital" (`died`: one of the wounded, now dead), "The driver
    /// was killed" (not `died`): one person, or `people` ("Two of the wounded later
    /// died"); `known` when the text speaks of them as known ("she", "the woman"), so
    /// a second such sentence is the same death; `counted` when the death is already in
    /// the killed figure ("including the man who died"), so only the injured change.
    LaterDeath {
        span: Span,
        died: bool,
        known: bool,
        people: u32,
        counted: bool,
    },
    Weapon(Weapon, Span),
    Target(Target, Span, Option<u32>, bool),
}

/// Token position of an item (for nearest-place attribution).
fn item_pos(doc: &Doc, item: &Item) -> usize {
    match item {
        Item::Count(n) | Item::Munitions(n) | Item::Intercepted(n) => n.t0,
        Item::Casualty { span, .. }
        | Item::Children { span, .. }
        | Item::NoCasualties { span, .. }
        | Item::LaterDeath { span, .. }
        | Item::Weapon(_, span)
        | Item::Target(_, span, _, _) => doc.token_from(span.start),
    }
}

/// Discourse state across sentences of an article.
#[derive(Default)]
struct State {
    /// The last single place an event was located at, and its paragraph.
    focus: Option<(Loc, usize, usize)>, // (loc, paragraph, sentence)
    /// The last raion named (for "the district centre").
    last_raion: Option<String>,
    /// Whether the previous sentence's places were a list.
    focus_list: bool,
    /// The last sentence that added to a nationwide tally.
    national_prev: Option<usize>,
    /// Per sentence: whether it added to an event.
    contributed: Vec<bool>,
    /// The first sentence naming the General Staff (whose strike counts are nationwide).
    general_staff_from: Option<usize>,
    /// Where the article first names a military command and a reporting official.
    firsts: Firsts,
}

/// The first sentences of an article that name a military command ("the General Staff",
/// "the Southern Defence Forces") and a reporting official, found once per article.
#[derive(Default)]
struct Firsts {
    command: Option<usize>,
    reporter: Option<usize>,
}

/// How many distinct settlements and hromadas the sentences of paragraph `para` before
/// sentence `k` name as places of events.
fn settlements_named(doc: &Doc, k: usize, para: usize) -> usize {
    let mut named: Vec<&str> = Vec::new();
    for x in doc.sents[..k].iter().rev().take_while(|x| x.para == para) {
        for p in x.places.iter().filter(|p| {
            p.role == PlaceRole::Event
                && matches!(p.kind, PlaceKind::Settlement | PlaceKind::Hromada)
        }) {
            if !named.contains(&p.name.as_str()) {
                named.push(&p.name);
            }
        }
    }
    named.len()
}

/// One past the place that "in", "near" or "at" at token `t` of sentence `s` introduces
/// ("in Bilozerka", "in the village of Tiahynka"), if it does.
fn place_after(doc: &Doc, s: &Sent, t: usize) -> Option<usize> {
    if !matches!(doc.lw(t), "in" | "near" | "at") {
        return None;
    }
    s.places
        .iter()
        .find(|p| {
            p.t0 > t
                && p.t0 <= t + 4
                && (t + 1..p.t0).all(|x| {
                    matches!(
                        doc.lw(x),
                        "the" | "village" | "city" | "town" | "settlement" | "of"
                    )
                })
        })
        .map(|p| p.t1)
}

/// Whether sentence `x` names a military command as an organisation.
fn names_command(ex: &Extractor, doc: &Doc, x: &Sent) -> bool {
    doc.sent_matches(x).iter().any(|m| {
        m.class == Class::Role && ex.lexicons.label(m) == "org" && {
            let name = doc.lower_at(m.start, m.end);
            [
                "general staff",
                "defence forces",
                "defense forces",
                "operational command",
                "armed forces",
                "air force",
                "air command",
            ]
            .iter()
            .any(|c| name.contains(c))
        }
    })
}

fn weapon_bit(w: Weapon) -> u32 {
    1 << (Weapon::ALL.iter().position(|x| *x == w).unwrap_or(0) as u32)
}

/// Builds the attack and clash events of one article into `out`; returns, per
/// sentence, whether it added to one of them.
pub fn events(ex: &Extractor, doc: &Doc, report: &str, out: &mut Vec<Event>) -> Vec<bool> {
    let mut drafts: Vec<Draft> = Vec::new();
    let general_staff_from = doc.sents.iter().position(|x| {
        doc.sent_matches(x).iter().any(|m| {
            m.class == Class::Role
                && ex.lexicons.label(m) == "org"
                && doc.lower_at(m.start, m.end).contains("general staff")
        })
    });
    let mut state = State {
        contributed: vec![false; doc.sents.len()],
        general_staff_from,
        firsts: Firsts {
            command: doc.sents.iter().position(|x| names_command(ex, doc, x)),
            reporter: doc.sents.iter().position(|x| x.reporter.is_some()),
        },
        ..State::default()
    };
    for k in 0..doc.sents.len() {
        sentence(ex, doc, k, &mut drafts, &mut state);
    }
    finish(ex, doc, report, drafts, out);
    state.contributed
}

/// Clause boundaries of a sentence: token indices where a new clause starts.
fn clause_starts(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<usize> {
    let mut starts = vec![s.t0];
    let verbish = |i: usize| {
        doc.match_at(i, |m| {
            is(m, ex.cues.killed)
                || is(m, ex.cues.injured)
                || is(m, ex.cues.damage)
                || is(m, ex.cues.attack)
                || is(m, ex.cues.no_casualties)
        })
        .is_some()
    };
    for i in s.t0 + 1..s.t1 {
        let w = doc.lw(i);
        let prev = doc.word(i - 1);
        let boundary = match w {
            ";" => true,
            "while" | "whereas" | "but" | "though" | "although" | "yet" => true,
            // (not after an age in a list of people: "a woman, 61, and two boys")
            "and" => {
                let after_age = i >= s.t0 + 3 && doc.is_digits(i - 2) && doc.word(i - 3) == ",";
                prev == "," && !after_age || verbish(i + 1) || doc.is_word(i + 1, "that")
            }
            "as" => doc.is_word(i + 1, "well") && doc.is_word(i + 2, "as"),
            // ("Three people were killed, two in Kherson and one in Bilozerka": the parts)
            // (or between dashes: "killed three - two in Kherson and one in Bilozerka -")
            "," | "-" | "–" | "—" => located_part_at(doc, s, i + 1),
            ":" => {
                // "Krasnopillia community: 17 mortar explosions" keeps the place
                let only_place = (starts.last().copied().unwrap_or(s.t0)..i)
                    .all(|t| s.places.iter().any(|p| p.t0 <= t && t < p.t1));
                !only_place
            }
            _ => false,
        };
        if boundary && starts.last() != Some(&i) {
            starts.push(i);
        }
    }
    starts
}

/// Whether a figure of sentence `s` starts at token `t` and is told of a place: "two in
/// Kherson" (a part of a toll split by place).
fn located_part_at(doc: &Doc, s: &Sent, t: usize) -> bool {
    // ("five were injured, including three in Kostiantynivka": a part too)
    let t = if doc.is_word(t, "including") {
        t + 1
    } else {
        t
    };
    s.numbers.iter().any(|n| n.t0 == t && part_in(doc, n.t1))
}

/// Whether a figure ending before token `t` is told of a place: "two in …", or a part of
/// the figure before ("six of them in Kharkiv").
fn part_in(doc: &Doc, t: usize) -> bool {
    doc.is_word(t, "in")
        || doc.is_word(t, "of") && doc.is_word(t + 1, "them") && doc.is_word(t + 2, "in")
}

fn clause_of(starts: &[usize], t: usize) -> usize {
    starts.partition_point(|&s| s <= t).saturating_sub(1)
}

fn sentence(ex: &Extractor, doc: &Doc, k: usize, drafts: &mut Vec<Draft>, state: &mut State) {
    let s = &doc.sents[k];
    let cues = &ex.cues;
    let ms = doc.sent_matches(s);
    // remember raions for "the district centre" even in sentences without events
    for p in &s.places {
        if p.kind == PlaceKind::Raion {
            state.last_raion = Some(p.name.clone());
        }
    }
    if s.backref || s.void {
        // an old figure or a background sentence that names no place of its own ("Earlier,
        // authorities had reported 12 injured.") leaves the strike in focus for the next
        // (so does one naming a place only in a title: "Earlier, Lviv Oblast Military
        // Administration head Maksym Kozytskyi reported 25 injured.")
        if s.places.iter().all(|p| {
            matches!(p.kind, PlaceKind::Ref(_) | PlaceKind::AreaRef) || p.role == PlaceRole::Org
        }) && let Some(f) = state.focus.as_mut()
        {
            f.2 = k;
        }
        return;
    }
    // "Russia could strike Kyiv"; and a fight or strike that opens the sentence as the
    // subject of a future or possible ("Fighting near Pokrovsk may intensify", "An
    // offensive in the south is possible")
    let future_before = |start: usize| {
        let t = doc.token_from(start);
        ms.iter().any(|m| {
            is(m, cues.future) && {
                let f = doc.token_from(m.start);
                // ("plans to allow Kyiv to strike", "expect Russian forces to try to advance")
                // ("may launch another massive missile and drone attack": the act launched)
                let launched = matches!(
                    doc.lw(f + 1),
                    // ("could use up to 100 missiles in a single attack")
                    "launch" | "carry" | "conduct" | "stage" | "mount" | "unleash" | "use" | "fire"
                );
                // ("would most likely be preceded by a wave of glide bomb strikes on
                // Orikhiv": a passive of the possible)
                let passive = (f + 1..(f + 4).min(s.t1)).any(|x| doc.is_word(x, "be"))
                    && matches!(doc.lw(f), "would" | "could" | "might" | "may");
                m.start < start
                    && (f + 4 >= t
                        || (f + 6 >= t || launched && f + 10 >= t || passive && f + 14 >= t)
                            && !(f..t).any(|x| matches!(doc.word(x), "," | ";" | ":")))
                    || t <= s.t0 + 3
                        && f > t
                        && f <= t + 6
                        && !(t..f).any(|x| matches!(doc.word(x), "," | ";" | ":"))
                    // ("a new wave of assaults is expected": the fight is the subject of
                    // what is to come)
                    || f > t
                        && f <= t + 2
                        && matches!(doc.lw(f), "is" | "are")
                        && !(t..f).any(|x| matches!(doc.word(x), "," | ";" | ":"))
            }
        })
    };
    let negated_before = |start: usize| {
        let t = doc.token_from(start);
        (t.saturating_sub(3)..t)
            .any(|i| matches!(doc.lw(i), "not" | "didn't" | "never" | "no" | "without"))
    };
    // "launched", "sent", "dropped" strike only with what they strike with ("the
    // series the orchestra launched last autumn" is no attack)
    let armed = ms.iter().any(|m| {
        m.class == Class::Weapon || is(m, cues.unit_munition) || is(m, cues.unit_explosion)
    });
    let takes_weapon = |m: &Match| {
        matches!(
            doc.lower_at(m.start, m.end),
            "launched" | "sent" | "dropped" | "dropping" | "landed"
        )
    };
    // ("…, Zelensky wrote, commenting on the shelling of Kherson": an attack told before,
    // referred to)
    let commented_on = |m: &Match| {
        let t = doc.token_from(m.start);
        (t.saturating_sub(4).max(s.t0)..t).any(|r| {
            matches!(
                doc.lw(r),
                "commenting" | "reacting" | "responding" | "condemning" | "condemned"
            )
        })
        // ("Sybiha said the attack on Kryvyi Rih proved that Russia …": an attack already
        // told, judged in speech)
        || t >= s.t0 + 2
            && doc.is_word(t - 1, "the")
            && matches!(doc.lw(t - 2), "said" | "says" | "noted" | "stated" | "added" | "argued" | "stressed" | "believes")
            && (t + 1..s.t1).any(|x| {
                matches!(doc.lw(x), "proved" | "proves" | "showed" | "shows" | "demonstrated" | "demonstrates" | "confirmed" | "confirms")
            })
    };
    // "the shortage of shells", "120 shells": the noun, not the verb of "Russia shells X"
    let shells_noun = |m: &Match| {
        let t = doc.token_from(m.start);
        matches!(doc.lower_at(m.start, m.end), "shells" | "shell")
            && t > s.t0
            && (matches!(
                doc.lw(t - 1),
                "of" | "the"
                    | "artillery"
                    | "mortar"
                    | "tank"
                    | "more"
                    | "no"
                    | "enough"
                    | "these"
                    | "those"
                    | "some"
                    | "many"
                    | "its"
                    | "their"
            ) || s.numbers.iter().any(|n| n.t1 == t))
    };
    let attack_cues: Vec<&Match> = ms
        .iter()
        .filter(|m| {
            is(m, cues.attack)
                && !shells_noun(m)
                && !commented_on(m)
                && !future_before(m.start)
                && !negated_before(m.start)
                && (armed || !takes_weapon(m))
        })
        .collect();
    // "air defence repelled a drone attack on Odesa": an air attack beaten off is a strike,
    // not ground fighting
    let repels_air_attack = |m: &Match| {
        let w = doc.lower_at(m.start, m.end);
        let t = doc.token_from(m.end);
        (w.starts_with("repel") || w.starts_with("repuls"))
            && (t..(t + 4).min(s.t1)).any(|x| {
                doc.match_at(x, |y| {
                    y.class == Class::Weapon && matches!(ex.lexicons.label(y), "drone" | "missile")
                })
                .is_some()
                    || doc.is_word(x, "air")
            })
    };
    // "Kherson, a city that Ukraine recaptured in November 2022": a relative clause that
    // describes a place tells its history, not a fight of this report
    let describes_place = |m: &Match| {
        let t = doc.token_from(m.start);
        (t.saturating_sub(4).max(s.t0)..t).any(|r| matches!(doc.lw(r), "that" | "which") && r > s.t0 && matches!(doc.lw(r - 1), "city" | "town" | "village" | "settlement"))
            // ("In the Donetsk region, where fighting is fiercest, five people were killed":
            // a clause in the present that tells what the place is like)
            || (t.saturating_sub(3).max(s.t0 + 1)..t).any(|r| doc.is_word(r, "where") && doc.word(r - 1) == ",")
                && (t..(t + 4).min(s.t1)).any(|x| matches!(doc.lw(x), "is" | "are" | "has" | "have" | "remains" | "remain" | "continues" | "continue"))
    };
    // ("the pace of Russian advances has slowed": an analysis of the fighting, not a clash)
    let measured = |m: &Match| {
        let t = doc.token_from(m.start);
        (t.saturating_sub(4).max(s.t0)..t).any(|r| {
            matches!(doc.lw(r), "pace" | "rate" | "speed" | "tempo") && doc.is_word(r + 1, "of")
        })
    };
    // ("…, as its troops push toward the Oskil River near Kupiansk": a clause in the
    // present on how the war goes places nothing told and fights nothing)
    let setting_at = (s.t0 + 1..s.t1).find(|&x| {
        doc.is_word(x, "as")
            && !matches!(doc.lw(x - 1), "well" | "such" | "same")
            && (x + 1..(x + 5).min(s.t1)).any(|v| {
                matches!(
                    doc.lw(v),
                    "push"
                        | "pushes"
                        | "advance"
                        | "advances"
                        | "press"
                        | "presses"
                        | "continue"
                        | "continues"
                        | "seek"
                        | "seeks"
                        | "try"
                        | "tries"
                )
            })
    });
    // (the clause ends at its comma or semicolon: "In Kharkiv Oblast, as the enemy
    // continues to attack, a drone hit a house in Kupiansk")
    let setting = setting_at.map(|x| {
        let end = (x + 1..s.t1)
            .find(|&y| matches!(doc.word(y), "," | ";" | ":"))
            .unwrap_or(s.t1);
        x..end
    });
    let in_setting = |t: usize| setting.as_ref().is_some_and(|r| r.contains(&t));
    // ("Russian attacks killed four civilians …, as Moscow's forces pressed their slow
    // advance": the fighting told as the setting of the harm before it)
    let as_setting = |m: &Match| {
        let t = doc.token_from(m.start);
        if in_setting(t) {
            return true;
        }
        let harm_before = |r: usize| {
            ms.iter()
                .any(|h| (is(h, cues.killed) || is(h, cues.injured)) && doc.token_from(h.start) < r)
        };
        (t.saturating_sub(8).max(s.t0 + 1)..t).any(|r| {
            doc.is_word(r, "as") && doc.word(r - 1) == "," && harm_before(r)
                // (or a clause of background after the strike's harm: "…, killing 20, in a
                // city hundreds of kilometres from the fighting", "… since Ukrainian forces
                // recaptured the city")
                || matches!(doc.lw(r), "since" | "from" | "after" | "before")
                    && harm_before(r)
                    && (r..t).all(|x| !matches!(doc.word(x), ";" | ":"))
        })
    };
    let clash_cues: Vec<&Match> = ms
        .iter()
        .filter(|m| {
            is(m, cues.clash)
                && !as_setting(m)
                && !future_before(m.start)
                && !repels_air_attack(m)
                && !describes_place(m)
                && !measured(m)
        })
        .collect();
    let as_such = |m: &Match| harm_as_such(doc, m);
    let harm_cues: Vec<&Match> = ms
        .iter()
        .filter(|m| {
            (is(m, cues.killed) || is(m, cues.injured)) && !future_before(m.start) && !as_such(m)
        })
        .collect();
    // "the rebuilding of destroyed cities", "39 damaged cars": a participle before a
    // noun describes, it does not report a strike
    let damage = ms.iter().any(|m| {
        is(m, cues.damage) && {
            let t = doc.token_from(m.start);
            let prev = doc.lw(t.saturating_sub(1));
            // ("reports about the destruction of houses": a noun, reported; so is "23 reports
            // of damage to houses")
            let w = doc.lower_at(m.start, m.end);
            // ("A fire broke out": a phrase that tells the damage, not a participle)
            w.contains(' ')
                || w == "destruction"
                || prev == "of" && matches!(doc.lw(t.saturating_sub(2)), "reports" | "report" | "cases" | "instances")
                // ("reported no damage or casualties": none)
                || !(matches!(prev, "of" | "the" | "a" | "an" | "no") || doc.toks.get(t.saturating_sub(1)).is_some_and(|x| x.kind == sitrep_text::TokenKind::Digits))
        }
    });
    // "three houses were destroyed", "destroyed a warehouse": destroying what the target
    // list names is damage, though "were destroyed" also reports downed drones
    let destroyed_target = ms
        .iter()
        .any(|m| is(m, cues.intercept) && destroys_target(doc, ms, m));
    let damage = damage || destroyed_target;
    // ("The restoration of the theatre, which was damaged by the blast, will be completed
    // next year": damage told in a relative clause of a sentence about something to come
    // is an earlier strike's)
    // (looked for only in a sentence that tells of something to come)
    let future_here = ms.iter().any(|m| is(m, cues.future));
    let tokens = if future_here { s.t0..s.t1 } else { s.t0..s.t0 };
    let relative = tokens
        .into_iter()
        .find(|&t| {
            matches!(doc.lw(t), "which" | "that")
                && doc.word(t.saturating_sub(1)) == ","
                && ms
                    .iter()
                    .any(|m| is(m, cues.damage) && (t..t + 4).contains(&doc.token_from(m.start)))
        })
        .map(|r| (r, (r..s.t1).find(|&x| doc.word(x) == ",").unwrap_or(s.t1)));
    let told_of_the_past = relative.is_some_and(|(r, e)| {
        let inside = |m: &Match| (r..e).contains(&doc.token_from(m.start));
        ms.iter().any(|m| is(m, cues.future) && !inside(m))
            && ms
                .iter()
                .filter(|m| is(m, cues.damage) || is(m, cues.attack))
                .all(inside)
    });
    let damage = damage && !told_of_the_past;
    let attack_cues: Vec<&Match> = if told_of_the_past {
        Vec::new()
    } else {
        attack_cues
    };
    // the topics of talks and agreements are no strikes ("signed a memorandum on the
    // joint production of drones in Warsaw")
    // (an agreement silences only weak evidence: "hours after the grain deal was signed,
    // drones hit Izmail" is still a strike)
    // (a meeting that only dates the strike is none: "On Tuesday, as the delegations met, a
    // Russian missile struck a vessel in Odesa")
    let dates_the_strike = |m: &Match| {
        let t = doc.token_from(m.start);
        // ("a few hours before the meeting, a drone struck a car": the meeting times it, when
        // told as that near: not "Before the meeting, Zelensky visited Kharkiv")
        (t.saturating_sub(4).max(s.t0)..t).any(|x| {
            matches!(doc.lw(x), "as" | "while" | "when")
                || matches!(doc.lw(x), "before" | "after" | "during")
                    && x > s.t0
                    && matches!(
                        doc.lw(x - 1),
                        "hours" | "minutes" | "shortly" | "just" | "moments" | "hour" | "soon"
                    )
        }) && (t..s.t1).find(|&x| doc.word(x) == ",").is_some_and(|c| {
            // (an attack told, not one spoken of: "When Zelensky met Macron, he said
            // Russian strikes had destroyed …")
            attack_cues.iter().any(|a| {
                let at = doc.token_from(a.start);
                at > c
                    && !(c..at).any(|x| {
                        matches!(
                            doc.lw(x),
                            "said" | "says" | "told" | "noted" | "stated" | "added"
                        )
                    })
            })
        })
    };
    let talks = ms
        .iter()
        .any(|m| is(m, cues.meeting) && !dates_the_strike(m))
        || ms.iter().any(|m| is(m, cues.agreement))
            && attack_cues.is_empty()
            && harm_cues.is_empty()
            && !damage;
    let intercept =
        ms.iter().any(|m| is(m, cues.intercept)) || s.numbers.iter().any(|n| downed_inside(doc, n));
    // (not the words of an alert: "air raid alerts", "air-raid sirens")
    let weapons: Vec<&Match> = ms
        .iter()
        .filter(|m| {
            m.class == Class::Weapon
                && !ms
                    .iter()
                    .any(|h| is(h, cues.heard) && h.start <= m.start && m.end <= h.end)
        })
        .collect();
    let heard = ms.iter().any(|m| is(m, cues.heard));
    // ("Ukrainian servicemen shelled Glushkovo, killing a woman": the attackers, not
    // their losses)
    let military = ms.iter().any(|m| {
        let t = doc.token_from(m.end);
        is(m, cues.military_loss)
            // ("93 missiles launched from fighters": aircraft, no losses)
            && !doc.is_word(doc.token_from(m.start).saturating_sub(1), "from")
            && !(ms
                .iter()
                .any(|a| a.class == Class::Actor && a.start <= m.start && m.end <= a.end)
                && attack_cues
                    .iter()
                    .any(|c| (t..t + 2).contains(&doc.token_from(c.start))))
    });
    // ("Air defence shot down 45 of them": the figure is a part of the one told before)
    let units = s
        .numbers
        .iter()
        .any(|n| matches!(n.unit, Unit::Count | Unit::Munitions))
        || all_downed(ex, doc, k).is_some()
        || intercept
            && (opens_back_subset(doc, s)
                || s.numbers.iter().any(|n| doc.is_word(n.t1, "of") && matches!(doc.lw(n.t1 + 1), "them" | "these"))
                // "80 were shot down.": a part of the figure told before
                || s.numbers.first().is_some_and(|n| (n.t0 == s.t0 || n.t0 == s.t0 + 1 && doc.is_word(s.t0, "all")) && matches!(doc.lw(n.t1), "were" | "was"))
                || s.numbers.iter().any(|n| downed_inside(doc, n))
                // ("Air defence shot down 40.": the noun left out)
                || s.numbers.iter().any(|n| n.unit == Unit::Bare && matches!(doc.word(n.t1), "." | ";" | "") && ms.iter().any(|m| is(m, cues.intercept) && doc.token_from(m.end) == n.t0)));
    let no_cas = ms
        .iter()
        .any(|m| is(m, cues.no_casualties) || is(m, cues.no_injured) || is(m, cues.no_killed));
    let targets_here = ms.iter().any(|m| m.class == Class::Target);

    // (a weapon told before the place: not "an offensive towards Orikhiv … to push
    // Ukrainian artillery out of range")
    let weapon_at_place = !weapons.is_empty()
        && s.places.iter().any(|p| {
            weapons.iter().any(|w| w.start < p.span.start)
                && p.role == PlaceRole::Event
                && matches!(
                    p.kind,
                    PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
                )
                && ((p.t0.saturating_sub(3)..p.t0).any(|t| {
                    matches!(
                        doc.lw(t),
                        "against" | "at" | "on" | "near" | "in" | "towards"
                    )
                })
                    // ("missile strike on a residential neighbourhood of Kryvyi Rih")
                    || p.t0 > s.t0 + 4
                        && doc.is_word(p.t0 - 1, "of")
                        && (p.t0 - 5..p.t0 - 1).any(|t| matches!(doc.lw(t), "on" | "at")))
        });
    let mut kind = if !clash_cues.is_empty() {
        Some(Kind::Clash)
    } else if !attack_cues.is_empty()
        || !harm_cues.is_empty() && !military
        || damage && (targets_here || !weapons.is_empty())
        || intercept && (units || !weapons.is_empty())
        || units
        || weapon_at_place
    {
        Some(Kind::Attack)
    } else {
        None
    };
    // "the enemy attacked near X", "attacked our positions 9 times near X", "attacked 41
    // times in the areas of X and Y": ground fighting
    // ("launched 27 attacks towards Huliaipole", "attacked within northern Kupiansk")
    let near_at = |x: usize| {
        matches!(
            doc.lw(x),
            "near" | "around" | "towards" | "toward" | "within"
        ) || doc.is_word(x, "in")
            && doc.is_word(x + 1, "the")
            && matches!(
                doc.lw(x + 2),
                "area" | "areas" | "vicinity" | "direction" | "directions"
            )
            && doc.is_word(x + 3, "of")
    };
    if kind == Some(Kind::Attack)
        && weapons.is_empty()
        && attack_cues.iter().any(|m| {
            let t = doc.token_from(m.end);
            // ("17 attacks, most of them near X")
            let reach = if doc.is_word(t + 1, "positions")
                || doc.word(t) == ","
                    && matches!(doc.lw(t + 1), "most" | "mostly" | "mainly" | "all")
                || doc.word(t + 2) == ","
                    && matches!(doc.lw(t + 3), "most" | "mostly" | "mainly" | "all")
            {
                7
            } else if (t..t + 3).any(|x| doc.is_word(x, "times")) {
                // ("attacked 34 times over the past day near Dalne")
                9
            } else {
                4
            };
            (t..t + reach).any(near_at)
                && matches!(
                    doc.lw(doc.token_from(m.start)),
                    "attacked" | "attack" | "attacks" | "attacking"
                )
        })
    {
        kind = Some(Kind::Clash);
    }
    // "If the West sends missiles, Russia could strike Kyiv": a strike only threatened
    // makes no event of the weapons and places around it
    // ("preparing a massive missile strike on Kyiv": the weapon word holds the strike)
    let threatened = attack_cues.is_empty()
        && ms
            .iter()
            .any(|m| (is(m, cues.attack) || m.class == Class::Weapon) && future_before(m.start));
    // ("Lithuania will finance the first batch of 500 drones": munitions still to come,
    // no attack)
    let future_figures = attack_cues.is_empty()
        && harm_cues.is_empty()
        && !intercept
        && s.numbers.iter().any(|n| n.unit == Unit::Munitions)
        && s.numbers
            .iter()
            .filter(|n| n.unit == Unit::Munitions || n.unit == Unit::Count)
            .all(|n| future_before(doc.toks[n.t0].span.start));
    // ("The new package includes 120,000 artillery shells", "the shortage of shells around
    // Avdiivka": weapons given, lacked or stored, none fired; "Nikopol comes under fire
    // almost every day": a habit, no event)
    let quiet = harm_cues.is_empty() && !damage && !intercept;
    let supplied = quiet && attack_cues.is_empty() && ms.iter().any(|m| is(m, cues.supply));
    // (the habit of the sentence's own strike words: not "shelled Bilozerka, which is
    // regularly targeted")
    let habits = || ms.iter().filter(|m| is(m, cues.habitual));
    let habitual = quiet
        && !units
        && habits().next().is_some()
        // (a habit's own time words are no date: "lives under fire every day")
        && s.times.iter().all(|t| {
            habits().any(|h| t.span.start < h.end && h.start < t.span.end)
        })
        && attack_cues.iter().all(|m| {
            let t = doc.token_from(m.start);
            habits().any(|h| doc.token_from(h.start).abs_diff(t) <= 4)
        });
    // ("Fighting and shelling continued in the south of the region": the front goes on,
    // no event told)
    let goes_on = kind == Some(Kind::Clash)
        && harm_cues.is_empty()
        && !damage
        && !units
        && s.numbers.is_empty()
        && !s.places.iter().any(|p| {
            p.role == PlaceRole::Event
                && matches!(
                    p.kind,
                    PlaceKind::Settlement
                        | PlaceKind::Hromada
                        | PlaceKind::Raion
                        | PlaceKind::Ref(_)
                )
        })
        && (s.t0..s.t1).any(|t| {
            matches!(
                doc.lw(t),
                "continued"
                    | "continue"
                    | "continues"
                    | "continuing"
                    | "ongoing"
                    | "persist"
                    | "persisted"
            )
        });
    if heard && !damage && harm_cues.is_empty() && !targets_here
        || goes_on
        || supplied
        || habitual
        || talks
        || threatened && harm_cues.is_empty() && !damage
        || future_figures && !damage && clash_cues.is_empty()
    {
        kind = None;
    }
    // a sentence that only negates casualties still informs the place it is about
    // "Four people were injured. Among them is a 12-year-old boy.": a subset of the
    // figure just given, in a sentence of its own, takes that figure's harm
    let inherited = if harm_cues.is_empty() && opens_back_subset(doc, s) {
        k.checked_sub(1).and_then(|p| {
            doc.sent_matches(&doc.sents[p]).iter().rev().find_map(|m| {
                if is(m, cues.killed) {
                    Some(Harm::Killed)
                } else if is(m, cues.injured) {
                    Some(Harm::Injured)
                } else {
                    None
                }
            })
        })
    } else {
        None
    };
    let Some(kind) = kind
        .or(no_cas.then_some(Kind::Attack))
        .or(inherited.map(|_| Kind::Attack))
        .or_else(|| listed_under_heading(ex, doc, k))
    else {
        update_focus(s, k, state);
        // ("Russian troops shell Nikopol almost every day. On Monday, artillery hit a
        // building": the one town of a habit is where the next strike told falls)
        let mut towns = s
            .places
            .iter()
            .filter(|p| p.role == PlaceRole::Event && matches!(p.kind, PlaceKind::Settlement));
        if habitual && let (Some(p), None) = (towns.next(), towns.next()) {
            state.focus = Some((named_mention(ex, doc, s, p, s.region), s.para, k));
            state.focus_list = false;
        }
        return;
    };
    let negation_only = no_cas
        && attack_cues.is_empty()
        && clash_cues.is_empty()
        && harm_cues.is_empty()
        && !damage
        && !units
        && weapons.is_empty();
    let starts = clause_starts(ex, doc, s);

    // items of the sentence
    let mut items: Vec<Item> = Vec::new();
    if kind == Kind::Attack || kind == Kind::Clash {
        numbers_items(ex, doc, k, &mut items);
        breakdown_parts(doc, k, &mut items);
        colon_parts(doc, s, &mut items);
        if kind == Kind::Attack && !military {
            casualty_items(ex, doc, s, &starts, inherited, &mut items);
        }

        for m in ms {
            match m.class {
                Class::Weapon => {
                    let t = doc.token_from(m.end);
                    // "tanks at a cargo terminal", "fuel tanks": containers, not armour
                    // (not "fired artillery, mortars and tanks at residential areas")
                    let listed_weapon = ms.iter().any(|x| {
                        x.class == Class::Weapon
                            && x.end <= m.start
                            && doc.token_from(m.start) <= doc.token_from(x.end) + 2
                    });
                    let storage = ex.lexicons.label(m) == "tank"
                        && !listed_weapon
                        && (matches!(doc.lw(t), "at" | "of" | "containing" | "storing" | "farm")
                            || matches!(
                                doc.lw(doc.token_from(m.start).saturating_sub(1)),
                                "fuel" | "storage" | "oil" | "water" | "gas"
                            ));
                    // ("came under mortar fire, with 6 mines fired": mortar rounds, not mines)
                    let mortar_round = ex.lexicons.label(m) == "explosive"
                        && matches!(doc.lower_at(m.start, m.end), "mine" | "mines")
                        && ms
                            .iter()
                            .any(|x| x.class == Class::Weapon && ex.lexicons.label(x) == "mortar");
                    if storage || mortar_round {
                        continue;
                    }
                    let label = ex.lexicons.label(m);
                    // "destroyed a Ukrainian howitzer", "shot down a helicopter": armour, guns and
                    // aircraft hit are what was struck, not what struck
                    let struck_object = matches!(label, "tank" | "artillery" | "mlrs" | "aircraft")
                        && {
                            let mut b = doc.token_from(m.start);
                            // (past articles, figures and names: "a Ukrainian Leopard tank")
                            while b > s.t0 + 1
                                && (matches!(
                                    doc.lw(b - 1),
                                    "a" | "an"
                                        | "the"
                                        | "two"
                                        | "three"
                                        | "several"
                                        | "military"
                                        | "armoured"
                                        | "armored"
                                        | "towed"
                                ) || doc.lw(b - 1).contains('-')
                                    && doc
                                        .lw(b - 1)
                                        .bytes()
                                        .all(|c| c.is_ascii_lowercase() || c == b'-')
                                    || doc.toks[b - 1].kind == sitrep_text::TokenKind::Digits
                                    || doc.toks[b - 1].is_capitalized(doc.text))
                            {
                                b -= 1;
                            }
                            // (not "fired artillery", "launched an air strike": those verbs take the weapon)
                            b > s.t0
                                && (doc
                                    .match_at(b - 1, |x| {
                                        is(x, cues.intercept) || is(x, cues.damage)
                                    })
                                    .is_some_and(|e| e == b)
                                    || matches!(
                                        doc.lw(b - 1),
                                        "hit" | "struck" | "targeted" | "downed"
                                    ))
                                || b > s.t0 + 1
                                    && doc.is_word(b - 1, "down")
                                    && matches!(doc.lw(b - 2), "shot" | "shoot" | "shoots")
                        };
                    // "Aviation, anti-aircraft missile troops … repelled the air attack": the
                    // defenders' arms
                    let defending = ms
                        .iter()
                        .any(|r| is(r, cues.clash) && r.start > m.start && repels_air_attack(r));
                    // ("missiles (from Tu-95MS aircraft over Saratov Oblast)": where the
                    // missiles were fired from, a launch platform)
                    let platform = label == "aircraft"
                        && {
                            let f = doc.token_from(m.start);
                            (f.saturating_sub(7).max(s.t0)..f)
                                .rev()
                                .take_while(|&x| !matches!(doc.word(x), "," | ";" | "("))
                                .any(|x| {
                                    doc.is_word(x, "from")
                                        // ("missiles fired by Tu-22M3 bombers", "launched
                                        // by Su-34 aircraft")
                                        || doc.is_word(x, "by")
                                            && matches!(
                                                doc.lw(x.saturating_sub(1)),
                                                "fired" | "launched" | "carried" | "dropped"
                                            )
                                })
                        }
                        && ms
                            .iter()
                            .any(|x| x.class == Class::Weapon && ex.lexicons.label(x) == "missile");
                    // ("anti-aircraft units": the defenders')
                    let anti = doc
                        .text
                        .get(m.start.saturating_sub(5)..m.start)
                        .is_some_and(|w| w.eq_ignore_ascii_case("anti-"));
                    if struck_object || defending || platform || anti {
                        continue;
                    }
                    // explosives dropped (from drones) are the drone's; dropped mines stay explosive
                    let dropped = matches!(
                        doc.lw(doc.token_from(m.start).saturating_sub(1)),
                        "dropped" | "dropping" | "drops" | "drop"
                    ) || doc.lower_at(m.start, m.end).starts_with("explosive")
                        && weapons.iter().any(|w| ex.lexicons.label(w) == "drone");
                    let label = if label == "explosive"
                        && dropped
                        && !doc.lower_at(m.start, m.end).contains("mine")
                    {
                        "drone"
                    } else {
                        label
                    };
                    // "mortar fire, with 14 shells fired": the shells are the mortar's
                    let bare_shells = doc.lower_at(m.start, m.end).starts_with("shell");
                    if bare_shells
                        && weapons
                            .iter()
                            .any(|w| matches!(ex.lexicons.label(w), "mortar" | "tank" | "mlrs"))
                    {
                        continue;
                    }
                    if let Some(w) = Weapon::parse(label) {
                        items.push(Item::Weapon(w, Span::new(m.start, m.end)));
                    }
                }
                Class::Target
                    if kind == Kind::Attack
                        && (damage || !attack_cues.is_empty() || !harm_cues.is_empty())
                        && !(doc.lower_at(m.start, m.end).starts_with("hospital")
                            && (doc.token_from(m.start).saturating_sub(5)
                                ..doc.token_from(m.start))
                                .any(|k| matches!(doc.lw(k), "in" | "to" | "at")))
                        && doc
                            .match_at(doc.token_from(m.end), |x| is(x, cues.person))
                            .is_none()
                        // ("the local hospital said", "the hospital later clarified": the
                        // speaker, not what was hit)
                        && {
                            let e = doc.token_from(m.end);
                            let e = e + usize::from(matches!(doc.lw(e), "later" | "also"));
                            // (unless it tells of its own premises hit: "the hospital reported
                            // that a drone hit its roof")
                            doc.match_at(e, |x| is(x, cues.report)).is_none()
                                || (e..s.t1).any(|t| doc.is_word(t, "its"))
                        } =>
                {
                    // "unmanned aerial vehicles" is a weapon, not a vehicle hit
                    let inside_place = s.places.iter().any(|p| {
                        p.span.start <= m.start
                            && m.end <= p.span.end
                            && !matches!(p.kind, PlaceKind::Ref(_))
                    }) || ms.iter().any(|c| {
                        (is(c, cues.killed) || is(c, cues.injured))
                            && c.start <= m.start
                            && m.end <= c.end.max(m.end)
                            && c.end > m.start
                    }) || ms
                        .iter()
                        .any(|w| w.class == Class::Weapon && w.start < m.start && m.end <= w.end);
                    // ("the port city of Odesa": what the city is, not what was hit)
                    let t_tok = doc.token_from(m.start);
                    let t_end = doc.token_from(m.end);
                    // ("the Black Sea port of Odesa": the target word names the place after it)
                    let names_place = |x: usize| {
                        s.places.iter().any(|p| {
                            p.t0 == x && !matches!(p.kind, PlaceKind::Ref(_) | PlaceKind::AreaRef)
                        })
                    };
                    // ("across the river from the Zaporizhzhia nuclear power plant": a
                    // landmark that locates, not what was hit)
                    let landmark = (t_tok.saturating_sub(4).max(s.t0)..t_tok)
                        .rev()
                        .take_while(|&k| !matches!(doc.word(k), "," | ";" | ":"))
                        .any(|k| {
                            doc.is_word(k, "from")
                                && matches!(
                                    doc.lw(k.saturating_sub(1)),
                                    "river"
                                        | "across"
                                        | "km"
                                        | "kilometres"
                                        | "kilometers"
                                        | "miles"
                                        | "away"
                                )
                        });
                    let describes_city = matches!(doc.lw(t_end), "city" | "town")
                        && doc.is_word(t_end + 1, "of")
                        || doc.is_word(t_end, "of")
                            && names_place(t_end + 1)
                            && matches!(doc.lw(t_end - 1), "port" | "harbour" | "harbor")
                        || landmark
                        // ("the premises of an industrial enterprise": the enterprise's)
                        || doc.lower_at(m.start, m.end) == "premises"
                            && doc.is_word(t_end, "of")
                            && ms.iter().any(|x| {
                                x.class == Class::Target
                                    && x.start > m.end
                                    && doc.token_from(x.start) <= t_end + 4
                            });
                    // ("no critical infrastructure facilities were hit", "without damage to
                    // homes": nothing hit)
                    let negated = (t_tok.saturating_sub(3).max(s.t0)..t_tok)
                        .rev()
                        .take_while(|&k| !matches!(doc.word(k), "," | ";" | ":"))
                        .any(|k| matches!(doc.lw(k), "no" | "without"));
                    if !inside_place
                        && !describes_city
                        && !negated
                        && let Some(t) = Target::parse(ex.lexicons.label(m))
                    {
                        let count = s
                            .numbers
                            .iter()
                            .find(|n| {
                                n.t1 <= t_tok
                                    && t_tok <= n.unit_end.max(n.t1) + 2
                                    && n.unit == Unit::Other
                            })
                            .and_then(|n| n.value);
                        items.push(Item::Target(t, Span::new(m.start, m.end), count, damage));
                    }
                }
                _ => {}
            }
        }
        // "Russian aircraft carried out 27 air strikes … Among the settlements hit were
        // Kurakhove and Ocheretyne": the places of the strikes just told, with their weapons
        let among_hit = doc.is_word(s.t0, "among")
            && doc.is_word(s.t0 + 1, "the")
            && matches!(
                doc.lw(s.t0 + 2),
                "settlements" | "towns" | "villages" | "places" | "cities"
            )
            && matches!(
                doc.lw(s.t0 + 3),
                "hit" | "attacked" | "struck" | "shelled" | "targeted"
            );
        if kind == Kind::Attack
            && among_hit
            && !items.iter().any(|i| matches!(i, Item::Weapon(..)))
            && k > 0
        {
            for m in doc
                .sent_matches(&doc.sents[k - 1])
                .iter()
                .filter(|m| m.class == Class::Weapon)
            {
                if let Some(w) = Weapon::parse(ex.lexicons.label(m)) {
                    items.push(Item::Weapon(w, Span::new(m.start, m.end)));
                }
            }
        }
    }
    if kind == Kind::Clash {
        // a count stated for a front-line direction is dropped: a direction is no place
        let for_axis = |n: &Num| {
            s.places
                .iter()
                .filter(|p| {
                    p.t0 >= n.t1
                        && clause_of(&starts, p.t0) == clause_of(&starts, n.t0)
                        && p.role != PlaceRole::Org
                        // ("87 clashes took place at the front, with the hottest situation on
                        // the Pokrovsk axis": past a comma, no longer the figure's)
                        && !(n.t1..p.t0).any(|t| doc.word(t) == ",")
                })
                .min_by_key(|p| p.t0)
                .is_some_and(|p| p.role == PlaceRole::Axis)
        };
        items.retain(|i| matches!(i, Item::Count(n) if !for_axis(n)));
        // "Two clashes are still ongoing" after the nationwide count: a part of it
        let national = drafts
            .iter()
            .any(|d| d.kind == Kind::Clash && matches!(d.loc, Loc::Country(_)));
        let placeless = !s.places.iter().any(|p| p.role == PlaceRole::Event);
        if national && placeless {
            items.clear();
        }
    }

    // places of the sentence where events are
    let mut places: Vec<(Loc, usize, Span, usize)> = Vec::new(); // (loc, list, span, token)
    let region_here = s.region;
    let has_named = s.places.iter().any(|p| {
        p.role == PlaceRole::Event
            && matches!(
                p.kind,
                PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
            )
    });
    let mut list_regions: Vec<(usize, Option<&'static Region>)> = Vec::new();
    for p in &s.places {
        if p.role != PlaceRole::Event || in_setting(p.t0) {
            continue;
        }
        // "there" and "the town" point to the place this sentence has just named ("In
        // Zolochiv, a drone hit the town centre"); with none named before them, to the
        // place in focus
        let earlier = || {
            s.places.iter().rev().find(|q| {
                q.t0 < p.t0
                    && q.role == PlaceRole::Event
                    && matches!(
                        q.kind,
                        PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
                    )
            })
        };
        // ("launched 15 strikes on Kharkiv and the region": the oblast, its centre with it,
        // when the sentence gives it a figure)
        if p.kind == PlaceKind::Settlement
            && doc.is_word(p.t1, "and")
            && s.numbers
                .iter()
                .any(|n| matches!(n.unit, Unit::Count | Unit::Munitions) && !n.approx)
            && s.places.iter().any(|q| {
                q.kind == PlaceKind::AreaRef && q.role == PlaceRole::Event && q.t0 == p.t1 + 1
            })
            && let Some(r) = crate::analysis::oblast_of_centre(&p.name)
        {
            places.push((Loc::Region(r), p.list, p.span, p.t0));
            continue;
        }
        // ("the Dniprovskyi district of the city": the city of the district, told with it)
        if p.kind == PlaceKind::Ref(RefKind::Last)
            && p.t0 > s.t0
            && doc.is_word(p.t0 - 1, "of")
            && s.places
                .iter()
                .any(|q| q.kind == PlaceKind::Raion && q.t1 + 1 == p.t0)
        {
            continue;
        }
        if has_named
            && p.kind == PlaceKind::Ref(RefKind::Last)
            && let Some(q) = earlier()
        {
            let mut m = q.clone();
            m.span = p.span;
            m.t0 = p.t0;
            m.t1 = p.t1;
            m.list = usize::MAX - 1;
            places.push((
                named_mention(ex, doc, s, &m, region_here),
                m.list,
                p.span,
                p.t0,
            ));
            continue;
        }
        let loc = match p.kind {
            PlaceKind::Region(r) => Some(Loc::Region(r)),
            // "settlements of the region" with no oblast stated: the oblast of the place
            // just reported, else of the one this sentence names ("Kherson and 28 other
            // settlements of the region")
            PlaceKind::AreaRef => region_here
                .or_else(|| state.focus.as_ref().and_then(|f| oblast_of(ex, &f.0)))
                .or_else(|| places.iter().find_map(|q| oblast_of(ex, &q.0)))
                .map(Loc::Region),
            PlaceKind::Country(c) => Some(Loc::Country(c)),
            // ("Kharkiv mayor Ihor Terekhov said the city had been struck 15 times": the city
            // of the authority speaking in the sentence, before the one reported last)
            PlaceKind::Ref(RefKind::Last) => authority_city(doc, k)
                .filter(|c| c.t0 >= s.t0)
                .map(|c| named_mention(ex, doc, s, &c, region_here))
                // ("shelled the oblast 54 times, hitting Kherson. A drone struck a bus
                // there": "there" is the town the sentence before named last, even when
                // the oblast's tally is in focus)
                .or_else(|| {
                    let region_in_focus = state
                        .focus
                        .as_ref()
                        .is_some_and(|f| matches!(f.0, Loc::Region(_)) && f.2 + 1 == k);
                    if !(region_in_focus && doc.lower_at(p.span.start, p.span.end) == "there") {
                        return None;
                    }
                    let (prev, q) = sole_place_before(doc, k)?;
                    Some(named_mention(ex, doc, prev, q, prev.region))
                })
                .or_else(|| {
                    state
                        .focus
                        .as_ref()
                        .filter(|f| !matches!(f.0, Loc::Country(_)))
                        .map(|f| f.0.clone())
                })
                // "Kharkiv Mayor Ihor Terekhov said a guided bomb hit the city": the city whose
                // authority speaks
                .or_else(|| {
                    authority_city(doc, k).map(|c| named_mention(ex, doc, s, &c, region_here))
                })
                // ("Russia regularly shells Kherson. On Monday a drone hit a bus there": with
                // no strike in focus, the one place the sentence before named)
                .or_else(|| {
                    let (prev, q) = sole_place_before(doc, k)?;
                    Some(named_mention(ex, doc, prev, q, prev.region))
                }),
            PlaceKind::Ref(RefKind::RegionalCentre) => {
                region_here.map(|r| named(ex, doc, s, r.centre, Some(r), p))
            }
            PlaceKind::Ref(RefKind::Capital) => Some(named(ex, doc, s, "Kyiv", None, p)),
            PlaceKind::Ref(RefKind::DistrictCentre) => state
                .last_raion
                .clone()
                .map(|r| named(ex, doc, s, &r, region_here, p)),
            PlaceKind::Raion | PlaceKind::Hromada | PlaceKind::Settlement => {
                // (a list's oblast is found once for the list, not once per member)
                let lr = match list_regions.iter().find(|x| x.0 == p.list) {
                    Some(x) => x.1,
                    None => {
                        let r = list_region(ex, s, p.list, region_here);
                        list_regions.push((p.list, r));
                        r
                    }
                };
                Some(named_mention(ex, doc, s, p, lr.or(region_here)))
            }
        };
        if let Some(loc) = loc {
            places.push((loc, p.list, p.span, p.t0));
        }
    }
    // a country is an event place only for nationwide tallies
    let air_weapons = items
        .iter()
        .any(|i| matches!(i, Item::Weapon(Weapon::Drone | Weapon::Missile, _)));
    let national_numbers = items.iter().any(|i| {
        matches!(i, Item::Intercepted(_)) || matches!(i, Item::Munitions(_)) && air_weapons
    });
    let actor = ms.iter().find(|m| is_actor(doc, m)).copied().or(doc.actor);
    // the country a tally covers: Russia's when Ukraine's forces are the attackers
    // ("air defence destroyed 47 Ukrainian drones over Russian regions")
    // ("Russia's Defence Ministry said its air defences had destroyed 12 Ukrainian drones":
    // the drones downed are Ukraine's, whoever speaks first)
    // (and "The Ukrainian military intercepted 6 Russian drones": Ukraine's tally)
    let munitions_of = |nation: &str| {
        intercept
            && (s.t0..s.t1).any(|t| {
                doc.is_word(t, nation)
                    && doc
                        .match_at(t + 1, |w| {
                            w.class == Class::Weapon
                                && matches!(ex.lexicons.label(w), "drone" | "missile")
                        })
                        .is_some()
            })
    };
    // (and Russia's ministry counting what it downed over its own regions only)
    let russian_tally = intercept
        && ms.iter().any(|m| {
            m.class == Class::Role
                && doc.lower_at(m.start, m.end).contains("ministry")
                && matches!(
                    doc.lw(doc.token_from(m.start).saturating_sub(1)),
                    "russian" | "russia's"
                )
        })
        && s.places
            .iter()
            .any(|p| matches!(p.kind, PlaceKind::Region(r) if r.country == "RU"))
        && !s
            .places
            .iter()
            .any(|p| matches!(p.kind, PlaceKind::Region(r) if r.country == "UA"));
    let home = if munitions_of("ukrainian") || russian_tally {
        "RU"
    } else if munitions_of("russian") {
        "UA"
    } else if kind != Kind::Clash
        // ("Ukrainian forces shot down 30 missiles": a shoot-down at home, by the
        // sentence's own actor)
        && !(intercept && ms.iter().any(|m| is_actor(doc, m)))
        && actor.is_some_and(|a| ex.lexicons.label(&a) == "Ukrainian forces")
    {
        // (Ukraine's forces fight their battles at home: "Ukrainian forces fought 96 battles")
        "RU"
    } else if intercept
        && places.is_empty()
        && state
            .focus
            .as_ref()
            .filter(|f| f.2 + 1 == k)
            .and_then(|f| loc_admin1(&f.0))
            .and_then(|a| ex.gazetteer.region_by_admin1(a))
            .is_some_and(|r| r.country == "RU")
    {
        // ("A drone attacked the refinery in Volgograd. One drone was suppressed by
        // electronic warfare": downed where the strike just told was)
        "RU"
    } else {
        "UA"
    };
    places.retain(|(l, ..)| !matches!(l, Loc::Country(c) if *c != home || !(national_numbers || air_weapons && kind == Kind::Attack)));
    if places.len() > 1 {
        places.retain(|(l, ..)| !matches!(l, Loc::Country(_)));
    }
    // ("Across Ukraine, at least 44 people were killed and 174 wounded": a toll over many
    // oblasts is no event, nor the toll of the strike in focus)
    let across_country = places.is_empty()
        && home == "UA"
        && (s.t0 + 1..s.t1)
            .any(|t| doc.is_word(t, "ukraine") && matches!(doc.lw(t - 1), "across" | "throughout"))
        && !items.is_empty()
        && items.iter().all(|i| {
            matches!(
                i,
                Item::Casualty { .. } | Item::Children { .. } | Item::LaterDeath { .. }
            )
        });
    if across_country {
        return;
    }
    // "destroyed 337 drones overnight, 91 of them over the Moscow region": the total is the
    // country's tally, the part the region's
    let part_of_them = |tok: usize| {
        (tok.saturating_sub(6).max(s.t0 + 1)..tok).any(|t| {
            doc.is_word(t, "of")
                && doc.is_word(t + 1, "them")
                && (doc.is_digits(t - 1) || sitrep_text::numbers::is_number_word(doc.lw(t - 1)))
        })
    };
    // ("Air defence destroyed 47 missiles, 20 of them in the area around the capital":
    // where Ukraine's air defence downed some of the tally is no place struck)
    // (not hits: "12 drones hit targets, four of them in Kharkiv")
    let downed_part = |tok: usize| {
        part_of_them(tok)
            && ms
                .iter()
                .filter(|m| {
                    doc.token_from(m.start) < tok && (is(m, cues.intercept) || is(m, cues.attack))
                })
                .max_by_key(|m| m.start)
                .is_some_and(|m| is(m, cues.intercept))
    };
    if national_numbers && home == "UA" {
        places.retain(|p| !(matches!(p.0, Loc::Named(_)) && downed_part(p.3)));
    }
    if national_numbers
        && !places.is_empty()
        && places
            .iter()
            .all(|p| matches!(p.0, Loc::Region(r) if r.country == home) && part_of_them(p.3))
    {
        // (its evidence: the country's name in the sentence, else the words before the part)
        let span = (s.t0..s.t1)
            .find(|&t| matches!(doc.lw(t), "ukraine" | "ukraine's" | "russia" | "russia's"))
            .map(|t| doc.toks[t].span)
            .unwrap_or(Span::new(s.span.start, doc.toks[places[0].3].span.start));
        places.insert(0, (Loc::Country(home), usize::MAX, span, s.t0));
    }

    // the fallback place for items with none of their own
    let period_words = s
        .times
        .iter()
        .any(|t| matches!(t.kind, sitrep_text::dates::TimeKind::Period));
    // a lead about the whole country, not its dateline's city: "KYIV, Ukraine (AP) — Russia
    // pounded Ukraine's power grid …, killing at least 10 people"
    let nationwide = k == 0 && home == "UA" && {
        let after = crate::analysis::agency_dateline_end(doc, s).max(s.t0 + 3);
        (after..s.t1).any(|t| matches!(doc.lw(t), "ukraine" | "ukraine's"))
    };
    let default_loc: Option<Loc> = {
        // the place just spoken of, unless this sentence names another oblast
        // (not where the missiles came from: "Two missiles fired from the Belgorod region
        // hit the building")
        let named_here: Vec<&str> = s
            .places
            .iter()
            .filter(|p| p.role != PlaceRole::Origin)
            .filter_map(|p| {
                if let PlaceKind::Region(r) = p.kind {
                    (!p.plural).then_some(r.admin1)
                } else {
                    None
                }
            })
            .collect();
        let same_oblast = |l: &Loc| {
            named_here.is_empty() || loc_admin1(l).is_none_or(|a| named_here.contains(&a))
        };
        // "were damaged in the strike": a definite strike is the one just reported,
        // however many sentences about it came in between
        let the_strike = attack_cues.iter().any(|m| matches!(doc.lw(doc.token_from(m.start).saturating_sub(1)), "the" | "this" | "that"))
            // "The death toll later rose to 13": a toll is the one of the event in focus
            || (s.t0..s.t1).any(|t| doc.lw(t) == "toll");
        let focus_here = state
            .focus
            .as_ref()
            .filter(|f| f.1 == s.para || f.2 + 1 == k || the_strike && places.is_empty())
            .filter(|f| !state.focus_list && same_oblast(&f.0))
            .map(|f| f.0.clone());
        // ("… Sumy, injuring five. In Shostka, …; no casualties were reported. ¶ A 12-year-old
        // boy has died in hospital.": a victim told with no place is not the place where
        // nobody was hurt, but the last one that had victims)
        let casualty_only = !items.is_empty()
            && items.iter().all(|i| {
                matches!(
                    i,
                    Item::Casualty { .. } | Item::LaterDeath { .. } | Item::Children { .. }
                )
            });
        let unharmed = |l: &Loc| {
            drafts
                .iter()
                .any(|d| same_loc(&d.loc, l) && d.killed == Some(0) && d.injured == Some(0))
        };
        let focus_here = match focus_here {
            Some(f) if places.is_empty() && casualty_only && unharmed(&f) => drafts
                .iter()
                .rev()
                .find(|d| {
                    d.kind == kind
                        && (d.killed.is_some_and(|v| v > 0) || d.injured.is_some_and(|v| v > 0))
                })
                .map(|d| d.loc.clone())
                .or(Some(f)),
            f => f,
        };
        // "In total, …", "Overall, …", "… in the district": a tally over the area
        // ("In total, four people have been killed" after one city's strike only: the city's)
        let several_places = drafts
            .iter()
            .filter(|d| matches!(d.loc, Loc::Named(_)))
            .count()
            >= 2
            || drafts.iter().any(|d| matches!(d.loc, Loc::Region(_)));
        // ("The attacks targeted Beryslav, Tiahynka, … and Kherson city. Russian troops
        // fired 35 projectiles at Kherson.¶ Two people were killed and five were injured,
        // the governor said.": a paragraph of its own after one that named several places
        // sums them up; so do "Russian strikes hit homes and a hospital")
        let raions_named = |para: usize| {
            doc.sents[..k]
                .iter()
                .rev()
                .take_while(|x| x.para == para)
                .flat_map(|x| x.places.iter())
                // (and oblast centres named as cities: "a hospital in Kherson")
                .filter(|p| {
                    p.role == PlaceRole::Event
                        && (p.kind == PlaceKind::Raion
                            || matches!(p.kind, PlaceKind::Region(_))
                                && p.t1 == p.t0 + 1
                                && !matches!(
                                    doc.lw(p.t1),
                                    "region" | "oblast" | "regional" | "region's"
                                ))
                })
                .count()
        };
        let rolls_up = || {
            k > 0 && doc.sents[k - 1].para != s.para && {
                let prev_para = doc.sents[k - 1].para;
                let named = settlements_named(doc, k, prev_para);
                named >= 3
                    // ("The enemy shelled Kherson region 66 times … A hospital in Kherson was
                    // hit. ¶ Two people were killed and nine wounded.": the paragraph before
                    // opened with the oblast's count)
                    // (or two places, told after the oblast's count: "… hit an educational
                    // institution in Beryslav district and a medical facility in Kherson.")
                    || drafts.iter().any(|d| {
                        matches!(d.loc, Loc::Region(_))
                            && (d.count.stated() || d.munitions.stated())
                            && d.killed.is_none()
                            && d.injured.is_none()
                            && (doc.sents[d.first_sent].para == prev_para
                                || named + raions_named(prev_para) >= 2)
                    })
            }
        };
        let area_tally = places.is_empty()
            && items.iter().any(|i| {
                matches!(
                    i,
                    Item::Casualty { .. } | Item::NoCasualties { .. } | Item::Target(..)
                )
            })
            && (several_places && (matches!((doc.lw(s.t0), doc.lw(s.t0 + 1)), ("in", "total" | "all") | ("overall" | "altogether", _)) || rolls_up())
                // "As a result of Russian aggression, two people were killed …": the daily total
                // (wherever the phrase stands: "One person was killed … as a result of the
                // Russian aggression")
                || (s.t0..s.t1.saturating_sub(3)).any(|a| doc.is_word(a, "as") && doc.is_word(a + 1, "a") && doc.is_word(a + 2, "result") && (a + 3..(a + 7).min(s.t1)).any(|t| doc.is_word(t, "aggression")))
                || (s.t0..s.t1).any(|t| {
                    // (not "residents of the district" sought help: where victims live)
                    // (nor "the district hospital": a building of it)
                    doc.is_word(t, "the") && matches!(doc.lw(t + 1), "district" | "raion") && !matches!(doc.lw(t + 2), "centre" | "center" | "of" | "hospital" | "council" | "administration" | "police" | "court") && doc.match_at(t + 2, |m| m.class == Class::Target).is_none() && !doc.is_word(t.wrapping_sub(1), "of")
                }));
        let air_force = doc.sent_matches(s).iter().any(|m| {
            m.class == Class::Role
                && ex.lexicons.label(m) == "org"
                && doc.lower_at(m.start, m.end).contains("air")
        });
        // ("Russian aircraft carried out 27 air strikes today, dropping 41 guided bombs, the
        // General Staff said": the General Staff counts the whole front)
        // (or the report it belongs to: "…, the General Staff said. ¶ Russian aircraft …")
        let general_staff = state.general_staff_from.is_some_and(|g| g <= k);
        // ("Russia also launched two missile strikes and 24 air strikes …, the General Staff
        // said": a sentence naming no place, in a paragraph citing the General Staff, counts
        // the whole front, whatever place the paragraph before was about)
        let general_staff_here = general_staff
            && kind == Kind::Attack
            && s.places
                .iter()
                .all(|p| p.role != PlaceRole::Event || matches!(p.kind, PlaceKind::Country(_)))
            && doc.sents.iter().filter(|x| x.para == s.para).any(|x| {
                doc.sent_matches(x).iter().any(|m| {
                    m.class == Class::Role
                        && ex.lexicons.label(m) == "org"
                        && doc.lower_at(m.start, m.end).contains("general staff")
                })
            });
        // ("In total today the enemy has carried out 29 air strikes": the sum of the day's
        // report, not the strike just told)
        let total_opening = doc.is_word(s.t0, "in") && matches!(doc.lw(s.t0 + 1), "total" | "all")
            || matches!(doc.lw(s.t0), "overall" | "altogether");
        let unfocused =
            focus_here.is_none() || general_staff_here || general_staff && total_opening;
        // ("… drones hit Nikopol. The Russian Defence Ministry said it destroyed 12 Ukrainian
        // drones": a tally of the other country is not the strike in focus)
        let focus_abroad = focus_here
            .as_ref()
            .and_then(loc_admin1)
            .and_then(|a| ex.gazetteer.region_by_admin1(a))
            .is_some_and(|r| r.country != home);
        // ("On the Pokrovsk axis, defenders repelled 24 attacks", "12 assaults on positions
        // in the south": a front-line axis or a part of the country is no place, and its
        // figures are dropped)
        // ("87 combat clashes have taken place at the front, with the hottest situation on
        // the Pokrovsk axis": the whole front's figure)
        let whole_front = (s.t0 + 2..s.t1).any(|t| {
            matches!(doc.lw(t), "front" | "frontline" | "front-line")
                && doc.is_word(t - 1, "the")
                && matches!(doc.lw(t - 2), "at" | "along" | "across" | "on")
        });
        // ("312 attacks on the southern front": a part of the front, no place)
        let front_side = (s.t0 + 1..s.t1).any(|t| {
            matches!(doc.lw(t), "front" | "flank")
                && matches!(
                    doc.lw(t - 1),
                    "southern"
                        | "northern"
                        | "eastern"
                        | "western"
                        | "south-eastern"
                        | "southeastern"
                        | "north-eastern"
                        | "northeastern"
                )
        });
        // ("attacked 118 times …, with almost a third of the assaults in the Pokrovsk
        // sector": an aside on where the figure's part was, not a part of the front)
        let aside_after_count = |t: usize| {
            (s.t0..t).any(|x| {
                doc.word(x) == ","
                    && doc.is_word(x + 1, "with")
                    && items
                        .iter()
                        .any(|i| matches!(i, Item::Count(n) if n.t1 <= x))
            })
        };
        // ("In Donetsk Oblast's Kurakhove sector": the oblast names the sector's side)
        let owns_axis = |p: &PlaceMention| {
            matches!(p.kind, PlaceKind::Region(_))
                && doc.word(p.t1.saturating_sub(1)).ends_with("'s")
                && doc.match_at(p.t1 + 1, |m| is(m, cues.axis)).is_some()
        };
        let front_part = !whole_front
            && s.places.iter().all(|p| {
                p.role != PlaceRole::Event
                    || matches!(p.kind, PlaceKind::Country(_))
                    || owns_axis(p)
            })
            && (doc.sent_matches(s).iter().any(|m| {
                let t = doc.token_from(m.start);
                // (one axis: "the Kupiansk, Lyman and Bakhmut axes" span the front)
                !aside_after_count(t)
                    && is(m, cues.axis)
                    && matches!(
                        doc.lower_at(m.start, m.end),
                        "axis" | "direction" | "sector" | "salient" | "front"
                    )
                    && t > s.t0
                    && doc.word(t - 1).starts_with(|c: char| c.is_uppercase())
            }) || (s.t0..s.t1).any(|t| {
                crate::analysis::compass_point_at(doc, t) && !whole_country_compass(doc, t + 2)
            }) || front_side && !items.iter().any(|i| matches!(i, Item::Casualty { .. })));
        // ("destroyed 11 Ukrainian drones over the Bryansk, Kursk and Oryol regions": a
        // tally over several Russian regions, no event, not the strike in focus)
        // (Russia's tallies count occupied Crimea among its regions: "over the Krasnodar
        // region and annexed Crimea")
        let regions = || {
            s.places.iter().filter_map(|p| match p.kind {
                PlaceKind::Region(r)
                    if matches!(p.role, PlaceRole::Event | PlaceRole::Locative) =>
                {
                    Some(r)
                }
                _ => None,
            })
        };
        let crimea =
            |r: &Region| matches!(r.admin1, "Autonomous Republic of Crimea" | "Sevastopol");
        let spans_russian_regions = places.is_empty()
            && regions().any(|r| r.country == "RU")
            && regions().all(|r| r.country == "RU" || crimea(r))
            && regions().any(|r| regions().any(|q| q.admin1 != r.admin1));
        if spans_russian_regions {
            Some(Loc::Country("RU"))
        } else if front_part {
            None
        } else if kind == Kind::Clash && whole_front {
            // "fought 152 combat clashes along the front line": the nation's, wherever the
            // paragraph before was
            Some(Loc::Country(home))
        } else if kind == Kind::Clash
            // ("… clashed near Ocheretyne. 9 Russian attacks were repelled.": the one place
            // just named is where they were)
            && !(focus_here.is_some()
                && k.checked_sub(1).is_some_and(|p| {
                    doc.sents[p]
                        .places
                        .iter()
                        .filter(|q| q.role == PlaceRole::Event && matches!(q.kind, PlaceKind::Settlement | PlaceKind::Hromada))
                        .count()
                        == 1
                }))
        {
            // "beat back 41 attacks in these areas": the oblast of the places just named
            // (not a figure "along the front line": the whole front's)
            let prev_region = k
                .checked_sub(1)
                .filter(|_| !whole_front)
                .and_then(|p| single_region_of(ex, doc, &doc.sents[p]));
            Some(prev_region.map(Loc::Region).unwrap_or(Loc::Country(home)))
        } else if (air_force || doc.multi_region || unfocused || state.national_prev == Some(k.wrapping_sub(1)) || focus_abroad)
            && (national_numbers || general_staff && unfocused)
            // (not the strike just told, pointed back to: "the mall was hit by one of two
            // Kh-22 missiles", "the port was hit by two missiles")
            && !(matches!(focus_here, Some(Loc::Named(_)))
                && ms.iter().any(|m| {
                    m.class == Class::Target
                        && doc.is_word(doc.token_from(m.start).saturating_sub(1), "the")
                }))
            && !items.iter().any(|i| matches!(i, Item::Casualty { .. }))
            // "N strikes" locate nowhere in an oblast's report; in a report about no oblast
            // ("52 air strikes, dropping 84 guided bombs") they are the nation's
            && (!items.iter().any(|i| matches!(i, Item::Count(_))) || doc.main_region.is_none() && region_here.is_none() && focus_here.is_none() || general_staff && unfocused)
        {
            // an air-defence tally with no place of its own is nationwide
            Some(Loc::Country(home))
        } else if kind == Kind::Attack
            // (or with only a Russian oblast in force, for strikes the Russian army made:
            // "In Russia's Kursk region, units repelled 25 assaults. Over the day, the
            // Russian army launched 2 missile strikes and 54 air strikes")
            && (focus_here.is_none() && region_here.is_none() && doc.main_region.is_none()
                || region_here.is_some_and(|r| r.country != home)
                    && ms.iter().find(|m| is_actor(doc, m)).is_some_and(|m| ex.lexicons.label(m) == "Russian forces"))
            && items.iter().any(|i| {
                matches!(i, Item::Count(n) if state.national_prev == Some(k.wrapping_sub(1))
                    || (n.t1..n.unit_end.max(n.t1 + 1)).any(|t| doc.lw(t).starts_with("strike") || doc.lw(t).starts_with("airstrike")))
            })
            && !items.iter().any(|i| matches!(i, Item::Casualty { .. }))
        {
            // "Russian forces carried out one missile strike and 27 air strikes": a count
            // of strikes told of no place, in a report about no oblast, is the nation's
            // (and so is the count that goes on with it: "They also carried out 3,000 attacks")
            Some(Loc::Country(home))
        } else if let Some(area) = area_tally.then(|| {
            // "In total, three people were wounded in the district": the tally of the area
            // the report is about, not of the place named last
            drafts
                .iter()
                .find(|d| d.kind == kind && matches!(&d.loc, Loc::Named(n) if n.raion()) && (d.count.stated() || d.munitions.stated()))
                .map(|d| d.loc.clone())
                .or_else(|| region_here.filter(|_| !doc.multi_region).map(Loc::Region))
        }).flatten() {
            Some(area)
        } else if let Some(f) = focus_here.clone().filter(|_| {
            !(period_words && doc.main_region.is_some() && !doc.multi_region)
                // ("Three of the wounded died in hospitals over the past two days": the
                // strike's victims, whatever the period)
                || items.iter().any(|i| matches!(i, Item::LaterDeath { .. }))
                    && !items.iter().any(|i| matches!(i, Item::Casualty { .. } | Item::Count(_) | Item::Munitions(_)))
        }) {
            Some(f)
        } else if let Some(raion) = drafts.iter().find(|d| d.kind == kind && matches!(&d.loc, Loc::Named(n) if n.raion()) && (d.count.stated() || d.munitions.stated())) {
            // the raion whose figures the article reports
            Some(raion.loc.clone())
        } else if let Some(r) = region_here.filter(|r| {
            // (not an oblast named only in an official's title after the text named the
            // town: "… the building in Kryvyi Rih. … bringing the number killed to 11. …
            // said Serhii Lysak, head of the Dnipropetrovsk Regional Military
            // Administration")
            let mentions = || {
                doc.sents.iter().flat_map(|x| x.places.iter()).filter(|p| {
                    matches!(p.kind, PlaceKind::Region(y) if y == *r)
                        || p.kind == PlaceKind::AreaRef
                })
            };
            // (only for victims told with no place and no period: "Overall, the enemy
            // carried out 67 attacks over the past day" is still the oblast's)
            let only_titled = !period_words
                && !items
                    .iter()
                    .any(|i| matches!(i, Item::Count(_) | Item::Munitions(_)))
                && mentions().all(|p| p.role == PlaceRole::Org)
                && doc.sents[..k].iter().any(|x| {
                x.places.iter().any(|p| {
                    p.role == PlaceRole::Event && matches!(p.kind, PlaceKind::Settlement)
                })
            });
            // (not a dateline's city in a lead about the whole country)
            !(only_titled || nationwide && dateline_city(ex, doc).is_some())
            && (!doc.multi_region
                || s.places.iter().any(|p| matches!(p.kind, PlaceKind::Region(_)))
                || region_opens_paragraph(doc, k, r)
                // (or in the sentence just before: "Russian troops fired on Kherson region 94
                // times … ¶ Two civilians were killed and 11 others wounded.")
                || k > 0
                    && doc.sents[k - 1].places.iter().any(|p| {
                        p.role == PlaceRole::Event && matches!(p.kind, PlaceKind::Region(x) if x == *r)
                    }))
        }) {
            // (in a roundup, the oblast named in the paragraph so far: "Kherson region. One
            // person was killed and nine were injured; …")
            Some(Loc::Region(r))
        } else if doc.multi_region && (national_numbers || items.iter().any(|i| matches!(i, Item::Count(_)))) && items.iter().all(|i| !matches!(i, Item::Casualty { .. })) {
            Some(Loc::Country(home))
        } else {
            // "KHARKIV, Ukraine (AP) — A Russian guided bomb struck an apartment building":
            // a wire story's dateline is where its lead happened
            // (not a lead about the whole country)
            focus_here
                .or_else(|| {
                    dateline_city(ex, doc)
                        .filter(|_| !nationwide)
                        .map(|m| named_mention(ex, doc, s, &m, region_here))
                })
                // ("A peaceful Sunday in Nikopol ended in tragedy. The enemy struck a car
                // with a drone.": the one place a scene-setting sentence just named)
                .or_else(|| {
                    let (prev, q) = sole_place_before(doc, k)?;
                    // (a scene only: not a strike set aside as intent, future or history)
                    let scene = !prev.backref
                        && !prev.void
                        && !doc.sent_matches(prev).iter().any(|m| {
                            m.class == Class::Weapon
                                || m.class == Class::Person
                                || is(m, cues.meeting)
                                || is(m, cues.report)
                                || is(m, cues.claim)
                                || is(m, cues.attack)
                                || is(m, cues.clash)
                                || is(m, cues.damage)
                                || is(m, cues.killed)
                                || is(m, cues.injured)
                        });
                    (scene && state.focus.is_none())
                        .then(|| named_mention(ex, doc, prev, q, prev.region))
                })
                // ("Russian missile kills 12 in Kryvyi Rih ¶ A Russian missile struck a
                // five-storey building on Tuesday, killing 12 people.": a body that names no
                // place happened where its headline says)
                .or_else(|| {
                    let body_names_none = doc.sents[..=k].iter().all(|x| {
                        x.places.iter().all(|p| p.role != PlaceRole::Event)
                    });
                    (body_names_none && state.focus.is_none())
                        .then(|| title_place(ex, doc))
                        .flatten()
                        .map(|m| named_mention(ex, doc, s, &m, region_here))
                })
        }
    };
    // "Russian attacks across Ukraine killed four people …": a casualty total over the
    // whole country spans oblasts and is no event (spec); its parts are told place by place
    // (not the "Ukraine" of a dateline: "KHARKIV, Ukraine (AP) — …")
    let dateline_country =
        |p: &PlaceMention| k == 0 && p.t0 == s.t0 + 2 && dateline_city(ex, doc).is_some();
    // ("… pounded Ukraine's power grid …, killing at least 10 people": the country's too)
    let country_total = places.iter().all(|p| matches!(p.0, Loc::Country(_)))
        && s.places.iter().any(|p| {
            (p.role == PlaceRole::Event || sitrep_text::is_possessive(p.span.text(doc.text)))
                && matches!(p.kind, PlaceKind::Country(c) if c == home)
                && !dateline_country(p)
        })
        && items.iter().any(|i| matches!(i, Item::Casualty { .. }))
        && !items.iter().any(|i| {
            matches!(
                i,
                Item::Count(_) | Item::Munitions(_) | Item::Intercepted(_)
            )
        });
    if country_total {
        update_focus(s, k, state);
        return;
    }
    let fallback = if places.is_empty() {
        default_loc.clone()
    } else {
        None
    };
    if military && places.is_empty() {
        update_focus(s, k, state);
        return; // claims of destroyed materiel or military losses with no place
    }
    let substantive = items.iter().any(|i| {
        matches!(
            i,
            Item::Count(_)
                | Item::Munitions(_)
                | Item::Intercepted(_)
                | Item::Casualty { .. }
                | Item::Children { .. }
                | Item::Target(..)
                | Item::NoCasualties { .. }
                | Item::LaterDeath { .. }
        )
    });
    // "The enemy used mortars and drones": weapons for the area already reported
    if places.is_empty()
        && !substantive
        && kind == Kind::Attack
        && !attack_cues.is_empty()
        // (or for the district whose tally was told: "shelled Kupiansk district 42 times.
        // The enemy used artillery, mortars and FPV drones.")
        && let Some(area @ (Loc::Region(_) | Loc::Named(_))) = &fallback
        && (matches!(area, Loc::Region(_)) || matches!(area, Loc::Named(n) if n.raion()))
        && let Some(d) = drafts.iter_mut().find(|d| {
            d.kind == kind
                && same_loc(&d.loc, area)
                && (matches!(d.loc, Loc::Region(_)) || d.count.stated() || d.munitions.stated())
        })
    {
        for item in items.iter().filter(|i| matches!(i, Item::Weapon(..))) {
            apply(doc, d, item, k, 0, 0);
        }
        state.contributed[k] = true;
        return;
    }
    // A summary's "There were no casualties." (no place named) is also the area's, when the
    // article gives an area total: "Russian troops carried out 159 strikes on 3 settlements
    // … Huliaipole, Robotyne and Plavni came under fire. There were no casualties."
    // (a closing statement: no casualty is told after it; and not one about the single
    // place just named: "In Chernihiv, a shell hit an outbuilding. Nobody was hurt.")
    let no_casualties_only = places.is_empty()
        && !items.is_empty()
        && items
            .iter()
            .all(|i| matches!(i, Item::NoCasualties { these: false, .. }));
    let closing = || {
        // (victims told later of another oblast do not reopen this one's count)
        let same_oblast = |x: &&Sent| x.region.map(|r| r.admin1) == s.region.map(|r| r.admin1);
        let harm_later = doc.sents[k + 1..].iter().take_while(same_oblast).any(|x| {
            doc.sent_matches(x)
                .iter()
                .any(|m| is(m, cues.killed) || is(m, cues.injured))
        });
        let places_of = |x: &Sent| {
            x.places
                .iter()
                .filter(|p| {
                    p.role == PlaceRole::Event
                        && !matches!(p.kind, PlaceKind::Region(_) | PlaceKind::AreaRef)
                })
                .count()
        };
        // (the sentence before, or the last in its paragraph to name a place when that
        // place is told with a district of its own, out of the area: "…dropped a bomb on the
        // Mezhova hromada in Synelnykove district. A farm was damaged. Nobody was hurt.")
        let prev_single = k > 0
            && (places_of(&doc.sents[k - 1]) == 1
                || doc.sents[..k]
                    .iter()
                    .rev()
                    .take_while(|x| x.para == s.para)
                    .find(|x| places_of(x) > 0)
                    .is_some_and(|x| {
                        places_of(x) == 1 && x.places.iter().any(|p| p.kind == PlaceKind::Raion)
                    }));
        !harm_later && !prev_single
    };
    let counted_area = |d: &Draft| {
        d.kind == kind
            && (matches!(d.loc, Loc::Region(_)) || matches!(&d.loc, Loc::Named(n) if n.raion()))
            && (d.count.stated() || d.munitions.stated())
    };
    // (in a roundup, the area of the oblast in force)
    let oblast_here = s.region.map(|r| r.admin1);
    if no_casualties_only
        && closing()
        && let Some(a) = drafts
            .iter()
            .position(|d| counted_area(d) && doc.multi_region && loc_admin1(&d.loc) == oblast_here)
            .or_else(|| drafts.iter().position(counted_area))
    {
        zero_area(doc, drafts, a, &items, k);
    }
    // "Marhanets and Myrove were hit. There were no casualties there.": every place of
    // the list just reported ("there" refers to them all)
    // (so does a sentence naming no place right after the list, in its paragraph: "Debris
    // fell in Bila Tserkva and Fastiv districts. No one was injured.")
    let only_there = s.places.iter().all(|p| {
        matches!(p.kind, PlaceKind::Ref(RefKind::Last))
            && doc.lower_at(p.span.start, p.span.end) == "there"
    });
    let listed_before = |prev: usize| {
        drafts
            .iter()
            .any(|d| d.first_sent == prev && matches!(d.loc, Loc::Named(_)))
    };
    let there_or_nothing = (s.t0 + 1..s.t1).any(|t| doc.is_word(t, "there"))
        || s.places.is_empty()
            && k > 0
            && doc.sents[k - 1].para == s.para
            && listed_before(k - 1)
            && !items
                .iter()
                .any(|i| matches!(i, Item::NoCasualties { these: true, .. }));
    if only_there
        && state.focus_list
        && there_or_nothing
        && !items.is_empty()
        && items.iter().all(|i| matches!(i, Item::NoCasualties { .. }))
        && let Some(prev) = k.checked_sub(1)
    {
        for d in drafts
            .iter_mut()
            .filter(|d| d.first_sent == prev && matches!(d.loc, Loc::Named(_)))
        {
            for item in &items {
                apply(doc, d, item, k, 0, 0);
            }
        }
        state.contributed[k] = true;
        return;
    }
    // ("The Kutsurub hromada was shelled three times. The Ochakiv hromada was attacked by
    // four drones. No one was killed or injured, Kim said.": a zero closing a paragraph
    // whose places each had a sentence of their own, none telling a victim, is every one
    // of theirs; so is a zero in a paragraph of its own after such a paragraph)
    // (not after a detail of one of them: "… shelled the Nikopol and Marhanets hromadas.
    // In Nikopol, a building was damaged. People were not hurt.")
    if places.is_empty()
        && !items.is_empty()
        && items
            .iter()
            .all(|i| matches!(i, Item::NoCasualties { these: false, .. }))
        && let Some(block) = closing_block(doc, k)
    {
        let names = |j: usize| {
            let mut v: Vec<&str> = Vec::new();
            for p in doc.sents[j].places.iter().filter(|p| {
                p.role == PlaceRole::Event
                    && matches!(p.kind, PlaceKind::Settlement | PlaceKind::Hromada)
            }) {
                if !v.contains(&p.name.as_str()) {
                    v.push(&p.name);
                }
            }
            v
        };
        let mut own: Vec<&str> = Vec::new();
        let mut all: Vec<&str> = Vec::new();
        for j in block.clone() {
            let n = names(j);
            if let [one] = n[..]
                && !own.contains(&one)
            {
                own.push(one);
            }
            all.extend(n);
        }
        let in_block = |d: &Draft| {
            d.kind == kind
                && matches!(&d.loc, Loc::Named(n) if !n.raion() && all.contains(&n.mention.name.as_str()))
        };
        // (an area event of the report takes the zero itself)
        if own.len() >= 2
            && names(block.end - 1).len() == 1
            && !drafts
                .iter()
                .any(|d| d.kind == kind && matches!(d.loc, Loc::Region(_)))
            && drafts
                .iter()
                .filter(|d| in_block(d))
                .all(|d| d.killed.is_none() && d.injured.is_none())
        {
            for d in drafts.iter_mut().filter(|d| in_block(d)) {
                for item in &items {
                    apply(doc, d, item, k, 0, 0);
                }
            }
            state.contributed[k] = true;
            return;
        }
    }
    // "none of these villages has casualties": every place of the paragraph so far
    // (told in a paragraph of its own, "Nobody was hurt in either community": the places
    // of the last paragraph that named any)
    if items
        .iter()
        .any(|i| matches!(i, Item::NoCasualties { these: true, .. }))
    {
        let para = drafts
            .iter()
            .filter(|d| matches!(d.loc, Loc::Named(_)))
            .map(|d| doc.sents[d.first_sent].para)
            .filter(|&p| p <= s.para)
            .max();
        for d in drafts.iter_mut().filter(|d| {
            Some(doc.sents[d.first_sent].para) == para && matches!(d.loc, Loc::Named(_))
        }) {
            for item in items
                .iter()
                .filter(|i| matches!(i, Item::NoCasualties { .. }))
            {
                apply(doc, d, item, k, 0, 0);
            }
        }
        items.retain(|i| !matches!(i, Item::NoCasualties { these: true, .. }));
    }
    // "There were no casualties in the other hromadas": every place named so far that told
    // no victim
    let the_others = (s.t0..s.t1).any(|t| {
        doc.is_word(t, "the")
            && doc.is_word(t + 1, "other")
            && doc
                .match_at(t + 2, |m| {
                    is(m, cues.hromada_word) || is(m, cues.settlement_word)
                })
                .is_some()
    });
    if places.is_empty()
        && the_others
        && !items.is_empty()
        && items.iter().all(|i| matches!(i, Item::NoCasualties { .. }))
    {
        for d in drafts.iter_mut().filter(|d| {
            d.kind == kind
                && matches!(&d.loc, Loc::Named(n) if !n.raion())
                && d.killed.is_none()
                && d.injured.is_none()
        }) {
            for item in &items {
                apply(doc, d, item, k, 0, 0);
            }
        }
        state.contributed[k] = true;
        return;
    }
    // "In Kupiansk, a man was killed. There were no other casualties.": a zero for the
    // area, in each harm no case of it told (the area's total is then its cases' sum)
    // (and "There were no civilian casualties." in a paragraph of its own after the lines
    // of a summary, "Bilopillia community: mortar attack (9 explosions).": the report's)
    let after_summary_lines = k > 0 && {
        let prev = &doc.sents[k - 1];
        let own_paragraph =
            prev.para != s.para && doc.sents.get(k + 1).is_none_or(|x| x.para != s.para);
        // (or after a paragraph that named several places hit: "Ochakiv was hit by
        // artillery. Drones hit a farm in Kutsurub.¶ No casualties were reported.")
        let several_before = || settlements_named(doc, k, prev.para) >= 2;
        own_paragraph && (heading_place(doc, prev).is_some() || several_before())
    };
    if places.is_empty()
        && !items.is_empty()
        && items.iter().all(|i| {
            matches!(i, Item::NoCasualties { overall: true, .. })
                || after_summary_lines && matches!(i, Item::NoCasualties { .. })
        })
        && let Some(a) = drafts.iter().position(|d| {
            d.kind == kind
                && (matches!(d.loc, Loc::Region(_)) || matches!(&d.loc, Loc::Named(n) if n.raion()))
        })
    {
        zero_area(doc, drafts, a, &items, k);
        state.contributed[k] = true;
        return;
    }
    // ("The toll … has risen to 14, the rescue service reported on Monday. The missile hit
    // the building on Saturday morning.": the strike's own day, told after it)
    if places.is_empty()
        && !substantive
        && kind == Kind::Attack
        && !attack_cues.is_empty()
        && let Some(loc) = &fallback
        && let Some(t) = sentence_time(doc, s).filter(|t| !told_on(doc, s, t))
        && let Some(d) = drafts
            .iter_mut()
            .rev()
            .find(|d| d.kind == kind && same_loc(&d.loc, loc))
        && d.when.is_none()
    {
        d.when = Some(t);
    }
    if places.is_empty() && (fallback.is_none() || !substantive && kind == Kind::Attack) {
        update_focus(s, k, state);
        return;
    }
    // ("…, the Sumy Regional Military Administration said": an institution's report names
    // no person, so no official of another sentence is its source)
    let reporter = s
        .reporter
        .or_else(|| fallback_reporter(ex, doc, &state.firsts, k, &places, default_loc.as_ref()));
    let reporter = reporter.filter(|_| !s.by_institution);
    // (an official of another paragraph, who may give way to one telling the event's own
    // figures later)
    let borrowed = reporter.is_some()
        && !doc
            .sents
            .iter()
            .any(|x| x.para == s.para && x.reporter == reporter);
    // a sentence without a time of its own is told in the time of its paragraph
    // ("Over the past day, Russia launched 74 attacks … Antonivka and Tiahynka came under fire.")
    let own_time = sentence_time(doc, s);
    let paragraph_time = || {
        doc.sents[..k]
            .iter()
            .rev()
            .take_while(|x| x.para == s.para)
            .filter(|x| !x.backref)
            // (not the day a toll update was told: "… has risen to 52, the minister said on
            // Friday. Six more people were injured.")
            .find_map(|x| {
                let firm = firm_time(doc.text, x)?;
                sentence_time(doc, x).filter(|own| own.span == firm.span)
            })
    };
    // (a day that only dates the telling goes with the paragraph's own time: "Overnight,
    // drones attacked the region. A facility in Nizhyn district was hit, Chaus said on the
    // morning of 21 November.")
    let when = match own_time {
        // (a night or a period only: not a day told of something else, "Zelensky is due to
        // visit Kharkiv on Friday")
        Some(t) if told_on(doc, s, &t) => paragraph_time()
            .filter(|p| {
                matches!(
                    p.kind,
                    sitrep_text::dates::TimeKind::Night | sitrep_text::dates::TimeKind::Period
                )
            })
            .or(Some(t)),
        Some(t) => Some(t),
        None => paragraph_time(),
    };

    // create or find drafts
    let mut ids: Vec<(usize, usize, usize)> = Vec::new(); // (draft index, list, token)
    let first_new = drafts.len();
    let targets_all: Vec<(Loc, usize, Span, usize)> = if places.is_empty() {
        vec![(
            fallback.clone().expect("checked above"),
            usize::MAX,
            s.span,
            s.t0,
        )]
    } else {
        places.clone()
    };
    // (a strike on the same place on another stated day is another event: "…at Kyiv on
    // Monday, wounding 10. On Thursday, Russia launched 31 missiles at Kyiv, …")
    // (a toll told on a later day is the same strike's: "On Saturday, three more died",
    // "pulled a body from the rubble on Thursday, raising the death toll from a rocket
    // attack the previous evening to four")
    // (nor is a strike dated by the day its toll was told: "The number of people killed
    // when a missile slammed into the mall rose to 18 on Tuesday. … Monday's strike")
    // (nor are later deaths told with their day: "On Wednesday, two of the injured died in
    // hospital in Kharkiv, where the missile struck", "pulled two more bodies from the rubble")
    let tells_toll = |x: &Sent| {
        (x.t0..x.t1).any(|t| {
            doc.is_word(t, "toll")
                || doc.is_word(t, "number") && doc.is_word(t + 1, "of")
                || crate::analysis::rise_verb(doc.lw(t))
                || matches!(
                    doc.lw(t),
                    "died" | "succumbed" | "body" | "bodies" | "rubble" | "debris" | "more"
                )
        })
    };
    let own_day = own_time
        .filter(|t| t.explicit && !attack_cues.is_empty() && !tells_toll(s))
        .and_then(|t| t.start);
    // ("Overnight, the Russians struck Kryvyi Rih again": a new strike, told as one, on a
    // day of its own however it is dated)
    let again_day = own_time
        .filter(|_| {
            !tells_toll(s)
                && attack_cues.iter().any(|m| {
                    let t = doc.token_from(m.end);
                    (t..(t + 4).min(s.t1)).any(|x| doc.is_word(x, "again"))
                })
        })
        .and_then(|t| t.start);
    let other_day = |d: &Draft| {
        own_day.is_some()
            && !tells_toll(&doc.sents[d.first_sent])
            && d.when
                .as_ref()
                .is_some_and(|w| w.explicit && w.start.is_some() && w.start != own_day)
            // (not within a period report: "Over the past day, … shelled Nikopol 12 times. In
            // the morning, they attacked Nikopol again")
            || again_day.is_some()
                && d.when.as_ref().is_some_and(|w| {
                    w.start.is_some()
                        && w.start != again_day
                        && w.kind != sitrep_text::dates::TimeKind::Period
                })
    };
    for (loc, list, span, tok) in targets_all {
        // (the strike told again in this paragraph: the one the text goes on with)
        let same = |d: &Draft| d.kind == kind && same_loc(&d.loc, &loc) && !other_day(d);
        let idx = match drafts
            .iter()
            .rposition(|d| d.again && doc.sents[d.first_sent].para == s.para && same(d))
            .or_else(|| drafts.iter().position(same))
        {
            Some(i) => i,
            None if negation_only => continue,
            None => {
                let mut d = Draft::new(kind, loc.clone(), k, span);
                d.when = when;
                d.again = again_day.is_some();
                // a nationwide tally is reported by whoever the paragraph names, if anyone
                d.reporter = if matches!(loc, Loc::Country(_)) {
                    s.reporter.or_else(|| paragraph_reporter(doc, k))
                } else {
                    reporter
                };
                d.reporter_borrowed = borrowed;
                d.actor = actor;
                if !matches!(loc, Loc::Country(_)) || !places.is_empty() {
                    d.evidence("place", span);
                }
                drafts.push(d);
                drafts.len() - 1
            }
        };
        if drafts[idx].reporter.is_none() && !matches!(drafts[idx].loc, Loc::Country(_)) {
            drafts[idx].reporter = reporter;
            drafts[idx].reporter_borrowed = borrowed;
        } else if drafts[idx].reporter_borrowed
            && s.reporter.is_some()
            && items.iter().any(|i| {
                matches!(
                    i,
                    Item::Casualty { .. } | Item::Count(_) | Item::Munitions(_)
                )
            })
            && !s.by_institution
            && !matches!(drafts[idx].loc, Loc::Country(_))
        {
            // ("Russian troops attacked Kherson and Dnipropetrovsk oblasts … ¶ In
            // Dnipropetrovsk Oblast, five people were injured, Serhii Lysak wrote.": the
            // official who tells the event's own figures, not one borrowed for the lead)
            drafts[idx].reporter = s.reporter;
            drafts[idx].reporter_borrowed = false;
        }
        // "On Tuesday morning, a drone hit a bus stop in Hrodivka": a later explicit day
        // wins over the period the place was first listed in
        // (not the day it was told: "Four people were injured, the governor reported on
        // Tuesday." after "Overnight, drones attacked Dnipro.")
        if let Some(t) = when.filter(|t| {
            t.explicit && t.kind == sitrep_text::dates::TimeKind::Day && !told_on(doc, s, t)
        }) && drafts[idx].when.is_none_or(|w| !w.explicit)
        {
            drafts[idx].when = Some(t);
        }
        // a place named in two lists ("drones hit A and B …, and rocket launchers struck
        // C and B") is a member of each; "there" and the fallback join no list
        // ("hit Dnipro and Kyiv, killing five people in the capital": a reference to a
        // listed place is that place alone, where it stands)
        let own_list = list < usize::MAX - 1;
        let reference = list == usize::MAX && !places.is_empty();
        if !ids
            .iter()
            .any(|x| x.0 == idx && (x.1 == list || !own_list && !reference))
        {
            ids.push((idx, list, tok));
        }
    }
    // attribute items
    let mask: u32 = items
        .iter()
        .filter_map(|i| {
            if let Item::Weapon(w, _) = i {
                Some(weapon_bit(*w))
            } else {
                None
            }
        })
        .fold(0, |a, b| a | b);
    // "hit 27 settlements 86 times": a figure over a number of places is area-wide
    // a figure followed by "N of them at X" is the whole, stated for the area
    let totals_with_parts: Vec<usize> = s
        .numbers
        .windows(2)
        .filter(|w| partitive(doc, &w[1]) && matches!(w[0].unit, Unit::Count | Unit::Munitions))
        .map(|w| w[0].t0)
        .collect();
    let settlement_counts: Vec<usize> = s
        .numbers
        .iter()
        .filter(|n| {
            // "11 settlements", "28 other settlements"
            let noun = if matches!(doc.lw(n.t1), "other" | "more") {
                n.t1 + 1
            } else {
                n.t1
            };
            n.unit == Unit::Other
                && doc
                    .match_at(noun, |m| {
                        is(m, ex.cues.settlement_word) || is(m, ex.cues.hromada_word)
                    })
                    .is_some()
        })
        .map(|n| clause_of(&starts, n.t0))
        .collect();
    // hard segments (";", ":") are separate statements: a figure in one with no place
    // does not belong to a place named in another
    // ("Three civilians were wounded: two in Kostiantynivka and one in Siversk": the
    // total before a colon that opens a list of places is the area's, its parts the
    // places'; "Nikopol district suffered most: it was shelled 17 times" is one statement)
    let hard: Vec<usize> = starts
        .iter()
        .copied()
        .filter(|&t| {
            t == s.t0
                || doc.word(t) == ";"
                || (doc.word(t) == ":"
                    // ("Three people were killed, two in Kherson and one in Bilozerka")
                    || matches!(doc.word(t), "," | "-" | "–" | "—") && located_part_at(doc, s, t + 1))
                    && places.iter().any(|p| p.3 > t)
                    && !places.iter().any(|p| p.3 < t)
        })
        .collect();
    let segment = |t: usize| hard.partition_point(|&h| h <= t);
    // ("In Bilozerka, artillery hit a house; two civilians were killed": the one place
    // of the sentence, named in an earlier segment, frames the segments after it)
    // (so does a line's heading for every figure of the line: "Seredyna-Buda hromada: the enemy
    // dropped mines, 3 explosions; 8 explosions from artillery.")
    let heading_line = heading_place(doc, s).is_some_and(|p| p.role == PlaceRole::Event);
    let framed_by_one_place = |item: &Item, pos: usize| {
        (matches!(item, Item::Casualty { .. }) || heading_line)
            && places
                .iter()
                .all(|p| same_loc(&p.0, &places[0].0) && segment(p.3) < segment(pos))
    };
    let opening_comma = (s.t0..s.t1).find(|&t| doc.word(t) == ",");
    let lone_weapon = items
        .iter()
        .filter(|i| matches!(i, Item::Weapon(..)))
        .count()
        == 1;
    // the oblast of an area-wide figure: the one in force, else the one the sentence refers to
    let area_region = region_here.or_else(|| {
        places.iter().find_map(|p| {
            if let Loc::Region(r) = p.0 {
                Some(r)
            } else {
                None
            }
        })
    });
    // (or refers to it as "the region" after naming it in its paragraph: "Sumy region. The
    // Russian army carried out 93 attacks on 31 settlements in the region.")
    let names_oblast = |r: &'static Region| {
        s.places.iter().any(|p| {
            matches!(p.kind, PlaceKind::Region(x) if x == r)
                && !p.plural
                && matches!(p.role, PlaceRole::Event | PlaceRole::Locative)
        }) || s
            .places
            .iter()
            .any(|p| p.kind == PlaceKind::AreaRef && p.role == PlaceRole::Event)
            && region_opens_paragraph(doc, k, r)
    };
    // (in a roundup, the oblast the paragraph so far is about: "… hit the Nikopol district of
    // Dnipropetrovsk Oblast. Three people were injured in Nikopol and Marhanets.")
    // (or a heading line of its own just before it: "Kherson Oblast" over the paragraph)
    let paragraph_names_oblast = |r: &'static Region| {
        let names = |x: &Sent| {
            x.places
                .iter()
                .any(|p| matches!(p.kind, PlaceKind::Region(y) if y == r) && !p.plural)
        };
        doc.sents[..k]
            .iter()
            .rev()
            .take_while(|x| x.para == s.para)
            .any(names)
            || doc.sents[..k]
                .iter()
                .rev()
                .find(|x| x.para != s.para)
                .is_some_and(|x| x.t1 <= x.t0 + 4 && x.para + 1 == s.para && names(x))
    };
    // ("shelled 11 settlements of Kupiansk district 37 times": the district's figure)
    let settlements_raion: Option<Loc> = s
        .places
        .iter()
        .find(|p| {
            p.kind == PlaceKind::Raion
                && p.t0 >= s.t0 + 2
                && matches!(doc.lw(p.t0 - 1), "of" | "in")
                && doc
                    .match_at(p.t0 - 2, |m| is(m, cues.settlement_word))
                    .is_some()
        })
        .map(|p| {
            named_mention(
                ex,
                doc,
                s,
                p,
                list_region(ex, s, p.list, region_here).or(region_here),
            )
        });
    // "Russian troops attacked Sumy region over the past day. They carried out 41 attacks,
    // hitting Bilopillia and Esman.": a pronoun's count is that of the area the sentence
    // before attacked, and the places hit after it are its parts
    let pronoun_area: Option<Loc> = (k > 0
        && matches!(doc.lw(s.t0), "it" | "they")
        && doc.sents[k - 1].para == s.para
        // (not one that names its own area: "They also carried out 12 drone attacks on
        // Mykolaiv Oblast, hitting …")
        && !s.places.iter().any(|p| {
            p.role == PlaceRole::Event && matches!(p.kind, PlaceKind::Region(_) | PlaceKind::Raion)
        })
        && (s.t0..s.t1).any(|t| {
            matches!(doc.lw(t), "hitting" | "striking" | "targeting" | "shelling")
                && s.places
                    .iter()
                    .any(|p| p.role == PlaceRole::Event && p.t0 > t)
        }))
    .then(|| {
        let prev = &doc.sents[k - 1];
        prev.places
            .iter()
            .find(|p| {
                p.role == PlaceRole::Event
                    && matches!(p.kind, PlaceKind::Region(_) | PlaceKind::Raion)
            })
            .map(|p| match p.kind {
                PlaceKind::Region(r) => Loc::Region(r),
                _ => named_mention(ex, doc, prev, p, prev.region.or(region_here)),
            })
    })
    .flatten();
    // the events a casualty total of this sentence went to, by harm
    let mut totalled: Vec<(usize, Harm)> = Vec::new();
    for item in &items {
        let pos = item_pos(doc, item);
        let numeric = matches!(
            item,
            Item::Count(_) | Item::Munitions(_) | Item::Intercepted(_) | Item::Casualty { .. }
        );
        // ("attacked Odesa region with 21 drones; air defence destroyed 17 of them": a part of
        // the figure before, the same place's)
        // ("fired two cruise missiles at Vinnytsia; one was shot down": a bare figure after
        // the munitions is a part of them too)
        let of_them = matches!(item, Item::Intercepted(n) if doc.is_word(n.t1, "of") && matches!(doc.lw(n.t1 + 1), "them" | "which" | "these")
            || matches!(n.unit, Unit::Bare | Unit::Other) && s.numbers.iter().any(|x| x.unit == Unit::Munitions && x.t1 <= n.t0));
        // ("A resident of Kurakhove was killed. Four people were injured: two in Selydove
        // and two in Toretsk.": a total whose parts the colon lists by place is the oblast's,
        // not the place named the sentence before)
        let colon_total = matches!(item, Item::Casualty { .. })
            && hard.iter().any(|&h| h > pos && doc.word(h) == ":")
            && !doc.multi_region;
        // (in a district's report, "The aggressor attacked Nikopol district 23 times …
        // Two people were injured: a man in Marhanets and a woman in Nikopol", the one
        // district the text gave a count)
        let district_total = || {
            let mut totals = drafts.iter().filter(|d| {
                d.count.numbered()
                    && matches!(&d.loc, Loc::Named(n) if n.mention.kind == PlaceKind::Raion)
            });
            let only = totals.next().map(|d| d.loc.clone());
            let region_counted = drafts
                .iter()
                .any(|d| d.count.numbered() && matches!(d.loc, Loc::Region(_)));
            only.filter(|_| totals.next().is_none() && !region_counted)
        };
        let area_loc = || {
            colon_total
                .then(|| district_total().or_else(|| region_here.map(Loc::Region)))
                .flatten()
        };
        if numeric
            && !of_them
            && !places.is_empty()
            && !framed_by_one_place(item, pos)
            && !places.iter().any(|p| segment(p.3) == segment(pos))
            && let Some(loc) = area_loc()
                .or_else(|| default_loc.clone())
                .filter(|l| !places.iter().any(|p| same_loc(&p.0, l)))
        {
            let idx = draft_for(drafts, kind, loc, k, s.span, (when, reporter, actor));
            apply(
                doc,
                &mut drafts[idx],
                item,
                k,
                mask,
                clause_mask(doc, &starts, &items, pos),
            );
            continue;
        }
        // (not where the sentence only points back to the place attacked: "One was shot
        // down, while three hit the city")
        let only_refs = s
            .places
            .iter()
            .filter(|p| p.role == PlaceRole::Event)
            .all(|p| matches!(p.kind, PlaceKind::Ref(RefKind::Last)));
        if matches!(item, Item::Intercepted(_))
            && !of_them
            && !only_refs
            && !places.is_empty()
            && !ids
                .iter()
                .any(|x| clause_of(&starts, x.2) == clause_of(&starts, pos))
        {
            // "Twenty-three were destroyed, yet some got through …": the shoot-down tally is nationwide
            let idx = draft_for(
                drafts,
                kind,
                Loc::Country(home),
                k,
                s.span,
                (when, None, actor),
            );
            apply(
                doc,
                &mut drafts[idx],
                item,
                k,
                mask,
                clause_mask(doc, &starts, &items, pos),
            );
            continue;
        }
        // "shelled 29 settlements in Kherson Oblast, including the city of Kherson, killing
        // one person": the places are examples of the settlements, the casualties the area's
        let examples_only = !settlement_counts.is_empty()
            && !places.is_empty()
            && places.iter().all(|p| {
                matches!(p.0, Loc::Region(_))
                    || (p.3.saturating_sub(4)..p.3).any(|t| doc.is_word(t, "including"))
            });
        let area_wide = matches!(item, Item::Count(_) | Item::Munitions(_))
            && (settlement_counts.contains(&clause_of(&starts, pos))
                || matches!(item, Item::Count(n) | Item::Munitions(n) if totals_with_parts.contains(&n.t0)))
            || examples_only
                && matches!(
                    item,
                    Item::Casualty { .. } | Item::Children { .. } | Item::NoCasualties { .. }
                );
        let mut targets = match (area_wide, area_region) {
            _ if let Some(loc) = &pronoun_area
                && matches!(item, Item::Count(_) | Item::Munitions(_)) =>
            {
                vec![draft_for(
                    drafts,
                    kind,
                    loc.clone(),
                    k,
                    s.span,
                    (when, reporter, actor),
                )]
            }
            (true, _) if let Some(loc) = &settlements_raion => vec![draft_for(
                drafts,
                kind,
                loc.clone(),
                k,
                s.span,
                (when, reporter, actor),
            )],
            // (in a roundup of several oblasts, the oblast this sentence names: "In Zaporizhzhia
            // region, Russian forces launched 412 strikes on eight settlements")
            // (or the one its paragraph opened with: "Zaporizhzhia region. Over the past day,
            // Russian forces shelled 12 settlements 428 times.")
            // (or the one whose administration reports it: "The Sumy Oblast Military
            // Administration reported 96 attacks on 31 settlements")
            (true, Some(r))
                if !doc.multi_region
                    || names_oblast(r)
                    || paragraph_names_oblast(r)
                    || s.places.iter().any(|p| {
                        matches!(p.kind, PlaceKind::Region(y) if y == r) && p.role == PlaceRole::Org
                    }) =>
            {
                vec![draft_for(
                    drafts,
                    kind,
                    Loc::Region(r),
                    k,
                    s.span,
                    (when, reporter, actor),
                )]
            }
            (true, _) => Vec::new(),
            // "As a result of the artillery fire, a woman was wounded in A, and a man in
            // B": the one weapon of an opening phrase is every named place's
            _ if matches!(item, Item::Weapon(..))
                && lone_weapon
                && opening_comma.is_some_and(|c| pos < c && places.iter().all(|p| p.3 > c)) =>
            {
                let named: Vec<usize> = ids
                    .iter()
                    .filter(|x| {
                        places
                            .iter()
                            .any(|p| p.3 == x.2 && matches!(p.0, Loc::Named(_)))
                    })
                    .map(|x| x.0)
                    .collect();
                if named.is_empty() {
                    pick_drafts(doc, &starts, &ids, &places, pos, item)
                } else {
                    named
                }
            }
            _ => pick_drafts(doc, &starts, &ids, &places, pos, item),
        };
        // "killed two people in Kurakhove and Novohrodivka in Donetsk region": a toll the
        // list shares is no place's; it is the oblast's
        // ("Pokrovsk district: two people were killed in Selydove and Novohrodivka": the
        // district's, when a district heads the line)
        let list_toll = if targets.is_empty()
            && matches!(item, Item::Casualty { .. })
            && let Some(&(di, ..)) = ids
                .iter()
                .find(|x| x.2 == s.t0 && matches!(&drafts[x.0].loc, Loc::Named(n) if n.raion()))
            && places
                .iter()
                .filter(|p| matches!(&p.0, Loc::Named(n) if !n.raion()))
                .count()
                >= 2
        {
            targets.push(di);
            true
        } else if targets.is_empty()
            && places
                .iter()
                .filter(|p| matches!(p.0, Loc::Named(_)))
                .count()
                >= 2
            && let Some(r) = area_region.filter(|r| {
                matches!(item, Item::Casualty { .. })
                    && (!doc.multi_region || names_oblast(r) || paragraph_names_oblast(r))
                    // ("In Sumy Oblast, … recorded 47 attacks … in the Khotin, Yunakivka and
                    // Bilopillia communities": a count over the places of the oblast named)
                    // (not a front's clashes, whose counts over villages are dropped)
                    || matches!(item, Item::Count(_) | Item::Munitions(_))
                        && kind == Kind::Attack
                        && names_oblast(r)
            })
        {
            targets.push(draft_for(
                drafts,
                kind,
                Loc::Region(r),
                k,
                s.span,
                (when, reporter, actor),
            ));
            true
        } else {
            false
        };
        // ("… injured 19 in Kharkiv Oblast. In Kharkiv, a bomb injured 14. Five more people
        // were injured in Kupiansk and Kivsharivka": "more" than the places told so far,
        // a part of the oblast's 19, not 5 on top of it)
        let part_of_total;
        let item = match item {
            Item::Casualty {
                harm,
                value,
                span,
                more: true,
                toll,
                ..
            } if list_toll => {
                part_of_total = Item::Casualty {
                    harm: *harm,
                    value: *value,
                    span: *span,
                    more: false,
                    toll: *toll,
                    each: false,
                    part: false,
                };
                &part_of_total
            }
            _ => item,
        };
        targets.sort_unstable();
        targets.dedup();
        for di in targets {
            // ("Three people were injured: two in the Darnytskyi district and one in the
            // Dniprovskyi district": parts that fall in the event of the total are in it)
            match item {
                Item::Casualty {
                    harm, part: true, ..
                } if totalled.contains(&(di, *harm)) => {
                    continue;
                }
                Item::Casualty {
                    harm, part: false, ..
                } => totalled.push((di, *harm)),
                _ => {}
            }
            apply(
                doc,
                &mut drafts[di],
                item,
                k,
                mask,
                clause_mask(doc, &starts, &items, pos),
            );
        }
    }
    if drafts[first_new.min(drafts.len())..]
        .iter()
        .chain(ids.iter().filter_map(|x| drafts.get(x.0)))
        .any(|d| matches!(d.loc, Loc::Country(_)))
    {
        state.national_prev = Some(k);
    }
    // an oblast named only to frame finer places ("Bucha in Kyiv region", "64 towns and
    // villages in Sumy and Kharkiv regions"), with nothing of its own, is no event;
    // oblasts named alone as hit ("Hits were recorded in Sumy and Poltava regions") are
    let framing = places.iter().any(|p| matches!(p.0, Loc::Named(_)))
        || ms
            .iter()
            .any(|m| is(m, cues.settlement_word) || is(m, cues.hromada_word));
    for di in (first_new..drafts.len()).rev() {
        let named_alone = !framing && places.iter().any(|p| same_loc(&p.0, &drafts[di].loc));
        if (matches!(drafts[di].loc, Loc::Country(_))
            || matches!(drafts[di].loc, Loc::Region(_)) && !named_alone)
            && drafts[di].evidence.iter().all(|e| e.field == "place")
            && !drafts[di].has_numbers()
        {
            drafts.remove(di);
        }
    }
    state.contributed[k] = true;
    // sentences that name places under fire with no figure still make the events
    update_focus(s, k, state);
    // (two mentions of one place, "the Holosiivskyi and Pecherskyi districts" of Kyiv, are one)
    let mut finer: Vec<&(Loc, usize, Span, usize)> = Vec::new();
    for p in places.iter().filter(|p| matches!(p.0, Loc::Named(_))) {
        if !finer.iter().any(|f| same_loc(&f.0, &p.0)) {
            finer.push(p);
        }
    }
    // ("Izium district: a drone hit a car in Balakliia": the district locates the town)
    // (or the community: "Nikopol district: a shell hit the Marhanets community")
    if finer.iter().any(|p| {
        matches!(&p.0, Loc::Named(n) if matches!(n.mention.kind, PlaceKind::Settlement | PlaceKind::Hromada))
    }) {
        finer.retain(|p| !matches!(&p.0, Loc::Named(n) if n.raion()));
    }
    if !totals_with_parts.is_empty() {
        // the sentence was about the area as a whole: what follows without a place is too
        state.focus = None;
    } else if let Some(loc) = settlements_raion.filter(|_| !settlement_counts.is_empty()) {
        // (the district's, when the settlements counted are a district's)
        state.focus = Some((loc, s.para, k));
        state.focus_list = false;
    } else if let Some(r) =
        area_region.filter(|_| !settlement_counts.is_empty() && !doc.multi_region)
    {
        // "shelled Kherson and 28 other settlements of the region 112 times": what follows
        // without a place ("A man was killed") is the oblast's
        state.focus = Some((Loc::Region(r), s.para, k));
        state.focus_list = false;
    } else if let Some(r) = places
        .iter()
        .find_map(|p| match p.0 {
            Loc::Region(r) => Some(r),
            _ => None,
        })
        .filter(|r| {
            // "fired on Kherson Oblast 54 times over the past day, hitting residential areas
            // of Kherson. One person was killed …": the oblast's tally is in focus, not the
            // city it names as hit
            drafts.iter().any(|d| {
                matches!(d.loc, Loc::Region(x) if x == *r)
                    && (d.count.stated() || d.munitions.stated())
            }) && !finer.is_empty()
                && finer.iter().all(|f| {
                    (f.3.saturating_sub(5).max(s.t0)..f.3).any(|t| {
                        matches!(
                            doc.lw(t),
                            "hitting" | "striking" | "targeting" | "including"
                        )
                    })
                })
        })
    {
        state.focus = Some((Loc::Region(r), s.para, k));
        state.focus_list = false;
    } else if places.len() == 1 || finer.len() == 1 {
        let f = if finer.len() == 1 {
            finer[0].0.clone()
        } else {
            places[0].0.clone()
        };
        state.focus = Some((f, s.para, k));
        state.focus_list = false;
    } else if places.is_empty()
        && let Some(f) = state.focus.as_mut()
    {
        f.2 = k;
    } else if places.is_empty()
        && let Some(d @ Loc::Named(_)) = default_loc.clone()
    {
        // (a place taken from the scene set before is in focus for what follows)
        state.focus = Some((d, s.para, k));
        state.focus_list = false;
    }
}

/// The token after the noun phrase of munition figure `n`: past its unit and, after a
/// model, the use and the noun ("74 Shahed drones", "24 Shahed attack drones").
fn munition_noun_end(ex: &Extractor, doc: &Doc, n: &Num) -> usize {
    let end = n.unit_end.max(n.t1);
    let mut noun = end;
    while noun < end + 2 && matches!(doc.lw(noun), "attack" | "strike" | "kamikaze" | "combat") {
        noun += 1;
    }
    doc.match_at(noun, |m| is(m, ex.cues.unit_munition))
        .unwrap_or(end)
}

/// The sentences a zero in sentence `k` closes: those of its paragraph before it, when
/// it ends the paragraph, or the paragraph before, when it is a paragraph of its own.
fn closing_block(doc: &Doc, k: usize) -> Option<std::ops::Range<usize>> {
    let para = doc.sents[k].para;
    if k == 0 || doc.sents.get(k + 1).is_some_and(|x| x.para == para) {
        return None;
    }
    let block_para = doc.sents[k - 1].para;
    let first = (0..k)
        .rev()
        .take_while(|&j| doc.sents[j].para == block_para)
        .last()?;
    Some(first..k)
}

/// Applies the no-casualty items of sentence `k` to the area draft `a`, in each harm no
/// draft of its kind has told a victim of (the area's total is then its cases' sum).
fn zero_area(doc: &Doc, drafts: &mut [Draft], a: usize, items: &[Item], k: usize) {
    let kind = drafts[a].kind;
    // (victims told in another oblast are no case of this one)
    let area_oblast = loc_admin1(&drafts[a].loc);
    let told = |f: fn(&Draft) -> Option<u32>| {
        drafts.iter().any(|d| {
            d.kind == kind
                && f(d).is_some_and(|v| v > 0)
                && (area_oblast.is_none() || loc_admin1(&d.loc) == area_oblast)
        })
    };
    let (killed_told, injured_told) = (told(|d| d.killed), told(|d| d.injured));
    for item in items {
        if let Item::NoCasualties {
            killed,
            injured,
            span,
            these,
            overall,
        } = *item
        {
            let zeros = Item::NoCasualties {
                killed: killed && !killed_told,
                injured: injured && !injured_told,
                span,
                these,
                overall,
            };
            apply(doc, &mut drafts[a], &zeros, k, 0, 0);
        }
    }
}

/// The first token from `t` (before `end`) past an age written before a person noun
/// ("the 62-year-old driver", "The 45-year-old man").
fn past_age(doc: &Doc, mut t: usize, end: usize) -> usize {
    while t < end
        && (doc.toks[t].kind == sitrep_text::TokenKind::Digits
            || matches!(doc.lw(t), "-" | "year" | "old")
            || doc.lw(t).contains("year-old"))
    {
        t += 1;
    }
    t
}

/// Whether `w` is a small ordinal ("second" … "tenth"): "a fourth person" is one more.
fn ordinal(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    )
}

/// Whether tokens `from..to` only tell which person follows: an age ("45-year-old") or
/// one lower-case word ("assistant", "older"), or nothing.
fn modifiers_only(doc: &Doc, from: usize, to: usize) -> bool {
    let a = past_age(doc, from, to);
    a == to
        || a + 1 == to
            && doc.toks[a].kind == sitrep_text::TokenKind::Word
            && doc.word(a).starts_with(|c: char| c.is_lowercase())
            && !matches!(doc.lw(a), "and" | "or" | "of" | "other" | "same")
}

/// Whether the lower-case person noun `w` names one person ("driver", "woman"; not
/// "men", "police", "couple").
fn singular_person_noun(w: &str) -> bool {
    !w.ends_with('s')
        && !matches!(
            w,
            "men"
                | "women"
                | "people"
                | "children"
                | "police"
                | "personnel"
                | "staff"
                | "crew"
                | "couple"
                | "elderly"
        )
}

/// The place sentence `s` opens with as the heading of a summary's line ("Bilopillia
/// community: mortar attack (9 explosions)."), when it has one.
fn heading_place<'s>(doc: &Doc, s: &'s Sent) -> Option<&'s PlaceMention> {
    // (past a bullet: "- Velyka Pysarivka hromada: …")
    let first = s.t0 + usize::from(matches!(doc.word(s.t0), "-" | "•" | "–" | "—" | "*" | "·"));
    s.places.first().filter(|p| {
        p.t0 == first
            && doc.word(
                p.t1 + usize::from(matches!(doc.lw(p.t1), "community" | "hromada" | "district")),
            ) == ":"
    })
}

/// Whether oblast `r` is named in an earlier sentence of sentence `k`'s paragraph: a
/// roundup's section opening with "Sumy region." is about that oblast.
fn region_opens_paragraph(doc: &Doc, k: usize, r: &'static Region) -> bool {
    let para = doc.sents[k].para;
    doc.sents[..k]
        .iter()
        .rev()
        .take_while(|x| x.para == para)
        .any(|x| {
            x.places
                .iter()
                .any(|p| matches!(p.kind, PlaceKind::Region(y) if y == r) && !p.plural)
        })
}

/// The draft of this kind at this place, created (from sentence `k`) if the article
/// has none yet; `context` is the new draft's time, reporter and actor.
fn draft_for(
    drafts: &mut Vec<Draft>,
    kind: Kind,
    loc: Loc,
    k: usize,
    span: Span,
    context: (Option<TimeExpr>, Option<usize>, Option<Match>),
) -> usize {
    if let Some(i) = drafts
        .iter()
        .position(|d| d.kind == kind && same_loc(&d.loc, &loc))
    {
        // ("The toll … has risen to 52, the minister said on Friday. The strike hit the café
        // on Thursday.": a strike first told with no day of its own takes a later one)
        if drafts[i].when.is_none() {
            drafts[i].when = context.0;
        }
        return i;
    }
    let mut d = Draft::new(kind, loc, k, span);
    (d.when, d.reporter, d.actor) = context;
    drafts.push(d);
    drafts.len() - 1
}

/// The oblast of a location, when known.
fn loc_admin1(l: &Loc) -> Option<&str> {
    match l {
        Loc::Named(n) => n
            .key
            .rsplit_once('|')
            .map(|(_, a)| a)
            .filter(|a| !a.is_empty()),
        Loc::Region(r) => Some(r.admin1),
        Loc::Country(_) => None,
    }
}

/// Whether two locations are the same place: a named place by its key and level,
/// an oblast by its name, a country by its code.
fn same_loc(a: &Loc, b: &Loc) -> bool {
    match (a, b) {
        (Loc::Named(a), Loc::Named(b)) => a.raion() == b.raion() && a.key == b.key,
        (Loc::Region(x), Loc::Region(y)) => x.admin1 == y.admin1,
        (Loc::Country(x), Loc::Country(y)) => x == y,
        _ => false,
    }
}

/// The kind of event a line of places takes from the line that opens its list ("The
/// following settlements came under fire:" and then "Beryslav, Tiahynka and Lvove;" on
/// lines of their own): a list line tells no event words of its own.
fn listed_under_heading(ex: &Extractor, doc: &Doc, k: usize) -> Option<Kind> {
    let names_places = |x: &Sent| {
        x.places
            .iter()
            .any(|p| p.role == PlaceRole::Event && !matches!(p.kind, PlaceKind::Ref(_)))
    };
    let bare = |x: &Sent| {
        doc.sent_matches(x).iter().all(|m| {
            !(is(m, ex.cues.attack)
                || is(m, ex.cues.clash)
                || is(m, ex.cues.killed)
                || is(m, ex.cues.injured))
        }) && x.numbers.is_empty()
    };
    if !names_places(&doc.sents[k]) || !bare(&doc.sents[k]) {
        return None;
    }
    let mut j = k.checked_sub(1)?;
    // (through the list's earlier lines)
    while j + 10 > k && names_places(&doc.sents[j]) && bare(&doc.sents[j]) && j > 0 {
        j -= 1;
    }
    let heading = &doc.sents[j];
    if heading.t1 == heading.t0 || doc.word(heading.t1 - 1) != ":" || heading.backref {
        return None;
    }
    let ms = doc.sent_matches(heading);
    if ms.iter().any(|m| is(m, ex.cues.clash)) {
        Some(Kind::Clash)
    } else if ms.iter().any(|m| is(m, ex.cues.attack)) {
        Some(Kind::Attack)
    } else {
        None
    }
}

/// Whether harm cue `m` names the act as such, with no victims ("This is terror, killing
/// for the sake of intimidation").
pub(crate) fn harm_as_such(doc: &Doc, m: &Match) -> bool {
    let (t, e) = (doc.token_from(m.start), doc.token_from(m.end));
    let noun = matches!(
        doc.lower_at(m.start, m.end),
        "killing" | "killings" | "wounding"
    );
    // (or a noun of no count: "a deliberate killing of civilians", not "the killing of
    // two civilians")
    let counted = |x: usize| {
        doc.is_digits(x)
            || sitrep_text::numbers::is_number_word(doc.lw(x))
            || matches!(doc.lw(x), "a" | "an")
    };
    // ("could do this — kill ordinary people", "responsible for the deaths of its
    // citizens": killing spoken of, no one counted)
    let spoken_of = match doc.lower_at(m.start, m.end) {
        "kill" | "kills" => !counted(e),
        // (only "the deaths of" people not counted, with no figure after: not "the number
        // of deaths has risen to 12")
        "deaths" | "death" => {
            doc.is_word(e, "of")
                && !counted(e + 1)
                && (t == 0 || !counted(t - 1))
                && !(e + 1..e + 12)
                    .take_while(|&x| !matches!(doc.word(x), "." | ";" | ""))
                    .any(|x| doc.is_digits(x) || sitrep_text::numbers::is_number_word(doc.lw(x)))
        }
        _ => false,
    };
    spoken_of
        || noun
            && (matches!(doc.lw(e), "for" | "as")
                || t > 0
                    && matches!(
                        doc.lw(t - 1),
                        "a" | "deliberate" | "mass" | "cynical" | "brutal"
                    )
                    && doc.is_word(e, "of")
                    && !doc.is_digits(e + 1)
                    && !sitrep_text::numbers::is_number_word(doc.lw(e + 1)))
}

fn update_focus(s: &Sent, k: usize, state: &mut State) {
    let mut event_places: Vec<&PlaceMention> = s
        .places
        .iter()
        .filter(|p| {
            p.role == PlaceRole::Event
                && !matches!(
                    p.kind,
                    PlaceKind::Ref(_) | PlaceKind::AreaRef | PlaceKind::Country(_)
                )
        })
        .collect();
    if event_places
        .iter()
        .any(|p| !matches!(p.kind, PlaceKind::Region(_)))
    {
        event_places.retain(|p| !matches!(p.kind, PlaceKind::Region(_)));
    }
    // ("Izium district: a drone hit a car in Balakliia": the district locates the town)
    // (and a community: "Nikopol district: a shell hit the Marhanets community")
    if event_places
        .iter()
        .any(|p| matches!(p.kind, PlaceKind::Settlement | PlaceKind::Hromada))
    {
        event_places.retain(|p| p.kind != PlaceKind::Raion);
    }
    if event_places.len() > 1 {
        state.focus_list = true;
        if let Some(f) = state.focus.as_mut() {
            f.2 = k;
        }
    } else if event_places.len() == 1 {
        state.focus_list = false;
    } else if s.places.iter().all(|p| p.role != PlaceRole::Event)
        && let Some(f) = state.focus.as_mut()
    {
        // "Rescuers are working at the scene.": a sentence that names no place keeps the
        // place in focus for the next (so does one naming places only in titles or
        // outlets: "Suspilne Sumy reports.")
        f.2 = k;
    }
}

/// The city whose mayor or city authority speaks in the article up to sentence `k`
/// ("Kharkiv Mayor Ihor Terekhov", "the mayor of Mykolaiv", "the Odesa City Council").
/// ("the Kyiv City Military Administration": Kyiv, a city with the status of an oblast)
fn authority_city(doc: &Doc, k: usize) -> Option<PlaceMention> {
    let p = doc.sents[..=k]
        .iter()
        .rev()
        .flat_map(|s| s.places.iter().rev())
        .find(|p| {
            p.role == PlaceRole::Org
                && (p.kind == PlaceKind::Settlement
                    || matches!(p.kind, PlaceKind::Region(r) if r.admin1 == r.centre)
                        && doc.is_word(p.t1, "city"))
                && (matches!(doc.lw(p.t1), "mayor" | "mayor's" | "city")
                    || p.t0 >= 2
                        && doc.is_word(p.t0 - 1, "of")
                        && matches!(doc.lw(p.t0 - 2), "mayor" | "mayor's"))
        })?;
    let mut city = p.clone();
    if let PlaceKind::Region(r) = p.kind {
        city.name = r.centre.to_string();
        city.kind = PlaceKind::Settlement;
        city.hint = Some(r);
    }
    Some(city)
}

/// The one settlement a headline names after "in", "on" or "at" ("Russian missile kills
/// 12 in Kryvyi Rih"), when the gazetteer knows it.
fn title_place(ex: &Extractor, doc: &Doc) -> Option<PlaceMention> {
    let title = doc.title?;
    let toks = sitrep_text::tokens(doc.text, title);
    let word = |i: usize| toks.get(i).map_or("", |t| t.text(doc.text));
    let capital = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    // (a headline that tells a strike, not a visit: "Zelensky meets Macron in Paris as
    // drones kill two" locates no strike)
    let lowered = title.text(doc.text).to_ascii_lowercase();
    let visit = [
        "meet", "visit", "arrive", "talks", "summit", "sign", "call", "hosts", "welcomes",
    ]
    .iter()
    .any(|w| lowered.contains(w));
    if visit {
        return None;
    }
    let mut found: Option<PlaceMention> = None;
    for i in 1..toks.len() {
        if !matches!(
            word(i - 1).to_ascii_lowercase().as_str(),
            "in" | "on" | "at"
        ) || !capital(i)
        {
            continue;
        }
        // (the longest run of capitalised words the gazetteer knows: "Kryvyi Rih")
        let Some(end) = (i + 1..=(i + 3).min(toks.len())).rev().find(|&e| {
            (i..e).all(capital)
                && ex
                    .gazetteer
                    .knows(&doc.text[toks[i].span.start..toks[e - 1].span.end])
        }) else {
            continue;
        };
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        if found.is_some() {
            return None; // two places: the headline locates no one strike
        }
        // (a Ukrainian or Russian town: the war's places)
        let name = &doc.text[span.start..span.end];
        if !ex
            .gazetteer
            .candidates(name)
            .iter()
            .any(|c| matches!(c.country.as_str(), "UA" | "RU"))
        {
            return None;
        }
        // (past the document's tokens: the mention has none of the body's)
        let past = doc.toks.len();
        found = Some(PlaceMention {
            span,
            name: name.to_string(),
            kind: PlaceKind::Settlement,
            role: PlaceRole::Event,
            t0: past,
            t1: past,
            list: usize::MAX,
            hint: None,
            hint_area: None,
            plural: false,
        });
    }
    found
}

/// The city of a wire dateline opening the article ("KHARKIV, Ukraine (AP) —",
/// "ODESA, Oct 14 (Reuters) -"), when the gazetteer knows it.
pub(crate) fn dateline_city(ex: &Extractor, doc: &Doc) -> Option<PlaceMention> {
    let s0 = doc.sents.first()?;
    let w = doc.word(s0.t0);
    // (not a word that is no place: "UPDATE, 18:05.")
    let nonplace = ex.lexicons.label_id(Class::Name, "nonplace");
    if w.len() < 3
        || !w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
        || !crate::analysis::ends_dateline(doc.word(s0.t0 + 1))
        || doc
            .matches_at(doc.toks[s0.t0].span.start)
            .iter()
            .any(|m| m.class == Class::Name && Some(m.label) == nonplace)
    {
        return None;
    }
    let name: String = w
        .char_indices()
        .map(|(i, c)| {
            if i == 0 || w.as_bytes()[i - 1] == b'-' {
                c
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Some(PlaceMention {
        span: doc.toks[s0.t0].span,
        name,
        kind: PlaceKind::Settlement,
        role: PlaceRole::Event,
        t0: s0.t0,
        t1: s0.t0 + 1,
        list: usize::MAX,
        hint: None,
        hint_area: None,
        plural: false,
    })
}

/// The oblast a list of places agrees on ("near Myroliubivka, Promin, Lysivka, Sukhyi
/// Yar and Selydove"): when every member that has one place of its name lies in the
/// same oblast, that oblast locates the namesakes of the list too — unless the list fits
/// the oblast the text states (`stated`).
fn list_region(
    ex: &Extractor,
    s: &Sent,
    list: usize,
    stated: Option<&'static Region>,
) -> Option<&'static Region> {
    let members: Vec<&PlaceMention> = s
        .places
        .iter()
        .filter(|m| m.list == list && m.kind == PlaceKind::Settlement && m.hint.is_none())
        .collect();
    if members.len() < 2 {
        return None;
    }
    let mut found: Option<&'static Region> = None;
    for m in &members {
        let Some(rec) = ex.gazetteer.resolve(
            &m.name,
            &sitrep_geo::Hint {
                country: Some("UA"),
                ..sitrep_geo::Hint::default()
            },
        ) else {
            // (a member the gazetteer lacks leaves a stated Russian oblast in force: "In
            // Kursk Oblast, … near Plekhovo and Kruglenkoye", whose villages the gazetteer
            // mostly lacks)
            if stated.is_some_and(|r| r.country == "RU") {
                return None;
            }
            continue;
        };
        let r = rec
            .admin1
            .as_deref()
            .and_then(|a| ex.gazetteer.region_by_admin1(a))?;
        if found.is_some_and(|f| f != r) {
            return None;
        }
        found = Some(r);
    }
    // the oblast the text states wins when every member has a place of its name there
    // ("Vasylivka and Kamianske" in a Zaporizhzhia report, though the largest
    // Kamianske is in Dnipropetrovsk Oblast)
    let fits_stated = |st: &Region| {
        members.iter().all(|m| {
            ex.gazetteer
                .candidates(&m.name)
                .iter()
                .any(|c| c.admin1.as_deref() == Some(st.admin1))
        })
    };
    found.filter(|f| stated.is_none_or(|st| st == *f || !fits_stated(st)))
}

fn single_region_of(ex: &Extractor, doc: &Doc, s: &Sent) -> Option<&'static Region> {
    let mut found: Option<&'static Region> = None;
    let mut any = false;
    for p in &s.places {
        let r = match p.kind {
            PlaceKind::Region(r) => Some(r),
            PlaceKind::Settlement | PlaceKind::Hromada if p.role == PlaceRole::Event => {
                any = true;
                p.hint
                    .or(s.region)
                    .and_then(|h| resolve(&ex.gazetteer, p, Some(h), None, &also_regions(doc, s)))
                    .and_then(|rec| rec.admin1.as_deref())
                    .and_then(|a| ex.gazetteer.region_by_admin1(a))
            }
            _ => None,
        };
        if let Some(r) = r {
            if found.is_some_and(|f| f != r) {
                return None;
            }
            found = Some(r);
        }
    }
    if any { found } else { None }
}

/// The source of a sentence that names none: the official of its paragraph or, failing
/// that, the article's reporting official — never for a nationwide tally, and not one who
/// speaks of a place in another oblast ("Hits were recorded in Sumy region … In Odesa, …,
/// governor Oleh Kiper said") or only comments on the attacks.
fn fallback_reporter(
    ex: &Extractor,
    doc: &Doc,
    firsts: &Firsts,
    k: usize,
    places: &[(Loc, usize, Span, usize)],
    default_loc: Option<&Loc>,
) -> Option<usize> {
    let mut here: Vec<&str> = places
        .iter()
        .map(|p| &p.0)
        .chain(default_loc.filter(|_| places.is_empty()))
        .filter_map(loc_admin1)
        .collect();
    here.sort_unstable();
    here.dedup();
    let spoken_of = |x: &Sent| {
        // ("… 412 attacks against Zaporizhzhia Oblast …, Governor Ivan Fedorov said": the
        // one oblast named)
        let mut oblasts = x.places.iter().filter_map(|p| {
            if let PlaceKind::Region(r) = p.kind {
                Some(r.admin1)
            } else {
                None
            }
        });
        let sole_oblast = oblasts.next().filter(|first| oblasts.all(|o| o == *first));
        single_region_of(ex, doc, x)
            .map(|r| r.admin1)
            .or(sole_oblast)
            .or_else(|| {
                // "In Lviv, …, Mayor Andrii Sadovyi said": a city with no oblast stated
                event_settlements(x)
                    .next()
                    .and_then(|p| resolve(&ex.gazetteer, p, None, None, &[]))
                    .and_then(|rec| rec.admin1.as_deref())
            })
    };
    // (a mayor speaks for their city: "Drones hit Sumy, acting Sumy Mayor Artem Kobzar
    // said. ¶ In the Khotin hromada, a drone hit a car" is not his)
    let towns_here: Vec<&str> = places
        .iter()
        .map(|p| &p.0)
        .chain(default_loc.filter(|_| places.is_empty()))
        .filter_map(|l| match l {
            Loc::Named(n) => Some(n.mention.name.as_str()),
            _ => None,
        })
        .collect();
    let mayor_elsewhere = |x: &Sent| {
        let Some(role) = x
            .reporter
            .and_then(|p| doc.persons.get(p))
            .and_then(|p| p.role.as_deref())
            .filter(|r| r.to_ascii_lowercase().contains("mayor"))
        else {
            return false;
        };
        // (the city in the title, "acting Sumy Mayor", else the one the sentence names)
        let titled_city = role.split_whitespace().any(|w| {
            w.starts_with(char::is_uppercase)
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "mayor" | "acting" | "deputy" | "city" | "the"
                )
        });
        !towns_here.is_empty()
            && !towns_here.iter().any(|t| role.contains(t))
            && (titled_city
                || event_settlements(x)
                    .next()
                    .is_some_and(|c| !towns_here.contains(&c.name.as_str())))
    };
    // (of several oblasts, one named later is not the source of them all)
    let elsewhere = |j: usize, x: &Sent| {
        j != k
            && (!here.is_empty() && spoken_of(x).is_some_and(|b| here.len() > 1 || here[0] != b)
                || mayor_elsewhere(x))
    };
    // (an official who only comments — "the minister said Russia was trying to leave
    // Ukrainians without light" — reports no attack)
    let reports = |x: &Sent| {
        // ("… and the National Police reported this.", "This was reported by …": the facts before)
        let this_reported = doc
            .sent_matches(x)
            .iter()
            .filter(|m| is(m, ex.cues.report))
            .any(|m| {
                let (a, b) = (doc.token_from(m.start), doc.token_from(m.end));
                (a.saturating_sub(3).max(x.t0)..(b + 1).min(x.t1))
                    .any(|t| matches!(doc.lw(t), "this" | "these" | "it" | "figures" | "data"))
            });
        // (a reaction — "NATO's Secretary General condemned the strike" — tells no fact of
        // it)
        let xs = doc.sent_matches(x);
        let facts = |m: &Match| {
            is(m, ex.cues.killed)
                || is(m, ex.cues.injured)
                || is(m, ex.cues.no_casualties)
                || is(m, ex.cues.no_injured)
                || is(m, ex.cues.damage)
                || is(m, ex.cues.intercept)
        };
        let reaction = x.numbers.is_empty()
            && xs
                .iter()
                .any(|m| is(m, ex.cues.claim) || is(m, ex.cues.evaluative))
            && !xs.iter().any(facts);
        // (or a line naming who posts what follows or signs it: "Serhii Lysak, head of …, on
        // Telegram:")
        x.label
            || this_reported
            || !x.numbers.is_empty()
            || !reaction
                && xs
                    .iter()
                    .any(|m| facts(m) || is(m, ex.cues.attack) || m.class == Class::Weapon)
    };
    // ("The General Staff reported 172 combat clashes … ¶ Governor Vadym Filashkin said …",
    // "the Southern Defence Forces said …": a paragraph told by a military command has
    // no official of its own; one named elsewhere did not report it)
    // (nor does one named only further on: "The General Staff reported 172 clashes. ¶
    // Troops repelled 53 assaults near Zvirove. ¶ … ¶ Governor Filashkin said …")
    let para = doc.sents[k].para;
    let command = |x: &Sent| names_command(ex, doc, x);
    let command_told = doc.sents[..=k]
        .iter()
        .rev()
        .take_while(|x| x.para == para)
        .any(command)
        || firsts.command.is_some_and(|c| c <= k) && firsts.reporter.is_none_or(|r| r > k);
    if command_told && paragraph_reporter_sent(doc, k).is_none() {
        return None;
    }
    // the paragraph's official, unless they speak of another oblast ("In Kharkiv, …, Mayor
    // Ihor Terekhov said. In Vinnytsia Oblast, a facility was hit.")
    paragraph_reporter_sent(doc, k)
        .filter(|&j| !elsewhere(j, &doc.sents[j]))
        .and_then(|j| doc.sents[j].reporter)
        // (or the one the paragraph names after: "A drone struck a house in X. A man was
        // injured, Viacheslav Chaus said.")
        .or_else(|| {
            doc.sents
                .iter()
                .enumerate()
                .skip(k + 1)
                .take_while(|(_, x)| x.para == para)
                .filter(|(j, x)| x.reporter.is_some() && reports(x) && !elsewhere(*j, x))
                .find_map(|(_, x)| x.reporter)
        })
        .or_else(|| {
            (default_loc.is_none_or(|l| !matches!(l, Loc::Country(_))) || !places.is_empty())
                .then(|| {
                    doc.sents
                        .iter()
                        .enumerate()
                        .filter(|(j, x)| x.reporter.is_some() && !elsewhere(*j, x) && reports(x))
                        .find_map(|(_, x)| x.reporter)
                })
                .flatten()
        })
}

/// The official of sentence `k`'s paragraph, up to `k`.
fn paragraph_reporter(doc: &Doc, k: usize) -> Option<usize> {
    paragraph_reporter_sent(doc, k).and_then(|j| doc.sents[j].reporter)
}

/// The last sentence up to `k`, in `k`'s paragraph, that names its reporter.
fn paragraph_reporter_sent(doc: &Doc, k: usize) -> Option<usize> {
    let para = doc.sents[k].para;
    (0..=k)
        .rev()
        .take_while(|&j| doc.sents[j].para == para)
        .find(|&j| doc.sents[j].reporter.is_some())
}

/// Whether time `t` of sentence `s` is the day something was told ("the governor said on
/// Monday", "reported on the morning of November 19"), not the day it happened.
fn told_on(doc: &Doc, s: &Sent, t: &TimeExpr) -> bool {
    let mut i = doc.token_from(t.span.start);
    // (the phrase may begin with the part of the day: "the morning of November 19")
    let mut back = 0;
    while back < 4
        && i > s.t0
        && matches!(
            doc.lw(i - 1),
            "the" | "morning" | "evening" | "afternoon" | "night" | "of" | "early" | "late"
        )
    {
        i -= 1;
        back += 1;
    }
    // ("said on Telegram on Sunday evening": past the channel)
    if i >= s.t0 + 4
        && doc.is_word(i - 1, "on")
        && matches!(doc.lw(i - 2), "telegram" | "facebook" | "x" | "twitter")
        && matches!(doc.lw(i - 3), "on" | "in")
    {
        i -= 2;
    }
    let speech = |w: &str| {
        matches!(
            w,
            "said" | "reported" | "announced" | "wrote" | "stated" | "added" | "claimed" | "told"
        )
    };
    // (or the wire's "said Tuesday that …", not "said Tuesday's strike …")
    let possessive = sitrep_text::is_possessive(t.span.text(doc.text))
        || doc
            .word(doc.token_from(t.span.end))
            .starts_with(['\'', '\u{2019}']);
    i >= s.t0 + 2 && doc.is_word(i - 1, "on") && speech(doc.lw(i - 2))
        || i > s.t0 && t.explicit && !possessive && speech(doc.lw(i - 1))
}

/// A same-day time `t` of sentence `s` ("today", "over the day") on the day the update
/// was told, when the sentence tells it: "attacked the district 14 times over the day,
/// Lysak said on Telegram on Sunday evening" is Sunday's.
pub(crate) fn on_update_day(doc: &Doc, s: &Sent, t: TimeExpr) -> TimeExpr {
    let same_day = matches!(
        doc.lower_at(t.span.start, t.span.end),
        "today"
            | "over the day"
            | "during the day"
            | "over the course of the day"
            | "since the start of the day"
            | "since the beginning of the day"
            | "since the morning"
            | "since morning"
    );
    match s.times.iter().find(|x| told_on(doc, s, x)) {
        Some(day) if same_day => TimeExpr {
            span: t.span,
            ..*day
        },
        _ => t,
    }
}

fn sentence_time(doc: &Doc, s: &Sent) -> Option<TimeExpr> {
    // ("The number of people killed … has risen to 20, the governor said on Saturday": the
    // day the update was told, not the strike's; a statement keeps it)
    let update_told = |t: &TimeExpr| {
        let i = doc.token_from(t.span.start);
        (i.saturating_sub(2).max(s.t0)..i).any(|k| {
            matches!(
                doc.lw(k),
                "said" | "reported" | "announced" | "wrote" | "stated" | "added"
            )
        }) && (s.t0..i)
            .any(|k| doc.is_word(k, "toll") || doc.is_word(k, "number") && doc.is_word(k + 1, "of"))
            && (s.t0..i).any(|k| rise_verb(doc.lw(k)))
    };
    // ("Kyiv observed a day of mourning on Tuesday after the barrage killed 33", "declared
    // Thursday, September 5, a day of mourning": the day of mourning, not of the strike)
    let mourning = |t: &TimeExpr| {
        let (i, e) = (doc.token_from(t.span.start), doc.token_from(t.span.end));
        (i.saturating_sub(4).max(s.t0)..i).any(|k| doc.is_word(k, "mourning"))
            || (e..(e + 10).min(s.t1))
                .find(|&k| doc.is_word(k, "mourning"))
                .is_some_and(|m| {
                    // (past the date's other parts: "Thursday, September 5, a day of")
                    (e..m).all(|k| {
                        matches!(doc.lw(k), "," | "a" | "day" | "of" | "national")
                            || s.times.iter().any(|x| {
                                x.span.start <= doc.toks[k].span.start
                                    && doc.toks[k].span.end <= x.span.end
                            })
                    })
                })
    };
    // (the strike's own day, past those)
    let not_the_strikes = |t: &TimeExpr| mourning(t) || update_told(t);
    if s.times.iter().any(not_the_strikes) {
        return s
            .times
            .iter()
            .find(|t| !not_the_strikes(t) && !is_soft_time(doc.text, t))
            .copied();
    }
    // ("The ministry claimed on Monday that its forces had struck … over the past day": the
    // day of the claim, when the strike has a time of its own)
    let told_on = |t: &TimeExpr| told_on(doc, s, t);
    if let Some(own) = s
        .times
        .iter()
        .find(|t| !told_on(t) && !is_soft_time(doc.text, t))
        .filter(|_| s.times.iter().any(told_on))
    {
        return Some(on_update_day(doc, s, *own));
    }
    firm_time(doc.text, s).or_else(|| {
        // "later in the day", "in the evening": the day the article describes, when it names one
        let soft = s.times.first().copied()?;
        Some(match doc.period {
            Some(p) if p.explicit && p.kind == sitrep_text::dates::TimeKind::Day => TimeExpr {
                span: soft.span,
                ..p
            },
            _ => soft,
        })
    })
}

/// The oblast a named place was read in (from its key), when it has one.
fn oblast_of(ex: &Extractor, l: &Loc) -> Option<&'static Region> {
    match l {
        Loc::Named(n) => n
            .key
            .rsplit('|')
            .next()
            .and_then(|a1| ex.gazetteer.region_by_admin1(a1)),
        _ => None,
    }
}

fn named(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    name: &str,
    region: Option<&'static Region>,
    p: &PlaceMention,
) -> Loc {
    let mut m = p.clone();
    m.name = name.to_string();
    m.kind = PlaceKind::Settlement;
    named_mention(ex, doc, s, &m, region)
}

/// Oblasts besides the one in force where a place of the sentence may lie.
fn also_regions(doc: &Doc, s: &Sent) -> Vec<&'static str> {
    let mut v = s.axis_regions.clone();
    v.extend(doc.regions_named.iter().copied());
    v
}

/// The one settlement or hromada sentence `k - 1` names as a place of events, when it
/// is in sentence `k`'s paragraph.
fn sole_place_before<'d>(doc: &'d Doc, k: usize) -> Option<(&'d Sent, &'d PlaceMention)> {
    let prev = &doc.sents[k.checked_sub(1)?];
    let mut named = prev.places.iter().filter(|q| {
        q.role == PlaceRole::Event && matches!(q.kind, PlaceKind::Settlement | PlaceKind::Hromada)
    });
    let q = named.next()?;
    (named.next().is_none() && prev.para == doc.sents[k].para).then_some((prev, q))
}

/// "Air defence shot one down", "brought two of them down": a figure downed, inside the
/// verb.
fn downed_inside(doc: &Doc, n: &Num) -> bool {
    let down = if doc.is_word(n.t1, "of") && matches!(doc.lw(n.t1 + 1), "them" | "these") {
        n.t1 + 2
    } else {
        n.t1
    };
    matches!(n.unit, Unit::Bare | Unit::Other)
        && !n.approx
        && doc.is_word(down, "down")
        && matches!(
            doc.lw(n.t0.saturating_sub(1)),
            "shot" | "shoot" | "shoots" | "brought" | "knocked"
        )
}

/// The settlements a sentence reports something at, in order.
fn event_settlements(s: &Sent) -> impl DoubleEndedIterator<Item = &PlaceMention> {
    s.places
        .iter()
        .filter(|q| q.kind == PlaceKind::Settlement && q.role == PlaceRole::Event)
}

fn named_mention(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    p: &PlaceMention,
    region: Option<&'static Region>,
) -> Loc {
    let region = region.or(s.centre_region);
    // a district of a city ("Shevchenkivskyi district") is the city
    // ("In Kharkiv, … in the Kyivskyi district": of the city the sentence names)
    // ("The bombs hit the Kyivskyi and Shevchenkivskyi districts of the city": of the city
    // named last before, when this sentence names none that has such a district)
    let city_with_district = |q: &PlaceMention| {
        let rec = resolve(&ex.gazetteer, q, q.hint.or(region), None, &[])?;
        ex.gazetteer
            .city_of_district(&p.name, rec.admin1.as_deref())
            .filter(|c| c.name == rec.name)
    };
    let named_city = || {
        event_settlements(s)
            .find_map(city_with_district)
            .or_else(|| {
                let before = doc.sents.partition_point(|x| x.t0 < s.t0);
                doc.sents[..before]
                    .iter()
                    .rev()
                    .find_map(|x| event_settlements(x).rev().find_map(city_with_district))
            })
    };
    // ("in the Podil district …, head of the Kyiv City Military Administration, said": of
    // the city whose authority speaks)
    let authority_admin1 = || {
        let authority = doc
            .sents
            .iter()
            .position(|x| x.t0 == s.t0)
            .and_then(|k| authority_city(doc, k))
            .and_then(|c| resolve(&ex.gazetteer, &c, c.hint.or(region), None, &[]));
        p.hint
            .map(|r| r.admin1)
            .or_else(|| authority.and_then(|c| c.admin1.as_deref()))
            .or(region.map(|r| r.admin1))
    };
    let by_authority = || {
        ex.gazetteer
            .city_of_district_noun(&p.name, authority_admin1())
    };
    // ("the Dniprovskyi district of the city": a city's district, even where a raion of the
    // oblast has the name)
    let of_the_city = doc.is_word(p.t1, "of")
        && doc.is_word(p.t1 + 1, "the")
        && matches!(doc.lw(p.t1 + 2), "city" | "city's");
    if p.kind == PlaceKind::Raion
        && let Some(city) = named_city()
            .or_else(|| {
                of_the_city
                    .then(|| ex.gazetteer.city_of_district(&p.name, authority_admin1()))
                    .flatten()
            })
            // ("Kalmiuskyi district, Donetsk region": the raion, not Mariupol's district of that name)
            .or_else(|| {
                let admin1 = p.hint.or(region).map(|r| r.admin1);
                // ("Dnipro district" in a Dnipropetrovsk report: the Dniprovskyi raion, named
                // after the town, not Kamianske's city district of that name)
                let stem: String = p
                    .name
                    .to_lowercase()
                    .chars()
                    .take(p.name.chars().count().saturating_sub(1))
                    .collect();
                let raion_there = admin1.is_some()
                    && ex.gazetteer.candidates(&p.name).iter().any(|c| {
                        c.admin1.as_deref() == admin1
                            && (c.level == sitrep_geo::Level::Raion
                                || c.level == sitrep_geo::Level::Settlement
                                    && stem.chars().count() >= 3
                                    && c.admin2
                                        .as_deref()
                                        .is_some_and(|a2| a2.to_lowercase().starts_with(&stem)))
                    });
                if raion_there {
                    None
                } else {
                    ex.gazetteer.city_of_district(&p.name, admin1)
                }
            })
            .or_else(by_authority)
    {
        let mut m = p.clone();
        m.name = city.name.clone();
        m.kind = PlaceKind::Settlement;
        m.hint = city
            .admin1
            .as_deref()
            .and_then(|a| ex.gazetteer.region_by_admin1(a))
            .or(m.hint);
        return named_mention(ex, doc, s, &m, region);
    }
    // "In the Kupiansk sector, … near Petropavlivka": the axis's oblast, where the place
    // has a namesake there, wins over the oblast the report was about
    let region = match p.hint {
        None if !s.axis_regions.is_empty()
            && !region.is_some_and(|r| s.axis_regions.contains(&r.admin1)) =>
        {
            let cands = ex.gazetteer.candidates(&p.name);
            s.axis_regions
                .iter()
                .filter_map(|a| ex.gazetteer.region_by_admin1(a))
                .find(|r| cands.iter().any(|c| c.admin1.as_deref() == Some(r.admin1)))
                .or(region)
        }
        _ => region,
    };
    // "A Russian missile hit Zaporizhzhia …" in a report that names the Kherson region later:
    // an oblast centre named with no oblast of its own is that oblast's centre
    let region = match p.hint {
        None if p.kind == PlaceKind::Settlement => sitrep_geo::REGIONS
            .iter()
            .find(|r| r.country == "UA" && r.centre.eq_ignore_ascii_case(&p.name))
            .or(region),
        _ => region,
    };
    let a1 = p.hint.or(region).map(|r| r.admin1.to_string());
    let rec = resolve(
        &ex.gazetteer,
        p,
        p.hint.or(region),
        p.hint.or(region).map(|r| r.country),
        &also_regions(doc, s),
    );
    let rec = rec.or_else(|| {
        if p.hint.is_none() {
            outside_region(ex, p, region, &[])
        } else {
            None
        }
    });
    let admin1 = rec.as_ref().and_then(|r| r.admin1.clone()).or(a1);
    let key = format!(
        "{}|{}",
        sitrep_geo::fold(&p.name),
        admin1.unwrap_or_default()
    );
    let mut mention = p.clone();
    mention.hint = mention.hint.or(region);
    Loc::Named(std::rc::Rc::new(NamedLoc {
        key,
        mention,
        stated: p.hint.is_some(),
    }))
}

/// A place the oblast in force (carried from an earlier sentence, not stated with the
/// name) has no namesake in at all: the one place of that very name the gazetteer can
/// tell without an oblast ("…in Toretsk, Donetsk Oblast. A drone injured six in
/// Vovchansk"). Only for Ukraine, which the gazetteer covers in full, and only under the
/// very name: a spelling variant may be a village it lacks.
fn outside_region<'g>(
    ex: &'g Extractor,
    m: &PlaceMention,
    region: Option<&'static Region>,
    near: &[(f64, f64)],
) -> Option<&'g PlaceRecord> {
    let r = region.filter(|r| r.country == "UA")?;
    if ex
        .gazetteer
        .candidates(&m.name)
        .iter()
        .any(|c| c.admin1.as_deref() == Some(r.admin1))
    {
        return None;
    }
    let mut bare = m.clone();
    bare.hint = None;
    crate::analysis::resolve_near(&ex.gazetteer, &bare, None, None, &[], near)
        .filter(|rec| sitrep_geo::fold(&rec.name) == sitrep_geo::fold(&m.name))
}

/// Which drafts an item goes to.
fn pick_drafts(
    doc: &Doc,
    starts: &[usize],
    ids: &[(usize, usize, usize)],
    places: &[(Loc, usize, Span, usize)],
    pos: usize,
    item: &Item,
) -> Vec<usize> {
    if ids.is_empty() {
        return Vec::new();
    }
    if places.is_empty() {
        return ids.iter().map(|x| x.0).collect();
    }
    let numeric = matches!(
        item,
        Item::Count(_)
            | Item::Munitions(_)
            | Item::Intercepted(_)
            | Item::Casualty { .. }
            | Item::Children { .. }
    );
    let each = matches!(item, Item::Count(n) | Item::Munitions(n) | Item::Intercepted(n) if n.each)
        || matches!(item, Item::Casualty { each: true, .. });
    let these = matches!(item, Item::NoCasualties { these: true, .. });
    if these {
        return ids.iter().map(|x| x.0).collect();
    }
    let clause = clause_of(starts, pos);
    if matches!(item, Item::Weapon(..)) {
        // "struck Zolochiv in Kharkiv Oblast and Huliaipole in Zaporizhzhia Oblast with
        // guided bombs": the weapon is every named place's of its clause
        let named: Vec<usize> = ids
            .iter()
            .filter(|x| {
                clause_of(starts, x.2) == clause
                    && places
                        .iter()
                        .any(|p| p.3 == x.2 && matches!(p.0, Loc::Named(_)))
            })
            .map(|x| x.0)
            .collect();
        // ("In Kharkiv region, the enemy used artillery, mortars and drones against Lyptsi":
        // the one named place's, not the region that frames it)
        let framed_by_region = named.len() == 1
            && ids.len() == 2
            && ids.iter().any(|x| {
                x.2 < pos
                    && places
                        .iter()
                        .any(|p| p.3 == x.2 && matches!(p.0, Loc::Region(_)))
                    && doc.is_word(x.2.saturating_sub(1), "in")
                    // (opening the sentence: its first clause starts at its first token)
                    && x.2 <= starts[0] + 1
            });
        if named.len() > 1 || framed_by_region {
            return named;
        }
        // ("destroyed 31 drones: 14 over the Bryansk Region, nine over the Kursk Region …":
        // the weapon of the total before a colon is every part's after it)
        let sent_end = ids.iter().map(|x| x.2).max().unwrap_or(pos);
        if let Some(colon) = (pos..sent_end).find(|&t| doc.word(t) == ":")
            && !(pos..colon).any(|t| matches!(doc.word(t), ";" | "."))
        {
            let parts: Vec<usize> = ids
                .iter()
                .filter(|x| {
                    x.2 > colon
                        && (x.2.saturating_sub(3)..x.2)
                            .any(|t| matches!(doc.lw(t), "over" | "above"))
                })
                .map(|x| x.0)
                .collect();
            if parts.len() > 1 && ids.iter().all(|x| x.2 > colon || x.2 < pos) {
                return parts;
            }
        }
    }
    let in_clause: Vec<&(usize, usize, usize)> = ids
        .iter()
        .filter(|x| clause_of(starts, x.2) == clause)
        .collect();
    // ("killed three in Donetsk Oblast, two in A and one in B, and wounded seven others": a
    // figure of a clause with no place of its own is not one of a breakdown's parts)
    // (a part opens its phrase: ", two in A and one in B", not "injured five in A")
    let located_part = |t: usize| {
        // ("…, six of them in Kharkiv": past the "of them")
        let t = if t >= 5 && doc.is_word(t - 2, "them") && doc.is_word(t - 3, "of") {
            t - 2
        } else {
            t
        };
        t >= 3
            && doc.is_word(t - 1, "in")
            && (doc.toks[t - 2].kind == sitrep_text::TokenKind::Digits
                || sitrep_text::numbers::is_number_word(doc.lw(t - 2)))
            && matches!(
                doc.lw(t - 3),
                "," | "-" | "–" | "—" | "and" | ":" | "including"
            )
    };
    let pool: Vec<&(usize, usize, usize)> = if in_clause.is_empty() {
        let whole: Vec<&(usize, usize, usize)> = ids.iter().collect();
        let heads: Vec<&(usize, usize, usize)> = if matches!(item, Item::Casualty { .. }) {
            whole
                .iter()
                .copied()
                .filter(|x| !located_part(x.2))
                .collect()
        } else {
            Vec::new()
        };
        if matches!(item, Item::Casualty { .. }) && heads.is_empty() {
            // (every place is a part: the figure is the area's, which the caller finds)
            return Vec::new();
        }
        if heads.is_empty() || heads.len() == whole.len() {
            whole
        } else {
            heads
        }
    } else {
        in_clause
    };
    // nearest place (by tokens): a figure opening its phrase ("and two at X",
    // "13 shells were fired at X") looks ahead; one that follows ("X by three",
    // "X was hit 18 times") looks back
    // the commas of an age ("a woman, 67, was injured in X") part no phrases
    let age_aside = |t: usize| {
        doc.is_digits(t + 1) && doc.word(t + 2) == ","
            || t >= 2 && doc.is_digits(t - 1) && doc.word(t - 2) == ","
    };
    // (past an article: "…, an enterprise in Tiahynka and a shop in Bilozerka")
    let prev = match doc.lw(pos.saturating_sub(1)) {
        "a" | "an" | "the" if pos >= 2 => doc.lw(pos - 2),
        w => w,
    };
    let opens = matches!(prev, "," | "and" | "while" | "with" | "another" | ":" | "")
        || starts.contains(&pos)
        || pos == 0;
    let nearest = pool
        .iter()
        .min_by_key(|x| {
            let d = x.2 as i64 - pos as i64;
            let wrong_side = if opens { d < 0 } else { d > 0 };
            let crosses_comma =
                (pos.min(x.2)..pos.max(x.2)).any(|t| doc.word(t) == "," && !age_aside(t));
            // (a semicolon parts more than a comma: "in Pokrovsk one person was killed, and
            // three houses were damaged; in Myrnohrad …")
            let crosses_semicolon = matches!(item, Item::Target(..))
                && (pos.min(x.2)..pos.max(x.2)).any(|t| doc.word(t) == ";");
            (
                crosses_semicolon as i64,
                crosses_comma as i64,
                wrong_side as i64,
                d.abs(),
            )
        })
        .copied()
        .copied();
    let Some((_, list, _)) = nearest else {
        return Vec::new();
    };
    let group: Vec<usize> = pool
        .iter()
        .filter(|x| x.1 == list && list != usize::MAX)
        .map(|x| x.0)
        .collect();
    let members = if group.is_empty() {
        vec![nearest.map(|n| n.0).unwrap_or(0)]
    } else {
        group
    };
    if numeric && members.len() > 1 && !each {
        // a group figure belongs to no single place
        return Vec::new();
    }
    members
}

fn clause_mask(doc: &Doc, starts: &[usize], items: &[Item], pos: usize) -> u32 {
    let c = clause_of(starts, pos);
    items
        .iter()
        .filter_map(|i| {
            if let Item::Weapon(w, s) = i {
                (clause_of(starts, doc.token_from(s.start)) == c).then_some(weapon_bit(*w))
            } else {
                None
            }
        })
        .fold(0, |a, b| a | b)
}

fn apply(doc: &Doc, d: &mut Draft, item: &Item, k: usize, sent_mask: u32, clause_mask: u32) {
    let mask = if clause_mask != 0 {
        clause_mask
    } else {
        sent_mask
    };
    // "Another 30 drones were suppressed", "a further 12 attacks": more of the same; so is
    // a count told "also" or "in addition" ("They also carried out 3,000 attacks")
    // ("Kh-101 cruise missiles: 35 launched, 33 destroyed;" one line per munition: the
    // lines add up)
    let tally_line = |n: &Num| {
        let s = &doc.sents[k];
        matches!(item, Item::Munitions(_) | Item::Intercepted(_))
            && (s.t0 + 1..n.t0).any(|c| {
                doc.word(c) == ":"
                    && doc
                        .toks
                        .get(c + 1)
                        .is_some_and(|t| t.kind == sitrep_text::TokenKind::Digits)
                    && matches!(doc.lw(c + 2), "launched" | "fired" | "used")
            })
    };
    let more = |n: &Num| {
        let s = &doc.sents[k];
        tally_line(n)
            || n.t0 > 0 && matches!(doc.lw(n.t0 - 1), "another" | "further")
            || matches!(item, Item::Count(_))
                && (s.t0..n.t0).any(|t| {
                    doc.is_word(t, "also")
                        || doc.is_word(t, "addition") && doc.is_word(t.wrapping_sub(1), "in")
                })
    };
    match item {
        Item::Count(n) => {
            d.count.add(n.value, n.t0, mask, k, n.approx, more(n));
            d.count.numbered |= !sitrep_text::numbers::is_vague(doc.word(n.t0));
            if n.value.is_some() {
                d.evidence(
                    "count",
                    Span::new(n.span.start, doc.toks[n.unit_end.max(n.t1) - 1].span.end),
                );
            }
        }
        Item::Munitions(n) => {
            d.munitions.add(n.value, n.t0, mask, k, n.approx, more(n));
            if n.value.is_some() {
                d.evidence(
                    "munitions",
                    Span::new(n.span.start, doc.toks[n.unit_end.max(n.t1) - 1].span.end),
                );
            }
        }
        Item::Intercepted(n) => {
            d.intercepted.add(n.value, n.t0, mask, k, n.approx, more(n));
            if n.value.is_some() {
                d.evidence("intercepted", n.span);
            }
        }
        Item::Casualty {
            harm,
            value,
            span,
            more,
            toll,
            ..
        } => {
            // ("… has risen to 19, the governor said. \"Another person has died in hospital
            // overnight\"": the death that raised the toll, already in it)
            if *harm == Harm::Killed
                && *more
                && !*toll
                && d.killed_toll
                && d.killed_tally.sent.is_some_and(|t| t < k)
            {
                d.evidence("killed", *span);
                return;
            }
            if *harm == Harm::Killed && *toll {
                d.killed_toll = true;
            }
            let (slot, tally, field) = match harm {
                Harm::Killed => (&mut d.killed, &mut d.killed_tally, "killed"),
                Harm::Injured => (&mut d.injured, &mut d.injured_tally, "injured"),
            };
            // ("Shelling killed two people in Kherson. A man and a woman were killed when …":
            // the second sentence's parts, 1 + 1, tell the same two again)
            if tally.sent != Some(k) {
                *tally = Tally {
                    sent: Some(k),
                    before: *slot,
                    sum: 0,
                };
            }
            tally.sum = tally.sum.saturating_add(*value);
            *slot = Some(match tally.before {
                Some(before) if *more => before.saturating_add(tally.sum),
                // ("The number of injured now stands at 18" after 19: a tally told as the
                // present one, even a lower one; not an earlier one told after it, "Officials
                // had put the death toll at seven")
                Some(_)
                    if *toll
                        && (doc.sents[k].t0..doc.sents[k].t1).any(|t| {
                            matches!(doc.lw(t), "now" | "stands" | "thus")
                                // ("the toll has been revised to three killed")
                                || matches!(doc.lw(t), "revised" | "corrected" | "updated")
                                    && doc.is_word(t + 1, "to")
                        }) =>
                {
                    tally.sum
                }
                Some(before) => before.max(tally.sum),
                None => tally.sum,
            });
            d.evidence(field, *span);
        }
        Item::Children { harm, value, span } => {
            let (slot, field) = match harm {
                Harm::Killed => (&mut d.children_killed, "children_killed"),
                Harm::Injured => (&mut d.children_injured, "children_injured"),
            };
            *slot = Some(slot.map_or(*value, |v| v.max(*value)));
            d.evidence(field, *span);
        }
        Item::NoCasualties {
            killed,
            injured,
            span,
            ..
        } => {
            if *killed && d.killed.is_none() {
                d.killed = Some(0);
                d.evidence("killed", *span);
            }
            if *injured && d.injured.is_none() {
                d.injured = Some(0);
                d.evidence("injured", *span);
            }
        }
        Item::LaterDeath {
            span,
            died,
            known,
            people,
            counted,
        } => {
            // a wounded person who later died counts as killed only; one not reported
            // before is a death, unless deaths are already reported (then it may be one of them);
            // "One of them died … The woman died in the ambulance" tells one death twice
            if *known && d.moved_to_killed {
                return;
            }
            // (a death toll the text gave already counts the wounded who died: "The death
            // toll rose to 10 … Two of the wounded later died")
            let counted = *counted || d.killed_toll;
            match d.injured {
                Some(i) if i >= *people && *died => {
                    d.injured = (i > *people).then(|| i - people);
                    if d.injured.is_none() {
                        d.evidence.retain(|e| e.field != "injured");
                    }
                    let before = d.killed.unwrap_or(0);
                    d.killed = Some(if counted {
                        before.max(*people)
                    } else {
                        before.saturating_add(*people)
                    });
                    d.moved_to_killed = true;
                }
                _ if d.killed.is_none_or(|k| k == 0) => d.killed = Some(*people),
                _ => return,
            }
            d.evidence("killed", *span);
        }
        Item::Weapon(w, span) => {
            if !d.weapons.contains(w) {
                d.weapons.push(*w);
            }
            d.evidence("weapons", *span);
        }
        Item::Target(t, span, count, damaged) => {
            if !d.targets.contains(t) {
                d.targets.push(*t);
            }
            d.evidence("targets", *span);
            if *damaged && !d.damage.iter().any(|x| x.target == *t) {
                d.damage.push(Damage {
                    target: *t,
                    count: *count,
                });
            }
        }
    }
}

/// "64 of them at Kherson", "12 of which hit the city": a part of a figure just
/// stated, put at a place.
fn partitive(doc: &Doc, n: &Num) -> bool {
    doc.is_word(n.t1, "of")
        && (doc.is_word(n.t1 + 1, "them") || doc.is_word(n.t1 + 1, "which"))
        && matches!(
            doc.lw(n.t1 + 2),
            "at" | "in" | "on" | "hit" | "landed" | "fell" | "struck" | "targeted"
        )
}

/// Whether cue `m` destroys what the target list names, within three words ("destroyed
/// a warehouse", "three houses were destroyed"): damage, though "were destroyed" also
/// reports downed drones.
fn destroys_target(doc: &Doc, ms: &[Match], m: &Match) -> bool {
    doc.lower_at(m.start, m.end).contains("destroy") && {
        let (c0, c1) = (doc.token_from(m.start), doc.token_from(m.end));
        ms.iter().any(|t| {
            t.class == Class::Target && {
                let (t0, t1) = (doc.token_from(t.start), doc.token_from(t.end));
                t1 <= c0 && c0 - t1 <= 3 || t0 >= c1 && t0 - c1 <= 3
            }
        })
        // ("Two Russian missiles destroyed part of the building": the weapon destroys)
        || c0 > 0
            && doc.is_word(c0, "destroyed")
            && ms.iter().any(|w| {
                w.class == Class::Weapon && doc.token_from(w.end) == c0
            })
    }
}

/// Whether the compass point at token `t` opens a list of them that covers the country
/// ("in the north, east, south and centre of the country"): the whole country, not a part
/// of the front.
fn whole_country_compass(doc: &Doc, t: usize) -> bool {
    let mut k = t;
    while k < t + 12
        && (matches!(doc.word(k), "," | "and")
            || matches!(
                doc.lw(k),
                "north" | "south" | "east" | "west" | "centre" | "center"
            ))
    {
        k += 1;
    }
    k > t + 2 && doc.is_word(k, "of") && doc.is_word(k + 1, "the") && doc.is_word(k + 2, "country")
}

/// Drops the parts of a count listed after a colon when they add up to it ("carried out 84
/// strikes on 19 settlements: six missile strikes, 11 air strikes and 67 attacks with
/// artillery"): the total is the count, not the total and its parts together.
fn colon_parts(doc: &Doc, s: &Sent, items: &mut Vec<Item>) {
    if !(s.t0..s.t1).any(|t| doc.word(t) == ":") {
        return;
    }
    let counts: Vec<(usize, u32)> = items
        .iter()
        .filter_map(|i| match i {
            Item::Count(n) => n.value.map(|v| (n.t0, v)),
            _ => None,
        })
        .collect();
    let Some(&(t0, total)) = counts.first() else {
        return;
    };
    // the colon after the total, before the next figure
    let next = counts.get(1).map_or(t0, |c| c.0);
    let Some(colon) = (t0 + 1..next).find(|&t| doc.word(t) == ":") else {
        return;
    };
    let parts: u32 = counts[1..]
        .iter()
        .filter(|c| c.0 > colon)
        .map(|c| c.1)
        .fold(0u32, u32::saturating_add);
    // (parts by place stay the places': "30 times: 18 attacks on Kupiansk district and 12
    // on Chuhuiv district")
    let placed = s
        .places
        .iter()
        .any(|p| p.t0 > colon && p.role == PlaceRole::Event);
    if counts.len() > 2 && parts == total && !placed {
        items.retain(|i| !matches!(i, Item::Count(n) if n.t0 > colon));
    }
}

/// Drops the per-weapon parts of an attack total told as munitions ("carried out 387
/// attacks, firing artillery and mortars and dropping 9 guided bombs"; "… 496 attacks.
/// The enemy fired 112 shells; drones made 371 attacks, and aircraft dropped 13 bombs"):
/// the total is the count, and its parts are not also munitions.
fn breakdown_parts(doc: &Doc, k: usize, items: &mut Vec<Item>) {
    let s = &doc.sents[k];
    let value = |i: &Item| match i {
        Item::Count(n) | Item::Munitions(n) => n.value,
        _ => None,
    };
    let munitions: u32 = items
        .iter()
        .filter(|i| matches!(i, Item::Munitions(_)))
        .filter_map(value)
        .sum();
    if munitions == 0 {
        return;
    }
    // how many kinds of weapon the sentence names
    let weapon_kinds = {
        let mut w: Vec<u16> = doc
            .sent_matches(s)
            .iter()
            .filter(|m| m.class == Class::Weapon)
            .map(|m| m.label)
            .collect();
        w.sort_unstable();
        w.dedup();
        w.len()
    };
    // the total in this sentence, before the parts, with other weapons unnumbered
    let first_munition = items
        .iter()
        .filter_map(|i| match i {
            Item::Munitions(n) => Some(n.t0),
            _ => None,
        })
        .min()
        .unwrap_or(0);
    let total_here = items.iter().find_map(|i| match i {
        Item::Count(n) if n.t0 < first_munition => n.value,
        _ => None,
    });
    // (some parts unnumbered; parts all numbered are parts only when they add up to it:
    // "120 attacks, launching 20 drones and 5 missiles" keeps its munitions)
    let numbered = items
        .iter()
        .filter(|i| matches!(i, Item::Munitions(_)))
        .count();
    let parts_here = total_here
        .is_some_and(|t| munitions == t || munitions < t && weapon_kinds > numbered)
        && weapon_kinds >= 2
        && !items
            .iter()
            .any(|i| matches!(i, Item::Count(n) if n.t0 > first_munition));
    // or the total of a sentence just before, which the mixed parts of this one add up to
    let counts: u32 = items
        .iter()
        .filter(|i| matches!(i, Item::Count(_)))
        .filter_map(value)
        .sum();
    // (parts told of no place of their own: per-place figures stay the places')
    let placeless = !s.places.iter().any(|p| {
        p.role == PlaceRole::Event
            && matches!(
                p.kind,
                PlaceKind::Settlement | PlaceKind::Hromada | PlaceKind::Raion
            )
    });
    let parts_after = counts > 0
        && placeless
        && (k.saturating_sub(3)..k).any(|j| {
            doc.sents[j]
                .numbers
                .iter()
                .any(|n| n.unit == Unit::Count && n.value == Some(counts.saturating_add(munitions)))
        });
    if parts_here {
        items.retain(|i| !matches!(i, Item::Munitions(_)));
    } else if parts_after {
        items.retain(|i| !matches!(i, Item::Munitions(_) | Item::Count(_)));
    }
}

/// "All of them were shot down", "All were destroyed": a sentence that downs every
/// munition of the launch told just before it, with no figure of its own; the tokens of
/// its subject and the launch's figure.
fn all_downed(ex: &Extractor, doc: &Doc, k: usize) -> Option<(usize, usize, u32)> {
    let s = &doc.sents[k];
    let t = s.t0;
    let end = if doc.is_word(t, "all")
        && doc.is_word(t + 1, "of")
        && matches!(doc.lw(t + 2), "them" | "these" | "those")
    {
        t + 3
    } else if doc.is_word(t, "all") && matches!(doc.lw(t + 1), "were" | "have" | "had") {
        t + 1
    } else {
        return None;
    };
    let downed = doc
        .sent_matches(s)
        .iter()
        .any(|m| is(m, ex.cues.intercept) && (end..end + 4).contains(&doc.token_from(m.start)));
    let prev = &doc.sents[k.checked_sub(1)?];
    let mut launched = prev.numbers.iter().filter(|n| n.unit == Unit::Munitions);
    let total = launched.next()?.value?;
    (downed && s.numbers.is_empty() && launched.next().is_none() && prev.para == s.para)
        .then_some((t, end, total))
}

/// A casualty figure told plainly: not "more", no toll, no share.
fn plain_casualty(harm: Harm, value: u32, span: Span) -> Item {
    Item::Casualty {
        harm,
        value,
        span,
        more: false,
        toll: false,
        each: false,
        part: false,
    }
}

/// Count, munitions and intercept figures of a sentence.
fn numbers_items(ex: &Extractor, doc: &Doc, k: usize, items: &mut Vec<Item>) {
    let s = &doc.sents[k];
    let cues = &ex.cues;
    let ms = doc.sent_matches(s);
    if let Some((t0, t1, total)) = all_downed(ex, doc, k) {
        items.push(Item::Intercepted(Num {
            span: Span::new(doc.toks[t0].span.start, doc.toks[t1 - 1].span.end),
            value: Some(total),
            approx: false,
            t0,
            t1,
            unit: Unit::Munitions,
            unit_end: t1,
            each: false,
            hits: false,
        }));
        return;
    }
    // "45 of which were shot down": a relative clause between a part and its cue
    let of_which =
        |n: &Num| doc.is_word(n.t1, "of") && matches!(doc.lw(n.t1 + 1), "which" | "them");
    // ("74 Shahed drones and drones of other types were shot down": the figure's noun
    // phrase goes on past an unnumbered coordinated munition)
    let phrase_end = |n: &Num| {
        let end = munition_noun_end(ex, doc, n);
        if !doc.is_word(end, "and") {
            return end;
        }
        let stop = (end + 4).min(s.t1);
        (end + 1..stop)
            .find_map(|k| doc.match_at(k, |m| is(m, cues.unit_munition)))
            .filter(|&e| e <= stop && !s.numbers.iter().any(|x| x.t0 > end && x.t0 < e))
            .map_or(end, |e| {
                let of_types = doc.is_word(e, "of")
                    && matches!(doc.lw(e + 1), "other" | "various" | "different")
                    && doc.is_word(e + 2, "types");
                e + 3 * usize::from(of_types)
            })
    };
    // ("attacked with 18 missiles and nine drones, and air defence destroyed every one of
    // them": as many downed as were launched before the cue)
    let every_one = ms
        .iter()
        .filter(|m| is(m, cues.intercept) && !destroys_target(doc, ms, m))
        .find_map(|m| {
            let te = doc.token_from(m.end);
            let w = |x: usize| doc.lw(x);
            // ("all of them" is read where "all" is)
            (w(te) == "every"
                && w(te + 1) == "one"
                && w(te + 2) == "of"
                && matches!(w(te + 3), "them" | "these"))
            .then_some((doc.token_from(m.start), te, te + 4))
        });
    let intercept_near = |n: &Num| {
        // ("2 launched, none destroyed": the figure launched, whatever follows)
        if n.unit_end == n.t1 && matches!(doc.lw(n.t1), "launched" | "fired" | "used") {
            return false;
        }
        ms.iter().any(|m| {
            is(m, cues.intercept) && !destroys_target(doc, ms, m) && {
                let t = doc.token_from(m.start);
                let te = doc.token_from(m.end);
                // a cue after a figure is that figure's unless another figure comes between
                // ("60 drones; 45 were shot down")
                let figure_between = s
                    .numbers
                    .iter()
                    .any(|x| x.t0 >= n.unit_end.max(n.t1) && x.t0 < t);
                // (a semicolon parts the launch from the shoot-down: "with 15 drones overnight;
                // air defence shot down 10 of them")
                // (or ", and" before a cue whose figure or "every one of them" comes after
                // it: "with 12 drones, and air defence shot down 10 of them")
                let parted = (n.unit_end.max(n.t1)..t).any(|x| {
                    doc.word(x) == ";"
                        || doc.word(x) == ","
                            && doc.is_word(x + 1, "and")
                            && (every_one.is_some()
                                // (its figure the sentence's last: not "…, and air defence
                                // shot down 35 of them, while 5 hit Kharkiv")
                                || s.numbers
                                    .iter()
                                    .position(|y| y.t0 >= te)
                                    .is_some_and(|j| j + 1 == s.numbers.len()))
                });
                // (only where a shoot-down is told: most figures have none)
                let unit_end = phrase_end(n);
                // (a figure after the cue is its object, not the subject of a contrast: "One
                // was shot down, while three hit the city")
                // (past the means: "shot down or suppressed with electronic warfare 382
                // drones")
                let means = |x: usize| {
                    matches!(
                        doc.lw(x),
                        "with" | "by" | "electronic" | "warfare" | "ew" | "means"
                    )
                };
                let gap = (te..n.t0.max(te)).filter(|&x| !means(x)).count();
                let object = te <= n.t0
                    && gap <= 2
                    && n.t0 - te <= 6
                    && !(te..n.t0).any(|x| {
                        matches!(doc.lw(x), "," | ";" | "while" | "whereas" | "but" | "and")
                    });
                object
                    || !figure_between
                        && !parted
                        && ((unit_end <= t && t - unit_end <= 3)
                            || (n.t1 <= t && t - n.t1 <= 2 + 2 * of_which(n) as usize))
            }
        })
    };
    let reached_negated = (s.t0..s.t1).any(|t| {
        (doc.is_word(t, "none") || doc.is_word(t, "not") && doc.is_word(t + 1, "one"))
            && doc.is_word(t + 1 + doc.is_word(t, "not") as usize, "of")
    });
    let all_shot =
        (s.t0..s.t1).any(|t| doc.is_word(t, "all")) && ms.iter().any(|m| is(m, cues.intercept));
    // "shot down a fixed-wing drone": one
    for m in ms.iter().filter(|m| is(m, cues.intercept)) {
        let t = doc.token_from(m.end);
        if (doc.is_word(t, "a") || doc.is_word(t, "an"))
            && !s.numbers.iter().any(|n| n.t0 > t && n.t0 <= t + 4)
        {
            // (a drone or a missile: "destroyed a howitzer" downs no munition)
            let is_unit = (t + 1..(t + 4).min(s.t1)).find_map(|k| {
                doc.match_at(k, |x| {
                    is(x, cues.unit_munition)
                        || x.class == Class::Weapon
                            && matches!(ex.lexicons.label(x), "drone" | "missile")
                })
            });
            if let Some(e) = is_unit {
                items.push(Item::Intercepted(Num {
                    span: Span::new(doc.toks[t].span.start, doc.toks[e - 1].span.end),
                    value: Some(1),
                    approx: false,
                    t0: t,
                    t1: t + 1,
                    unit: Unit::Munitions,
                    unit_end: e,
                    each: false,
                    hits: false,
                }));
            }
        }
    }
    let mut last_unit: Option<Unit> = None;
    let mut last_unit_at: Option<usize> = None;
    let mut parts_after_total = false;
    // (and whether that total counts attacks, not munitions)
    let mut parts_of_count = false;
    // "destroyed 24 drones and two missiles": the whole coordination was shot down
    let mut intercept_chain = false;
    let number_of_munitions = (s.t0..s.t1).any(|t| {
        doc.is_word(t, "number")
            && doc.is_word(t + 1, "of")
            && (t + 2..(t + 6).min(s.t1))
                .any(|u| doc.match_at(u, |m| is(m, cues.unit_munition)).is_some())
    });
    let all_of_them = (s.t0..s.t1)
        .any(|t| doc.is_word(t, "all") && doc.is_word(t + 1, "of") && doc.is_word(t + 2, "them"))
        && ms.iter().any(|m| is(m, cues.intercept));
    // "of the fifteen", "Of the 40 drones": a whole, with its parts beside it
    let of_the_before =
        |x: &Num| x.t0 >= s.t0 + 2 && doc.is_word(x.t0 - 1, "the") && doc.is_word(x.t0 - 2, "of");
    // numbers right after a casualty word count people, never shells
    let after_harm = |n: &Num| {
        ms.iter()
            .any(|m| (is(m, cues.killed) || is(m, cues.injured)) && doc.token_from(m.end) == n.t0)
    };
    // "80 air targets were shot down: 30 missiles and 50 drones": the parts of a downed
    // total after its colon are in it already
    let mut downed_parts = false;
    let mut prev_including_part = false;
    if let Some((cue, t0, t1)) = every_one {
        let launched: Vec<&Num> = s.numbers.iter().filter(|n| n.t0 < cue).collect();
        // (within one clause: "with 12 drones; air defence shot down all of them" is told
        // apart)
        if !launched.is_empty()
            && !(launched[0].t0..cue).any(|x| doc.word(x) == ";")
            && launched
                .iter()
                .all(|n| n.unit == Unit::Munitions && !n.approx && n.value.is_some())
        {
            let total = launched
                .iter()
                .fold(0u32, |a, n| a.saturating_add(n.value.unwrap_or(0)));
            // (placed with the launch it downs: the place of the launch's clause)
            let (first, last) = (launched[0], launched[launched.len() - 1]);
            items.push(Item::Intercepted(Num {
                span: Span::new(doc.toks[t0].span.start, doc.toks[t1 - 1].span.end),
                value: Some(total),
                approx: false,
                t0: first.t0,
                t1: last.t1,
                unit: Unit::Munitions,
                unit_end: last.unit_end,
                each: false,
                hits: false,
            }));
        }
    }
    for (i, n) in s.numbers.iter().enumerate() {
        // ("every one of them": no figure of its own)
        if every_one.is_some_and(|(_, t0, t1)| (t0..t1).contains(&n.t0)) {
            continue;
        }
        // ("shot down 6 drones over the region: 4 over Pavlohrad district and 2 over Dnipro
        // district": the parts downed over each place are that place's)
        if downed_parts
            && matches!(n.unit, Unit::Bare | Unit::Other)
            && !n.approx
            && doc.is_word(n.t1, "over")
            && s.places.iter().any(|p| {
                p.role == PlaceRole::Event
                    && p.t0 > n.t1
                    && p.t0 <= n.t1 + 5
                    // ("13 over the territory of the Bryansk Region")
                    && (n.t1 + 1..p.t0).all(|t| {
                        matches!(doc.lw(t), "the" | "territory" | "territories" | "of")
                    })
            })
        {
            items.push(Item::Intercepted(*n));
            continue;
        }
        // ("destroyed 47 missiles, 20 of them in the area around the capital": where some of
        // the downed were downed, a part of the tally, no strike there)
        if intercept_chain
            && i > 0
            && doc.word(n.t0.saturating_sub(1)) == ","
            && doc.is_word(n.t1, "of")
            && matches!(doc.lw(n.t1 + 1), "them" | "which" | "these")
            && matches!(doc.lw(n.t1 + 2), "in" | "over" | "near" | "above")
        {
            continue;
        }
        // ("the death toll … has risen to nine": the toll, read by the casualty grammar)
        let toll_figure = matches!(n.unit, Unit::Bare | Unit::Other)
            && doc.is_word(n.t0.saturating_sub(1), "to")
            && rise_verb(doc.lw(n.t0.saturating_sub(2)))
            && (s.t0..n.t0).any(|t| {
                doc.is_word(t, "toll") || doc.is_word(t, "number") && doc.is_word(t + 1, "of")
            });
        // ("dropped 2 KABs (2 explosions)": the bracket restates the figure before it)
        let restated =
            n.unit == Unit::Munitions && n.t0 > s.t0 && doc.word(n.t0 - 1) == "(" && i > 0 && {
                let prev = &s.numbers[i - 1];
                let prev_end = prev.unit_end.max(prev.t1);
                prev.unit == Unit::Munitions
                    && (prev_end + 1 == n.t0
                        // ("dropped 3 explosive devices from a UAV (3 explosions)": the same
                        // figure)
                        || prev.value == n.value
                            && prev_end + 6 >= n.t0
                            && !(prev.t1..n.t0)
                                .any(|t| matches!(doc.word(t), ";" | ":" | ")" | ".")))
            };
        if n.unit == Unit::Bare && after_harm(n) || downed_parts || toll_figure || restated {
            continue;
        }
        // "Air defence shot down 40.": the figure of the drones just told, its noun left out
        if n.unit == Unit::Bare
            && !n.approx
            && matches!(doc.word(n.t1), "." | ";" | "")
            && ms.iter().any(|m| {
                is(m, cues.intercept)
                    && doc.token_from(m.end) == n.t0
                    && !destroys_target(doc, ms, m)
            })
        {
            items.push(Item::Intercepted(*n));
            continue;
        }
        if downed_inside(doc, n) {
            items.push(Item::Intercepted(*n));
            continue;
        }
        if n.unit == Unit::Bare && number_of_munitions && doc.is_word(n.t0.saturating_sub(1), "at")
        {
            items.push(Item::Munitions(*n));
            continue;
        }
        if n.unit == Unit::Munitions && !n.approx {
            // "the 14 drones and the Kh-59 missile": one more
            let mut n2 = *n;
            // (past the noun after a model: "9 Shahed drones and a Kh-59 missile", "24
            // Shahed attack drones and …")
            let t = munition_noun_end(ex, doc, n);
            // (not "and one explosion from a drone": a figure of its own, read next)
            if doc.is_word(t, "and")
                && matches!(doc.lw(t + 1), "a" | "an" | "the" | "one")
                && !s
                    .numbers
                    .iter()
                    .any(|x| x.t0 == t + 1 && x.unit == Unit::Munitions)
            {
                let single = (t + 2..(t + 9).min(s.t1)).find(|&u| {
                    matches!(doc.lw(u), "missile" | "drone" | "rocket" | "bomb" | "uav")
                });
                if let Some(u) = single {
                    n2.value = n.value.map(|v| v.saturating_add(1));
                    n2.unit_end = u + 1;
                }
            }
            // ("a Kh-59 guided missile and 67 Shahed drones", "shot down the missile and 58
            // drones": one more before it)
            let single_noun =
                |u: usize| matches!(doc.lw(u), "missile" | "drone" | "rocket" | "bomb" | "uav");
            // (past where it came from: "an Iskander-M ballistic missile launched from Kursk
            // Oblast and 133 drones")
            let noun = if n.t0 >= s.t0 + 3 && single_noun(n.t0 - 2) {
                Some(n.t0 - 2)
            } else {
                (n.t0.saturating_sub(8).max(s.t0 + 1)..n.t0.saturating_sub(2))
                    .find(|&u| single_noun(u) && matches!(doc.lw(u + 1), "launched" | "fired"))
                    .filter(|&u| !(u..n.t0).any(|x| matches!(doc.word(x), "," | ";" | ":")))
            };
            if n.t0 >= s.t0 + 3
                && doc.is_word(n.t0 - 1, "and")
                && let Some(noun) = noun
                && let Some(a) = (noun.saturating_sub(6).max(s.t0)..noun)
                    .rev()
                    .take_while(|&u| !matches!(doc.word(u), "," | ";" | ":" | "."))
                    .find(|&u| matches!(doc.lw(u), "a" | "an" | "the"))
                && !s
                    .numbers
                    .iter()
                    .any(|x| x.t0 > a && x.t0 < n.t0 && x.unit != Unit::Bare)
            {
                n2.value = n2.value.map(|v| v.saturating_add(1));
                n2.t0 = a;
                n2.span = Span::new(doc.toks[a].span.start, n2.span.end);
            }
            if all_of_them || reached_negated {
                items.push(Item::Intercepted(n2));
                items.push(Item::Munitions(n2));
                continue;
            }
            if n2.value != n.value {
                // ("shot down 59 drones and one missile": downed, not launched)
                items.push(if intercept_near(n) || intercept_near(&n2) {
                    Item::Intercepted(n2)
                } else {
                    Item::Munitions(n2)
                });
                continue;
            }
        }
        // "17 mortar explosions" after a total with a colon: parts of that total
        // ("Krasnopillia (14 explosions), Velyka Pysarivka (22) and Esman (31)": a bracketed
        // figure alone, in the unit of the bracketed one before it)
        let bracketed_alone = n.unit == Unit::Other
            && n.t0 > s.t0
            && doc.word(n.t0 - 1) == "("
            && doc.word(n.t1) == ")"
            && i > 0
            && doc.word(s.numbers[i - 1].t0.saturating_sub(1)) == "(";
        // (not past a casualty word: "2,314 times, killing four civilians: three in
        // Pokrovsk and one in Kurakhivka" are people)
        let harm_between = last_unit_at.is_some_and(|a| {
            ms.iter().any(|m| {
                (is(m, cues.killed) || is(m, cues.injured))
                    && (a..n.t0).contains(&doc.token_from(m.start))
            })
        });
        let unit = if (n.unit == Unit::Bare || bracketed_alone) && !harm_between {
            last_unit.unwrap_or(Unit::Bare)
        } else {
            n.unit
        };
        if matches!(n.unit, Unit::Count | Unit::Munitions) {
            last_unit = Some(n.unit);
            last_unit_at = Some(n.t1);
        }
        // intercept figures: "fourteen of the fifteen" takes the first
        let of_the = doc.is_word(n.t1, "of") && doc.is_word(n.t1 + 1, "the");
        // "463 shells, 64 of them at Kherson": a part of the figure before it, in its unit
        if i > 0 && partitive(doc, n) && matches!(last_unit, Some(Unit::Count | Unit::Munitions)) {
            match last_unit {
                Some(Unit::Count) => items.push(Item::Count(*n)),
                _ => items.push(Item::Munitions(*n)),
            }
            continue;
        }
        // "44 of the 64 drones", "eight of nine missiles": the part shot down, the whole launched
        let whole_at = |t: usize| {
            s.numbers
                .iter()
                .find(|m| m.t0 == t)
                .filter(|m| m.unit == Unit::Munitions)
        };
        let whole_of_part = if doc.is_word(n.t1, "of") {
            whole_at(n.t1 + 1)
                .or_else(|| whole_at(n.t1 + 2).filter(|_| doc.is_word(n.t1 + 1, "the")))
        } else {
            None
        };
        let part_before = i > 0 && {
            let p = &s.numbers[i - 1];
            doc.is_word(p.t1, "of")
                && (p.t1 + 1 == n.t0 || p.t1 + 2 == n.t0 && doc.is_word(p.t1 + 1, "the"))
        };
        if of_the_before(n) || part_before {
            // "of the fifteen": the whole, launched
            if unit == Unit::Munitions {
                items.push(Item::Munitions(*n));
            }
            continue;
        }
        let downed_around = |w: &Num| {
            ms.iter().any(|m| {
                is(m, cues.intercept) && {
                    let (c0, c1) = (doc.token_from(m.start), doc.token_from(m.end));
                    c1 <= n.t0 || c0 >= w.unit_end && c0 - w.unit_end <= 2
                }
            })
        };
        if whole_of_part.is_some_and(downed_around) {
            items.push(Item::Intercepted(*n));
            continue;
        }
        // drones "lost" to electronic warfare are neither launched at a place nor shot down:
        // "24 were lost in location", "lost 24 drones" (the figure's own verb, not a "lost"
        // elsewhere in the sentence: "72 drones, of which 45 were shot down and 24 were lost")
        let next_figure = s.numbers.get(i + 1).map_or(s.t1, |x| x.t0);
        // ("another five drones failed to reach their targets due to electronic warfare")
        let lost = |t: usize| {
            matches!(doc.lw(t), "lost" | "jammed")
                || doc.is_word(t, "failed")
                    && doc.is_word(t + 1, "to")
                    && doc.is_word(t + 2, "reach")
        };
        // ('Another 51 drones were "locationally lost"': past the quote and the adverb)
        if (n.unit_end.max(n.t1)..(n.unit_end.max(n.t1) + 5).min(next_figure)).any(lost)
            || n.t0 > s.t0 && lost(n.t0 - 1)
        {
            continue;
        }
        // "shot down 81 missiles, including 11 Kh-101s, and 80 drones": a part of the
        // figure before it, which the chain of downed figures passes over
        if opens_subset(doc, n.t0) && unit == Unit::Munitions && intercept_chain {
            continue;
        }
        let after_whole = i > 0 && {
            let p = &s.numbers[i - 1];
            p.unit == Unit::Munitions
                && (of_the_before(p)
                    // ("Kh-101 cruise missiles: 35 launched, 33 destroyed")
                    || p.unit_end == p.t1 && matches!(doc.lw(p.t1), "launched" | "fired" | "used"))
                && matches!(doc.lw(n.t0.saturating_sub(1)), ",")
        };
        // "destroyed 12 Kh-101 missiles, all four Kalibrs and 63 drones"; "277 drones and two
        // missiles were shot down": every figure of a coordination the cue follows
        let passive_chain = unit == Unit::Munitions && {
            let mut j = i;
            while s.numbers.get(j + 1).is_some_and(|x| {
                let prev = &s.numbers[j];
                // ("18 of the missiles and all eight drones were intercepted")
                let gap = 1 + usize::from(doc.is_word(prev.unit_end + 1, "all"));
                x.unit == Unit::Munitions
                    && matches!(doc.lw(prev.unit_end), "and" | ",")
                    && x.t0 == prev.unit_end + gap
            }) {
                j += 1;
            }
            j > i && {
                let last = &s.numbers[j];
                ms.iter().any(|m| {
                    is(m, cues.intercept)
                        && (last.unit_end..(last.unit_end + 3).min(s.t1))
                            .contains(&doc.token_from(m.start))
                })
            }
        };
        // ("destroyed 39 missiles as well as 47 of the drones")
        let as_well_as = n.t0 >= s.t0 + 3
            && doc.is_word(n.t0 - 3, "as")
            && doc.is_word(n.t0 - 2, "well")
            && doc.is_word(n.t0 - 1, "as");
        let chained = intercept_chain
            && unit == Unit::Munitions
            && (matches!(doc.lw(n.t0.saturating_sub(1)), "and" | "," | "all") || as_well_as)
            || passive_chain;
        intercept_chain = unit == Unit::Munitions && (intercept_near(n) || chained);
        let including_part = unit == Unit::Munitions
            && i > 0
            && (s.numbers[i - 1].unit == Unit::Munitions
                && matches!(doc.lw(n.t0.saturating_sub(1)), "including" | "incl")
                // (not past the aside's closing comma: "…, including 29 Kh-101, and 40
                // drones")
                || prev_including_part
                    && matches!(doc.lw(n.t0.saturating_sub(1)), "and" | ",")
                    && doc.word(n.t0.saturating_sub(2)) != ",")
            && !intercept_near(n);
        prev_including_part = including_part;
        if chained {
            items.push(Item::Intercepted(*n));
            continue;
        }
        // ("Two Kalibr missiles launched from the Black Sea were shot down": launched, and
        // all of them downed)
        let launched_then_downed = unit == Unit::Munitions
            && !n.approx
            && matches!(doc.lw(n.unit_end), "launched" | "fired")
            && ms.iter().any(|m| {
                let t = doc.token_from(m.start);
                is(m, cues.intercept)
                    && t > n.unit_end + 1
                    && t <= n.unit_end + 9
                    && matches!(doc.lw(t - 1), "were" | "was")
                    && !(n.unit_end..t).any(|x| matches!(doc.word(x), "," | ";" | ":"))
                    && !s.numbers.iter().any(|x| x.t0 > n.t0 && x.t0 < t)
            });
        if launched_then_downed {
            items.push(Item::Munitions(*n));
            items.push(Item::Intercepted(*n));
            continue;
        }
        match unit {
            Unit::Count | Unit::Munitions if n.hits => items.push(Item::Munitions(*n)),
            // ("struck Huliaipole 121 times, including 3 air strikes": a part of the count
            // before it)
            Unit::Count
                if i > 0
                    && s.numbers[i - 1].unit == Unit::Count
                    && matches!(doc.lw(n.t0.saturating_sub(1)), "including" | "incl") => {}
            Unit::Count if !parts_after_total => items.push(Item::Count(*n)),
            Unit::Munitions | Unit::Bare if intercept_near(n) || of_the && intercept_near(n) => {
                items.push(Item::Intercepted(*n));
                // "destroyed all 31 missiles that Russia launched": as many were launched
                // (unless the launch was told before: "fired four missiles and 33 drones,
                // … shot down all four missiles and 24 drones")
                if unit == Unit::Munitions
                    && doc.is_word(n.t0.saturating_sub(1), "all")
                    && !s.numbers[..i].iter().any(|x| x.unit == Unit::Munitions)
                {
                    items.push(Item::Munitions(*n));
                }
                let next_figure = s.numbers.get(i + 1).map_or(s.t1, |x| x.t0);
                downed_parts = (n.unit_end.max(n.t1)..next_figure)
                    .any(|t| matches!(doc.word(t), ":" | "–" | "—"));
            }
            // ("81 missiles of various types, including six Kinzhal hypersonic missiles": a
            // part of the figure before it)
            // (and each part coordinated with it: "31 missiles, including two Iskander-M
            // and 29 Kh-101")
            Unit::Munitions if including_part => {}
            // ("eight missiles: six Kh-101 cruise missiles and two Iskander-M": the parts of
            // the total before the colon)
            // (not shells or drones fired in the attacks a count told: "came under fire three
            // times: 41 artillery shells were fired and three drones were launched at it")
            Unit::Munitions if parts_after_total && !parts_of_count => {}
            // ("Another 31 decoy drones vanished from radar": lost, a part of the launch)
            Unit::Munitions
                if (n.unit_end..(n.unit_end + 3).min(s.t1))
                    .any(|t| matches!(doc.lw(t), "vanished" | "disappeared" | "lost")) => {}
            Unit::Munitions => {
                items.push(Item::Munitions(*n));
                if reached_negated || all_shot && doc.is_word(n.t0.saturating_sub(1), "all") {
                    items.push(Item::Intercepted(*n));
                }
            }
            // "Of the 40 drones, 31 were shot down": the part after the whole
            // "Of them, 45 were shot down", "60 drones, 45 of which were destroyed"
            Unit::Bare | Unit::Other
                if intercept_near(n)
                    && (of_the
                        || of_which(n)
                        || n.unit == Unit::Bare
                        || after_whole
                        // "Of them, 45 were shot down", "and 30 more were downed by mobile fire groups"
                        || matches!(doc.lw(n.t1 + usize::from(doc.is_word(n.t1, "more"))), "were" | "was" | "have" | "had")
                        // "destroyed 92 targets: 55 Shaheds and 37 missiles" (or "– 55
                        // Shaheds and 37 missiles")
                        || doc.is_word(n.t1, "targets")
                            && matches!(doc.word(n.t1 + 1), ":" | "–" | "—" | "-")) =>
            {
                items.push(Item::Intercepted(*n));
                downed_parts = matches!(doc.word(n.t1 + 1), ":" | "–" | "—" | "-");
            }
            _ => {}
        }
        // ("carried out 487 attacks on Kherson region: 112 artillery attacks, 9 MLRS attacks
        // and 366 drone attacks": a colon later in the total's clause, its parts after it
        // in the same unit, located nowhere else)
        let colon_later = || {
            let next = s.numbers.get(i + 1);
            let stop = next.map_or(s.t1, |x| x.t0);
            let colon = (n.unit_end.max(n.t1)..stop).find(|&t| doc.word(t) == ":");
            // ("312 attacks on Kherson region: 86 artillery, MLRS, mortar and tank shelling
            // attacks, 213 drone attacks …": some part after it in the total's unit)
            colon.is_some_and(|c| {
                next.is_some_and(|x| x.t0 <= c + 2)
                    && s.numbers[i + 1..].iter().any(|x| x.unit == n.unit)
                    && !(n.unit_end.max(n.t1)..c).any(|t| matches!(doc.word(t), ";" | "."))
                    && !s.places.iter().any(|p| {
                        p.t0 > c
                            && p.role == PlaceRole::Event
                            && !matches!(p.kind, PlaceKind::Ref(_) | PlaceKind::AreaRef)
                    })
            })
        };
        // ("184 air attack assets – 78 missiles and 106 drones": a dash before the first
        // part does what a colon does)
        let dash_parts = || {
            matches!(doc.word(n.unit_end), "–" | "—" | "-")
                && s.numbers
                    .get(i + 1)
                    .is_some_and(|x| x.t0 <= n.unit_end + 2 && x.unit == n.unit)
        };
        if matches!(unit, Unit::Count | Unit::Munitions)
            && (doc.word(n.unit_end) == ":" || colon_later() || dash_parts())
        {
            parts_after_total = true;
            parts_of_count = unit == Unit::Count;
        }
    }
    // "mortar shelling (14 explosions) and tank fire (2 explosions); an FPV drone attack was
    // also recorded": a per-weapon breakdown with a part unnumbered gives no sum (spec)
    let bracketed: Vec<&Num> = s
        .numbers
        .iter()
        .filter(|n| n.unit == Unit::Munitions && n.t0 > s.t0 && doc.word(n.t0 - 1) == "(")
        .collect();
    // (parts are told between semicolons: a part with a weapon and no figure is unnumbered)
    if let Some(&first) = bracketed.first() {
        let mut part_start = s.t0;
        let mut unnumbered = false;
        for t in s.t0..=s.t1 {
            if t == s.t1 || doc.word(t) == ";" {
                let armed = (part_start..t)
                    .any(|x| doc.match_at(x, |m| m.class == Class::Weapon).is_some());
                let figured = bracketed.iter().any(|n| (part_start..t).contains(&n.t0));
                unnumbered |= armed && !figured;
                part_start = t + 1;
            }
        }
        if unnumbered {
            items.push(Item::Munitions(Num {
                value: None,
                approx: true,
                ..*first
            }));
        }
    }
}

/// The people a sentence counts, in order: numbers of people, and "a/an/another/one
/// more" before a person noun, each as (first token, end token, value, words, child).
fn person_units(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<(usize, usize, u32, Span, bool)> {
    let cues = &ex.cues;
    let mut units: Vec<(usize, usize, u32, Span, bool)> = Vec::new();
    for n in &s.numbers {
        let subset = opens_subset(doc, n.t0);
        // "two of the victims were killed" counts people; "one of them a child" does not
        // ("three of its employees were killed")
        let of_victims = doc.is_word(n.t1, "of")
            && matches!(doc.lw(n.t1 + 1), "the" | "its" | "their" | "his" | "her")
            && doc.match_at(n.t1 + 2, |m| is(m, cues.person)).is_some();
        if n.unit == Unit::Person
            && (!doc.is_word(n.t1, "of") || of_victims)
            && !n.approx
            && !subset
            && let Some(v) = n.value
        {
            let child = doc
                .match_at(n.unit_end.saturating_sub(1), |m| is(m, cues.child))
                .is_some();
            units.push((
                n.t0,
                n.unit_end,
                v,
                Span::new(n.span.start, doc.toks[n.unit_end - 1].span.end),
                child,
            ));
        }
    }
    for t in s.t0..s.t1 {
        let w = doc.lw(t);
        if w == "another"
            && doc.toks.get(t + 1).is_some_and(|x| {
                x.kind == sitrep_text::TokenKind::Digits
                    || doc.word(t + 1).chars().all(|c| c.is_ascii_lowercase())
                        && s.numbers.iter().any(|n| n.t0 == t + 1)
            })
        {
            continue;
        }
        // ("killed one person and wounded another": the pronoun is one person more)
        if w == "another"
            && t > s.t0
            && matches!(
                doc.lw(t - 1),
                "injuring" | "wounding" | "killing" | "injured" | "wounded" | "killed"
            )
            && (t + 1 >= s.t1
                || matches!(
                    doc.lw(t + 1),
                    "," | "." | ";" | "on" | "in" | "at" | "near" | "and" | "when" | "while"
                ))
            && !units.is_empty()
        {
            units.push((t, t + 1, 1, doc.toks[t].span, false));
            continue;
        }
        let subset_article = t > s.t0 && opens_subset(doc, t);
        // "injuring the driver", "killing its pilot": one person, named as the object of
        // the harm (a later "the driver was hospitalised" is the same person, not counted)
        if matches!(w, "the" | "its")
            && t > s.t0
            && matches!(
                doc.lw(t - 1),
                "injuring" | "wounding" | "killing" | "injured" | "wounded" | "killed"
            )
        {
            // ("killing the 62-year-old driver": past the age)
            let j = past_age(doc, t + 1, s.t1);
            if let Some(e) = doc
                .match_at(j, |m| is(m, cues.person) || is(m, cues.child))
                .filter(|&e| e == j + 1)
                && singular_person_noun(doc.lw(j))
            {
                let young = (t + 1..j).any(|x| {
                    doc.toks[x].kind == sitrep_text::TokenKind::Digits
                        && doc.word(x).parse::<u32>().is_ok_and(|age| age < 18)
                });
                let child = young || doc.match_at(j, |m| is(m, cues.child)).is_some();
                units.push((
                    t,
                    e,
                    1,
                    Span::new(doc.toks[t].span.start, doc.toks[j].span.end),
                    child,
                ));
            }
            continue;
        }
        // "The 44-year-old driver and his daughter were injured", "The tractor driver and a
        // passenger": a definite person coordinated with another is one more
        if matches!(w, "the" | "its") && !subset_article {
            let j = past_age(doc, t + 1, s.t1);
            let noun = [j, j + 1].into_iter().find(|&x| {
                doc.match_at(x, |m| is(m, cues.person) || is(m, cues.child)) == Some(x + 1)
                    && singular_person_noun(doc.lw(x))
            });
            if let Some(x) = noun.filter(|&x| {
                doc.is_word(x + 1, "and")
                    && matches!(
                        doc.lw(x + 2),
                        "a" | "an" | "his" | "her" | "their" | "the" | "its"
                    )
            }) {
                let young = (t + 1..x).any(|y| {
                    doc.toks[y].kind == sitrep_text::TokenKind::Digits
                        && doc.word(y).parse::<u32>().is_ok_and(|age| age < 18)
                });
                let child = young || doc.match_at(x, |m| is(m, cues.child)).is_some();
                units.push((
                    t,
                    x + 1,
                    1,
                    Span::new(doc.toks[t].span.start, doc.toks[x].span.end),
                    child,
                ));
                continue;
            }
        }
        let v = match w {
            _ if subset_article => continue,
            // ("a single person": counted by the number)
            "a" if s.numbers.iter().any(|n| n.t0 == t) => continue,
            // "her two children": the number counts them
            "his" | "her" | "their" if s.numbers.iter().any(|n| n.t0 == t + 1) => continue,
            // ("three of their colleagues": counted by the number)
            "his" | "her" | "their"
                if t >= s.t0 + 2
                    && doc.is_word(t - 1, "of")
                    && s.numbers.iter().any(|n| n.t1 == t - 1) =>
            {
                continue;
            }
            "a" | "an" | "another" | "his" | "her" | "their" => 1,
            "both" if doc.is_word(t + 1, "of") && doc.is_word(t + 2, "them") => 2,
            _ => continue,
        };
        if v == 2 {
            units.push((
                t,
                t + 3,
                2,
                Span::new(doc.toks[t].span.start, doc.toks[t + 2].span.end),
                false,
            ));
            continue;
        }
        // the person noun within three tokens ("a 67-year-old woman", "a man")
        // (not past another article: "a drone hit a woman" names one person)
        for j in t + 1..(t + 6).min(s.t1) {
            if matches!(
                doc.lw(j),
                "a" | "an" | "the" | "his" | "her" | "their" | "another" | "," | ";" | "."
            ) {
                break;
            }
            if let Some(e) = doc.match_at(j, |m| is(m, cues.person) || is(m, cues.child)) {
                // ("a civilian car", "a children's hospital": the person word describes the
                // thing hit)
                if doc.is_word(j, "lives")
                    || doc.match_at(e, |m| m.class == Class::Target).is_some()
                    || doc
                        .match_at(j, |m| m.class == Class::Target)
                        .is_some_and(|te| te > e)
                {
                    break;
                }
                // "a 12-year-old boy", "his 12-year-old son": under 18 is a child
                let young = (t + 1..j).any(|x| {
                    doc.toks[x].kind == sitrep_text::TokenKind::Digits
                        && doc.word(x + 1) == "-"
                        && doc.word(x).parse::<u32>().is_ok_and(|age| age < 18)
                });
                let child = young
                    || doc.match_at(j, |m| is(m, cues.child)).is_some()
                        && !(t + 1..j).any(|x| {
                            doc.toks[x].kind == sitrep_text::TokenKind::Digits
                                && doc.word(x).parse::<u32>().is_ok_and(|age| age >= 18)
                        });
                // "a married couple", "his parents": two people
                let e = if doc.lw(e) == "couple" { e + 1 } else { e };
                let people = if matches!(doc.lw(e - 1), "couple" | "parents") {
                    2
                } else {
                    1
                };
                units.push((
                    t,
                    e,
                    people,
                    Span::new(doc.toks[t].span.start, doc.toks[e - 1].span.end),
                    child,
                ));
                // ("his wife and daughter": one more, the possessive left out)
                if matches!(w, "his" | "her" | "their")
                    && doc.is_word(e, "and")
                    && singular_person_noun(doc.lw(e + 1))
                    && let Some(e2) = doc
                        .match_at(e + 1, |m| is(m, cues.person) || is(m, cues.child))
                        .filter(|&e2| e2 == e + 2)
                {
                    let young = doc.word(e2) == ","
                        && doc.is_digits(e2 + 1)
                        && doc.word(e2 + 1).parse::<u32>().is_ok_and(|age| age < 18);
                    units.push((
                        e + 1,
                        e2,
                        1,
                        doc.toks[e + 1].span,
                        young || doc.match_at(e + 1, |m| is(m, cues.child)).is_some(),
                    ));
                }
                break;
            }
            let function_word = matches!(
                doc.lw(j),
                "of" | "which"
                    | "who"
                    | "that"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "with"
                    | "from"
                    | "and"
                    | "was"
                    | "were"
            ) || doc.toks[j].kind == sitrep_text::TokenKind::Digits
                && doc.word(j + 1) != "-";
            if function_word && w != "another" {
                break;
            }
            if matches!(doc.word(j), "," | "." | ";")
                || doc
                    .match_at(j, |m| is(m, cues.killed) || is(m, cues.injured))
                    .is_some()
            {
                // "another wounded": another counts as one person
                if w == "another" && j == t + 1 {
                    units.push((t, t + 1, 1, doc.toks[t].span, false));
                }
                break;
            }
        }
    }
    units.sort_by_key(|u| u.0);
    units
}

/// The person units that add to a figure: without those coordinated with the first of an
/// "including" aside ("Three people, including a girl and her mother, were killed": some of
/// the figure too, never more).
fn figure_units(
    doc: &Doc,
    s: &Sent,
    all: &[(usize, usize, u32, Span, bool)],
    harm_cues: &[(Harm, usize, usize, Span)],
) -> Vec<(usize, usize, u32, Span, bool)> {
    // ("Five residents, including a man, 45, a woman, 61, and two boys, were wounded": a
    // list of members after a figure's aside, ages and all)
    let in_listed_aside = |u: &(usize, usize, u32, Span, bool)| {
        let opener = (u.0.saturating_sub(16).max(s.t0 + 2)..u.0)
            .rev()
            .take_while(|&x| {
                !matches!(doc.word(x), ";" | "—" | "–")
                    && (doc.word(x) != ","
                        || doc.is_digits(x - 1)
                        || doc.is_digits(x + 1)
                        || doc.is_word(x + 1, "and")
                        || doc.is_word(x - 1, "including"))
            })
            .find(|&x| doc.is_word(x, "including") && doc.word(x - 1) == ",");
        // (not past a harm of its own: "killed four people, including a woman, and
        // injured 17 others")
        opener.is_some_and(|x| {
            all.iter().any(|f| f.1 == x - 1 && f.2 >= 2)
                && !harm_cues.iter().any(|h| (x + 1..u.0).contains(&h.1))
                && (x + 1..u.0)
                    .any(|y| all.iter().any(|m| m.0 == y) || matches!(doc.lw(y), "a" | "an"))
        })
    };
    let mut units = all.to_vec();
    units.retain(|u| {
        !(u.0 >= s.t0 + 2
            && doc.is_word(u.0 - 1, "and")
            && (u.0.saturating_sub(7).max(s.t0)..u.0 - 1)
                .rev()
                .take_while(|&x| !matches!(doc.word(x), "," | ";" | "—" | "–"))
                .any(|x| {
                    x > 0 && matches!(doc.lw(x), "including" | "among") && doc.word(x - 1) == ","
                })
            || in_listed_aside(u))
    });
    units
}

/// Whether a person unit starting at token `start` is the one at token `t`, allowing a
/// possessive before its number ("a woman and her two children").
fn unit_at(doc: &Doc, t: usize, start: usize) -> bool {
    start == t || start == t + 1 && matches!(doc.lw(t), "her" | "his" | "their")
}

/// The people a figure's apposition names ("two people, a man and his 17-year-old son"):
/// when the person units right after unit `a` and its comma add up to its figure, one
/// past the last of them and how many of them are children.
fn apposition(
    doc: &Doc,
    units: &[(usize, usize, u32, Span, bool)],
    a: usize,
) -> Option<(usize, u32)> {
    let (next, figure) = (units[a].1, units[a].2);
    // ("One civilian, a pensioner, was killed"; but "a man, a woman and a child" is a list;
    // "Three passengers - two women and a man - were injured")
    // ("a fourth person, a 17-year-old boy, was also injured": one, told again)
    let numbered = figure >= 2
        || matches!(doc.lw(units[a].0), "one" | "1")
        || matches!(doc.lw(units[a].0), "a" | "another") && ordinal(doc.lw(units[a].0 + 1));
    if !matches!(doc.word(next), "," | "-" | "–" | "—") || !numbered {
        return None;
    }
    let (b, sum, kids) = members(doc, units, a + 1, next + 1, figure);
    (b > a + 1 && sum == figure).then_some((b, kids))
}

/// The coordinated list of person units from unit `b`, the first of them at token `next`
/// ("a man, 45, a woman and two boys aged 9 and 12"): one past its last unit, how many
/// people it names and how many of them are children. The walk stops once `cap` people are
/// named.
fn members(
    doc: &Doc,
    units: &[(usize, usize, u32, Span, bool)],
    mut b: usize,
    mut next: usize,
    cap: u32,
) -> (usize, u32, u32) {
    let (mut sum, mut kids) = (0u32, 0u32);
    while let Some(u) = units.get(b) {
        if !unit_at(doc, next, u.0) || sum >= cap {
            break;
        }
        sum = sum.saturating_add(u.2);
        if u.4 {
            kids = kids.saturating_add(u.2);
        }
        b += 1;
        let end = past_member_age(doc, u.1);
        if !matches!(doc.lw(end), "," | "and") {
            break;
        }
        next = end + 1;
        // ("a woman, 61, and a man": the comma after an age and the "and")
        if doc.word(end) == "," && doc.is_word(next, "and") {
            next += 1;
        }
    }
    (b, sum, kids)
}

/// Past the age told after a person at token `t` ("a boy aged 12", "two boys aged 9 and
/// 12", "a man, 45,"): the token after it, or `t` when none is told.
fn past_member_age(doc: &Doc, t: usize) -> usize {
    // ("a man of 61 and a woman of 58", "a woman born in 1961")
    if doc.is_word(t, "of") && doc.is_digits(t + 1) {
        return t + 2;
    }
    if doc.is_word(t, "born") && doc.is_word(t + 1, "in") && doc.is_digits(t + 2) {
        return t + 3;
    }
    if doc.is_word(t, "aged") && doc.is_digits(t + 1) {
        if doc.is_word(t + 2, "and") && doc.is_digits(t + 3) {
            t + 4
        } else {
            t + 2
        }
    } else if doc.word(t) == ","
        && doc.is_digits(t + 1)
        && matches!(doc.word(t + 2), "," | "and" | "-" | "–" | "—")
    {
        t + 2
    } else {
        t
    }
}

/// The children of a coordinated list of people starting at token `t` ("a woman, 61, and
/// two boys"): each member is a person unit or one person ("a woman", "an 8-year-old
/// girl"); how many children it names and one past its last member.
fn listed_children(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    units: &[(usize, usize, u32, Span, bool)],
    mut t: usize,
) -> (u32, usize) {
    let (mut kids, mut end) = (0u32, t);
    while t < s.t1 {
        let member = if let Some(u) = units.iter().find(|u| u.0 == t) {
            Some((u.1, if u.4 { u.2 } else { 0 }))
        } else if matches!(doc.lw(t), "a" | "an") {
            (t + 1..(t + 5).min(s.t1)).find_map(|j| {
                let child = doc.match_at(j, |m| is(m, ex.cues.child));
                let person = doc.match_at(j, |m| is(m, ex.cues.person));
                let young = (t + 1..j).any(|x| {
                    doc.is_digits(x)
                        && doc.word(x + 1) == "-"
                        && doc.word(x).parse().is_ok_and(|a: u32| a < 18)
                });
                child
                    .map(|e| (e, 1))
                    .or(person.map(|e| (e, u32::from(young))))
            })
        } else {
            None
        };
        let Some((e, k)) = member else { break };
        kids = kids.saturating_add(k);
        end = e;
        // past an age: "a man, 45," / "two boys aged 9 and 12"
        let after = past_member_age(doc, e);
        match doc.lw(after) {
            "and" => t = after + 1,
            "," if doc.is_word(after + 1, "and") => t = after + 2,
            "," => t = after + 1,
            _ => break,
        }
    }
    (kids, end)
}

/// Whether the words right before token `t` open a subset of a figure: "including",
/// "among", "among them".
fn opens_subset(doc: &Doc, t: usize) -> bool {
    matches!(doc.lw(t.saturating_sub(1)), "including" | "among")
        || doc.is_word(t.saturating_sub(1), "them") && doc.is_word(t.saturating_sub(2), "among")
}

/// Words between a casualty figure and its cue ("four were reportedly killed", "nine
/// others, including a boy, were also injured").
const CUE_FILLERS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "been",
    "have",
    "has",
    "had",
    "being",
    "reportedly",
    "more",
    "people",
    "also",
    "later",
];

/// Whether sentence `s` opens with a subset of a figure told before: "Among them …",
/// "Of them, …", "Two of them …".
fn opens_back_subset(doc: &Doc, s: &Sent) -> bool {
    let t = s.t0;
    let them = |x: usize| matches!(doc.lw(x), "them" | "these" | "those");
    doc.is_word(t, "among") && them(t + 1)
        || doc.is_word(t, "of") && them(t + 1)
        || doc.is_word(t + 1, "of") && them(t + 2) && s.numbers.iter().any(|n| n.t0 == t)
}

/// The casualty items of sentence `s`; `inherited` is the harm of a figure told in the
/// sentence before, for a sentence that only gives its subset.
fn casualty_items(
    ex: &Extractor,
    doc: &Doc,
    s: &Sent,
    starts: &[usize],
    inherited: Option<Harm>,
    items: &mut Vec<Item>,
) {
    let cues = &ex.cues;
    let first_item = items.len();
    let ms = doc.sent_matches(s);
    let harm_cues: Vec<(Harm, usize, usize, Span)> = ms
        .iter()
        .filter_map(|m| {
            let h = if is(m, cues.killed) {
                Harm::Killed
            } else if is(m, cues.injured) {
                Harm::Injured
            } else {
                return None;
            };
            Some((
                h,
                doc.token_from(m.start),
                doc.token_from(m.end),
                Span::new(m.start, m.end),
            ))
        })
        .collect();
    // person units matter only to a harm cue
    let all_units = if harm_cues.is_empty() {
        Vec::new()
    } else {
        person_units(ex, doc, s)
    };
    let units = figure_units(doc, s, &all_units, &harm_cues);
    let mut used = vec![false; units.len()];
    let mut skipped = vec![false; harm_cues.len()];
    // the figures a tally reached ("raising the death toll to six"), by harm
    let mut tolls: Vec<(Harm, Span)> = Vec::new();
    // "Russian troops shelled Kherson again, injuring a man": victims of a new strike
    let again = (s.t0..s.t1).any(|t| doc.is_word(t, "again"));
    let skip_aux = |mut t: usize| {
        while t > s.t0 && CUE_FILLERS.contains(&doc.lw(t - 1)) {
            t -= 1;
        }
        t
    };
    for (ci, &(harm, c0, c1, cspan)) in harm_cues.iter().enumerate() {
        if units
            .iter()
            .enumerate()
            .any(|(ui, u)| used[ui] && u.0 <= c0 && c1 <= u.1)
        {
            continue; // "claimed 23 lives": the cue word is the unit already counted
        }
        // "a man who had been wounded … died in hospital": killed only
        // ("A woman who was wounded in Borova on Sunday died in hospital": the relative
        // clause may end before the death)
        let relative = (c0.saturating_sub(3)..c0).any(|k| doc.is_word(k, "who"));
        let later_death = harm == Harm::Injured
            && harm_cues[ci + 1..].iter().any(|h| {
                h.0 == Harm::Killed && (relative || clause_of(starts, h.1) == clause_of(starts, c0))
            });
        // ("He was taken to hospital, where he later died": the victim by pronoun)
        let describes_victim = relative
            || (c0.saturating_sub(3)..c0)
                .any(|k| doc.is_word(k, "been") || k >= s.t0 && matches!(doc.lw(k), "he" | "she"))
            || doc
                .match_at(c0.saturating_sub(1), |m| is(m, cues.person))
                .is_some();
        if later_death && describes_victim {
            skipped[ci] = true;
            continue;
        }
        // the units since the last cue that counted (a skipped one counted none)
        let prev_end = match (0..ci).rev().find(|&j| !skipped[j]) {
            Some(j) => harm_cues[j].2,
            None => {
                // ("A boy and his father, as well as a woman, were injured": one list)
                let mut c = clause_of(starts, harm_cues[0].1);
                while c > 0 && doc.is_word(starts[c], "as") && doc.is_word(starts[c] + 1, "well") {
                    c -= 1;
                }
                starts[c].min(harm_cues[0].1)
            }
        };
        let next_start = harm_cues.get(ci + 1).map_or(s.t1, |h| h.1);
        // "Three of the dead were in Kostiantynivka and two in Selydove": the victims told
        // before, counted by place (each figure the nearest place's)
        if c0 >= s.t0 + 3
            && doc.is_word(c0 - 1, "the")
            && doc.is_word(c0 - 2, "of")
            && (doc.is_word(c1, "in")
                || matches!(doc.lw(c1), "were" | "was") && doc.is_word(c1 + 1, "in"))
        {
            let located = |n: &&Num| {
                !n.approx
                    && (n.t1 == c0 - 2
                        || n.t0 > c1
                            && n.t0 < next_start
                            && matches!(n.unit, Unit::Bare | Unit::Other)
                            && doc.is_word(n.t1, "in"))
            };
            let parts: Vec<&Num> = s.numbers.iter().filter(located).collect();
            if parts.first().is_some_and(|n| n.t1 == c0 - 2) {
                for n in parts {
                    if let Some(v) = n.value {
                        items.push(plain_casualty(harm, v, n.span));
                    }
                }
                continue;
            }
        }
        // "among the dead is a six-year-old girl": children only
        // ("An American citizen was among those killed": one of the toll told, no figure)
        if doc.is_word(c0.saturating_sub(1), "those")
            && doc.is_word(c0.saturating_sub(2), "among")
            && matches!(doc.lw(c0.saturating_sub(3)), "was" | "is" | "were" | "are")
        {
            continue;
        }
        if doc.is_word(c0.saturating_sub(1), "the") && doc.is_word(c0.saturating_sub(2), "among") {
            // ("a 12-year-old boy is among the wounded": the child before)
            let before_among = |u: &(usize, usize, u32, Span, bool)| {
                u.1 + 2 == c0
                    || u.1 + 3 == c0 && matches!(doc.lw(u.1), "is" | "was" | "are" | "were")
            };
            if let Some(u) = units
                .iter()
                .position(|u| (u.0 >= c1 && u.0 <= c1 + 3 || before_among(u)) && u.4)
            {
                used[u] = true;
                items.push(Item::Children {
                    harm,
                    value: units[u].2,
                    span: units[u].3,
                });
            }
            continue;
        }
        // a label of a post: "Killed: a man, 59, and a woman, 56.", "Injured: four people,
        // including two children", "Wounded: 3."
        if c0 == s.t0 && doc.word(c1) == ":" {
            let first = c1 + 1;
            if let Some(a) = (0..units.len()).find(|&i| units[i].0 == first && !used[i]) {
                let (end, sum, kids) = members(doc, &units, a, first, u32::MAX);
                used[a..end].iter_mut().for_each(|x| *x = true);
                let span = Span::new(units[a].3.start, units[end - 1].3.end);
                if kids > 0 && sum > units[a].2 {
                    items.push(Item::Children {
                        harm,
                        value: kids,
                        span,
                    });
                }
                items.push(plain_casualty(harm, sum, span));
                continue;
            }
            if let Some(n) = s.numbers.iter().find(|n| {
                n.t0 == first && matches!(n.unit, Unit::Bare | Unit::Other | Unit::Person)
            }) && let Some(v) = n.value.filter(|_| !n.approx)
            {
                items.push(plain_casualty(harm, v, n.span));
                continue;
            }
        }
        // active: "killing two people", "wounded a woman", "death toll reached four"
        let after = units.iter().position(|u| {
            u.0 >= c1 && u.0 <= c1 + 3 && !used[units.iter().position(|x| x == u).unwrap_or(0)]
        });
        let mut value: Option<(u32, Span)> = None;
        let mut parts: Vec<Span> = Vec::new();
        // "killing at least two", "injuring no fewer than three": lower bounds keep their number
        let plain_gap = |from: usize, to: usize| {
            (from..to).all(|t| matches!(doc.lw(t), "of" | "the" | "at" | "least"))
                || to == from + 3
                    && matches!(
                        (doc.lw(from), doc.lw(from + 1), doc.lw(from + 2)),
                        ("no" | "not", "fewer" | "less", "than") | ("a", "minimum", "of")
                    )
        };
        if let Some(a) = after
            && !used[a]
            && plain_gap(c1, units[a].0)
        {
            used[a] = true;
            let mut v = units[a].2;
            let mut end = units[a].3;
            // "a man and a woman": coordinated; each part is its own evidence
            let mut b = a + 1;
            // ("a boy in Beryslav and a man in Bilozerka": a place told after a part)
            // (or an age: "a woman, 63, and her son")
            let past_place = |t: usize| {
                let t = place_after(doc, s, t).unwrap_or(t);
                let a = past_member_age(doc, t);
                if a > t && doc.word(a) == "," && doc.is_word(a + 1, "and") {
                    a + 1
                } else {
                    a
                }
            };
            // ("a woman and her two children": the possessive before the number)
            while b < units.len()
                && doc.is_word(past_place(units[b - 1].1), "and")
                && unit_at(doc, past_place(units[b - 1].1) + 1, units[b].0)
                && units[b].0 < next_start
            {
                used[b] = true;
                v = v.saturating_add(units[b].2);
                end = units[b].3;
                parts.push(units[b].3);
                b += 1;
            }
            value = Some((v, Span::new(units[a].3.start, end.end)));
            if !parts.is_empty() {
                parts.insert(0, units[a].3);
            } else if let Some((end, kids)) = apposition(doc, &units, a) {
                // "injuring two people, a man and his 17-year-old son"
                used[a + 1..end].iter_mut().for_each(|x| *x = true);
                if kids > 0 {
                    items.push(Item::Children {
                        harm,
                        value: kids,
                        span: Span::new(units[a].3.start, units[end - 1].3.end),
                    });
                }
            }
        }
        if value.is_none() {
            // "wounding 27 more", "killed seven": a bare number right after the cue
            // (a lower bound's qualifier included: "injuring at least 9")
            if let Some(n) = s.numbers.iter().find(|n| (n.t0 == c1 || doc.token_from(n.span.start) == c1) && matches!(n.unit, Unit::Bare | Unit::Other) && !n.approx)
                // ("injured three in Toretsk")
                // ("killed four and wounded seven on Sunday")
                && (doc.is_word(n.t1, "more")
                    || doc.is_word(n.t1, "others")
                    || matches!(doc.lw(n.t1), "," | "." | ";" | "and" | "" | "in" | "near" | "at" | "on" | "across" | "throughout" | "overnight" | "over" | "during" | "when" | "after" | "yesterday" | "today" | "earlier" | "last"))
            {
                value = n.value.map(|v| (v, n.span));
            }
        }
        if value.is_none() {
            // a number right before the cue: "four dead", "three were wounded" (past an
            // aside: "six, including a child, were wounded")
            let mut t = skip_aux(c0);
            // ("Two civilians, one of them a child, were injured": the people before it)
            let mut of_them_aside = false;
            // (a long aside has commas of its own: "Five residents, including a man, 45, a
            // woman, 61, were wounded" opens at "including")
            let nearest_comma = |from: usize| (from..t - 1).rev().find(|&x| doc.word(x) == ",");
            if doc.word(t.saturating_sub(1)) == ","
                && let Some(open) = (t.saturating_sub(24).max(s.t0 + 1)..t - 1)
                    .rev()
                    .take_while(|&x| doc.word(x) != ";")
                    .find(|&x| doc.word(x) == "," && opens_subset(doc, x + 2))
                    .or_else(|| nearest_comma(t.saturating_sub(9).max(s.t0 + 1)))
            {
                of_them_aside = doc.is_word(open + 2, "of")
                    && matches!(doc.lw(open + 3), "them" | "whom")
                    && sitrep_text::numbers::is_number_word(doc.lw(open + 1))
                    // ("Eleven people, a child among them, were wounded")
                    || t >= open + 4
                        && doc.is_word(t - 3, "among")
                        && doc.is_word(t - 2, "them");
                if of_them_aside || opens_subset(doc, open + 2) {
                    if of_them_aside {
                        let kids: u32 = units
                            .iter()
                            .filter(|u| u.4 && u.0 > open && u.1 < t)
                            .fold(0, |a, u| a.saturating_add(u.2));
                        if kids > 0 {
                            items.push(Item::Children {
                                harm,
                                value: kids,
                                span: Span::new(
                                    doc.toks[open + 1].span.start,
                                    doc.toks[t - 2].span.end,
                                ),
                            });
                        }
                    }
                    t = open;
                }
            }
            let unit_used = |n: &Num| {
                units
                    .iter()
                    .enumerate()
                    .any(|(ui, u)| used[ui] && u.0 == n.t0)
            };
            if let Some(n) = s.numbers.iter().find(|n| {
                (n.t1 == t
                    // ("six more, including a 14-year-old boy, were wounded")
                    || doc.is_word(n.t1, "more") && n.t1 + 1 == t
                    || of_them_aside && n.unit == Unit::Person && n.unit_end == t)
                    && !matches!(n.unit, Unit::Count | Unit::Munitions)
                    && !unit_used(n)
            }) && let Some(v) = n.value.filter(|_| !n.approx)
            {
                if let Some(u) = units.iter().position(|u| u.0 == n.t0) {
                    used[u] = true;
                }
                value = Some((v, n.span));
            }
        }
        // "the death toll rose to 12", "the number of people killed in the strike has
        // risen to 12": the figure the tally reached ("Two more victims were found,
        // bringing the death toll to six": the tally, not the people before it)
        let number_of = doc.is_word(c0.saturating_sub(1), "of")
            && doc.is_word(c0.saturating_sub(2), "number")
            || matches!(
                doc.lw(c0.saturating_sub(1)),
                "people" | "those" | "civilians"
            ) && doc.is_word(c0.saturating_sub(2), "of")
                && doc.is_word(c0.saturating_sub(3), "number");
        if value.is_none() && (number_of || doc.lower_at(cspan.start, cspan.end).contains("toll")) {
            // (past a lower bound: "has risen to at least 13")
            let from = |n: &Num| {
                if doc.is_word(n.t0.saturating_sub(1), "least")
                    && doc.is_word(n.t0.saturating_sub(2), "at")
                {
                    n.t0 - 2
                } else {
                    n.t0
                }
            };
            let reached = |n: &&Num| {
                matches!(
                    doc.lw(from(n).saturating_sub(1)),
                    "to" | "at" | "reached" | "is" | "was" | "now"
                )
            };
            // (the figure the toll reached before a figure near the cue: "the death toll from two
            // missile strikes … has risen to nine" — the two counts strikes)
            let risen = |n: &&Num| {
                reached(n)
                    && (from(n).saturating_sub(4).max(c1)..from(n)).any(|t| rise_verb(doc.lw(t)))
            };
            if let Some(n) = s
                .numbers
                .iter()
                .filter(|n| n.t0 >= c1 && n.t0 < next_start && !n.approx)
                .find(risen)
                .or_else(|| {
                    s.numbers.iter().find(|n| {
                        n.t0 >= c1
                            && n.t0 <= c1 + 4
                            && !n.approx
                            && !matches!(n.unit, Unit::Count | Unit::Munitions)
                    })
                })
                .or_else(|| {
                    s.numbers
                        .iter()
                        .filter(|n| n.t0 >= c1 && n.t0 < next_start && !n.approx)
                        .find(reached)
                })
            {
                value = n.value.map(|v| (v, n.span));
                if value.is_some() {
                    tolls.push((harm, n.span));
                }
            }
        }
        if value.is_none() {
            // person units before the cue since the previous cue: "Two men and a woman were wounded"
            let mut v: u32 = 0;
            let mut span: Option<Span> = None;
            let mut ui = 0;
            while ui < units.len() {
                let u = &units[ui];
                if used[ui] || u.0 < prev_end || u.1 > c0 {
                    ui += 1;
                    continue;
                }
                used[ui] = true;
                v = v.saturating_add(u.2);
                parts.push(u.3);
                span = Some(span.map_or(u.3, |sp| Span::new(sp.start, u.3.end)));
                // "Two people, a man and a woman, were injured": the people of the figure
                if let Some((end, kids)) = apposition(doc, &units, ui) {
                    used[ui + 1..end].iter_mut().for_each(|x| *x = true);
                    if kids > 0 {
                        items.push(Item::Children {
                            harm,
                            value: kids,
                            span: Span::new(u.3.start, units[end - 1].3.end),
                        });
                    }
                    ui = end;
                    continue;
                }
                ui += 1;
            }
            // ("a man was wounded in Stanislav and an elderly woman in Bilozerka": the verb
            // left out for the next victim, told with its own place)
            let located_at = |t: usize| place_after(doc, s, t);
            if v > 0
                && let Some(mut t) = located_at(c1)
            {
                while doc.is_word(t, "and")
                    && let Some(u) = units.iter().position(|u| u.0 == t + 1)
                    && !used[u]
                    && units[u].1 < next_start
                    // (past a second person word: "an elderly woman")
                    && let Some(e) = located_at(
                        doc.match_at(units[u].1, |m| is(m, cues.person)).unwrap_or(units[u].1),
                    )
                {
                    used[u] = true;
                    v = v.saturating_add(units[u].2);
                    parts.push(units[u].3);
                    span = span.map(|sp| Span::new(sp.start, units[u].3.end));
                    t = e;
                }
            }
            if parts.len() < 2 {
                parts.clear();
            }
            if let Some(sp) = span {
                value = Some((v, sp));
            }
        }
        // "a drone dropped explosives on a man riding a bicycle; he was taken to hospital": the
        // one person the clause's pronoun stands for (a later sentence telling the same
        // victim again is the same figure, not added)
        // (so does "The driver was wounded": one person, the same one if told again)
        // (only for the sentence's first such cue: "a woman was injured; she was hospitalised"
        // is one)
        if value.is_none() && harm == Harm::Injured && !harm_cues[..ci].iter().any(|h| h.0 == harm)
        {
            let clause0 = starts[clause_of(starts, c0)].max(prev_end);
            // ("The 39-year-old driver suffered shrapnel wounds", "The assistant driver was
            // wounded": past the age or a word that tells which)
            let determined = |x: usize| {
                (x.saturating_sub(6).max(clause0)..x)
                    .any(|y| matches!(doc.lw(y), "the" | "its") && modifiers_only(doc, y + 1, x))
            };
            let definite_person = |x: usize| {
                x > clause0
                    && determined(x)
                    // ("The boy suffered shrapnel wounds": a child too)
                    && doc
                        .match_at(x, |m| is(m, cues.person) || is(m, cues.child))
                        .is_some_and(|e| e == x + 1)
                    && singular_person_noun(doc.lw(x))
            };
            if let Some(p) = (clause0..c0).rev().find(|&x| {
                // ("the driver, 39, was wounded": past the age between commas)
                let verb =
                    if doc.word(x + 1) == "," && doc.is_digits(x + 2) && doc.word(x + 3) == "," {
                        x + 4
                    } else {
                        x + 1
                    };
                (matches!(doc.lw(x), "he" | "she") || definite_person(x))
                    && matches!(
                        doc.lw(verb),
                        "was" | "is" | "has" | "had" | "suffered" | "sustained" | "received"
                    )
            }) {
                value = Some((1, doc.toks[p].span));
                // ("The boy was wounded": a child)
                if doc.match_at(p, |m| is(m, cues.child)).is_some() {
                    items.push(Item::Children {
                        harm,
                        value: 1,
                        span: doc.toks[p].span,
                    });
                }
            }
        }
        if harm == Harm::Killed {
            // "One of them later died in hospital", "…, one of whom died in hospital", "A
            // 60-year-old man later died of his injuries": one of the wounded, now dead
            let mut t = skip_aux(c0);
            // (or a death "of his injuries")
            let later = (t..c0).any(|x| doc.is_word(x, "later"))
                || doc.is_word(c1, "of")
                    && matches!(doc.lw(c1 + 1), "his" | "her" | "their")
                    && matches!(doc.lw(c1 + 2), "injuries" | "wounds")
                || {
                    let cue = doc.lower_at(cspan.start, cspan.end);
                    cue.starts_with("died")
                        && (cue.ends_with("injuries") || cue.ends_with("wounds"))
                };
            // ("one of them, a 52-year-old woman, has died": past the apposition)
            if doc.word(t.saturating_sub(1)) == ","
                && let Some(k) = (t.saturating_sub(16).max(s.t0)..t - 1)
                    .rev()
                    .find(|&k| doc.word(k) == ",")
            {
                t = k;
            }
            // ("One of the wounded had died in hospital", "Two of the injured later died")
            let of_the_hurt = t >= s.t0 + 4
                && doc.is_word(t - 2, "the")
                && matches!(
                    doc.lw(t - 1),
                    "wounded" | "injured" | "hospitalised" | "hospitalized"
                );
            let pronoun = t >= s.t0 + 3 && matches!(doc.lw(t - 1), "them" | "whom");
            let of = if of_the_hurt {
                t.saturating_sub(3)
            } else {
                t.saturating_sub(2)
            };
            // how many of the wounded died: "one of", or the figure right before "of"
            let n_of = ((pronoun || of_the_hurt) && doc.is_word(of, "of"))
                .then(|| {
                    if doc.is_word(of - 1, "one") {
                        Some(1)
                    } else {
                        s.numbers
                            .iter()
                            .find(|n| n.t1 == of && !n.approx)
                            .and_then(|n| n.value)
                    }
                })
                .flatten()
                // (the figure found is that "one", or the person of the apposition)
                .filter(|_| {
                    value.is_none_or(|(_, sp)| {
                        doc.token_from(sp.start) + 1 == of || doc.token_from(sp.start) > t
                    })
                });
            // ("A wounded woman died in an ambulance", "a man injured in the attack died"):
            // one of the wounded, later or not
            let hurt_one = |a: usize| {
                matches!(doc.lw(a + 1), "wounded" | "injured")
                    || matches!(doc.lw(a + 2), "wounded" | "injured")
                        && doc.match_at(a + 1, |m| is(m, cues.person)).is_some()
            };
            let someone_later = parts.is_empty()
                && value.is_some_and(|(v, sp)| {
                    let a = doc.token_from(sp.start);
                    v == 1
                        && matches!(doc.lw(a), "a" | "an")
                        && a >= prev_end
                        && (later || hurt_one(a) && a + 6 >= t)
                });
            // "…were injured, including a man who later died": the person of the subset
            // ("including a 70-year-old man who died": "a"/"an", the person noun, "who")
            let who = t.saturating_sub(1);
            let subset_who = (value.is_none() && who > s.t0 + 2 && doc.is_word(who, "who"))
                .then(|| {
                    let noun = (who.saturating_sub(5).max(s.t0)..who).find(|&j| {
                        doc.match_at(j, |m| is(m, cues.person) || is(m, cues.child)) == Some(who)
                    })?;
                    let article = (who.saturating_sub(6).max(s.t0 + 1)..noun)
                        .rev()
                        .find(|&k| matches!(doc.lw(k), "a" | "an" | "the"))?;
                    matches!(doc.lw(article - 1), "including" | "among").then_some(article)
                })
                .flatten();
            if let Some(article) = subset_who {
                // ("including the man who died": the death told before, now among the injured)
                let counted = doc.is_word(article, "the");
                items.push(Item::LaterDeath {
                    span: Span::new(doc.toks[article].span.start, cspan.end),
                    died: true,
                    known: false,
                    people: 1,
                    counted,
                });
                continue;
            }
            // ("wounded a man in Kupiansk, who later died in hospital": the one wounded just
            // told, now dead)
            // (the "who" of the wounded person, not of someone else named after them: "a
            // woman, the mother of a soldier who died at the front")
            let wounded_at = harm_cues[..ci]
                .iter()
                .rev()
                .find(|h| h.0 == Harm::Injured)
                .map(|h| h.2);
            if value.is_none()
                && doc.is_word(who, "who")
                && wounded_at.is_some_and(|w| {
                    w <= who && who - w <= 10 && !(w..who).any(|x| doc.is_word(x, "of"))
                })
            {
                items.push(Item::LaterDeath {
                    span: Span::new(doc.toks[who].span.start, cspan.end),
                    died: true,
                    known: false,
                    people: 1,
                    counted: false,
                });
                continue;
            }
            if n_of.is_some() || someone_later {
                let from = if n_of.is_some() {
                    of - 1
                } else {
                    doc.token_from(value.map_or(cspan.start, |v| v.1.start))
                };
                items.push(Item::LaterDeath {
                    span: Span::new(doc.toks[from].span.start, cspan.end),
                    died: true,
                    known: false,
                    people: n_of.unwrap_or(1),
                    counted: false,
                });
                continue;
            }
        }
        if value.is_none() && harm == Harm::Killed {
            // "She later died in hospital", "The man died on the way to hospital": one
            // person the text has already spoken of
            // (or a clause after a semicolon: "… struck a car in Shebekino; the driver was
            // killed")
            let subj0 = {
                // (the clause's subject: past a semicolon or ", and": "…; he was wounded and
                // died", "…, and the driver died at the scene")
                let c = starts
                    .iter()
                    .rev()
                    .find(|&&c| {
                        c <= c0
                            && (doc.word(c) == ";"
                                || doc.is_word(c, "and") && c > s.t0 && doc.word(c - 1) == ",")
                    })
                    .map_or(s.t0, |&c| c + 1);
                // ("…; unfortunately, he died in hospital": past an opening adverb)
                if doc.lw(c).ends_with("ly") && doc.word(c + 1) == "," && c + 2 < c0 {
                    c + 2
                } else {
                    c
                }
            };
            let mut t = skip_aux(c0);
            // ("The driver, 45, was killed": past the age between commas)
            if t >= subj0 + 4
                && doc.word(t - 1) == ","
                && doc.toks[t - 2].kind == sitrep_text::TokenKind::Digits
                && doc.word(t - 3) == ","
            {
                t -= 3;
            }
            // ("He was taken to hospital, where he later died": the pronoun of a clause
            // about the same victim)
            let pronoun = t == subj0 + 1 && matches!(doc.lw(subj0), "he" | "she")
                || t >= s.t0 + 2
                    && matches!(doc.lw(t - 1), "he" | "she")
                    && matches!(doc.lw(t - 2), "where" | "and" | "but");
            // ("She was taken to hospital with shrapnel wounds and later died": the second
            // verb of the sentence's one subject)
            // (or a person told in full: "A 66-year-old woman was wounded and died in hospital")
            let wounded_person = t >= subj0 + 3
                && matches!(doc.lw(subj0), "a" | "an" | "the")
                && (subj0 + 1..(subj0 + 6).min(t))
                    .any(|x| doc.match_at(x, |m| is(m, cues.person)).is_some())
                && (subj0 + 2..t - 1).any(|x| doc.match_at(x, |m| is(m, cues.injured)).is_some());
            let same_subject = t >= subj0 + 3
                && (matches!(doc.lw(subj0), "he" | "she") || wounded_person)
                // ("He was taken to hospital but died of his injuries")
                && matches!(doc.lw(t - 1), "and" | "but")
                && !(subj0 + 1..t - 1).any(|x| {
                    matches!(
                        doc.lw(x),
                        "who"
                            | "which"
                            | "that"
                            | "said"
                            | "says"
                            | "told"
                            | "he"
                            | "she"
                            | "they"
                            | ";"
                    )
                });
            // "The driver", "The 45-year-old driver", "Its driver", "The older man"
            let noun = t.saturating_sub(1);
            let the_person = noun > subj0
                && modifiers_only(doc, subj0 + 1, noun)
                && matches!(doc.lw(subj0), "the" | "its" | "their")
                && doc
                    .match_at(noun, |m| is(m, cues.person))
                    .is_some_and(|e| e == t)
                && singular_person_noun(doc.lw(noun));
            if pronoun || same_subject || the_person {
                // "died": one of the wounded, now dead; "was killed": a death, unless
                // deaths are already told
                // ("The driver died at the scene": killed outright, no wounded one)
                let e = doc.token_from(cspan.end);
                let outright = doc.is_word(e, "instantly")
                    || doc.is_word(e, "immediately")
                    || matches!(doc.lw(e), "at" | "on")
                        && doc.is_word(e + 1, "the")
                        && matches!(doc.lw(e + 2), "scene" | "spot");
                let died = doc.lower_at(cspan.start, cspan.end).starts_with("died") && !outright
                    || doc.is_word(t - 1, "later");
                items.push(Item::LaterDeath {
                    span: Span::new(doc.toks[subj0].span.start, cspan.end),
                    died,
                    known: true,
                    people: 1,
                    counted: false,
                });
                continue;
            }
        }
        if let Some((v, sp)) = value {
            let first = doc.token_from(sp.start);
            // ("bringing the toll to two killed": the tally the figure reached)
            // ("The toll of the attack on Sumy thus stands at one killed and six injured")
            // (every figure of it: "at" opens the list, "and" goes on)
            let stands_at = (first.saturating_sub(8).max(s.t0 + 2)..first)
                .rev()
                .find(|&a| {
                    doc.is_word(a, "at") && matches!(doc.lw(a - 1), "stands" | "stood" | "now")
                        // ("the day's toll in the oblast has been revised to three killed and
                        // four wounded")
                        || doc.is_word(a, "to")
                            && matches!(doc.lw(a - 1), "revised" | "corrected" | "updated")
                })
                .filter(|_| !doc.is_word(first + 1, "more"))
                .is_some_and(|a| {
                    (a + 1..first).all(|x| {
                        doc.toks[x].kind == sitrep_text::TokenKind::Digits
                            || sitrep_text::numbers::is_number_word(doc.lw(x))
                            || matches!(
                                doc.lw(x),
                                "and" | "," | "people" | "dead" | "killed" | "injured" | "wounded"
                            )
                    }) && (a.saturating_sub(10).max(s.t0)..a).any(|x| doc.is_word(x, "toll"))
                });
            if first >= s.t0 + 2
                && (doc.is_word(first - 1, "to")
                    && (first.saturating_sub(5).max(s.t0)..first - 1)
                        .any(|x| doc.is_word(x, "toll"))
                    || stands_at)
            {
                tolls.push((harm, sp));
            }
            // ("a woman was found dead under the rubble": a body found after the toll told)
            let found_dead = harm == Harm::Killed && doc.is_word(c0.saturating_sub(1), "found");
            // (a toll's figure is a tally, never "more": "rose from 11 to 16 after more people
            // sought medical help")
            let is_toll = tolls.iter().any(|(h, t)| *h == harm && *t == sp);
            // ("His 10-year-old grandson was also wounded": one more than those told)
            // ("A conductor also suffered shrapnel wounds": before the verb of the cue)
            let also = (c0.saturating_sub(4).max(s.t0)..c0)
                .rev()
                .take_while(|&t| doc.toks[t].kind != sitrep_text::TokenKind::Punct)
                .any(|t| doc.is_word(t, "also"));
            // ("Three port workers were killed. Eight more people were injured": more than
            // the dead, not more than an injured figure told before)
            // (only when it restates an injured figure told before: "killing three and
            // injuring eight … Eight more people were injured"; not "injuring five … a second
            // strike killed two and injured three more")
            // (this sentence's index: sentences before it told what is restated)
            let here = || {
                doc.sents
                    .iter()
                    .position(|x| std::ptr::eq(x, s))
                    .unwrap_or(0)
            };
            let restated = || {
                doc.sents[..here()].iter().any(|x| {
                    doc.sent_matches(x).iter().any(|m| is(m, cues.injured))
                        && x.numbers.iter().any(|n| n.value == Some(v))
                })
            };
            let more_word = (first + 1..(first + 3).min(s.t1))
                .any(|t| doc.is_word(t, "more") && !doc.is_word(t + 1, "than"));
            let beside_dead = harm == Harm::Injured
                && more_word
                && restated()
                && match harm_cues[..ci].last() {
                    Some(h) => h.0 == Harm::Killed,
                    None => here().checked_sub(1).is_some_and(|p| {
                        doc.sent_matches(&doc.sents[p])
                            .iter()
                            .rev()
                            .find(|m| is(m, cues.killed) || is(m, cues.injured))
                            .is_some_and(|m| is(m, cues.killed))
                    }),
                };
            // ("Later, artillery fire hit a high-rise building in the Korabelnyi district,
            // where a woman was injured": the victims of a later strike, in its sentence or
            // the one after it)
            // (a new strike, not "the strike" told again; nor a total: "In total, three
            // people were injured", "said the strike had injured seven people in total")
            let later_strike = |x: &Sent| {
                doc.is_word(x.t0, "later")
                    && doc.word(x.t0 + 1) == ","
                    && doc.sent_matches(x).iter().any(|m| {
                        is(m, cues.attack)
                            && !matches!(
                                doc.lw(doc.token_from(m.start).saturating_sub(1)),
                                "the" | "this" | "that"
                            )
                    })
            };
            let totalled = (s.t0..s.t1)
                .any(|t| matches!(doc.lw(t), "total" | "overall" | "toll" | "altogether"));
            let after_later_strike = !totalled
                && (later_strike(s)
                    || here().checked_sub(1).is_some_and(|p| {
                        let prev = &doc.sents[p];
                        prev.para == s.para
                            && later_strike(prev)
                            && !doc
                                .sent_matches(prev)
                                .iter()
                                .any(|m| is(m, cues.killed) || is(m, cues.injured))
                    }));
            let more = !is_toll
                && (again
                    || after_later_strike
                    || also
                    || found_dead
                    || doc.is_word(first, "another")
                    // ("A fourth person was injured": one more than the three told)
                    || doc.is_word(first, "a") && ordinal(doc.lw(first + 1))
                    || !beside_dead && more_word);
            // "a teenage boy was hurt", "his 12-year-old son": the casualties are children
            let child_units: u32 = units
                .iter()
                .filter(|u| u.4 && sp.start <= u.3.start && u.3.end <= sp.end)
                .fold(0u32, |a, u| a.saturating_add(u.2));
            if child_units > 0 {
                items.push(Item::Children {
                    harm,
                    value: child_units.min(v),
                    span: sp,
                });
            }
            if parts.len() >= 2 {
                // per-part items: the same sentence's parts add up, each with its words
                let values: Vec<u32> = parts
                    .iter()
                    .map(|p| units.iter().find(|u| u.3 == *p).map_or(1, |u| u.2))
                    .collect();
                for (i, (p, pv)) in parts.iter().zip(values).enumerate() {
                    let span = if i == 0 {
                        Span::new(p.start.min(cspan.start), p.end.max(cspan.end))
                    } else {
                        *p
                    };
                    items.push(Item::Casualty {
                        harm,
                        value: pv,
                        span,
                        more,
                        toll: false,
                        each: false,
                        part: false,
                    });
                }
            } else {
                // ("27 people were injured; 16 remain in hospital", "… and 16 were
                // hospitalised": those in hospital are some of the injured just told)
                // ("A boy and his mother were wounded; both were taken to hospital": the
                // parts told add up)
                let told = || {
                    items
                        .iter()
                        .map(|it| match it {
                            Item::Casualty {
                                harm: Harm::Injured,
                                value,
                                ..
                            } => *value,
                            _ => 0,
                        })
                        .fold(0, u32::saturating_add)
                };
                if harm == Harm::Injured
                    && doc.lower_at(cspan.start, cspan.end).contains("hospital")
                    && told() >= v
                {
                    continue;
                }
                let toll = tolls
                    .iter()
                    .any(|(h, t)| *h == harm && sp.start <= t.start && t.end <= sp.end);
                items.push(Item::Casualty {
                    harm,
                    value: v,
                    span: Span::new(sp.start.min(cspan.start), sp.end.max(cspan.end)),
                    more,
                    toll,
                    each: false,
                    part: false,
                });
            }
            // "killed six civilians in the region: two in Zarichne, one in Bakhmut";
            // "two were killed in Toretsk and one in Niu-York"
            // ("Three people were killed, two in Kherson and one in Bilozerka": a comma opens
            // the list as well)
            let list_from = (c1..next_start).find(|&t| doc.word(t) == ":").or_else(|| {
                (c1..next_start).find(|&t| {
                    (doc.is_word(t, "and") || matches!(doc.word(t), "," | "-" | "–" | "—"))
                        && located_part_at(doc, s, t + 1)
                })
            });
            // "two people were wounded, one each in Beryslav and Bilozerka": one per place
            // of the list that follows
            let each = (c1..next_start).find(|&t| {
                matches!(doc.word(t), "," | "-" | "–" | "—" | ":")
                    && doc.is_word(t + 1, "one")
                    && doc.is_word(t + 2, "each")
                    && matches!(doc.lw(t + 3), "in" | "at")
            });
            let listed = each.and_then(|t| s.places.iter().find(|p| p.t0 > t + 3 && p.t0 <= t + 6));
            if let Some(first) = listed {
                let places: Vec<&PlaceMention> = s
                    .places
                    .iter()
                    .filter(|p| p.list == first.list && p.t0 >= first.t0)
                    .collect();
                if places.len() as u32 == v && v > 1 {
                    items.push(Item::Casualty {
                        harm,
                        value: 1,
                        span: first.span,
                        more: false,
                        toll: false,
                        each: true,
                        part: false,
                    });
                }
            } else if let Some(colon) = list_from {
                // ("two residents of Bilozerka")
                let located = |n: &Num| match n.unit {
                    Unit::Bare | Unit::Other => part_in(doc, n.t1) || doc.is_word(n.t1, "at"),
                    Unit::Person => matches!(doc.lw(n.unit_end), "in" | "at" | "of" | "from"),
                    _ => false,
                };
                let mut located_figures: Vec<Span> = Vec::new();
                for n in s
                    .numbers
                    .iter()
                    .filter(|n| n.t0 > colon && n.t0 < next_start)
                {
                    if let Some(v) = n.value.filter(|_| !n.approx && located(n)) {
                        located_figures.push(n.span);
                        items.push(Item::Casualty {
                            harm,
                            value: v,
                            span: n.span,
                            more: false,
                            toll: false,
                            each: false,
                            part: true,
                        });
                    }
                }
                // ("Two people were injured: a 57-year-old man in Marhanets and a woman in
                // Nikopol": a person told by the place it was hurt in)
                for u in units.iter().filter(|u| {
                    u.0 > colon
                        && u.0 < next_start
                        && matches!(doc.lw(u.1), "in" | "at")
                        && !located_figures
                            .iter()
                            .any(|f| f.start < u.3.end && u.3.start < f.end)
                }) {
                    items.push(Item::Casualty {
                        harm,
                        value: u.2,
                        span: u.3,
                        more: false,
                        toll: false,
                        each: false,
                        part: true,
                    });
                }
            }
        }
    }
    // "Two people were wounded in Sloviansk, and two more in Mykolaivka": a figure with the
    // verb left out, of the harm told before it
    for n in &s.numbers {
        let Some(v) = n.value.filter(|_| !n.approx) else {
            continue;
        };
        let elliptic = doc.is_word(n.t1, "more")
            && doc.is_word(n.t1 + 1, "in")
            && n.t0 >= s.t0 + 2
            && doc.is_word(n.t0 - 1, "and")
            && matches!(n.unit, Unit::Bare | Unit::Other)
            && !harm_cues.iter().any(|h| h.1 > n.t0 && h.1 <= n.t1 + 6);
        let told = items.iter().any(|i| {
            matches!(i, Item::Casualty { span, .. } if span.start <= n.span.start && n.span.end <= span.end)
        });
        if let Some(h) = harm_cues
            .iter()
            .rev()
            .find(|h| h.1 < n.t0)
            .filter(|_| elliptic && !told)
        {
            items.push(plain_casualty(h.0, v, n.span));
        }
    }
    // ("One person was killed in Toretsk and another in Zalizne": one more, the same way)
    for t in s.t0 + 2..s.t1.saturating_sub(1) {
        if doc.is_word(t, "another")
            && doc.is_word(t - 1, "and")
            && matches!(doc.lw(t + 1), "in" | "near" | "at")
            && !harm_cues.iter().any(|h| h.1 > t && h.1 <= t + 6)
            && let Some(h) = harm_cues.iter().rev().find(|h| h.1 < t)
            // (of a passive harm, its clause going on: not "injuring five, and another
            // [bomb] near the station")
            && h.1 > s.t0
            && matches!(doc.lw(h.1 - 1), "was" | "were")
            && !(h.2..t).any(|x| doc.word(x) == ",")
        {
            items.push(plain_casualty(h.0, 1, doc.toks[t].span));
        }
    }
    // "two more died in hospital, raising the death toll to six": the tally is the
    // figure; the increment is already in it
    if !tolls.is_empty() {
        items.retain(|i| !matches!(i, Item::Casualty { harm, span, .. } if tolls.iter().any(|(h, t)| h == harm && !(span.start <= t.start && t.end <= span.end))));
    }
    // children: "one of them a child", "14 of them children", "15 of the injured are
    // children", "including three children"
    // "killing nine, among them two children, and wounding 27": a subset belongs to the
    // figure before it
    let subset_harm = |t: usize| {
        // "nine others, including a 14-year-old boy, were injured": the cue right after
        // the aside names the harm
        let close = (t + 1..s.t1).find(|&x| matches!(doc.word(x), "," | ")" | "—" | ";" | "."));
        if let Some(c) = close.filter(|&c| matches!(doc.word(c), "," | ")" | "—")) {
            let mut after = c + 1;
            while CUE_FILLERS.contains(&doc.lw(after)) {
                after += 1;
            }
            if let Some(h) = harm_cues.iter().find(|h| h.1 == after) {
                return h.0;
            }
        }
        harm_cues
            .iter()
            .filter(|h| h.1 < t && clause_of(starts, h.1) == clause_of(starts, t))
            .max_by_key(|h| h.1)
            .or_else(|| {
                harm_cues
                    .iter()
                    .min_by_key(|h| (h.1 as i64 - t as i64).abs())
            })
            .map_or(inherited.unwrap_or(Harm::Killed), |h| h.0)
    };
    for n in &s.numbers {
        let Some(v) = n.value else { continue };
        let of_them = doc.is_word(n.t1, "of")
            && (doc.is_word(n.t1 + 1, "them") || doc.is_word(n.t1 + 1, "whom"));
        let of_the = doc.is_word(n.t1, "of") && doc.is_word(n.t1 + 1, "the");
        let including = opens_subset(doc, n.t0);
        let is_child_after = |from: usize| {
            (from..(from + 4).min(s.t1)).find_map(|t| doc.match_at(t, |m| is(m, cues.child)))
        };
        // "Two children were among the injured"
        // ("Two children, aged 11 and 16, are among the wounded": past the ages)
        let after_ages = if doc.word(n.unit_end) == "," && doc.is_word(n.unit_end + 1, "aged") {
            (n.unit_end + 2..(n.unit_end + 14).min(s.t1))
                .find(|&t| {
                    doc.word(t) == ","
                        && matches!(doc.lw(t + 1), "were" | "are" | "was" | "is" | "among")
                })
                .map_or(n.unit_end, |c| c + 1)
        } else {
            n.unit_end
        };
        let among_at =
            after_ages + usize::from(matches!(doc.lw(after_ages), "were" | "are" | "was" | "is"));
        let among_the = n.unit == Unit::Person
            && doc.is_word(among_at, "among")
            && doc.is_word(among_at + 1, "the");
        // "Of the injured, four are children."
        let of_the_opening = doc.is_word(s.t0, "of")
            && doc.is_word(s.t0 + 1, "the")
            && doc.word(s.t0 + 3) == ","
            && n.t0 == s.t0 + 4;
        let child_end = if of_the_opening {
            is_child_after(n.t1)
        } else if among_the {
            doc.match_at(n.unit_end.saturating_sub(1), |m| is(m, cues.child))
                .map(|_| n.unit_end)
        } else if of_them || of_the {
            // (or a person under 18: "one of them a 13-year-old girl")
            is_child_after(n.t1 + 2).or_else(|| {
                let from = n.t1 + 2;
                let (j, e) = (from..(from + 8).min(s.t1)).find_map(|j| {
                    doc.match_at(j, |m| is(m, cues.person) || is(m, cues.child))
                        .map(|e| (j, e))
                })?;
                (from..j)
                    .any(|x| {
                        doc.is_digits(x)
                            && doc.word(x + 1) == "-"
                            && doc.word(x).parse::<u32>().is_ok_and(|age| age < 18)
                    })
                    .then_some(e)
            })
        } else if including && n.unit == Unit::Person {
            doc.match_at(n.unit_end.saturating_sub(1), |m| is(m, cues.child))
                .map(|_| n.unit_end)
        } else {
            None
        };
        let Some(ce) = child_end else { continue };
        // which harm: "of the injured", else the nearest cue
        let harm = if of_the || among_the || of_the_opening {
            let w = doc.lw(if of_the_opening {
                s.t0 + 2
            } else if among_the {
                among_at + 2
            } else {
                n.t1 + 2
            });
            if w.starts_with("injur") || w.starts_with("wound") {
                Harm::Injured
            } else {
                Harm::Killed
            }
        } else if including {
            subset_harm(n.t0)
        } else {
            harm_cues
                .iter()
                .min_by_key(|h| (h.1 as i64 - n.t0 as i64).abs())
                .map_or(inherited.unwrap_or(Harm::Killed), |h| h.0)
        };
        items.push(Item::Children {
            harm,
            value: v,
            span: Span::new(n.span.start, doc.toks[ce.max(n.t1) - 1].span.end),
        });
    }
    for i in s.t0..s.t1 {
        // "including a child", "among them a 12-year-old girl": one child of the figure
        let article = if doc.is_word(i, "including") {
            i + 1
        } else if doc.is_word(i, "among") && doc.is_word(i + 1, "them") {
            // ("among them is a 12-year-old boy")
            i + 2 + usize::from(matches!(doc.lw(i + 2), "is" | "was" | "are" | "were"))
        } else {
            continue;
        };
        // each child named in the coordinated list ("including a 12-year-old girl and a
        // 15-year-old boy")
        let mut article = article;
        let (mut kids, mut end) = (0u32, None);
        while doc.is_word(article, "a") || doc.is_word(article, "an") || doc.is_word(article, "one")
        {
            // the noun within four tokens: a child word, or a person under 18 ("a 12-year-old girl")
            let Some((j, e)) = (article + 1..(article + 5).min(s.t1)).find_map(|j| {
                doc.match_at(j, |m| is(m, cues.person) || is(m, cues.child))
                    .map(|e| (j, e))
            }) else {
                break;
            };
            let ages: Vec<u32> = (article + 1..j)
                .filter(|&x| {
                    doc.toks[x].kind == sitrep_text::TokenKind::Digits && doc.word(x + 1) == "-"
                })
                .filter_map(|x| doc.word(x).parse().ok())
                .collect();
            let child_word = doc.match_at(j, |m| is(m, cues.child)).is_some();
            if !(ages.iter().any(|&a| a < 18) || child_word && ages.is_empty()) {
                break;
            }
            kids += 1;
            end = Some(e);
            if !matches!(doc.word(e), "and" | ",") {
                break;
            }
            article = e + 1 + usize::from(doc.word(e) == "," && doc.is_word(e + 1, "and"));
        }
        // (children further on in the list: "including a woman, 61, and two boys")
        let first = i + 1;
        let (listed_kids, listed_end) = listed_children(ex, doc, s, &all_units, first);
        if listed_kids > kids {
            kids = listed_kids;
            end = Some(listed_end);
        }
        if let Some(e) = end {
            let harm = subset_harm(i);
            items.push(Item::Children {
                harm,
                value: kids,
                span: Span::new(doc.toks[i].span.start, doc.toks[e - 1].span.end),
            });
        }
    }
    // "Five residents were wounded: a woman, two men and two boys": the children of the
    // list after the colon, when it names the whole figure
    for &(harm, _, c1, _) in &harm_cues {
        if doc.word(c1) != ":" || items.iter().any(|i| matches!(i, Item::Children { .. })) {
            continue;
        }
        let figure = items.iter().rev().find_map(|i| match i {
            Item::Casualty {
                harm: h,
                value,
                span,
                ..
            } if *h == harm && doc.token_from(span.end) <= c1 => Some(*value),
            _ => None,
        });
        if let Some(b) = units.iter().position(|u| unit_at(doc, c1 + 1, u.0))
            && let Some(figure) = figure
        {
            let (last, sum, kids) = members(doc, &units, b, c1 + 1, figure);
            if sum == figure && kids > 0 {
                items.push(Item::Children {
                    harm,
                    value: kids,
                    span: Span::new(units[b].3.start, units[last - 1].3.end),
                });
            }
        }
    }
    // "A 16-year-old girl and a journalist are among the injured", "Among those killed
    // were a 14-year-old girl and an eight-year-old boy": the children named beside
    // "among the <harm>"
    if !items.iter().any(|i| matches!(i, Item::Children { .. }))
        && let Some(a) = (s.t0..s.t1)
            .find(|&t| doc.is_word(t, "among") && matches!(doc.lw(t + 1), "the" | "those"))
    {
        let w = doc.lw(a + 2);
        let harm = if w.starts_with("injur") || w.starts_with("wound") || w.starts_with("hospital")
        {
            Some(Harm::Injured)
        } else if w.starts_with("kill") || w.starts_with("dead") {
            Some(Harm::Killed)
        } else {
            None
        };
        let verb = |t: usize| matches!(doc.lw(t), "were" | "are" | "was" | "is");
        let named_here = |u: &(usize, usize, u32, Span, bool)| {
            if a == s.t0 {
                u.0 > a + 2
            } else {
                verb(u.1) && u.1 + 1 == a || u.0 < a && doc.word(u.1) == "and"
            }
        };
        let kids: Vec<&(usize, usize, u32, Span, bool)> =
            units.iter().filter(|u| u.4 && named_here(u)).collect();
        if let (Some(harm), Some(first), Some(last)) = (harm, kids.first(), kids.last()) {
            let value = kids.iter().fold(0u32, |acc, u| acc.saturating_add(u.2));
            items.push(Item::Children {
                harm,
                value,
                span: Span::new(first.3.start, last.3.end),
            });
        }
    }
    // "no casualties", "no one was injured"
    for m in ms {
        let (killed, injured) = if is(m, cues.no_casualties) {
            (true, true)
        } else if is(m, cues.no_injured) {
            (false, true)
        } else if is(m, cues.no_killed) {
            (true, false)
        } else {
            continue;
        };
        let t = doc.token_from(m.start);
        // "none of these villages", "nobody was hurt in either community / in both villages"
        let te = doc.token_from(m.end);
        let these = (t.saturating_sub(4)..t).any(|x| doc.is_word(x, "these"))
            || matches!(doc.lw(te), "in" | "at")
                && matches!(doc.lw(te + 1), "either" | "both" | "these" | "all" | "any");
        // "There were no other casualties": the report's, after its single cases
        let overall = doc.lower_at(m.start, m.end).contains(" other ");
        // "no casualties had been reported so far" is provisional, not a zero
        let unknown = ms.iter().any(|x| is(x, cues.casualties_unknown));
        // ("The driver was not hurt", "She was unharmed": one person spared, not a zero)
        let one_person = {
            let mut x = t;
            while x > s.t0 && CUE_FILLERS.contains(&doc.lw(x - 1)) {
                x -= 1;
            }
            x > s.t0
                && (matches!(doc.lw(x - 1), "he" | "she")
                    || doc
                        .match_at(x - 1, |m| is(m, cues.person))
                        .is_some_and(|e| e == x)
                        && singular_person_noun(doc.lw(x - 1))
                        && x >= s.t0 + 2
                        && matches!(doc.lw(x - 2), "the" | "its" | "a" | "an" | "his" | "her"))
        };
        if !unknown && !one_person {
            items.push(Item::NoCasualties {
                killed,
                injured,
                span: Span::new(m.start, m.end),
                these,
                overall,
            });
        }
    }
    told_after_colon(doc, s, &mut items[first_item..]);
}

/// Marks as parts the victims a sentence tells again after the colon that follows their
/// figure ("One person was killed: the body of a 72-year-old man was found in a flat"):
/// the same harm, adding up to no more than the figure before the colon.
fn told_after_colon(doc: &Doc, s: &Sent, items: &mut [Item]) {
    let Some(colon) = (s.t0..s.t1).find(|&t| doc.word(t) == ":") else {
        return;
    };
    for wanted in [Harm::Killed, Harm::Injured] {
        let sum = |after: bool, items: &[Item]| -> u32 {
            items
                .iter()
                .filter_map(|i| match i {
                    Item::Casualty {
                        harm,
                        value,
                        span,
                        part: false,
                        ..
                    } if *harm == wanted && (doc.token_from(span.start) > colon) == after => {
                        Some(*value)
                    }
                    _ => None,
                })
                .fold(0u32, u32::saturating_add)
        };
        let (before, after) = (sum(false, items), sum(true, items));
        if before == 0 || after == 0 || after > before {
            continue;
        }
        for i in items.iter_mut() {
            if let Item::Casualty {
                harm, span, part, ..
            } = i
                && *harm == wanted
                && doc.token_from(span.start) > colon
            {
                *part = true;
            }
        }
    }
}

/// Turns drafts into events: scopes, nesting, resolution, ids.
fn finish(ex: &Extractor, doc: &Doc, report: &str, mut drafts: Vec<Draft>, out: &mut Vec<Event>) {
    // drop nationwide drafts without figures, and incidents that are only a negation
    // (a tally over Russia's regions, "destroyed 17 Ukrainian drones over the Belgorod and
    // Kursk regions", spans several oblasts: no event; only Ukraine's air force and
    // General Staff give nationwide tallies)
    drafts.retain(|d| match d.loc {
        Loc::Country(c) => c == "UA" && (d.has_numbers() || d.count.stated()),
        _ => true,
    });
    // a district named to locate the places listed in its paragraph, with no figure of its
    // own ("Kupiansk district: Kupiansk, Petropavlivka and Kivsharivka were shelled";
    // "attacked Nikopol district several times"), is no event
    let para_of = |d: &Draft| doc.sents[d.first_sent].para;
    // (a place the gazetteer puts in another district is not located by this one: "an
    // educational institution in Beryslav district and a kindergarten in Bilozerka")
    let raion_name = |d: &Draft| match &d.loc {
        // (or the district of the town it is named after)
        Loc::Named(n) if n.raion() => resolve(&ex.gazetteer, &n.mention, n.mention.hint, None, &[])
            .and_then(|r| {
                if r.level == sitrep_geo::Level::Raion {
                    Some(r.name.clone())
                } else {
                    r.admin2.clone()
                }
            }),
        _ => None,
    };
    let outside = |m: &PlaceMention, raion: Option<&str>| {
        raion.is_some_and(|r| {
            resolve(&ex.gazetteer, m, m.hint, None, &[])
                .and_then(|x| x.admin2.as_deref())
                .is_some_and(|a| a != r)
        })
    };
    let inside = |m: &PlaceMention, raion: Option<&str>| {
        raion.is_some_and(|r| {
            resolve(&ex.gazetteer, m, m.hint, None, &[])
                .and_then(|x| x.admin2.as_deref())
                .is_some_and(|a| a == r)
        })
    };
    // (drones downed over districts locate nothing, whichever districts their places are in)
    let downed_only = |d: &Draft| {
        let ms = doc.sent_matches(&doc.sents[d.first_sent]);
        ms.iter().any(|m| is(m, ex.cues.intercept)) && !ms.iter().any(|m| is(m, ex.cues.attack))
    };
    let locating: Vec<bool> = drafts
        .iter()
        .map(|d| {
            let raion = raion_name(d).filter(|_| !downed_only(d));
            matches!(&d.loc, Loc::Named(n) if n.raion())
                && d.count.value().is_none()
                && d.munitions.value().is_none()
                && d.killed.is_none()
                && d.injured.is_none()
                && (drafts.iter().any(|x| x.kind == d.kind && matches!(&x.loc, Loc::Named(n) if !n.raion() && !outside(&n.mention, raion.as_deref())) && para_of(x) == para_of(d))
                    // ("Attacks were recorded in Novhorod-Siverskyi and Koriukivka districts.
                    // … In the Snovsk hromada, mortar rounds fell near Hirsk": a place the
                    // gazetteer puts in the district, in any paragraph; not where the district
                    // has hits of its own: "and in Kherson district schools and a prison")
                    || d.targets.is_empty() && d.weapons.is_empty() && drafts.iter().any(|x| x.kind == d.kind && matches!(&x.loc, Loc::Named(n) if !n.raion() && inside(&n.mention, raion.as_deref())))
                    // ("- Kharkiv district: in Kozacha Lopan, a house was damaged", the village
                    // reported earlier too)
                    || doc.sents.iter().filter(|x| x.para == para_of(d)).any(|x| {
                        x.places.iter().any(|m| m.role == PlaceRole::Event && matches!(m.kind, PlaceKind::Settlement | PlaceKind::Hromada) && !outside(m, raion.as_deref()))
                    })
                    // ("In Kupiansk district, a man was killed in the village of Dvorichna": a
                    // village the district frames, in any paragraph)
                    || matches!(&d.loc, Loc::Named(n) if doc.sents.iter().flat_map(|x| x.places.iter()).any(|m| m.role == PlaceRole::Event && m.hint_area.as_deref() == Some(n.mention.name.as_str()))))
                // (drones downed over a district are its own figure, unless the district
                // is the one of its town struck there: "a strike at Pavlohrad … a missile
                // intercepted over Pavlohrad district")
                && (d.intercepted.value().is_none()
                    || drafts.iter().any(|x| {
                        x.kind == d.kind && para_of(x) == para_of(d) && matches!((&x.loc, &d.loc), (Loc::Named(t), Loc::Named(r)) if !t.raion() && t.key == r.key)
                    }))
        })
        .collect();
    // so is a community with no figure of its own whose villages the text names in it ("the
    // Semenivka and Horodnia communities came under mortar fire. In the village of
    // Tymonovychi in the Semenivka community, a house was damaged")
    let locates_village = |name: &str| {
        doc.sents.iter().flat_map(|x| x.places.iter()).any(|m| {
            m.kind == PlaceKind::Settlement
                && m.role == PlaceRole::Event
                && m.hint_area.as_deref() == Some(name)
        })
    };
    let locating: Vec<bool> = drafts
        .iter()
        .zip(locating)
        .map(|(d, raion)| {
            // (or one that heads its line: "Velykyi Burluk hromada: a drone hit a car near
            // the village of Prykolotne")
            let heads_village = |n: &NamedLoc| {
                doc.word(n.mention.t1) == ":"
                    && doc.sents.get(d.first_sent).is_some_and(|x| {
                        x.places.iter().any(|m| {
                            m.kind == PlaceKind::Settlement
                                && m.role == PlaceRole::Event
                                && m.t0 > n.mention.t1
                        })
                    })
            };
            raion
                || matches!(&d.loc, Loc::Named(n) if n.mention.kind == PlaceKind::Hromada && (locates_village(&n.mention.name) || heads_village(n)))
                    && d.count.value().is_none()
                    && d.munitions.value().is_none()
                    && d.intercepted.value().is_none()
                    && d.killed.is_none()
                    && d.injured.is_none()
        })
        .collect();
    if locating.contains(&true) {
        let mut keep = locating.into_iter();
        drafts.retain(|_| !keep.next().unwrap_or(false));
    }
    // scope
    // (casualties and damage told of an oblast alone, with no period and no place of it
    // named — "In Kirovohrad Oblast, two people were injured and an energy facility was
    // damaged overnight" — are one incident located at the oblast)
    let is_area = |d: &Draft, all: &[Draft]| match &d.loc {
        Loc::Country(_) => true,
        Loc::Region(r) => {
            let finer = all.iter().any(|x| {
                x.kind == d.kind
                    && matches!(&x.loc, Loc::Named(_))
                    && loc_admin1(&x.loc).is_none_or(|a| a == r.admin1)
            });
            // (a vague count, "struck the region several times", is no area-wide number)
            d.count.numbered()
                || d.munitions.stated()
                || d.intercepted.stated()
                || (d.killed.is_some_and(|k| k > 0) || d.injured.is_some_and(|k| k > 0))
                    && (d
                        .when
                        .is_some_and(|t| t.kind == sitrep_text::dates::TimeKind::Period)
                        || finer)
        }
        // (or a district's casualties over places of it the paragraph names: "struck
        // Nikopol district, injuring three people. A man was wounded in Marhanets and two
        // women in Nikopol")
        Loc::Named(n) if n.raion() => {
            // (a district's munitions with no place of it told are one strike's, as of one
            // place: "two drones struck a facility in the Shepetivka district"; a count of
            // attacks is the district's total)
            let raion = raion_name(d);
            let holds_places = all.iter().any(|x| {
                x.kind == d.kind
                    && matches!(&x.loc, Loc::Named(t) if !t.raion() && !outside(&t.mention, raion.as_deref()))
            });
            let period = d
                .when
                .is_some_and(|t| t.kind == sitrep_text::dates::TimeKind::Period);
            d.count.stated()
                || d.munitions.stated() && (holds_places || period)
                || (d.killed.is_some_and(|k| k > 0) || d.injured.is_some_and(|k| k > 0))
                    && {
                        // (told after the district's figure and within it: not "three were
                        // wounded in Kupiansk … In Kupiansk district four more")
                        let raion = raion_name(d);
                        let parts: Vec<&Draft> = all
                        .iter()
                        .filter(|x| {
                            x.kind == d.kind
                                && para_of(x) == para_of(d)
                                && matches!(&x.loc, Loc::Named(t) if !t.raion() && !outside(&t.mention, raion.as_deref()))
                                && (x.killed.is_some_and(|k| k > 0) || x.injured.is_some_and(|k| k > 0))
                        })
                        .collect();
                        let sum = |f: fn(&Draft) -> Option<u32>| {
                            parts.iter().map(|x| f(x).unwrap_or(0)).sum::<u32>()
                        };
                        !parts.is_empty()
                            && parts.iter().all(|x| x.first_sent > d.first_sent)
                            && sum(|x| x.killed) <= d.killed.unwrap_or(0)
                            && sum(|x| x.injured) <= d.injured.unwrap_or(0)
                    }
        }
        Loc::Named(_) => false,
    };
    // an oblast-level incident beside a finer incident of the same oblast is the same strike
    // (a district incident is finer too); its weapons are those of the finer incidents
    // of its sentence ("Russian drones attacked Odesa region, damaging the port in Izmail")
    let named_admin1: Vec<(Kind, Option<String>, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(&d.loc, Loc::Named(n) if !n.raion() || !is_area(d, &drafts)))
        .map(|(i, d)| (d.kind, place_of(ex, doc, d, &[]).0.admin1, i))
        .collect();
    let same_strike = |d: &Draft| match d.loc {
        Loc::Region(r) if !is_area(d, &drafts) => named_admin1
            .iter()
            .filter(|(k, a, _)| *k == d.kind && a.as_deref() == Some(r.admin1))
            .map(|x| x.2)
            .collect(),
        _ => Vec::new(),
    };
    let merged: Vec<Vec<usize>> = drafts.iter().map(same_strike).collect();
    for (ri, finer) in merged.iter().enumerate().filter(|(_, f)| !f.is_empty()) {
        let (weapons, first, evidence) = (
            drafts[ri].weapons.clone(),
            drafts[ri].first_sent,
            drafts[ri]
                .evidence
                .iter()
                .filter(|e| e.field == "weapons")
                .cloned()
                .collect::<Vec<_>>(),
        );
        for &fi in finer {
            if drafts[fi].first_sent == first && drafts[fi].weapons.is_empty() {
                drafts[fi].weapons = weapons.clone();
                drafts[fi].evidence.extend(evidence.iter().cloned());
            }
        }
    }
    let mut dropped = merged.iter().map(|f| !f.is_empty());
    drafts.retain(|_| !dropped.next().unwrap_or(false));
    let areas: Vec<bool> = drafts.iter().map(|d| is_area(d, &drafts)).collect();
    let mut parent: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut resolved: Vec<(Place, Option<&'static Region>)> =
        drafts.iter().map(|d| place_of(ex, doc, d, &[])).collect();
    // namesakes left open: the one nearest the report's other located places
    let anchors: Vec<(f64, f64)> = resolved
        .iter()
        .zip(&drafts)
        .filter(|(_, d)| matches!(d.loc, Loc::Named(_)))
        .filter_map(|(p, _)| {
            Some((p.0.lat?, p.0.lon?)).filter(|_| p.0.precision == Some(Precision::Settlement))
        })
        .collect();
    if !anchors.is_empty() {
        for (i, d) in drafts.iter().enumerate() {
            if matches!(&d.loc, Loc::Named(n) if !n.raion()) && resolved[i].0.precision.is_none() {
                resolved[i] = place_of(ex, doc, d, &anchors);
            }
        }
    }
    for (i, d) in drafts.iter().enumerate() {
        if areas[i] && !matches!(&d.loc, Loc::Named(n) if n.raion()) {
            continue;
        }
        let my_admin1 = resolved[i].0.admin1.clone();
        // (a tally of drones or missiles downed over the oblast counts no shelling: "the
        // Kutsurub hromada was shelled … air defence destroyed seven Shaheds over the
        // region"; only strikes by the weapons downed can be part of it)
        let counts_it = |a: &Draft| {
            let downed_only = a.intercepted.stated()
                && !a.count.stated()
                && !a.munitions.stated()
                && a.killed.is_none()
                && a.injured.is_none();
            !downed_only
                || d.intercepted.stated()
                || !d.weapons.is_empty() && d.weapons.iter().all(|w| a.weapons.contains(w))
        };
        // an oblast area of the same kind and oblast
        let oblast_area = drafts.iter().enumerate().position(|(j, a)| {
            j != i
                && areas[j]
                && a.kind == d.kind
                && matches!(a.loc, Loc::Region(r) if Some(r.admin1.to_string()) == my_admin1)
                && counts_it(a)
        });
        let national_clash = (d.kind == Kind::Clash)
            .then(|| {
                drafts.iter().enumerate().position(|(j, a)| {
                    j != i && areas[j] && a.kind == Kind::Clash && matches!(a.loc, Loc::Country(_))
                })
            })
            .flatten();
        let raion_area = if oblast_area.is_none() && !areas[i] {
            // (a place known to lie in another raion is not part of this one)
            let (mine, theirs) = (&resolved[i].0.admin2, |j: usize| &resolved[j].0.admin2);
            drafts.iter().enumerate().position(|(j, a)| {
                j != i
                    && areas[j]
                    && a.kind == d.kind
                    && matches!(&a.loc, Loc::Named(n) if n.raion())
                    && resolved[j].0.admin1 == my_admin1
                    && (mine.is_none() || theirs(j).is_none() || mine == theirs(j))
            })
        } else {
            None
        };
        // an incident that ended before the area's period began ("on Sunday" beside "over
        // the past day") is not one of its parts; one after its end is kept, as a tally's
        // period is often stated loosely ("on August 23" for a night into the 24th)
        let within = |j: &usize| match (
            when_of(doc, d, &mut Vec::new()).end,
            when_of(doc, &drafts[*j], &mut Vec::new()).start,
        ) {
            (Some(end), Some(area_start)) => end >= area_start,
            _ => true,
        };
        // (an attack by the other side is no part of the tally: "Russian forces shelled
        // the Kherson region 84 times … In occupied Nova Kakhovka, a Ukrainian drone hit a
        // bus, the Moscow-installed official said")
        // (each side named in its own sentence, not carried from another)
        let own_actor = |x: &Draft| {
            let sent = doc.sents[x.first_sent].span;
            x.actor
                .as_ref()
                .filter(|a| a.start >= sent.start && a.end <= sent.end)
                .map(|a| a.label)
        };
        // (a clash has both sides in it: "Ukrainian troops hold back the enemy near X")
        let same_side = |j: &usize| match (own_actor(d), own_actor(&drafts[*j])) {
            _ if d.kind == Kind::Clash => true,
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // (a same-day update posted after the summary is not counted in it: "UPDATE, 14:25.
        // Russian troops shelled Komyshany at around 12:40 today")
        let updated_after = |j: &usize| {
            let k = d.first_sent;
            let para = doc.sents[k].para;
            // (the paragraph's first sentence: a paragraph's sentences follow each other)
            let opening = doc.sents[..=k]
                .iter()
                .rposition(|x| x.para != para)
                .map_or(0, |p| p + 1);
            let labelled = sitrep_text::is_update_label(doc.word(doc.sents[opening].t0));
            // (its own news of the day, not a correction of the summary's: "Clarification:
            // one of the three wounded …")
            let own_news = || {
                doc.sents[opening..]
                    .iter()
                    .take_while(|x| x.para == para)
                    .any(|x| {
                        let lower = x.span.text(doc.text).to_ascii_lowercase();
                        (lower.contains("today") || lower.contains("this morning"))
                            && !lower.contains("one of")
                            && !lower.contains("clarif")
                    })
            };
            labelled && drafts[*j].first_sent < opening && own_news()
        };
        parent[i] = oblast_area
            .or(national_clash.filter(|_| !matches!(d.loc, Loc::Region(_))))
            .or(raion_area)
            .filter(within)
            .filter(same_side)
            .filter(|j| !updated_after(j));
    }
    // areas list the weapons and targets of their incidents
    for i in 0..drafts.len() {
        if let Some(p) = parent[i] {
            let (w, t) = (drafts[i].weapons.clone(), drafts[i].targets.clone());
            for x in w {
                if !drafts[p].weapons.contains(&x) {
                    drafts[p].weapons.push(x);
                }
            }
            for x in t {
                if !drafts[p].targets.contains(&x) {
                    drafts[p].targets.push(x);
                }
            }
        }
    }
    // an area with no casualty figure of its own carries the sum of its incidents'
    // (the report total is unchanged: nested events are not added to it); so does an
    // area with a zero its incidents contradict — a "No one was injured" told after
    // some of its places is theirs, not the whole area's
    for p in 0..drafts.len() {
        for harm in [Harm::Killed, Harm::Injured] {
            let get = |d: &Draft| {
                if harm == Harm::Killed {
                    d.killed
                } else {
                    d.injured
                }
            };
            if areas[p] && matches!(get(&drafts[p]), None | Some(0)) {
                let sum: u32 = (0..drafts.len())
                    .filter(|&i| parent[i] == Some(p))
                    .filter_map(|i| get(&drafts[i]))
                    .fold(0u32, u32::saturating_add);
                if sum > 0 {
                    // the evidence of a sum is the evidence of its parts
                    let field = if harm == Harm::Killed {
                        "killed"
                    } else {
                        "injured"
                    };
                    drafts[p].evidence.retain(|e| e.field != field);
                    let parts: Vec<Evidence> = (0..drafts.len())
                        .filter(|&i| parent[i] == Some(p) && get(&drafts[i]).is_some_and(|v| v > 0))
                        .flat_map(|i| {
                            drafts[i]
                                .evidence
                                .iter()
                                .filter(|e| e.field == field)
                                .cloned()
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    drafts[p].evidence.extend(parts);
                    if harm == Harm::Killed {
                        drafts[p].killed = Some(sum);
                    } else {
                        drafts[p].injured = Some(sum);
                    }
                }
            }
        }
    }
    let ids: Vec<String> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| event_id(report, d, &resolved[i].0, i))
        .collect();
    // an incident told with no time of its own inside a period report takes the report's
    // period, not the first date the article names ("… a missile strike on the morning of
    // April 19 … Over the past day, … Drones attacked Novodanylivka.")
    let periods: Vec<Option<TimeExpr>> = drafts
        .iter()
        .map(|d| {
            d.when
                .filter(|t| t.kind == sitrep_text::dates::TimeKind::Period)
        })
        .collect();
    for (i, d) in drafts.into_iter().enumerate() {
        // (a district with a figure of its own nested under its oblast's total is one of
        // the oblast's incidents: one level of nesting)
        let nested_district = parent[i].is_some() && matches!(&d.loc, Loc::Named(n) if n.raion());
        let mut ev = Event::new(
            d.kind,
            if areas[i] && !nested_district {
                Scope::Area
            } else {
                Scope::Incident
            },
            report,
        );
        ev.id = ids[i].clone();
        ev.part_of = parent[i].map(|p| ids[p].clone());
        ev.place = Some(resolved[i].0.clone());
        ev.count = d.count.value();
        ev.munitions = d.munitions.value();
        ev.intercepted = d.intercepted.value();
        ev.killed = d.killed;
        ev.injured = d.injured;
        ev.children_killed = d
            .children_killed
            .filter(|c| d.killed.is_none_or(|k| *c <= k));
        ev.children_injured = d
            .children_injured
            .filter(|c| d.injured.is_none_or(|k| *c <= k));
        ev.weapons = d.weapons.clone();
        ev.targets = d.targets.clone();
        ev.damage = d.damage.clone();
        ev.evidence = d.evidence.clone();
        if let Some(r) = d.reporter.and_then(|r| doc.persons.get(r)) {
            ev.source = Some(r.as_source(&mut ev.evidence));
        }
        if let Some(a) = d.actor {
            let mention = doc.text[a.start..a.end].to_string();
            ev.actor = Some(Actor {
                name: ex.lexicons.label(&a).to_string(),
                mention,
            });
            ev.evidence.push(Evidence {
                field: "actor".into(),
                start: a.start,
                end: a.end,
            });
        }
        let inherited = parent[i]
            .and_then(|p| periods[p])
            .filter(|_| d.when.is_none());
        ev.when = when_from(
            doc,
            d.when.or(inherited).or(doc.period).as_ref(),
            &mut ev.evidence,
        );
        ev.acled = Some(acled(&ev));
        ev.evidence.sort_by_key(|e| (e.start, e.end));
        out.push(ev);
    }
}

fn when_of(doc: &Doc, d: &Draft, evidence: &mut Vec<Evidence>) -> When {
    when_from(doc, d.when.or(doc.period).as_ref(), evidence)
}

/// The time of an event from the text's time expression (with its `when` evidence),
/// or the article's publication day when the text gives none.
pub(crate) fn when_from(doc: &Doc, t: Option<&TimeExpr>, evidence: &mut Vec<Evidence>) -> When {
    match t {
        Some(t) => {
            evidence.push(Evidence {
                field: "when".into(),
                start: t.span.start,
                end: t.span.end,
            });
            When {
                start: t.start.map(|x| x.to_string()),
                end: t.end.map(|x| x.to_string()),
                precision: Some(
                    match t.kind {
                        sitrep_text::dates::TimeKind::Day => "day",
                        sitrep_text::dates::TimeKind::Night => "night",
                        sitrep_text::dates::TimeKind::Period => "period",
                    }
                    .into(),
                ),
                mention: Some(t.span.text(doc.text).to_string()),
            }
        }
        None => When {
            start: doc.published.map(|p| p.to_string()),
            end: doc.published.map(|p| p.to_string()),
            precision: doc.published.map(|_| "day".into()),
            mention: None,
        },
    }
}

/// A whole oblast as an event's place, named by `mention`.
pub(crate) fn oblast_place(r: &Region, mention: &str) -> Place {
    Place {
        name: r.admin1.to_string(),
        admin1: Some(r.admin1.to_string()),
        country: Some(r.country.to_string()),
        lat: Some(r.lat),
        lon: Some(r.lon),
        precision: Some(Precision::Oblast),
        mention: Some(mention.to_string()),
        ..Place::default()
    }
}

fn place_of(
    ex: &Extractor,
    doc: &Doc,
    d: &Draft,
    near: &[(f64, f64)],
) -> (Place, Option<&'static Region>) {
    match &d.loc {
        Loc::Country(c) => (
            Place {
                name: match *c {
                    "UA" => "Ukraine".into(),
                    "RU" => "Russia".into(),
                    c => c.to_string(),
                },
                country: Some(c.to_string()),
                precision: Some(Precision::Country),
                mention: Some(d.place_span.text(doc.text).to_string()).filter(|m| m.len() < 60),
                ..Place::default()
            },
            None,
        ),
        Loc::Region(r) => (oblast_place(r, d.place_span.text(doc.text)), Some(r)),
        Loc::Named(n) => {
            let (mention, raion) = (&n.mention, n.raion());
            let name = &mention.name;
            let sent = &doc.sents[d.first_sent];
            let region = mention.hint.or(sent.region).or(doc.main_region);
            let rec = crate::analysis::resolve_near(
                &ex.gazetteer,
                mention,
                region,
                region.map(|r| r.country),
                &also_regions(doc, sent),
                near,
            )
            // (not in the oblast in force, which the text did not state with it: the
            // one place of that name the gazetteer can tell without an oblast)
            .or_else(|| {
                if region.is_some_and(|r| r.country != "UA") {
                    // a Ukrainian place no Russian oblast holds is not moved into one named
                    // beside it ("shelling killed three in Horlivka …, while … rockets were
                    // intercepted over the Belgorod region")
                    crate::analysis::resolve_near(&ex.gazetteer, mention, None, None, &[], near)
                        .filter(|rec| rec.country == "UA")
                } else if n.stated {
                    None
                } else {
                    outside_region(ex, mention, region, near)
                }
            });
            let display = if raion {
                format!("{name} district")
            } else {
                name.clone()
            };
            // "Nikopol district" resolves through its centre: the raion itself is the place
            let rec = match rec {
                Some(town) if raion && town.level != Level::Raion => town
                    .admin2
                    .as_deref()
                    .and_then(|a2| {
                        ex.gazetteer
                            .candidates(a2)
                            .into_iter()
                            .find(|c| c.level == Level::Raion && c.admin1 == town.admin1)
                    })
                    .or(Some(town)),
                other => other,
            };
            match rec {
                Some(rec) => {
                    let precision = match rec.level {
                        Level::Raion => Some(Precision::Raion),
                        Level::Hromada => Some(Precision::Hromada),
                        Level::Oblast
                            if rec.admin1.as_deref() == Some(rec.name.as_str())
                                && rec.coord == Some(Precision::Oblast) =>
                        {
                            Some(Precision::Oblast)
                        }
                        _ => rec.coord,
                    };
                    let r = rec
                        .admin1
                        .as_deref()
                        .and_then(|a| ex.gazetteer.region_by_admin1(a));
                    (
                        Place {
                            // a town's former name is the name it had when reported: the
                            // text's ("Krasnohrad" in 2023 is Berestyn today; `code` joins them)
                            name: if raion || sitrep_geo::is_other_name(&rec.name, name) {
                                display
                            } else {
                                rec.name.clone()
                            },
                            admin1: rec.admin1.clone().or(region.map(|r| r.admin1.to_string())),
                            admin2: rec.admin2.clone(),
                            admin3: rec.admin3.clone(),
                            country: Some(rec.country.clone()),
                            lat: rec.lat,
                            lon: rec.lon,
                            precision,
                            mention: Some(mention.span.text(doc.text).to_string()),
                            code: Some(rec.code.clone()),
                        },
                        r,
                    )
                }
                None => (
                    Place {
                        name: display,
                        admin1: region.map(|r| r.admin1.to_string()),
                        country: region.map(|r| r.country.to_string()),
                        mention: Some(mention.span.text(doc.text).to_string()),
                        ..Place::default()
                    },
                    region,
                ),
            }
        }
    }
}

/// The id of an assembled event, from its report, kind, place and ordinal.
fn event_id(report: &str, d: &Draft, place: &Place, ordinal: usize) -> String {
    stable_id(&[
        report,
        d.kind.as_str(),
        &place.name,
        place.admin1.as_deref().unwrap_or(""),
        &ordinal.to_string(),
    ])
}

/// An event id from the parts of the key that identifies the event, joined by "|":
/// FNV-1a, stable across runs.
pub(crate) fn stable_id(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for (i, part) in parts.iter().enumerate() {
        let sep: &[u8] = if i == 0 { b"" } else { b"|" };
        for &b in sep.iter().chain(part.as_bytes()) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    format!("ev-{h:016x}")
}

/// The ACLED classification of an event.
pub fn acled(ev: &Event) -> Acled {
    let (t, s) = match ev.kind {
        Kind::Attack => {
            let air = ev
                .weapons
                .iter()
                .any(|w| matches!(w, Weapon::Aircraft | Weapon::GuidedBomb | Weapon::Drone));
            let ground = ev.weapons.iter().any(|w| {
                matches!(
                    w,
                    Weapon::Artillery
                        | Weapon::Mlrs
                        | Weapon::Mortar
                        | Weapon::Tank
                        | Weapon::Missile
                )
            });
            let mine = ev.weapons.iter().any(|w| matches!(w, Weapon::Explosive));
            let sub = if air && !ground {
                "Air/drone strike"
            } else if mine && !ground && !air {
                "Remote explosive/landmine/IED"
            } else {
                "Shelling/artillery/missile attack"
            };
            ("Explosions/Remote violence", sub)
        }
        Kind::Clash => ("Battles", "Armed clash"),
        Kind::Agreement => ("Strategic developments", "Agreement"),
        Kind::Meeting | Kind::Statement => ("Strategic developments", "Other"),
    };
    Acled {
        event_type: t.into(),
        sub_event_type: s.into(),
    }
}
