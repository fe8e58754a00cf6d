//! The victim's country and sector on sentences of the nineteenth and twentieth gold splits (round
//! s31places): every country's demonyms, masculine and feminine, singular and plural, in both
//! languages (« la Justice nigérienne », "a Nigerien ministry"), never the attacker's; and the coin a
//! sum or a ransom is counted in is no victim's trade ("$5 million in cryptocurrency").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
#[path = "support/suggestions.rs"]
mod suggestions;
use suggestions::{countries, sectors, suggest, targets};

#[test]
fn a_country_s_demonym_from_the_data_set_places_its_victim_fr_en() {
    // Nineteenth split: Niger's ministry of justice, its country said only by « nigérienne ».
    let fr = suggest(
        "La page Facebook du Ministère de la Justice nigérienne est piratée depuis deux jours",
        "Une onde de choc secoue la sphère numérique nigérienne avec le piratage de la page \
         Facebook officielle du ministère de la Justice.",
    );
    assert!(countries(&fr).contains(&"NE"), "{:?}", fr.country);
    assert!(!targets(&fr).is_empty(), "{:?}", fr.target);
    // Not Nigeria's: « nigériane » is another country's word.
    assert!(!countries(&fr).contains(&"NG"), "{:?}", fr.country);
    let en = suggest(
        "Nigerien ministry's Facebook page hacked",
        "The official Facebook page of the Nigerien ministry of justice was hacked on Monday.",
    );
    assert!(countries(&en).contains(&"NE"), "{:?}", en.country);
    // Feminine plural, a form no one typed: « des banques mauriciennes ».
    let plural = suggest(
        "Des banques mauriciennes victimes d'une cyberattaque",
        "Plusieurs banques mauriciennes ont été victimes d'une cyberattaque ce week-end.",
    );
    assert!(countries(&plural).contains(&"MU"), "{:?}", plural.country);
}

#[test]
fn a_new_demonym_is_never_the_attacker_s_nor_another_word() {
    // The attacker's nationality gives no country, with the new forms as with the old.
    let attacker = suggest(
        "Des hackers nigériens piratent le site de la mairie de Lyon",
        "Des hackers nigériens ont piraté le site de la mairie de Lyon, qui a porté plainte.",
    );
    assert!(
        !countries(&attacker).contains(&"NE"),
        "{:?}",
        attacker.country
    );
    assert!(
        countries(&attacker).contains(&"FR"),
        "{:?}",
        attacker.country
    );
    // « malouin » is Saint-Malo's people, not the Falklands'.
    let malouin = suggest(
        "Le club malouin victime d'une cyberattaque",
        "Le club de football malouin a été victime d'une cyberattaque.",
    );
    assert!(
        !countries(&malouin).contains(&"FK"),
        "{:?}",
        malouin.country
    );
    // "Georgian" is also the US state's: the data set's form stays out.
    let georgian = suggest(
        "Georgian hospital hit by ransomware",
        "A Georgian hospital was hit by ransomware last week.",
    );
    assert!(
        !countries(&georgian).contains(&"GE"),
        "{:?}",
        georgian.country
    );
    // A form two countries share names neither ("Dominican": Dominica or the Republic).
    let dominican = suggest(
        "Dominican bank hit by ransomware",
        "A Dominican bank was hit by ransomware last week.",
    );
    assert!(
        !countries(&dominican).contains(&"DM"),
        "{:?}",
        dominican.country
    );
    assert!(
        !countries(&dominican).contains(&"DO"),
        "{:?}",
        dominican.country
    );
}

#[test]
fn a_coin_a_sum_is_counted_in_is_no_victim_s_trade_fr_en() {
    // Twentieth split: people's phones hijacked, the theft counted in cryptocurrency.
    let en = suggest(
        "Hacker receives 10-year plea deal for $5 million",
        "In brief: A college student will be sentenced to 10 years in prison for stealing more \
         than $5 million in cryptocurrency last year. He took the money by hijacking the phones \
         of about 40 different people.",
    );
    assert!(!sectors(&en).contains(&"cryptocurrency"), "{:?}", en.sector);
    // Unseen split: the ransom's currency, not the regional county's trade.
    let fr = suggest(
        "Cyberattaque contre la MRC : les pirates exigent une rançon",
        "Selon ce que TVA Nouvelles a appris, les pirates exigent maintenant une rançon de \
         plusieurs dizaines de milliers de dollars en cryptomonnaie à la MRC, si elle souhaite \
         retrouver le contrôle de son parc informatique.",
    );
    assert!(!sectors(&fr).contains(&"cryptocurrency"), "{:?}", fr.sector);
    // Near misses: a crypto trader and a crypto exchange keep their trade.
    let trader = suggest(
        "Le Lazarus Group pirate un négociant en cryptomonnaies et vole 5,2 millions de dollars",
        "Le groupe nord-coréen a dérobé 5,2 millions de dollars à un négociant en cryptomonnaies.",
    );
    assert!(
        sectors(&trader).contains(&"cryptocurrency"),
        "{:?}",
        trader.sector
    );
    let exchange = suggest(
        "Singaporean cryptocurrency exchange Bitrue hacked",
        "Singaporean cryptocurrency exchange Bitrue has lost approximately $23 million after a \
         hacker was able to exploit one of its hot wallets.",
    );
    assert!(
        sectors(&exchange).contains(&"cryptocurrency"),
        "{:?}",
        exchange.sector
    );
}
