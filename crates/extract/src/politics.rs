//! Political events: statements, meetings and agreements.
//!
//! - **Statement**: one per speaker per article. A named person's words count when
//!   they claim, vow, accuse, evaluate or announce something (a claim verb, an
//!   evaluative word, or a quote in the first person or with a modal), and not
//!   when they only give an attack's figures (that person is the attack's
//!   source), report casualties, or appeal for safety. Every such sentence is
//!   evidence (`quote`).
//! - **Meeting**: talks, a meeting, a phone or video call between at least two
//!   named people, held — not upcoming. One per article; participants are the
//!   people named in its sentences. A call is a meeting whose place is null.
//! - **Agreement**: parties who agreed, signed or decided jointly (verbs, not the
//!   noun "deal"); "we agreed" in a meeting's report gives the meeting's
//!   participants. One per article.

use crate::Extractor;
use crate::analysis::{Doc, PlaceKind, PlaceMention, PlaceRole, RefKind, Sent, quoted_at, resolve};
use crate::assemble::{acled, dateline_city, stable_id, when_from};
use crate::cue::is;
use sitrep_lexicon::Class;
use sitrep_model::{Event, Evidence, Kind, Participant, Place, Precision, Scope, Span};
use sitrep_text::dates::TimeExpr;
use sitrep_text::without_possessive;

/// Adds the political events of one article to `out`; `violent[k]` tells whether
/// sentence `k` added to an attack or clash.
pub fn events(ex: &Extractor, doc: &Doc, report: &str, violent: &[bool], out: &mut Vec<Event>) {
    statements(ex, doc, report, violent, out);
    let meetings = meetings(ex, doc);
    write_gatherings(ex, doc, report, Kind::Meeting, &meetings, out);
    agreement(ex, doc, report, &meetings, out);
}

fn has(doc: &Doc, s: &Sent, id: Option<u16>) -> bool {
    doc.sent_matches(s).iter().any(|m| is(m, id))
}

fn first_person_or_modal(doc: &Doc, s: &Sent) -> bool {
    (s.t0..s.t1).any(|t| {
        matches!(
            doc.lw(t),
            "we" | "our" | "i" | "us" | "will" | "would" | "must" | "should" | "can" | "cannot"
        )
    })
}

fn id_for(report: &str, kind: Kind, key: &str) -> String {
    stable_id(&[report, kind.as_str(), key])
}

