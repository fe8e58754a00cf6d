//! The fixture feeds read as a user reads them (round s37feeds, issue 10): whole feed items, not
//! leads, each rule with the real sentence that made a false suggestion or a miss there, and a
//! near sentence where it must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{attacks, countries, suggest, targets};

/// Krebs on Security (fixture feed): the researcher presented by his job, then quoted, was
/// suggested as a victim ("Formosa said the Popa botnet … direct its activities" read as a subject
/// telling its own incident).
#[test]
fn a_researcher_presented_by_his_job_is_no_victim() {
    let text = "Chris Formosa is senior lead information security engineer for Black Lotus Labs, \
        a division of the Internet backbone carrier Lumen Technologies.\n\n“So these Popa IPs \
        appear in tons of different services, which makes it one of the most dangerous proxy \
        botnets on the market currently.”\n\nFormosa said the Popa botnet averages between 1.5 \
        million to 2.5 million distinct IP addresses each day, relying on between 250 and 300 \
        Internet addresses that are used to direct its activities.\n\n“That’s why Popa is so \
        dangerous,” Formosa said.";
    let s = suggest("‘Popa’ Botnet Linked to Publicly-Traded Israeli Firm", text);
    assert!(!targets(&s).contains(&"Formosa"), "{:?}", s.target);
    // Near: a company presented by what it does, not by a job, stays the victim.
    let s = suggest(
        "Vantage Dental hit by ransomware",
        "Vantage Dental said its systems were encrypted by ransomware. Vantage Dental is a \
         provider of dental services for families in Ohio.",
    );
    assert!(targets(&s).contains(&"Vantage Dental"), "{:?}", s.target);
}

/// CISA's red team advisory (fixture feed): "phishing-resistant MFA" in its mitigations was
/// suggested as phishing, at high confidence. What a control withstands is no attack.
#[test]
fn what_a_control_withstands_is_no_attack() {
    let text = "CISA recommends organizations implement the mitigations below. Enforce \
        phishing-resistant MFA to the greatest extent possible. Mandate MFA, ideally \
        phishing-resistant MFA, for privileged users and make MFA a default.";
    let a = attacks("CISA urges agencies to harden privileged accounts", text);
    assert!(!a.contains(&"phishing".to_string()), "{a:?}");
    let a = attacks(
        "Authentification : l'État impose une MFA résistante au phishing",
        "Les administrations devront déployer une authentification résistante au phishing \
         d'ici 2027.",
    );
    assert!(!a.contains(&"phishing".to_string()), "{a:?}");
    // Near: a phishing email that was opened is one.
    let a = attacks(
        "Acme Corp employees fell for phishing",
        "Employees at Acme Corp fell for a phishing email that stole their passwords.",
    );
    assert!(a.contains(&"phishing".to_string()), "{a:?}");
}

/// Slashdot (fixture feed, Change Healthcare): the share in the headline made the story a count,
/// so nothing was suggested at all, not even the headline's ransomware.
#[test]
fn one_attack_acting_on_a_share_is_an_incident() {
    let text = "\"A ransomware gang once thought to have been crippled by law enforcement has \
        snarled prescription processing for millions of Americans over the past week...\" \
        reports the Washington Post. \"The hackers stole data about patients, encrypted company \
        files and demanded money to unlock them, prompting the company to shut down most of its \
        network as it worked to recover.\" Insurance giant UnitedHealthcare Group said the \
        hackers struck its Change Health business unit, which routes prescription claims from \
        pharmacies to companies that determine whether patients are covered by insurance.";
    let title = "Ransomware Attack Hampers Prescription Drug Sales at 90% of US Pharmacies";
    let s = suggest(title, text);
    assert!(targets(&s).contains(&"Change Health"), "{:?}", s.target);
    assert!(attacks(title, text).contains(&"ransomware".to_string()));
    // Near: a count of attacks names the organisations it counts, no victim.
    let s = suggest(
        "Ransomware attacks hit 60% of hospitals in 2023, says Sophos",
        "Sixty percent of hospitals were hit by ransomware last year, according to the annual \
         survey by Sophos, up from 34% in 2021.",
    );
    assert!(s.target.is_empty(), "{:?}", s.target);
}

