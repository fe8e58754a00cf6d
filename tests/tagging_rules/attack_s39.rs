//! Round 39's attack and actor batch (round s39attack): the twenty-sixth split's missed and false
//! attack types and actors, with the sentences that motivated each rule and a near sentence where
//! it must not fire.

/// The actors suggested for one article, folded as the gold compares them.
fn actors(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::suggest(title, text)
        .actor
        .into_iter()
        .map(|a| a.value.to_lowercase())
        .collect()
}

#[test]
fn a_quoted_group_name_is_taken_whole_to_its_closing_quote() {
    // twenty-sixth split: TelQuel on Moroccan hackers and Tunisian sites, the name in lower case
    // and the opening quote glued to the preposition.
    let text = "Une intervention musclée qui a suscité l’ire d’un groupe de hackers marocains \
        connu sous le nom de«9ouwat arrad3 al maghribia» (littéralement, les forces marocaines de \
        dissuasion).";
    let got = actors("", text);
    assert_eq!(got, ["9ouwat arrad3 al maghribia"], "{got:?}");
    // A name without quotes still stops at the prose in lower case after it.
    let text = "Le site du ministère a été piraté par un groupe de hackers connu sous le nom de \
        Moroccan Ghosts qui a laissé un message.";
    let got = actors("", text);
    assert_eq!(got, ["moroccan ghosts"], "{got:?}");
}

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

fn has(got: &[String], value: &str) -> bool {
    got.iter().any(|v| v == value)
}

#[test]
fn what_a_hacked_page_held_or_displayed_is_a_defacement() {
    // twenty-sixth split: TelQuel, the hacked pages' video and text.
    let text = "Le lendemain, plusieurs sites tunisiens, dont certain appartenant au gouvernement, \
        ont été hackés. Les pages piratées contenaient la vidéo de la rugueuse intervention de la \
        police tunisienne ainsi que le texte suivant : « Faites attention à ce genre de \
        comportement ».";
    let got = attacks("", text);
    assert!(has(&got, "defacement"), "{got:?}");
    // twenty-second split: Kapitalis, the quoted message a hacker displays.
    let text = "Un hacker tunisien, dénommé GlaDiaT0R a piraté une page du site du ministère \
        irakien du pétrole. «Nous n’oublions pas, nous ne pardonnons pas» affiche le pirate sur \
        cette page web.";
    let got = attacks("Un hacker tunisien « venge » la mort de Yosri Trigui", text);
    assert!(has(&got, "defacement"), "{got:?}");
    // twenty-sixth split: Actu Istres, changes made to the sites.
    let text = "Selon le parquet de Paris, ces attaques ont entraîné des modifications non \
        sollicitées de plusieurs sites internet.";
    let got = attacks(
        "Des suspects très jeunes derrière le piratage de sites",
        text,
    );
    assert!(has(&got, "defacement"), "{got:?}");
}

#[test]
fn a_victim_s_quoted_notice_or_changes_that_could_be_made_are_no_defacement() {
    // The town quotes its own notice on its site.
    let text = "« Nos services en ligne sont interrompus », a publié la mairie sur son site \
        internet.";
    let got = attacks("Le site de la mairie piraté", text);
    assert!(!has(&got, "defacement"), "{got:?}");
    // sixteenth split: the State of Valais, changes possible but not seen.
    let text = "«Les hackers ont disposé temporairement de droits étendus sur les sites Internet \
        de l’Etat du Valais, ce qui pourrait permettre de procéder à des modifications non \
        autorisées sur le site mais ceci n'a pour l'instant pas été constaté», précise le chef \
        du service.";
    let got = attacks(
        "Le site de l'Etat du Valais victime d'une cyberattaque",
        text,
    );
    assert!(!has(&got, "defacement"), "{got:?}");
}

