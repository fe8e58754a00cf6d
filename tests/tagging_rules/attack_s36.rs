//! Round 36's attack types and actors: rules from the errors of the twenty-third split and the
//! same facet's errors pooled over the read splits, with the sentences that motivated them.

use crate::suggestions::suggest;

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

#[test]
fn a_home_page_the_hackers_replaced_is_a_defacement_and_their_claim_no_extortion() {
    // twenty-third split: the Val-d'Oise towns' sites.
    let text = "Plusieurs communes du département ont été victimes d’un piratage informatique cette \
        nuit. Un acte revendiqué par « L’APoca-DZ ». Le hacker a remplacé la page d’accueil des \
        sites par un message sur fond noir en faveur de l’État islamique.";
    let got = attacks("Plusieurs sites web de mairies du Val-d’Oise piratés", text);
    assert!(got.contains(&"defacement".to_string()), "{got:?}");
    assert!(!got.contains(&"extortion".to_string()), "{got:?}");
    // English.
    let text = "Hackers broke into the town's website on Monday and replaced the homepage with a \
        message supporting the group.";
    let got = attacks("Town website hacked", text);
    assert!(got.contains(&"defacement".to_string()), "{got:?}");
}

#[test]
fn a_town_replacing_its_own_page_with_a_notice_or_a_seizure_banner_is_no_defacement() {
    let text = "La mairie a remplacé la page d'accueil de son site par un avis aux usagers.";
    let got = attacks("La mairie victime d'une cyberattaque", text);
    assert!(!got.contains(&"defacement".to_string()), "{got:?}");
    let text = "The FBI replaced the homepage of the hackers' forum with a seizure banner.";
    let got = attacks("Forum taken down", text);
    assert!(!got.contains(&"defacement".to_string()), "{got:?}");
}

#[test]
fn infiltration_or_compromise_words_in_the_text_alone_say_no_intrusion() {
    // nineteenth split: indicators of compromise shared with Interpol.
    let text = "Kaspersky a contribué à l’opération en partageant ses données de Threat \
        Intelligence et des indicateurs de compromission (IoC) relatifs aux menaces étudiées.";
    let got = attacks(
        "Lutte contre la cybercriminalité en Afrique : Kaspersky appuie Interpol",
        text,
    );
    assert!(!got.contains(&"intrusion".to_string()), "{got:?}");
    // eleventh split: companies infiltrated, in general.
    let text = "At least a half-dozen major U.S. companies whose computers have been infiltrated \
        by cyber criminals or international spies have not admitted to the incidents.";
    let got = attacks(
        "Exclusive: Hacked companies still not telling investors",
        text,
    );
    assert!(!got.contains(&"intrusion".to_string()), "{got:?}");
}

#[test]
fn a_quoted_group_name_keeps_its_elided_article() {
    // twenty-third split: the Val-d'Oise towns' sites.
    let text = "Plusieurs communes du département ont été victimes d’un piratage informatique cette \
        nuit. Un acte revendiqué par « L’APoca-DZ ». Le hacker a remplacé la page d’accueil des \
        sites par un message sur fond noir.";
    let s = suggest("Plusieurs sites web de mairies du Val-d’Oise piratés", text);
    let actors: Vec<&str> = s.actor.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(actors, ["L’APoca-DZ"]);
    // Unquoted, the article is the sentence's: the name stands alone.
    let text = "Le piratage du site de la mairie a été revendiqué par le groupe de hackers \
        Dark Storm Team.";
    let s = suggest("Le site de la mairie piraté", text);
    let actors: Vec<&str> = s.actor.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(actors, ["Dark Storm Team"]);
}

#[test]
fn a_ransomware_gang_s_claim_of_data_is_no_ransomware() {
    // sixteenth split: Akira's claim of Studio Libeskind, files it threatens to share.
    let text = "The ransomware gang Akira has claimed an attack against Studio Libeskind, a New \
        York-based architecture firm behind the World Trade Center master plan. Akira said it was \
        in possession of 18GB worth of files belonging to Studio Libeskind that it warned it would \
        share with “everyone in the world.” Akira announced the breach on its data leak site on \
        April 30th.";
    let got = attacks("Akira claims Studio Libeskind breach", text);
    assert!(!got.contains(&"ransomware".to_string()), "{got:?}");
    // French, the same claim as the press words it.
    let text = "Le gang de ransomware Akira a revendiqué une attaque contre le cabinet \
        d'architectes Studio Libeskind. Akira affirme détenir 18 Go de fichiers, annoncés sur son \
        site de fuite.";
    let got = attacks("Akira revendique le piratage de Studio Libeskind", text);
    assert!(!got.contains(&"ransomware".to_string()), "{got:?}");
}

#[test]
fn a_claimed_attack_that_encrypted_files_or_asks_a_ransom_stays_ransomware() {
    let text = "Le groupe LockBit a revendiqué l'attaque. Les fichiers de la mairie ont été \
        chiffrés et une rançon est exigée pour les déchiffrer.";
    let got = attacks(
        "Le groupe LockBit revendique l'attaque contre la mairie",
        text,
    );
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
    let text = "The LockBit ransomware gang claimed the attack and demanded a ransom to restore \
        access to the county's systems.";
    let got = attacks("LockBit claims county attack", text);
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
}

#[test]
fn access_had_to_the_victims_data_is_a_data_breach_unless_denied() {
    // tenth split: Vestas.
    let text = "The ransomware attack launched against Vestas Wind Systems (VWS) on 19 November \
        affected the Danish company’s internal systems and resulted in a breach of personal data.";
    let got = attacks("Nordic companies targeted in wave of cyber attacks", text);
    assert!(got.contains(&"data-breach".to_string()), "{got:?}");
    // seventeenth split: the Tunisian universities.
    let text = "Selon ces messages, des pirates auraient eu accès à des données sensibles \
        concernant des milliers d’étudiants, notamment des cartes d’identité nationales.";
    let got = attacks(
        "Piratage présumé de sites universitaires : 150 000 étudiants tunisiens concernés",
        text,
    );
    assert!(got.contains(&"data-breach".to_string()), "{got:?}");
    // eighth split: ASSE, the access denied.
    let text = "Le club stéphanois a précisé que les pirates n'ont pas eu accès aux données \
        sensibles, à savoir les contrats des joueurs.";
    let got = attacks("ASSE : piratage et chantage avant ASSE-OL", text);
    assert!(!got.contains(&"data-breach".to_string()), "{got:?}");
}
