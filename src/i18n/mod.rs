//! Every label and message of veille in English and French, the reader's and the command line's:
//! `{name}` marks a value filled in, `{n|one|other}` the form the number `n` takes (one plural rule
//! per language, below), `{key:action}` the key bound to an action (resolved against the user's
//! keymap, never written out: a remapped key must not leave a hint naming the old one). French
//! texts carry their typography: a no-break space before `:` and `?`/`!`, a narrow one before `;`,
//! and no-break spaces inside « » (a test checks every one).
//!
//! A hand-kept table rather than Project Fluent: two languages whose plural rules are one line
//! each, every text checked by the compiler (a variant, not a string id looked up at run time),
//! the no-break spaces visible as `\u{a0}` in review where a `.ftl` file hides them, and no
//! isolation marks around values (Fluent's default) to reach the terminal.
use crate::model::Lang;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum T {
    /// Sidebar: every article.
    ScopeAll,
    /// Sidebar: unread articles.
    ScopeUnread,
    /// Sidebar: starred articles.
    ScopeStarred,
    /// Sidebar: articles in French.
    ScopeFrench,
    /// Sidebar: articles in English.
    ScopeEnglish,
    /// Sidebar: articles with a tag.
    ScopeTagged,
    /// Sidebar pane title.
    FeedsTitle,
    /// List pane title, `{n}` articles.
    ListTitle,
    /// Reader pane title.
    ReaderTitle,
    /// Help overlay title.
    HelpTitle,
    /// Header: language filter off.
    LangAll,
    /// Header: unread-only filter on.
    UnreadOnly,
    /// Header: the applied search, `{q}`.
    SearchApplied,
    /// A page or an article is on its way.
    Loading,
    /// The list is empty because the store is.
    EmptyStore,
    /// The list is empty because of the filters.
    EmptyFilter,
    /// An article without date.
    Undated,
    /// The reader's author line, `{author}`.
    ByAuthor,
    /// The article has neither content nor summary.
    NoBody,
    /// The feed changed the open article `{n}` times after it was worked on; now titled `{title}`.
    ChangedByFeed,
    /// The search box prompt.
    SearchPrompt,
    /// Status-bar hint when nothing else is to be said.
    Hints,
    /// Refresh under way: `{done}` of `{total}` feeds, last `{feed}`.
    Refreshing,
    /// Refresh done: `{new}` new articles, and what retention removed (`{purged}`, may be empty).
    RefreshDone,
    /// Refresh done: `{new}` new, `{n}` failed feeds, the first `{feed}` and its `{reason}`, and
    /// what retention removed (`{purged}`, empty when nothing).
    RefreshFailures,
    /// A refresh is already running.
    RefreshBusy,
    /// The refresh could not run: `{error}`.
    RefreshError,
    /// A database or system error: `{error}`.
    Error,
    /// The article has no link.
    NoLink,
    /// The open article's TLP is now `{tlp}`.
    TlpSet,
    /// The open article's TLP is the default again, `{tlp}`.
    TlpDefault,
    /// The TLP key needs an open article.
    TlpNeedsReader,
    /// The link is not http(s): `{url}`.
    NotHttp,
    /// The browser was started for `{url}`.
    Opening,
    /// The browser could not start: `{error}`.
    OpenFailed,
    /// No link numbered `{n}`.
    NoSuchLink,
    /// Digits typed so far `{n}`, waiting for more.
    LinkPending,
    /// Help: how to close it.
    HelpClose,
    /// Reader: the heading of the numbered links.
    Links,
    /// Marked as read.
    MarkedRead,
    /// Marked as unread.
    MarkedUnread,
    /// Starred.
    Starred,
    /// Unstarred.
    Unstarred,
    /// The actor facet.
    FacetActor,
    /// The target facet.
    FacetTarget,
    /// The attack-type facet.
    FacetAttack,
    /// A target that is a sector.
    FacetSector,
    /// A target that is a country.
    FacetCountry,
    /// Prompt title for one article: `{facet}`.
    PromptOne,
    /// Prompt title for a bulk edit: `{facet}`, `{n}` articles.
    PromptBulk,
    /// Prompt keys.
    PromptKeys,
    /// An ambiguous value `{value}`: pick a candidate.
    PromptAmbiguous,
    /// Values committed in this prompt: `{values}`.
    PromptApplied,
    /// Values sent, not yet committed: `{values}`.
    PromptSaving,
    /// Candidate from the organisations.
    KindOrganisation,
    /// Candidate from the sectors.
    KindSector,
    /// Candidate from the countries.
    KindCountry,
    /// Candidate from the values in use.
    KindUsed,
    /// Tags committed on one article: `{values}`.
    TagAdded,
    /// Tags committed on `{n}` articles: `{values}`.
    TagAddedBulk,
    /// Tags removed: `{values}`.
    TagRemoved,
    /// Nothing changed.
    TagUnchanged,
    /// An edit was undone: `{values}`.
    TagUndone,
    /// No edit to undo.
    NothingToUndo,
    /// A tag edit failed: `{error}`.
    TagFailed,
    /// No article to tag.
    NoArticle,
    /// Bulk armed for `{n}` articles.
    BulkArmed,
    /// Bulk disarmed.
    BulkOff,
    /// Nothing to accept.
    NoSuggestion,
    /// The panel is empty.
    NoTags,
    /// Panel keys need the reader.
    OpenToEdit,
    /// A suggestion rejected: `{value}`.
    Rejected,
    /// The reader's tag panel heading.
    PanelTitle,
    /// Evidence found in the title: `{term}`.
    InTitle,
    /// Evidence found in the text: `{term}`.
    InText,
    /// `A` accepted `{n}` (several) high-confidence suggestions and left `{lower}` lower ones.
    AcceptedHigh,
    /// `A` accepted `{n}` (one) high-confidence suggestion and left `{lower}` lower ones.
    AcceptedHighOne,
    /// `A` found no high-confidence suggestion, `{lower}` lower ones.
    NoHighSuggestion,
    /// A suggestion's confidence: high.
    ConfidenceHigh,
    /// A suggestion's confidence: medium.
    ConfidenceMedium,
    /// A suggestion's confidence: low.
    ConfidenceLow,
    /// The page at `{url}` is being fetched for its full text.
    FullTextFetching,
    /// The full text was fetched and stored.
    FullTextLoaded,
    /// The full text could not be had: `{error}`.
    FullTextFailed,
    /// The export prompt: `{format}`.
    ExportPrompt,
    /// `{count}` articles exported to `{path}`.
    Exported,
    /// The export failed: `{error}`.
    ExportFailed,
    /// The export's file `{path}` exists: a second Enter replaces it.
    ExportExists,
    /// `{value}` is not in the vocabulary: a second Enter keeps it as typed.
    ConfirmNewValue,
    /// The note editor's title, with its keys.
    NoteTitle,
    /// Before the note under the reader's header.
    NoteLabel,
    /// The note is on its way to the database.
    NoteSaving,
    /// The note was committed.
    NoteSaved,
    /// The note was cleared and committed.
    NoteCleared,
    /// An undo put the note back as it was.
    NoteUndone,
    /// The editor was closed without saving.
    NoteCancelled,
    /// The note could not be saved: `{error}` (the text stays in the editor).
    NoteFailed,
    /// The note key needs the article open in the reader.
    OpenToNote,
    /// Mark all read committed: `{n}` articles.
    MarkedAllRead,
    /// An undo put back `{n}` read flags.
    ReadUndone,
    /// Read flags could not be saved: `{error}`.
    ReadFailed,
    /// No unread article after (or before) the selection in the list.
    NoUnread,
    /// A failing feed `{feed}`: `{reason}`, its `{status}` and `{since}` parts.
    FeedFailing,
    /// Since when a feed fails (`{date}`), then its `{last}` success part.
    FeedFailingSince,
    /// With `confirm_quit`: the quit key was pressed once.
    ConfirmQuit,
    /// The HTTP status of a failed fetch, `{status}`.
    FeedHttpStatus,
    /// When a failing feed was last fetched, `{date}`.
    FeedLastSuccess,
    /// A failing feed never fetched.
    FeedNeverFetched,
    /// After a refresh: retention removed `{purged}` articles.
    RetentionRemoved,
    /// Redo with nothing undone.
    NothingToRedo,
}

