//! Round 40's attack and actor batch (round s40attack): causes of missed and false attack types
//! and actors that recur over the pooled read splits, with the sentences that motivated each rule
//! and a near sentence where it must not fire.

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

fn has(got: &[String], value: &str) -> bool {
    got.iter().any(|v| v == value)
}

#[test]
fn a_scam_word_in_the_text_is_the_story_s_type_unless_a_leak_or_phishing_explains_it() {
    // twenty-seventh split: the Belgian police union's page, titled by its text.
    let text = "Un nouveau type d’arnaques financières sévit de plus en plus en Belgique et à \
        l’étranger. Après un contact téléphonique avec leur victime, les malfrats prétextent des \
        transactions suspectes et se rendent au domicile de la personne pour dérober cartes \
        bancaires et matériel informatique.";
    let got = attacks(
        "Des dizaines de milliers d’euros volés : des faux coursiers et faux policiers dérobent \
         cartes bancaires et matériel informatique",
        text,
    );
    assert!(has(&got, "scam"), "{got:?}");
    // fifth split: the scams are the leak's aftermath, not the story's type.
    let text = "Les données personnelles de milliers de licenciés ont été dérobées puis publiées. \
        Plusieurs tentatives d’usurpation d’identité et escroqueries par de faux policiers sont \
        rapportées, attestant que la fuite dépasse le cadre numérique.";
    let got = attacks(
        "Fuite de données d’une ampleur inédite frappe la Fédération Française de Tir",
        text,
    );
    assert!(has(&got, "data-breach") && !has(&got, "scam"), "{got:?}");
}