#[test]
fn what_someone_denied_having_suffered_is_negated() {
    // twenty-sixth split: Arcinfo on a leak notice, the platform's managers denied any attack.
    let text = "Une notice mentionnant le nom d’un cabinet avait été publiée sur le darkweb. Les \
        responsables de la plateforme de prise de rendez-vous médicaux avaient nié avoir fait \
        l’objet d’une cyberattaque ou d’une demande de rançon.";
    let got = attacks("", text);
    assert!(!has(&got, "extortion"), "{got:?}");
    // English, in the present.
    let text = "The clinic's managers deny that any ransom demand was received after the attack.";
    let got = attacks("Clinic hit by cyber attack", text);
    assert!(!has(&got, "extortion"), "{got:?}");
    // A ransom demanded, not denied, still says its type (the ransomware's, with no data named).
    let text = "Les responsables de la plateforme ont reçu une demande de rançon après la \
        cyberattaque.";
    let got = attacks("", text);
    assert!(has(&got, "ransomware") || has(&got, "extortion"), "{got:?}");
}

#[test]
fn the_threat_a_kind_of_attack_poses_is_no_attack() {
    // twenty-sixth split: the police's warning after a denied attack.
    let text = "Les responsables de la plateforme avaient nié avoir fait l’objet d’une \
        cyberattaque. Selon la Police neuchâteloise, la menace représentée par les vols de \
        données informatiques et les demandes de rançons doit être prise au sérieux par les \
        cabinets médicaux.";
    let got = attacks("", text);
    assert!(got.is_empty(), "{got:?}");
    // The hackers' threat to publish is the extortion itself.
    let text = "Les pirates ont volé les dossiers des patients et menacent de publier les données \
        si une rançon n'est pas payée.";
    let got = attacks("Un cabinet médical piraté", text);
    assert!(has(&got, "extortion"), "{got:?}");
}

#[test]
fn withdrawals_without_the_owners_or_a_page_simply_hacked_are_accounts_taken() {
    // twenty-sixth split: Le Diligent on crypto.com.
    let text = "Sur son site, crypto.com concède que le 17 janvier 2022, « des retraits non \
        autorisés de cryptomonnaies des comptes d’un petit nombre d’utilisateurs ont eu lieu. »";
    let got = attacks("", text);
    assert!(has(&got, "account-takeover"), "{got:?}");
    // twenty-sixth split: 20 Minutes on François Hollande's page.
    let text = "Mercredi, le compte officiel de François Hollande sur Facebook annonçait un pot de \
        départ. En réalité, la page Facebook du président de la République a été tout bonnement \
        piratée, comme l’a révélé Le Lab d’Europe 1.";
    let got = attacks("", text);
    assert!(has(&got, "account-takeover"), "{got:?}");
    // A withdrawal the bank made, and a page simply closed, are not.
    let text = "La banque a procédé à des retraits de frais sur les comptes de ses clients. La \
        page Facebook de la mairie a été tout bonnement fermée.";
    let got = attacks("", text);
    assert!(!has(&got, "account-takeover"), "{got:?}");
}

#[test]
fn a_year_wished_in_a_title_is_no_year_counted_over() {
    // sixteenth split: France Bleu on a New Year smishing wave, read as a yearly count.
    let got = attacks("Ce SMS de bonne année 2026 est une arnaque !", "");
    assert!(has(&got, "scam"), "{got:?}");
    // A year counted over still makes the title a count, whose types are not reported.
    let got = attacks("Les arnaques par SMS ont doublé en l'année 2025", "");
    assert!(!has(&got, "scam"), "{got:?}");
}

#[test]
fn money_extorted_is_no_extortion_over_data() {
    // sixteenth split: France Bleu on the New Year smishing wave.
    let text = "Derrière cette apparente maladresse se cache une stratégie de manipulation de plus \
        en plus répandue, visant à vous extorquer de l’argent.";
    let got = attacks("Ce SMS de bonne année 2026 est une arnaque !", text);
    assert!(!has(&got, "extortion"), "{got:?}");
    // Extorting the victim with its data is the extortion.
    let text = "Les pirates tentent d’extorquer la clinique en menaçant de publier les dossiers \
        des patients.";
    let got = attacks("Une clinique piratée", text);
    assert!(has(&got, "extortion"), "{got:?}");
}

