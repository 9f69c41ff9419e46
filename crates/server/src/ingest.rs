//! Turning a report's text into the store's [`ArticleInput`]s.
//!
//! The same steps as `sitrep ingest` for one file: split the text into articles,
//! extract events, and make each event's evidence offsets relative to its article's
//! text (the store keeps article texts, and offsets point into them).

use jiff::civil::Date;
use sitrep_extract::Extractor;
use sitrep_store::ArticleInput;
use sitrep_store::normalise::article_hash;

/// The articles of `text` with their events; `name` is the source name stored as
/// the article's path.
pub fn articles_of(ex: &Extractor, text: &str, name: &str, published: Option<Date>) -> Vec<ArticleInput> {
    let arts = sitrep_text::articles(text);
    let mut per_article: Vec<Vec<sitrep_model::Event>> = vec![Vec::new(); arts.len()];
    for ev in ex.extract(text, name, published) {
        let n: usize = ev.report.rsplit_once('#').and_then(|(_, n)| n.parse().ok()).unwrap_or(1);
        if let Some(slot) = per_article.get_mut(n.saturating_sub(1)) {
            slot.push(ev);
        }
    }
    let published = published.map(|d| d.to_string());
    arts.iter()
        .zip(per_article)
        .enumerate()
        .map(|(i, (art, mut events))| {
            let span = art.span();
            for ev in &mut events {
                for e in &mut ev.evidence {
                    e.start = e.start.saturating_sub(span.start);
                    e.end = e.end.saturating_sub(span.start);
                }
            }
            let body = span.text(text);
            ArticleInput {
                source_path: name.to_string(),
                ordinal: (i + 1) as u32,
                published: published.clone(),
                title: art.title.map(|t| t.text(text).to_string()),
                url: None,
                outlet: None,
                text: body.to_string(),
                hash: article_hash(body),
                events,
            }
        })
        .collect()
}
