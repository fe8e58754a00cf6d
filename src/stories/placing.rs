//! Placing a fetch's new articles in two steps, so that the store's single writer only writes: the
//! decisions (which story each article joins, and why) are pure work on the recent stories held in
//! memory ([`decide`]), which a fetch runs on another thread while its writer stores the next feed;
//! the writer then stores them ([`Store::apply_placing`]). Deciding was about three fifths of
//! placing's cost on the writer, the busier side of a cold fetch (benches/stories.rs).
//!
//! [`Store::apply_placing`]: crate::store::Store::apply_placing
use super::codec;
use super::decide::Reason;
use super::profile::Profile;
use super::recent::Recent;
use crate::model::ArticleId;

/// Which story an article joins, and why: what the writer stores.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The article.
    pub article: ArticleId,
    /// Its date as stored (microseconds).
    pub seen: i64,
    /// The story it joins: a stored story's id, or the handle of a story started by this run and
    /// perhaps not stored yet ([`Recent::new_handle`]), which [`Recent`] maps to the stored story.
    pub story: i64,
    /// Why (`Started` for the first article of a story).
    pub reason: Reason,
    /// The reason as stored (JSON), made here rather than on the writer.
    pub reason_json: String,
    /// The profile as stored beside the membership ([`codec`]).
    pub record: Vec<u8>,
}

impl Decision {
    /// True when the article joined a story (rather than starting one).
    pub fn joined(&self) -> bool {
        !matches!(self.reason, Reason::Started)
    }
}

/// Decides where each article goes, in the order given (date order: see
/// [`Store::prepare_placing`]), among the stories of `recent`, which then holds it: an article
/// decided here is a candidate for the next one. `recent` must hold the spans these articles need
/// (the store reads them in `prepare_placing`).
///
/// [`Store::prepare_placing`]: crate::store::Store::prepare_placing
pub fn decide(recent: &mut Recent, articles: Vec<(i64, ArticleId, Profile)>) -> Vec<Decision> {
    articles
        .into_iter()
        .map(|(seen, id, mut profile)| {
            // Compared in seconds: `seen` is the stored date, in microseconds.
            profile.date = Some(seen.div_euclid(1_000_000));
            let keys = profile.keys();
            let (story, reason) = match recent.best_keyed(&profile, &keys) {
                Some(found) => found,
                None => (recent.new_handle(), Reason::Started),
            };
            let record = codec::encode(&profile);
            recent.add_keyed(story, id.0, profile, &keys);
            Decision {
                article: id,
                seen,
                story,
                reason_json: serde_json::to_string(&reason).unwrap_or_default(),
                reason,
                record,
            }
        })
        .collect()
}