/// CISA (fixture feed): a red team's assessment told its phishing and exfiltration, suggested
/// as phishing and data breach at high confidence; the attacks were the assessors' exercise.
#[test]
fn a_red_team_s_exercise_is_no_incident() {
    let title = "Enhancing Cyber Resilience: Insights from CISA Red Team Assessment of a US \
        Critical Infrastructure Sector Organization";
    let text = "The Cybersecurity and Infrastructure Security Agency (CISA) conducted a red team \
        assessment (RTA) at the request of a critical infrastructure organization. The red team \
        sent tailored spearphishing emails to 13 targets. To first gain situational awareness \
        about the organization’s environment, the red team exfiltrated Active Directory (AD) \
        information from a compromised Linux host.";
    assert!(
        attacks(title, text).is_empty(),
        "{:?}",
        attacks(title, text)
    );
    // Near: a real intrusion at a firm that sells penetration tests stays one.
    let title = "Hackers breach pentest firm Acme Security, steal client reports";
    let text = "Hackers breached Acme Security and stole reports on its clients' networks.";
    let s = suggest(title, text);
    assert!(targets(&s).contains(&"Acme Security"), "{:?}", s.target);
}

/// CISA's GRU advisory (fixture feed): "As Russian military forces failed…" gave the attacker's
/// country, RU, as the victims'. Armed forces are a country's agents.
#[test]
fn the_armed_forces_country_is_no_victim_s_en_fr() {
    let title = "Russian GRU Targeting Western Logistics Entities and Technology Companies";
    let text = "As Russian military forces failed to meet their military objectives and Western \
        countries provided aid to support Ukraine’s territorial defense, unit 26165 expanded its \
        targeting of logistics entities and technology companies involved in the delivery of aid.";
    let s = suggest(title, text);
    assert!(!countries(&s).contains(&"RU"), "{:?}", s.country);
    let s = suggest(
        "L'armée russe combine missiles et cyberattaques",
        "L’analyse des attaques de 2022 montre que l’armée russe a combiné ses tirs de missiles \
         avec des cyberattaques contre le réseau électrique.",
    );
    assert!(!countries(&s).contains(&"RU"), "{:?}", s.country);
    // Near: the victims' nationality stays theirs.
    let s = suggest(
        "Russian airline hit by cyberattack",
        "Russian airline Aeroflot was hit by a cyberattack that grounded dozens of flights.",
    );
    assert!(countries(&s).contains(&"RU"), "{:?}", s.country);
}

/// CISA's LummaC2 advisory (fixture feed): the infostealer's encrypted channel was read as data
/// a ransomware locked.
#[test]
fn a_malware_s_encrypted_channel_is_no_ransomware() {
    let title =
        "Threat Actors Deploy LummaC2 Malware to Exfiltrate Sensitive Data from Organizations";
    let text = "Figure 6. Second POST Request\n\nThe data returned from the C2 server is \
        encrypted. Once decoded, the C2 data is in a JSON format and is parsed by the LummaC2 \
        malware.";
    let a = attacks(title, text);
    assert!(!a.contains(&"ransomware".to_string()), "{a:?}");
    // Near: a victim's data said encrypted is the ransomware's work.
    let a = attacks(
        "Acme Hospital hit by cyberattack",
        "Acme Hospital said its patient data was encrypted during the attack on Sunday.",
    );
    assert!(a.contains(&"ransomware".to_string()), "{a:?}");
}

/// SecurityWeek and BleepingComputer (fixture feeds): malware planted into a product its users
/// install is a supply-chain attack; both were missed.
#[test]
fn malware_planted_into_a_product_is_a_supply_chain_attack() {
    let a = attacks(
        "High-Value NPM Developers Compromised in New Phishing Campaign",
        "Hackers have injected malware into popular NPM packages after compromising several \
         developer accounts in a fresh phishing campaign.",
    );
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    let a = attacks(
        "Hacker sneaks infostealer malware into early access Steam game",
        "A threat actor called EncryptHub has compromised a game on Steam to distribute \
         info-stealing malware to unsuspecting users downloading the title.",
    );
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    // Near: malware dropped on the victim's own network.
    let a = attacks(
        "Hospital hit by malware",
        "Hackers deployed malware on the Acme Hospital network and stole patient records.",
    );
    assert!(!a.contains(&"supply-chain".to_string()), "{a:?}");
}

