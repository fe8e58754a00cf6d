//! The name a subscription added without `--name` takes: the title its feed gives itself, as
//! Miniflux or FreshRSS name a new subscription, rather than its host ("cert.ssi.gouv.fr (2)" tells
//! CERT-FR's alerts from its advisories no better than a number).
use crate::config::FetchSettings;
use crate::feed::fetch::{FetchOutcome, Fetcher};
use crate::feed::normalize::feed_title;
use crate::feed::parse::{ParseError, parse_feed};
use crate::model::Validators;

/// The longest `feeds add` waits for a title: a slow server must not make subscribing feel hung.
const TITLE_WAIT_SECS: u64 = 10;

/// What one look at the feed found.
pub enum Looked {
    /// The feed's own title, sanitized to one line.
    Titled(String),
    /// A feed without a title.
    Untitled,
    /// The server answered with something that is not a feed: subscribing would fail every fetch.
    NotAFeed(ParseError),
    /// The feed could not be reached (offline, timeout, refused): nothing is known about it yet.
    Unreachable(String),
}

/// GETs `url` once, under the user's fetch limits (size, redirects, private hosts) and at most
/// [`TITLE_WAIT_SECS`], and reads its title.
pub fn look(settings: &FetchSettings, url: &str) -> Looked {
    let mut settings = settings.clone();
    settings.timeout_secs = settings.timeout_secs.min(TITLE_WAIT_SECS);
    settings.connect_timeout_secs = settings.connect_timeout_secs.min(TITLE_WAIT_SECS);
    // A server asking to come back later is unreachable for now, not worth waiting for here.
    settings.max_retry_wait_secs = 0;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return Looked::Unreachable(e.to_string()),
    };
    let fetched = runtime.block_on(async {
        let fetcher = Fetcher::new(&settings)?;
        fetcher.fetch(url, &Validators::default()).await
    });
    match fetched {
        Ok(FetchOutcome::Fetched(doc)) => {
            match parse_feed(&doc.body, doc.content_type.as_deref(), &doc.final_url) {
                Ok(feed) => feed_title(&feed).map_or(Looked::Untitled, Looked::Titled),
                Err(e) => Looked::NotAFeed(e),
            }
        }
        // Nothing was asked conditionally, so a 304 is a confused server: nothing learnt.
        Ok(FetchOutcome::NotModified) => Looked::Untitled,
        Err(e) => Looked::Unreachable(e.to_string()),
    }
}
