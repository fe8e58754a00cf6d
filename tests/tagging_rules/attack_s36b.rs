//! Round 36's second attack batch (round s36battack): the long tail of missed types, with the
//! sentences that motivated each rule.

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

#[test]
fn past_the_lead_a_sentence_about_this_incident_still_says_what_happened() {
    // eighth split: the SMDEA's statement, its eighth sentence.
    let text = "Le dimanche 14 mai 2023, le SMDEA a été victime d’une cyberattaque sur son \
        infrastructure informatique.\n\nUne réunion a été organisée en préfecture, le lundi 15 \
        mai pour faire un état de la situation et des actions prioritaires à mener et une plainte \
        a été déposée.\n\nActuellement, la situation est sous contrôle, avec l’aide de nos \
        prestataires techniques, de l’ANSSI et de la CNIL.\n\nDepuis la cyberattaque, le SMDEA \
        continue d’assurer le service auprès de ses usagers. Ses agents sont déployés sur \
        l’ensemble du territoire pour gérer sur place les outils de production.\n\nTous les \
        services administratifs connaissent des perturbations importantes. Nos partenaires nous \
        demandent de ne pas en diffuser la liste exhaustive.\n\nPar ailleurs, par cette intrusion \
        malveillante, le hacker a eu accès à des données personnelles de plusieurs de nos \
        usagers.";
    let got = attacks("Le SMDEA victime d'une cyberattaque", text);
    assert!(got.contains(&"data-breach".to_string()), "{got:?}");
    // English.
    let text = "On Sunday, the water board was hit by a cyberattack on its IT systems. A meeting \
        was held on Monday. A complaint was filed. The situation is now under control. Our staff \
        keep the water running. Our partners asked us not to publish their list. Administrative \
        services are disrupted. Through this attack, the hacker accessed personal data of some \
        of our customers.";
    let got = attacks("Water board hit by cyberattack", text);
    assert!(got.contains(&"data-breach".to_string()), "{got:?}");
}

#[test]
fn past_the_lead_the_demonstrative_s_own_noun_and_a_general_explanation_say_no_type() {
    // sixteenth split: « cette intrusion » names an account takeover, not an intrusion.
    let text = "Le compte Facebook de l’office de tourisme a été piraté. La directrice a lancé un \
        appel à la vigilance. Les réseaux sociaux sont des outils essentiels. Toutefois, cette \
        dépendance comporte des risques. Le premier signe a été une publicité. Une équipe l'a \
        découverte. Découverte par l’équipe de communication, cette intrusion a immédiatement \
        soulevé des suspicions.";
    let got = attacks(
        "Un appel à la vigilance après une tentative de piratage",
        text,
    );
    assert!(!got.contains(&"intrusion".to_string()), "{got:?}");
    let text = "The council was hit by a cyberattack. Services are down. Staff work on paper. \
        The council apologised. Residents were told to wait. Engineers are on site. Attackers \
        often steal data before they encrypt it.";
    let got = attacks("Council hit by cyberattack", text);
    assert!(!got.contains(&"data-breach".to_string()), "{got:?}");
}

#[test]
fn past_the_lead_a_ransom_demanded_says_the_ransomware_of_a_paralysed_system() {
    // fifth split: the hospital of Villefranche-sur-Saône, its ninth sentence.
    let text = "L'hôpital de Villefranche-sur-Saône et ses trois sites ont été victimes d'une \
        cyberattaque de grande ampleur. Tout le système informatique se trouve paralysé. La \
        direction est sous le choc. Les urgences sont saturées. Les opérations sont reportées. \
        Le personnel travaille sur papier. Les patients sont orientés ailleurs. L'hôpital ne \
        sait pas combien de temps cette attaque va durer. Une rançon a été réclamée. Une \
        enquête est en cours.";
    let got = attacks(
        "L'hôpital de Villefranche-sur-Saône victime d'une attaque informatique : quel impact ?",
        text,
    );
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
    // English.
    let text = "The county's computer systems were hit by a cyberattack on Monday. Phones are \
        down. Offices are closed. Staff work on paper. Courts are postponed. Residents were told \
        to wait. Engineers are on site. The hackers are demanding a ransom.";
    let got = attacks("County hit by cyberattack", text);
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
}

#[test]
fn a_ransom_explained_in_general_is_no_demand_of_this_incident() {
    let text = "The library's systems were hit by a cyberattack. Staff work on paper. Loans are \
        paused. Patrons were told to wait. The catalogue is offline. Engineers are on site. \
        Ransomware is a cyberattack where hackers encrypt files, then demand a ransom.";
    let got = attacks("Library hit by cyberattack", text);
    assert!(!got.contains(&"extortion".to_string()), "{got:?}");
}

#[test]
fn files_encrypted_in_other_words_are_ransomware() {
    // twenty-second split: Munster Technological University.
    let text = "“The incident resulted in the encryption of certain MTU systems for the purpose \
        of demanding a ransom,” it added.";
    let got = attacks("Irish regulator outlines extent of cyber hacking", text);
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
    // sixteenth split: a city's servers.
    let text = "An external party temporarily gained access to the City’s servers and attempted \
        to encrypt data files within the network.";
    let got = attacks("City Responding to Cyber Security Incident", text);
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
    // sixteenth split: Royatonic's director.
    let text = "« Un hackeur russe nous a cryptoloqué notre serveur. Il nous en bloque l’accès. »";
    let got = attacks(
        "Puy-de-Dôme : Royatonic victime d'une cyberattaque d'un hackeur russe",
        text,
    );
    assert!(got.contains(&"ransomware".to_string()), "{got:?}");
}

#[test]
fn a_ransom_whose_price_is_that_the_data_stay_unrevealed_is_extortion() {
    // twenty-first split: the Pays de la Loire region and LockBit.
    let text = "Sur leur plateforme darknet, les hackers affichent déjà quelques documents \
        administratifs. Lockbit exige que la région paye une rançon avant le 4 août prochain, \
        auquel cas l’ensemble des données seront dévoilées.";
    let got = attacks(
        "La région Pays de la Loire cible d’une cyberattaque des hackers russophones de Lockbit",
        text,
    );
    assert!(got.contains(&"extortion".to_string()), "{got:?}");
    // twenty-second split: the City of Joburg.
    let text = "The City of Joburg has been hit by another cybersecurity incident following a \
        tussle with ransomware earlier this year. The attacker is reportedly demanding a ransom \
        of 4 Bitcoin be paid by 17:00 on 28th October or all of the data it has gleaned will be \
        uploaded to the internet.";
    let got = attacks("City of Joburg’s network has been breached again", text);
    assert!(got.contains(&"extortion".to_string()), "{got:?}");
}
