//! A defacement described rather than named (`../shared/TAGGING.md`: the types the text says
//! happened): what the attackers left on a website (« sur la page d'accueil du site
//! gouvernemental, l'on peut voir une bannière de pirate », « un hacker pirate le site web du
//! Mincommerce et laisse des vidéos pornos », "left a message on the city's website"). Both the
//! site and what was left on it must stand in one sentence: a ransom note on the screens (« les
//! écrans … avant d'afficher le message des pirates ») is no defacement. Inferred, so at most
//! medium, and only where the sentence states it. Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// A website or its page.
#[rustfmt::skip]
const SITES: &[&str] = &[
    "site", "sites", "site web", "site internet", "page d'accueil", "website", "websites",
    "homepage", "home page", "web page",
];

/// What attackers leave on a page for all to see.
#[rustfmt::skip]
const LEFT_ON_IT: &[&str] = &[
    "banniere", "bannieres", "banner", "banners", "laisse un message", "laisse des messages",
    "laisse des videos", "laisse des images", "left a message", "left messages", "posted a message",
    "videos pornos", "videos pornographiques", "images pornographiques", "pornographic images",
    "pornographic videos",
    // A message shown or written there: « des sites Web israéliens ont été piratés mardi pour
    // afficher des messages pro-palestiniens », « Sur la page du site piraté de l'Alnaft …, il
    // est écrit : « Hacké par … » » (eleventh split).
    "afficher le message", "afficher des messages", "afficher un message", "il est ecrit",
    "poste un message", "display a message", "display messages", "displayed a message",
    "displayed messages",
];

/// Words of a seizure: police who replace a site's page with their banner ("The NetNut homepage
/// today was replaced by this seizure banner from the FBI") take it down, they do not deface it.
#[rustfmt::skip]
const SEIZED: &[&str] = &[
    "seizure", "seized", "seize", "saisi", "saisie", "saisis", "saisies",
];

/// A description of a defaced website: its folded span and how its sentence asserts it.
pub(crate) fn defaced_site(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        let any = |list: &'static [&'static str]| {
            (0..words.len()).any(|i| phrase_len(text, &words, i, list).is_some())
        };
        if !any(SITES) || any(SEIZED) {
            return None;
        }
        (0..words.len()).find_map(|i| {
            phrase_len(text, &words, i, LEFT_ON_IT).map(|n| (words[i].0, words[i + n - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_message_shown_on_a_hacked_site_is_a_defacement() {
        // eleventh split, French: Alnaft's site; the Times of Israel on Israeli sites.
        let text = "Cette attaque a été revendiquée par des hackers Marocains. Sur la page du site \
            piraté de l'Alnaft, dont l'accès est bloqué, il est écrit : « Hacké par Morocco Hack \
            Team ».";
        let got = attack("Des hackers marocains piratent des sites algériens", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        let text = "Un certain nombre de sites Web israéliens ont été piratés mardi pour afficher \
            des messages pro-palestiniens.";
        let got = attack("Des sites israéliens piratés", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        // English.
        let text = "Hackers broke into the town's website on Monday to display messages \
            supporting the group.";
        let got = attack("Town website hacked", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_message_on_the_screens_is_no_defacement() {
        // A ransom note shows on the victim's screens, not on its website.
        let text = "Les écrans des agents se sont éteints avant d'afficher le message des pirates.";
        let got = attack("La mairie victime d'une cyberattaque", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
        let text = "Employees' screens displayed a message demanding payment.";
        let got = attack("City hit by cyberattack", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
    }
}
