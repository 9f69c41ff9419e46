//! HTML article pages (as saved from a browser) and HTML fragments (feed descriptions).
//!
//! The page is run through html5ever's spec-compliant tokenizer (character references,
//! raw-text elements such as `<script>`, broken markup all handled as browsers do) into
//! a light element stack: text under navigation, scripts, styles, forms, asides,
//! footers, comment sections, related-article and sharing blocks (by tag, ARIA role,
//! `hidden`, or class/id words) is left out; block elements make paragraphs. The body
//! is the paragraphs of `itemprop=articleBody`, else of the `<article>` with the most
//! text, else of `<main>`, else of the whole page. Headline, date, URL and outlet come
//! from JSON-LD, OpenGraph / `article:*` meta tags, `<h1>`, `<time>`, `<title>`.

use crate::{Document, Format, FormatError, Read, collapse, layout, parse_date};
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{LocalName, tendril::StrTendril};
use serde_json::Value;
use std::cell::RefCell;

/// A paragraph of text with where it was.
#[derive(Debug)]
struct Para {
    text: String,
    /// Outermost `<article>` it is in (1-based), 0 when none.
    article: u32,
    main: bool,
    body_prop: bool,
    h1: bool,
}

/// An open element and what it changed.
struct Open {
    name: LocalName,
    hard: bool,
    soft: bool,
    article: bool,
    main: bool,
    body_prop: bool,
    h1: bool,
    ld: bool,
    title: bool,
}

#[derive(Default)]
struct State {
    stack: Vec<Open>,
    /// Open elements whose text is left out entirely (scripts, navigation, comments…).
    hard: u32,
    /// Open elements whose text is left out of the body but whose `<h1>` and `<time>`
    /// count (a site header, a byline).
    soft: u32,
    article: Vec<u32>,
    articles: u32,
    main: u32,
    body_prop: u32,
    h1: u32,
    in_title: u32,
    in_ld: u32,
    cur: String,
    cur_h1: bool,
    paras: Vec<Para>,
    h1_buf: String,
    /// `<h1>` texts with their article.
    h1s: Vec<(String, u32)>,
    title_tag: String,
    ld_buf: String,
    ld: Vec<String>,
    meta: Vec<(String, String)>,
    canonical: Option<String>,
    /// `<time datetime>` values with their article.
    times: Vec<(String, u32)>,
}

struct Sink(RefCell<State>);

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "basefont", "bgsound", "frame",
];
const HARD_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "iframe",
    "svg",
    "math",
    "figure",
    "figcaption",
    "menu",
    "dialog",
    "object",
    "video",
    "audio",
    "canvas",
    "noembed",
    "noframes",
    "xmp",
    "title",
    "head",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figure",
    "figcaption",
    "form",
    "address",
    "details",
    "summary",
    "body",
    "html",
    "center",
    "hgroup",
    "fieldset",
    "legend",
    "option",
];
/// Class/id substrings of boilerplate blocks.
const HARD_SUBSTR: &[&str] = &[
    "comment",
    "related",
    "newsletter",
    "breadcrumb",
    "advert",
    "sidebar",
    "social",
    "share",
    "sharing",
    "recommend",
    "subscri",
    "cookie",
    "paywall",
    "promo",
    "outbrain",
    "taboola",
    "popular",
    "trending",
    "readmore",
    "read-more",
    "more-stories",
    "most-read",
    "disqus",
    "signup",
    "sign-up",
    "caption",
    "consent",
    "skip-link",
    "visually-hidden",
    "sr-only",
    "print-only",
];
/// Class/id words (split at `-`, `_`, spaces) of boilerplate blocks.
const HARD_WORDS: &[&str] = &[
    "ad",
    "ads",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "tags",
    "footer",
    "hidden",
    "banner",
    "widget",
    "modal",
    "popup",
    "toolbar",
    "pagination",
];
/// Class/id words of blocks left out of the body whose headline and date still count.
const SOFT_WORDS: &[&str] = &[
    "byline",
    "author",
    "authors",
    "dateline",
    "meta",
    "timestamp",
    "date",
    "kicker",
    "eyebrow",
    "masthead",
    "header",
];
/// Whole paragraphs that are page furniture.
const FURNITURE: &[&str] = &[
    "advertisement",
    "read more",
    "share",
    "share this article",
    "related",
    "related articles",
    "read also",
    "see also",
    "subscribe",
    "comments",
    "loading…",
    "loading...",
];

