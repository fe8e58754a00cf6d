//! Victims read by the shape of a headline and sectors read from the kind of institution a
//! victim's own name holds, from the eighteenth split (round 28's blind one, read from round 29)
//! and the read splits before it (round s29victims, issue 10 items 1-3): each with the sentence
//! that motivated it and a near miss that must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest, targets};

#[test]
fn a_headline_subject_telling_its_incident_without_article_is_the_victim_en() {
    // Eighteenth split: the headline drops the article the text's own-incident rule asks for.
    let r = suggest(
        "City of Stratford dealing with suspected ransomware incident",
        "The mayor says staff are working with experts to restore the systems.",
    );
    assert_eq!(targets(&r), ["City of Stratford"]);
    // Fifteenth split.
    let r = suggest(
        "Twin Falls County identifies ransomware as source of computer problems",
        "Officials said services would resume next week.",
    );
    assert_eq!(targets(&r), ["Twin Falls County"]);
}

#[test]
fn a_headline_subject_investigating_another_s_incident_is_no_victim_en() {
    // Near miss: the incident is someone else's ("on …"), and the subject investigates.
    let r = suggest(
        "Europol investigating ransomware attack on regional hospital",
        "Investigators are looking into the attack.",
    );
    assert!(!targets(&r).contains(&"Europol"), "{:?}", r.target);
    // Near miss: no incident in the object.
    let r = suggest(
        "Acme Logistics dealing with supply delays after storm",
        "The company said deliveries would resume.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn a_victim_s_kind_in_its_own_name_gives_its_sector_fr() {
    // Fourteenth and sixth splits: « Le barreau de Charleroi », « Les Hospices Civils de Lyon ».
    let r = suggest(
        "Le barreau de Charleroi a été victime d'une cyberattaque",
        "Plus de 12.000 documents auraient été volés. Le Barreau Charleroi a été victime de \
         pirates informatiques ce mercredi 6 octobre.",
    );
    assert!(sectors(&r).contains(&"legal"), "{:?}", r.sector);
    let r = suggest(
        "Les Hospices Civils de Lyon victimes d'une cyberattaque",
        "Les Hospices Civils de Lyon ont été victimes d'une cyberattaque ce week-end.",
    );
    assert!(sectors(&r).contains(&"health"), "{:?}", r.sector);
}

#[test]
fn a_victim_s_kind_in_its_own_name_gives_its_sector_en() {
    // Seventeenth and sixth splits: "Seattle Public Library", "Pittsburgh Regional Transit".
    let r = suggest(
        "Seattle Public Library hit by ransomware attack",
        "The Seattle Public Library said it was hit by a ransomware attack that disrupted its online services.",
    );
    assert!(sectors(&r).contains(&"local-government"), "{:?}", r.sector);
    let r = suggest(
        "Ransomware hits Pittsburgh Regional Transit",
        "Pittsburgh Regional Transit said a ransomware attack disrupted its systems.",
    );
    assert!(sectors(&r).contains(&"transport"), "{:?}", r.sector);
}

#[test]
fn a_kind_word_outside_a_victim_s_name_gives_no_sector() {
    // Near miss: a software library and a radio link are no victim's kind.
    let r = suggest(
        "Malicious library published on npm",
        "Attackers published a malicious library that steals credentials, then sent them over a radio link.",
    );
    assert!(!sectors(&r).contains(&"local-government"), "{:?}", r.sector);
    assert!(!sectors(&r).contains(&"media"), "{:?}", r.sector);
}
