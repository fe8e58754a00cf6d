//! Tagging state: the tag prompt (input and completions; open in `Overlay::TagPrompt`), the
//! reader's tag panel (applied tags and suggestions, with a cursor), the committed edits for
//! undo, and the vocabulary.
use super::input::TextInput;
use crate::model::{ArticleId, Facet, Filter, Lang, Tags};
use crate::tagging::{
    Candidate, Confidence, Kind, Suggestion, Suggestions, Vocabulary, facet_of, kinds_of,
};
use crate::tui::msg::{NoteChange, ReadChange, RejectChange, TagChange};
use std::sync::Arc;

/// Most rows the reader's tag panel takes.
pub const PANEL_MAX_ROWS: usize = 8;

/// Completions shown under the prompt's input.
pub const COMPLETIONS: usize = 6;

/// The vocabulary the prompt completes from; compared by identity (it never changes in a session).
#[derive(Clone, Default)]
pub struct SharedVocabulary(pub Option<Arc<Vocabulary>>);

impl SharedVocabulary {
    /// Shares a vocabulary built by the caller (once per process).
    pub fn new(vocab: Arc<Vocabulary>) -> SharedVocabulary {
        SharedVocabulary(Some(vocab))
    }

    /// How a tag value of `facet` shows on screen: its label in the interface language (`Pays-Bas`
    /// or `Netherlands` for `NL`, `rançongiciel` or `data breach` for an attack type), never the
    /// stored code, which stays in `--json` and exports; a value the vocabulary does not know
    /// shows as stored. Not sanitized: callers pass it through `text::screen`.
    pub fn display(&self, facet: Facet, value: &str, lang: Lang) -> String {
        kinds_of(facet)
            .iter()
            .find_map(|&kind| self.label(kind, value, lang))
            .unwrap_or_else(|| value.to_owned())
    }

    /// Which list a tag value of `facet` comes from, when the vocabulary knows it (`NL`: a country).
    pub fn kind_of(&self, facet: Facet, value: &str) -> Option<Kind> {
        let vocab = self.0.as_ref()?;
        kinds_of(facet)
            .iter()
            .copied()
            .find(|&kind| vocab.label(kind, value, Lang::En).is_some())
    }

    /// Like [`SharedVocabulary::display`] for a value whose list is known (a suggestion, a
    /// completion).
    pub fn display_kind(&self, kind: Kind, value: &str, lang: Lang) -> String {
        self.label(kind, value, lang)
            .unwrap_or_else(|| value.to_owned())
    }

    fn label(&self, kind: Kind, value: &str, lang: Lang) -> Option<String> {
        let label = self.0.as_ref()?.label(kind, value, lang)?;
        // Attack types and sectors are common nouns, written in lower case after a colon
        // ("rançongiciel", "data breach"); an acronym ("ONG et société civile") keeps its capitals.
        let common = matches!(kind, Kind::Attack | Kind::Sector);
        let mut chars = label.chars();
        match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if common && !second.is_uppercase() => {
                Some(first.to_lowercase().chain(label.chars().skip(1)).collect())
            }
            _ => Some(label),
        }
    }
}

impl PartialEq for SharedVocabulary {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl std::fmt::Debug for SharedVocabulary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "SharedVocabulary(loaded)"
        } else {
            "SharedVocabulary(none)"
        })
    }
}

/// A search's words and its `actor:V`-style terms ([`crate::model::facet_terms`]), each value
/// resolved through `vocab` as the prompt would (an alias to its canonical name; an ambiguous or
/// unknown value kept as typed).
pub fn facet_terms(search: &str, vocab: &SharedVocabulary) -> (String, Vec<(Facet, String)>) {
    let (words, terms) = crate::model::facet_terms(search);
    let terms = terms
        .into_iter()
        .map(|(facet, value)| {
            let canonical = match vocab.0.as_ref().map(|v| v.resolve(facet, &value, &[])) {
                Some(crate::tagging::Resolution::Canonical(c)) => c.value,
                _ => value,
            };
            (facet, canonical)
        })
        .collect();
    (words, terms)
}

/// What a prompt's values go to.
#[derive(Debug, Clone, PartialEq)]
pub enum PromptTarget {
    /// One article.
    Article(ArticleId),
    /// Every article of the list's filter (bulk), `count` of them when known.
    Filter {
        /// The list's filter when the prompt opened.
        filter: Filter,
        /// How many articles it matched.
        count: Option<u64>,
    },
}

