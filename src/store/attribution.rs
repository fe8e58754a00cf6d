//! An article is attributed (named actors) or explicitly unattributed, never both.
use super::{StoreError, TagRow};
use crate::model::{ArticleId, Facet, is_unattributed};
use rusqlite::Connection;

/// The actor tags that contradict the actor tags in `added`, now on their articles: a named actor
/// ends an explicit "unattributed", and "unattributed" ends the named actors (the newest decision
/// wins; when one edit adds both, its last actor decides). Read in the caller's transaction,
/// which removes them (`Store::add_tag_rows_settled`).
pub(super) fn contradicted(conn: &Connection, added: &[TagRow]) -> Result<Vec<TagRow>, StoreError> {
    let mut decided: Vec<(ArticleId, bool)> = Vec::new();
    for (id, _, value) in added.iter().filter(|(_, f, _)| *f == Facet::Actor) {
        let unattributed = is_unattributed(value);
        match decided.iter_mut().find(|(d, _)| d == id) {
            Some(d) => d.1 = unattributed,
            None => decided.push((*id, unattributed)),
        }
    }
    if decided.is_empty() {
        return Ok(Vec::new());
    }
    // The tags only, of every article at once: not each whole article with its text.
    let ids: Vec<ArticleId> = decided.iter().map(|(id, _)| *id).collect();
    let tags = super::tags::tags_of(conn, &ids)?;
    let mut contradicted: Vec<TagRow> = Vec::new();
    for (id, unattributed) in decided {
        let Some(tags) = tags.get(&id) else {
            continue;
        };
        for actor in &tags.actor {
            if is_unattributed(actor) != unattributed {
                contradicted.push((id, Facet::Actor, actor.clone()));
            }
        }
    }
    Ok(contradicted)
}
