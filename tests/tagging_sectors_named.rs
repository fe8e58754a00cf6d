//! The victim's sector from the words that name it (round s34sector, issue 10 item 2): a seat
//! inside its description ("the California-based crypto firm Harmony"), kinds of victims its
//! description or name holds (« le distributeur … Guillevin International », « L'horloger
//! japonais Seiko », "Manchester United Football Club"), and the kind an English name ends with
//! ("Barts Health NHS Trust", "Persante Health Care").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
#[path = "support/suggestions.rs"]
mod suggestions;
use suggestions::{sectors, suggest};

#[test]
fn a_seat_inside_a_description_keeps_the_kind_after_it_en() {
    // Unseen split: "California" stopped the description read back from "Harmony", and its
    // "crypto firm" was lost.
    let s = suggest(
        "FBI: North Korea Behind $100M Crypto Theft",
        "The FBI on Monday said that North Korean (DPRK) hacking groups Lazarus Group and APT38 \
         stole $100M worth of digital assets from the California-based crypto firm Harmony last \
         June.",
    );
    assert!(sectors(&s).contains(&"cryptocurrency"), "{:?}", s.sector);
}
