//! Splitting a file into articles: a headline line followed by body paragraphs.
//!
//! A digest holds several articles. A paragraph starts a new article when it reads as
//! a headline: short, one sentence, not a quote or a labelled line ("Source:"), and it
//! shares at least two content words with the paragraph after it (a lead repeats its
//! headline). Headlines that end with a full stop must also read as headline-ese (no
//! leading article, pronoun or connective) and share three words. Short labels such
//! as "Kherson Oblast" (fewer than four words) are section headings, not articles.

use crate::sentence::sentences;
use sitrep_model::Span;

/// One article of a report file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The headline, when the article has one.
    pub title: Option<Span>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<Span>,
}

impl Article {
    /// From the headline (or first paragraph) to the end of the last paragraph.
    pub fn span(&self) -> Span {
        let start = self
            .title
            .or(self.paragraphs.first().copied())
            .map_or(0, |s| s.start);
        let end = self
            .paragraphs
            .last()
            .or(self.title.as_ref())
            .map_or(start, |s| s.end);
        Span::new(start, end)
    }
}

/// The longest word of [`STOP`]: longer words need no look-up.
const STOP_MAX_LEN: usize = 5;
const STOP: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "was", "were", "are", "has", "have",
    "had", "its", "their", "into", "over", "after", "about", "said", "says", "been", "will",
    "than", "also", "which", "who", "they", "them", "his", "her", "one", "all", "not", "but",
    "out", "off", "under",
];

/// The five-letter stems of the words of `text` (stop words left out), each packed
/// into an integer: no string per word.
fn stems(text: &str) -> impl Iterator<Item = u128> + '_ {
    stems_of(text, false)
}

/// The stems of `text`'s words; with `common`, of its lower-case words only (no names).
fn stems_of(text: &str, common: bool) -> impl Iterator<Item = u128> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(move |w| !common || w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| w.len() >= 3 || w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty())
        .filter(|w| w.len() > STOP_MAX_LEN || !STOP.iter().any(|s| s.eq_ignore_ascii_case(w)))
        .map(|w| {
            if w.is_ascii() {
                w.bytes()
                    .take(5)
                    .fold(0u128, |k, b| k << 21 | b.to_ascii_lowercase() as u128)
            } else {
                w.chars()
                    .flat_map(char::to_lowercase)
                    .take(5)
                    .fold(0u128, |k, c| k << 21 | c as u128)
            }
        })
}

/// How many distinct stems of the (short) headline `a` occur in `b`: `b` is read
/// once, its stems looked up among the headline's, never collected.
fn overlap(a: &str, b: &str) -> usize {
    overlap_of(a, b, false)
}

/// [`overlap`] counting, with `common`, only the headline's lower-case words.
fn overlap_of(a: &str, b: &str, common: bool) -> usize {
    let mut sa: Vec<u128> = stems_of(a, common).collect();
    sa.sort_unstable();
    sa.dedup();
    let mut seen = vec![false; sa.len()];
    for st in stems(b) {
        if let Ok(i) = sa.binary_search(&st) {
            seen[i] = true;
        }
    }
    seen.iter().filter(|&&x| x).count()
}

const NOT_HEADLINE_START: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "according",
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "these",
    "those",
    "there",
    "as",
    "over",
    "during",
    "later",
    "meanwhile",
    "also",
    "earlier",
    "recall",
    "however",
    "but",
    "and",
    "after",
    "since",
    "by",
    "with",
    "from",
    "for",
    "of",
    "to",
    "both",
    "some",
    "his",
    "her",
    "their",
    "its",
    "we",
    "i",
    "our",
    "another",
    "then",
    "when",
    "while",
    "among",
    "about",
    "around",
];

const LABELS: &[&str] = &[
    "source:",
    "sources:",
    "quote:",
    "details:",
    "update:",
    "background:",
    "read also",
    "photo",
    "video",
];

