//! The fixture feeds read as a user reads them (round s38feeds, issue 10): whole feed items, not
//! leads, each rule with the real sentence that made a false suggestion or a miss there, and a
//! near sentence where it must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::attacks;

/// Schneier on Security (fixture feed): the Attorney General's "adding backdoors" to encryption
/// was suggested as malware. A backdoor a state asks of encryption is a policy, not a planted tool.
#[test]
fn a_backdoor_asked_of_encryption_is_no_malware() {
    let text = "Last month, Attorney General William Barr gave a major speech on encryption \
        policy -- what is commonly known as \"going dark.\" Speaking at Fordham University in New \
        York, he admitted that adding backdoors decreases security but that it is worth it.";
    let a = attacks("Attorney General Barr and Encryption", text);
    assert!(!a.contains(&"malware".to_string()), "{a:?}");
    let a = attacks(
        "Messageries chiffrées : la commission des lois retoque la porte dérobée proposée par le \
         Sénat",
        "La commission des lois a adopté plusieurs amendements qui suppriment l'introduction \
         d'une porte dérobée dans les messageries chiffrées.",
    );
    assert!(!a.contains(&"malware".to_string()), "{a:?}");
    // Near: a backdoor the attackers installed, in a story that speaks of encryption, is theirs.
    let a = attacks(
        "Acme Corp breached through its VPN",
        "The attackers installed a backdoor on Acme Corp's servers and disabled the encryption \
         of its backups.",
    );
    assert!(a.contains(&"malware".to_string()), "{a:?}");
}
