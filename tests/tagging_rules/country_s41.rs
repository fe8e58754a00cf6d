//! Victims' countries and sectors, round s41country: every spelling of a city the place table
//! keeps (the English press's "Detroit" beside the French « Détroit »); the words by which the
//! press says a victim makes things (« industriel », « fabrication », "clothing company").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest};

#[test]
fn a_city_in_its_english_spelling_places_the_victim_en() {
    // Twenty-seventh split: the table kept only CLDR's French « Détroit », matched with its
    // accent, so the English "Detroit" placed nobody.
    let s = suggest(
        "Detroit Police Issue Warning Over Scam Text Messages",
        "The Detroit Police Department recently issued a public warning about a phishing text \
         message scam circulating in the area, urging residents to be cautious and avoid \
         engaging with suspicious messages.",
    );
    assert!(countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn a_strait_in_lower_case_is_no_city_fr() {
    // « détroit » is a French common word: a city is still matched as written, capitalised.
    let s = suggest(
        "Des pirates attaquent un armateur grec",
        "Les pirates informatiques ont visé un armateur dont les navires traversent le détroit \
         d'Ormuz.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn a_maker_described_by_what_it_makes_is_manufacturing_fr_en() {
    // Twenty-eighth split: the victim's apposition names its trade.
    let s = suggest(
        "Ransomware Akira : Zurflüh-Feller face à la menace d’une fuite de 66 Go",
        "Début février, la plateforme de veille ransomware.live a référencé une nouvelle victime \
         revendiquée par le groupe Akira Zurflüh-Feller, industriel français centenaire \
         spécialisé dans les composants pour volets roulants.",
    );
    assert!(sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
    // Seventh split: « leader européen dans la fabrication de cosmétiques ».
    let s = suggest(
        "Forbach : Elysée Cosmétiques face à une ''cyberguerre'' selon son directeur général",
        "Le jeudi 27 avril, l’entreprise leader européen dans la fabrication de cosmétiques a \
         subi une cyberattaque de ses serveurs centraux, basés en Allemagne.",
    );
    assert!(sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
    // Twenty-seventh split: "A Gurgaon based clothing company became the victim".
    let s = suggest(
        "Ransomware attack reported in India",
        "For the first time a Ransomware attack has been reported in India. A Gurgaon based \
         clothing company became the victim of the attack.",
    );
    assert!(sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
}

#[test]
fn making_words_outside_the_victims_clause_give_no_sector_fr() {
    // The forgers' trade, not the victim's.
    let s = suggest(
        "Un réseau de faussaires démantelé",
        "Les gendarmes ont démantelé un réseau spécialisé dans la fabrication de faux papiers \
         d'identité.",
    );
    assert!(!sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
}

#[test]
fn a_victim_described_by_its_trade_gets_its_sector_fr_en() {
    // Seventeenth split: « le centre de thermoludisme Royatonic ».
    let s = suggest(
        "Puy-de-Dôme : Royatonic victime d'une cyberattaque d'un hackeur russe",
        "Depuis le vendredi 9 juillet, le centre de thermoludisme Royatonic, situé à Royat, près \
         de Clermont-Ferrand est victime d’un problème informatique.",
    );
    assert!(sectors(&s).contains(&"hospitality"), "{:?}", s.sector);
    // Twenty-seventh split: "New Zealand's third largest internet provider Vocus NZ".
    let s = suggest(
        "Vocus says its response to a cyberattack temporarily triggered NZ internet outages",
        "WELLINGTON, Sept 3 (Reuters) - New Zealand's third largest internet provider Vocus NZ \
         said on Friday its response to a cyberattack temporary triggered a widespread internet \
         outage.",
    );
    assert!(sectors(&s).contains(&"telecom"), "{:?}", s.sector);
    // Twentieth split: "Eftpos provider SmartPay has revealed that some customer data has been
    // breached".
    let s = suggest(
        "SmartPay investigating breach after ransomware attack",
        "Eftpos provider SmartPay has revealed that some customer data has been breached in a \
         cyber attack.",
    );
    assert!(sectors(&s).contains(&"finance"), "{:?}", s.sector);
}

#[test]
fn a_parcel_scam_is_no_delivery_firm_hit_fr() {
    // The parcel is the scam's bait, not a victim's trade: no logistics word was added for it.
    let s = suggest(
        "Livraison de colis : attention aux arnaques, alerte la police de Paris",
        "La préfecture de Police met en garde contre de faux SMS de livraison de colis.",
    );
    assert!(!sectors(&s).contains(&"logistics"), "{:?}", s.sector);
}

#[test]
fn belgian_regions_and_provinces_in_french_place_the_victim_fr() {
    // Seventeenth split: CLDR names Belgium's provinces in English only ("West Flanders").
    let s = suggest(
        "Une cyber-attaque touche l’école supérieure Vives en Flandre Occidentale et cause des \
         problèmes aux plates-formes en ligne",
        "Vendredi dernier, l’école supérieure Vives a été aux prises avec une cyber-attaque.",
    );
    assert!(countries(&s).contains(&"BE"), "{:?}", s.country);
    // Fourteenth split: « le Service Public de Wallonie (SPW) est la cible d'une cyberattaque ».
    let s = suggest(
        "Le SPW visé par une cyberattaque",
        "Le Service Public de Wallonie (SPW) est la cible d’une cyberattaque d’envergure depuis \
         plusieurs jours.",
    );
    assert!(countries(&s).contains(&"BE"), "{:?}", s.country);
}

#[test]
fn limburg_is_a_dutch_province_too_en() {
    // Belgium's provinces came with Limburg, which the Netherlands also has: left out.
    let s = suggest(
        "Hospital in Limburg hit by ransomware",
        "A hospital in Limburg was hit by ransomware on Monday, its director said.",
    );
    assert!(!countries(&s).contains(&"BE"), "{:?}", s.country);
}

#[test]
fn the_swiss_romands_are_swiss_fr() {
    // Seventh split: « des patients romands ».
    let s = suggest(
        "Bilans de santé en balade sur le net",
        "Des données médicales ultraconfidentielles de patients romands ont été librement \
         accessibles durant des jours sur Internet après une fuite chez un laboratoire.",
    );
    assert!(countries(&s).contains(&"CH"), "{:?}", s.country);
}
