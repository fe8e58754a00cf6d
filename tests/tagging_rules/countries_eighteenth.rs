//! The victim's country on sentences of the eighteenth gold split (round 28's blind one, read from
//! round 29, round s29places): countries a leak spared are not its victims', and « l'OM » of the
//! French sports press is Olympique de Marseille, not the Dutch prosecution service's acronym.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest, targets};

#[test]
fn countries_a_leak_spared_are_not_its_victims_fr() {
    let fr = suggest(
        "Des informations personnelles des utilisateurs Facebook répertoriés dans 106 pays ont été divulguées",
        "Des informations personnelles des utilisateurs Facebook répertoriés dans 106 pays dans le \
         monde ont été divulguées il y a quelques jours sur un forum de piratage en ligne. Parmi ces \
         pays, principalement des nations occidentales et asiatiques, ne figure pas le Gabon.  Les \
         utilisateurs gabonais des comptes Facebook ont donc été épargnés par cette fuite qui \
         concerne les données de plus de 500 millions de personnes dans le monde.  Comme le Gabon, \
         les pays de la Cemac dans leur grande majorité (Guinée équatoriale, Tchad, République \
         centrafricaine et le Congo) ont été épargnés par cette fuite. Seul le Cameroun a été touché \
         dans la sous-région avec près de 2 millions de comptes concernés.",
    );
    assert_eq!(countries(&fr), ["CM"], "{:?}", fr.country);
    // Near miss: the same sentence with its sparing denied (« n'ont pas été épargnés », as the
    // sixteenth split's carmakers « en France ») names countries the leak hit.
    let near = suggest(
        "Des informations personnelles des utilisateurs Facebook divulguées",
        "Des informations personnelles des utilisateurs Facebook répertoriés dans 106 pays dans le \
         monde ont été divulguées il y a quelques jours sur un forum de piratage en ligne. Les pays \
         de la Cemac (Guinée équatoriale, Tchad, République centrafricaine et le Congo) n’ont pas \
         été épargnés par cette fuite.",
    );
    assert!(countries(&near).contains(&"TD"), "{:?}", near.country);
}

#[test]
fn l_om_is_olympique_de_marseille_not_the_dutch_prosecution_service_fr_en() {
    let fr = suggest(
        "Piraté, l'OM prend une mesure forte contre l'OL",
        "Victime d’une cyberattaque cette semaine, l’Olympique de Marseille ne prend aucun risque.",
    );
    assert!(!countries(&fr).contains(&"NL"), "{:?}", fr.country);
    assert!(
        !targets(&fr).contains(&"Dutch Public Prosecution Service"),
        "{:?}",
        fr.target
    );
    // Near miss: the Dutch service named in full is still the victim, in the Netherlands.
    let en = suggest(
        "Russia suspected of hacking Dutch prosecution service systems",
        "The Dutch Public Prosecution Service took its systems offline after a cyberattack.",
    );
    assert!(countries(&en).contains(&"NL"), "{:?}", en.country);
}
