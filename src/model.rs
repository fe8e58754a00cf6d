//! Plain data shared by every module: languages, feed sources, articles, filters.
use chrono::{DateTime, Utc};
use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlResult, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Article language as veille understands it: French, English, or unknown (`None` where used as `Option<Lang>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The two-letter code stored and printed (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `fr`, `fr-FR`, `en_us`, `EN`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" | "fra" | "fre" | "french" | "français" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A Traffic Light Protocol 2.0 level: how far an exported article may be shared.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum Tlp {
    /// No limit on disclosure (the default).
    #[default]
    Clear,
    /// The community of the recipient.
    Green,
    /// The recipient's organisation and its clients.
    Amber,
    /// The recipient's organisation only.
    AmberStrict,
    /// The recipients only.
    Red,
}

impl Tlp {
    /// Every level, from the least to the most restrictive (the order `Ord` follows).
    pub const ALL: [Tlp; 5] = [
        Tlp::Clear,
        Tlp::Green,
        Tlp::Amber,
        Tlp::AmberStrict,
        Tlp::Red,
    ];

    /// The name stored and typed (`clear`, `amber+strict`), as MISP's `tlp:` tags spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Clear => "clear",
            Tlp::Green => "green",
            Tlp::Amber => "amber",
            Tlp::AmberStrict => "amber+strict",
            Tlp::Red => "red",
        }
    }

    /// The label people read: `TLP:AMBER+STRICT`.
    pub fn label(self) -> String {
        format!("TLP:{}", self.as_str().to_ascii_uppercase())
    }

    /// Reads `amber`, `TLP:AMBER`, `Amber+Strict`; TLP 1.0's `white` is TLP 2.0's `clear`.
    pub fn parse(text: &str) -> Option<Tlp> {
        let text = text.trim().to_ascii_lowercase();
        let level = text.strip_prefix("tlp:").unwrap_or(&text);
        match level {
            "white" => Some(Tlp::Clear),
            "amber-strict" | "amber_strict" => Some(Tlp::AmberStrict),
            _ => Tlp::ALL.into_iter().find(|t| t.as_str() == level),
        }
    }
}

impl fmt::Display for Tlp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl TryFrom<String> for Tlp {
    type Error = String;
    fn try_from(text: String) -> Result<Tlp, String> {
        Tlp::parse(&text).ok_or_else(|| {
            format!("{text:?} is not a TLP level (clear, green, amber, amber+strict, red)")
        })
    }
}

impl From<Tlp> for String {
    fn from(tlp: Tlp) -> String {
        tlp.as_str().to_owned()
    }
}

/// What a conditional GET sends: the validators stored from the previous successful fetch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag` header value.
    pub etag: Option<String>,
    /// `Last-Modified` header value.
    pub last_modified: Option<String>,
}

/// One subscription as the configuration declares it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedSource {
    /// Display name, unique among subscriptions.
    pub name: String,
    /// The feed document's URL.
    pub url: String,
    /// Language of the feed's articles, if the user declared it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Fetch each article's page and extract its main text at fetch time.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub full_text: bool,
}

/// An article as parsed and sanitized from a feed, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewArticle {
    /// Stable identity within its feed: GUID, else canonical link, else a hash of title and date.
    pub dedup_key: String,
    /// Title (never empty: falls back to the summary's start or the link).
    pub title: String,
    /// Link to the article's page, absolute.
    pub url: Option<String>,
    /// Author or authors, joined with ", ".
    pub author: Option<String>,
    /// Publication (else update) date.
    pub published: Option<DateTime<Utc>>,
    /// Short summary as HTML or text (sanitized).
    pub summary: Option<String>,
    /// Full content as HTML (sanitized of control characters; rendered safely at display time).
    pub content_html: Option<String>,
    /// Language, from config, declaration or detection.
    pub lang: Option<Lang>,
    /// Plain text of the content (else the summary) for search, derived where the feed is parsed so
    /// the store's single writer does not spend its time rendering HTML; `None` lets the store derive it.
    pub text: Option<String>,
}

