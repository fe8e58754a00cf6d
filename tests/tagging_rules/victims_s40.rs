//! Victims of unseen news (round s40target, the twenty-seventh split read for the first time): the
//! constructions by which the French and English press make a name the victim, pooled over the
//! read splits.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// "X said it …" is a role cue (a vendor's or a researcher's finding); what the subject then says
/// of its own systems or its own recovery makes it the one hit.
#[test]
fn a_subject_s_own_account_after_said_it_makes_it_the_victim_en() {
    // The Record (twenty-seventh split).
    let s = suggest(
        "Hackers steal $13 million from cryptocurrency exchange",
        "Hackers struck again, this time breaking into centralized cryptocurrency exchange M2, \
         where they stole $13.7 million in digital assets. In a statement released on October 31, \
         M2 said it has resolved the situation and has refunded all customer funds.",
    );
    assert!(targets(&s).contains(&"M2"), "{:?}", s.target);
    // Inside Higher Ed (thirteenth split): one subject, whose name holds an "and".
    let s = suggest(
        "Colleges and schools across US dealing with ransomware incidents",
        "Two hours away across the border in West Virginia, BridgeValley Community and Technical \
         College said it continued to deal with a ransomware attack that is now believed to be \
         the work of the Akira cybercriminal group.",
    );
    assert!(
        targets(&s).contains(&"BridgeValley Community and Technical College"),
        "{:?}",
        s.target
    );
    // A researcher's finding after "said it" stays no victim.
    let s = suggest(
        "Residential proxies",
        "Infoblox said it discovered that fully 65% of its customer base was querying one or \
         more residential proxy domains tied to the malware.",
    );
    assert!(!targets(&s).contains(&"Infoblox"), "{:?}", s.target);
}
