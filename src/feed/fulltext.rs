//! Full text: fetch an article's page and keep only its main content, for feeds that give a
//! summary. Extraction is mozilla/readability's algorithm (the `dom_smoothie` port); its output is
//! then passed through an allow-list sanitizer, since it is a stranger's HTML like any feed's.
use crate::feed::charset;
use crate::feed::fetch::{FetchError, FetchOutcome, Fetcher};
use crate::model::Validators;
use crate::text::sanitize::{MAX_BODY_BYTES, clean_body};
use encoding_rs::Encoding;
use std::borrow::Cow;

/// How far into a page its `<meta charset>` is looked for (the HTML prescan reads 1024 bytes;
/// real pages put long comments and scripts first, so a little more).
const META_WINDOW: usize = 4096;
/// Pages with more elements than this are refused rather than scored (a hostile page could be a
/// few million empty `<div>`s).
const MAX_ELEMENTS: usize = 200_000;
/// Below this many characters of text, what was found is navigation or an error page, not an article.
const MIN_TEXT_CHARS: usize = 140;

/// Why a page's full text could not be had; every message names the page's URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FullTextError {
    /// Fetching the page failed.
    #[error("{url}: {source}")]
    Fetch {
        /// The page.
        url: String,
        /// What went wrong.
        source: FetchError,
    },
    /// The server answered with something other than HTML.
    #[error("{url}: not an HTML page ({content_type})")]
    NotHtml {
        /// The page.
        url: String,
        /// Its Content-Type.
        content_type: String,
    },
    /// Extracting the main content took longer than a request may (`fetch.timeout_secs`).
    #[error("{url}: extracting its text took longer than {secs} s")]
    TooSlow {
        /// The page.
        url: String,
        /// The limit, in seconds.
        secs: u64,
    },
    /// No main content could be told apart from the rest of the page.
    #[error("{url}: no article text found ({reason})")]
    NoArticle {
        /// The page.
        url: String,
        /// Why.
        reason: String,
    },
}

/// Fetches `url` (http or https only) with `fetcher`, under its limits, and returns the page's main
/// content as sanitized HTML. The CPU work runs on a blocking thread, held to the fetcher's
/// request timeout.
///
/// `feed_url` is the subscription the article came from: its host policy applies (a page on a
/// private address is fetched only when the subscription is on that same host and port).
pub async fn fetch_full_text(
    fetcher: &Fetcher,
    url: &str,
    feed_url: Option<&str>,
) -> Result<String, FullTextError> {
    let fetch_error = |source| FullTextError::Fetch {
        url: url.to_owned(),
        source,
    };
    let fetched = match fetcher
        .fetch_for(url, &Validators::default(), feed_url)
        .await
        .map_err(fetch_error)?
    {
        FetchOutcome::Fetched(fetched) => fetched,
        // No validators were sent, so a 304 is the server's mistake.
        FetchOutcome::NotModified => return Err(fetch_error(FetchError::Status(304))),
    };
    if let Some(content_type) = fetched.content_type.as_deref().filter(|t| !is_html(t)) {
        return Err(FullTextError::NotHtml {
            url: url.to_owned(),
            content_type: content_type.to_owned(),
        });
    }
    let page_url = url.to_owned();
    let limit = fetcher.timeout();
    within(limit, move || {
        let html = decode_page(&fetched.body, fetched.content_type.as_deref());
        // Links in the article resolve against where the page really is, after redirects.
        extract(&html, &fetched.final_url).map_err(|e| e.for_url(&page_url))
    })
    .await
    .unwrap_or_else(|error| Err(error.for_page(url, limit)))
}

/// Why [`within`] has no result.
#[derive(Debug)]
enum Abandoned {
    /// The time was up.
    TooSlow,
    /// The work panicked.
    Panicked(String),
}

impl Abandoned {
    fn for_page(self, url: &str, limit: std::time::Duration) -> FullTextError {
        match self {
            Abandoned::TooSlow => FullTextError::TooSlow {
                url: url.to_owned(),
                secs: limit.as_secs(),
            },
            Abandoned::Panicked(reason) => FullTextError::NoArticle {
                url: url.to_owned(),
                reason: format!("internal error: {reason}"),
            },
        }
    }
}

/// Runs `work` on a blocking thread and waits for it at most `limit`. A parse cannot be
/// interrupted, so work past its time is abandoned to finish on its own thread (the run does not
/// wait for it: `veille fetch` shuts its runtime down without waiting).
async fn within<T: Send + 'static>(
    limit: std::time::Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Abandoned> {
    match tokio::time::timeout(limit, tokio::task::spawn_blocking(work)).await {
        Ok(Ok(done)) => Ok(done),
        Ok(Err(e)) => Err(Abandoned::Panicked(e.to_string())),
        Err(_) => Err(Abandoned::TooSlow),
    }
}

/// The main content of the page `html` found at `page_url`, as sanitized HTML with absolute links.
pub fn extract(html: &str, page_url: &str) -> Result<String, FullTextError> {
    let no_article = |reason: String| FullTextError::NoArticle {
        url: page_url.to_owned(),
        reason,
    };
    let config = dom_smoothie::Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Default::default()
    };
    let page = crate::html::bounded(html).map_err(|e| no_article(e.to_string()))?;
    let article =
        crate::html::readability(page, page_url, config).map_err(|e| no_article(e.to_string()))?;
    let clean = sanitize(&article.content, page_url);
    if crate::text::plain::html_to_plain(&clean)
        .trim()
        .chars()
        .count()
        < MIN_TEXT_CHARS
    {
        return Err(no_article("too little text".to_owned()));
    }
    Ok(clean)
}

