//! Stories: one event reported by many sources, in French and in English.
//!
//! Each new article joins the story it reports or starts one, as it is stored ([`Store::cluster`]
//! during a fetch). What decides is what survives translation — the victims, actors and CVE ids of
//! the tagging vocabulary (so « rançongiciel » and "ransomware", « Cour pénale internationale » and
//! "International Criminal Court" meet), proper nouns and numbers — plus text similarity within one
//! language and a two-week window ([`decide`]). Candidates come from an index of story keys (victim,
//! CVE id, name, exact-text hash → recent stories), never from a pass over the store. Every
//! membership keeps its [`Reason`].
//!
//! [`Store::cluster`]: crate::store::Store::cluster
pub mod decide;
pub mod memory;
pub mod profile;

pub use decide::{Evidence, Reason, WINDOW_DAYS};
pub use memory::Memory;
pub use profile::Profile;

/// The suggester clustering reads entities with: the bundled vocabulary's. Built by each fetch that
/// brings something new (no process-wide state); `None` if the bundled vocabulary cannot be
/// compiled, which the vocabulary's tests catch: the fetch then stores articles without placing them.
pub fn bundled_suggester() -> Option<crate::tagging::Suggester> {
    let vocab = crate::tagging::Vocabulary::bundled().ok()?;
    crate::tagging::Suggester::new(&vocab).ok()
}
