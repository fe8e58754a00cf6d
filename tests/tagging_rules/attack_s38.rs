//! Round 38's attack batch (round s38attack): the twenty-fifth split's missed and false types,
//! with the sentences that motivated each rule and a near sentence where it must not fire.

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

fn has(got: &[String], value: &str) -> bool {
    got.iter().any(|v| v == value)
}

#[test]
fn a_sentence_opening_en_fuite_is_a_suspect_on_the_run() {
    // twenty-fifth split: Gabonreview on an Airtel Money fraud ring.
    let text = "La gendarmerie a mis hors d’état de nuire un réseau d’arnaqueurs. Le coup de filet \
        a permis l’arrestation de deux hommes. En fuite, un troisième larron, Ousmane Sally, a \
        échappé aux gendarmes.";
    let got = attacks("Un réseau d’arnaqueurs démantelé à Oyem", text);
    assert!(!has(&got, "data-breach"), "{got:?}");
    // Data « en fuite » inside a sentence is a leak.
    let text = "La mairie a été victime d’une cyberattaque. Des données personnelles en fuite, \
        selon la mairie, concernent 2 000 habitants.";
    let got = attacks("La mairie victime d’une cyberattaque", text);
    assert!(has(&got, "data-breach"), "{got:?}");
}