fn attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

/// How an element's attributes mark it: (hard, soft).
fn boilerplate(tag: &Tag) -> (bool, bool) {
    if attr(tag, "hidden").is_some()
        || attr(tag, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return (true, false);
    }
    if let Some(role) = attr(tag, "role") {
        let role = role.to_ascii_lowercase();
        if [
            "navigation",
            "contentinfo",
            "complementary",
            "search",
            "dialog",
            "menu",
            "menubar",
            "toolbar",
        ]
        .contains(&role.as_str())
        {
            return (true, false);
        }
        if role == "banner" {
            return (false, true);
        }
    }
    let mut soft = false;
    for name in ["class", "id"] {
        let Some(v) = attr(tag, name) else { continue };
        let v = v.to_ascii_lowercase();
        if HARD_SUBSTR.iter().any(|s| v.contains(s)) {
            return (true, false);
        }
        for w in v.split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_') {
            if HARD_WORDS.contains(&w) {
                return (true, false);
            }
            soft |= SOFT_WORDS.contains(&w);
        }
    }
    (false, soft)
}

impl State {
    fn flush(&mut self) {
        if self.cur.trim().is_empty() {
            self.cur.clear();
            return;
        }
        let text = collapse(&self.cur);
        self.cur.clear();
        self.paras.push(Para {
            text,
            article: self.article.first().copied().unwrap_or(0),
            main: self.main > 0,
            body_prop: self.body_prop > 0,
            h1: self.cur_h1,
        });
        self.cur_h1 = false;
    }

    fn pop(&mut self) {
        let Some(o) = self.stack.pop() else { return };
        self.hard -= o.hard as u32;
        self.soft -= o.soft as u32;
        self.main -= o.main as u32;
        self.body_prop -= o.body_prop as u32;
        self.in_title -= o.title as u32;
        if o.article {
            self.article.pop();
        }
        if o.h1 {
            self.h1 -= 1;
            if self.h1 == 0 {
                let t = collapse(&self.h1_buf);
                self.h1_buf.clear();
                if !t.is_empty() {
                    self.h1s
                        .push((t, self.article.first().copied().unwrap_or(0)));
                }
            }
        }
        if o.ld {
            self.in_ld -= 1;
            self.ld.push(std::mem::take(&mut self.ld_buf));
        }
    }

