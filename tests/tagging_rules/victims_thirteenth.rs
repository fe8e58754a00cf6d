//! Victims named as the analyst writes them (round s24victims, issue 10 items 1-2): on the
//! thirteenth gold split (round 23's blind one) and pooled over every read split, a third of the
//! false victims were the right victim cut short of its name — its head left off (« Radix » for
//! « la Fondation Radix », « Miotte » for « l'hôpital privé de la Miotte ») or its end (« Centre »
//! for « le Centre de santé Tulattavik de l'Ungava (CSTU) »).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_name_declared_before_its_abbreviation_is_named_whole() {
    // Nunavik's health centre (thirteenth split).
    let s = suggest(
        "Le CSTU informe la population et poursuit ses actions pour protéger les renseignements \
         des usagers et des employés",
        "Le Centre de santé Tulattavik de l’Ungava (CSTU) informe la population qu’il a été \
         victime d’une cyberattaque orchestrée par des individus malveillants en novembre 2025. \
         Dès la détection de l’incident, les équipes du CSTU ont agi.",
    );
    assert_eq!(
        targets(&s),
        ["Centre de santé Tulattavik de l’Ungava"],
        "{:?}",
        s.target
    );
    // The French rugby federation (seventh split).
    let s = suggest(
        "Rugby : la FFR met en garde ses licenciés après une cyberattaque",
        "La Fédération française de rugby (FFR), victime d'une cyberattaque début juin, a mis en \
         garde ce mardi ses licenciés de possibles divulgations de \"données à caractère \
         personnel\" sur le \"darkweb\".",
    );
    assert_eq!(
        targets(&s),
        ["Fédération française de rugby"],
        "{:?}",
        s.target
    );
}

#[test]
fn an_abbreviation_that_does_not_spell_the_words_before_it_names_nothing_longer() {
    // « Caisse nationale de sécurité sociale marocaine (CNSS) »: five words, four letters; the
    // cut name stays what the abbreviation rule of round 21 makes of it.
    let s = suggest(
        "Maroc : fuite de données à la CNSS",
        "La Caisse nationale de sécurité sociale marocaine (CNSS) a été victime d'une \
         cyberattaque revendiquée par un groupe algérien.",
    );
    assert!(
        !targets(&s).contains(&"Caisse nationale de sécurité sociale marocaine"),
        "{:?}",
        s.target
    );
}

#[test]
fn a_capitalised_describing_head_after_an_article_is_the_name_s_own() {
    // A Swiss foundation (thirteenth split): « la Fondation Radix », not « Radix ».
    let s = suggest(
        "Cyberattaque contre une fondation: données fédérales concernées",
        "La Fondation Radix, active dans la santé, a été victime d'une attaque par rançongiciel. \
         Des données ont été volées et publiées sur le darknet.",
    );
    assert_eq!(targets(&s), ["Fondation Radix"], "{:?}", s.target);
    // In lower case it only describes (fifth split): « la fondation vaudoise Le Relais ».
    let s = suggest(
        "Cyberattaque en Suisse romande",
        "Cet été, la fondation vaudoise Le Relais a été victime d'une cyberattaque.",
    );
    assert!(
        !targets(&s)
            .iter()
            .any(|t| t.starts_with("fondation") || t.starts_with("Fondation")),
        "{:?}",
        s.target
    );
}

#[test]
fn a_two_word_head_stands_as_far_from_the_name_as_a_one_word_head() {
    // Belfort's private hospital (thirteenth split): the text says « l'hôpital privé de la
    // Miotte », the analyst « Hôpital privé de la Miotte », not « Miotte ».
    let s = suggest(
        "Belfort : l’hôpital privé de la Miotte encore ciblé par un hacker",
        "Au mois de juin 2025, l’hôpital privé de la Miotte était victime d’une vraie fausse \
         cyberattaque. 103 083 lignes de données de patients avaient été mises en vente sur le \
         darknet.",
    );
    assert_eq!(
        targets(&s),
        ["Hôpital privé de la Miotte"],
        "{:?}",
        s.target
    );
}

