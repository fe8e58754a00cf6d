//! Victims an analyst need not undo (round s23victims, issue 10 items 1-2): the false victims of
//! the twelfth gold split (round 22's blind one) and of every read split, by cause — a date read
//! as a name, a sentence's opening word read as the name's first, another incident told "earlier
//! this month".
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_date_after_a_victim_cue_is_no_victim_en_fr() {
    // WFAA (eighth split): "a cyberattack on Sept. 20".
    let s = suggest(
        "Hackers are trying to extort millions from Allen ISD after cyberattack",
        "The hackers claimed they downloaded the personal information of students, families and \
         staff during a cyberattack on Sept. 20.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.starts_with("Sept")),
        "{:?}",
        s.target
    );
    // The Chain Bulletin (eighth split): "a serious cyber-attack at 08:00 PM UTC".
    let s = suggest(
        "Hotbit shuts down after unsuccessful hack attempt",
        "The exchange had a number of basic services paralyzed after it suffered a serious \
         cyber-attack at 08:00 PM UTC on 29 April.",
    );
    assert!(!targets(&s).contains(&"PM UTC"), "{:?}", s.target);
    // Reflets (seventh split): « Mi-septembre, nous écrivions que… ».
    let s = suggest(
        "Quelles leçons tirer après le ransomware qui a touché le cabinet d'avocats Le Bonnois ?",
        "Mi-septembre, nous écrivions que plusieurs cabinets d'avocats français avaient été \
         victimes d'attaques par ransomwares. Dont le cabinet Le Bonnois.",
    );
    assert!(!targets(&s).contains(&"Mi-septembre"), "{:?}", s.target);
}

#[test]
fn a_sentence_s_opening_conjunction_or_imperative_is_no_part_of_the_name() {
    // nationalcybersecurity.com (twelfth split).
    let s = suggest(
        "Mower County, Minn., Notifies Residents After Cyber Attack",
        "(TNS) — While Mower County has largely got its systems back online following the June 18 \
         ransomware attack, it is now letting people know about potential impact to personal \
         information.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.starts_with("While")),
        "{:?}",
        s.target
    );
    // Yahoo Games (ninth split).
    let s = suggest(
        "Hackers leak millions of PlaySpan accounts",
        "Add PlaySpan to the ever-growing list of video game companies that have been targeted \
         by hackers.",
    );
    assert!(targets(&s).contains(&"PlaySpan"), "{:?}", s.target);
    // RTL Belgique (twelfth split): the claim's channel opens the sentence.
    let s = suggest(
        "Des pirates informatiques russes mettent hors service plusieurs sites web",
        "Via Telegram, le collectif de hackers \"NoName057(16)\" a fait savoir qu'il avait mis \
         hors service les sites web du Premier ministre.",
    );
    assert!(!targets(&s).contains(&"Via Telegram"), "{:?}", s.target);
}

#[test]
fn a_victim_told_earlier_this_month_elsewhere_is_another_incident() {
    // WFAA (eighth split): another district's breach, told after the story's own.
    let s = suggest(
        "Hackers are trying to extort millions from Allen ISD after cyberattack",
        "The hackers claimed they downloaded the personal information of students, families and \
         staff during a cyberattack on Allen ISD. Allen is the latest North Texas district to get \
         hit by a cyberattack. Dallas Independent School District officials earlier this month \
         said electronic records were hacked in a cybersecurity breach.",
    );
    assert!(
        !targets(&s).contains(&"Dallas Independent School District"),
        "{:?}",
        s.target
    );
}

#[test]
fn a_preposition_of_place_opening_a_headline_is_no_part_of_a_victim_s_name() {
    // France Bleu (unseen split): where the clinic is, then the clinic.
    let s = suggest(
        "Près de Toulouse, la clinique de L'Union victime d'une cyberattaque mercredi",
        "Près de Toulouse, la clinique de L'Union a été victime d’une cyberattaque mercredi \
         après-midi. Au total, quatre établissements du groupe Ramsay ont été touchés en France \
         dont la clinique de l'Union.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.starts_with("Près")),
        "{:?}",
        s.target
    );
    assert!(
        targets(&s).iter().any(|t| t.contains("L'Union")),
        "{:?}",
        s.target
    );
}