fn statements(ex: &Extractor, doc: &Doc, report: &str, violent: &[bool], out: &mut Vec<Event>) {
    let cues = &ex.cues;
    // speaker → sentences that carry their claims
    let mut by_speaker: Vec<(usize, Vec<usize>)> = Vec::new();
    for (k, s) in doc.sents.iter().enumerate() {
        let Some(speaker) = s.speaker else { continue };
        // (a quote's evaluation of the attack it tells is the speaker's claim: "The enemy
        // continues to terrorise the city with aerial bombs," X said)
        // (so is a condemnation of it: "Guterres condemned the strike on a children's
        // hospital in Kyiv", "Fedorov called the attack on the ambulance a war crime")
        let condemned = doc.sent_matches(s).iter().any(|m| {
            is(m, cues.claim)
                && matches!(
                    doc.lower_at(m.start, m.end),
                    "condemned" | "condemns" | "denounced" | "denounces" | "decried"
                )
        }) || (s.t0..s.t1).any(|t| {
            doc.is_word(t, "called")
                && (t + 1..(t + 9).min(s.t1)).any(|u| {
                    matches!(
                        doc.lw(u),
                        "crime" | "terror" | "terrorism" | "atrocity" | "barbaric"
                    )
                })
        });
        let evaluated = (s.quoted && has(doc, s, cues.evaluative) || condemned)
            && s.numbers.is_empty()
            && !doc.sent_matches(s).iter().any(|m| {
                (is(m, cues.killed) || is(m, cues.injured))
                    && !crate::assemble::harm_as_such(doc, m)
            });
        if (s.backref || violent.get(k).copied().unwrap_or(false)) && !evaluated {
            continue;
        }
        let factual_at = |k: usize| {
            let s = &doc.sents[k];
            doc.sent_matches(s).iter().any(|m| {
                (is(m, cues.killed) || is(m, cues.injured))
                    && !crate::assemble::harm_as_such(doc, m)
            })
                || has(doc, s, cues.casualties_unknown)
                || has(doc, s, cues.no_casualties)
                || has(doc, s, cues.no_injured)
                || has(doc, s, cues.appeal)
                // ("X later reported that the body of a man had been found under the rubble";
                // "up to five people may still be trapped under the debris"; the victims'
                // condition: "Both will be treated at home")
                || (s.t0..s.t1).any(|t| {
                    matches!(
                        doc.lw(t),
                        "body"
                            | "bodies"
                            | "toll"
                            | "trapped"
                            | "rubble"
                            | "debris"
                            | "hospital"
                            | "hospitalised"
                            | "hospitalized"
                            | "treated"
                    )
                })
                // (a quote on the victims' fate, right after the harm told: "Doctors could
                // not save him", "Among the victims is a 7-year-old girl")
                || s.quoted
                    && k > 0
                    && violent.get(k - 1).copied().unwrap_or(false)
                    && (s.t0..s.t1).any(|t| {
                        matches!(
                            doc.lw(t),
                            "save" | "saved" | "victim" | "victims" | "doctors" | "medics"
                        )
                    })
        };
        // ("\"Everyone in Donetsk region must evacuate. Evacuation saves lives!\" Filashkin
        // urged.": a quote that makes an appeal is the appeal, sentence by sentence)
        // (the quote is the sentences in quotes around this one, or before its attribution)
        let quote_around = |j: usize| {
            doc.sents
                .get(j)
                .is_some_and(|x| x.quoted && x.para == s.para && has(doc, x, cues.appeal))
        };
        let appeal_quote = if s.quoted {
            quote_around(k.wrapping_sub(1)) || quote_around(k + 1)
        } else {
            (0..k)
                .rev()
                .take_while(|&j| doc.sents[j].quoted && doc.sents[j].para == s.para)
                .any(|j| has(doc, &doc.sents[j], cues.appeal))
        };
        if factual_at(k) && !evaluated || appeal_quote {
            continue;
        }
        // "announced this", "said so": the figures just given, not a claim
        // (nor "This was announced by X": the passive of the same)
        let claim_verb = doc.sent_matches(s).iter().any(|m| {
            is(m, cues.claim) && {
                let t = doc.token_from(m.end);
                !matches!(doc.lw(t), "this" | "so" | "it" | "on" | "by")
            }
        });
        // "said on Tuesday that …", "told reporters that …": the verb's "that" a few words on
        // ("insisted on Monday that …")
        // (a speech or claim verb of cues.tsv)
        let said_that = doc
            .sent_matches(s)
            .iter()
            .filter(|m| is(m, cues.report) || is(m, cues.claim))
            .any(|m| {
                let t = doc.token_from(m.end);
                (t..(t + 5).min(s.t1))
                    .find(|&u| doc.is_word(u, "that"))
                    .is_some_and(|u| (t..u).all(|x| !matches!(doc.word(x), "," | ";" | ".")))
            });
        // "called on allies to speed up deliveries": an appeal to others, not "said on Telegram"
        let called_on = (s.t0..s.t1).any(|t| {
            doc.is_word(t, "called")
                && doc.is_word(t + 1, "on")
                && (t + 3..(t + 7).min(s.t1)).any(|u| doc.is_word(u, "to"))
        });
        // "According to Kyrylo Budanov, Russia is preparing …": a forecast is his claim (not
        // "According to Kim, it was quiet over the day")
        let according = doc.is_word(s.t0, "according")
            && doc.is_word(s.t0 + 1, "to")
            && !s.void
            && (has(doc, s, cues.future) || first_person_or_modal(doc, s));
        let claim_verb = claim_verb || said_that || called_on || according;
        // reported speech that announces or promises: "X said Latvia would allocate …"
        let speech = s.reporter == Some(speaker);
        // a direct quote that tells no attack's facts is the speaker's own words: a claim,
        // an evaluation or an announcement ("Ukraine deserves to be in NATO," X said)
        // (the whole quote: "Doctors describe their condition as moderate" in a quote that
        // counts the wounded reports them too)
        let reports_facts_at = |k: usize| {
            factual_at(k)
                || violent.get(k).copied().unwrap_or(false)
                || doc.sent_matches(&doc.sents[k]).iter().any(|m| {
                    is(m, cues.attack)
                        || is(m, cues.damage)
                        || is(m, cues.intercept)
                        || is(m, cues.clash)
                })
        };
        let in_quote = |x: &Sent| x.quoted && x.speaker == Some(speaker);
        let reports_facts = || {
            let run_start = (0..k)
                .rev()
                .take_while(|&x| in_quote(&doc.sents[x]))
                .last()
                .unwrap_or(k);
            let run_end = (k + 1..doc.sents.len())
                .take_while(|&x| in_quote(&doc.sents[x]))
                .last()
                .unwrap_or(k);
            (run_start..=run_end).any(reports_facts_at)
        };
        let claim = claim_verb
            || has(doc, s, cues.evaluative)
            || (s.quoted || speech) && first_person_or_modal(doc, s)
            || s.quoted && (has(doc, s, cues.superlative) || !reports_facts());
        // an upcoming event announced in passing is no claim of the speaker's own
        if !claim {
            continue;
        }
        match by_speaker.iter_mut().find(|(p, _)| *p == speaker) {
            Some((_, v)) => v.push(k),
            None => by_speaker.push((speaker, vec![k])),
        }
    }
    for (speaker, sents) in by_speaker {
        let p = &doc.persons[speaker];
        let mut ev = Event::new(Kind::Statement, Scope::Incident, report);
        ev.id = id_for(report, Kind::Statement, &p.name);
        ev.source = Some(p.as_source(&mut ev.evidence));
        for k in &sents {
            let s = &doc.sents[*k];
            ev.evidence.push(Evidence {
                field: "quote".into(),
                start: s.span.start,
                end: s.span.end,
            });
        }
        // "said on Friday", "told reporters on Monday", "on Thursday criticised": the day
        // the speaker said it, when the speech verb has one (not "will chair from 1
        // January, Putin said", nor the strike's "on Saturday")
        let said_on = doc
            .sents
            .iter()
            .filter(|s| s.speaker == Some(speaker) && !s.backref)
            .find_map(|s| {
                let verbs: Vec<(usize, usize)> = doc
                    .sent_matches(s)
                    .iter()
                    .filter(|m| is(m, cues.report) || is(m, cues.claim))
                    .map(|m| (doc.token_from(m.start), doc.token_from(m.end)))
                    .collect();
                s.times.iter().find(|t| {
                    let (t0, t1) = (doc.token_from(t.span.start), doc.token_from(t.span.end));
                    let to_listener = |v: usize| {
                        matches!(
                            doc.lw(v),
                            "journalists" | "reporters" | "media" | "parliament" | "lawmakers"
                        )
                    };
                    // "wrote on Telegram on Tuesday", "said in a statement on Monday": the channel
                    // between the verb and its day
                    let channel = |v: usize| match (doc.lw(v), doc.lw(v + 1), doc.lw(v + 2)) {
                        (
                            "on",
                            "telegram" | "facebook" | "x" | "twitter" | "instagram" | "television"
                            | "tv",
                            _,
                        ) => 2,
                        ("on", "social", "media")
                        | ("in", "a", "statement" | "video" | "post" | "interview") => 3,
                        _ => usize::from(to_listener(v)),
                    };
                    // ("announced a new $250 million package for Ukraine on Friday": the day
                    // closing the verb's own clause)
                    let closes_clause = |v0: usize, v1: usize| {
                        matches!(
                            doc.lw(v0),
                            "announced" | "unveiled" | "presented" | "proposed" | "pledged"
                        ) && t0 > v1
                            && doc.is_word(t0.saturating_sub(1), "on")
                            && !(v1..t0).any(|x| {
                                matches!(doc.word(x), "," | ";" | ":" | "\"" | "“")
                                    || doc.is_word(x, "that")
                            })
                    };
                    t.start.is_some()
                        && verbs.iter().any(|&(v0, v1)| {
                            t0 >= v1 && t0 <= v1 + 1 + channel(v1)
                                || t1 == v0 && doc.is_word(t0.saturating_sub(1), "on")
                                || closes_clause(v0, v1)
                        })
                })
            });
        ev.when = when_from(doc, said_on, &mut ev.evidence);
        ev.acled = Some(acled(&ev));
        out.push(ev);
    }
}

