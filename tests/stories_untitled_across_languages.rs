//! French and English reports of one incident meet by what survives translation (issue 13): a sum
//! written in words in one language and in figures in the other, and a victim an untitled item
//! names only in its address and once at a sentence's start. Two events of the seventeenth split
//! of the stories gold set: Facebook's dump of 533 million users' data (3 Apr 2021) and
//! Lactalis's intrusion attempt (26 Feb 2021).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{TimeZone, Utc};
use veille::model::Lang;
use veille::stories::{Memory, Profile};
use veille::tagging::Suggester;

thread_local! {
    /// Built once per test thread: the vocabulary's automaton takes a while to compile.
    static SUGGESTER: Suggester = veille::stories::bundled_suggester().unwrap();
}

/// A report of 2021: (day, month), language, title, lead, address.
type Report = ((u32, u32), Lang, &'static str, &'static str, &'static str);

fn profile(r: &Report) -> Profile {
    let ((day, month), lang, title, lead, url) = *r;
    let at = Utc
        .with_ymd_and_hms(2021, month, day, 12, 0, 0)
        .unwrap()
        .timestamp();
    SUGGESTER.with(|s| Profile::new(s, title, lead, Some(lang), Some(at), Some(url)))
}

/// Facebook's dump, the day it was posted, in French: « plus de 500 millions ».
const FACEBOOK_FR: Report = (
    (3, 4),
    Lang::Fr,
    "Des données concernant plus de 500 millions d’utilisateurs Facebook et issues d’une fuite survenue…",
    "Des données concernant plus de 500 millions d’utilisateurs Facebook et issues d’une fuite \
     survenue en 2019, dont des adresses e-mail et des numéros de téléphone, ont été mises en \
     ligne sur un forum de hackers, a rapporté samedi le site Business Insider, confirmant les \
     informations d’un expert en cybercriminalité. « Les archives concernant 533 millions de \
     comptes Facebook viennent d’être divulguées gratuitement », a tweeté samedi matin Alon Gal.",
    "https://www.reporters.dz/plus-de-500-millions-de-comptes-facebook-pirates/",
);

/// The same dump nine days on, in English: "over half a billion users".
const FACEBOOK_EN: Report = (
    (12, 4),
    Lang::En,
    "On April 3, 2021, a user in a recreational hacking forum posted files containing the personal data…",
    "On April 3, 2021, a user in a recreational hacking forum posted files containing the \
     personal data – including phone numbers, names, birth dates, email addresses, and more – of \
     hundreds of millions of Facebook users. Over half a billion users are affected, which is \
     almost one-fifth of the social media platform’s active population. According to a Facebook \
     spokesperson, the data comes from a leak which was patched over a year and a half ago. \
     Regardless, the exposed information may leave many vulnerable to scams or identity theft.",
    "https://businessbigwigs.com/2021/04/12/facebook-users-personal-info-taken-in-leak/",
);

/// Another social network's 500 million profiles put on sale the same week: another incident.
const LINKEDIN_FR: Report = (
    (9, 4),
    Lang::Fr,
    "Les données liées à 500 millions de profils LinkedIn mises en vente sur un forum",
    "Ils font actuellement monter les enchères. Des hackers, dont l'identité et les motivations \
     concrètes restent encore inconnues, ont mis en vente sur un forum les données de 500 \
     millions d'utilisateurs du réseau social professionnel LinkedIn. Mise à prix minimum: 1000 \
     dollars.",
    "https://www.bfmtv.com/tech/les-donnees-liees-a-500-millions-de-profils-linked-in-mises-en-vente-sur-un-forum_AN-202104090190.html",
);

/// Lactalis's intrusion attempt, untitled, its name opening one sentence of the lead only.
const LACTALIS_FR: Report = (
    (26, 2),
    Lang::Fr,
    "Le géant du lait a été la victime d’une cyberattaque vendredi 26 février. Une enquête est en cours…",
    "Le géant du lait a été la victime d’une cyberattaque vendredi 26 février. Une enquête est en \
     cours même si l’entreprise a déclaré qu’aucune donnée n’avait été volée. Lactalis a observé \
     une « tentative d’intrusion » sur son réseau informatique, a-t-il déclaré dans un \
     communiqué, vendredi.",
    "https://linformaticien.com/magazine/cybersecurite/57368-96lactalis-victime-d-une-cyberattaque.html",
);

const LACTALIS_EN: Report = (
    (2, 3),
    Lang::En,
    "French multinational dairy Lactalis hit by a cyber attack",
    "French multinational dairy products corporation Lactalis discloses cyberattack, but claimed \
     that had no evidence of a data breach. France-based dairy giant Lactalis announced that it \
     was hit by a cyber attack, but claimed that it had found no evidence of a data breach.",
    "https://securityaffairs.com/115173/hacking/lactalis-cyber-attack.html",
);

fn add(memory: &mut Memory, id: i64, r: &Report) -> usize {
    memory.add(id, profile(r)).0
}

#[test]
fn half_a_billion_users_in_english_meets_five_hundred_million_in_french() {
    assert!(profile(&FACEBOOK_EN).numbers.contains(&"500m".to_owned()));
    let mut memory = Memory::new();
    let facebook = add(&mut memory, 0, &FACEBOOK_FR);
    let linkedin = add(&mut memory, 1, &LINKEDIN_FR);
    assert_ne!(
        linkedin, facebook,
        "the same sum of another network's users"
    );
    assert_eq!(add(&mut memory, 2, &FACEBOOK_EN), facebook);
}

#[test]
fn an_untitled_report_named_by_its_address_meets_the_english_reports() {
    assert!(profile(&LACTALIS_FR).names.contains(&"lactalis".to_owned()));
    let mut memory = Memory::new();
    let lactalis = add(&mut memory, 0, &LACTALIS_FR);
    assert_eq!(add(&mut memory, 1, &LACTALIS_EN), lactalis);
}
