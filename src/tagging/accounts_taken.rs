//! An account taken over, said with a verb before it (`../shared/TAGGING.md`: the types the text
//! says happened): "Hackers compromised Toptal's GitHub organization account", "after
//! compromising several developer accounts", "managed to compromise the account of Josh Junon",
//! « la compromission de deux comptes d'utilisateurs externes », « Les malfaiteurs ont eu accès
//! au compte de 491 d'entre eux », "used a European diplomat's compromised email address".
//! `fraud::account_hacked` reads the account said to be hacked (« le compte a été piraté »,
//! "account compromise"); this reads the act done to it. Inferred from a description, so at most
//! medium confidence. Folded text.
use super::context::{Found, Modality};
use super::fraud::{ACCOUNTS, first_asserted, phrase_len, words_of};
use super::gang_words::ends_with_words;

/// Acts of taking an account, before it (verbs and the act's noun with its preposition).
#[rustfmt::skip]
const TAKING: &[&str] = &[
    "compromised", "compromising", "compromise", "hijacked", "hijacking", "hijack",
    "took over", "taken over", "take over", "taking over", "took control of",
    "taken control of", "gained control of", "seized control of", "hacked into",
    "a pirate", "ont pirate", "avoir pirate", "avaient pirate", "pirater", "piratant",
    "pris le controle de", "pris le controle du", "pris le controle des",
    "prendre le controle de", "prendre le controle du", "prendre le controle des",
    "compromission de", "compromission des", "compromission du", "compromission d",
    "eu acces au", "eu acces aux", "eu acces a", "acces frauduleux au", "acces frauduleux aux",
    "s emparer du", "s emparer des", "se sont empares du", "se sont empares des",
    // Every tense of hacking with its auxiliary ("then hacked the account of a government
    // employee", « des hackers ayant piraté la messagerie Booking de l'établissement »).
    "hacked", "ayant pirate", "avait pirate", "avaient pirate",
    // A notice's wording: what was seen in the account ("suspicious activity associated with
    // certain employee email accounts", « un accès non autorisé à la messagerie »).
    "activity associated with", "activity in", "activity on", "activity involving",
    "unauthorized access to", "unauthorised access to", "acces non autorise a",
    "acces non autorise au", "acces non autorise aux",
    // Logging into or reaching the account, in any tense ("an unauthorized individual accessed
    // one CUSO employee's account", « les escrocs se connectaient aux vrais comptes bancaires »).
    "accessed", "logged into", "logged in to", "accede a", "accede au", "accede aux",
    "accedaient au", "accedaient aux", "accedait au", "accedait aux", "se connectaient a",
    "se connectaient au", "se connectaient aux", "se connectait au", "se connectait aux",
    "se sont connectes", "s est connecte", "se connectant aux", "se connectant au",
    // An attack on the accounts themselves (« des cyberpirates qui se sont attaqués à des
    // comptes Facebook », « des cyberterroristes attaquent des comptes Facebook »).
    "attaquent des", "attaquent les", "attaque des", "attaque les", "attaques a",
    "attaques aux", "s attaquent a", "s attaquent aux", "attacked the",
    // Money taken out of the accounts without their owners (« des retraits non autorisés de
    // cryptomonnaies des comptes d'un petit nombre d'utilisateurs ont eu lieu », twenty-sixth
    // split): someone else used them.
    "retraits non autorises", "retrait non autorise", "retraits frauduleux", "retrait frauduleux",
    "unauthorized withdrawals", "unauthorised withdrawals", "unauthorized withdrawal",
    "unauthorised withdrawal", "fraudulent withdrawals", "fraudulent withdrawal",
    // The victim still trying to take it back (« tente vainement de reprendre le contrôle de
    // ce compte », the page of a town's assembly): it was taken.
    "reprendre le controle", "repris le controle",
];

/// Accounts the press names that [`ACCOUNTS`] does not: an address one logs in with.
#[rustfmt::skip]
const ADDRESSES: &[&str] = &[
    "email address", "e-mail address", "email addresses", "e-mail addresses",
];

/// Words that end the object before an account comes ("compromised the network using
/// accounts", « ont piraté le site pour les comptes »): the account is no longer what was taken.
#[rustfmt::skip]
const BREAKS: &[&str] = &[
    "using", "with", "via", "through", "to", "for", "in", "on", "from", "and", "by", "that",
    "which", "avec", "via", "pour", "dans", "sur", "par", "et", "qui", "afin", "grace",
];

