//! The French of the command line's help: each English text as clap holds it (veille's doc
//! comments in `cli::args`, and clap's own), with its French.

/// The French of `english`, a help text of the grammar.
pub fn french(english: &str) -> Option<&'static str> {
    FRENCH
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, fr)| *fr)
}

/// (English, French), in the order of the English. The French keeps the French typography of the
/// whole catalogue (no-break spaces before `:` and `;`, inside « »; code between backquotes as it is).
const FRENCH: &[(&str, &str)] = &[
    (
        "A MISP feed directory (manifest.json, hashes.csv, one file per event), updated in place",
        "Un répertoire de flux MISP (manifest.json, hashes.csv, un fichier par événement), mis à jour sur place",
    ),
    ("A STIX 2.1 bundle", "Un bundle STIX 2.1"),
    (
        "A bilingual (French/English) security-news reader and threat-intelligence tagger for the terminal",
        "Un lecteur bilingue (français/anglais) d'actualité de la sécurité et un étiqueteur de renseignement sur la menace, dans le terminal",
    ),
    (
        "A digest grouped by attack type (`md` too, as the file's extension)",
        "Une synthèse groupée par type d'attaque (`md` aussi, comme l'extension du fichier)",
    ),
    ("Actor; repeatable", "Acteur\u{202f}; répétable"),
    (
        "Article id (from `list`)",
        "Identifiant de l'article (donné par `list`)",
    ),
    (
        "Article id (from `list`); without it, FILTERS pick the articles and --json is required",
        "Identifiant de l'article (donné par `list`)\u{202f}; sans lui, les FILTRES choisissent les articles et --json est requis",
    ),
    ("At most this many articles", "Au plus ce nombre d'articles"),
    ("At most this many stories", "Au plus ce nombre d'histoires"),
    (
        "Attack type; repeatable",
        "Type d'attaque\u{202f}; répétable",
    ),
    (
        "CSV: field delimiter, one ASCII character (`;` for French spreadsheets)",
        "CSV\u{a0}: séparateur de champs, un caractère ASCII (`;` pour les tableurs français)",
    ),
    (
        "CSV: start with a UTF-8 byte-order mark (for Excel)",
        "CSV\u{a0}: commencer par une marque d'ordre des octets UTF-8 (pour Excel)",
    ),
    (
        "Configuration file [default: ~/.config/veille/config.toml]",
        "Fichier de configuration [par défaut\u{a0}: ~/.config/veille/config.toml]",
    ),
    (
        "Database file [default: ~/.local/share/veille/veille.db]",
        "Fichier de la base de données [par défaut\u{a0}: ~/.local/share/veille/veille.db]",
    ),
    (
        "Display name [default: the feed's own title, read once; else its site's or the URL's host]",
        "Nom affiché [par défaut\u{a0}: le titre du flux, lu une fois\u{202f}; sinon celui de son site ou l'hôte de l'URL]",
    ),
    ("English", "Anglais"),
    (
        "Exit with status 1 if any feed failed",
        "Sortir avec le code 1 si un flux a échoué",
    ),
    (
        "Export articles with their tags and notes (CSV, JSON, Markdown, STIX 2.1, MISP)",
        "Exporter les articles avec leurs étiquettes et leurs notes (CSV, JSON, Markdown, STIX 2.1, MISP)",
    ),
    (
        "Fetch the page's full text first, if it is not stored yet",
        "Récupérer d'abord le texte intégral de la page, s'il n'est pas encore enregistré",
    ),
    ("French", "Français"),
    ("Full-text query", "Requête en texte intégral"),
    (
        "Full-text search (accents ignored: \"rancongiciel\" finds \"rançongiciel\")",
        "Recherche en texte intégral (sans tenir compte des accents\u{a0}: «\u{a0}rancongiciel\u{a0}» trouve «\u{a0}rançongiciel\u{a0}»)",
    ),
    (
        "Give a subscription a new address (a feed that moved), keeping its name, articles and tags",
        "Donner une nouvelle adresse à un abonnement (un flux qui a déménagé), en gardant son nom, ses articles et ses étiquettes",
    ),
    ("Language of its articles", "Langue de ses articles"),
    (
        "List stored articles, newest first",
        "Lister les articles enregistrés, les plus récents d'abord",
    ),
    (
        "List subscriptions with their state",
        "Lister les abonnements et leur état",
    ),
    (
        "MISP event JSON: one event per article",
        "Événements MISP en JSON\u{a0}: un événement par article",
    ),
    (
        "MISP: kept for scripts; every MISP export now has one event per article",
        "MISP\u{a0}: gardé pour les scripts\u{202f}; tout export MISP a désormais un événement par article",
    ),
    (
        "Make the file's feeds the whole subscription list (stored articles are kept)",
        "Faire des flux du fichier la liste entière des abonnements (les articles enregistrés sont gardés)",
    ),
    ("Manage subscriptions", "Gérer les abonnements"),
    ("Name or URL", "Nom ou URL"),
    ("Name or current URL", "Nom ou URL actuelle"),
    ("OPML file", "Fichier OPML"),
    ("One row per article", "Une ligne par article"),
    (
        "Only articles in this language",
        "Seulement les articles dans cette langue",
    ),
    (
        "Only articles tagged with this actor; repeatable (all must match)",
        "Seulement les articles étiquetés avec cet acteur\u{202f}; répétable (tous doivent correspondre)",
    ),
    (
        "Only articles tagged with this attack type; repeatable",
        "Seulement les articles étiquetés avec ce type d'attaque\u{202f}; répétable",
    ),
    (
        "Only articles tagged with this target; repeatable",
        "Seulement les articles étiquetés avec cette cible\u{202f}; répétable",
    ),
    (
        "Only articles with a note",
        "Seulement les articles qui ont une note",
    ),
    (
        "Only articles with at least one tag",
        "Seulement les articles qui ont au moins une étiquette",
    ),
    (
        "Only articles without any tag",
        "Seulement les articles sans étiquette",
    ),
    (
        "Only starred articles",
        "Seulement les articles suivis (étoilés)",
    ),
    (
        "Only stories told by at least N articles. The listing's default is 2 (a story is several articles; it says how many single articles it left out), 1 lists them too; --json lists every story unless N is given",
        "Seulement les histoires racontées par au moins N articles. Par défaut la liste en demande 2 (une histoire, ce sont plusieurs articles\u{202f}; elle dit combien d'articles seuls elle a laissés de côté), 1 les liste aussi\u{202f}; --json liste toutes les histoires sauf si N est donné",
    ),
    (
        "Only the articles of this story (ids from `veille stories`)",
        "Seulement les articles de cette histoire (identifiants donnés par `veille stories`)",
    ),
    (
        "Only the feeds whose last attempt failed: the error log (reason, HTTP status, since when)",
        "Seulement les flux dont la dernière tentative a échoué\u{a0}: le journal des erreurs (raison, statut HTTP, depuis quand)",
    ),
    (
        "Only this feed (name or URL); repeatable",
        "Seulement ce flux (nom ou URL)\u{202f}; répétable",
    ),
    ("Only unread articles", "Seulement les articles non lus"),
    (
        "Output file [default: standard output]",
        "Fichier de sortie [par défaut\u{a0}: la sortie standard]",
    ),
    (
        "Output file [default: standard output]; for misp-feed, the feed's directory (required)",
        "Fichier de sortie [par défaut\u{a0}: la sortie standard]\u{202f}; pour misp-feed, le répertoire du flux (requis)",
    ),
    ("Output format", "Format de sortie"),
    ("Print a JSON array", "Écrire un tableau JSON"),
    (
        "Print a completion script for a shell (bash, zsh, fish, elvish, powershell)",
        "Écrire un script de complétion pour un shell (bash, zsh, fish, elvish, powershell)",
    ),
    ("Print help", "Afficher l'aide"),
    (
        "Print help (see a summary with '-h')",
        "Afficher l'aide (un résumé avec «\u{a0}-h\u{a0}»)",
    ),
    (
        "Print help (see more with '--help')",
        "Afficher l'aide (plus de détails avec «\u{a0}--help\u{a0}»)",
    ),
    (
        "Print one JSON object per line: {\"id\", \"title\", \"articles\", \"languages\", \"first_seen\", \"last_seen\", \"tags\"}",
        "Écrire un objet JSON par ligne\u{a0}: {\"id\", \"title\", \"articles\", \"languages\", \"first_seen\", \"last_seen\", \"tags\"}",
    ),
    ("Print one article as text", "Afficher un article en texte"),
    (
        "Print the manual page (roff; `veille man > veille.1`, or `veille man | man -l -`)",
        "Écrire la page de manuel (roff\u{202f}; `veille man > veille.1`, ou `veille man | man -l -`)",
    ),
    (
        "Print this message or the help of the given subcommand(s)",
        "Afficher ce message ou l'aide des sous-commandes données",
    ),
    ("Print version", "Afficher la version"),
    (
        "Print {\"actor\": [...], \"target\": [...], \"attack\": [...], \"sector\": [...], \"country\": [...], \"cve\": [...], \"rejected\": {...}, \"details\": [...]}; for many articles, one such line each with its \"id\". Each detail gives one value's facet, confidence and evidence",
        "Écrire `{\"actor\": [...], \"target\": [...], \"attack\": [...], \"sector\": [...], \"country\": [...], \"cve\": [...], \"rejected\": {...}, \"details\": [...]}`\u{202f}; pour plusieurs articles, une telle ligne chacun avec son \"id\". Chaque détail donne la facette, la confiance et les indices d'une valeur",
    ),
    (
        "Print {\"id\": ID, \"note\": TEXT or null}",
        "Écrire `{\"id\": ID, \"note\": TEXT or null}`",
    ),
    (
        "Print, write or clear the analyst's note on one article (several lines; searched with the text, exported in every format)",
        "Afficher, écrire ou effacer la note de l'analyste sur un article (plusieurs lignes\u{202f}; cherchée avec le texte, exportée dans tous les formats)",
    ),
    (
        "Published before DATE; a calendar day (YYYY-MM-DD) counts whole (same forms as --since)",
        "Publié avant DATE\u{202f}; un jour du calendrier (AAAA-MM-JJ) compte en entier (mêmes formes que --since)",
    ),
    (
        "Published on or after DATE (YYYY-MM-DD, RFC 3339, or relative: 7d, 2w)",
        "Publié à partir de DATE (AAAA-MM-JJ, RFC 3339, ou relative\u{a0}: 7d, 2w)",
    ),
    (
        "Refresh subscriptions (all, or the ones named) and store new articles",
        "Actualiser les abonnements (tous, ou ceux nommés) et enregistrer les nouveaux articles",
    ),
    ("Remove the note", "Effacer la note"),
    (
        "Remove these tags instead of adding them",
        "Retirer ces étiquettes au lieu de les ajouter",
    ),
    (
        "Send articles to a threat-intelligence platform",
        "Envoyer des articles à une plateforme de renseignement sur la menace",
    ),
    (
        "Send every object, even those the collection accepted before (it was emptied since)",
        "Envoyer tous les objets, même ceux que la collection a déjà acceptés (elle a été vidée depuis)",
    ),
    (
        "Send the STIX 2.1 objects of the matching articles to a TAXII 2.1 collection",
        "Envoyer les objets STIX 2.1 des articles choisis à une collection TAXII 2.1",
    ),
    (
        "Send the STIX 2.1 objects of the matching articles to a TAXII 2.1 collection.\n\nThe objects are those of `export --format stix`; those the collection already accepted, unchanged, are not sent again. Exit 1 if the server refuses any object.\n\nCredentials come from VEILLE_TAXII_USER and VEILLE_TAXII_PASSWORD (HTTP Basic) or VEILLE_TAXII_TOKEN (Bearer), else from the [taxii] table of the configuration (user and password, or token); never from the command line.",
        "Envoyer les objets STIX 2.1 des articles choisis à une collection TAXII 2.1.\n\nLes objets sont ceux de `export --format stix`\u{202f}; ceux que la collection a déjà acceptés, inchangés, ne sont pas renvoyés. Sortie 1 si le serveur refuse un objet.\n\nLes identifiants viennent de VEILLE_TAXII_USER et VEILLE_TAXII_PASSWORD (HTTP Basic) ou de VEILLE_TAXII_TOKEN (Bearer), sinon de la table [taxii] de la configuration (user et password, ou token)\u{202f}; jamais de la ligne de commande.",
    ),
    (
        "Stories: one event told by several articles, in French and English, newest first; each article says why it joined",
        "Histoires\u{a0}: un événement raconté par plusieurs articles, en français et en anglais, les plus récentes d'abord\u{202f}; chaque article dit pourquoi il en fait partie",
    ),
    ("Subscribe to a feed", "S'abonner à un flux"),
    (
        "Subscribe to every feed of an OPML file",
        "S'abonner à tous les flux d'un fichier OPML",
    ),
    (
        "Suggest tags for one article from its title and text, or with FILTERS and --json for every matching article, one JSON line each (nothing is applied; rejected suggestions are set apart)",
        "Suggérer des étiquettes pour un article d'après son titre et son texte, ou avec des FILTRES et --json pour chaque article choisi, une ligne JSON chacun (rien n'est appliqué\u{202f}; les suggestions rejetées sont mises à part)",
    ),
    (
        "Tag one article; aliases resolve to canonical names (\"Fancy Bear\" -> APT28, \"CPI\" -> ICC)",
        "Étiqueter un article\u{202f}; les alias donnent les noms canoniques («\u{a0}Fancy Bear\u{a0}» -> APT28, «\u{a0}CPI\u{a0}» -> ICC)",
    ),
    (
        "Target (organisation, sector or country); repeatable",
        "Cible (organisation, secteur ou pays)\u{202f}; répétable",
    ),
    (
        "The API root's URL, e.g. https://taxii.example.org/api1/ (https; plain http only to this machine: localhost, 127.0.0.0/8, ::1)",
        "L'URL de la racine d'API, par exemple https://taxii.example.org/api1/ (https\u{202f}; http simple seulement vers cette machine\u{a0}: localhost, 127.0.0.0/8, `::1`)",
    ),
    (
        "The `--json` shape plus summary and note",
        "La forme de `--json`, plus le résumé et la note",
    ),
    (
        "The article's TLP in exports: clear, green, amber, amber+strict, red, or `default` (the `[export] tlp` of the configuration)",
        "Le TLP de l'article dans les exports\u{a0}: clear, green, amber, amber+strict, red, ou `default` (le `[export] tlp` de la configuration)",
    ),
    (
        "The collection's id (a UUID), as the API root's collections list it",
        "L'identifiant de la collection (un UUID), tel que la liste des collections de la racine d'API le donne",
    ),
    (
        "The feed's URL (http or https)",
        "L'URL du flux (http ou https)",
    ),
    (
        "The new URL (http or https)",
        "La nouvelle URL (http ou https)",
    ),
    (
        "The new note; `-` reads it from standard input. Without it (and --clear), prints the note",
        "La nouvelle note\u{202f}; `-` la lit sur l'entrée standard. Sans elle (ni --clear), affiche la note",
    ),
    ("The shell", "Le shell"),
    (
        "Unsubscribe (stored articles and tags are kept)",
        "Se désabonner (les articles enregistrés et les étiquettes sont gardés)",
    ),
    ("Words to look for", "Les mots à chercher"),
    (
        "Wrap at this width [default: the terminal's, else 80]",
        "Couper les lignes à cette largeur [par défaut\u{a0}: celle du terminal, sinon 80]",
    ),
    (
        "Write subscriptions as OPML 2.0",
        "Écrire les abonnements en OPML 2.0",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_french_help_has_its_no_break_spaces_and_one_english() {
        for (english, french) in FRENCH {
            let faults = super::super::tests::typography_faults(french);
            assert!(faults.is_empty(), "{faults:?} in {french:?}");
            let twins = FRENCH.iter().filter(|(en, _)| en == english).count();
            assert_eq!(twins, 1, "{english:?} twice");
        }
    }

    #[test]
    fn every_french_help_is_used() {
        let used = crate::cli::help::english_texts();
        let stale: Vec<_> = FRENCH
            .iter()
            .filter(|(en, _)| !used.iter().any(|u| u == en))
            .collect();
        assert!(stale.is_empty(), "no longer in the grammar: {stale:#?}");
    }
}
