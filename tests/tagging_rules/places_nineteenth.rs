//! The victim's sector and country on sentences of the nineteenth gold split (round 29's blind one,
//! read from round 30, round s30places): the press that reports the news is no victim's medium,
//! and the nationality of the attacker or of suspects is no victim's country.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest, targets};

#[test]
fn the_press_that_reports_an_attack_is_no_victim_s_medium_fr_en() {
    let fr = suggest(
        "Cybercriminalité: Cremo victime d'une cyberattaque, les livraisons assurées",
        "Villars-sur-Glâne FR (awp/ats) - Le groupe laitier fribourgeois Cremo a été victime à son \
         tour le week-end dernier d'une cyberattaque. Une plainte pénale a été déposée auprès de la \
         police et une enquête est en cours.  \"Des données ont été volées et les pirates nous ont \
         demandé une rançon\", a déclaré jeudi à Keystone-ATS Thomas Zwald, secrétaire général de \
         Cremo, revenant sur une information de La Liberté et de plusieurs médias.",
    );
    assert!(!sectors(&fr).contains(&"media"), "{:?}", fr.sector);
    // The victim itself is still read.
    assert!(targets(&fr).contains(&"Cremo"), "{:?}", fr.target);
    let en = suggest(
        "North Korean hackers accused of attacking the Russian Foreign Ministry",
        "The North Korean hacker group APT37 attacked the Russian Ministry of Foreign Affairs and \
         its employees in late 2021. As reported by the Moscow newspaper Kommersant, the phishing \
         campaign was targeted at the Russian Foreign Ministry in October.",
    );
    assert!(!sectors(&en).contains(&"media"), "{:?}", en.sector);
    // Near miss: media that were hit keep their sector.
    let hit = suggest(
        "Plusieurs médias suisses touchés par une cyberattaque",
        "Plusieurs médias suisses ont été touchés par une cyberattaque ce week-end.",
    );
    assert!(sectors(&hit).contains(&"media"), "{:?}", hit.sector);
}

#[test]
fn the_attacker_s_nationality_is_no_victim_s_country_fr_en() {
    // Seventeenth split: a French spa, « un hackeur russe ».
    let fr = suggest(
        "Puy-de-Dôme : Royatonic victime d'une cyberattaque d'un hackeur russe",
        "Depuis le vendredi 9 juillet, le centre thermoludique Royatonic, à Royat, est victime \
         d'une cyberattaque.",
    );
    assert!(!countries(&fr).contains(&"RU"), "{:?}", fr.country);
    // Fourteenth split: « Le groupe Lazarus, affilié à la Corée du Nord » robbed Stake.com.
    let affiliated = suggest(
        "Le FBI accuse le groupe Lazarus du vol de 41 millions de dollars à Stake",
        "Le FBI accuse le groupe Lazarus du vol de 41 millions de dollars à la plateforme de \
         casino crypto Stake.com. Le groupe Lazarus, affilié à la Corée du Nord, est fortement \
         suspecté d'être responsable du piratage de Stake.",
    );
    assert!(
        !countries(&affiliated).contains(&"KP"),
        "{:?}",
        affiliated.country
    );
    let en = suggest(
        "Hackers affiliated with Iran breach a water utility",
        "Hackers affiliated with Iran breached the Aliquippa water utility in Pennsylvania.",
    );
    assert!(!countries(&en).contains(&"IR"), "{:?}", en.country);
    // Near miss: the victim's own country in the same title stays.
    assert!(countries(&en).contains(&"US"), "{:?}", en.country);
}

#[test]
fn suspects_nationality_is_no_victim_s_country_fr_en() {
    // Nineteenth split: the suspects arrested in Togo.
    let fr = suggest(
        "Au Togo, coup de filet de la police contre les arnaqueurs à l'héritage",
        "Dans un communiqué, les forces de l'ordre annoncent avoir « mis la main sur 38 individus, \
         tous de nationalité nigériane, appartenant à plusieurs réseaux criminels, dont ceux de \
         cybercriminalité ».",
    );
    assert!(!countries(&fr).contains(&"NG"), "{:?}", fr.country);
    let en = suggest(
        "Police arrest scammers",
        "Police arrested 38 suspects of Nigerian nationality who ran romance scams against \
         victims.",
    );
    assert!(!countries(&en).contains(&"NG"), "{:?}", en.country);
    // Near miss: a Nigerian bank hit keeps its country.
    let hit = suggest(
        "Une banque nigériane victime d'une cyberattaque",
        "Une banque nigériane a été victime d'une cyberattaque par rançongiciel.",
    );
    assert!(countries(&hit).contains(&"NG"), "{:?}", hit.country);
}
