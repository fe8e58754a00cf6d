//! Round 38's attack batch (round s38attack): the twenty-fifth split's missed and false types,
//! with the sentences that motivated each rule and a near sentence where it must not fire.

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

fn has(got: &[String], value: &str) -> bool {
    got.iter().any(|v| v == value)
}

#[test]
fn a_sentence_opening_en_fuite_is_a_suspect_on_the_run() {
    // twenty-fifth split: Gabonreview on an Airtel Money fraud ring.
    let text = "La gendarmerie a mis hors d’état de nuire un réseau d’arnaqueurs. Le coup de filet \
        a permis l’arrestation de deux hommes. En fuite, un troisième larron, Ousmane Sally, a \
        échappé aux gendarmes.";
    let got = attacks("Un réseau d’arnaqueurs démantelé à Oyem", text);
    assert!(!has(&got, "data-breach"), "{got:?}");
    // Data « en fuite » inside a sentence is a leak.
    let text = "La mairie a été victime d’une cyberattaque. Des données personnelles en fuite, \
        selon la mairie, concernent 2 000 habitants.";
    let got = attacks("La mairie victime d’une cyberattaque", text);
    assert!(has(&got, "data-breach"), "{got:?}");
}

#[test]
fn an_account_being_accessed_or_a_whatsapp_number_hacked_is_taken_over() {
    // twenty-fifth split: The Smith Family's notice.
    let text = "The charity recently experienced a cyber incident. “The incident involved a Smith \
        Family team member’s email account being temporarily accessed by an unauthorised third \
        party.”";
    let got = attacks(
        "Donor Details Stolen in Smith Family Charity Cyberattack",
        text,
    );
    assert!(has(&got, "account-takeover"), "{got:?}");
    // twenty-fifth split: Afrik.com on a Nigerian minister.
    let text = "Le numéro WhatsApp du ministre nigérian de l’Éducation a été piraté, selon une \
        annonce faite vendredi par le ministère.";
    let got = attacks("", text);
    assert!(has(&got, "account-takeover"), "{got:?}");
    // An account the notice only says exists is not taken.
    let text = "The charity recently experienced a cyber incident. Donors can check their email \
        account being used for receipts.";
    let got = attacks("Smith Family Charity Cyberattack", text);
    assert!(!has(&got, "account-takeover"), "{got:?}");
}

#[test]
fn a_type_the_title_denies_is_not_suggested() {
    // twentieth split: the bank denies the leak its title names.
    let text = "State Bank of India on Thursday denied reports of a data leak from its systems, \
        saying its servers were fully secure.";
    let got = attacks(
        "SBI data breach: State Bank of India denies data leak",
        text,
    );
    assert!(!has(&got, "data-breach"), "{got:?}");
    // A title that states the leak keeps it.
    let text = "State Bank of India on Thursday confirmed a data leak from one of its servers.";
    let got = attacks(
        "SBI data breach: State Bank of India confirms data leak",
        text,
    );
    assert!(has(&got, "data-breach"), "{got:?}");
}

#[test]
fn a_claim_video_on_youtube_is_no_defacement() {
    // twenty-fifth split: Anonymous against the Parti socialiste's site, a DDoS.
    let text = "Le site du parti socialiste subit d’importants ralentissements, à cause d’une \
        attaque par déni de service menée par les Anonymous. Le groupe d'hacktivistes a \
        revendiqué le blocage du site par une vidéo publiée sur YouTube.";
    let got = attacks(
        "Les Anonymous s'en prennent au site du parti socialiste",
        text,
    );
    assert!(!has(&got, "defacement"), "{got:?}");
    assert!(has(&got, "ddos"), "{got:?}");
    // A video the hackers left on the site itself is one.
    let text = "Les pirates ont piraté le site de la mairie et ont laissé une vidéo publiée sur \
        la page d'accueil du site.";
    let got = attacks("Le site de la mairie piraté", text);
    assert!(has(&got, "defacement"), "{got:?}");
}

#[test]
fn a_group_given_as_one_example_is_not_the_stories_actor() {
    // twenty-fifth split: a story of law firms hacked, one past attack as an example.
    let text = "There have been numerous law firms that have been hacked in the past few years. \
        Some of the bigger law firms refuse to pay ransom. As but one example, when Sodinokibi \
        (REvil) threat actors attacked the entertainment and media law firm Grubman Shire \
        Meiselas & Sacks, they demanded $21 million.";
    let got = crate::suggestions::suggest("Law firms hacked", text);
    assert!(
        !got.actor.iter().any(|a| a.value == "REvil"),
        "{:?}",
        got.actor
    );
    // The group the story tells of stays its actor.
    let text = "Sodinokibi (REvil) threat actors attacked the entertainment and media law firm \
        Grubman Shire Meiselas & Sacks and demanded $21 million.";
    let got = crate::suggestions::suggest("Law firm hacked", text);
    assert!(
        got.actor.iter().any(|a| a.value == "REvil"),
        "{:?}",
        got.actor
    );
}

#[test]
fn espionage_naming_a_service_is_no_espionage() {
    // twenty-fifth split: a South African minister's phones hacked.
    let text = "Ce sont les téléphones portables de la ministre de la sécurité d’Etat en charge \
        des services de renseignements et d’espionnage qui ont fait l’objet d’un piratage.";
    let got = attacks(
        "Afrique du Sud : Le portable de la ministre du renseignement piraté",
        text,
    );
    assert!(!has(&got, "espionage"), "{got:?}");
    // The act of spying stays one.
    let text = "Des pirates liés à Pékin ont mené une campagne d’espionnage contre le ministère \
        des Affaires étrangères.";
    let got = attacks("Espionnage : le ministère visé par des pirates", text);
    assert!(has(&got, "espionage"), "{got:?}");
}
