//! Victims by the grammar of their sentence (round s27victims, issue 10 items 1-2): on the
//! sixteenth gold split (round 26's blind one) and pooled over every read split, victims the press
//! counts among a campaign's victims ("A, B, and C are among the new victims", « A et le B sont
//! aussi victimes ») were never read as such, nor was each member of their list.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn each_company_counted_among_the_victims_is_one() {
    // Three telecoms in a Salt Typhoon story, the last joined by a serial comma (sixteenth split).
    let s = suggest(
        "Salt Typhoon targets more US telecoms, widening attack campaign",
        "New reports suggest that Salt Typhoon, a Chinese state-backed hacking group, has \
         infiltrated several more US telecommunications companies. Speaking to the Wall Street \
         Journal, sources familiar with the situation confirmed that Charter Communications, \
         Consolidated Communications, and Windstream are among the new victims of the \
         China-based organisation, following earlier breaches at major carriers such as AT&T, \
         Verizon, and Lumen.",
    );
    assert_eq!(
        targets(&s),
        [
            "Charter Communications",
            "Consolidated Communications",
            "Windstream"
        ],
        "{:?}",
        s.target
    );
    // Nordic companies "among the corporate targets" (tenth split).
    let s = suggest(
        "Nordic companies targeted in wave of cyber attacks",
        "Vestas Wind Systems, Amedia, Nortura and Nordic Choice Hotels were among the corporate \
         targets in this latest wave of cyber attacks.",
    );
    for name in ["Amedia", "Nortura", "Nordic Choice Hotels"] {
        assert!(targets(&s).contains(&name), "{name}: {:?}", s.target);
    }
    // French counts them with « sont aussi victimes », the second after « et le » (the shape of
    // « Le tribunal de Cleveland et le ministère des Affaires étrangères ukrainien sont aussi
    // victimes », eleventh split, whose adjective after the name still hides it).
    let s = suggest(
        "Le ransomware Qilin fait 23 victimes en mars",
        "Sept photos sont affichées sur le site de fuite. Le CHU de Rennes et la mairie de Caen \
         sont aussi victimes.",
    );
    assert_eq!(
        targets(&s),
        ["CHU de Rennes", "Mairie de Caen"],
        "{:?}",
        s.target
    );
}

#[test]
fn being_among_others_or_listed_in_an_aside_names_no_victim() {
    // Among the first to report, among a product's users: no victims.
    let s = suggest(
        "A flaw in a file transfer product",
        "Acme Bank was among the first to report the flaw. Globex Industries is among the \
         companies that use the software.",
    );
    assert!(s.target.is_empty(), "{:?}", s.target);
    // The victim's customers, in an aside closed by a comma, are no list of victims
    // (fifteenth split).
    let s = suggest(
        "Cyberhebdo du 23 mai 2025",
        "L'entreprise, qui fournit des produits à des chaînes de supermarchés telles que Tesco, \
         Sainsbury's, Lidl et Aldi, a été touchée par une attaque avec ransomware.",
    );
    for name in ["Tesco", "Sainsbury", "Lidl"] {
        assert!(!targets(&s).contains(&name), "{name}: {:?}", s.target);
    }
    // Towns a school board serves, without an article: places, not members (fifth split).
    let s = suggest(
        "Cyberattaque au CSS du Fer",
        "Tous les systèmes de l’organisation responsable d’écoles de Sept-Îles, Port-Cartier et \
         Fermont sont à l’arrêt depuis et une enquête est en cours.",
    );
    assert!(!targets(&s).contains(&"Port-Cartier"), "{:?}", s.target);
    // What an unnamed agency is responsible for is no sector of the victims (development split).
    let s = suggest(
        "U.S. nuclear and health agencies hit in Microsoft SharePoint breach",
        "The National Institutes of Health and the federal agency responsible for securing the \
         nation’s nuclear weapons were among the victims in a global breach of Microsoft server \
         software over the weekend.",
    );
    assert!(
        !s.sector.iter().any(|x| x.value == "defence"),
        "{:?}",
        s.sector
    );
}
