//! Victims of unseen news (round s37target): the constructions by which the French and English
//! press name a victim that the extractor read as no name or as the wrong one.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// The kind of business set before the name in apposition, after the verb that hit it.
#[test]
fn a_business_s_kind_before_its_name_is_no_part_of_it_fr_en() {
    // BFMTV (twenty-first split).
    let s = suggest(
        "Une enquête ouverte après une cyberattaque visant l'agence Voyageurs du Monde",
        "Une enquête préliminaire a été ouverte le 30 mai, notamment pour extorsion en bande \
         organisée, à la suite d'une cyberattaque mi-mai, a indiqué le parquet de Paris.",
    );
    assert!(
        targets(&s).contains(&"Voyageurs du Monde"),
        "{:?}",
        s.target
    );
    // La France agricole (seventeenth split).
    let s = suggest(
        "Le piratage de la coopérative Even est le signe d’une menace grandissante",
        "Les coopératives agricoles sont des cibles de choix pour les rançongiciels, qui \
         chiffrent leurs serveurs.",
    );
    assert!(targets(&s).contains(&"Even"), "{:?}", s.target);
    // RealClearDefense (twenty-first split).
    let s = suggest(
        "Behind North Korea's Stunning Crypto-Heist",
        "Cyberattacks waged against cryptocurrency exchanges are now common, but the theft of \
         just over $7 million from the Singapore-based exchange DragonEx last March stands out \
         for at least three reasons. First there is the extremely elaborate phishing scheme the \
         attackers used to get in.",
    );
    assert!(targets(&s).contains(&"DragonEx"), "{:?}", s.target);
    // Near miss (twenty-second split): a capitalised kind after « l' » opens the name itself.
    let s = suggest(
        "Sénégal: un site gouvernemental piraté par des hackers pro-Charlie Hebdo",
        "Le site d’une agence officielle sénégalaise a été piraté dimanche par un groupe se \
         réclamant des Anonymous. Des internautes ont publié des captures d’écran de www. adie. \
         sn, le site de l’Agence de l’informatique de l’Etat (ADIE, rattachée à la présidence), \
         qui a reconnu avoir « subi une série d’attaques » informatiques.",
    );
    assert!(
        targets(&s)
            .iter()
            .any(|t| t.starts_with("Agence de l’informatique")),
        "{:?}",
        s.target
    );
}

/// A parish and its church are named by their head, as a diocese is; « Comme » opening a French
/// sentence is a conjunction, no name.
#[test]
fn a_parish_is_named_by_its_head_and_comme_opens_a_clause_fr() {
    // LCI (twenty-fourth split): « Comme » was the victim.
    let s = suggest(
        "Nantes : un message djihadiste sur le site Internet de la paroisse Notre-Dame",
        "FAIT DIVERS – Comme plusieurs autres sites Internet en France ces derniers jours, celui \
         de la paroisse Notre-Dame à Nantes a été victime d’un piratage informatique. Une plainte \
         a été déposée, mais le diocèse ne veut pas donner trop d’importance à l’événement. Sous \
         l’inscription, une signature, \"Fallaga Team\", se revendiquant comme étant \"la cyber \
         résistance tunisienne\".",
    );
    let found = targets(&s);
    assert!(found.contains(&"Paroisse Notre-Dame"), "{found:?}");
    assert!(!found.iter().any(|t| t.starts_with("Comme")), "{found:?}");
    // Le Figaro (eighth split): the parish in a list of sites claimed.
    let s = suggest(
        "Des sites internet publics ou religieux détournés par des pirates islamistes",
        "Les mêmes hackers ont revendiqué les piratages du site de la paroisse de \
         Charleville-Mézières (Ardennes), du Palais des Papes et de la cathédrale de Nantes, \
         affichant un message djihadiste.",
    );
    let found = targets(&s);
    assert!(
        found.contains(&"Paroisse de Charleville-Mézières"),
        "{found:?}"
    );
    // Near miss (twentieth split): « Comme l'explique l'Agence régionale de Santé » is who
    // explains, no victim.
    let s = suggest(
        "Un grossiste-répartiteur frappé par une cyberattaque",
        "1 800 pharmacies de quatre régions de l’ouest ont été affectées par une cyberattaque qui \
         a touché leur répartiteur. Comme l’explique l’Agence régionale de Santé, les pharmacies \
         ont été touchées par ricochet par cette cyberattaque.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.starts_with("Comme")),
        "{:?}",
        s.target
    );
}

/// An ordinal goes on a name as a number does (« Réunion 1ère », « France 3 »).
#[test]
fn an_ordinal_goes_on_a_name_fr() {
    // Imaz Press (twenty-fourth split): the ordinal holds no capital, the name was read as none.
    let s = suggest(
        "Le site de Réunion 1ère piraté",
        "Dans la nuit du mardi 20 janvier au mercredi matin 21 janvier 2015, le site internet de \
         Réunion 1ère a été victime d'un piratage informatique. Indisponible durant une bonne \
         partie de la matinée, le site refonctionne désormais normalement. Le message était \
         surmonté du dessin d'un visage laissant penser à une action du groupe des Anonymous.",
    );
    assert!(targets(&s).contains(&"Réunion 1ère"), "{:?}", s.target);
    // Near miss: a date's ordinal after a month is no name (« le 1er mars »).
    let s = suggest(
        "Cyberattaque",
        "Le 1er mars, la mairie de Caen a été victime d'un rançongiciel qui a chiffré ses \
         serveurs.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains("1er")),
        "{:?}",
        s.target
    );
}

/// A plural head and a place name a kind of victims, not one.
#[test]
fn a_plural_head_and_a_place_name_a_kind_fr() {
    // Heidi.news (twenty-fourth split): « Hôpitaux de Suisse » was a victim of its own.
    let s = suggest(
        "La faîtière des hôpitaux de Suisse victime d'une cyberattaque",
        "La faîtière des hôpitaux suisses H+ a été victime d’une cyberattaque dans la nuit de \
         dimanche 19 au lundi 20 juin, selon un communiqué diffusé par l’organisation. Par \
         mesure de sécurité, tous les serveurs de H+ ont été mis hors service.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.starts_with("Hôpitaux")),
        "{:?}",
        s.target
    );
    // Near miss (ninth split's construction): a plural head before a name names the group.
    let s = suggest(
        "Cyberattaque des hôpitaux Vivalia",
        "Les hôpitaux Vivalia ont été victimes d'un rançongiciel qui a chiffré leurs serveurs.",
    );
    assert!(
        targets(&s).iter().any(|t| t.contains("Vivalia")),
        "{:?}",
        s.target
    );
}
