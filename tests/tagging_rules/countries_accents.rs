//! Countries whose French name differs from the English one only by its accents (« Sénégal »,
//! « Bénin », « Israël », « Taïwan », « Népal »): the vocabulary keeps one entry for both spellings,
//! and the French press's spelling must be read as well as the English one. And a name that runs
//! past a sentence's end must not crash the suggester.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest};

#[test]
fn a_country_written_with_its_french_accents_is_that_country() {
    // Senego on AGEROUTE (twelfth split): the victim's country in its French spelling.
    let s = suggest(
        "Cyberattaque: L'AGEROUTE victime de piratage par le groupe lockbit",
        "L’agence en charge des chantiers routiers au Sénégal, victime d'une cyberattaque a vu ses données publiées par le groupe cybercriminel lockbit.",
    );
    assert_eq!(countries(&s), ["SN"]);
    // A fact-checking site on a phishing message (twenty-second split).
    let s = suggest(
        "Subventions gouvernementales de 600 000 FCFA au Bénin : une fake news",
        "C’est du hameçonnage. Jamais le gouvernement du Bénin n’a publié une telle annonce.",
    );
    assert!(countries(&s).contains(&"BJ"), "{:?}", countries(&s));
    // The English spelling still reads.
    let s = suggest(
        "Senegal's road agency hit by LockBit ransomware",
        "The road works agency of Senegal was hit by a ransomware attack.",
    );
    assert_eq!(countries(&s), ["SN"]);
}

#[test]
fn another_place_that_folds_alike_keeps_its_own_accents() {
    // HIPAA Journal (twentieth split): Macon, Georgia is not Mâcon, Saône-et-Loire.
    let s = suggest(
        "Navicent Health Notifies Patients About July 2018 Phishing Attack",
        "Macon, GA-based Navicent Health is notifying certain patients that some of their protected health information was exposed in a phishing attack.",
    );
    assert!(!countries(&s).contains(&"FR"), "{:?}", countries(&s));
}

#[test]
fn a_name_past_an_abbreviation_s_full_stop_does_not_crash() {
    // The sentence splitter cuts after "U.S.": the name runs past the sentence's end.
    let s = suggest(
        "Ransomware hits U.S. Virgin Islands",
        "The U.S. Virgin Islands government was hit by a cyberattack.",
    );
    assert_eq!(countries(&s), ["VI"]);
}
