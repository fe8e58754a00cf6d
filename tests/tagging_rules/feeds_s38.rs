//! The fixture feeds read as a user reads them (round s38feeds, issue 10): whole feed items, not
//! leads, each rule with the real sentence that made a false suggestion or a miss there, and a
//! near sentence where it must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{attacks, countries, sectors, suggest, targets};

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

/// DataBreaches.net (fixture feed): Genea's attackers "also claimed to have 700 GB of files";
/// the claim to hold data went unread, so the Termite gang's brand was left to say ransomware.
#[test]
fn a_claim_to_hold_data_is_a_breach_claimed() {
    let text = "In February, DataBreaches reported that an incident involving Australia IVF giant \
        Genea was the work of the Termite gang, who had posted proof of claims and also claimed to \
        have 700 GB of files.";
    let a = attacks(
        "IVF provider Genea notifies patients about the cyberattack earlier this year.",
        text,
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
    assert!(!a.contains(&"ransomware".to_string()), "{a:?}");
    let a = attacks(
        "Cyberattaque chez un constructeur automobile",
        "Les hackers de Qilin, qui servent les intérêts de la Russie, disent détenir 150 Go de \
         données appartenant aux clients du constructeur.",
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
    // Near: a claim to have done something else to the files is no claim to hold them.
    let a = attacks(
        "Acme Corp hit by the Termite gang",
        "The Termite gang claimed to have encrypted 200 files on Acme Corp's servers in Australia.",
    );
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
}

/// SecurityWeek (fixture feed): "US Government Victims Named" gave no sector, since
/// "government" alone is the authority that investigates or the state behind hackers. Set
/// before what was hit, it is the victims' kind.
#[test]
fn government_set_before_the_victims_is_their_sector() {
    let title = "ToolShell Attacks Hit 400+ SharePoint Servers, US Government Victims Named";
    let text = "More information has emerged on the ToolShell SharePoint zero-day attacks, \
        including impact, victims, and threat actors.";
    let s = suggest(title, text);
    assert!(sectors(&s).contains(&"government"), "{:?}", s.sector);
    // Near: the government that speaks is no victim's sector.
    let s = suggest(
        "ToolShell attacks hit 400 SharePoint servers, US government says",
        "More information has emerged on the ToolShell SharePoint zero-day attacks, the \
         government said.",
    );
    assert!(!sectors(&s).contains(&"government"), "{:?}", s.sector);
}

/// Twenty-fifth split (Le Monde, a lead opening on its photo's caption): the photographer of the
/// credit « STEPHANE DE SAKUTIN/AFP » was suggested as a victim beside Libération. A feed item's
/// text holds captions and credits ("Image: HUMAN Security" on Krebs) as the lead does.
#[test]
fn a_photo_s_credit_names_no_victim() {
    let text = "Au siège de « Libération », à Paris, le 21 mars 2023. STEPHANE DE SAKUTIN/AFP Le \
        quotidien Libération a été victime d'une cyberattaque dans la nuit de jeudi 24 octobre au \
        vendredi 25 octobre, qui perturbe le fonctionnement de sa rédaction.";
    let s = suggest("Libération victime d'une cyberattaque", text);
    assert!(
        !targets(&s).contains(&"STEPHANE DE SAKUTIN"),
        "{:?}",
        s.target
    );
    assert!(
        targets(&s).iter().any(|t| t.contains("Libération")),
        "{:?}",
        s.target
    );
    // Near: a victim named with its parent after a slash stays the victim.
    let s = suggest(
        "Harland Dental hit by ransomware",
        "Harland Dental was hit by ransomware last week. Harland Dental / its parent group said \
         patient data was stolen.",
    );
    assert!(targets(&s).contains(&"Harland Dental"), "{:?}", s.target);
}

/// Twenty-fifth split: "Law Firms at Risk: Ransomware Attacks on the Rise" read "attacks on" and
/// proposed "Rise" as the victim. "On the rise" says a trend, nothing attacked.
#[test]
fn a_trend_on_the_rise_is_no_victim() {
    let text = "Campbell Conroy & O'Neil, a law firm based in Boston, disclosed a ransomware \
        attack that exposed the data of clients.";
    let s = suggest("Law Firms at Risk: Ransomware Attacks on the Rise", text);
    assert!(!targets(&s).contains(&"Rise"), "{:?}", s.target);
    // Near: a firm called Rise, named outside the idiom, stays the one hit.
    let s = suggest(
        "Dutch payroll firm Rise hit by ransomware as attacks are on the rise",
        "Rise said its servers were encrypted by ransomware on Monday.",
    );
    assert!(targets(&s).contains(&"Rise"), "{:?}", s.target);
}

/// Twenty-fifth split: a people with a determiner or a point of the compass, or a sentence's
/// opening "There", was proposed as the victim ("Another British police force has admitted a
/// data breach", "affecting several North American factories", "There have been numerous law
/// firms that have been hacked"). They say where or which the victims are, not who.
#[test]
fn a_people_with_a_determiner_names_no_victim() {
    let s = suggest(
        "Another British police force has admitted a data breach",
        "Another British police force has admitted a data breach after the names and salaries \
         of all its staff were accidentally published online.",
    );
    assert!(!targets(&s).contains(&"Another British"), "{:?}", s.target);
    let s = suggest(
        "Ransomware crews disrupt manufacturers",
        "The Nitrogen ransomware group claimed it stole 8TB of data and more than 11 million \
         files from Foxconn, affecting several North American factories.",
    );
    assert!(!targets(&s).contains(&"North American"), "{:?}", s.target);
    assert!(targets(&s).contains(&"Foxconn"), "{:?}", s.target);
    let s = suggest(
        "There have been numerous law firms that have been hacked in the past few years",
        "Seyfarth Shaw LLP was attacked by ransomware.",
    );
    assert!(!targets(&s).contains(&"There"), "{:?}", s.target);
    // Near: a name that holds a people among its own words stays the victim.
    let s = suggest(
        "British Library hit by ransomware",
        "The British Library said a ransomware attack had taken its systems offline.",
    );
    assert!(targets(&s).contains(&"British Library"), "{:?}", s.target);
}

/// Twenty-fifth split: « La porte-parole de la ministre, Maya Scott a déclaré à la presse que ce
/// piratage a été constaté » proposed the spokeswoman as the victim: her hyphenated role was not
/// read. Nor was a role after a possessive ("The company's spokesperson, Jane Doe, said").
#[test]
fn a_spokesperson_presented_before_her_name_is_no_victim() {
    let text = "Ce sont les téléphones portables de la ministre de la sécurité d'Etat qui ont fait \
        l'objet d'un piratage. La porte-parole de la ministre, Maya Scott a déclaré à la presse \
        que ce piratage a été constaté suite à la réception de messages.";
    let s = suggest(
        "Afrique du Sud : Le portable de la ministre du renseignement piraté",
        text,
    );
    assert!(!targets(&s).contains(&"Maya Scott"), "{:?}", s.target);
    let s = suggest(
        "Harland Dental hit by ransomware",
        "Harland Dental was hit by ransomware. The company's spokesperson, Jane Doe, said the \
         attack encrypted its servers.",
    );
    assert!(!targets(&s).contains(&"Jane Doe"), "{:?}", s.target);
    assert!(targets(&s).contains(&"Harland Dental"), "{:?}", s.target);
    // Near: an organisation after a possessive and no role stays the victim.
    let s = suggest(
        "Dental chain hit by ransomware",
        "The dental chain's parent group, Harland Dental, said ransomware encrypted its servers.",
    );
    assert!(targets(&s).contains(&"Harland Dental"), "{:?}", s.target);
}

/// Twenty-fifth split: « Le numéro WhatsApp du ministre nigérian de l'Éducation … a été piraté »
/// made Meta a victim, with its technology sector and its country: a messaging app's number is
/// an account the platform holds, and a platform abused is no victim (`../shared/TAGGING.md`).
#[test]
fn a_messaging_app_s_number_is_an_account_on_the_platform() {
    let title = "Le numéro WhatsApp du ministre nigérian de l'Éducation, le professeur Tahir \
        Mamman, a été piraté";
    let text = "Le ministre a appelé ses contacts à ignorer les messages envoyés depuis ce numéro.";
    let s = suggest(title, text);
    assert!(!targets(&s).contains(&"Meta"), "{:?}", s.target);
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
    let s = suggest(
        "Hackers hijack the WhatsApp number of a Nigerian minister",
        "The minister asked his contacts to ignore the messages.",
    );
    assert!(!targets(&s).contains(&"Meta"), "{:?}", s.target);
    // Near: the platform itself breached stays the victim.
    let s = suggest(
        "WhatsApp hit by a data breach",
        "WhatsApp said hackers stole the phone numbers of 500 million users.",
    );
    assert!(targets(&s).contains(&"Meta"), "{:?}", s.target);
}

/// Twenty-fifth split (« Les PME bretonnes s'arment face au risque cyber ») and twelfth: a lead
/// opening on an open list of examples, « Systèmes bloqués, fuite de données, racket numérique…
/// », was suggested as a data breach. The ellipsis says the list could go on: what such pieces
/// fear, not what happened to someone.
#[test]
fn an_open_list_of_examples_is_no_incident() {
    let text = "Systèmes bloqués, fuite de données, racket numérique… Tous les jours, des \
        centaines d'entreprises sont victimes de cyberattaques, avec des conséquences parfois \
        dramatiques.";
    let a = attacks("Les PME bretonnes s'arment face au risque cyber", text);
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
    // Near: a lead that tells what happened to its victim keeps its type, ellipsis or not.
    let a = attacks(
        "La mairie de Saint-Gilles victime d'une fuite de données",
        "La mairie de Saint-Gilles a subi une fuite de données… Les pirates ont publié les \
         fichiers des agents.",
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
}

/// Twenty-fifth split (Gabon, an arrest over mobile-money fraud): « En fuite, un troisième larron,
/// Ousmane Sally alias « Le Sénégalais », a échappé aux gendarmes » was suggested as a data
/// breach. « En fuite » opening a clause says who fled.
#[test]
fn on_the_run_opening_a_clause_is_no_leak() {
    let text = "La Direction générale des recherches a mis hors d'état de nuire un réseau de \
        fraudeurs au Gabon. L'enquête a permis l'arrestation de deux hommes. En fuite, un \
        troisième larron a échappé aux gendarmes.";
    let a = attacks("Gabon : un réseau de fraudeurs démantelé à Oyem", text);
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
    // Near: a leak « en fuite » after what leaked stays one.
    let a = attacks(
        "Gabon : les données de l'opérateur en fuite",
        "Les données de 40 000 clients de l'opérateur Airtel au Gabon sont en fuite, a confirmé \
         la direction.",
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
}

/// Twenty-fifth split (Québec City police): « Des fraudeurs ont réussi à extorquer des sommes
/// importantes à plusieurs citoyens … en se faisant passer pour des employés du Service de police
/// » was suggested as extortion beside the scam. What scammers extort is their scam's money, not
/// a threat over stolen data (`../shared/TAGGING.md`).
#[test]
fn what_scammers_extort_is_their_scam() {
    let text = "Des fraudeurs ont réussi à extorquer des sommes importantes à plusieurs citoyens, \
        dont un montant de 12 000 $, en se faisant passer pour des employés du Service de police \
        de la Ville de Québec.";
    let a = attacks(
        "Québec : des fraudeurs se font passer pour des policiers",
        text,
    );
    assert!(!a.contains(&"extortion".to_string()), "{a:?}");
    assert!(a.contains(&"scam".to_string()), "{a:?}");
    let a = attacks(
        "Scammers posing as police officers target seniors in Ohio",
        "Scammers extorted more than $200,000 from seniors in Ohio by posing as police officers.",
    );
    assert!(!a.contains(&"extortion".to_string()), "{a:?}");
    // Near: a gang that extorts its victim over stolen data stays an extortion.
    let a = attacks(
        "Hackers extort Ohio clinic over stolen patient data",
        "The hackers tried to extort the Ohio clinic, threatening to leak the stolen patient data.",
    );
    assert!(a.contains(&"extortion".to_string()), "{a:?}");
}

/// Twenty-fifth split: the ministry's press officer who announced a minister's hijacked number
/// (« Boriowo Folasade, directeur de la presse et des relations publiques du ministère ») gave the
/// victim a media sector. The press office, and the press it speaks to, are nobody's sector.
#[test]
fn the_press_office_that_speaks_is_no_victim_s_sector() {
    let text = "Le numéro WhatsApp du ministre a été piraté, selon une annonce faite vendredi par \
        Boriowo Folasade, directeur de la presse et des relations publiques du ministère.";
    let s = suggest("Nigeria : le numéro WhatsApp d'un ministre piraté", text);
    assert!(!sectors(&s).contains(&"media"), "{:?}", s.sector);
    let s = suggest(
        "Le compte Facebook d'une mairie piraté",
        "Le compte Facebook de la mairie de Sète a été piraté, a déclaré le maire à la presse.",
    );
    assert!(!sectors(&s).contains(&"media"), "{:?}", s.sector);
    // Near: a newspaper hit is the media sector.
    let s = suggest(
        "Le quotidien Libération victime d'une cyberattaque",
        "Le quotidien Libération a été victime d'un rançongiciel, la presse régionale aussi.",
    );
    assert!(sectors(&s).contains(&"media"), "{:?}", s.sector);
}