impl T {
    /// Every text, so that a test can check each has both languages.
    pub const ALL: [T; 110] = [
        T::ScopeAll,
        T::ScopeUnread,
        T::ScopeStarred,
        T::ScopeFrench,
        T::ScopeEnglish,
        T::ScopeTagged,
        T::FeedsTitle,
        T::ListTitle,
        T::ReaderTitle,
        T::HelpTitle,
        T::LangAll,
        T::UnreadOnly,
        T::SearchApplied,
        T::Loading,
        T::EmptyStore,
        T::EmptyFilter,
        T::Undated,
        T::ByAuthor,
        T::NoBody,
        T::ChangedByFeed,
        T::SearchPrompt,
        T::Hints,
        T::Refreshing,
        T::RefreshDone,
        T::RefreshFailures,
        T::RefreshBusy,
        T::RefreshError,
        T::Error,
        T::NoLink,
        T::TlpSet,
        T::TlpDefault,
        T::TlpNeedsReader,
        T::NotHttp,
        T::Opening,
        T::OpenFailed,
        T::NoSuchLink,
        T::LinkPending,
        T::HelpClose,
        T::Links,
        T::MarkedRead,
        T::MarkedUnread,
        T::Starred,
        T::Unstarred,
        T::FacetActor,
        T::FacetTarget,
        T::FacetAttack,
        T::FacetSector,
        T::FacetCountry,
        T::PromptOne,
        T::PromptBulk,
        T::PromptKeys,
        T::PromptAmbiguous,
        T::PromptApplied,
        T::PromptSaving,
        T::KindOrganisation,
        T::KindSector,
        T::KindCountry,
        T::KindUsed,
        T::TagAdded,
        T::TagAddedBulk,
        T::TagRemoved,
        T::TagUnchanged,
        T::TagUndone,
        T::NothingToUndo,
        T::TagFailed,
        T::NoArticle,
        T::BulkArmed,
        T::BulkOff,
        T::NoSuggestion,
        T::NoTags,
        T::OpenToEdit,
        T::Rejected,
        T::PanelTitle,
        T::InTitle,
        T::InText,
        T::AcceptedHigh,
        T::AcceptedHighOne,
        T::NoHighSuggestion,
        T::ConfidenceHigh,
        T::ConfidenceMedium,
        T::ConfidenceLow,
        T::FullTextFetching,
        T::FullTextLoaded,
        T::FullTextFailed,
        T::ExportPrompt,
        T::Exported,
        T::ExportFailed,
        T::ExportExists,
        T::ConfirmNewValue,
        T::NoteTitle,
        T::NoteLabel,
        T::NoteSaving,
        T::NoteSaved,
        T::NoteCleared,
        T::NoteUndone,
        T::NoteCancelled,
        T::NoteFailed,
        T::OpenToNote,
        T::MarkedAllRead,
        T::ReadUndone,
        T::ReadFailed,
        T::NoUnread,
        T::FeedFailing,
        T::FeedFailingSince,
        T::ConfirmQuit,
        T::FeedHttpStatus,
        T::FeedLastSuccess,
        T::FeedNeverFetched,
        T::RetentionRemoved,
        T::NothingToRedo,
    ];