/// Keeps structure, text, links and images; drops scripts, styles, frames, forms, event handlers
/// and non-web URLs; then removes control characters and bidi overrides.
pub fn sanitize(html: &str, page_url: &str) -> String {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        // Their text is never content: without this it would be kept as loose text.
        .clean_content_tags(
            [
                "script", "style", "noscript", "template", "iframe", "object",
            ]
            .into(),
        );
    if let Ok(base) = url::Url::parse(page_url) {
        builder.url_relative(ammonia::UrlRelative::RewriteWithBase(base));
    }
    // Readability's output is a tree already measured, but this function is public: measure again.
    let clean = match crate::html::bounded(html) {
        Ok(bounded) => crate::html::clean(&builder, bounded),
        Err(_) => crate::html::paragraphs(&crate::text::plain::html_to_plain(html)),
    };
    clean_body(&clean, MAX_BODY_BYTES)
}

/// Decodes an HTML page: byte-order mark, then the HTTP charset, then `<meta charset>`, then
/// UTF-8 when valid, else Windows-1252.
pub fn decode_page(body: &[u8], content_type: Option<&str>) -> String {
    let http_charset = content_type.is_some_and(|t| t.to_ascii_lowercase().contains("charset="));
    let declared: Option<Cow<'_, str>> = if http_charset {
        content_type.map(Cow::Borrowed)
    } else {
        meta_charset(body).map(|e| Cow::Owned(format!("text/html; charset={}", e.name())))
    };
    charset::decode(body, declared.as_deref()).into_owned()
}

/// The encoding named by `<meta charset=…>` or `<meta http-equiv=Content-Type content=…>` near
/// the start of the page.
fn meta_charset(body: &[u8]) -> Option<&'static Encoding> {
    let window = String::from_utf8_lossy(&body[..body.len().min(META_WINDOW)]).to_ascii_lowercase();
    window.split("<meta").skip(1).find_map(|tag| {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let at = tag.find("charset")?;
        let value = tag[at + "charset".len()..]
            .trim_start()
            .strip_prefix('=')?
            .trim_start()
            .trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace())
            .unwrap_or(value.len());
        // A UTF-16 label in ASCII bytes is a lie; the HTML standard reads it as UTF-8.
        Encoding::for_label(&value.as_bytes()[..end]).map(|e| {
            if e.is_ascii_compatible() {
                e
            } else {
                encoding_rs::UTF_8
            }
        })
    })
}

fn is_html(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case("text/html") || media.eq_ignore_ascii_case("application/xhtml+xml")
}

impl FullTextError {
    /// The same error naming `url` (the page asked for, not where it redirected).
    fn for_url(self, url: &str) -> FullTextError {
        match self {
            FullTextError::NoArticle { reason, .. } => FullTextError::NoArticle {
                url: url.to_owned(),
                reason,
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizing_drops_scripts_handlers_and_javascript_links() {
        let html = r#"<div><p onclick="evil()">Texte <a href="javascript:alert(1)">ici</a>
            <a href="/suite">suite</a></p><script>steal()</script><style>p{}</style>
            <iframe src="https://x.example/"></iframe><p>Fin&#x1b;[31m</p></div>"#;
        let clean = sanitize(html, "https://www.example.fr/a/b.html");
        for banned in [
            "onclick",
            "javascript",
            "steal",
            "<script",
            "<style",
            "<iframe",
            "\u{1b}",
        ] {
            assert!(!clean.contains(banned), "{banned} kept in {clean}");
        }
        assert!(
            clean.contains(r#"href="https://www.example.fr/suite""#),
            "{clean}"
        );
        assert!(clean.contains("Texte") && clean.contains("Fin"));
    }

    #[test]
    fn meta_charset_is_honoured_when_http_says_nothing() {
        let page = b"<html><head><meta charset='iso-8859-1'></head><body>caf\xe9</body></html>";
        assert!(decode_page(page, Some("text/html")).contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\x93x\x94";
        assert!(decode_page(page, None).contains("\u{201c}x\u{201d}"));
        let utf8 = "<meta charset=\"utf-8\"><p>déjà</p>";
        assert!(decode_page(utf8.as_bytes(), Some("text/html; charset=utf-8")).contains("déjà"));
    }

    #[test]
    fn work_past_its_time_is_abandoned_and_reported_as_too_slow() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        // Blocks until released: far longer than the limit.
        let result = runtime.block_on(within(std::time::Duration::from_millis(50), move || {
            let _ = wait.recv();
        }));
        let err = result
            .unwrap_err()
            .for_page("https://a.fr/lent", std::time::Duration::from_secs(3));
        assert_eq!(
            err.to_string(),
            "https://a.fr/lent: extracting its text took longer than 3 s"
        );
        drop(release);
        runtime.shutdown_background();
    }

    #[test]
    fn a_page_without_an_article_is_an_error_naming_it() {
        let err = extract(
            "<html><body><nav>Accueil</nav></body></html>",
            "https://a.fr/x",
        )
        .unwrap_err();
        assert!(err.to_string().contains("https://a.fr/x"), "{err}");
    }
}
