//! Round 37's attack batch (round s37attack): the twenty-fourth split's missed and false types,
//! with the sentences that motivated each rule and a near sentence where it must not fire.

/// The attack types suggested for one article.
fn attacks(title: &str, text: &str) -> Vec<String> {
    crate::suggestions::attacks(title, text)
}

fn has(got: &[String], value: &str) -> bool {
    got.iter().any(|v| v == value)
}

#[test]
fn money_being_stolen_is_no_data_breach() {
    // twenty-fourth split: ZDNet on a phishing gang broken up by Europol.
    let text = "Police said criminal network managed to steal several million euros. Raids took \
        place on June 21. According to Europol, the phishing attacks resulted in a total of \
        several million euros being stolen from victims.";
    let got = attacks(
        "Phishing gang that stole millions by luring victims to fake bank websites is broken up by police",
        text,
    );
    assert!(!has(&got, "data-breach"), "{got:?}");
    // Data being stolen is one.
    let text = "The hospital confirmed a cyberattack on Monday. Investigators found patient \
        records being stolen from its servers over three days.";
    let got = attacks("Hospital hit by cyberattack", text);
    assert!(has(&got, "data-breach"), "{got:?}");
}

#[test]
fn a_suspect_en_fuite_is_no_leak() {
    // twenty-fourth split: SeneNews on the Bicis.
    let text = "La banque a été la cible d’un réseau de cybercriminels. Selon le journal, ces \
        hackers sont parvenus à infiltrer le système pour y effectuer des virements frauduleux. \
        Le cerveau présumé de l’opération, le Nigérian Sunday Akamibé, est en fuite.";
    let got = attacks(
        "Virements frauduleux : la banque ciblée par les pirates",
        text,
    );
    assert!(!has(&got, "data-breach"), "{got:?}");
    // Data « en fuite » is a leak.
    let text = "La mutuelle a été victime d'une cyberattaque, avec des données personnelles en \
        fuite.";
    let got = attacks("La mutuelle victime d'une cyberattaque", text);
    assert!(has(&got, "data-breach"), "{got:?}");
}

#[test]
fn a_cryptovirus_is_a_ransomware() {
    // twenty-fourth split: France 3 on Champagne FM.
    let text = "Samedi 4 avril, en fin de matinée, des hackers se sont introduits par un serveur \
        sécurisé et ont répandu un cryptovirus dans l'ensemble des serveurs de diffusion de la \
        radio Champagne FM.";
    let got = attacks("La radio Champagne FM victime d'une cyberattaque", text);
    assert!(has(&got, "ransomware"), "{got:?}");
    // A virus with no « crypto » is no type of its own.
    let text = "Samedi, des hackers ont répandu un virus dans les serveurs de la radio.";
    let got = attacks("La radio victime d'une cyberattaque", text);
    assert!(!has(&got, "ransomware"), "{got:?}");
}

#[test]
fn systems_paralysed_for_a_ransom_are_a_ransomware() {
    // twenty-fourth split: Le Temps on a chain of cosmetic surgery clinics.
    let text = "Il y a quelques jours, ces hackers ont réussi à subtiliser une masse de données à \
        une chaîne de cliniques. Ces pirates ont exploité une faille dans les systèmes \
        informatiques des cliniques, les ont paralysés, ont siphonné des documents et exigent \
        désormais une rançon.";
    let got = attacks("Chirurgie esthétique : des cliniques piratées", text);
    assert!(has(&got, "ransomware"), "{got:?}");
    // Paralysed with no ransom spoken of: a cyberattack of no type.
    let text = "Une cyberattaque a paralysé les systèmes informatiques de la mairie lundi.";
    let got = attacks("La mairie victime d'une cyberattaque", text);
    assert!(!has(&got, "ransomware"), "{got:?}");
}

#[test]
fn a_ransom_beside_data_siphoned_is_an_extortion_not_a_ransom_for_the_key() {
    // twenty-fourth split: Le Temps, the clinics' documents siphoned and a ransom asked.
    let text = "Il y a quelques jours, ces hackers ont réussi à subtiliser une masse de données à \
        une chaîne de cliniques. Ces pirates ont exploité une faille dans les systèmes \
        informatiques des cliniques, les ont paralysés, ont siphonné des documents et exigent \
        désormais une rançon.";
    let got = attacks("Chirurgie esthétique : des cliniques piratées", text);
    assert!(has(&got, "extortion"), "{got:?}");
    // twenty-third split: the ransom buys the decryption key, not silence.
    let text = "Le réseau a été victime d’une cyberattaque le vendredi 25 février. Comme ça a déjà \
        été le cas ailleurs, des données ont été subtilisées, cryptées et les hackers ont exigé \
        une rançon pour fournir la clé de décryptage.";
    let got = attacks(
        "Un réseau d’accueil de jour a été victime d’une cyberattaque",
        text,
    );
    assert!(!has(&got, "extortion"), "{got:?}");
}

