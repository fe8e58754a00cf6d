//! Victims of unseen news (round s37target): the constructions by which the French and English
//! press name a victim that the extractor read as no name or as the wrong one.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// The kind of business set before the name in apposition, after the verb that hit it.
#[test]
fn a_business_s_kind_before_its_name_is_no_part_of_it_fr_en() {
    // BFMTV (twenty-first split).
    let s = suggest(
        "Une enquête ouverte après une cyberattaque visant l'agence Voyageurs du Monde",
        "Une enquête préliminaire a été ouverte le 30 mai, notamment pour extorsion en bande \
         organisée, à la suite d'une cyberattaque mi-mai, a indiqué le parquet de Paris.",
    );
    assert!(
        targets(&s).contains(&"Voyageurs du Monde"),
        "{:?}",
        s.target
    );
    // La France agricole (seventeenth split).
    let s = suggest(
        "Le piratage de la coopérative Even est le signe d’une menace grandissante",
        "Les coopératives agricoles sont des cibles de choix pour les rançongiciels, qui \
         chiffrent leurs serveurs.",
    );
    assert!(targets(&s).contains(&"Even"), "{:?}", s.target);
    // RealClearDefense (twenty-first split).
    let s = suggest(
        "Behind North Korea's Stunning Crypto-Heist",
        "Cyberattacks waged against cryptocurrency exchanges are now common, but the theft of \
         just over $7 million from the Singapore-based exchange DragonEx last March stands out \
         for at least three reasons. First there is the extremely elaborate phishing scheme the \
         attackers used to get in.",
    );
    assert!(targets(&s).contains(&"DragonEx"), "{:?}", s.target);
    // Near miss (twenty-second split): a capitalised kind after « l' » opens the name itself.
    let s = suggest(
        "Sénégal: un site gouvernemental piraté par des hackers pro-Charlie Hebdo",
        "Le site d’une agence officielle sénégalaise a été piraté dimanche par un groupe se \
         réclamant des Anonymous. Des internautes ont publié des captures d’écran de www. adie. \
         sn, le site de l’Agence de l’informatique de l’Etat (ADIE, rattachée à la présidence), \
         qui a reconnu avoir « subi une série d’attaques » informatiques.",
    );
    assert!(
        targets(&s)
            .iter()
            .any(|t| t.starts_with("Agence de l’informatique")),
        "{:?}",
        s.target
    );
}