/// The tag prompt of `a`, `t` and `y`: stays open after Enter for another value, Esc closes it.
#[derive(Debug, Clone, PartialEq)]
pub struct TagPrompt {
    /// The facet being tagged.
    pub facet: Facet,
    /// Where the values go.
    pub target: PromptTarget,
    /// The typed text.
    pub input: TextInput,
    /// Values already used in the store for this facet (loaded by the worker).
    pub used: Vec<String>,
    /// Completions of the input, or the candidates of an ambiguous value.
    pub candidates: Vec<Candidate>,
    /// The highlighted candidate; Enter applies it instead of the typed text.
    pub selected: Option<usize>,
    /// The candidates are those of an ambiguous value: the user must pick one.
    pub ambiguous: bool,
    /// Values sent to the worker and not yet committed.
    pub pending: Vec<String>,
    /// Values committed during this prompt.
    pub applied: Vec<String>,
    /// A value the vocabulary does not know, typed and entered once: Enter again creates it.
    pub confirm_new: Option<String>,
}

impl TagPrompt {
    /// An empty prompt for `facet`.
    pub fn new(facet: Facet, target: PromptTarget) -> TagPrompt {
        TagPrompt {
            facet,
            target,
            input: TextInput::default(),
            used: Vec::new(),
            candidates: Vec::new(),
            selected: None,
            ambiguous: false,
            pending: Vec::new(),
            applied: Vec::new(),
            confirm_new: None,
        }
    }

    /// Completes the input again (after typing, or when the used values arrive).
    pub fn refresh(&mut self, vocab: &SharedVocabulary) {
        self.ambiguous = false;
        self.confirm_new = None;
        self.candidates = match &vocab.0 {
            Some(v) => v.complete(self.facet, &self.input.text, &self.used, COMPLETIONS),
            None => Vec::new(),
        };
        // The best completion is highlighted when the input starts it or one of its words
        // ("espionn"): Enter then applies it rather than creating the half-typed word. A whole
        // name is left to Enter's own resolution, which refuses to guess between homonyms.
        use crate::tagging::MatchRank;
        self.selected = self
            .candidates
            .first()
            .filter(|c| matches!(c.rank, MatchRank::Prefix | MatchRank::WordPrefix))
            .map(|_| 0);
    }

    /// Moves the highlight by `delta`, wrapping; from none, down starts at the first.
    pub fn move_selection(&mut self, delta: isize) {
        let n = self.candidates.len();
        if n == 0 {
            self.selected = None;
            return;
        }
        let n = isize::try_from(n).unwrap_or(isize::MAX);
        let next = match self.selected {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(i) => (isize::try_from(i).unwrap_or(0) + delta).rem_euclid(n),
        };
        self.selected = usize::try_from(next).ok();
    }
}

/// One line of the reader's tag panel.
#[derive(Debug, Clone, PartialEq)]
pub enum PanelItem {
    /// A tag the article carries.
    Tag(Facet, String),
    /// A suggestion not yet accepted nor rejected, for that facet: its value, list, evidence and
    /// confidence.
    Suggestion(Facet, Suggestion),
}

/// A committed edit that `U` reverts.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Tags added or removed.
    Tags(TagChange),
    /// Suggestions rejected.
    Rejection(RejectChange),
    /// A note written or cleared.
    Note(NoteChange),
    /// Read flags changed (`m`, or mark all read as one step).
    Read(ReadChange),
}

/// Most edits `U` can undo, one after the other.
pub const UNDO_DEPTH: usize = 100;

/// Tagging state of the session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tagging {
    /// Suggestions for the open article (its reader request and the result).
    pub suggestions: Option<(u64, Suggestions)>,
    /// Suggestions the user rejected for the open article (stored: they never come back).
    pub rejected: Vec<(Facet, String)>,
    /// The highlighted line of the tag panel; the panel shows while it is set.
    pub cursor: Option<usize>,
    /// The committed edits, oldest first: `U` reverts the last, then the one before.
    pub history: Vec<Edit>,
    /// The committed undos, oldest first: redo applies the last again; a new edit forgets them.
    pub redo: Vec<Edit>,
    /// Redos sent and not yet committed: their commits go back to `history` without forgetting
    /// the other redos (the worker answers in order, one answer per redo).
    pub redoing: usize,
    /// `*` was pressed: the next prompt tags every article of the list.
    pub bulk: bool,
    /// `A` sent the high-confidence suggestions; their commit says how many lower ones are left.
    pub accepting: bool,
}

impl Tagging {
    /// Remembers a committed edit for `U` (the oldest are forgotten past [`UNDO_DEPTH`]); a new
    /// edit, not a redo, forgets what could be redone.
    pub fn remember(&mut self, edit: Edit) {
        if self.redoing > 0 {
            self.redoing -= 1;
        } else {
            self.redo.clear();
        }
        if self.history.len() >= UNDO_DEPTH {
            self.history.remove(0);
        }
        self.history.push(edit);
    }