/// People named in sentence `s`, in order (indices into `doc.persons`).
fn people_in(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = title_refs(ex, doc, s);
    for (pi, p) in doc.persons.iter().enumerate() {
        // (two people of one family name, "Li Qiang" and "Li Hui", are told apart by the
        // word after it)
        let family_first = p.name.split_whitespace().next() == Some(p.surname.as_str());
        let shared = family_first
            && doc
                .persons
                .iter()
                .filter(|q| q.surname == p.surname)
                .nth(1)
                .is_some();
        let after = p.name.split_whitespace().nth(1);
        if let Some(t) = (s.t0..s.t1).find(|&t| {
            without_possessive(doc.word(t)) == p.surname
                && (!shared || after.is_some_and(|a| without_possessive(doc.word(t + 1)) == a))
                && !quoted_at(doc, s, t)
        }) && !found.iter().any(|x| x.1 == pi)
        {
            found.push((t, pi));
        }
    }
    found.sort();
    found.into_iter().map(|x| x.1).collect()
}

/// The people sentence `s` names by country and title only, "the Ukrainian president",
/// "the Danish minister", "his Finnish counterpart": each the person of that country, with
/// such a title, named last before the sentence (token, person).
fn title_refs(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for t in s.t0..s.t1 {
        if !matches!(doc.lw(t), "the" | "his" | "her") {
            continue;
        }
        let Some(code) = doc
            .sent_matches(s)
            .iter()
            .find(|m| m.class == Class::Country && doc.token_from(m.start) == t + 1)
            .map(|m| ex.lexicons.label(m))
        else {
            continue;
        };
        let title = doc.lw(t + 2);
        let counterpart = doc.lw(t) != "the" && title == "counterpart";
        // (a party to the talks, not one spoken of: "on ways to pressure the Russian
        // president"; nor a title before the name it introduces: "his Lithuanian counterpart
        // Ingrida Simonyte")
        let party = t == s.t0
            || matches!(
                doc.lw(t - 1),
                "with" | "and" | "met" | "by" | "," | "received" | "hosted"
            ) && !(t >= s.t0 + 2 && matches!(doc.lw(t - 2), "on" | "about" | "to" | "pressure"));
        // (or in apposition: "her Ukrainian counterpart, Dmytro Kuleba")
        let named_after = doc.word(t + 3).starts_with(|c: char| c.is_uppercase())
            || doc.word(t + 3) == "," && doc.word(t + 4).starts_with(|c: char| c.is_uppercase());
        if !party || named_after {
            continue;
        }
        if !counterpart
            && !matches!(
                title,
                "president" | "minister" | "chancellor" | "leader" | "premier" | "prime"
            )
        {
            continue;
        }
        let before = doc.persons.iter().enumerate().filter(|(pi, p)| {
            p.span.end <= s.span.start
                // (not one who held the office before: "former president Petro Poroshenko")
                && !doc
                    .text
                    .get(p.span.start.saturating_sub(40)..p.span.start)
                    .is_some_and(|b| {
                        let b = b.to_ascii_lowercase();
                        b.contains("former") || b.contains("ex-")
                    })
                && participant(ex, doc, *pi).country.as_deref() == Some(code)
                && (counterpart
                    || p.role
                        .as_deref()
                        .is_some_and(|r| r.to_ascii_lowercase().contains(title)))
        });
        if let Some((pi, _)) = before.max_by_key(|(_, p)| p.span.start) {
            out.push((t, pi));
        }
    }
    out
}

fn participant(ex: &Extractor, doc: &Doc, pi: usize) -> Participant {
    let p = &doc.persons[pi];
    let country = p.country.clone().or_else(|| {
        // "the self-proclaimed president of Belarus", "Ukrainian Infrastructure Minister":
        // the first country word of the role (countries.tsv)
        let role = p.role.as_deref()?;
        ex.lexicons
            .scan(role)
            .iter()
            .find(|m| m.class == Class::Country)
            .map(|m| ex.lexicons.label(m).to_string())
    });
    Participant {
        name: p.name.clone(),
        role: p.role.clone(),
        country,
    }
}

