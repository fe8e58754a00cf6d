//! A sentence past the lead that names the article's own incident by a demonstrative (« par cette
//! intrusion malveillante, le hacker a eu accès à des données personnelles », "this attack
//! exposed the data of …") goes on telling what happened to the article's victim: it reports the
//! event as a sentence with a victim cue does, though it names no victim. A general text's
//! explanation says « une attaque », "attacks", never « cette attaque ».

/// Demonstratives, then the incident's nouns (folded words).
const THIS: &[&str] = &["cette", "cet", "ce", "this"];
#[rustfmt::skip]
const INCIDENT: &[&str] = &[
    "attaque", "cyberattaque", "cyber-attaque", "intrusion", "incident", "piratage", "attack",
    "cyberattack", "cyber-attack", "incident", "intrusion", "breach", "hack",
];

/// Where the folded `sentence` first names an incident by a demonstrative (« cette cyberattaque »,
/// "this breach"): the byte span of the pair in the sentence. That noun is the incident's name,
/// not its type (« cette intrusion » of an account taken over): the caller reads the type
/// elsewhere in the sentence.
pub(super) fn names_this_incident(sentence: &str) -> Option<(usize, usize)> {
    let mut before: Option<(usize, &str)> = None;
    let mut at = 0;
    for w in sentence.split(|c: char| !super::fold::is_word_char(c) && c != '-') {
        let start = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if let Some((from, this)) = before
            && THIS.contains(&this)
            && INCIDENT.contains(&w)
        {
            return Some((from, start + w.len()));
        }
        before = Some((start, w));
    }
    None
}

/// Subject pronouns that take up the attackers of the sentence before (« C'est alors que les
/// cybercriminels ont frappé. Ils ont posté une « très grande attaque DDoS » », twenty-sixth split).
const THEY: &[&str] = &["ils", "they"];

/// True when the folded `sentence` (one of `sentences` of `text`) opens with a pronoun that takes
/// up attackers the sentence before names: it goes on telling what they did here, as a sentence
/// that names its actor does. A general text says « les pirates » again, or "attackers can".
pub(super) fn attackers_go_on(
    text: &str,
    sentences: &[(usize, usize)],
    sentence: (usize, usize),
) -> bool {
    let opens = text[sentence.0..sentence.1]
        .trim_start()
        .split(|c: char| !super::fold::is_word_char(c))
        .next()
        .is_some_and(|w| THEY.contains(&w));
    let i = sentences.partition_point(|&(_, e)| e <= sentence.0);
    opens
        && i > 0
        && text[sentences[i - 1].0..sentences[i - 1].1]
            .split(|c: char| !super::fold::is_word_char(c))
            .any(|w| super::accused::ATTACKER_NOUNS.contains(&w))
}

/// Verbs of demanding, in the forms that report a demand made (« une rançon a été réclamée », « les
/// pirates veulent une rançon », "are demanding a ransom"), not the infinitive of a general
/// explanation ("attackers encrypt files, then demand a ransom").
#[rustfmt::skip]
const DEMANDED: &[&str] = &[
    "reclamee", "demandee", "exigee", "reclament", "reclamaient", "reclamait", "reclame",
    "exigent", "exigeaient", "exigeait", "demandent", "demandaient", "demandait", "veulent",
    "demanded", "demanding", "asked",
];

/// True when the folded `sentence` reports a ransom demanded: a demand is this incident's event,
/// past the lead too (« Une rançon a été réclamée. », the eighth sentence of a hospital's story).
pub(super) fn demands_a_ransom(sentence: &str) -> bool {
    let words = || sentence.split(|c: char| !super::fold::is_word_char(c));
    words().any(|w| w == "rancon" || w == "ransom") && words().any(|w| DEMANDED.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::{demands_a_ransom, names_this_incident};

    #[test]
    fn a_demonstrative_names_the_incident() {
        let s =
            "par ailleurs, par cette intrusion malveillante, le hacker a eu acces a des donnees";
        assert_eq!(
            names_this_incident(s).map(|(a, b)| &s[a..b]),
            Some("cette intrusion")
        );
        let s = "this attack exposed the data of 4,000 patients.";
        assert_eq!(
            names_this_incident(s).map(|(a, b)| &s[a..b]),
            Some("this attack")
        );
        assert_eq!(
            names_this_incident("une attaque peut exposer les donnees."),
            None
        );
        assert_eq!(
            names_this_incident("this year, attackers stole data."),
            None
        );
    }

    #[test]
    fn a_ransom_demanded_is_reported_and_an_infinitive_explains() {
        assert!(demands_a_ransom("une rancon a ete reclamee."));
        assert!(demands_a_ransom("the hackers are demanding a ransom."));
        assert!(!demands_a_ransom(
            "hackers encrypt files, then demand a ransom."
        ));
    }
}
