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
    "avocat", "avocate", "manager", "administrator", "sheriff", "sherif",
];

/// Words that make a title and what follows the name of an office, not of a person ("Sheriff
/// Office", "Mayor's Office" is apart already by its "'s"), folded.
const OFFICES: &[&str] = &["office", "department", "dept", "bureau"];

/// Whether the proposed victim `value` is a person: its own words hold a title followed by a
/// capitalised name ("County Judge Jill Sklar"), or the text (`folded`, folded) writes a title
/// right before it ("head Lee Min-bok" for "Lee").
pub(crate) fn names_a_person(value: &str, folded: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let title_inside = words.iter().enumerate().any(|(i, w)| {
        i + 1 < words.len()
            && PERSON_TITLES.contains(&fold(w).trim_end_matches('.'))
            && !OFFICES.contains(&fold(words[i + 1]).as_str())
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
        (before.len() < at && PERSON_TITLES.contains(&last)) || presented_by_a_role(&folded[end..])
    })
}

/// Roles set in apposition after a person's name, before the organisation they serve, folded.
#[rustfmt::skip]
const ROLES_AFTER: &[&str] = &[
    "directeur", "directrice", "pdg", "president", "presidente", "fondateur", "fondatrice",
    "porte-parole", "maire", "ceo", "founder", "co-founder", "spokesperson", "spokesman",
    "spokeswoman", "mayor", "director",
];

/// Whether the words after a name (folded) present it as a person by its role in apposition,
/// then whom it serves: « Ramdane Mansoura, directeur général d'Elysée Cosmétiques, est en
/// réunion de crise » (seventh split), "John Smith, CEO of Acme". An organisation is not
/// presented so ("Acme, a subsidiary of…"; a role alone, "Acme, CEO John Smith said…", is not
/// read).
fn presented_by_a_role(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty());
    let Some(role) = words.next() else {
        return false;
    };
    if !ROLES_AFTER.contains(&role) {
        return false;
    }
    // One adjective may follow the role (« directeur général », "executive director").
    words
        .take(2)
        .any(|w| matches!(w, "de" | "d" | "du" | "des" | "of" | "at"))
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
        // Sixteenth split: a sheriff named with his title; the office he heads is no person.
        let text = fold(
            "Sheriff Austin Garrett said Friday that hackers who compromised the office's computer \
             systems wanted $300,000.",
        );
        assert!(names_a_person("Sheriff Austin Garrett", &text));
        let text = fold("Le shérif Jean Tremblay a confirmé l'attaque contre ses serveurs.");
        assert!(names_a_person("Shérif Jean Tremblay", &text));
        let text = fold("The Hamilton County Sheriff Office was hit by ransomware.");
        assert!(!names_a_person("Hamilton County Sheriff Office", &text));
    }

    #[test]
    fn a_name_presented_by_its_role_in_apposition_is_a_person_fr_en() {
        // Radio Mélodie (seventh split).
        let text = fold(
            "Ramdane Mansoura, directeur général d'Elysée Cosmétiques à Forbach, est en réunion de \
             crise ce mardi matin.",
        );
        assert!(names_a_person("Ramdane Mansoura", &text));
        let text = fold("Jane Doe, CEO of Acme, said the company was hit by ransomware.");
        assert!(names_a_person("Jane Doe", &text));
        // Organisations presented otherwise, or a role that introduces someone else.
        let text = fold("Acme, a subsidiary of Globex, was hit. Marks & Spencer, CEO Stuart said.");
        assert!(!names_a_person("Acme", &text));
        assert!(!names_a_person("Marks & Spencer", &text));
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
