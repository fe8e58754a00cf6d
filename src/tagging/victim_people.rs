//! People are no victim organisation (`../shared/TAGGING.md`: a target is a named organisation).
//! The press names a person with a title before the name ("County Judge Jill Sklar", « Mme
//! Liekens ») or with the role that presents them ("defectors' group head Lee Min-bok", « le
//! maire Jean Dupont »); the victim rules read such a name as a subject or an object like any
//! other (round s21victims, tenth split: "According to County Judge Jill Sklar, the sheriff…
//! were targeted", "Attacks against Lee, who was a researcher…").
use super::fold::fold;

/// Titles and roles written right before a person's name, folded.
#[rustfmt::skip]
const PERSON_TITLES: &[&str] = &[
    "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "judge", "juge", "mayor", "maire",
    "governor", "gouverneur", "senator", "senateur", "senatrice", "president", "presidente",
    "ceo", "pdg", "head", "leader", "chief", "founder", "fondateur", "fondatrice", "director",
    "directeur", "directrice", "spokesperson", "spokesman", "spokeswoman", "porte-parole",
    "minister", "ministre", "professor", "professeur", "professeure", "researcher",
    "chercheur", "chercheuse", "analyst", "analyste", "officer", "commissioner", "commissaire",
    "prosecutor", "procureur", "procureure", "deputy", "depute", "deputee", "attorney",
    "avocat", "avocate", "manager", "administrator",
];

/// Whether the proposed victim `value` is a person: its own words hold a title followed by a
/// capitalised name ("County Judge Jill Sklar"), or the text (`folded`, folded) writes a title
/// right before it ("head Lee Min-bok" for "Lee").
pub(crate) fn names_a_person(value: &str, folded: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let title_inside = words.iter().enumerate().any(|(i, w)| {
        i + 1 < words.len()
            && PERSON_TITLES.contains(&fold(w).trim_end_matches('.'))
            // "Dr. Reddy's Laboratories" is a company.
            && words[i + 1..].iter().all(|n| {
                n.chars().next().is_some_and(char::is_uppercase)
                    && !n.ends_with("'s")
                    && !n.ends_with("’s")
            })
    });
    if title_inside {
        return true;
    }
    let key = fold(value);
    if key.len() < 2 {
        return false;
    }
    folded.match_indices(key.as_str()).any(|(at, _)| {
        let end = at + key.len();
        if !super::context::at_word_boundary(folded, at, end) {
            return false;
        }
        let before = folded[..at].trim_end().trim_end_matches('.');
        let last = before
            .rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
            .next()
            .unwrap_or("");
        // Only directly before the name: "the head of Acme" names Acme, not a person.
        before.len() < at && PERSON_TITLES.contains(&last)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_a_title_is_a_person_en_fr() {
        let text =
            fold("According to County Judge Jill Sklar, the sheriff's computers were targeted.");
        assert!(names_a_person("County Judge Jill Sklar", &text));
        let text = fold(
            "Several hacking attempts have been deployed against defectors' group head Lee \
             Min-bok. Attacks against Lee, who was a researcher…",
        );
        assert!(names_a_person("Lee", &text));
        let text = fold("Selon Mme Liekens, la commune a été victime d'une cyberattaque.");
        assert!(names_a_person("Liekens", &text));
    }

    #[test]
    fn an_organisation_after_a_role_and_of_is_no_person_en_fr() {
        let text = fold("The head of Jackson County said the county was hit by ransomware.");
        assert!(!names_a_person("Jackson County", &text));
        let text = fold("Le maire de Franquevielle a porté plainte.");
        assert!(!names_a_person("Franquevielle", &text));
        assert!(!names_a_person(
            "Sheriff's Office",
            &fold("the Sheriff's Office was hit")
        ));
    }
}