/// A stored article's identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub i64);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A stored feed's identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FeedId(pub i64);

/// Both identifiers are SQLite rowids: they bind and read as their integer, so SQL code passes
/// the typed id and never unwraps it.
macro_rules! rowid_sql {
    ($($id:ident),*) => {$(
        impl ToSql for $id {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl FromSql for $id {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($id)
            }
        }
    )*};
}

rowid_sql!(ArticleId, FeedId);

/// The three tag facets a user applies by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// Who attacked.
    Actor,
    /// Who was hit.
    Target,
    /// How.
    Attack,
}

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 3] = [Facet::Actor, Facet::Target, Facet::Attack];

    /// The name stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Actor => "actor",
            Facet::Target => "target",
            Facet::Attack => "attack",
        }
    }

    /// Parses a stored facet name.
    pub fn parse(s: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The facet a search term names, in English or French (`cible:CPI` is `target:CPI`).
    fn of_search_term(name: &str) -> Option<Facet> {
        match name {
            "acteur" => Some(Facet::Actor),
            "cible" => Some(Facet::Target),
            "attaque" => Some(Facet::Attack),
            other => Facet::parse(other),
        }
    }
}

/// Splits a search into its words and its `actor:V`, `target:V`, `attack:V` terms (or `acteur:`,
/// `cible:`, `attaque:`; a value with spaces is quoted: `target:"Cour pénale"`), values as typed.
/// The reader's `/` and `veille search` read a search the same way.
pub fn facet_terms(search: &str) -> (String, Vec<(Facet, String)>) {
    let mut words: Vec<&str> = Vec::new();
    let mut terms = Vec::new();
    let mut rest = search.trim_start();
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        let term = word.split_once(':').and_then(|(name, value)| {
            Some((Facet::of_search_term(&name.to_lowercase())?, name, value))
        });
        match term {
            Some((facet, name, value)) => {
                let (value, after) = match value.strip_prefix('"') {
                    // A quoted value runs to the closing quote, spaces included.
                    Some(_) => {
                        let open = name.len() + 2;
                        let close = rest[open..].find('"').map_or(rest.len(), |i| open + i);
                        (&rest[open..close], (close + 1).min(rest.len()))
                    }
                    None => (value, end),
                };
                let value = value.trim();
                if !value.is_empty() {
                    terms.push((facet, value.to_owned()));
                }
                rest = rest[after..].trim_start();
            }
            None => {
                words.push(word);
                rest = rest[end..].trim_start();
            }
        }
    }
    (words.join(" "), terms)
}

/// Tags of one article, grouped by facet, each list sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tags {
    /// Actor values.
    pub actor: Vec<String>,
    /// Target values.
    pub target: Vec<String>,
    /// Attack-type values.
    pub attack: Vec<String>,
}

impl Tags {
    /// The values of one facet.
    pub fn get(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Actor => &self.actor,
            Facet::Target => &self.target,
            Facet::Attack => &self.attack,
        }
    }

    /// Mutable values of one facet.
    pub fn get_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Actor => &mut self.actor,
            Facet::Target => &mut self.target,
            Facet::Attack => &mut self.attack,
        }
    }

    /// True when no facet has a value.
    pub fn is_empty(&self) -> bool {
        self.actor.is_empty() && self.target.is_empty() && self.attack.is_empty()
    }
}

/// The names of the explicit "no attribution" actor (its canonical value is `unattributed`). It is
/// an answer, never a group: exports write no threat actor, intrusion set or galaxy cluster for it.
const UNATTRIBUTED: [&str; 5] = [
    "unattributed",
    "unknown",
    "inconnu",
    "non attribué",
    "non attribue",
];

/// True for the "no attribution" actor value, however it was typed.
pub fn is_unattributed(value: &str) -> bool {
    let folded = value.trim().to_lowercase();
    UNATTRIBUTED.contains(&folded.as_str())
}

