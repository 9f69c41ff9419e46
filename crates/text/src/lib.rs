//! Text segmentation for news reports, every piece keeping its byte offsets.
//!
//! - [`articles`] splits a file (a digest of several articles or a single one) into
//!   [`Article`]s: an optional headline and its body paragraphs.
//! - [`sentences`] splits a paragraph into sentences, surviving abbreviations,
//!   initials, quotes and dates.
//! - [`tokens`] yields words, numbers and punctuation with offsets.
//! - [`numbers`] reads numbers written as digits ("1,200"), words ("forty-two"),
//!   "a dozen", with lower bounds ("at least 7" keeps 7) and approximations ("about
//!   140" keeps no value, see [`Approx`]).
//! - [`dates`] resolves relative time ("over the past day", "overnight", "on Tuesday",
//!   "on December 18") against a publication date.
//!
//! ```
//! let text = "Headline about Kherson\n\nRussian forces shelled Kherson 12 times. Two people were hurt.\n";
//! let arts = sitrep_text::articles(text);
//! assert_eq!(arts.len(), 1);
//! let body = arts[0].paragraphs[0];
//! let sents = sitrep_text::sentences(text, body);
//! assert_eq!(sents.len(), 2);
//! ```
#![deny(missing_docs)]

mod article;
pub mod dates;
pub mod numbers;
mod sentence;
mod token;

pub use article::{Article, articles, is_update_label};
pub use numbers::{Approx, Number};
pub use sentence::sentences;
pub use token::{Token, TokenKind, is_possessive, tokens, without_possessive};
