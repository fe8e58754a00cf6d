//! Victims by the grammar of their sentence (round s26victims, issue 10 items 1-2): on the
//! fifteenth gold split (round 25's blind one) and pooled over every read split, a victim the
//! press names as the subject of « voir » with its own things harmed (« a vu ses serveurs
//! chiffrés », "had its online system attacked") was never read as one.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn who_saw_its_own_things_harmed_is_the_victim() {
    // A Swiss paint maker in a weekly round-up (fifteenth split).
    let s = suggest(
        "Les actus cybersécurité de la Suisse",
        "Selon le registre, deux cyberattaques ont frappé des organisations suisses. Le fabricant \
         de peintures Bosshard-Farben a vu ses serveurs et données chiffrés suite à une attaque \
         menée le 26 mars.",
    );
    assert_eq!(targets(&s), ["Bosshard-Farben"], "{:?}", s.target);
    // A foundation of Vaud, the sentence's subject after an opening phrase (eighth split).
    let s = suggest(
        "Des Romands ont payé un million aux hackers",
        "Cet été, la fondation vaudoise Le Relais et des entreprises genevoises ont vu leurs \
         données cryptées par le redoutable groupe Black Matter.",
    );
    assert_eq!(targets(&s), ["Le Relais"], "{:?}", s.target);
    // A Montreal distributor whose documents were put online (fourteenth split).
    let s = suggest(
        "Leurs données commerciales publiées en ligne",
        "Le distributeur montréalais d’équipements électriques Guillevin International a vu des \
         centaines de ses documents commerciaux se retrouver en ligne.",
    );
    assert_eq!(targets(&s), ["Guillevin International"], "{:?}", s.target);
    // English says it with "have" (ninth split).
    let s = suggest(
        "Cyber attack on Lemken",
        "German machinery manufacturer Lemken recently had its online system attacked by cyber \
         hackers.",
    );
    assert_eq!(targets(&s), ["Lemken"], "{:?}", s.target);
}

#[test]
fn what_others_saw_or_the_police_did_names_no_victim() {
    // The federal police confirms a trend, before a colon (fourteenth split).
    let s = suggest(
        "Des sociétés belges piratées",
        "La police fédérale le confirme: de plus en plus de sociétés voient leur système \
         informatique piraté en Belgique.",
    );
    assert!(s.target.is_empty(), "{:?}", s.target);
    assert!(s.sector.is_empty(), "{:?}", s.sector);
    // An attacker's assets seized by the police are no harm done to a victim (eleventh split).
    let s = suggest(
        "LockBit",
        "Au cours des huit derniers mois, LockBit a dominé les attaques par ransomware. Mais \
         LockBit a vu ses actifs saisis en février dans le cadre d'une opération de police.",
    );
    assert!(!targets(&s).contains(&"LockBit"), "{:?}", s.target);
}