/// The first place named in sentence `s` where something was held or signed.
fn venue(ex: &Extractor, doc: &Doc, s: &Sent) -> Option<(Place, Span)> {
    // a name the gazetteer does not know ("the Elysee Palace") is no venue; the city
    // named after it may be ("at the Elysee Palace in Paris")
    s.places
        .iter()
        // ("Kyiv's allies met at Ramstein": whose allies, not where)
        // ("opposed sending weapons to Kyiv": where something goes, unless one travels there)
        .filter(|p| {
            let to = doc.is_word(p.t0.saturating_sub(1), "to")
                && !matches!(
                    doc.lw(p.t0.saturating_sub(2)),
                    "came"
                        | "travelled"
                        | "traveled"
                        | "arrived"
                        | "trip"
                        | "visit"
                        | "went"
                        | "flew"
                        | "journey"
                );
            // ("signed a memorandum under which Denmark will finance lyceums in Kupiansk":
            // what the deal is about, told in its clause)
            let under_which = (s.t0 + 1..p.t0).any(|t| {
                matches!(doc.lw(t), "which" | "whereby")
                    && doc.is_word(t - 1, "under")
                    && !(t..p.t0).any(|x| matches!(doc.word(x), "," | ";" | "—" | "–"))
            });
            if under_which {
                return false;
            }
            // ("speaking in Ankara after talks with Erdogan": where the speaker is)
            let speaking_in = p.role == PlaceRole::Org
                && matches!(doc.lw(p.t0.saturating_sub(1)), "in" | "at")
                && doc.is_word(p.t0.saturating_sub(2), "speaking");
            (p.role == PlaceRole::Event || speaking_in)
                && matches!(
                    p.kind,
                    PlaceKind::Settlement | PlaceKind::Ref(RefKind::Capital)
                )
                && !sitrep_text::is_possessive(p.span.text(doc.text))
                && !to
        })
        .find_map(|m| {
            // ("arrived in the Ukrainian capital": Kyiv)
            if m.kind == PlaceKind::Ref(RefKind::Capital) {
                let mut kyiv = m.clone();
                kyiv.name = "Kyiv".into();
                kyiv.kind = PlaceKind::Settlement;
                resolved(ex, doc, &kyiv)
            } else {
                resolved(ex, doc, m)
            }
        })
        // (else an oblast: "visited brigades in Kharkiv Oblast", "the exchange took place on
        // the border in Sumy Oblast")
        .or_else(|| {
            s.places.iter().find_map(|p| match p.kind {
                // (where they were, not what was discussed: "visited brigades in Kharkiv
                // Oblast", not "to discuss the offensive in Kharkiv Oblast")
                PlaceKind::Region(r)
                    if p.role == PlaceRole::Event
                        && !p.plural
                        && p.t0 >= s.t0 + 2
                        && matches!(doc.lw(p.t0 - 1), "in" | "at")
                        && matches!(
                            doc.lw(p.t0 - 2),
                            "met"
                                | "meeting"
                                | "talks"
                                | "visited"
                                | "visit"
                                | "arrived"
                                | "held"
                                | "signed"
                                | "place"
                                | "brigades"
                                | "troops"
                                | "units"
                                | "border"
                                | "positions"
                                | ","
                        ) =>
                {
                    Some((
                        crate::assemble::oblast_place(r, p.span.text(doc.text)),
                        p.span,
                    ))
                }
                _ => None,
            })
        })
        // (else a seat that stands for its city: "held talks in the Kremlin", "met at the
        // White House")
        .or_else(|| {
            doc.sent_matches(s).iter().find_map(|m| {
                let t = doc.token_from(m.start);
                let at = |x: usize| x >= s.t0 && matches!(doc.lw(x), "in" | "at");
                let placed = t > s.t0
                    && (at(t - 1) || doc.is_word(t - 1, "the") && t >= s.t0 + 2 && at(t - 2));
                // (not a speaker: "officials at the White House said", "a source in the
                // Kremlin told reporters")
                let e = doc.token_from(m.end);
                let speaker = (t.saturating_sub(4).max(s.t0)..t).any(|x| {
                    matches!(
                        doc.lw(x),
                        "official"
                            | "officials"
                            | "source"
                            | "sources"
                            | "aide"
                            | "aides"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                    )
                }) || doc
                    .match_at(e, |x| is(x, ex.cues.report) || is(x, ex.cues.claim))
                    .is_some();
                if m.class != Class::Venue || !placed || speaker {
                    return None;
                }
                let city = PlaceMention {
                    span: Span::new(m.start, m.end),
                    name: ex.lexicons.label(m).to_string(),
                    kind: PlaceKind::Settlement,
                    role: PlaceRole::Event,
                    t0: t,
                    t1: doc.token_from(m.end),
                    list: usize::MAX,
                    hint: None,
                    hint_area: None,
                    plural: false,
                };
                resolved(ex, doc, &city)
            })
        })
}

/// The place of the wire dateline opening the article ("RIYADH, Saudi Arabia (AP) —"):
/// where a signing the text gives no venue for took place.
fn dateline_venue(ex: &Extractor, doc: &Doc) -> Option<(Place, Span)> {
    resolved(ex, doc, &dateline_city(ex, doc)?)
}

/// The place a mention resolves to in the gazetteer, with the mention's span.
fn resolved(ex: &Extractor, doc: &Doc, m: &PlaceMention) -> Option<(Place, Span)> {
    let r = resolve(&ex.gazetteer, m, None, None, &[])?;
    let place = Place {
        name: r.name.clone(),
        admin1: r.admin1.clone(),
        admin2: r.admin2.clone(),
        admin3: r.admin3.clone(),
        country: Some(r.country.clone()),
        lat: r.lat,
        lon: r.lon,
        precision: r.coord.or(Some(Precision::Settlement)),
        mention: Some(m.span.text(doc.text).to_string()),
        code: Some(r.code.clone()),
    };
    Some((place, m.span))
}

/// Whether sentence `s` speaks of the parties as a group: "the two leaders", "both
/// presidents", "the ministers", "the sides".
fn parties_named(doc: &Doc, s: &Sent) -> bool {
    // ("The two signed an agreement", "They signed a memorandum")
    doc.is_word(s.t0, "they")
        || doc.is_word(s.t0, "the") && doc.is_word(s.t0 + 1, "two")
        || (s.t0..s.t1).any(|t| {
            matches!(doc.lw(t), "two" | "both" | "the")
                && matches!(
                    doc.lw(t + 1),
                    "leaders"
                        | "presidents"
                        | "ministers"
                        | "sides"
                        | "parties"
                        | "delegations"
                        | "heads"
                )
        })
}

