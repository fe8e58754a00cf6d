//! What `feeds add` learns from one look at an address given without `--name`: the title its feed
//! gives itself, as Miniflux or FreshRSS name a new subscription, rather than its host
//! ("cert.ssi.gouv.fr (2)" tells CERT-FR's alerts from its advisories no better than a number);
//! and, for a site's page, the feed the page announces.
use crate::config::FetchSettings;
use crate::feed::charset;
use crate::feed::discover::feed_links;
use crate::feed::fetch::{FetchError, FetchOutcome, Fetched, Fetcher};
use crate::feed::normalize::{feed_site, feed_title};
use crate::feed::parse::{ParseError, parse_feed};
use crate::model::{Lang, Validators};

/// The longest `feeds add` waits for each answer: a slow server must not make subscribing feel hung.
const TITLE_WAIT_SECS: u64 = 10;

/// How many of the feeds a page announces are tried (a page may list comments feeds after its own).
const LINKS_TRIED: usize = 3;

/// What a feed says of itself.
pub struct About {
    /// Its own title, if any (sanitized to one line).
    pub title: Option<String>,
    /// The language it declares (`<language>fr-FR</language>`, `xml:lang="en"`), when French or
    /// English: what its subscription is marked with when the user gives no `--lang`.
    pub lang: Option<Lang>,
}

/// What one look at the address found.
pub enum Looked {
    /// A feed.
    Feed(About),
    /// A web page announcing a feed at `url`, which is the one to subscribe to.
    Found {
        /// The feed's address.
        url: String,
        /// What that feed says of itself.
        about: About,
    },
    /// The server answered with something that is not a feed: subscribing would fail every fetch.
    NotAFeed(ParseError),
    /// The server says there is nothing at that address (404, 410): most often a mistyped URL,
    /// whose every fetch would fail as well.
    Missing(u16),
    /// The address could not be reached (offline, timeout, refused): nothing is known about it yet.
    Unreachable(String),
}

/// GETs `url` once, under the user's fetch limits (size, redirects, private hosts) and at most
/// [`TITLE_WAIT_SECS`], and reads its title; a web page's announced feeds are tried in turn.
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
    runtime.block_on(async {
        let fetcher = match Fetcher::new(&settings) {
            Ok(fetcher) => fetcher,
            Err(e) => return Looked::Unreachable(e.to_string()),
        };
        let doc = match get(&fetcher, url).await {
            Ok(doc) => doc,
            Err(FetchError::Status(status @ (404 | 410))) => return Looked::Missing(status),
            Err(e) => return Looked::Unreachable(e.to_string()),
        };
        match about(&doc) {
            Ok(about) => Looked::Feed(about),
            Err(ParseError::HtmlPage) => announced_feed(&fetcher, url, &doc).await,
            Err(e) => Looked::NotAFeed(e),
        }
    })
}

/// The first feed among those the page `doc` announces that answers as one.
async fn announced_feed(fetcher: &Fetcher, page: &str, doc: &Fetched) -> Looked {
    let html = charset::decode(&doc.body, doc.content_type.as_deref());
    for link in feed_links(&html, &doc.final_url)
        .into_iter()
        .take(LINKS_TRIED)
    {
        // Fetched on behalf of the page: a page on a private host may announce a feed beside it.
        if let Ok(FetchOutcome::Fetched(feed)) = fetcher
            .fetch_for(&link, &Validators::default(), Some(page))
            .await
            && let Ok(about) = about(&feed)
        {
            return Looked::Found { url: link, about };
        }
    }
    Looked::NotAFeed(ParseError::HtmlPage)
}

/// The document at `url`, fetched unconditionally.
async fn get(fetcher: &Fetcher, url: &str) -> Result<Fetched, FetchError> {
    match fetcher.fetch(url, &Validators::default()).await? {
        FetchOutcome::Fetched(doc) => Ok(doc),
        // Nothing was asked conditionally, so a 304 is a confused server.
        FetchOutcome::NotModified => Err(FetchError::Status(304)),
    }
}

/// The title of the feed `doc` (else the site it belongs to) and its declared language, or why
/// it is not a feed.
fn about(doc: &Fetched) -> Result<About, ParseError> {
    parse_feed(&doc.body, doc.content_type.as_deref(), &doc.final_url).map(|f| About {
        title: feed_title(&f).or_else(|| feed_site(&f)),
        lang: f.language.as_deref().and_then(Lang::from_tag),
    })
}