    /// The (English, French) pair.
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            T::ScopeAll => ("All", "Tous"),
            T::ScopeUnread => ("Unread", "Non lus"),
            T::ScopeStarred => ("Starred", "Favoris"),
            // Each language named in itself, as language pickers do.
            T::ScopeFrench => ("Français", "Français"),
            T::ScopeEnglish => ("English", "English"),
            T::ScopeTagged => ("Tagged", "Étiquetés"),
            T::FeedsTitle => ("Feeds", "Flux"),
            T::ListTitle => ("Articles ({n})", "Articles ({n})"),
            T::ReaderTitle => ("Article", "Article"),
            T::HelpTitle => ("Keys", "Raccourcis"),
            T::LangAll => ("all languages", "toutes langues"),
            T::UnreadOnly => ("unread only", "non lus seulement"),
            T::SearchApplied => ("search: {q}", "recherche\u{a0}: {q}"),
            T::Loading => ("Loading…", "Chargement…"),
            T::EmptyStore => (
                "No articles yet. Press {key:refresh} to fetch the feeds.",
                "Aucun article pour l'instant. Appuyez sur {key:refresh} pour récupérer les flux.",
            ),
            T::EmptyFilter => (
                "No article matches. {key:back} clears the search, {key:next_pane} reaches the feeds.",
                "Aucun article ne correspond. {key:back} efface la recherche, {key:next_pane} mène aux flux.",
            ),
            T::Undated => ("undated", "sans date"),
            T::ByAuthor => ("by {author}", "par {author}"),
            T::ChangedByFeed => (
                "Feed changed it {n}× since you worked on it (kept as it was): {title}",
                "Modifié {n}× par le flux depuis votre travail (conservé tel quel)\u{a0}: {title}",
            ),
            T::NoBody => (
                "(The feed gives no text for this article: {key:open_link} opens it in the browser.)",
                "(Le flux ne donne aucun texte pour cet article\u{a0}: {key:open_link} l'ouvre dans le navigateur.)",
            ),
            T::SearchPrompt => ("Search: ", "Recherche\u{a0}: "),
            T::Hints => (
                "{key:help} help · {key:search} search · {key:cycle_lang} language · {key:unread_only} unread · {key:refresh} refresh · {key:quit} quit",
                "{key:help} aide · {key:search} recherche · {key:cycle_lang} langue · {key:unread_only} non lus · {key:refresh} actualiser · {key:quit} quitter",
            ),
            T::Refreshing => (
                "Refreshing {done}/{total}: {feed}",
                "Actualisation {done}/{total}\u{a0}: {feed}",
            ),
            T::RefreshDone => (
                "Refresh done: {new} new {new|article|articles}{purged}",
                "Actualisation terminée\u{a0}: {new} {new|nouvel article|nouveaux articles}{purged}",
            ),
            T::RefreshFailures => (
                "Refresh done: {new} new, {n} failed — {feed}: {reason}{purged}",
                "Actualisation terminée\u{a0}: {new} {new|nouveau|nouveaux}, {n} en échec — {feed}\u{a0}: {reason}{purged}",
            ),
            T::RefreshBusy => (
                "A refresh is already running",
                "Une actualisation est déjà en cours",
            ),
            T::RefreshError => (
                "Refresh failed: {error}",
                "Échec de l'actualisation\u{a0}: {error}",
            ),
            T::Error => ("Error: {error}", "Erreur\u{a0}: {error}"),
            T::NoLink => ("This article has no link", "Cet article n'a pas de lien"),
            T::TlpSet => (
                "Exports mark this article {tlp}",
                "Les exports marquent cet article {tlp}",
            ),
            T::TlpDefault => (
                "Exports mark this article with the default TLP ({tlp})",
                "Les exports marquent cet article de la TLP par défaut ({tlp})",
            ),
            T::TlpNeedsReader => (
                "Open an article to set its TLP",
                "Ouvrez un article pour choisir sa TLP",
            ),
            T::NotHttp => (
                "Not opened (not an http or https link): {url}",
                "Non ouvert (lien ni http ni https)\u{a0}: {url}",
            ),
            T::Opening => ("Opening {url}", "Ouverture de {url}"),
            T::OpenFailed => (
                "Cannot start the browser: {error}",
                "Impossible de lancer le navigateur\u{a0}: {error}",
            ),
            T::NoSuchLink => ("No link [{n}]", "Pas de lien [{n}]"),
            T::LinkPending => (
                "Link [{n}…]: another digit, or Enter",
                "Lien [{n}…]\u{a0}: un autre chiffre, ou Entrée",
            ),
            T::HelpClose => (
                "{key:back} or {key:help} closes this help",
                "{key:back} ou {key:help} ferme cette aide",
            ),
            T::Links => ("Links", "Liens"),
            T::MarkedRead => ("Marked as read", "Marqué comme lu"),
            T::MarkedUnread => ("Marked as unread", "Marqué comme non lu"),
            T::Starred => ("Added to starred", "Ajouté aux favoris"),
            T::Unstarred => ("Removed from starred", "Retiré des favoris"),
            T::FacetActor => ("Actor", "Acteur"),
            T::FacetTarget => ("Target", "Cible"),
            T::FacetAttack => ("Attack type", "Type d'attaque"),
            T::FacetSector => ("Sector", "Secteur"),
            T::FacetCountry => ("Country", "Pays"),
            T::PromptOne => ("{facet} — this article", "{facet} — cet article"),
            T::PromptBulk => (
                "{facet} — every article of the list ({n})",
                "{facet} — {n|l'article|tous les articles} de la liste ({n})",
            ),
            T::PromptKeys => (
                "Enter applies · Tab/↓ picks · Esc closes",
                "Entrée applique · Tab/↓ choisit · Échap ferme",
            ),
            T::PromptAmbiguous => (
                "“{value}” names several entries: pick one",
                "«\u{a0}{value}\u{a0}» désigne plusieurs entrées\u{a0}: choisissez",
            ),
            T::PromptApplied => ("applied: {values}", "appliqué\u{a0}: {values}"),
            T::PromptSaving => ("saving: {values}", "enregistrement\u{a0}: {values}"),
            T::KindOrganisation => ("organisation", "organisation"),
            T::KindSector => ("sector", "secteur"),
            T::KindCountry => ("country", "pays"),
            T::KindUsed => ("in use", "déjà utilisé"),
            T::TagAdded => ("Tagged: {values}", "Étiqueté\u{a0}: {values}"),
            T::TagAddedBulk => (
                "Tagged {n} {n|article|articles}: {values}",
                "{n} {n|article étiqueté|articles étiquetés}\u{a0}: {values}",
            ),
            T::TagRemoved => ("Tag removed: {values}", "Étiquette retirée\u{a0}: {values}"),
            T::TagUnchanged => (
                "Nothing changed: already so",
                "Rien n'a changé\u{a0}: c'était déjà le cas",
            ),
            T::TagUndone => ("Undone: {values}", "Annulé\u{a0}: {values}"),
            T::NothingToUndo => ("Nothing to undo", "Rien à annuler"),
            T::NothingToRedo => ("Nothing to redo", "Rien à rétablir"),
            T::TagFailed => (
                "Tags not saved: {error}",
                "Étiquettes non enregistrées\u{a0}: {error}",
            ),
            T::NoArticle => ("No article selected", "Aucun article choisi"),
            T::BulkArmed => (
                "Bulk: the next {key:tag_actor}, {key:tag_target} or {key:tag_attack} tags the {n} articles of the list ({key:bulk_tag} cancels)",
                "En masse\u{a0}: le prochain {key:tag_actor}, {key:tag_target} ou {key:tag_attack} étiquette les {n} articles de la liste ({key:bulk_tag} annule)",
            ),
            T::BulkOff => ("Bulk tagging cancelled", "Étiquetage en masse annulé"),
            T::NoSuggestion => ("No suggestion to accept", "Aucune suggestion à accepter"),
            T::NoTags => (
                "This article has no tag nor suggestion",
                "Cet article n'a ni étiquette ni suggestion",
            ),
            T::OpenToEdit => (
                "Open the article ({key:open}) to pick its tags",
                "Ouvrez l'article ({key:open}) pour choisir ses étiquettes",
            ),
            T::Rejected => (
                "Suggestion rejected: {value}",
                "Suggestion rejetée\u{a0}: {value}",
            ),
            T::PanelTitle => (
                "Tags and suggestions — {key:accept_suggestions} high ones · {key:accept_suggestion} one · {key:remove_tags} remove/reject · {key:tag_prev} {key:tag_next} move",
                "Étiquettes et suggestions — {key:accept_suggestions} les sûres · {key:accept_suggestion} une · {key:remove_tags} retirer/rejeter · {key:tag_prev} {key:tag_next} choisir",
            ),
            // French typography in the tag lines: no-break spaces inside the guillemets.
            T::InTitle => (
                "“{term}” in the title",
                "«\u{a0}{term}\u{a0}» dans le titre",
            ),
            T::InText => ("“{term}” in the text", "«\u{a0}{term}\u{a0}» dans le texte"),
            T::AcceptedHigh => (
                "Accepted {n} high-confidence suggestions; {lower} lower left",
                "{n} suggestions de confiance élevée acceptées\u{202f}; moins sûres, restantes\u{a0}: {lower}",
            ),
            T::AcceptedHighOne => (
                "Accepted {n} high-confidence suggestion; {lower} lower left",
                "{n} suggestion de confiance élevée acceptée\u{202f}; moins sûres, restantes\u{a0}: {lower}",
            ),
            T::NoHighSuggestion => (
                "No high-confidence suggestion to accept; {lower} lower left: {key:accept_suggestion} accepts the highlighted one",
                "Aucune suggestion de confiance élevée à accepter\u{202f}; moins sûres\u{a0}: {lower} ({key:accept_suggestion} accepte celle choisie)",
            ),
            T::ConfidenceHigh => ("high", "élevée"),
            T::ConfidenceMedium => ("medium", "moyenne"),
            T::ConfidenceLow => ("low", "faible"),
            T::FullTextFetching => (
                "Fetching the full text from {url}…",
                "Récupération du texte intégral depuis {url}…",
            ),
            T::FullTextLoaded => (
                "Full text fetched and stored",
                "Texte intégral récupéré et enregistré",
            ),
            T::FullTextFailed => (
                "No full text: {error}",
                "Pas de texte intégral\u{a0}: {error}",
            ),
            T::ExportPrompt => (
                "Export as {format} (Tab: format, Esc: cancel) to: ",
                "Exporter en {format} (Tab\u{a0}: format, Échap\u{a0}: annuler) vers\u{a0}: ",
            ),
            T::Exported => (
                "{count} {count|article|articles} exported to {path}",
                "{count} {count|article exporté|articles exportés} vers {path}",
            ),
            T::ExportFailed => ("Export failed: {error}", "Échec de l’export\u{a0}: {error}"),
            T::ConfirmNewValue => (
                "« {value} » is not in the vocabulary: Enter again creates it, Tab picks a known value",
                "«\u{a0}{value}\u{a0}» n'est pas dans le vocabulaire\u{a0}: Entrée de nouveau le crée, Tab choisit une valeur connue",
            ),
            T::ExportExists => (
                "{path} exists: Enter replaces it, Esc keeps it",
                "{path} existe\u{a0}: Entrée le remplace, Échap le garde",
            ),
            T::NoteTitle => (
                "Note — {key:save_note} save · Enter new line · {key:back} cancel",
                "Note — {key:save_note} enregistrer · Entrée nouvelle ligne · {key:back} annuler",
            ),
            T::NoteLabel => ("Note: ", "Note\u{a0}: "),
            T::NoteSaving => ("Saving…", "Enregistrement…"),
            T::NoteSaved => ("Note saved", "Note enregistrée"),
            T::NoteCleared => ("Note cleared", "Note effacée"),
            T::NoteUndone => ("Note put back as it was", "Note remise comme avant"),
            T::NoteCancelled => ("Note not changed", "Note inchangée"),
            T::NoteFailed => (
                "Note not saved: {error}",
                "Note non enregistrée\u{a0}: {error}",
            ),
            T::OpenToNote => (
                "Open the article ({key:open}) to write its note",
                "Ouvrez l'article ({key:open}) pour écrire sa note",
            ),
            T::MarkedAllRead => (
                "Marked read: {n} ({key:undo_tag} undoes)",
                "Marqués lus\u{a0}: {n} ({key:undo_tag} annule)",
            ),
            T::ReadUndone => (
                "Read flags put back: {n}",
                "États de lecture remis\u{a0}: {n}",
            ),
            T::ReadFailed => (
                "Read flags not saved: {error}",
                "États de lecture non enregistrés\u{a0}: {error}",
            ),
            T::NoUnread => (
                "No other unread article in the list",
                "Aucun autre article non lu dans la liste",
            ),
            T::FeedFailing => (
                "{feed} fails: {reason}{status} — {since}",
                "{feed} en échec\u{a0}: {reason}{status} — {since}",
            ),
            T::ConfirmQuit => (
                "Quit? {key:quit} again quits, any other key stays",
                "Quitter\u{a0}? {key:quit} de nouveau pour quitter, une autre touche pour rester",
            ),
            T::FeedFailingSince => ("since {date}, {last}", "depuis le {date}, {last}"),
            T::FeedHttpStatus => (" (HTTP {status})", " (HTTP {status})"),
            T::FeedLastSuccess => ("last success {date}", "dernier succès le {date}"),
            T::FeedNeverFetched => ("never fetched", "jamais récupéré"),
            T::RetentionRemoved => (
                " · retention removed {purged}",
                " · supprimés par la rétention\u{a0}: {purged}",
            ),
        }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (en, fr) = self.pair();
        match lang {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        fill_values(self.get(lang).to_owned(), values, lang)
    }

    /// The text in `lang` with each `{name}` replaced by its value, shown as it displays: numbers
    /// pick their plural form as in [`T::fill`].
    pub fn say(self, lang: Lang, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let shown: Vec<(&str, String)> = values.iter().map(|(n, v)| (*n, v.to_string())).collect();
        let pairs: Vec<(&str, &str)> = shown.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.fill(lang, &pairs)
    }

    /// The text in `lang` with each `{key:action}` named from `keymap`.
    pub fn keyed(self, lang: Lang, keymap: &(impl KeyNames + ?Sized)) -> String {
        keymap.name_keys(self.get(lang), lang)
    }

    /// The text in `lang`, its keys named from `keymap`, then each `{name}` replaced by its value
    /// (in that order, so a value that looks like `{key:quit}` stays as it is).
    pub fn keyed_fill(
        self,
        lang: Lang,
        keymap: &(impl KeyNames + ?Sized),
        values: &[(&str, &str)],
    ) -> String {
        fill_values(self.keyed(lang, keymap), values, lang)
    }
}