/// Whether the meeting or signing cue starting at byte `cue_start` of sentence `s` is
/// one to come or one denied: "will hold talks", "the upcoming meeting", "talks …,
/// scheduled for Monday", "no grounds yet for a meeting", "No meeting … took place".
fn upcoming(ex: &Extractor, doc: &Doc, s: &Sent, cue_start: usize) -> bool {
    let t = doc.token_from(cue_start);
    let clause_from = (s.t0..t)
        .rev()
        .find(|&k| matches!(doc.word(k), "," | ";" | ":"))
        .map_or(s.t0, |k| k + 1);
    doc.sent_matches(s).iter().any(|m| {
        let mt = doc.token_from(m.start);
        // (or anywhere before a gathering's noun in its clause when it opens a verb of
        // meeting: "are expected to meet again on the sidelines of the NATO summit")
        let far_meet = mt >= clause_from
            && matches!(
                doc.lw(doc.token_from(m.end)),
                "meet" | "hold" | "attend" | "visit"
            )
            && matches!(
                doc.lw(t),
                "summit" | "meeting" | "talks" | "negotiations" | "sidelines"
            );
        is(m, ex.cues.future)
            && ((mt + 6 >= t || far_meet) && m.start < cue_start + 1
                // (a date it is set for, told after it)
                || mt > t
                    && mt <= t + 5
                    && doc.lower_at(m.start, m.end).ends_with(" for")
                // ("A meeting between Zelenskiy and Trump at the White House was being
                // prepared": the meeting the clause goes on to tell as to come)
                || mt > t
                    && mt <= t + 16
                    && matches!(doc.lw(t), "meeting" | "talks" | "summit" | "negotiations")
                    && matches!(
                        doc.lower_at(m.start, m.end),
                        "being prepared" | "not yet been confirmed" | "is scheduled" | "is expected to" | "planned for" | "scheduled for"
                    )
                    && !(t..mt).any(|k| matches!(doc.word(k), "," | ";" | ":")))
    }) || (t.saturating_sub(3)..t)
        .any(|k| matches!(doc.lw(k), "not" | "upcoming" | "next" | "planned"))
        || (t.saturating_sub(6).max(clause_from)..t).any(|k| matches!(doc.lw(k), "no" | "never"))
}

/// One meeting being read: who took part, where, when and which sentences tell it.
#[derive(Default)]
struct Meeting<'d> {
    /// Index of the first sentence that tells it.
    first: usize,
    participants: Vec<usize>,
    place: Option<(Place, Span)>,
    evidence: Vec<Evidence>,
    time: Option<&'d TimeExpr>,
    /// Its place is settled: told as a call, which has no venue, or (an agreement) named
    /// in its own sentence.
    settled: bool,
    /// An exchange of prisoners carried out: an agreement kept, whose parties are states
    /// and may name no person.
    exchange: bool,
}

impl Meeting<'_> {
    /// Adds the people told taking part, each once, in the order told.
    fn join(&mut self, people: Vec<usize>) {
        for p in people {
            if !self.participants.contains(&p) {
                self.participants.push(p);
            }
        }
    }
}

/// The token of the meeting cue starting at byte `talks_at` (the sentence's end when
/// there is none).
fn talks_tok(doc: &Doc, talks_at: usize, s: &Sent) -> usize {
    if talks_at == usize::MAX {
        s.t1
    } else {
        doc.token_from(talks_at).min(s.t1)
    }
}

/// The people sentence `s` tells as heads of a delegation: "Rustem Umerov, who led the
/// Ukrainian delegation", "The Ukrainian side was led by Andriy Yermak", "Marco Rubio
/// headed the U.S. delegation", "a delegation led by Vladimir Medinsky".
fn delegation_heads(ex: &Extractor, doc: &Doc, s: &Sent) -> Vec<usize> {
    let lead = |t: usize| matches!(doc.lw(t), "led" | "headed" | "leads" | "heads" | "chaired");
    let party = |t: usize| matches!(doc.lw(t), "delegation" | "team" | "side");
    let mut out = Vec::new();
    // (the people of the sentence with where each is named, found once)
    let mut near: Option<Vec<(usize, usize)>> = None;
    for t in s.t0..s.t1 {
        if !lead(t) {
            continue;
        }
        // "led the (Ukrainian) delegation": the person before the verb
        let object = (t + 1..(t + 8).min(s.t1)).any(party);
        // "delegation (was) led by X": the person after "by"
        let passive = doc.is_word(t + 1, "by") && (t.saturating_sub(3).max(s.t0)..t).any(party);
        if !passive && !object {
            continue;
        }
        let near = near.get_or_insert_with(|| {
            people_in(ex, doc, s)
                .into_iter()
                .filter_map(|pi| {
                    let surname = &doc.persons[pi].surname;
                    (s.t0..s.t1)
                        .find(|&x| without_possessive(doc.word(x)) == surname)
                        .map(|x| (x, pi))
                })
                .collect()
        });
        let head = if passive {
            near.iter()
                .filter(|x| x.0 > t && x.0 <= t + 6)
                .min_by_key(|x| x.0)
        } else if object {
            near.iter()
                .filter(|x| x.0 < t && t - x.0 <= 8)
                .max_by_key(|x| x.0)
        } else {
            None
        };
        if let Some(&(_, pi)) = head
            && !out.contains(&pi)
        {
            out.push(pi);
        }
    }
    out
}

/// Whether sentence `s` (`people` in it, `own` its venue) tells another meeting than
/// `m`: held somewhere else ("met Scholz in Berlin … met Macron in Paris"), or on
/// another day told in the sentence with someone new ("On Sunday, he met Macron").
fn another_meeting(
    doc: &Doc,
    m: &Meeting,
    s: &Sent,
    people: &[usize],
    own: Option<&(Place, Span)>,
) -> bool {
    let elsewhere = match (own, &m.place) {
        (Some((a, _)), Some((b, _))) => a.code != b.code,
        _ => false,
    };
    let someone_new = people.iter().any(|p| !m.participants.contains(p));
    let other_day = match (s.times.iter().find(|t| t.explicit), m.time) {
        (Some(a), Some(b)) => a.start.is_some() && b.start.is_some() && a.start != b.start,
        _ => false,
    };
    // ("Vice President Kamala Harris met Zelensky separately")
    // ("Zelensky also met Bulgarian President Rumen Radev")
    // ("Later in the day, Blinken held separate talks with Kuleba")
    let apart = (s.t0..s.t1).any(|t| {
        doc.is_word(t, "separately")
            || doc.is_word(t, "separate")
                && matches!(
                    doc.lw(t + 1),
                    "talks" | "meeting" | "meetings" | "bilateral"
                )
            || doc.is_word(t, "also")
                && matches!(doc.lw(t + 1), "met" | "meets" | "held" | "talked" | "spoke")
            // ("Later, the Polish president met Prime Minister Denys Shmyhal")
            || t == s.t0 && doc.is_word(t, "later")
    });
    // ("On Monday, Zelensky met the crown prince": none of its people at the talks told,
    // on a day of its own)
    let others_on_a_day = !m.participants.is_empty()
        && people.len() >= 2
        && people.iter().all(|p| !m.participants.contains(p))
        && s.times.iter().any(|t| t.explicit);
    someone_new && (elsewhere || other_day || apart || others_on_a_day)
}

