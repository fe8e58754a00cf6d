//! Round 41's lead batch: a vocabulary name found from inside a word must not hide the word after
//! it.
use crate::suggestions::{attacks, sectors, suggest, targets};

#[test]
fn a_name_starting_inside_a_word_does_not_hide_the_next_word() {
    // Twenty-seventh split (Le Café du Geek): « déjà exploitée » holds "a exploité" from the « a »
    // of « déjà », which hid « exploitée ».
    let got = attacks(
        "Google Chrome : mettez votre navigateur à jour immédiatement pour corriger une faille critique",
        "Google vient de publier une mise à jour urgente pour Chrome afin de corriger une faille \
         de sécurité majeure déjà exploitée par des cybercriminels.",
    );
    assert!(got.iter().any(|v| v == "vuln-exploitation"), "{got:?}");
    let got = attacks(
        "Chrome : une mise à jour urgente",
        "La faille est déjà exploitée par des cybercriminels.",
    );
    assert!(got.iter().any(|v| v == "vuln-exploitation"), "{got:?}");
    // Near: a flaw fixed, not said to be exploited, still gives none.
    let got = attacks(
        "Chrome : une mise à jour urgente",
        "Google a déjà corrigé la faille, qui n'a pas été exploitée.",
    );
    assert!(!got.iter().any(|v| v == "vuln-exploitation"), "{got:?}");
}

#[test]
fn a_name_running_into_the_next_word_still_covers_its_words() {
    // "local government" read in "local governments" is no name, and its "governments" is not the
    // (national) government sector either.
    let s = suggest(
        "Several local governments struggling with cyberattacks limiting services",
        "Several local governments are struggling with cyberattacks that limit their services.",
    );
    assert!(!sectors(&s).contains(&"government"), "{:?}", sectors(&s));
}

#[test]
fn a_takedown_by_the_police_names_no_victim() {
    // What an attack "shut down" or "took down" is the victim (round s41target, victims_s41.rs);
    // the police's takedown of a market's servers is no attack on the market.
    let s = suggest(
        "Police shut down marketplace",
        "Police shut down the Genesis Market's servers in a global operation.",
    );
    assert!(
        !targets(&s).contains(&"Genesis Market"),
        "{:?}",
        targets(&s)
    );
}