    /// Remembers a committed undo, for redo.
    pub fn remember_undo(&mut self, edit: Edit) {
        if self.redo.len() >= UNDO_DEPTH {
            self.redo.remove(0);
        }
        self.redo.push(edit);
    }

    /// Forgets what belongs to the open article (it closed or another one opens).
    pub fn close_article(&mut self) {
        self.suggestions = None;
        self.rejected.clear();
        self.cursor = None;
        self.accepting = false;
    }

    /// The tag panel's lines for an article carrying `tags`: its tags, then the suggestions it
    /// does not carry and the user did not reject. CVE ids are shown apart: they are no facet.
    pub fn panel(&self, tags: &Tags) -> Vec<PanelItem> {
        let mut items: Vec<PanelItem> = Facet::ALL
            .into_iter()
            .flat_map(|f| {
                tags.get(f)
                    .iter()
                    .map(move |v| PanelItem::Tag(f, v.clone()))
            })
            .collect();
        let Some((_, s)) = &self.suggestions else {
            return items;
        };
        let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
        for sug in [&s.actor, &s.target, &s.sector, &s.country, &s.attack]
            .into_iter()
            .flatten()
        {
            let Some(facet) = facet_of(sug.kind) else {
                continue;
            };
            let carried = tags.get(facet).iter().any(|v| same(v, &sug.value));
            let rejected = crate::tagging::is_rejected(sug, &self.rejected);
            let listed = items.iter().any(
                |i| matches!(i, PanelItem::Suggestion(f, s) if *f == facet && same(&s.value, &sug.value)),
            );
            if !carried && !rejected && !listed {
                items.push(PanelItem::Suggestion(facet, sug.clone()));
            }
        }
        items
    }

    /// CVE ids suggested for the open article (shown, not applied: CVE is no tag facet).
    pub fn cves(&self) -> Vec<String> {
        self.suggestions
            .as_ref()
            .map(|(_, s)| s.cve.iter().map(|c| c.value.clone()).collect())
            .unwrap_or_default()
    }

    /// Rows the tag panel takes at the bottom of the reader: none until its cursor is set (by
    /// suggestions arriving or by `<`, `>`, `x`), then a heading, its lines and the CVE line, at most
    /// [`PANEL_MAX_ROWS`].
    pub fn panel_rows(&self, tags: &Tags) -> u16 {
        if self.cursor.is_none() {
            return 0;
        }
        let lines = 1 + self.panel(tags).len() + usize::from(!self.cves().is_empty());
        u16::try_from(lines.min(PANEL_MAX_ROWS)).unwrap_or(0)
    }

    /// Every suggestion still offered to an article carrying `tags`, with its confidence.
    pub fn pending_suggestions(&self, tags: &Tags) -> Vec<(Facet, String, Confidence)> {
        self.panel(tags)
            .into_iter()
            .filter_map(|i| match i {
                PanelItem::Suggestion(f, s) => Some((f, s.value, s.confidence)),
                PanelItem::Tag(..) => None,
            })
            .collect()
    }

    /// What `A` applies to an article carrying `tags`: the high-confidence suggestions only
    /// (`../shared/TAGGING.md`: anything lower is read before it is accepted), and how many lower
    /// ones it leaves.
    pub fn accept_all(&self, tags: &Tags) -> (Vec<(Facet, String)>, usize) {
        let (high, lower): (Vec<_>, Vec<_>) = self
            .pending_suggestions(tags)
            .into_iter()
            .partition(|(.., c)| *c == Confidence::High);
        let high = high.into_iter().map(|(f, v, _)| (f, v)).collect();
        (high, lower.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_terms_are_taken_out_of_a_search_and_resolved() {
        let vocab = SharedVocabulary::new(Arc::new(Vocabulary::bundled().unwrap()));
        let (words, terms) = facet_terms(
            "fuite actor:\"Fancy Bear\" Target:CPI données attack:inconnu",
            &vocab,
        );
        assert_eq!(words, "fuite données");
        assert_eq!(
            terms,
            vec![
                (Facet::Actor, "APT28".to_owned()),
                (Facet::Target, "International Criminal Court".to_owned()),
                (Facet::Attack, "inconnu".to_owned()),
            ]
        );
        assert_eq!(facet_terms("http://x.example a:b", &vocab).1, vec![]);
        let (words, french) = facet_terms(
            "Acteur:\"Fancy Bear\" cible:CPI attaque:rançongiciel",
            &vocab,
        );
        assert_eq!(words, "");
        assert_eq!(
            french,
            vec![
                (Facet::Actor, "APT28".to_owned()),
                (Facet::Target, "International Criminal Court".to_owned()),
                (Facet::Attack, "ransomware".to_owned()),
            ]
        );
    }
}