/// Whether paragraph `p` reads as a headline for the paragraph `next`. The cheap
/// word tests come first; sentence splitting and word overlap only for what passes.
fn is_headline(text: &str, p: Span, next: Span) -> bool {
    let s = p.text(text).trim();
    // (counting stops past the longest headline: a long paragraph is read no further)
    let words = s.split_whitespace().take(33).count();
    if !(4..=32).contains(&words) {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let last = s.chars().last().unwrap_or(' ');
    // (a headline may end with the quote it gives: 'Borrell in Kyiv: "Today's attack shows
    // why Ukraine needs more air defence"'; a quoted sentence ends with its stop inside)
    // (or quotes a phrase: 'Iskander hits Odesa port, governor calls it "cynical terror"')
    let quoted_headline = matches!(last, '"' | '”')
        && (s.contains(": \"") || s.contains(": “") || s.contains(" \"") || s.contains(" “"))
        && !matches!(s.chars().rev().nth(1), Some('.' | '!' | '?' | ','));
    if matches!(last, ':' | '"' | '”' | '»' | ',' | ';') && !quoted_headline {
        return false;
    }
    let lower = s.to_lowercase();
    if LABELS.iter().any(|l| lower.starts_with(l)) {
        return false;
    }
    let full_stop = matches!(last, '.' | '!' | '?');
    let next_text = next.text(text);
    // a wire dateline ("KURSK, September 18.", "ODESA, September 12 (Ukrinform) –") opens a
    // new article's body
    // (not a post's update label: "UPDATE, 15:10. …" goes on with the same report)
    let dateline = next_text.split(',').next().is_some_and(|w| {
        w.len() >= 3
            && w.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-')
            && !is_update_label(w.trim())
            && !matches!(w.trim(), "BREAKING" | "LIVE")
    });
    // (before a dateline, a short line is a headline however it is told: "Two truck
    // drivers injured in Izmail district.")
    if dateline && words <= 16 && sentences(text, p).len() == 1 && !s.contains(':') {
        return true;
    }
    // (a headline told as a sentence is short: "Six attacks … hit Bilenke and Prymorske,
    // and another 156 artillery strikes landed on …" is a paragraph of the report)
    if full_stop && (words > 24 || reads_as_sentence(&lower)) {
        return false;
    }
    if full_stop && s.contains(':') {
        return false;
    }
    if sentences(text, p).len() != 1 {
        return false;
    }
    let need = if dateline { 1 } else { 2 };
    if full_stop {
        // a lead is longer than its headline
        // and repeats words of it that are not names ("Six MLRS attacks hit Orikhiv
        // and Mala Tokmachka." before "136 artillery strikes … on Orikhiv, Mala
        // Tokmachka …" shares only names: one report's lines; "Artillery hit Orikhiv and
        // Huliaipole." before "… a shell hit her house in Orikhiv" shares one verb)
        let next_words = next_text.split_whitespace().count();
        next_words >= 12
            && next_words * 5 >= words * 6
            && overlap(s, next_text) >= need.max(3)
            && overlap_of(s, next_text, true) >= 2
    } else {
        overlap(s, next_text) >= need
    }
}

/// A digest's headline that shares only one word with its lead ("Nikopol area shelled
/// again, woman injured in Marhanets", "Zelensky meets Duda"): a short line with no final
/// stop, set apart by blank lines between a finished paragraph and a lead that ends with
/// one, which names something besides places.
fn digest_headline(text: &str, prev: Span, p: Span, next: Span) -> bool {
    let s = p.text(text).trim();
    let words = s.split_whitespace().count();
    let blank = |a: usize, b: usize| {
        text.get(a..b)
            .is_some_and(|gap| gap.matches('\n').count() >= 2)
    };
    let ends_body = |t: &str| t.trim_end().ends_with(['.', '"', '”', ')', '!', '?']);
    let next_text = next.text(text);
    (3..=20).contains(&words)
        && s.starts_with(|c: char| c.is_uppercase())
        && !s
            .trim_end_matches(['"', '”', '»', ')'])
            .ends_with(['.', '!', '?', ':', ',', ';'])
        && blank(prev.end, p.start)
        && blank(p.end, next.start)
        && ends_body(prev.text(text))
        && ends_body(next_text)
        && next_text.split_whitespace().count() >= 12
        && s.split(|c: char| !c.is_alphanumeric()).any(|w| {
            w.len() > 2
                && w.starts_with(|c: char| c.is_lowercase())
                && !matches!(
                    w,
                    "region" | "oblast" | "district" | "community" | "hromada" | "and" | "the"
                        | "situation" | "update" | "updates" | "front" | "axis" | "direction"
                )
        })
        && overlap(s, next_text) >= 1
        && !LABELS.iter().any(|l| s.to_lowercase().starts_with(l))
        // (not a photo caption: "Rescuers clear rubble in Kharkiv, June 10")
        && !s
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        // (told as a headline, not a section's name: "Prisoners of war", "The nuclear
        // plant" — a comma, a speaker's colon, a past participle or a verb after a name)
        && {
            let ws: Vec<&str> = s.split_whitespace().collect();
            s.contains([',', ':'])
                || ws.iter().any(|w| w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase()))
                || ws.windows(2).any(|p| {
                    p[0].starts_with(|c: char| c.is_uppercase())
                        && p[1].len() > 3
                        && p[1].ends_with('s')
                        && !p[1].ends_with("ss")
                        && p[1].starts_with(|c: char| c.is_lowercase())
                })
        }
}

