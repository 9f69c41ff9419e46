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
    ex.extract_articles(text, name, published, |_| true)
        .into_iter()
        .map(|a| ArticleInput {
            source_path: name.to_string(),
            ordinal: a.ordinal,
            published: published.map(|d| d.to_string()),
            title: a.title.map(str::to_string),
            url: None,
            outlet: None,
            text: a.text.to_string(),
            hash: article_hash(a.text),
            events: a.events,
        })
        .collect()
}
