//! Supply-chain attacks as the press writes them (issue 10, items 4–5): the victims' IT provider
//! hit, named with the words the press uses for it (`src/tagging/supply_chain.rs`). Each test holds
//! the sentence of a real article that motivated its rule, and a near miss the rule leaves alone.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::confidence;
use veille::tagging::Confidence;

fn supply_chain(title: &str, text: &str) -> Option<Confidence> {
    confidence(title, text, "supply-chain")
}

#[test]
fn a_large_host_of_it_infrastructure_hit_is_a_supply_chain_attack() {
    // The December 2023 attack on the accountants' host (sixteenth split): an adjective between
    // the determiner and « hébergeur », and what it hosts is IT, not goods it sells.
    let title = "Experts-comptables : les leçons à tirer de la cyberattaque de décembre 2023";
    let text = "Le 8 décembre 2023, un important hébergeur d’infrastructures informatiques a été la \
                cible d’une attaque d’envergure. Cette cyberattaque a paralysé les services de plus \
                de 1 200 cabinets d’expertise-comptable.";
    // Inferred from the supplier, so never high.
    assert_eq!(supply_chain(title, text), Some(Confidence::Medium));
    // A large supplier of goods hit is the victim itself.
    let goods = "Le 8 décembre 2023, un important fournisseur de machines agricoles a été la \
                 cible d’une attaque d’envergure. Cette cyberattaque a paralysé ses usines.";
    assert_eq!(
        supply_chain("Un fournisseur visé par une cyberattaque", goods),
        None
    );
    // So is a large electricity supplier: its trade is what it supplies.
    let trade = "Un important fournisseur d'électricité a été la cible d’une cyberattaque.";
    assert_eq!(supply_chain("Cyberattaque", trade), None);
}

#[test]
fn the_victims_managed_or_municipal_it_provider_is_a_supply_chain() {
    // The Record on Südwestfalen IT (tenth split).
    let title = "Massive ransomware attack hinders services in 70 German municipalities";
    let text = "A ransomware attack this week has paralyzed local government services in Germany. \
                Early on Monday, an unknown hacker group encrypted the servers of the local \
                municipal service provider Südwestfalen IT.";
    assert_eq!(supply_chain(title, text), Some(Confidence::Medium));
    // Absolute Dental's notice (fifth split): the way in was its managed services provider.
    let text = "Absolute Dental stated the third-party forensic investigation showed that network \
                initial access occurred via a malicious version of a legitimate software through \
                an account linked to its managed services provider. The data breach exposed 1.2 \
                million people.";
    assert_eq!(
        supply_chain("Absolute Dental data breach", text),
        Some(Confidence::Medium)
    );
    // A managed service provider hit itself, no one said reached through it, is the victim.
    let text = "A managed service provider was hit by a ransomware attack on Monday, its servers \
                encrypted.";
    assert_eq!(supply_chain("MSP hit by ransomware", text), None);
}
