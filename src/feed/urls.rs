//! Article links: resolving relative ones and removing tracking parameters.
use url::Url;

/// Query parameters that only track the reader (lower-case).
const TRACKING_PARAMS: [&str; 6] = ["xtor", "fbclid", "gclid", "mc_cid", "mc_eid", "ref_src"];
/// Prefixes of tracking parameters: Google Analytics, Le Monde's AT Internet, Matomo/Piwik.
const TRACKING_PREFIXES: [&str; 4] = ["utm_", "at_", "pk_", "mtm_"];

/// `href` made absolute against the first base that can resolve it; only http(s) links are kept,
/// since a `javascript:` or `file:` link must never reach the browser.
pub(crate) fn resolve(href: &str, bases: &[Option<&str>]) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let url = match Url::parse(href) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => bases
            .iter()
            .flatten()
            .filter_map(|base| Url::parse(base.trim()).ok())
            .find_map(|base| base.join(href).ok())?,
        Err(_) => return None,
    };
    matches!(url.scheme(), "http" | "https").then_some(url)
}

/// Canonical form of a link: tracking parameters and the fragment dropped, other parameters kept
/// as written and in order. Text that is not a URL is returned trimmed.
pub(crate) fn canonical(url: &str) -> String {
    let Ok(mut parsed) = Url::parse(url.trim()) else {
        return url.trim().to_owned();
    };
    parsed.set_fragment(None);
    if let Some(query) = parsed.query() {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| !pair.is_empty() && !is_tracking(pair))
            .collect();
        let kept = kept.join("&");
        parsed.set_query((!kept.is_empty()).then_some(kept.as_str()));
    }
    parsed.into()
}

fn is_tracking(pair: &str) -> bool {
    let key = pair.split('=').next().unwrap_or(pair).to_ascii_lowercase();
    TRACKING_PARAMS.contains(&key.as_str()) || TRACKING_PREFIXES.iter().any(|p| key.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_parameters_and_fragment_go() {
        assert_eq!(
            canonical(
                "https://www.zdnet.fr/actualites/x-1.htm?utm_source=rss&utm_medium=feed&id=3#comments"
            ),
            "https://www.zdnet.fr/actualites/x-1.htm?id=3"
        );
        assert_eq!(
            canonical(
                "https://www.lemonde.fr/a.html?xtor=RSS-3208&at_medium=rss&b=1&fbclid=x&GCLID=y&mc_cid=1&mc_eid=2&ref_src=twsrc"
            ),
            "https://www.lemonde.fr/a.html?b=1"
        );
        assert_eq!(
            canonical("https://example.org/p?z=1&a=%20b&utm_x"),
            "https://example.org/p?z=1&a=%20b"
        );
        assert_eq!(
            canonical("https://databreaches.net/2025/x/?pk_campaign=feed&pk_kwd=x"),
            "https://databreaches.net/2025/x/"
        );
        assert_eq!(canonical(" not a url "), "not a url");
    }

    #[test]
    fn relative_links_resolve_against_the_first_usable_base() {
        let url = resolve(
            "/posts/x/",
            &[
                None,
                Some("not a base"),
                Some("https://insanity.industries/index.xml"),
            ],
        );
        assert_eq!(
            url.unwrap().as_str(),
            "https://insanity.industries/posts/x/"
        );
        assert_eq!(resolve("x", &[None]), None);
        assert_eq!(
            resolve("javascript:alert(1)", &[Some("https://a.example/")]),
            None
        );
        assert_eq!(resolve("file:///etc/passwd", &[]), None);
    }
}
