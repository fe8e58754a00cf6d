//! Which requests a server moved for good (301, 308): reqwest follows them silently, so a
//! subscription that moved would be fetched through its old address at every run without the user
//! ever hearing of it. The redirect rule records each hop here, by the chain's first URL.
use reqwest::StatusCode;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use url::Url;

/// Where the permanent redirects at the head of each request's chain led, by requested URL.
#[derive(Clone, Default)]
pub(super) struct Moves(Arc<Mutex<HashMap<Url, Chain>>>);

#[derive(Clone)]
struct Chain {
    /// Target of the last hop of the chain's leading run of permanent redirects.
    moved_to: Option<Url>,
    /// Whether every hop so far was permanent (after a temporary one, later hops say nothing of
    /// where the subscription itself lives).
    permanent: bool,
}

impl Moves {
    /// Records a hop to `next` about to be followed; `previous` is the chain so far, the requested
    /// URL first.
    pub(super) fn record(&self, status: StatusCode, next: &Url, previous: &[Url]) {
        let Some(origin) = previous.first() else {
            return;
        };
        let permanent = matches!(
            status,
            StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
        );
        // A poisoned map is still consistent: entries are only ever replaced whole.
        let mut chains = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let fresh = Chain {
            moved_to: None,
            permanent: true,
        };
        // The first hop starts the chain over: an earlier request of the same URL says nothing.
        let chain = if previous.len() == 1 {
            chains.insert(origin.clone(), fresh);
            chains.get_mut(origin)
        } else {
            Some(chains.entry(origin.clone()).or_insert(fresh))
        };
        if let Some(chain) = chain {
            if chain.permanent && permanent {
                chain.moved_to = Some(next.clone());
            } else {
                chain.permanent = false;
            }
        }
    }

    /// Forgets what an earlier request of `url` met, before it is asked again.
    pub(super) fn forget(&self, url: &Url) {
        let mut chains = self.0.lock().unwrap_or_else(|p| p.into_inner());
        chains.remove(url);
    }

    /// Where the last request of `url` was sent for good, if it was.
    pub(super) fn moved_to(&self, url: &Url) -> Option<Url> {
        let chains = self.0.lock().unwrap_or_else(|p| p.into_inner());
        chains.get(url)?.moved_to.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn only_the_leading_permanent_hops_say_where_a_feed_moved() {
        let moves = Moves::default();
        let (old, new, cdn) = (
            url("http://www.zataz.com/feed/"),
            url("https://www.zataz.com/feed/"),
            url("https://cdn.example/zataz.xml"),
        );
        moves.record(
            StatusCode::MOVED_PERMANENTLY,
            &new,
            std::slice::from_ref(&old),
        );
        moves.record(StatusCode::FOUND, &cdn, &[old.clone(), new.clone()]);
        assert_eq!(moves.moved_to(&old), Some(new.clone()));
        // A temporary redirect first: the subscription itself has not moved.
        moves.record(StatusCode::FOUND, &new, std::slice::from_ref(&old));
        moves.record(StatusCode::PERMANENT_REDIRECT, &cdn, &[old.clone(), new]);
        assert_eq!(moves.moved_to(&old), None);
        moves.forget(&old);
        assert_eq!(moves.moved_to(&old), None);
    }
}