#[test]
fn a_crew_s_signature_set_off_by_commas_names_it() {
    // twenty-fourth split: LCI on the parish of Notre-Dame in Nantes (FallagaTeam is an alias of
    // Rebel Jackal in the vocabulary).
    let text = "Le message, inscrit en français et en arabe sur fond noir, a été affiché sur le \
        site de l’église. Sous l’inscription, une signature, \"Fallaga Team\", se revendiquant \
        comme étant \"la cyber résistance tunisienne\".";
    let s = crate::suggestions::suggest(
        "Nantes : un message djihadiste sur le site de la paroisse",
        text,
    );
    assert!(
        s.actor.iter().any(|a| a.value == "Rebel Jackal"),
        "{:?}",
        s.actor
    );
    // A forged mail's signature names no one.
    let text = "Le mail ne venait pas de l'assistante de son notaire, malgré l'entête et la \
        signature, mais de pirates informatiques qui avaient eu accès à sa messagerie.";
    let s = crate::suggestions::suggest("Achat immobilier : de faux notaires", text);
    assert!(s.actor.is_empty(), "{:?}", s.actor);
}

#[test]
fn a_message_shown_instead_of_the_home_page_is_a_defacement() {
    // twenty-fourth split: LCI, Nantes.
    let text = "Celui de la paroisse Notre-Dame à Nantes a été victime d’un piratage \
        informatique. Le message, inscrit en français et en arabe sur fond noir, a été affiché \
        sur le site de l’église Notre-Dame-de-Sainte-Croix à Nantes, au lieu de la page \
        d’accueil et des traditionnelles petites annonces paroissiales.";
    let got = attacks(
        "Nantes : un message djihadiste sur le site Internet de la paroisse",
        text,
    );
    assert!(has(&got, "defacement"), "{got:?}");
    // The home page itself named: no defacement.
    let text = "Celui de la paroisse a été victime d’un piratage informatique. Les petites \
        annonces paroissiales restent publiées sur la page d’accueil du site.";
    let got = attacks("Nantes : le site de la paroisse piraté", text);
    assert!(!has(&got, "defacement"), "{got:?}");
}

#[test]
fn an_intrusion_one_cannot_know_of_is_not_stated() {
    // twenty-fourth split: Lomé Actu on access to a government's systems offered for sale.
    let text = "Un pirate aurait mis en vente des accès aux systèmes du gouvernement. Les \
        autorités n'ont ni confirmé ni démenti cette annonce. Il est donc impossible de savoir \
        si l’offre publiée sur le Dark Web correspond à une intrusion réelle ou s’il s’agit \
        d’une tentative d’arnaque.";
    let got = attacks("Togo : un pirate aurait mis en vente des accès", text);
    assert!(!has(&got, "intrusion"), "{got:?}");
    // Stated, it is one.
    let text = "Les autorités ont confirmé une intrusion dans les systèmes du gouvernement.";
    let got = attacks("Togo : les systèmes du gouvernement piratés", text);
    assert!(has(&got, "intrusion"), "{got:?}");
}

#[test]
fn a_gang_s_ransom_for_the_leaked_files_is_no_ransomware() {
    // twenty-fourth split: SecuSlice on an audit firm listed by Medusa.
    let text = "Le cabinet, basé à Roubaix, vient d’avoir droit à un audit surprise. Un audit \
        invasif, illégal et terriblement efficace, mené par le groupe de ransomware Medusa. \
        Résultat ? Une fuite de 566,2 Go de données confidentielles, visibles sur le blog de ce \
        groupe cybercriminel. Et dans le cas du cabinet, la rançon demandée est salée : 100 000 $ \
        pour télécharger ou supprimer les fichiers.";
    let got = attacks("Le cabinet Pansard & Associés visé par Medusa", text);
    assert!(!has(&got, "ransomware"), "{got:?}");
    assert!(has(&got, "extortion"), "{got:?}");
    // A ransom that buys nothing said of the data: the gang's brand may still be its ransomware.
    let text = "Le cabinet, basé à Roubaix, a été attaqué par le groupe de ransomware Medusa. \
        Une fuite de 566,2 Go de données confidentielles est visible sur le blog du groupe. Le \
        groupe exige une rançon de 100 000 $.";
    let got = attacks("Le cabinet Pansard & Associés visé par Medusa", text);
    assert!(has(&got, "ransomware"), "{got:?}");
}

