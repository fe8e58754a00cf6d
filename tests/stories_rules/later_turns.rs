//! A story is an incident and its follow-ups within about two weeks of it (issue 13): a later turn
//! of the same victim — a gang's claim weeks on, a lawsuit — is a story of its own, however many
//! names it shares with the incident it recalls. Fourteenth split of the stories gold set:
//! Christie's website attack of 9 May 2024, reported until the 18th, claimed by RansomHub on the
//! 27th, then a client's class action.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{TimeZone, Utc};
use veille::model::Lang;
use veille::stories::{Memory, Profile};
use veille::tagging::Suggester;

thread_local! {
    /// Built once per test thread: the vocabulary's automaton takes a while to compile.
    static SUGGESTER: Suggester = veille::stories::bundled_suggester().unwrap();
}

fn profile_on(day: u32, month: u32, lang: Lang, title: &str, text: &str) -> Profile {
    let at = Utc
        .with_ymd_and_hms(2024, month, day, 12, 0, 0)
        .unwrap()
        .timestamp();
    SUGGESTER.with(|s| Profile::new(s, title, text, Some(lang), Some(at), None))
}

/// The attack's reports: (day of May 2024, language, title, lead).
const ATTACK: [(u32, Lang, &str, &str); 3] = [
    (
        9,
        Lang::En,
        "Christie’s Website Hacked Ahead of Marquee Sales",
        "It was not yet clear if any sensitive information had been accessed. The Christie’s \
         website has been shut down by hackers just days before three marquee sales are expected \
         to bring in around $840 million.",
    ),
    (
        9,
        Lang::Fr,
        "Son site internet a été piraté empêchant les enchères en ligne alors que débutent ce soir les…",
        "Son site internet a été piraté empêchant les enchères en ligne alors que débutent ce soir \
         les grandes ventes de New York. Quelques jours seulement avant le coup d’envoi de ses \
         ventes de printemps qui représentent une bonne part de son chiffre annuel Christie’s a \
         été la cible d’une cyberattaque qui a mis son site internet hors service.",
    ),
    (
        18,
        Lang::Fr,
        "Quelques jours avant d’importantes ventes, le site de Christie’s ciblé par des hackers",
        "Les enchères du 21th et du 20th Century Evening Sale de Christie’s, prévues les 14 et 16 \
         mai dernier, devaient rapporter plus de 800 millions d’euros à la maison de vente. Mais \
         quelques jours avant l’événement, le site de Christie’s a été la cible de hackers.",
    ),
];

/// RansomHub's claim, in French (an untitled item: its title is its lead's first words).
const CLAIM_FR: (&str, &str) = (
    "Des pirates informatiques ont revendiqué sur le dark web une cyberattaque en mai contre la maison…",
    "Des pirates informatiques ont revendiqué sur le dark web une cyberattaque en mai contre la \
     maison d’enchères d’œuvres d’art Christie’s et ont menacé de dévoiler les données \
     personnelles de riches collectionneur·se·s, a rapporté le New York Times. Dans un message \
     posté sur le dark web, le groupe RansomHub a affirmé avoir eu accès à des informations \
     sensibles sur les collectionneur·se·s d’art les plus prospères de la planète.",
);

/// The claim in English; its lead calls the victim "the fine art auctioneer".
const CLAIM_EN: (&str, &str) = (
    "Christie’s given Friday ransom deadline after threat group claims responsibility for cyber attack",
    "Christie's has been handed an ultimatum by RansomHub The hacker group behind the Christie’s \
     cyber attack earlier this month has threatened to leak sensitive information online if the \
     fine art auctioneer doesn’t meet ransom demands.",
);

/// The attack's reports in one story; returns the memory and that story.
fn attack() -> (Memory, usize) {
    let mut memory = Memory::new();
    let stories: Vec<usize> = ATTACK
        .iter()
        .enumerate()
        .map(|(id, (day, lang, title, lead))| {
            memory
                .add(id as i64, profile_on(*day, 5, *lang, title, lead))
                .0
        })
        .collect();
    assert!(stories.iter().all(|s| *s == stories[0]), "{stories:?}");
    (memory, stories[0])
}

#[test]
fn a_claim_eighteen_days_after_the_attack_is_a_story_of_its_own() {
    // Nine days after the attack's last report, eighteen after the attack: not its story, in
    // French or in English, though both name the victim and recall the attack.
    let (mut memory, story) = attack();
    let (fr, _) = memory.add(10, profile_on(27, 5, Lang::Fr, CLAIM_FR.0, CLAIM_FR.1));
    assert_ne!(fr, story);
    let (en, _) = memory.add(11, profile_on(27, 5, Lang::En, CLAIM_EN.0, CLAIM_EN.1));
    assert_ne!(en, story);
}

#[test]
fn a_claim_within_two_weeks_of_the_attack_joins_its_story() {
    // Near miss: the same claim eleven days after the attack is one of its follow-ups.
    let (mut memory, story) = attack();
    let (fr, why) = memory.add(10, profile_on(20, 5, Lang::Fr, CLAIM_FR.0, CLAIM_FR.1));
    assert_eq!(fr, story, "{}", why.explain());
}

#[test]
fn a_class_action_a_week_after_the_claim_is_not_the_claim_s_story() {
    // The claim's English report calls the victim "the fine art auctioneer": no fine, so the
    // lawsuit is a later turn beside it, not a second report of one turn.
    let mut memory = Memory::new();
    let (claim, _) = memory.add(0, profile_on(27, 5, Lang::En, CLAIM_EN.0, CLAIM_EN.1));
    let (lawsuit, _) = memory.add(
        1,
        profile_on(
            7,
            6,
            Lang::En,
            "Christie’s Hit With Class-Action Lawsuit Over Client Data After Cyberattack Shuts Down Website",
            "If there’s one thing wealthy people have access to, it’s lawyers. As a result, a client \
             of Christie’s recently filed an class-action lawsuit against the auction house after \
             it experienced a cyberattack in May.",
        ),
    );
    assert_ne!(lawsuit, claim);
    // Near miss: a second report of the claim, the next day, joins it.
    let (again, why) = memory.add(
        2,
        profile_on(
            28,
            5,
            Lang::En,
            "RansomHub threatens to leak data of Christie's auction house clients",
            "The ransomware group RansomHub claimed responsibility for conducting a cyberattack on \
             the British auction house Christie's and threatened to leak the data of its clients \
             if the ransom is not paid by Friday.",
        ),
    );
    assert_eq!(again, claim, "{}", why.explain());
}
