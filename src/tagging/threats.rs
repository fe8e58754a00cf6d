//! Extortion as the press tells it: a threat to disclose or sell what was taken, in any tense
//! and person, with words between (`../shared/TAGGING.md`: extortion is "a leak-site threat, an
//! auction, a demand to keep stolen data private"): « Les malfaiteurs ont ensuite menacé de vendre
//! ces données », « menaçaient de les rendre publiques », "threatening to sell the stolen data",
//! "threatened to post the files". The vocabulary lists a few fixed forms (« menace de
//! divulguer »); the verb's every form and a short object between are read here. Stated, the
//! threat was made, so it is medium (inferred from a description); folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_if_it_holds};

/// Forms of the verb of threatening, French and English.
#[rustfmt::skip]
const THREATEN: &[&str] = &[
    "menace", "menacent", "menacait", "menacaient", "menacant", "menacer", "menaceraient",
    "threaten", "threatens", "threatened", "threatening",
];

/// What joins the threat to its verb.
const TO: &[&str] = &["de", "d", "to"];

/// Verbs of disclosing or selling what was taken (infinitives: what follows « de » or "to").
#[rustfmt::skip]
const DISCLOSE: &[&str] = &[
    "publier", "diffuser", "divulguer", "vendre", "revendre", "devoiler", "rendre publiques",
    "rendre publics", "mettre en vente", "mettre en ligne", "exposer", "leak", "publish",
    "release", "sell", "expose", "dump", "post", "auction",
];

/// Words that may stand between « de »/"to" and the verb: a pronoun or an adverb (« menacé de
/// les vendre », "threatening to publicly release").
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "les", "la", "le", "l", "leur", "publiquement", "them", "it", "publicly", "also", "then",
];

/// A threat to disclose or sell in the lead's sentences: its folded span and modality.
pub(crate) fn threat_to_disclose(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_if_it_holds(text, (sa, sb), &["menac", "threat"])?;
        let word = |j: usize| &text[words[j].0..words[j].1];
        (0..words.len()).find_map(|i| {
            if !THREATEN.contains(&word(i)) || i + 1 >= words.len() || !TO.contains(&word(i + 1)) {
                return None;
            }
            let mut j = i + 2;
            while j < words.len() && j < i + 4 && BETWEEN.contains(&word(j)) {
                j += 1;
            }
            let n = phrase_len(text, &words, j, DISCLOSE)?;
            Some((words[i].0, words[j + n - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

/// Verbs of putting data or a victim up on a site, in the forms the press uses.
#[rustfmt::skip]
const POSTED: &[&str] = &[
    "posted", "uploaded", "published", "listed", "added", "publie", "publiee", "publies",
    "publiees", "diffuse", "diffusee", "diffuses", "diffusees", "mis en ligne", "mises en ligne",
    "apparu", "apparue", "affiche", "affichee", "affiches", "affichees", "ajoute", "ajoutee",
];

/// Where extortion gangs show their victims: their leak site, their blog, the dark web.
#[rustfmt::skip]
const SHOWCASES: &[&str] = &[
    "dark web", "dark-web", "darkweb", "darknet", "leak site", "blog", "site de fuite",
    "site vitrine",
];

/// Prepositions that put something on a site.
const ON: &[&str] = &["on", "onto", "to", "in", "sur", "dans"];

/// Words between such a preposition and the site.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "a", "le", "la", "les", "l", "son", "sa", "leur", "un", "une",
];

/// A victim or its data put up where extortion gangs show them, in the lead's sentences: « Données
/// piratées de Geraardsbergen publiées sur le dark web », "The Medusa syndicate has uploaded
/// Bishop Luffa School to its dark-web blog", "42GB of data claimed to be from the … School
/// Corporation is currently posted on the “dark web”" (eleventh split). Beside a ransomware (the
/// caller's check) the showing is the pressure of an extortion (`../shared/TAGGING.md`: "a
/// leak-site threat"); elsewhere hackers' dumps are labelled data breaches. Folded text.
pub(crate) fn shown_on_leak_site(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_if_it_holds(
            text,
            (sa, sb),
            &["dark", "leak", "blog", "fuite", "vitrine"],
        )?;
        let posted = (0..words.len()).find(|&i| phrase_len(text, &words, i, POSTED).is_some())?;
        (posted..words.len()).find_map(|j| {
            let n = phrase_len(text, &words, j, SHOWCASES)?;
            // A place the data is put on, not a thing published ("MSRC published a blog").
            let placed = words[posted + 1..j]
                .iter()
                .rev()
                .map(|&(a, b)| &text[a..b])
                .find(|w| !DETERMINERS.contains(w))
                .is_some_and(|w| ON.contains(&w));
            placed.then(|| (words[posted].0, words[j + n - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_ransomware_gang_showing_its_victim_is_extortion() {
        // eleventh split, English: Cybernews on Bishop Luffa School.
        let text = "Bishop Luffa School had student data exposed after a ransomware attack by \
            the Medusa gang. The Medusa syndicate has uploaded Bishop Luffa School to its \
            dark-web blog, a website to showcase the latest victims.";
        let got = attack("Bishop Luffa school attack leak student names", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        // French: the press on a ransomware gang's blog.
        let text = "La filiale a été victime d'une cyberattaque par ransomware du groupe Qilin. \
            Cette semaine, une annonce est apparue sur le blog tenu par le groupe Qilin.";
        let got = attack("Volkswagen France piraté", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
    }

    #[test]
    fn a_blog_published_or_a_dump_without_ransomware_is_no_extortion() {
        // gold.toml: Microsoft "published a blog addressing active attacks".
        let text = "On July 19, 2025, Microsoft Security Response Center (MSRC) published a blog \
            addressing active attacks against on-premises SharePoint servers.";
        let got = attack(
            "Disrupting active exploitation of SharePoint vulnerabilities",
            text,
        );
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
        // eighth split: a group publishes proof of a theft, no ransomware.
        let text = "Le groupe cybercriminel a publié sur le darkweb des preuves compromettantes \
            du vol de 139 téraoctets de données.";
        let got = attack(
            "Cyberattaque à la DAF : les données de la population exposées",
            text,
        );
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
    }
}
