//! Round 39's attack and actor batch (round s39attack): the twenty-sixth split's missed and false
//! attack types and actors, with the sentences that motivated each rule and a near sentence where
//! it must not fire.

/// The actors suggested for one article, folded as the gold compares them.
fn actors(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::suggest(title, text)
        .actor
        .into_iter()
        .map(|a| a.value.to_lowercase())
        .collect()
}

#[test]
fn a_quoted_group_name_is_taken_whole_to_its_closing_quote() {
    // twenty-sixth split: TelQuel on Moroccan hackers and Tunisian sites, the name in lower case
    // and the opening quote glued to the preposition.
    let text = "Une intervention musclée qui a suscité l’ire d’un groupe de hackers marocains \
        connu sous le nom de«9ouwat arrad3 al maghribia» (littéralement, les forces marocaines de \
        dissuasion).";
    let got = actors("", text);
    assert_eq!(got, ["9ouwat arrad3 al maghribia"], "{got:?}");
    // A name without quotes still stops at the prose in lower case after it.
    let text = "Le site du ministère a été piraté par un groupe de hackers connu sous le nom de \
        Moroccan Ghosts qui a laissé un message.";
    let got = actors("", text);
    assert_eq!(got, ["moroccan ghosts"], "{got:?}");
}
