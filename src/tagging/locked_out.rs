//! A ransomware told by its effect rather than named (`../shared/TAGGING.md`: ransomware is
//! encryption, or "a ransomware brand with a ransom to restore access"): the victim's data or
//! machines made inaccessible, or its access to them blocked, in an article that speaks of a
//! ransom (« des cybercriminels ont volé et rendu inaccessibles des données du fabricant »,
//! « Un hackeur russe nous a cryptoloqué notre serveur. Il nous en bloque l'accès. Il nous demande
//! une rançon pour nous donner la clef. », "the hackers locked the county out of its systems").
//! The caller asks for the ransom; a website made unreachable is a flood's work, not this.
//! Inferred, so at most medium, and only where the sentence states it. Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// Access taken from its owner, said whatever the object (« il nous en bloque l'accès »).
#[rustfmt::skip]
const ACCESS_BLOCKED: &[&str] = &[
    "bloque l'acces", "bloquant l'acces", "bloquent l'acces", "bloquer l'acces",
    "bloquait l'acces", "verrouille l'acces", "verrouillant l'acces", "pris en otage",
    "prises en otage", "prise en otage", "locked out", "locking out", "blocked access",
    "blocking access", "held hostage", "holding hostage", "hostage",
];

/// Made unreachable: said of data or machines (not of a website, which a flood takes down).
#[rustfmt::skip]
const INACCESSIBLE: &[&str] = &[
    "inaccessible", "inaccessibles", "illisible", "illisibles", "unreadable", "unusable",
    "inutilisable", "inutilisables",
    // Systems paralysed where a ransom is asked (« Ces pirates ont exploité une faille dans les
    // systèmes informatiques des cliniques, les ont paralysés, ont siphonné des documents et
    // exigent désormais une rançon », twenty-fourth split; « on paralyse le système et on demande
    // une rançon »). Not "crippled": "a cyberattack that crippled Transport for London" names
    // the victim's network in passing, and crippled it as any attack does.
    "paralyse", "paralyses", "paralysee", "paralysees", "paralysent", "paralysait", "paralysant",
    "paralyzed",
];

/// The victim's data and machines.
#[rustfmt::skip]
const HELD: &[&str] = &[
    "donnees", "fichiers", "serveur", "serveurs", "systeme", "systemes", "ordinateurs",
    "ordinateur", "postes", "reseau", "documents", "data", "files", "server", "servers", "system",
    "systems", "computers", "computer", "network", "database", "databases",
];

/// Data or machines made inaccessible, or access blocked, in the lead's sentences.
pub(crate) fn access_blocked(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        let span = |list: &'static [&'static str]| {
            (0..words.len()).find_map(|i| {
                phrase_len(text, &words, i, list).map(|n| (words[i].0, words[i + n - 1].1))
            })
        };
        span(ACCESS_BLOCKED).or_else(|| {
            let held = (0..words.len()).any(|i| phrase_len(text, &words, i, HELD).is_some());
            if held { span(INACCESSIBLE) } else { None }
        })
    };
    first_stated(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    fn ransomware(title: &str, text: &str) -> bool {
        attack(title, text).contains(&"ransomware".to_string())
    }

    #[test]
    fn data_made_inaccessible_for_a_ransom_is_ransomware() {
        // eighth split: Bernina (Keystone-ATS).
        let text = "Le journal «Beobachter» écrit que des cybercriminels ont volé et rendu \
            inaccessibles des données du fabricant de machines à coudre, le mercredi avant Pâques. \
            Les malfaiteurs ont ensuite menacé de vendre ces données, sauf si une rançon de 1,3 \
            million de dollars leur était remise.";
        assert!(ransomware(
            "Bernina se fait racketter en ligne pour 1,3 million mais trouve la parade",
            text
        ));
        // seventeenth split: Royatonic's director.
        let text = "« Un hackeur russe nous a cryptoloqué notre serveur. Il nous en bloque \
            l’accès. Il n’y a pas de vol de données ni de piratage mais on ne peut plus accéder à \
            notre serveur. Il nous demande une rançon pour nous donner la clef. »";
        assert!(ransomware(
            "Puy-de-Dôme : Royatonic victime d'une cyberattaque d'un hackeur russe",
            text
        ));
        // English.
        let text = "The hackers locked out county staff from their systems and demanded a \
            ransom in bitcoin.";
        assert!(ransomware("County hit by cyberattack", text));
    }

    #[test]
    fn a_site_made_unreachable_or_access_blocked_with_no_ransom_is_not() {
        // No ransom spoken of: the access lost may be a flood's or a precaution's.
        let text = "Les serveurs de la commune sont restés inaccessibles toute la journée de \
            lundi.";
        assert!(!ransomware("La commune victime d'une cyberattaque", text));
        let text = "The city blocked access to its systems as a precaution.";
        assert!(!ransomware("City investigates cyber incident", text));
        // A website down beside a ransom demand is no encryption.
        let text = "Le site internet de la mairie est inaccessible. Les pirates réclament une \
            rançon pour ne pas publier les données.";
        assert!(!ransomware("La mairie visée par des pirates", text));
    }

    #[test]
    fn a_ransomware_named_past_the_lead_explains_data_made_inaccessible() {
        // Eighteenth split, Le Soleil de Châteauguay (labelled ransomware).
        let text = "La Ville de Châteauguay a confirmé lundi avoir été la cible d'un piratage \
            informatique. Un logiciel malveillant a rendu inaccessibles les données de plusieurs \
            services. Ses serveurs et les postes de travail d'environ 250 employés sont \
            affectés, avise la municipalité. « Plusieurs employés doivent travailler à la \
            mitaine », a indiqué le maire. La municipalité a alerté la Sûreté du Québec, qui \
            mène l'enquête. Elle a aussi embauché une firme d'experts pour investiguer. Selon \
            le maire, un logiciel de rançon Ryuk est en cause.";
        assert!(ransomware(
            "La Ville de Châteauguay victime d'un piratage informatique",
            text
        ));
        // The near miss: no ransom nor ransomware named, data made inaccessible is no type of
        // its own.
        let text = "La Ville de Châteauguay a confirmé lundi avoir été la cible d'un piratage \
            informatique. Un logiciel malveillant a rendu inaccessibles les données de plusieurs \
            services.";
        assert!(!ransomware(
            "La Ville de Châteauguay victime d'un piratage informatique",
            text
        ));
    }
}
