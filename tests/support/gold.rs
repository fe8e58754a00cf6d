//! Feed documents of the gold sets and fixtures read as veille stores them, for the harnesses
//! that score suggestions and stories on them (tagging_gold, stories_gold, actor_audit).
use veille::feed::normalize::normalize;
use veille::feed::parse::{ParseError, parse_feed};
use veille::model::{FeedSource, NewArticle};

/// The articles of the feed document `bytes`, parsed and normalised as for a subscription named
/// `name` at `https://{host}/{name}`, which resolves its relative links.
pub fn stored_articles(
    bytes: &[u8],
    name: &str,
    host: &str,
) -> Result<Vec<NewArticle>, ParseError> {
    let url = format!("https://{host}/{name}");
    let parsed = parse_feed(bytes, None, &url)?;
    let source = FeedSource {
        name: name.to_string(),
        url: url.clone(),
        lang: None,
        full_text: false,
    };
    Ok(normalize(&parsed, &source, &url).articles)
}
