//! Victims' countries and sectors, round s39country: constructions of the press read on the
//! twenty-sixth split (round 38's blind split) and kept where they held over every read split.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

#[test]
fn a_mobile_carrier_and_a_bookstore_chain_are_their_sectors_en() {
    // Twenty-sixth split: the carrier described after its name (an untitled item, titled from
    // its text as veille titles it).
    let s = suggest(
        "Cellcom, a Wisconsin-based mobile carrier, has confirmed that a cyberattack is the cause \
         of a\u{2026}",
        "Cellcom, a Wisconsin-based mobile carrier, has confirmed that a cyberattack is the cause \
         of a service outage affecting customers in Wisconsin and Upper Michigan.",
    );
    assert!(sectors(&s).contains(&"telecom"), "{:?}", s.sector);
    // Twenty-sixth split: the kind before the name.
    let s = suggest(
        "Dymocks warns customers hacked data could end up on their dark web",
        "Criminals are using a treasure trove of stolen data to rip off Australians.  Bookstore \
         chain Dymocks has warned customers of a possible data breach that could lead to their \
         personal information being leaked on the dark web.",
    );
    assert!(sectors(&s).contains(&"retail"), "{:?}", s.sector);
}

#[test]
fn a_carrier_that_flies_is_no_telecom_en() {
    // Eighth split: "carrier" alone is an airline's word too; only "mobile carrier" is telecom.
    let s = suggest(
        "SpiceJet hit by ransomware attack",
        "Domestic budget carrier SpiceJet on Friday said a ransomware attack hit its systems.",
    );
    assert!(!sectors(&s).contains(&"telecom"), "{:?}", s.sector);
}
