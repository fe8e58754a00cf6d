//! Victims on the eleventh gold split (round 21's blind one, read from round 22): the owner of a
//! site written « sites Web du … », French institutions whose adjectives are in lower case, and
//! the victims of earlier incidents a story recalls.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use veille::tagging::{Suggester, Suggestions, Vocabulary};

fn suggest(title: &str, text: &str) -> Suggestions {
    Suggester::new(&Vocabulary::bundled().unwrap())
        .unwrap()
        .suggest(title, text)
}

fn targets(s: &Suggestions) -> Vec<&str> {
    s.target.iter().map(|t| t.value.as_str()).collect()
}

#[test]
fn the_owner_of_a_site_web_or_an_information_system_is_hit() {
    // i24news, 2023 (eleventh split): « Web » stood between the sites and their owner.
    let s = suggest(
        "Des sites israéliens mis hors ligne",
        "Le groupe a revendiqué une cyberattaque. Les sites Web du Mossad ont été touchés par \
         une cyberattaque.",
    );
    assert!(targets(&s).contains(&"Mossad"), "{:?}", s.target);
    // Malijet, 2023 (eighth split): « système informatique de ».
    let s = suggest(
        "Cyberattaque contre une banque",
        "Le système informatique de la Banque of Africa (BOA) a bel et bien été victime d'une \
         intrusion.",
    );
    assert!(
        targets(&s).iter().any(|t| t.contains("of Africa")),
        "{:?}",
        s.target
    );
}

#[test]
fn a_french_ministry_keeps_its_lower_case_adjectives() {
    // Journal du Cameroun, 2023 (eleventh split).
    let s = suggest(
        "Cybercriminalité : Le site internet du Minesup piraté",
        "Un groupe baptisé Cameroon cyber force (Ccf) a revendiqué le piratage du site Internet \
         du ministère de l'Enseignement supérieur. Ce dernier est indisponible depuis cette date.",
    );
    assert!(
        targets(&s).contains(&"Ministère de l'Enseignement supérieur"),
        "{:?}",
        s.target
    );
    let s = suggest(
        "Qilin",
        "Le ministère des Affaires étrangères ukrainien est aussi victime du rançongiciel Qilin.",
    );
    assert!(
        targets(&s).contains(&"Ministère des Affaires étrangères"),
        "{:?}",
        s.target
    );
}