/// The meetings the article reports held, in the order told.
fn meetings<'d>(ex: &Extractor, doc: &'d Doc) -> Vec<Meeting<'d>> {
    let cues = &ex.cues;
    let mut found: Vec<Meeting<'d>> = Vec::new();
    // what the sentences before the first meeting's people tell of it
    let mut told_before = Meeting::default();
    // the city a conference or summit opened in, for the meetings after it with no venue
    // of their own
    let mut gathering_place: Option<(Place, Span)> = None;
    // talks between delegations told with no person ("Ukrainian and Russian delegations
    // met in Istanbul"), joined by the heads the sentences after it name
    let mut delegations: Option<Meeting<'d>> = None;
    for (k, s) in doc.sents.iter().enumerate().filter(|(_, s)| !s.backref) {
        // (not the heads of talks still to come: "a U.S. team headed by Witkoff will hold
        // separate talks")
        let talks_to_come = has(doc, s, cues.future) && has(doc, s, cues.meeting);
        if let Some(d) = delegations.as_mut().filter(|_| !talks_to_come) {
            let heads = delegation_heads(ex, doc, s);
            if !heads.is_empty() {
                d.evidence.push(Evidence {
                    field: "participants".into(),
                    start: s.span.start,
                    end: s.span.end,
                });
                d.join(heads);
            }
        }
        let mut people = people_in(ex, doc, s);
        // "Blinken arrived in Kyiv. He met President Zelensky": the pronoun is the one
        // person the sentence before named
        if people.len() == 1
            && matches!(doc.lw(s.t0), "he" | "she")
            && let Some(prev) = k.checked_sub(1).map(|j| &doc.sents[j])
            && let [one] = people_in(ex, doc, prev)[..]
            && one != people[0]
        {
            people.insert(0, one);
        }
        // "The two leaders held talks …": the people (and venue) of the sentence before
        // that named two
        let mut named_before: Option<&Sent> = None;
        // (a modal after the talks is another clause's: "held talks on how the Netherlands
        // could help")
        let ms = doc.sent_matches(s);
        let talks_at = ms
            .iter()
            .find(|m| is(m, cues.meeting))
            .map_or(usize::MAX, |m| m.start);
        let modal_first = ms.iter().any(|m| is(m, cues.future) && m.start < talks_at);
        // ("held talks with Erdogan and said a delegation headed by Umerov would travel to
        // Istanbul": who is named in what a participant said after the talks is not at them)
        if let Some(said) = ms
            .iter()
            .filter(|m| is(m, cues.report) && m.start > talks_at)
            .map(|m| doc.token_from(m.start))
            .filter(|&t| t > s.t0 && doc.is_word(t - 1, "and"))
            .min()
        {
            let titled = title_refs(ex, doc, s);
            people.retain(|&pi| {
                let surname = &doc.persons[pi].surname;
                (s.t0..said).any(|t| without_possessive(doc.word(t)) == surname)
                    || titled.iter().any(|x| x.1 == pi && x.0 < said)
            });
        }
        if people.len() < 2 && parties_named(doc, s) && !modal_first {
            if let Some((x, before)) = doc.sents[..k]
                .iter()
                .rev()
                .take(2)
                .map(|x| (x, people_in(ex, doc, x)))
                .find(|(_, p)| p.len() >= 2)
            {
                people = before;
                named_before = Some(x);
            }
        }
        // "Biden convened an emergency meeting of G7 leaders in Bali. Sunak and Scholz were
        // among those attending.": who attended the meeting just told
        let prev_cue = k
            .checked_sub(1)
            .map(|j| &doc.sents[j])
            .filter(|x| !x.backref)
            .and_then(|x| {
                doc.sent_matches(x)
                    .iter()
                    .find(|m| is(m, cues.meeting))
                    .map(|m| (x, m))
            });
        let attendance = (s.t0..s.t1).any(|t| {
            matches!(
                doc.lw(t),
                "attending" | "attended" | "attendees" | "participants"
            )
        });
        let attended = prev_cue.filter(|_| attendance);
        if let Some((x, _)) = attended {
            // the meeting's own people first, then those who attended it
            let mut all = people_in(ex, doc, x);
            all.extend(
                people
                    .iter()
                    .copied()
                    .filter(|p| !all.contains(p))
                    .collect::<Vec<_>>(),
            );
            people = all;
        }
        let attended = attended.filter(|_| people.len() >= 2);
        // ("The fourth Ukraine Recovery Conference, URC2025, opened in Rome on Thursday. Before
        // the opening session, Zelensky met Meloni": the gathering's city, told before its
        // people)
        if found.is_empty() && gathering_place.is_none() {
            let gathering = (s.t0..s.t1).any(|t| {
                matches!(doc.lw(t), "conference" | "summit" | "forum")
                    && (t + 1..(t + 6).min(s.t1)).any(|u| {
                        matches!(doc.lw(u), "opened" | "opens" | "began" | "begins")
                            && doc.is_word(u + 1, "in")
                    })
            });
            if gathering && !has(doc, s, cues.future) {
                gathering_place = venue(ex, doc, s);
            }
        }
        // "received", "hosted": a meeting only between two people named with it
        let Some(cue) = doc
            .sent_matches(s)
            .iter()
            .find(|m| is(m, cues.meeting) || is(m, cues.hosting) && people.len() >= 2)
            .or(attended.map(|(_, m)| m))
        else {
            continue;
        };
        if let Some((x, _)) = attended {
            named_before = Some(x);
        }
        // "The meeting is expected to be followed by talks in Berlin": the sentence is
        // about what is to come
        if upcoming(ex, doc, s, cue.start) || has(doc, s, cues.future) && people.len() < 2 {
            continue;
        }
        // a call has no venue: its place stays null
        // (nor do the sentences after it: "They discussed the conference opening in Berlin")
        let call = ["call", "phone", "telephone", "video"]
            .iter()
            .any(|w| doc.lower_at(cue.start, cue.end).contains(w));
        // (nor has a trip to come: "Zelenskyy is due in Oslo on Wednesday for a summit";
        // a modal of another clause does not count)
        let trip_to_come = ms.iter().any(|m| {
            is(m, cues.future)
                && m.start < talks_at
                && !(doc.token_from(m.end)..doc.token_from(talks_at))
                    .any(|t| matches!(doc.word(t), "," | ";"))
        });
        let own = if call || trip_to_come {
            None
        } else {
            venue(ex, doc, s)
        };
        if people.len() < 2
            && delegations.is_none()
            && (s.t0..talks_tok(doc, talks_at, s))
                .any(|t| matches!(doc.lw(t), "delegations" | "teams"))
        {
            let mut d = Meeting {
                first: k,
                place: own.clone(),
                time: s.times.first(),
                settled: call,
                ..Meeting::default()
            };
            d.join(people.clone());
            delegations = Some(d);
        }
        let new = match found.last() {
            None => people.len() >= 2,
            Some(m) => people.len() >= 2 && another_meeting(doc, m, s, &people, own.as_ref()),
        };
        if found.is_empty() && !new {
            // "A meeting was held in Lviv. Zelensky, Erdogan and Guterres talked about …":
            // the venue told before the people
            told_before.settled |= call;
            if told_before.place.is_none() && !told_before.settled {
                told_before.place = own;
            }
            continue;
        }
        if new {
            let before = std::mem::take(&mut told_before);
            // (a later meeting told with no venue of its own, not by phone: "Zelensky also
            // met President Radev" is held where the one before was)
            let place = match found.last() {
                // (the sentence's own venue wins over one told before the people: "Zelensky,
                // who was in Tirana for the summit, held talks with Macron")
                None if own.as_ref().is_some_and(|(_, sp)| {
                    let t = doc.token_from(sp.start);
                    doc.is_word(t.saturating_sub(1), "in")
                        && matches!(doc.lw(t.saturating_sub(2)), "was" | "is" | "were" | "are")
                }) =>
                {
                    None
                }
                None => before.place,
                Some(m) if own.is_none() && !call => m.place.clone(),
                Some(_) => None,
            };
            found.push(Meeting {
                first: k,
                settled: found.is_empty() && before.settled,
                place,
                ..Meeting::default()
            });
        }
        let Some(m) = found.last_mut() else {
            continue;
        };
        m.settled |= call;
        if m.place.is_none() && !m.settled {
            // ("Sunak arrived in Kyiv on Friday. Sunak and Zelensky held talks at the
            // Mariinskyi Palace.": the city one of them came to, just before)
            m.place = own
                .or_else(|| named_before.and_then(|x| venue(ex, doc, x)))
                // (in a sentence of the paragraphs just before: "Blinken arrived in Kyiv
                // by train. ¶ Blinken first met President Zelensky …")
                .or_else(|| {
                    doc.sents[k.saturating_sub(3)..k]
                        .iter()
                        .rev()
                        .filter(|x| !x.backref)
                        .find_map(|prev| {
                            let arrived = (prev.t0..prev.t1).any(|t| {
                                matches!(
                                    doc.lw(t),
                                    "arrived" | "visited" | "visiting" | "visit" | "trip"
                                )
                            });
                            (arrived && people_in(ex, doc, prev).iter().any(|p| people.contains(p)))
                                .then(|| venue(ex, doc, prev))
                                .flatten()
                        })
                })
                // (not one held by video: "Speaking via video link, Zelensky held talks")
                .or_else(|| {
                    let told = s.span.text(doc.text).to_ascii_lowercase();
                    let remote = ["video", "phone", "online", "virtual"]
                        .iter()
                        .any(|w| told.contains(w));
                    gathering_place.clone().filter(|_| !remote)
                });
        }
        if people.len() >= 2 {
            if m.time.is_none() {
                m.time = s.times.first();
            }
            m.join(people);
            m.evidence.push(Evidence {
                field: "participants".into(),
                start: s.span.start,
                end: s.span.end,
            });
        }
    }
    if let Some(d) = delegations.filter(|d| d.participants.len() >= 2)
        && !found
            .iter()
            .any(|m| d.participants.iter().all(|p| m.participants.contains(p)))
    {
        let at = found.partition_point(|m| m.first <= d.first);
        found.insert(at, d);
    }
    found.retain(|m| m.participants.len() >= 2);
    // ("BRUSSELS, Feb 12 (Reuters) - Ukraine's allies met at NATO headquarters": a meeting
    // the text gives no city for is in the city of the wire dateline)
    // (not for a call or a summit's sidelines: "held talks via video link", "on the
    // sidelines of the NATO summit")
    for m in found.iter_mut().filter(|m| m.place.is_none() && !m.settled) {
        let told = doc.sents.get(m.first).map_or("", |x| x.span.text(doc.text));
        let elsewhere = ["video", "phone", "sidelines", "summit", "online", "virtual"]
            .iter()
            .any(|w| told.to_ascii_lowercase().contains(w));
        if !elsewhere {
            m.place = dateline_venue(ex, doc);
        }
    }
    found
}