/// An article as listed: the `--json` shape of DESIGN.md.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    /// Identifier.
    pub id: ArticleId,
    /// Feed name.
    pub feed: String,
    /// Feed URL.
    pub feed_url: String,
    /// Title.
    pub title: String,
    /// Link.
    pub url: Option<String>,
    /// Publication date, RFC 3339 in JSON.
    pub published: Option<DateTime<Utc>>,
    /// Language.
    pub lang: Option<Lang>,
    /// Read flag.
    pub read: bool,
    /// Starred flag.
    pub starred: bool,
    /// Whether the analyst wrote a note on it.
    pub noted: bool,
    /// Tags by facet.
    pub tags: Tags,
    /// Later versions its feed published after the analyst tagged, annotated or starred it; the
    /// article itself stays the version worked on (0: the feed never changed it since).
    pub revisions: u64,
}

/// A whole stored article, for the reader and exports.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The listed fields.
    pub summary: ArticleSummary,
    /// Author.
    pub author: Option<String>,
    /// Summary text or HTML from the feed.
    pub summary_html: Option<String>,
    /// Content HTML from the feed or the full-text extraction.
    pub content_html: Option<String>,
    /// Plain text derived from content or summary (what search indexes).
    pub text: String,
    /// When veille first stored it.
    pub fetched_at: DateTime<Utc>,
    /// The analyst's TLP for this article, overriding the export default (`[export] tlp`).
    pub tlp: Option<Tlp>,
    /// The latest of its `summary.revisions`, if the feed changed it after it was worked on.
    pub latest_revision: Option<Revision>,
    /// The analyst's free-text note, if any.
    pub note: Option<String>,
}

/// A version of an article its feed published after the analyst tagged, annotated or starred the
/// article, kept beside it (the article keeps the version that was worked on).
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// When veille fetched it.
    pub fetched_at: DateTime<Utc>,
    /// The title the feed now gives.
    pub title: String,
    /// The link the feed now gives.
    pub url: Option<String>,
}

/// Which articles a query returns (the FILTERS of the command line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Only this language.
    pub lang: Option<Lang>,
    /// Only these feeds (by name or URL).
    pub feeds: Vec<String>,
    /// Only articles carrying each of these actor values.
    pub actors: Vec<String>,
    /// Only articles carrying each of these target values.
    pub targets: Vec<String>,
    /// Only articles carrying each of these attack values.
    pub attacks: Vec<String>,
    /// Only articles with at least one tag.
    pub tagged: bool,
    /// Only articles with no tag.
    pub untagged: bool,
    /// Only unread articles.
    pub unread: bool,
    /// Only starred articles.
    pub starred: bool,
    /// Only articles with a note.
    pub noted: bool,
    /// Published (else fetched) at or after.
    pub since: Option<DateTime<Utc>>,
    /// Published (else fetched) before.
    pub until: Option<DateTime<Utc>>,
    /// Full-text query (FTS5, diacritics folded).
    pub query: Option<String>,
    /// Other names of words of `query` (a vocabulary label in the other language), each word
    /// matching any of its names: ("rançongiciel", ["ransomware"]).
    pub synonyms: Vec<(String, Vec<String>)>,
    /// Only the articles of this story (`veille stories`).
    pub story: Option<i64>,
    /// The order of the rows (newest first unless said otherwise).
    pub sort: Sort,
}

/// The order a list is in, applied by the store's query (so a page is a page of the whole sorted
/// result, never of a window sorted after loading).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Newest first (published, else fetched).
    #[default]
    Date,
    /// By feed name, then newest first within a feed.
    Feed,
    /// By title, A to Z, case ignored.
    Title,
}

impl Sort {
    /// The next order in the cycle date → feed → title → date.
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Feed,
            Sort::Feed => Sort::Title,
            Sort::Title => Sort::Date,
        }
    }
}
