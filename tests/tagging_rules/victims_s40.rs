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

/// A French institution's complement led by an article and coordinated by « et » with another of
/// the same form is one name (« de la Montagne et de l'Escalade »), not two members of a list.
#[test]
fn a_coordinated_complement_goes_on_one_institution_s_name_fr() {
    // Zataz (twenty-seventh split).
    let s = suggest(
        "Importante fuite de données pour des milliers de licenciés de fédérations sportives",
        "Peu après, la Fédération Française de la Montagne et de l’Escalade (FFME) a annoncé un \
         piratage similaire, cette fois-ci impactant 120.000 licenciés.",
    );
    assert_eq!(
        targets(&s),
        ["Fédération Française de la Montagne et de l’Escalade"],
        "{:?}",
        s.target
    );
    // Ninth split: a ministry's two portfolios.
    let s = suggest(
        "Cyberattaque",
        "Le site du ministère de la Communication et de l'Économie numérique a été piraté par les \
         Anonymous.",
    );
    assert_eq!(
        targets(&s),
        ["Ministère de la Communication et de l'Économie numérique"],
        "{:?}",
        s.target
    );
    // Another body after « et » (a head, or a noun with a complement of its own) stays apart.
    let s = suggest(
        "Cyberattaque",
        "Les sites de l'Autorité portuaire d’Israël et du parti Meretz ont été piratés.",
    );
    assert!(targets(&s).contains(&"Meretz"), "{:?}", s.target);
    let s = suggest(
        "Cyberattaque",
        "Les sites du Palais des Papes et du Pont d'Avignon ont été piratés.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains(" et du ")),
        "{:?}",
        s.target
    );
}

/// Whose customers' data it is (« les données des clients de X », « le fichier clients de X »):
/// the company that holds the data is the victim; « clients de » alone stays a role.
#[test]
fn the_holder_of_its_customers_data_is_the_victim_fr() {
    // La Presse (twenty-third split).
    let s = suggest(
        "L’ex-club de golf de Céline Dion attaqué",
        "Ils demandaient une rançon de 1,4 M$ US pour décrypter les données des clients de HelpOx.",
    );
    assert!(targets(&s).contains(&"HelpOx"), "{:?}", s.target);
    // Eighteenth split.
    let s = suggest(
        "Fuite de données",
        "Une fuite de données confidentielles frappe, cette fois à travers une base de données \
         clients de Mauritius Telecom potentiellement compromise.",
    );
    assert!(targets(&s).contains(&"Mauritius Telecom"), "{:?}", s.target);
    // A platform whose clients were swindled is no victim.
    let s = suggest(
        "Arnaque",
        "Plusieurs clients de Booking.com ont été escroqués par de faux messages.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.starts_with("Booking")),
        "{:?}",
        s.target
    );
}

/// People are no victim organisation: a role with a qualifier before it in apposition ("The IT
/// manager of the company, X"), and a surname alone once the text wrote it after a title and a
/// first name ("CEO Erin Mendez" … "Mendez said").
#[test]
fn people_named_by_a_qualified_role_or_by_their_surname_are_no_victims_en() {
    // Twenty-seventh split.
    let s = suggest(
        "Ransomware attack reported in India",
        "A Gurgaon based clothing company was hit by ransomware. The IT manager of the company, \
         Mrityunjay Kumar complained to the cyber police that the server had become inaccessible.",
    );
    assert!(!targets(&s).contains(&"Mrityunjay Kumar"), "{:?}", s.target);
    // Fifteenth split.
    let s = suggest(
        "Patelco Credit Union says personal information of customers was stolen",
        "In an email sent to customers, Patelco CEO Erin Mendez said the June 29 ransomware attack \
         involved access to databases. Mendez said after working with law enforcement and a \
         third-party cybersecurity firm the attack was contained.",
    );
    assert!(!targets(&s).contains(&"Mendez"), "{:?}", s.target);
    assert!(
        targets(&s).contains(&"Patelco Credit Union"),
        "{:?}",
        s.target
    );
    // "the head of Acme": an organisation after a title and a joining word stays one.
    let s = suggest(
        "Ransomware",
        "The head of Acme, Jane Doe, said Acme was hit by ransomware.",
    );
    assert!(targets(&s).contains(&"Acme"), "{:?}", s.target);
}

/// A sum of money, a currency before a number, is never who paid it.
#[test]
fn a_sum_of_money_is_no_victim_en() {
    // Twenty-seventh split.
    let s = suggest(
        "For the first time a Ransomware attack has been reported in India",
        "A Gurgaon based clothing company was hit by ransomware. Hackers demanded a ransom of \
         Rs 25 lakh from the company.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.starts_with("Rs")),
        "{:?}",
        s.target
    );
}

/// A country's adjective between an institution's head and the complement that names it («
/// le ministère russe de la Défense ») is inside the name: the name is not cut to « Travail ».
#[test]
fn a_country_s_adjective_after_the_head_stays_in_the_name_fr() {
    // Fifteenth split (« ministère algérien du Travail » was read « Travail »).
    let s = suggest(
        "Cyberattaque",
        "Le ministère algérien du Travail a été victime d'une cyberattaque.",
    );
    assert_eq!(
        targets(&s),
        ["Ministère algérien du Travail"],
        "{:?}",
        s.target
    );
    // Fresh split: the last of a list of sites.
    let s = suggest(
        "Les médias russes ciblés par les hackers « Anonymous »",
        "Samedi, les sites du Kremlin, de la Douma et du ministère russe de la Défense étaient \
         hors ligne, une cyberattaque également revendiquée par Anonymous.",
    );
    assert!(
        targets(&s).contains(&"Ministère russe de la Défense"),
        "{:?}",
        s.target
    );
    // A noun in that slot is no adjective: « victime de Lockbit » names the attacker.
    let s = suggest(
        "Cyberattaque",
        "La mairie victime de Lockbit a porté plainte.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("Lockbit")),
        "{:?}",
        s.target
    );
}

/// The outlet's own tag opening the text (« [Outlet] – ») names who tells the news, no victim.
#[test]
fn the_outlet_s_tag_opening_the_text_is_no_victim_fr() {
    // Digital Business Africa (twenty-seventh split).
    let s = suggest(
        "Trois ressortissants chinois visés par une enquête de piratage",
        "[DIGITAL Business Africa] – Trois ressortissants chinois sont visés par une enquête de \
         piratage des réseaux nationaux de télécommunication au Maroc.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("Business Africa")),
        "{:?}",
        s.target
    );
}
