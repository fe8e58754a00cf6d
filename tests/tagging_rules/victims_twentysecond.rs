//! Victims of the twenty-second split (round 34's blind one, read from round 35) and the read
//! splits before it that the code missed or misnamed (round s35target): a headline's present
//! ("gets hacked"), a victim's own notice ("has become aware of a data security incident"), and
//! a name declared before an abbreviation that keeps a joining word's letter (« ADIE »). Each
//! with the sentence that motivated it and a near miss that must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_headline_in_the_present_names_who_gets_hacked() {
    let r = suggest(
        "Breaking: EXMO gets hacked, about 5% of the total assets lost",
        "Hackers drained about 5% of EXMO assets from the hot wallets. The cryptocurrency \
         exchange is investigating the incident and promises to compensate users for losses.",
    );
    assert!(targets(&r).contains(&"EXMO"), "{:?}", r.target);
}

#[test]
fn a_victim_s_own_notice_names_it() {
    let r = suggest(
        "Notice of a Data Security Incident",
        "Important Information About Your Account. Texell Credit Union (“Texell”) has become \
         aware of a data security incident that may have impacted personal information belonging \
         to certain clients and employees. On September 3, 2020, Texell notified potentially \
         impacted individuals of this incident by letter.",
    );
    assert!(
        targets(&r).iter().any(|t| t.starts_with("Texell")),
        "{:?}",
        r.target
    );
    // Near miss: who becomes aware of someone else's campaign investigates it.
    let r = suggest(
        "Microsoft warns of phishing campaign",
        "Microsoft became aware of a campaign targeting accountants with fake tax documents, the \
         company said on Tuesday. Users were urged to check links before opening them.",
    );
    assert!(!targets(&r).contains(&"Microsoft"), "{:?}", r.target);
}

#[test]
fn a_name_declared_before_its_abbreviation_is_the_victim_s_whole_name() {
    // Twenty-second split: « Agence » alone was suggested.
    let r = suggest(
        "Sénégal: un site gouvernemental piraté par des hackers pro-Charlie Hebdo",
        "Des blogueurs et internautes sénégalais ont publié sur les réseaux sociaux des captures \
         d’écran de www. adie. sn, le site de l’Agence de l’informatique de l’Etat (ADIE, \
         rattachée à la présidence), qui a reconnu avoir « subi une série d’attaques » \
         informatiques.",
    );
    assert!(
        targets(&r).contains(&"Agence de l’informatique de l’Etat"),
        "{:?}",
        r.target
    );
    // English: "The intrusion struck the Centre des technologies de l'État (CTIE)".
    let r = suggest(
        "Malware on Luxembourg's state IT system exposed government data",
        "The intrusion struck the Centre des technologies de l'État (CTIE), the body that builds, \
         runs and secures the Luxembourg government's IT.",
    );
    assert!(
        targets(&r).contains(&"Centre des technologies de l'État"),
        "{:?}",
        r.target
    );
}

#[test]
fn a_technology_s_abbreviation_is_no_victim() {
    // Twenty-second split: "ICT" was suggested beside the municipality.
    let r = suggest(
        "‘We were caught napping’: Cyberattack leaves Free State council scrambling",
        "What was initially called a system crash by the Free State’s Moqhaka Local Municipality \
         turned out to be a crippling cyberattack on an ICT system said to have no backup or \
         proper security software. An ICT company was hired to help retrieve information.",
    );
    assert!(!targets(&r).contains(&"ICT"), "{:?}", r.target);
    // Sixteenth split: the text message of a phishing campaign in the tax office's name.
    let r = suggest(
        "Impôts 2025 : attention à cette arnaque qui peut vous coûter cher",
        "Sur le véritable site impot.gouv, un message s'affiche ainsi en tête de la page \
         d'accueil : « Campagne de SMS frauduleux Attention ! Actuellement des SMS circulent avec \
         le contenu frauduleux suivant ». Des pirates ont piraté des SMS pour voler vos données.",
    );
    assert!(!targets(&r).contains(&"SMS"), "{:?}", r.target);
}

#[test]
fn the_latest_earlier_incident_recalled_is_not_the_story_s() {
    let r = suggest(
        "Country’s largest housing association hit by cyber attack",
        "The country’s largest housing association has been hit by a cyber attack, which has \
         affected its IT systems and phone lines. Clarion, which owns and manages 125,000 homes, \
         said on its website that it was working urgently with its cyber security partner to \
         restore systems after the attack. This is the latest cyber attack on a social housing \
         landlord. Most recently, Gloucester City Council was the victim of an attack by hackers \
         thought to be based in Russia.",
    );
    assert!(
        !targets(&r).contains(&"Gloucester City Council"),
        "{:?}",
        r.target
    );
    let r = suggest(
        "Pizza Hut : des clients piratés",
        "Le hack de Yahoo en 2013 a engendré une fuite des données de 3 milliards d’utilisateurs. \
         Plus récemment, c’est la société de crédit Equifax qui a été victime d’une cyberattaque \
         entraînant le vol de 143 millions de données.",
    );
    assert!(!targets(&r).contains(&"Equifax"), "{:?}", r.target);
    // Near miss: « dernièrement » inside the story's own sentence.
    let r = suggest(
        "Cyberattaque : la communauté d’agglomération Saint-Avold Synergie paralysée",
        "La communauté d’agglomération Saint-Avold Synergie a fait l’objet dernièrement d’une \
         cyberattaque qui a totalement paralysé le système informatique.",
    );
    assert!(
        targets(&r).iter().any(|t| t.contains("Saint-Avold")),
        "{:?}",
        r.target
    );
}
