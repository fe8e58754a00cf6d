//! Round 41's lead batch: a takedown by the police is no attack on what it takes down.
use crate::suggestions::{suggest, targets};

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
