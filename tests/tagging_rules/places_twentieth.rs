//! The victim's sector on sentences of the twentieth gold split (round s31places): the coin a sum
//! or a ransom is counted in is no victim's trade ("$5 million in cryptocurrency").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

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