/// Whether a paragraph ending in a full stop (`lower`, lower-cased) reads as a sentence
/// of a body rather than a headline: it opens with an article, a preposition or a
/// pronoun, or tells with an auxiliary or in the past ("Shelling killed one person and
/// injured three in Toretsk." is a roundup's sentence; a headline says "kills").
fn reads_as_sentence(lower: &str) -> bool {
    let first_word = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let auxiliaries = [
        " was ",
        " were ",
        " had ",
        " has ",
        " have ",
        " is ",
        " are ",
        " been ",
        " said ",
        " did ",
        " that ",
        " which ",
        " killed ",
        " injured ",
        " wounded ",
        " attacked ",
        " shelled ",
        " repelled ",
        " repulsed ",
        " launched ",
        " conducted ",
        " continued ",
        " carried out ",
        " took place ",
        " tried ",
        " struck ",
        // (past tenses a headline would tell in the present: "Drones targeted six
        // hromadas.")
        " targeted ",
        " destroyed ",
        " damaged ",
        " dropped ",
        " fired ",
        " came under ",
        " landed ",
    ];
    NOT_HEADLINE_START.contains(&first_word) || auxiliaries.iter().any(|a| lower.contains(a))
}

/// Whether `word` labels a post's update ("UPDATE, 15:10.", "Upd:"): what follows goes on
/// with the same report.
pub fn is_update_label(word: &str) -> bool {
    ["update", "updated", "upd"]
        .iter()
        .any(|l| word.eq_ignore_ascii_case(l))
}

/// Paragraphs of `text`: its non-blank lines.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(Span::new(pos + lead, pos + lead + trimmed.len()));
        }
        pos += line.len();
    }
    out
}

