//! Victims of unseen news (round s39target, the twenty-sixth split read for the first time): the
//! constructions by which the French and English press name something that is no victim
//! organisation, which the extractor read as one.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// A hacktivist operation's code name, "Op" glued to a country, names the campaign, not a victim;
/// the victims it hit are named apart.
#[test]
fn an_operation_s_code_name_is_no_victim_fr() {
    // Le Vif (twenty-sixth split).
    let s = suggest(
        "OpBelgium: le parlement wallon et d’autres sites impactés par une cyberattaque russe",
        "Le collectif de hacker pro-russes NoName057 a revendiqué une attaque massive sur plusieurs \
         sites belges. L’annonce a été relayée via X (ex-Twitter), sous le nom de code d’OpBelgium.",
    );
    assert!(!targets(&s).contains(&"OpBelgium"), "{:?}", s.target);
    // A name that only opens on the same letters stays one.
    let s = suggest(
        "Optus victime d'une cyberattaque",
        "L'opérateur australien Optus a été victime d'une cyberattaque.",
    );
    assert!(targets(&s).contains(&"Optus"), "{:?}", s.target);
}

/// The followers of a faith are a community, named as a people is, not an organisation.
#[test]
fn a_faith_s_followers_are_no_victim_en() {
    // Medianama (twenty-sixth split).
    let s = suggest(
        "",
        "Days after a Haryana government website was hacked to protest the violence against \
         Muslims in Delhi, the website of Jalgaon Police was hacked and defaced.",
    );
    assert!(!targets(&s).contains(&"Muslims"), "{:?}", s.target);
}

/// A name presented by an indefinite article and a noun only a person is ("a student", « un
/// étudiant ») is a person's: here the accused, not a victim.
#[test]
fn a_person_presented_as_a_student_is_no_victim_fr() {
    // A national daily (twenty-sixth split): no title, titled by its first words.
    let s = suggest(
        "",
        "Sébastien Raoult, un étudiant français de 21 ans, est accusé par les autorités \
         américaines d’avoir participé au piratage informatique de plusieurs entreprises.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("Raoult")),
        "{:?}",
        s.target
    );
    // An organisation's apposition says what it is: it stays a victim.
    let s = suggest(
        "Cyberattaque",
        "Le piratage de Fondouest, une entreprise bretonne, a paralysé la production.",
    );
    assert!(targets(&s).contains(&"Fondouest"), "{:?}", s.target);
}

/// A plural head that a participle of targeting reaches is shared by every name of its list:
/// each member is a victim named by the singular head.
#[test]
fn a_plural_head_names_each_member_of_its_list_fr() {
    // A local news site (twenty-sixth split): no title, titled by its first words.
    let s = suggest(
        "",
        "Les récentes interpellations concernent notamment des intrusions survenues en septembre \
         2025, ciblant les interfaces des académies de La Réunion, de Reims et de Clermont-Ferrand.",
    );
    for academy in [
        "Académie de La Réunion",
        "Académie de Reims",
        "Académie de Clermont-Ferrand",
    ] {
        assert!(targets(&s).contains(&academy), "{:?}", s.target);
    }
    // What the participle reaches is no victim when it names none (« les clients de »).
    let s = suggest(
        "Hameçonnage",
        "Une campagne d'hameçonnage ciblant les clients des banques en ligne sévit depuis lundi.",
    );
    assert!(targets(&s).is_empty(), "{:?}", s.target);
}

/// A French institution's name goes on in lower case after its adjective, with what it serves,
/// where a comma closes the clause right after it: « l'Office national du tourisme, ont été ».
#[test]
fn an_institution_s_lower_case_complement_is_its_name_fr() {
    // A Moroccan press aggregator (twenty-sixth split), cut to « Office national ».
    let s = suggest(
        "",
        "Deux sites institutionnels algériens, celui du ministère de l’Intérieur et des \
         Collectivités Locales ainsi que l’Office national du tourisme, ont été attaqués par des \
         hackers marocains.",
    );
    assert!(
        targets(&s).contains(&"Office national du tourisme"),
        "{:?}",
        s.target
    );
    assert!(!targets(&s).contains(&"Office national"), "{:?}", s.target);
    // A noun that ends no clause takes its adjective, not a verb (« rappelle »).
    let s = suggest(
        "Le Muséum national d'histoire naturelle victime d'une cyberattaque",
        "Le Muséum national d'histoire naturelle a été victime d'une cyberattaque, rappelle le \
         ministère.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("rappelle")),
        "{:?}",
        s.target
    );
}