    fn start(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name = &*tag.name;
        if BLOCK.contains(&name) {
            self.flush();
        }
        match name {
            "meta" => {
                let key = attr(tag, "property")
                    .or_else(|| attr(tag, "name"))
                    .or_else(|| attr(tag, "itemprop"));
                if let (Some(k), Some(v)) = (key, attr(tag, "content")) {
                    self.meta
                        .push((k.to_ascii_lowercase(), v.trim().to_string()));
                }
            }
            "link" => {
                if attr(tag, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                }) && let Some(h) = attr(tag, "href")
                {
                    self.canonical.get_or_insert_with(|| h.trim().to_string());
                }
            }
            "time" if self.hard == 0 => {
                if let Some(d) = attr(tag, "datetime") {
                    self.times
                        .push((d.to_string(), self.article.first().copied().unwrap_or(0)));
                }
            }
            "br" | "hr" => self.flush(),
            _ => {}
        }
        if VOID.contains(&name) || tag.self_closing && !BLOCK.contains(&name) && name != "script" {
            return TokenSinkResult::Continue;
        }
        let structural = ["html", "body", "main", "article"].contains(&name);
        let body_prop =
            attr(tag, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articleBody"));
        let (mut hard, mut soft) = if structural || body_prop {
            (false, false)
        } else {
            boilerplate(tag)
        };
        hard |= HARD_TAGS.contains(&name);
        if name == "header" && self.article.is_empty() {
            soft = true;
        }
        let ld = name == "script"
            && attr(tag, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
        let article = name == "article";
        if article {
            self.articles += 1;
            self.article.push(self.articles);
        }
        let o = Open {
            name: tag.name.clone(),
            hard,
            soft,
            article,
            main: name == "main" || attr(tag, "role") == Some("main"),
            body_prop,
            h1: name == "h1",
            ld,
            title: name == "title",
        };
        self.hard += o.hard as u32;
        self.soft += o.soft as u32;
        self.main += o.main as u32;
        self.body_prop += o.body_prop as u32;
        self.h1 += o.h1 as u32;
        self.in_ld += o.ld as u32;
        self.in_title += o.title as u32;
        if o.h1 && self.hard == 0 && self.soft == 0 {
            self.cur_h1 = true;
        }
        self.stack.push(o);
        match name {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "iframe" | "noembed" | "noframes" | "xmp" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn end(&mut self, tag: &Tag) {
        let name = &*tag.name;
        if BLOCK.contains(&name) || name == "br" {
            self.flush();
        }
        if let Some(i) = self.stack.iter().rposition(|o| o.name == tag.name) {
            while self.stack.len() > i {
                self.pop();
            }
        }
    }

    fn chars(&mut self, s: &str) {
        if self.in_ld > 0 {
            self.ld_buf.push_str(s);
        } else if self.in_title > 0 {
            self.title_tag.push_str(s);
        }
        if self.hard > 0 {
            return;
        }
        if self.h1 > 0 {
            self.h1_buf.push_str(s);
        }
        if self.soft == 0 {
            self.cur.push_str(s);
        }
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => match tag.kind {
                TagKind::StartTag => return st.start(&tag),
                TagKind::EndTag => st.end(&tag),
            },
            Token::CharacterTokens(t) => st.chars(&t),
            Token::EOFToken => {
                st.flush();
                while !st.stack.is_empty() {
                    st.pop();
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn tokenize(html: &str) -> State {
    let tok = Tokenizer::new(
        Sink(RefCell::new(State::default())),
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.into_inner()
}

/// The paragraphs of an HTML fragment (a feed item's description or content), with
/// the same boilerplate rules as pages.
pub(crate) fn fragment_paragraphs(html: &str) -> Vec<String> {
    tokenize(html)
        .paras
        .into_iter()
        .map(|p| p.text)
        .filter(|t| !is_furniture(t))
        .collect()
}

/// Text of an HTML fragment on one line (a feed title with character references).
pub(crate) fn fragment_line(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    collapse(&fragment_paragraphs(html).join(" "))
}

fn is_furniture(t: &str) -> bool {
    let l = t.trim().trim_end_matches(':').to_lowercase();
    FURNITURE.contains(&l.as_str())
}

/// What a page yields: the extractor's text and the page's metadata.
pub fn page_text(html: &str) -> Option<Document> {
    let st = tokenize(html);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            st.meta
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    };
    let ld = LdArticle::from_scripts(&st.ld);

    // the body: articleBody, else the article with most text, else main, else all
    let body: Vec<&Para> = if st.paras.iter().any(|p| p.body_prop) {
        st.paras.iter().filter(|p| p.body_prop).collect()
    } else if st.articles > 0 {
        let mut len = vec![0usize; st.articles as usize + 1];
        for p in st.paras.iter().filter(|p| !p.h1) {
            len[p.article as usize] += p.text.len();
        }
        let best = (1..len.len())
            .max_by_key(|&i| (len[i], std::cmp::Reverse(i)))
            .unwrap_or(0);
        if len[best] > 0 {
            st.paras
                .iter()
                .filter(|p| p.article as usize == best)
                .collect()
        } else {
            st.paras.iter().collect()
        }
    } else if st.paras.iter().any(|p| p.main) {
        st.paras.iter().filter(|p| p.main).collect()
    } else {
        st.paras.iter().collect()
    };
    let article = body.first().map_or(0, |p| p.article);

    let title = st
        .h1s
        .iter()
        .find(|(_, a)| article > 0 && *a == article)
        .map(|(t, _)| t.clone())
        .or_else(|| meta(&["og:title", "twitter:title"]).map(|t| collapse(&t)))
        .or_else(|| ld.headline.clone())
        .or_else(|| st.h1s.first().map(|(t, _)| t.clone()))
        .or_else(|| Some(collapse(&st.title_tag)).filter(|t| !t.is_empty()));
    let paragraphs: Vec<String> = body
        .iter()
        .filter(|p| !p.h1 && !is_furniture(&p.text) && Some(&p.text) != title.as_ref())
        .map(|p| p.text.clone())
        .collect();
    if paragraphs.is_empty() {
        return None;
    }
    let published = ld
        .published
        .as_deref()
        .and_then(parse_date)
        .or_else(|| {
            meta(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date.issued",
                "dcterms.created",
                "dc.date",
                "parsely-pub-date",
                "sailthru.date",
            ])
            .as_deref()
            .and_then(parse_date)
        })
        .or_else(|| {
            st.times
                .iter()
                .filter(|(_, a)| *a == article)
                .chain(st.times.iter())
                .find_map(|(t, _)| parse_date(t))
        });
    let url = st
        .canonical
        .clone()
        .or_else(|| meta(&["og:url", "twitter:url"]))
        .or(ld.url.clone());
    let outlet = meta(&["og:site_name", "application-name"]).or(ld.publisher.clone());
    Some(Document {
        text: layout(title.as_deref(), &paragraphs),
        title,
        published,
        url,
        outlet,
        item: "page".into(),
    })
}

pub(crate) fn read_page(html: &str) -> Result<Read, FormatError> {
    let doc = page_text(html).ok_or(FormatError::NoText {
        format: Format::Html,
    })?;
    let mut r = Read::new(Format::Html);
    r.documents.push(doc);
    Ok(r)
}

/// What JSON-LD says of the article.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    published: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNews",
    "BlogPosting",
    "AnalysisNewsArticle",
    "LiveBlogPosting",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
];

impl LdArticle {
    fn from_scripts(scripts: &[String]) -> LdArticle {
        let values: Vec<Value> = scripts
            .iter()
            .filter_map(|s| serde_json::from_str::<Value>(s.trim()).ok())
            .collect();
        let mut objects = Vec::new();
        for v in &values {
            collect_objects(v, &mut objects, 0);
        }
        let is_article = |o: &Value| match o.get("@type") {
            Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
            Some(Value::Array(ts)) => ts
                .iter()
                .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
            _ => false,
        };
        let Some(o) = objects.iter().copied().find(|o| is_article(o)).or_else(|| {
            objects
                .iter()
                .copied()
                .find(|o| o.get("datePublished").is_some())
        }) else {
            return LdArticle::default();
        };
        let s = |k: &str| {
            o.get(k)
                .and_then(Value::as_str)
                .map(collapse)
                .filter(|x| !x.is_empty())
        };
        let publisher = match o.get("publisher") {
            Some(Value::String(p)) => Some(p.clone()),
            Some(Value::Array(ps)) => ps
                .iter()
                .find_map(|p| p.get("name").and_then(Value::as_str).map(String::from)),
            Some(p) => p.get("name").and_then(Value::as_str).map(String::from),
            None => None,
        };
        let url = s("url").or_else(|| match o.get("mainEntityOfPage") {
            Some(Value::String(u)) => Some(u.clone()),
            Some(m) => m.get("@id").and_then(Value::as_str).map(String::from),
            None => None,
        });
        LdArticle {
            headline: s("headline"),
            published: s("datePublished"),
            url,
            publisher,
        }
    }
}

fn collect_objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: u32) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect_objects(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            if let Some(g) = o.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_with_boilerplate() {
        let html = r#"<!DOCTYPE html><html><head><title>Drones hit Odesa | Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2023-09-20T08:00:00+03:00">
<script>var x = "<p>not text</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/war">War</a></nav></header>
<main><article><h1>Drones hit Odesa port</h1><div class="byline">By A. Writer</div>
<p>Russian drones hit the port of <b>Odesa</b> overnight, officials&nbsp;said.</p>
<div class="share-buttons"><a>Share</a></div><p>Nobody was hurt.</p>
<section class="comments"><p>Comment: terrible</p></section></article>
<aside><h2>Related</h2><ul><li><a>Other story</a></li></ul></aside></main>
<footer>© 2023</footer></body></html>"#;
        let d = page_text(html).unwrap();
        assert_eq!(
            d.text,
            "Drones hit Odesa port\n\nRussian drones hit the port of Odesa overnight, officials said.\n\nNobody was hurt.\n"
        );
        assert_eq!(d.published, Some(jiff::civil::date(2023, 9, 20)));
        assert_eq!(d.outlet.as_deref(), Some("The Daily"));
    }
}
