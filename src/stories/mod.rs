//! Stories: one event reported by many sources, in French and in English.
//!
//! Each new article joins the story it reports or starts one, as it is stored ([`Store::cluster`]
//! during a fetch). What decides is what survives translation — the victims, actors and CVE ids of
//! the tagging vocabulary (so « rançongiciel » and "ransomware", « Cour pénale internationale » and
//! "International Criminal Court" meet), proper nouns and numbers — plus text similarity within one
//! language and a two-week window ([`decide`]). A fetch reads the [`Profile`] of each new article
//! (only new ones) and decides where it goes off the store's single writer, while that writer
//! stores the next feed ([`placing`]); candidates are the stories sharing a key with it (victim,
//! CVE id, name, exact-text hash) in its two-week span and the two beside it, held in memory by the
//! fetch ([`Recent`]), never a pass over the store. Every membership keeps its [`Reason`].
//!
//! [`Store::cluster`]: crate::store::Store::cluster
pub mod address;
pub mod bridge;
pub mod cited_source;
pub mod codec;
pub mod decide;
pub mod exonyms;
pub mod institutions;
pub mod memory;
pub mod placing;
pub mod profile;
pub mod recalled;
pub mod recent;
pub mod setting;
pub mod translated;
pub mod turns;

pub use decide::{Evidence, Reason, WINDOW_DAYS};
pub use memory::Memory;
pub use placing::{Decision, Decisions};
pub use profile::Profile;
pub use recent::Recent;

use crate::model::{ArticleId, NewArticle};
use crate::store::UpdateStats;
use crate::tagging::Suggester;
use chrono::{DateTime, Utc};

/// The clustering profile of each article (in the order of `articles`).
pub fn profiles_of(suggester: &Suggester, articles: &[NewArticle]) -> Vec<Profile> {
    articles.iter().map(|a| profile_of(suggester, a)).collect()
}

/// The clustering profile of one article (its date is set where it is placed).
pub fn profile_of(suggester: &Suggester, article: &NewArticle) -> Profile {
    let text = article.text.as_deref().unwrap_or_default();
    Profile::new(
        suggester,
        &article.title,
        text,
        article.lang,
        None,
        article.url.as_deref(),
    )
}

/// The new articles of a stored update (`articles`, the update's), each with its publication
/// date: a fetch profiles these only, not those of the feed it had stored already.
pub fn new_articles(
    stats: &UpdateStats,
    articles: Vec<NewArticle>,
) -> Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)> {
    let mut articles: Vec<Option<NewArticle>> = articles.into_iter().map(Some).collect();
    stats
        .new_links
        .iter()
        .zip(&stats.new_positions)
        .filter_map(|((id, _), &at)| {
            let article = articles.get_mut(at)?.take()?;
            Some((*id, article.published, article))
        })
        .collect()
}

/// The new articles of a stored update, each with its publication date and profile, for
/// [`Store::cluster`]: `profiles` are those of `articles` (see [`profiles_of`]).
pub fn placements(
    stats: &UpdateStats,
    articles: &[NewArticle],
    mut profiles: Vec<Profile>,
) -> Vec<(ArticleId, Option<DateTime<Utc>>, Profile)> {
    stats
        .new_links
        .iter()
        .zip(&stats.new_positions)
        .filter_map(|((id, _), &at)| {
            let published = articles.get(at)?.published;
            Some((*id, published, std::mem::take(profiles.get_mut(at)?)))
        })
        .collect()
}

/// The suggester clustering reads entities with: the bundled vocabulary's. Built by each fetch that
/// brings new articles (in its first placing task) (no process-wide state); `None` if the bundled
/// vocabulary cannot be compiled, which the vocabulary's tests catch: the fetch then stores articles
/// without placing them.
pub fn bundled_suggester() -> Option<Suggester> {
    let vocab = crate::tagging::Vocabulary::bundled().ok()?;
    Suggester::new(&vocab).ok()
}
