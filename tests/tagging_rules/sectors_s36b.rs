//! The victim taken up by its kind in the sentences after the lead (round s36bsector): "The
//! high-street retailer said", "and the retailer says" name the victim's trade though they
//! report no attack (a complement, « le centre hospitalier d’Armentière », does not: unit tests in
//! `src/tagging/victim_anaphor.rs`).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

#[test]
fn the_victim_taken_up_by_its_kind_gives_its_sector_en() {
    // Fresh split: Co-op, named in the lead, is "the high-street retailer" after it.
    let coop = suggest(
        "Co-op reveals customers’ private details were stolen in cyber attack which forced IT system to shut down",
        "Co-op customers have had their private data stolen in cyber attacks against the \
         company's computer system.  The high-street retailer said \"malicious\" hacking attempts \
         were ongoing, and that it is dealing with a \"highly complex\" situation.",
    );
    assert!(sectors(&coop).contains(&"retail"), "{:?}", coop.sector);
    // Seventh split: Canac, "the retailer" of the second sentence.
    let canac = suggest(
        "Canac Target Of Cyber Attack",
        "Quebec-based hardware chain Canac was the target of a cyber attack, causing computer \
         failures for nearly two weeks, says a report from CBC Radio-Canada. The attack took \
         place April 9 and the retailer says that the current investigation into the attack \
         suggests that no sensitive data was compromised.",
    );
    assert!(sectors(&canac).contains(&"retail"), "{:?}", canac.sector);
}