/// Writes the article's meetings or agreements (`kind`) as events, those with
/// participants; the first keeps the kind as its key, a later one is keyed by its first
/// sentence.
fn write_gatherings(
    ex: &Extractor,
    doc: &Doc,
    report: &str,
    kind: Kind,
    found: &[Meeting],
    out: &mut Vec<Event>,
) {
    for (i, m) in found
        .iter()
        .filter(|m| !m.participants.is_empty() || m.exchange)
        .enumerate()
    {
        let mut ev = Event::new(kind, Scope::Incident, report);
        ev.id = if i == 0 {
            id_for(report, kind, kind.as_str())
        } else {
            id_for(report, kind, &format!("{}@{}", kind.as_str(), m.first))
        };
        ev.participants = m
            .participants
            .iter()
            .map(|&p| participant(ex, doc, p))
            .collect();
        if let Some((p, span)) = &m.place {
            ev.place = Some(p.clone());
            ev.evidence.push(Evidence {
                field: "place".into(),
                start: span.start,
                end: span.end,
            });
        }
        ev.evidence.extend(m.evidence.iter().cloned());
        ev.when = when_from(doc, m.time.or(doc.period.as_ref()), &mut ev.evidence);
        ev.acled = Some(acled(&ev));
        out.push(ev);
    }
}