#[test]
fn mail_bombing_to_overload_a_server_is_a_denial_of_service() {
    // twenty-sixth split: a pupil's attack on his school's server.
    let text = "Les gendarmes avaient interpellé un collégien de 15 ans suspecté d'avoir piraté le \
        serveur informatique de son collège. Pour arriver à ses fins, le jeune hacker avait opéré \
        par « mail-bombing » (NDLR : qui consiste à envoyer des milliers de courriels en même \
        temps pour surcharger un serveur).";
    let got = attacks("", text);
    assert!(has(&got, "ddos"), "{got:?}");
    // A server's load by its own users is none.
    let text = "Les inscriptions en ligne ont été suspendues: trop de parents se connectaient en \
        même temps.";
    let got = attacks("Le site des inscriptions scolaires en panne", text);
    assert!(!has(&got, "ddos"), "{got:?}");
}

#[test]
fn the_exposure_of_information_is_a_data_breach() {
    // twenty-sixth split: Canstar Blue on EnergyAustralia.
    let text = "EnergyAustralia said in a statement released on Friday that the hack resulted in \
        the exposure of information provided by 323 residential and small business customers, \
        including customer names and addresses.";
    let got = attacks("EnergyAustralia hacked", text);
    assert!(has(&got, "data-breach"), "{got:?}");
    // An exposure only feared is not one.
    let text = "Customers are warned to reset their passwords to prevent the exposure of \
        information.";
    let got = attacks("EnergyAustralia resets passwords", text);
    assert!(!has(&got, "data-breach"), "{got:?}");
}

/// Teknomers on SomToday (twenty-sixth split): the DDoS is told in the ninth sentence, past the
/// lead, by a pronoun that takes up the attackers of the sentence before; `then` is that sentence.
fn somtoday(then: &str) -> String {
    format!(
        "En raison d’une cyberattaque, des centaines d’étudiants du Pius X College de Bladel n’ont \
         reçu les résultats de leurs examens finaux que plus tard. En raison de l’attaque, les \
         chiffres n’ont pas pu être calculés à temps mercredi. Metameer Jenaplan à Boxmeer a \
         également été touché, mais a pu transmettre les résultats à temps. Il s’agissait d’une \
         attaque contre les systèmes de SomToday. Cette société transmet les normes aux écoles \
         et les chiffres sont ensuite calculés. Sur les 400 écoles qui utilisent ce système de \
         suivi des élèves, environ 85 % avaient déjà calculé les chiffres. Mercredi matin, des \
         mises à jour ont dû être installées dans le logiciel car le système avait planté. {then} \
         Ils ont posté une « très grande attaque DDoS », explique un porte-parole."
    )
}

#[test]
fn they_past_the_lead_take_up_the_attackers_of_the_sentence_before() {
    let title = "Les étudiants seront informés plus tard s’ils ont réussi en raison d’une \
        cyberattaque";
    let got = attacks(
        title,
        &somtoday("C’est alors que les cybercriminels ont frappé."),
    );
    assert!(has(&got, "ddos"), "{got:?}");
    // The pronoun of anyone else says nothing of what was done here.
    let got = attacks(
        title,
        &somtoday("C’est alors que les enseignants ont protesté."),
    );
    assert!(!has(&got, "ddos"), "{got:?}");
}

#[test]
fn a_warning_title_naming_the_wrongdoers_at_work_reports_their_wave() {
    // twenty-sixth split: Carscoops on a parking and toll text scam.
    let text = "Authorities are cautioning the public against clicking on links sent via text. \
        These criminals are sending texts that demand payment for fictitious parking tickets.";
    let got = attacks(
        "Scammers Sending Phony Parking Tickets and Toll Fees via Text, Beware | Carscoops",
        text,
    );
    assert!(has(&got, "scam"), "{got:?}");
    // A warning with no one at work stays advice (tests/tagging_rules/suggest.rs has the French).
    let got = attacks(
        "Beware of malicious ads",
        "Consumers downloaded malware served to them through search engine advertising.",
    );
    assert!(got.is_empty(), "{got:?}");
}
