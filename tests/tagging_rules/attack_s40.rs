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

#[test]
fn a_type_defined_inside_a_story_is_not_what_happened() {
    // twenty-seventh split: the ransom the definition speaks of is no extortion.
    let text = "A Gurgaon based clothing company became the victim of the attack. Hackers \
        demanded a ransom of Rs 25 lakh from the company. The hackers are said to have encrypted \
        the entire data of the clothing company. Ransomware is a type of malicious software which \
        blocks access to a computer system and then threatens to delete the data until the user \
        pay the ransom to the hacker.";
    let got = attacks(
        "For the first time a Ransomware attack has been reported in India",
        text,
    );
    assert_eq!(got, ["ransomware"]);
    // A sentence that opens with the type and tells the attack is no definition.
    let text = "Ransomware hit the company on Monday and the hackers threatened to leak the data \
        unless a ransom was paid.";
    let got = attacks("Clothing company hit", text);
    assert!(has(&got, "extortion"), "{got:?}");
}

#[test]
fn breaking_into_and_gaining_remote_access_state_an_intrusion() {
    // twenty-seventh split: a crypto exchange broken into, a water plant's remote access.
    let text = "Hackers struck again, this time breaking into centralized cryptocurrency exchange \
        M2, where they stole $13.7 million in digital assets.";
    let got = attacks(
        "Hackers steal $13 million from cryptocurrency exchange",
        text,
    );
    assert!(has(&got, "intrusion"), "{got:?}");
    let text = "A hacker gained remote access to TeamViewer software on a facility employee's \
        computer to gain the control system.";
    let got = attacks(
        "A hacker gained remote access to TeamViewer software on a facility employee's computer",
        text,
    );
    assert!(has(&got, "intrusion"), "{got:?}");
    // What a flaw could let attackers do is no intrusion.
    let text = "If left unpatched, the flaw could allow attackers to gain remote access to \
        vulnerable Windows systems without any user assistance.";
    let got = attacks("Microsoft fixes nine critical flaws", text);
    assert!(!has(&got, "intrusion"), "{got:?}");
}

#[test]
fn a_fake_that_deceives_in_the_title_or_the_opening_is_a_scam() {
    // twenty-second split: a mayor's name on fake aid accounts.
    let got = attacks(
        "Des faux comptes d’aides financières au nom du maire de Cotonou",
        "La mairie de Cotonou met en garde la population contre des comptes qui proposent des \
         aides financières.",
    );
    assert!(has(&got, "scam"), "{got:?}");
    // twenty-first split: fake agents who hold people to ransom.
    let got = attacks(
        "Côte d’Ivoire : de faux agents de lutte contre la cybercriminalité sévissent",
        "Des groupes d’individus véreux, se faisant passer pour des agents de cette organisation \
         étatique, procèdent à des interpellations dans les cybercafés.",
    );
    assert!(has(&got, "scam"), "{got:?}");
    // twelfth split: fake profiles of a mayor were labelled with no type.
    let got = attacks(
        "Alerte aux faux profils : la Ville de Mamoudzou met en garde la population",
        "La Ville de Mamoudzou alerte les habitants sur la circulation de plusieurs faux profils \
         sur Facebook usurpant l’identité du maire.",
    );
    assert!(!has(&got, "scam"), "{got:?}");
    // A phishing wave's fake sites are its lures: phishing, not a scam besides.
    let got = attacks(
        "Phishing gang that lured victims to fake bank websites is broken up by police",
        "",
    );
    assert!(has(&got, "phishing") && !has(&got, "scam"), "{got:?}");
}

#[test]
fn a_so_called_helpdesk_and_fake_bank_staff_are_a_scam() {
    // twenty-seventh split: the VRT on a fake helpdesk ring (untitled: veille titles it by its text).
    let text = "Les victimes étaient informées par un prétendu service d’assistance (helpdesk) que \
        des mouvements soi-disant suspects avaient été constatés sur leur compte bancaire. Les \
        escrocs proposaient alors leur aide. Les faux collaborateurs bancaires allaient parfois \
        jusqu'à chercher la carte bancaire de leurs proies chez elles.";
    let got = attacks(
        "La police de Saint-Nicolas interpelle à nouveau 3 personnes",
        text,
    );
    assert!(has(&got, "scam"), "{got:?}");
    // A real bank's own staff are no fake.
    let text = "Les collaborateurs de la banque ont constaté des mouvements suspects sur plusieurs \
        comptes et ont prévenu leurs clients.";
    let got = attacks("La banque prévient ses clients", text);
    assert!(!has(&got, "scam"), "{got:?}");
}

#[test]
fn a_sum_the_attackers_demand_is_a_ransom() {
    // nineteenth split: the title's sum, demanded by the hackers.
    let got = attacks(
        "Cyberattaque chez IBV à Vielsalm: 500 000 € réclamés par les hackers",
        "",
    );
    assert!(has(&got, "ransomware"), "{got:?}");
    // sixteenth split: the group demands a sum of the town.
    let got = attacks(
        "Les pirates du groupe Lynx réclament 3 millions de dollars à la Ville de Jean-Bart",
        "",
    );
    assert!(has(&got, "ransomware"), "{got:?}");
    // eighth split: the sum buys the erasure of the data: extortion.
    let got = attacks(
        "La BOA Mali victime d'une cyberattaque : plus de 6 milliards de FCFA réclamés par les \
         hackers pour effacer les données personnelles",
        "",
    );
    assert!(
        has(&got, "extortion") && !has(&got, "ransomware"),
        "{got:?}"
    );
    // unseen split: a sum "for the data", to be sold, is no ransomware's.
    let got = attacks(
        "University cyberattack",
        "The gang is demanding 20 bitcoin (£452,640) for the data, and says it will be sold to \
         the highest bidder.",
    );
    assert!(!has(&got, "ransomware"), "{got:?}");
    // A sum the attackers stole is no demand.
    let got = attacks(
        "Hackers stole 3 million dollars from the town's accounts",
        "",
    );
    assert!(!has(&got, "ransomware"), "{got:?}");
}