/// Writes the agreements the article reports reached: one per signing, a later signing
/// told elsewhere or on another day with other parties being another agreement.
fn agreement(ex: &Extractor, doc: &Doc, report: &str, meetings: &[Meeting], out: &mut Vec<Event>) {
    let cues = &ex.cues;
    let verbs = [
        "agreed",
        "signed",
        "inked",
        "put their signatures",
        "will jointly",
        "decided jointly",
        "reached an agreement",
        "reached agreement",
        "concluded an agreement",
        // ("adopted a joint declaration")
        "adopted",
        // a prisoner exchange carried out: an agreement kept (ACLED's Agreement)
        "carried out a",
        "carried out an",
        "conducted a",
        "held a prisoner",
        "exchanged prisoners",
        "swapped prisoners",
        // ("The exchange took place on the border in Sumy Oblast": where it was)
        "exchange took place",
        "swap took place",
    ];
    let mut found: Vec<Meeting> = Vec::new();
    for (k, s) in doc.sents.iter().enumerate().filter(|(_, s)| !s.backref) {
        let Some(cue) = doc.sent_matches(s).iter().find(|m| {
            // (compared in place: this runs for every match of every sentence)
            let w = doc.text.as_bytes().get(m.start..m.end).unwrap_or_default();
            is(m, cues.agreement)
                && verbs.iter().any(|v| {
                    w.get(..v.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(v.as_bytes()))
                })
        }) else {
            continue;
        };
        // ("signed decrees imposing sanctions", "signed the law"): one side's act, no
        // agreement
        let ce = doc.token_from(cue.end);
        let unilateral = (ce..(ce + 3).min(s.t1)).any(|k| {
            matches!(
                doc.lw(k),
                "decree" | "decrees" | "law" | "laws" | "bill" | "bills" | "order" | "orders"
            )
        });
        // (an exchange is one of the day told: not "have exchanged prisoners several times
        // since 2022", "last exchanged prisoners in February")
        let cue_words = doc.lower_at(cue.start, cue.end);
        let old_exchange = (cue_words.contains("prisoner") || cue_words.contains("exchange"))
            && ((doc.token_from(cue.start).saturating_sub(2)..doc.token_from(cue.start))
                .any(|k| matches!(doc.lw(k), "have" | "has" | "last" | "had"))
                || (s.t0..s.t1).any(|k| matches!(doc.lw(k), "since" | "times")));
        if unilateral
            || old_exchange
            || upcoming(ex, doc, s, cue.start)
            || (doc.token_from(cue.start).saturating_sub(2)..doc.token_from(cue.start))
                .any(|k| doc.is_word(k, "did") || doc.is_word(k, "not"))
        {
            continue;
        }
        // the meeting this sentence is told in: the last one begun by here
        let meeting = meetings
            .iter()
            .rev()
            .find(|m| m.first <= k)
            .or(meetings.first());
        let mut people = people_in(ex, doc, s);
        // "we signed", "the two leaders signed", "the sides agreed": the parties of the meeting
        let parties = (s.t0..s.t1).any(|t| doc.is_word(t, "we")) || parties_named(doc, s);
        if people.len() < 2
            && parties
            && let Some(m) = meeting
        {
            people = m.participants.clone();
        }
        // ("agreed to hold the next meeting in Vilnius", "agreed that embassies in
        // Washington and Moscow reopen": what was agreed, not where; only a place told
        // before the verb is the venue then)
        let cue_text = doc.lower_at(cue.start, cue.end);
        let content_after = cue_text.ends_with(" to")
            || cue_text.ends_with(" that")
            || (ce..(ce + 4).min(s.t1)).any(|k| matches!(doc.lw(k), "to" | "that"));
        // (the places of an exchange's sentence are the prisoners' — "defenders of
        // Mariupol" — not where it took place)
        let own = venue(ex, doc, s)
            .filter(|(_, sp)| !content_after || sp.end <= cue.start)
            .filter(|_| !cue_text.contains("prisoner"));
        // (a signing told after another meeting, held elsewhere, is another agreement:
        // "… met Scholz in Berlin, after which the two leaders signed … Macron received
        // Zelensky in Paris. After the meeting, the two presidents signed an agreement.")
        let meeting_of = |k: usize| meetings.iter().rposition(|m| m.first <= k);
        let after_another_meeting = |a: &Meeting| {
            let (then, now) = (meeting_of(a.first), meeting_of(k));
            then != now
                && now.is_some_and(|n| {
                    matches!((&meetings[n].place, &a.place), (Some((x, _)), Some((y, _))) if x.code != y.code)
                })
        };
        let new = match found.last() {
            None => true,
            Some(a) => {
                !people.is_empty()
                    && (another_meeting(doc, a, s, &people, own.as_ref())
                        || after_another_meeting(a))
            }
        };
        if new {
            // (the place of a meeting told before it, else the dateline's: not that of a
            // meeting told later, "Speaking in Ankara after talks with Erdogan, …")
            let held_at = meetings
                .iter()
                .rev()
                .find(|m| m.first <= k)
                .and_then(|m| m.place.clone());
            found.push(Meeting {
                first: k,
                place: held_at.or_else(|| dateline_venue(ex, doc)),
                ..Meeting::default()
            });
        }
        let Some(a) = found.last_mut() else {
            continue;
        };
        if a.time.is_none() {
            a.time = s.times.first();
        }
        a.exchange |= cue_text.contains("prisoner");
        a.evidence.push(Evidence {
            field: "agreement".into(),
            start: s.span.start,
            end: s.span.end,
        });
        a.join(people);
        if own.is_some() && !a.settled {
            // the sentence's own venue wins over its meeting's
            a.place = own;
            a.settled = true;
        }
    }
    write_gatherings(ex, doc, report, Kind::Agreement, &found, out);
}
