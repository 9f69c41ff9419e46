//! Turning a report's text into the store's [`ArticleInput`]s.
//!
//! The same steps as `sitrep ingest` for one file: split the text into articles,
//! extract events, and make each event's evidence offsets relative to its article's
//! text (the store keeps article texts, and offsets point into them).

use jiff::civil::Date;
use sitrep_extract::Extractor;
use sitrep_store::ArticleInput;

/// The articles of `text` with their events; `name` is the source name stored as
/// the article's path.
pub fn articles_of(
    ex: &Extractor,
    text: &str,
    name: &str,
    published: Option<Date>,
) -> Vec<ArticleInput> {
    ex.extract_articles(text, name, published, |_| true)
        .into_iter()
        .map(|a| {
            let mut input = ArticleInput::new(
                name,
                a.ordinal,
                published.map(|d| d.to_string()).as_deref(),
                a.text,
                a.events,
            );
            input.title = a.title.map(str::to_string);
            input
        })
        .collect()
}
