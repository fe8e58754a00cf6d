//! A count of tens of thousands that two reports give (« 70.000 utilisateurs », "About 70,000
//! users") is as rare as a sum with its multiplier: a French report and an English one that share
//! it and the victim's name tell one incident (round 36, pooled errors of every read split).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::{Report, joined};
use veille::model::Lang;

/// Datanews (Le Vif) and ZDNET's key takeaways (an untitled item), October 2025 (twelfth stories
/// split): Discord's vendor breach. They share only « Discord » and the count of ID photos.
const DISCORD: [Report; 2] = [
    (
        (9, 10, 2025),
        Lang::Fr,
        "Divulgation de données personnelles de 70.000 utilisateurs de la plateforme de chat Discord",
        "Lors d’un piratage de la plateforme de chat Discord largement utilisée, des données \
         d’identité, y compris des photos, de quelque 70.000 utilisateurs ont été volées, selon \
         Discord elle-même. Il s’agit principalement de documents officiels appartenant à des \
         utilisateurs qui devaient prouver leur âge sur la plateforme. Selon Discord, la fuite de \
         données s’est produite chez un fournisseur tiers du service, où les utilisateurs devaient \
         télécharger leur carte d’identité.",
        "https://datanews.levif.be/actualite/securite/fuites-donnees/divulgation-de-donnees-personnelles-de-70-000-utilisateurs-de-la-plateforme-de-chat-discord",
    ),
    (
        (9, 10, 2025),
        Lang::En,
        "ZDNET's key takeaways A third-party service for customer support was hit. About 70,000 \
         users may…",
        "ZDNET's key takeaways A third-party service for customer support was hit. About 70,000 \
         users may have had government ID photos accessed. The incident highlights the challenges \
         of state-imposed age verification. Discord has revealed the theft of around 70,000 \
         government-issued ID photos in a recent data breach. The platform was targeted by \
         cybercriminals who compromised one of Discord's third-party vendors.",
        "http://gokawiil.com/article/170727",
    ),
];

#[test]
fn a_count_of_tens_of_thousands_both_languages_give_joins_their_reports() {
    let (_, story, why) = joined(&DISCORD);
    assert_eq!(story[0], story[1], "{why:?}");
    assert!(why[1].contains("70000"), "{why:?}");
}

#[test]
fn the_name_alone_does_not_join_them() {
    // Without the count (the English item tells of "the theft of ID photos"), only « Discord » is
    // shared: one name, below the join.
    let mut without = DISCORD;
    without[1].3 = "ZDNET's key takeaways A third-party service for customer support was hit. \
                    Users may have had government ID photos accessed. Discord has revealed the \
                    theft of government-issued ID photos in a recent data breach.";
    without[1].2 = "ZDNET's key takeaways A third-party service for customer support was hit. \
                    Users may have…";
    let (_, story, why) = joined(&without);
    assert_ne!(story[0], story[1], "{why:?}");
}