/// Words right before the act that make it an aim, a method or the means of another attack, not
/// what happened to an account: "in order to compromise accounts belonging to members of the
/// media" (labelled phishing), "a method of hijacking valuable accounts" (a SIM swap's
/// definition), « Le piratage a eu lieu via la compromission d'un compte interne » (the intrusion
/// is the attack), "social engineering techniques to compromise accounts" (the English of « pour
/// compromettre des comptes »: the means and its aim).
#[rustfmt::skip]
const NOT_THE_ACT: &[&str] = &[
    "in order to", "so as to", "afin de", "pour", "method of", "way of", "technique of",
    "techniques to", "technique to", "methods to", "method to", "tools to", "tool to",
    "methods of", "ways of", "techniques of", "methode de", "technique de", "via", "through",
    "by means of", "par le biais de", "par le biais d", "grace a",
];

/// Determiners between [`NOT_THE_ACT`] and the act.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "la", "le", "les", "l", "un", "une", "the", "a", "an",
];

/// How many words may stand between the act and the account ("Toptal's GitHub organization").
const GAP_WORDS: usize = 4;

/// A description of an account taken, its folded span and how its sentence asserts it.
pub(crate) fn taken_over(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        for i in 0..words.len() {
            let Some(n) = phrase_len(text, &words, i, TAKING) else {
                continue;
            };
            // Past a determiner: « via la compromission », "through the hijacking".
            let mut before = text[sa..words[i].0].trim_end();
            if let Some(d) = DETERMINERS.iter().find(|d| ends_with_words(before, d)) {
                before = before[..before.len() - d.len()].trim_end();
            }
            if NOT_THE_ACT.iter().any(|w| ends_with_words(before, w)) {
                continue;
            }
            let to = (i + n + GAP_WORDS + 1).min(words.len());
            for j in i + n..to {
                let between = &text[words[i + n - 1].1..words[j].0];
                // A count of accounts is a leak's size; punctuation closes the object.
                if between.contains([',', ';', ':', '.', '(', ')'])
                    || between.chars().any(|c| c.is_ascii_digit())
                {
                    break;
                }
                if j > i + n && BREAKS.contains(&&text[words[j - 1].0..words[j - 1].1]) {
                    break;
                }
                if phrase_len(text, &words, j, ACCOUNTS).is_some()
                    || phrase_len(text, &words, j, ADDRESSES).is_some()
                {
                    return Some((words[i].0, words[j].1));
                }
            }
        }
        None
    };
    first_asserted(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as types;

    fn takeover(title: &str, text: &str) -> bool {
        types(title, text).iter().any(|t| t == "account-takeover")
    }

    #[test]
    fn an_account_compromised_by_hackers_is_taken_over() {
        // Dev split, BleepingComputer.
        assert!(takeover(
            "Hackers breach Toptal GitHub account, publish malicious npm packages",
            "Hackers compromised Toptal's GitHub organization account and used their access to \
             publish ten malicious packages on the Node Package Manager (NPM) index."
        ));
        // Thirteenth split, France Éducation international.
        assert!(takeover(
            "Incident sur la plateforme GAEL (diplômes DELF-DALF)",
            "Un acte de cyber-malveillance a ciblé la plateforme GAEL. Les premières \
             investigations indiquent que cette attaque trouverait son origine dans la \
             compromission de deux comptes d’utilisateurs externes."
        ));
    }

    #[test]
    fn access_to_customers_accounts_is_a_takeover() {
        // Ninth split, Cdiscount.
        assert!(takeover(
            "Plusieurs centaines de clients de Cdiscount victimes d'une arnaque en ligne",
            "Sept personnes d’une même famille ont été interpellées dans la Drôme. Les malfaiteurs \
             ont eu accès au compte de 491 d’entre eux, ce qui leur a permis de passer des \
             commandes."
        ));
    }

    #[test]
    fn an_aim_a_method_or_a_means_is_not_a_takeover() {
        // Fifth split: the accounts were the phishing's aim, labelled phishing.
        assert!(!takeover(
            "Iranian hackers charged with hacking Trump campaign to stoke discord",
            "Court documents outlined that hackers used spear phishing and social engineering \
             techniques in order to compromise accounts belonging to members of the media."
        ));
        // Fifth split: the way into the intrusion, labelled data-breach.
        assert!(!takeover(
            "Fuite de données d’une ampleur inédite frappe la Fédération Française de Tir",
            "La FFTir a été victime d’une intrusion majeure fin octobre 2025. Le piratage a eu \
             lieu via la compromission d’un compte interne donnant accès à la base de données."
        ));
    }

    #[test]
    fn every_tense_of_hacking_and_a_notice_s_wording_take_an_account() {
        // Fourteenth split (English): APT37 and the Russian Foreign Ministry.
        assert!(takeover(
            "North Korean hackers accused of attacking the Russian Foreign Ministry",
            "The North Korean hacker group APT37 attacked the Russian Ministry of Foreign \
             Affairs and its employees in late 2021 and then hacked the account of a government \
             employee."
        ));
        // Fourteenth split (French): a hotel's Booking mailbox.
        assert!(takeover(
            "Villefranche-sur-Mer: la responsable d'un hôtel lance une pétition pour dénoncer \
             l'inaction de Booking.com après un piratage",
            "Plusieurs clients de l'hôtel Le Provençal ont été escroqués par des hackers ayant \
             piraté la messagerie Booking de l'établissement. La propriétaire de l'hôtel situé \
             à Villefranche-sur-Mer a lancé une pétition contre la plateforme Booking.com."
        ));
        // Fourteenth split: a health system's notice.
        assert!(takeover(
            "Notice of Cybersecurity Incident",
            "North Oaks Health System takes the security of our patients' information very \
             seriously. On June 4, 2025, we became aware of suspicious activity associated with \
             certain employee email accounts."
        ));
    }

    #[test]
    fn accounts_said_usurped_or_victims_of_hacking_are_taken() {
        // Thirteenth split: the French pension fund's partners' portal.
        assert!(takeover(
            "ALERTE : les données de 370 000 retraités ont été volées !",
            "Le 13 septembre 2024, l'Assurance retraite a annoncé qu'une cyberattaque avait \
             compromis les informations personnelles de ses assurés, selon la Caisse nationale \
             d'assurance vieillesse (CNAV). Les comptes de ces prestataires ont été usurpés, \
             permettant aux cybercriminels d'accéder aux données sensibles."
        ));
        // « comptes victimes de piratage »: the account as the victim.
        assert!(takeover(
            "Le lycée de Lille visé",
            "À Lille, les comptes victimes de piratage ont servi à envoyer des messages."
        ));
    }

    #[test]
    fn accounts_reached_by_other_means_or_counted_are_not() {
        assert!(!takeover(
            "Hackers breach a network",
            "The attackers compromised the network using accounts bought on a forum."
        ));
        assert!(!takeover(
            "Data breach",
            "The attackers compromised 40,000 accounts' data, the company said."
        ));
    }

    #[test]
    fn an_account_logged_into_attacked_or_still_to_take_back_was_taken() {
        // Eighteenth split: a credit-union broker's notice (English).
        assert!(takeover(
            "California CUSO & Illinois Credit Union Report Data Breaches",
            "CUSO Financial Services (CFS) of San Diego, Calif., reported on Tuesday what it \
             described as an external system breach that affected 75,116 persons. \
             \u{201c}An investigation determined that an unauthorized individual accessed one \
             CUSO employee\u{2019}s account between December 19, 2023 and January 19, 2024.\u{201d}"
        ));
        // Eighteenth split: a Moroccan bank-fraud ring (French).
        assert!(takeover(
            "Démantèlement d’un réseau de piratage bancaire à Aït Melloul",
            "L'étape suivante était rapide : les escrocs se connectaient aux vrais comptes \
             bancaires et effectuaient des virements vers des comptes de mules."
        ));
        // Eighteenth split: hijacked Facebook accounts in Burkina Faso.
        assert!(takeover(
            "Burkina Faso : des cyberterroristes attaquent des comptes Facebook",
            "Cette fois-ci, ce sont des cyberpirates qui se sont attaqués à des comptes \
             Facebook, réseau social très prisé au Faso."
        ));
        // Eighteenth split: a town assembly's page, « prise en otage ».
        assert!(takeover(
            "Une cyberattaque contre la mairie de Souk-Ahras",
            "Victime d’une intrusion malveillante de sa page Facebook officielle par des \
             inconnus depuis juillet 2024, l’Assemblée Populaire Communale (APC) de Souk-Ahras \
             tente vainement de reprendre le contrôle de ce compte."
        ));
    }

    #[test]
    fn data_accessed_or_servers_attacked_are_no_account_taken() {
        assert!(!takeover(
            "Breach at a clinic",
            "The attackers accessed the patient database from a vendor's server."
        ));
        assert!(!takeover(
            "Cyberattaque contre la mairie",
            "Les pirates attaquent les serveurs de la mairie depuis lundi."
        ));
        // An inability is the effect of the attack, not a login by the attackers.
        assert!(!takeover(
            "La commune piratée",
            "Son personnel communal ne pouvait plus se connecter à ses comptes individuels."
        ));
    }
}