/// What names the keys of `{key:action}` placeholders: the reader's keymap. The table does not
/// depend on the reader, so the command line uses it without the reader.
pub trait KeyNames {
    /// `text` with each `{key:action}` replaced by the name of the key bound to it, in `lang`.
    fn name_keys(&self, text: &str, lang: Lang) -> String;
}

/// Fills `{name}` with its value, and `{name|one|other}` with the form the number `name` takes in
/// `lang` (CLDR: in French 0 and 1 are singular, « 0 article exporté »; in English only 1 is).
/// Plural forms are chosen first, so a value that looks like `{n|a|b}` is shown as it is.
fn fill_values(mut text: String, values: &[(&str, &str)], lang: Lang) -> String {
    for (name, value) in values {
        let open = format!("{{{name}|");
        while let Some(start) = text.find(&open) {
            let Some(len) = text[start..].find('}') else {
                break;
            };
            let forms = &text[start + open.len()..start + len];
            let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
            let singular = match (lang, value.parse::<u64>()) {
                (Lang::Fr, Ok(n)) => n <= 1,
                (Lang::En, Ok(n)) => n == 1,
                (_, Err(_)) => false,
            };
            let form = if singular { one } else { other }.to_owned();
            text.replace_range(start..start + len + 1, &form);
        }
    }
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The name of a tag's facet on screen: its list when known for a target (`Country`, `Sector`),
/// else its facet (`Target`, `Actor`, `Attack type`).
pub fn facet_name(facet: crate::model::Facet, kind: Option<crate::tagging::Kind>) -> T {
    use crate::model::Facet;
    use crate::tagging::Kind;
    match (facet, kind) {
        (_, Some(Kind::Sector)) => T::FacetSector,
        (_, Some(Kind::Country)) => T::FacetCountry,
        (Facet::Actor, _) => T::FacetActor,
        (Facet::Target, _) => T::FacetTarget,
        (Facet::Attack, _) => T::FacetAttack,
    }
}

/// The interface language: `ui_lang` from the configuration when set, else the locale of the
/// environment ([`lang_from_locale`]). The reader and the command line both speak it.
pub fn interface_lang(ui_lang: Option<Lang>) -> Lang {
    ui_lang.unwrap_or_else(|| {
        let var = |name| std::env::var(name).ok();
        lang_from_locale(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    })
}

/// The interface language from the locale variables (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the
/// first one set and non-empty): French for `fr*`, English otherwise.
pub fn lang_from_locale(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or("");
    if locale.to_ascii_lowercase().starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            // `{n|one|other}` is a plural of `n`: its forms differ by language.
            .map(|name| name.split('|').next().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        let distinct: BTreeSet<_> = T::ALL.iter().map(|t| format!("{t:?}")).collect();
        assert_eq!(distinct.len(), T::ALL.len(), "T::ALL lists a text twice");
        for t in T::ALL {
            let (en, fr) = (t.get(Lang::En), t.get(Lang::Fr));
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{t:?} is empty"
            );
            assert_eq!(
                placeholders(en),
                placeholders(fr),
                "{t:?}: placeholders differ"
            );
        }
    }

    #[test]
    fn every_key_placeholder_names_an_action() {
        for t in T::ALL {
            for lang in [Lang::En, Lang::Fr] {
                for name in placeholders(t.get(lang)) {
                    if let Some(action) = name.strip_prefix("key:") {
                        assert!(
                            crate::tui::keymap::Action::from_name(action).is_some(),
                            "{t:?}: {{{name}}} names no action"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn fill_replaces_named_values() {
        let s = T::Refreshing.fill(
            Lang::Fr,
            &[("done", "3"), ("total", "9"), ("feed", "CERT-FR")],
        );
        assert_eq!(s, "Actualisation 3/9\u{a0}: CERT-FR");
        let one = T::Exported.fill(Lang::Fr, &[("count", "1"), ("path", "/tmp/a.csv")]);
        assert_eq!(one, "1 article exporté vers /tmp/a.csv");
        let none = T::Exported.fill(Lang::Fr, &[("count", "0"), ("path", "/tmp/a.csv")]);
        assert_eq!(none, "0 article exporté vers /tmp/a.csv");
        let zero = T::Exported.fill(Lang::En, &[("count", "0"), ("path", "/tmp/a.csv")]);
        assert_eq!(zero, "0 articles exported to /tmp/a.csv");
        let many = T::Exported.fill(Lang::Fr, &[("count", "12"), ("path", "{count|x|y}")]);
        assert_eq!(many, "12 articles exportés vers {count|x|y}");
    }

    #[test]
    fn locale_picks_french_only_for_fr() {
        assert_eq!(lang_from_locale(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
        assert_eq!(lang_from_locale(None, None, Some("fr_CA")), Lang::Fr);
        assert_eq!(lang_from_locale(None, None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(lang_from_locale(None, None, None), Lang::En);
        assert_eq!(lang_from_locale(Some("C"), None, Some("fr_FR")), Lang::En);
        assert_eq!(
            lang_from_locale(Some(""), Some("fr_BE"), Some("en_US")),
            Lang::Fr
        );
    }
}