/// The articles of a report file, in order. A file with a single paragraph is one
/// article with no headline.
pub fn articles(text: &str) -> Vec<Article> {
    let paras = paragraphs(text);
    let mut out: Vec<Article> = Vec::new();
    if paras.is_empty() {
        return out;
    }
    // the first paragraph is a headline when more follow and it is short
    let first_words = paras[0].text(text).split_whitespace().count();
    // (not a sentence of a post with no headline: "Over the past day, the Russian army
    // struck Zaporizhzhia region 406 times.")
    let first = paras[0].text(text).trim();
    let first_is_title = paras.len() > 1
        && first_words <= 40
        && !(first.ends_with('.') && reads_as_sentence(&first.to_lowercase()))
        && sentences(text, paras[0]).len() == 1;
    let mut current = Article {
        title: None,
        paragraphs: Vec::new(),
    };
    let mut start = 0;
    if first_is_title {
        current.title = Some(paras[0]);
        start = 1;
    }
    for i in start..paras.len() {
        let p = paras[i];
        let starts_new = !current.paragraphs.is_empty()
            && i + 1 < paras.len()
            && (is_headline(text, p, paras[i + 1])
                || digest_headline(text, paras[i - 1], p, paras[i + 1]));
        // ("Ukraine war latest¶ Kyiv mourns victims of Monday's attack¶ Kyiv observed …": a
        // digest's own title, then the first article's headline, which heads the body)
        // (a headline told without a full stop, which the title line does not head)
        if current.paragraphs.is_empty()
            && let Some(title) = current.title
            && i + 1 < paras.len()
            && !p.text(text).trim_end().ends_with(['.', '!', '?'])
            && overlap(title.text(text), p.text(text)) < 2
            && is_headline(text, p, paras[i + 1])
        {
            current.title = Some(p);
            continue;
        }
        if starts_new {
            out.push(std::mem::replace(
                &mut current,
                Article {
                    title: Some(p),
                    paragraphs: Vec::new(),
                },
            ));
        } else {
            current.paragraphs.push(p);
        }
    }
    if !current.paragraphs.is_empty() || current.title.is_some() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_stop_word_is_longer_than_the_bound() {
        assert!(STOP.iter().all(|w| w.len() <= STOP_MAX_LEN));
    }

    #[test]
    fn digest_splits_on_headlines() {
        let t = "Drones hit Odesa port overnight\n\nRussian drones hit the port of Odesa overnight, officials said.\n\nNobody was hurt.\n\nKharkiv shelled 12 times, two people wounded\n\nRussian troops shelled Kharkiv 12 times on Monday, wounding two people.\n";
        let a = articles(t);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[0].title.unwrap().text(t),
            "Drones hit Odesa port overnight"
        );
        assert_eq!(a[0].paragraphs.len(), 2);
        assert_eq!(
            a[1].title.unwrap().text(t),
            "Kharkiv shelled 12 times, two people wounded"
        );
    }

    #[test]
    fn section_headings_and_sentences_stay_in_body() {
        let t = "Shelling roundup for Monday\n\nShelling went on across the south.\n\nKherson Oblast\n\nOne civilian was killed in the oblast.\n\nThe city of Kherson was shelled again.\n\nIn Kherson, the shelling damaged a school.\n";
        let a = articles(t);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].paragraphs.len(), 5);
    }

    #[test]
    fn a_line_sharing_only_names_with_the_next_is_no_headline() {
        let t = "Zaporizhzhia region shelled 210 times\n\nOver the past day, Russian troops struck 8 settlements of Zaporizhzhia region 210 times, the governor said.\n\nFour MLRS attacks hit Huliaipole and Mala Tokmachka.\n\n95 artillery strikes were recorded on the territories of Huliaipole, Orikhiv, Mala Tokmachka, Malokaterynivka and Stepnohirsk.\n";
        assert_eq!(articles(t).len(), 1);
        // (one shared verb is not enough; nor does a past tense open an article)
        let t = "Zaporizhzhia Oblast shelled 150 times\n\nRussian troops shelled the oblast 150 times over the past day, killing two people.\n\nArtillery hit Vasylivka and Stepnohirsk.\n\nA man was killed in Stepnohirsk, and a woman died in Vasylivka when a shell hit her yard.\n\nDrones targeted the Kamianske and Orikhiv hromadas.\n\nA drone attack on Orikhiv and Kamianske damaged two houses and a shop, and a drone hit a car.\n";
        assert_eq!(articles(t).len(), 1);
        let t = "Drones hit Odesa port overnight.\n\nRussian drones hit the port of Odesa overnight, damaging warehouses and a grain terminal, officials said.\n\nKharkiv hit twice, two hurt.\n\nRussian shells hit Kharkiv twice on Monday, and two people were hurt in the city, the mayor said.\n";
        assert_eq!(articles(t).len(), 2);
    }

    #[test]
    fn update_labels_in_any_case() {
        assert!(
            ["UPDATE", "Update", "UPD", "Updated"]
                .iter()
                .all(|w| is_update_label(w))
        );
        assert!(!is_update_label("UPDATES") && !is_update_label("KURSK"));
    }

    #[test]
    fn a_long_sentence_paragraph_is_no_headline() {
        // (a report's paragraph that shares words with the longer one after it)
        let t = "Zaporizhzhia region shelled 300 times\n\nOver the past day, Russian troops struck 11 settlements of Zaporizhzhia region 300 times, the governor said.\n\nFive attacks from rocket launchers hit Bilenke and Stepove, and another 120 artillery strikes hit the territory of Huliaipole, Orikhiv, Mala Tokmachka, Novodanylivka, Charivne and Zaliznychne.\n\nA 65-year-old man was hurt by artillery fire in Huliaipole. In Orikhiv, two houses were damaged by artillery strikes and rocket launchers, and in Mala Tokmachka a shop and a car were hit.\n";
        assert_eq!(articles(t).len(), 1);
    }

    #[test]
    fn a_digest_headline_sharing_one_word_with_its_lead_opens_an_article() {
        let t = "Missile hits Lutsk\n\nA Russian missile hit a building in Lutsk on Monday, the mayor said.\n\nNikopol area shelled again, woman injured in Marhanets\n\nRussian troops attacked Nikopol district ten times during the day, using artillery and drones, the governor said.\n\nZelensky meets Duda\n\nPresident Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Monday to discuss air defence.\n";
        assert_eq!(articles(t).len(), 3);
        // a section's name is no headline
        let t = "Leaders meet in Lviv: what they discussed\n\nOn August 18 the three leaders held a meeting in Lviv and talked about grain and prisoners.\n\nPrisoners of war\n\nThe Turkish leader pledged to continue his talks about prisoners of war and their exchange with both sides.\n";
        assert_eq!(articles(t).len(), 1);
    }

    #[test]
    fn a_headline_may_end_with_the_quote_it_gives() {
        let t = "Drones hit Odesa port overnight\n\nRussian drones hit the port of Odesa overnight, officials said.\n\nSybiha on the strike: \"Russia must answer for this terror\"\n\n\"Russia must answer for this terror against Odesa,\" Foreign Minister Andrii Sybiha wrote on X on Tuesday.\n";
        assert_eq!(articles(t).len(), 2);
        // a quoted sentence ends with its stop inside the quote: body
        let t = "Drones hit Odesa port overnight\n\nRussian drones hit the port of Odesa overnight, officials said.\n\nThe governor said: \"The port of Odesa was hit again.\"\n\nThe port of Odesa was hit again overnight, the port authority said.\n";
        assert_eq!(articles(t).len(), 1);
    }

    #[test]
    fn a_post_with_no_headline_keeps_its_first_sentence() {
        // a first line told as a sentence is the body's, not a headline
        let t = "Over the past day, the Russian army struck Kherson region 61 times.\n\nIn Beryslav, a man was wounded.\n";
        let a = articles(t);
        assert_eq!(a.len(), 1);
        assert!(a[0].title.is_none());
        assert_eq!(a[0].paragraphs.len(), 2);
        // a headline stays one
        let t = "Russian shelling kills man in Beryslav\n\nIn Beryslav, a man was killed by shelling.\n";
        assert!(articles(t)[0].title.is_some());
    }

    #[test]
    fn a_digest_title_and_headlines_before_datelines_and_quotes() {
        // a digest's title line, then each article's headline
        let t = "Morning briefing\n\nKharkiv mourns victims of Sunday's bomb strike\n\nKharkiv observed a day of mourning for the victims of Sunday's bomb strike on Monday.\n";
        let a = articles(t);
        assert_eq!(a.len(), 1);
        assert_eq!(
            a[0].title.map(|s| s.text(t)),
            Some("Kharkiv mourns victims of Sunday's bomb strike")
        );
        // a headline told as a sentence before a wire dateline; one ending in a quote
        let t = "Shelling kills woman in Nikopol.\n\nDNIPRO, May 3 (Ukrinform) – Russian artillery killed a woman in Nikopol on Friday, the governor said.\n\nTwo drivers injured in Izmail district.\n\nODESA, May 3 (Ukrinform) – Russian drones attacked Izmail district overnight, injuring two drivers.\n\nMissile hits Odesa, mayor calls it \"pure terror\"\n\nA Russian missile struck Odesa on Friday, injuring three people, the mayor said.\n";
        assert_eq!(articles(t).len(), 3);
    }

    #[test]
    fn single_paragraph_is_one_article() {
        let t =
            "On 1 May 2023, Russian forces shelled Kupiansk, Kharkiv region. Casualties unknown.\n";
        let a = articles(t);
        assert_eq!(a.len(), 1);
        assert!(a[0].title.is_none());
    }
}
