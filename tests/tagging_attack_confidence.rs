//! How sure an attack type is (`../shared/TAGGING.md`, "Confidence"): a type stated about this
//! incident in the title or a factual sentence is high; one inferred (from a gang's name, a word
//! with another sense) is lower, so "accept all" does not take it. Each test holds the sentence of
//! a real article that motivated its rule, and a near miss the rule must leave alone.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::sync::LazyLock;
use veille::tagging::{Confidence, Suggester, Vocabulary};

static SUGGESTER: LazyLock<Suggester> =
    LazyLock::new(|| Suggester::new(&Vocabulary::bundled().unwrap()).unwrap());

fn confidence(title: &str, text: &str, value: &str) -> Option<Confidence> {
    let r = SUGGESTER.suggest(title, text);
    r.attack
        .iter()
        .find(|a| a.value == value)
        .map(|a| a.confidence)
}

#[test]
fn a_gangs_brand_alone_is_no_high_ransomware() {
    // Titles of the eleventh and thirteenth splits: the gang claims; what it did is not said.
    for title in [
        "Rhysida ransomware group claims Columbus, Ohio, cyberattack",
        "Le groupe de ransomware Qilin revendique une violation à l’Église de Scientologie",
    ] {
        let c = confidence(title, "", "ransomware");
        assert!(c.is_none_or(|c| c < Confidence::High), "{title}: {c:?}");
    }
    // Near misses: the attack itself is called a ransomware attack.
    for title in [
        "Exclusive: Waiwhetu Medical Centre confirms ransomware attack",
        "L'université Paris-Saclay victime d'une attaque par rançongiciel",
    ] {
        assert_eq!(
            confidence(title, "", "ransomware"),
            Some(Confidence::High),
            "{title}"
        );
    }
}
