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
        let any =
            |list: &[&str]| (0..words.len()).any(|i| phrase_len(text, &words, i, list).is_some());
        if !any(SITES) || any(SEIZED) {
            return None;
        }
        (0..words.len()).find_map(|i| {
            phrase_len(text, &words, i, LEFT_ON_IT).map(|n| (words[i].0, words[i + n - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}