#[test]
fn the_capitalised_name_before_an_institution_s_head_is_the_name_s_own() {
    // Swinburne (seventh split): "Swinburne University of Technology has confirmed…".
    let s = suggest(
        "Swinburne University confirms over 5,000 individuals affected in data breach",
        "Swinburne University of Technology has confirmed personal information on staff, \
         students, and external parties had inadvertently made its way into the wild.",
    );
    assert!(
        targets(&s).contains(&"Swinburne University of Technology"),
        "{:?}",
        s.target
    );
    // The Open University of Cyprus (unseen split), after a lower-case word.
    let s = suggest(
        "Cyber gang badgers Cypriot university to cough up $100K",
        "The notorious Medusa ransomware gang is asking for $100,000 from Open University of \
         Cyprus following a cyberattack on the institution’s digital platforms, with data \
         samples already leaked online to prove they are not kidding.\n\nAccording to OUC, the \
         IT department “detected a malicious attack on the University's file server” which took \
         place on March 27, prompting the online distance-learning university to shut down \
         central services and critical systems.",
    );
    assert_eq!(targets(&s), ["Open University of Cyprus"], "{:?}", s.target);
    // Where it sits is no part of it (eleventh split): "England-based" stops the name.
    let s = suggest(
        "Cyberattack at UK hospital prompts outpatient appointment cancellations",
        "All outpatient appointments at North West England-based Wirral University Teaching \
         Hospital NHS Trust have been called off following a \"major\" cyber incident.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("England")),
        "{:?}",
        s.target
    );
}

#[test]
fn the_victims_before_the_story_s_in_a_series_are_not_its_victims() {
    // Zataz on the pension fund's leak (thirteenth split).
    let s = suggest(
        "ALERTE : les données de 370 000 retraités ont été volées !",
        "L'Assurance retraite a confirmé une fuite de données touchant 370 000 retraités. \
         Toutefois, cette fuite s’ajoute à une série d’attaques récentes touchant des entreprises \
         françaises telles que Boulanger, Cultura et Truffaut.",
    );
    for earlier in ["Boulanger", "Cultura", "Truffaut"] {
        assert!(!targets(&s).contains(&earlier), "{:?}", s.target);
    }
    // A Moroccan ministry's leak before the story's Algerian one (thirteenth split).
    let s = suggest(
        "Des hackers marocains publient des données sensibles",
        "Quelques jours seulement après que le groupe algérien JabaRoot DZ a revendiqué le \
         piratage de la CNSS et du ministère de l’Emploi marocains, une nouvelle attaque de la \
         part de hackers marocains annoncée ce 12 avril, revendique la fuite de données \
         sensibles du ministère algérien de l’Industrie pharmaceutique.",
    );
    assert!(!targets(&s).contains(&"CNSS"), "{:?}", s.target);
    // Actu.fr (seventh split): the hospital of the clause before « à son tour ».
    let s = suggest(
        "Cyberattaque : un EHPAD de l'Eure visé",
        "Après la cyberattaque contre l'hôpital de Corbeil-Essonnes, l'EHPAD de Beuzeville est, \
         à son tour, visé.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains("Corbeil")),
        "{:?}",
        s.target
    );
}

#[test]
fn a_french_headline_s_victim_after_its_incident_and_a_preposition() {
    // Fifth split: « Cyberattaque massive contre la CAF : … », « Cyberattaque sur Pajemploi : … ».
    let s = suggest(
        "Cyberattaque massive contre la CAF : des millions de données personnelles exposées",
        "",
    );
    assert!(targets(&s).contains(&"CAF"), "{:?}", s.target);
    let s = suggest(
        "Cyberattaque sur Pajemploi : voici les risques concrets pour 1,2 million de Français",
        "",
    );
    assert!(targets(&s).contains(&"Pajemploi"), "{:?}", s.target);
    // Twelfth split: « Cyberintrusion au CSS des Appalaches : … ».
    let s = suggest(
        "Cyberintrusion au CSS des Appalaches : des renseignements potentiellement dérobés",
        "",
    );
    assert!(
        targets(&s).contains(&"CSS des Appalaches"),
        "{:?}",
        s.target
    );
    // A country after the preposition names where, not whom.
    let s = suggest("Cyberattaque contre la France : l'ANSSI alerte", "");
    assert!(!targets(&s).contains(&"France"), "{:?}", s.target);
}