#[test]
fn paying_to_recover_one_s_data_is_a_ransomware_s_ransom() {
    // twenty-fourth split: SwissIntell on a Geneva property manager.
    let got = attacks(
        "Rançonné, un patron genevois paye pour récupérer ses données",
        "Le patron de la gérance a dû céder aux pirates informatiques pour sauver les données de \
         son entreprise.",
    );
    assert!(has(&got, "ransomware"), "{got:?}");
    assert!(!has(&got, "extortion"), "{got:?}");
    // Paying to get a parcel back is a scam's bait.
    let got = attacks(
        "Un SMS vous demande de payer pour récupérer votre colis",
        "Ce message est une arnaque.",
    );
    assert!(!has(&got, "ransomware"), "{got:?}");
}

#[test]
fn accounts_attacked_by_hackers_or_taken_possession_of_are_taken_over() {
    // twenty-fourth split: Camer Sénat on two priests' Facebook accounts.
    let text = "Deux religieux camerounais viennent d’en faire l’amère expérience sur le réseau \
        social facebook. Deux prêtres, camerounais tous, ont récemment vu leur comptes facebook \
        attaqués par des hackers qui en ont pris possession.";
    let got = attacks("", text);
    assert!(has(&got, "account-takeover"), "{got:?}");
    // twenty-first split: the scammers' aim, « prendre possession du compte ».
    let text = "Des hackers turcs ciblent les profils Instagram vérifiés. Sur cette page, les \
        escrocs collectent les informations nécessaires pour prendre possession du compte des \
        victimes.";
    let got = attacks(
        "Des hackers turcs à la recherche de profils Instagram vérifiés",
        text,
    );
    assert!(has(&got, "account-takeover"), "{got:?}");
    // Data taken possession of is no account.
    let text = "Les pirates ont annoncé qu’ils avaient pris possession des données du Barreau.";
    let got = attacks("Le Barreau victime d'une cyberattaque", text);
    assert!(!has(&got, "account-takeover"), "{got:?}");
}

#[test]
fn funds_diverted_are_a_payment_fraud_only_with_its_mails() {
    // twenty-fourth split: SeneNews, a bank's hack whose funds were embezzled.
    let text = "La banque a été la cible d’un réseau de cybercriminels. Ces hackers sont parvenus \
        à infiltrer le système pour y effectuer des virements frauduleux. Toujours d’après \
        Libération, les fonds détournés ont été convertis en cryptomonnaie.";
    let got = attacks(
        "Virements frauduleux : la banque ciblée par les pirates",
        text,
    );
    assert!(!has(&got, "bec-fraud"), "{got:?}");
    // twenty-third split: the same words with the forged mails that fooled the payer.
    let text = "Me Sébastien Wolf, notaire à Paris, a partagé son expérience de victime de \
        cyberattaque au sein de son office : « En janvier 2020, nous nous sommes fait intercepter \
        un mail par un pirate via phishing (hameçonnage). Vers le 17 mars, au moment du \
        confinement, le pirate a fait des détournements de fonds par falsification de mails à la \
        fois du client et du collaborateur. »";
    let got = attacks(
        "Cybersécurité des offices : une affaire à prendre très au sérieux.",
        text,
    );
    assert!(has(&got, "bec-fraud"), "{got:?}");
}

#[test]
fn a_group_guessed_from_a_drawing_is_not_suggested() {
    // twenty-fourth split: Réunion 1ère's site, a face drawn above the message.
    let text = "Le site de Réunion 1ère a été piraté dimanche. Le message était surmonté du \
        dessin d'un visage laissant penser à une action du groupe des Anonymous, \"mais pour le \
        moment nous ne savons pas du tout d'où vient l'attaque\", a précisé un journaliste.";
    let s = crate::suggestions::suggest("Le site de Réunion 1ère piraté", text);
    assert!(
        !s.actor.iter().any(|a| a.value == "Anonymous"),
        "{:?}",
        s.actor
    );
    // Said to have done it, the group is suggested.
    let text = "Le site de Réunion 1ère a été piraté dimanche par le groupe des Anonymous, qui a \
        laissé un message.";
    let s = crate::suggestions::suggest("Le site de Réunion 1ère piraté", text);
    assert!(
        s.actor.iter().any(|a| a.value == "Anonymous"),
        "{:?}",
        s.actor
    );
}