/// SecurityWeek (fixture feed): "US Government Victims Named" read the government as the
/// attacker's backer ("Chinese government hackers"), so US was missed.
#[test]
fn a_government_named_as_the_victims_is_the_victims_country() {
    let title = "ToolShell Attacks Hit 400+ SharePoint Servers, US Government Victims Named";
    let text = "More information has emerged on the ToolShell SharePoint zero-day attacks, \
        including impact, victims, and threat actors.";
    let s = suggest(title, text);
    assert!(countries(&s).contains(&"US"), "{:?}", s.country);
    // Near: the government behind the hackers stays theirs.
    let s = suggest(
        "Chinese government hackers breach Acme Telecom",
        "Hackers backed by the Chinese government breached Acme Telecom, a Canadian carrier.",
    );
    assert!(!countries(&s).contains(&"CN"), "{:?}", s.country);
}

/// Schneier (fixture feed): "Saudi attempts to plant fake stories" gave SA as the victims'
/// country; what a people's agents attempt is the attackers'.
#[test]
fn a_people_s_attempts_are_the_attackers() {
    let title = "Influence Operations Kill Chain";
    let text = "Basically, we know it when we see it, from bots controlled by the Russian \
        Internet Research Agency to Saudi attempts to plant fake stories and manipulate \
        political debate.";
    let s = suggest(title, text);
    assert!(!countries(&s).contains(&"SA"), "{:?}", s.country);
    // Near: the people attacked stays the victims'.
    let s = suggest(
        "Saudi oil giant hit by cyberattack",
        "Saudi Aramco was hit by a cyberattack that wiped 30,000 computers.",
    );
    assert!(countries(&s).contains(&"SA"), "{:?}", s.country);
}

/// CISA's "2023 Top Routinely Exploited Vulnerabilities" (fixture feed): a resource listed in its
/// appendix, past "References" and "Version History", gave ransomware.
#[test]
fn an_attack_named_in_the_back_matter_is_another_story_s() {
    let title = "2023 Top Routinely Exploited Vulnerabilities";
    let text = "Malicious cyber actors exploited more zero-day vulnerabilities to compromise \
        enterprise networks in 2023 compared to 2022.\n\nReferences\n\nApache Log4j \
        Vulnerability Guidance\n\nVersion History\n\nNovember 12, 2024: Initial version.\n\n\
        NetScaler ADC and NetScaler Gateway Security Bulletin for CVE-2023-4966\n\n\
        #StopRansomware: LockBit 3.0 Ransomware Affiliates Exploit CVE 2023-4966 Citrix Bleed \
        Vulnerability\n";
    let a = attacks(title, text);
    assert!(!a.contains(&"ransomware".to_string()), "{a:?}");
    // Near: the advisory series named before the back matter tells this story's ransomware.
    let a = attacks(
        "#StopRansomware: Medusa Ransomware",
        "Note: This joint Cybersecurity Advisory is part of an ongoing #StopRansomware effort \
         to publish advisories for network defenders. Medusa actors employ a double extortion \
         model, where they encrypt victim data and threaten to publicly release exfiltrated \
         data if a ransom is not paid.",
    );
    assert!(a.contains(&"ransomware".to_string()), "{a:?}");
}

/// DataBreaches.net (fixture feed): "doesn't ensure that the data won't be retained or re-sold or
/// leaked", an argument about paying, gave data-breach at high confidence: the denial reaches the
/// list's last participle.
#[test]
fn a_denial_reaches_the_last_participle_of_its_list() {
    let title = "Paying cyberattackers is wrong, right? Should Taos County’s incident be an \
        exception? (1)";
    let text = "How many times have we read that paying a threat actor’s extortion demands only \
        encourages more financially motivated crime and doesn’t ensure that the data won’t be \
        retained or re-sold or leaked? Those making that argument appear to be generally \
        correct, but are there exceptions?";
    let a = attacks(title, text);
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
    // Near: a clause of its own after the conjunction is stated.
    let a = attacks(
        "Acme Hospital hit by cyberattack",
        "Acme Hospital's systems could not be restored and patient records were leaked online.",
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
}

/// Schneier (fixture feed): where the Attorney General spoke gave US as the victims' country.
#[test]
fn a_talk_s_place_is_no_victim_s() {
    let title = "Attorney General Barr and Encryption";
    let text = "Last month, Attorney General William Barr gave a major speech on encryption \
        policy. Speaking at Fordham University in New York, he admitted that adding backdoors \
        decreases security but that it is worth it.";
    let s = suggest(title, text);
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
    // Near: a victim in the same city.
    let s = suggest(
        "Hospital in New York hit by ransomware",
        "A hospital in New York was hit by ransomware on Monday, diverting ambulances.",
    );
    assert!(countries(&s).contains(&"US"), "{:?}", s.country);
}
