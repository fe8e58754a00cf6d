//! The victim's sector and country on sentences of the twenty-first gold split (round s32places):
//! the countries of the agencies that act, of officers charged and of a ransom's currency are not
//! the victim's; a scam's bait and the press that knows a gang are no victim's trade.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest};

#[test]
fn the_agencies_countries_are_not_the_victims_fr_en() {
    // Twenty-first split: six false countries from one sentence of a police operation.
    let en = suggest(
        "A coordinated international crackdown has dealt a major blow to NoName057(16)",
        "A coordinated international crackdown has dealt a major blow to NoName057(16), a \
         pro-Russian hacktivist group responsible for thousands of DDoS attacks. The operation \
         culminated in an \"action day\" on July 15. Authorities from Czechia, France, Germany, \
         Italy, Spain, the United States, and other countries conducted 24 house searches and \
         took down over 100 servers comprising the group's botnet.",
    );
    for code in ["CZ", "FR", "IT", "ES", "US"] {
        assert!(!countries(&en).contains(&code), "{code}: {:?}", en.country);
    }
    let fr = suggest(
        "Un réseau de rançongiciel démantelé",
        "Le groupe a chiffré les serveurs de dizaines d'entreprises. Des enquêteurs venus de \
         France, d'Allemagne et de Norvège ont été déployés à Kiev pour aider la police locale.",
    );
    for code in ["FR", "DE", "NO"] {
        assert!(!countries(&fr).contains(&code), "{code}: {:?}", fr.country);
    }
    // Near miss: the victims' countries listed.
    let hit = suggest(
        "Ransomware hits hospitals in France, Germany and Italy",
        "Hospitals in France, Germany and Italy were hit by ransomware this week.",
    );
    for code in ["FR", "DE", "IT"] {
        assert!(countries(&hit).contains(&code), "{code}: {:?}", hit.country);
    }
}

#[test]
fn officers_charged_and_a_ransom_s_currency_are_not_the_victims_country() {
    // Twenty-first split: Yahoo the victim, the FSB officers charged.
    let officers = suggest(
        "DOJ charges Russian officers for hacking e-mail accounts",
        "The US Department of Justice announced the indictments of four Russian individuals in \
         connection with hacking e-mail accounts. The charges relate to the 2014 Yahoo hack.",
    );
    assert!(
        !countries(&officers).contains(&"RU"),
        "{:?}",
        officers.country
    );
    // Twenty-first split: a New Zealand portal's ransom counted in US dollars.
    let ransom = suggest(
        "Manage My Health hack: patients' files taken",
        "The country's largest online patient portal faces a new Friday deadline for a \
         US$60,000 ransom after hundreds of thousands of sensitive files were taken.",
    );
    assert!(!countries(&ransom).contains(&"US"), "{:?}", ransom.country);
    // Near misses: Russian banks hit, an American hospital paying dollars.
    let banks = suggest(
        "Russian banks hit by DDoS attacks",
        "Several Russian banks were hit by DDoS attacks on Monday.",
    );
    assert!(countries(&banks).contains(&"RU"), "{:?}", banks.country);
    let hospital = suggest(
        "US hospital pays $60,000 ransom",
        "A US hospital paid a $60,000 ransom after hackers encrypted its files.",
    );
    assert!(
        countries(&hospital).contains(&"US"),
        "{:?}",
        hospital.country
    );
}

#[test]
fn a_scam_s_bait_and_the_press_that_knows_a_gang_are_no_victim_s_trade_fr_en() {
    // Twenty-first and nineteenth splits: a crypto scam on savers, bitcoins a hijacked account
    // asked for.
    let scam = suggest(
        "Arnaque cryptomonnaie Instagram WhatsApp : faux experts financiers",
        "Instagram est devenu un terrain de chasse privilégié pour les escrocs aux \
         cryptomonnaies, qui vident les comptes des épargnants en quête de rendements.",
    );
    assert!(
        !sectors(&scam).contains(&"cryptocurrency"),
        "{:?}",
        scam.sector
    );
    let bitcoins = suggest(
        "Arnaque aux bitcoins : le compte Twitter de Kylian Mbappé a été piraté",
        "Le compte Twitter officiel de Kylian Mbappé a été piraté pour demander des bitcoins.",
    );
    assert!(
        !sectors(&bitcoins).contains(&"cryptocurrency"),
        "{:?}",
        bitcoins.sector
    );
    let en = suggest(
        "Crypto scam: singer's X account hijacked",
        "Hackers hijacked the singer's X account to promote a crypto investment scam.",
    );
    assert!(!sectors(&en).contains(&"cryptocurrency"), "{:?}", en.sector);
    // Near miss: an exchange keeps its trade.
    let exchange = suggest(
        "Cryptocurrency exchange Hotbit shuts down after hack attempt",
        "Cryptocurrency exchange Hotbit was forced to shut down its services after a hacker \
         tried to get access to its wallets.",
    );
    assert!(
        sectors(&exchange).contains(&"cryptocurrency"),
        "{:?}",
        exchange.sector
    );
    // Twenty-first split: LockBit's fame, in a piece on the Pays de la Loire region.
    let region = suggest(
        "La région Pays de la Loire cible d'une cyberattaque des hackers de Lockbit",
        "Ce 19 juillet 2024, les hackers revendiquent une cyberattaque contre la région Pays de \
         la Loire. Lockbit est un groupe spécialisé dans le ransomware. Ils sont devenus connus \
         des médias en France après avoir piraté l'hôpital de Corbeil-Essonnes.",
    );
    assert!(!sectors(&region).contains(&"media"), "{:?}", region.sector);
    assert!(
        sectors(&region).contains(&"local-government"),
        "{:?}",
        region.sector
    );
}

#[test]
fn a_story_with_no_victim_gets_its_lead_s_lone_place_fr_en() {
    // Twenty-first split: a man who hijacked young women's accounts, the story placed only by
    // the police unit's town.
    let fr = suggest(
        "La brigade de lutte contre la cybercriminalité a neutralisé un homme de 37 ans, accusé \
         de piraterie…",
        "La brigade de lutte contre la cybercriminalité a neutralisé un homme de 37 ans, accusé \
         de piraterie des emails et comptes des réseaux sociaux et la publication de photos de ses \
         victimes sur internet. L'affaire a été instruite suite au dépôt d'une plainte de l'une \
         des jeunes filles dont le compte électronique a été piraté. Les investigations de la \
         cellule de lutte contre la cybercriminalité de la sûreté de wilaya de Skikda ont permis \
         de remonter le fil jusqu'à identifier le présumé coupable.",
    );
    assert!(countries(&fr).contains(&"DZ"), "{:?}", fr.country);
    // Unseen split: a smishing wave on American taxpayers.
    let en = suggest(
        "IRS warns of industrial-scale smishing surge",
        "The Internal Revenue Service (IRS) has released an advisory warning US taxpayers of what \
         it has identified as an \"exponential\" increase in text-based phishing attempts. The \
         IRS stated that thousands of fake domains had been discovered so far in 2022.",
    );
    assert!(countries(&en).contains(&"US"), "{:?}", en.country);
    // Near misses: the agency that warns of exploited flaws, the police that makes arrests.
    let advisory = suggest(
        "CISA Adds 8 Exploited Flaws to Catalog, Sets Federal Deadlines",
        "The U.S. cybersecurity and Infrastructure Security Agency (CISA) updated its public \
         catalog of security vulnerabilities on Monday, adding eight new entries that are \
         confirmed to be under active exploitation by malicious actors.",
    );
    assert!(
        !countries(&advisory).contains(&"US"),
        "{:?}",
        advisory.country
    );
    let police = suggest(
        "Bénin: Le pays serre la vis contre les cybers criminels",
        "La police béninoise est en guerre ouverte contre les cybers criminels. Les \
         interpellations se font quasiment à la louche. Plus de 200 arrestations déjà en un mois \
         de traque. Les escrocs de la toile ont une imagination sans limite. Ils recourent \
         parfois à des pratiques occultes macabres. Certaines victimes ont payé très cher leur \
         naïveté.\n\nBeaux parleurs, maîtres chanteurs, les cybers criminels sont adeptes de la \
         webcam et du tchat. Il y a dans leur sac plus d'un tour : arnaque à l'héritage, à la \
         loterie et aux sentiments avec des photos aguicheuses.",
    );
    assert!(!countries(&police).contains(&"BJ"), "{:?}", police.country);
}

#[test]
fn the_court_that_sentences_and_the_police_that_arrest_are_no_victim_s_sector_fr_en() {
    // Twenty-first split: the gendarmerie dismantles a blackmail ring.
    let fr = suggest(
        "Gendarmerie nationale : démantèlement d'un vaste réseau de chantage et d'extorsion de \
         fonds qui activait sur Internet",
        "« Dans le cadre de la lutte contre la cybercriminalité, la brigade de recherche de la \
         Gendarmerie nationale d'Alger a traité plusieurs affaires qualitatives et simultanées \
         relatives à l'utilisation des réseaux sociaux et d'Internet à des fins criminelles », \
         indique un communiqué rendu public ce jeudi par la Gendarmerie nationale.\n\nSelons des \
         sources concordantes plusieurs arrestations des membres de ce réseau ont eu lieu. La \
         Gendarmerie national affirme l'existance de preuves accablantes liés à cette affaire.",
    );
    assert!(!sectors(&fr).contains(&"justice"), "{:?}", fr.sector);
    // Twentieth split: the court that sentenced a SIM swapper.
    let en = suggest(
        "US court sentences SIM-swapping crypto thief to 3 years in jail",
        "A 23-year-old Pennsylvania man has been sentenced to serve 36 months in prison and \
         ordered to pay nearly $3 million in restitution for stealing cryptocurrency executives' \
         holdings through a SIM-swapping scheme.\n\nAnthony Francis Faulk from Latrobe, \
         Pennsylvania, admitted his role in the conspiracy through a written plea agreement filed \
         on March 2, 2023. In addition to the prison term, the court also ruled for the \
         forfeiture of assets acquired from the proceeds of Faulk's criminal activities.",
    );
    assert!(!sectors(&en).contains(&"justice"), "{:?}", en.sector);
    // Near miss: a police force whose site was hit keeps its sector.
    let hit = suggest(
        "Madagascar : le site de la police nationale piraté par des islamistes présumés",
        "Le site internet de la police nationale a été attaqué par des pirates qui ont pris un \
         contrôle partiel du serveur à des fins de propagande islamiste.",
    );
    assert!(sectors(&hit).contains(&"justice"), "{:?}", hit.sector);
}

#[test]
fn the_maghreb_press_s_french_names_of_its_cities_place_the_story() {
    // Twenty-first split: GeoNames spells it "Marrakesh"; the Moroccan press writes Marrakech.
    let fr = suggest(
        "Marrakech : cinq interpellations pour escroquerie numérique et usurpation d'identité",
        "Les services de la Direction générale de la Sûreté nationale (DGSN) de Marrakech ont \
         annoncé, mardi 17 février, l'arrestation de cinq personnes soupçonnées d'appartenir à un \
         réseau spécialisé dans le « phishing » et l'usurpation d'identité à des fins \
         d'escroquerie financière. L'enquête a été ouverte après la plainte d'un exploitant d'un \
         réseau de transports qui avait constaté plusieurs détournements d'argent.",
    );
    assert!(countries(&fr).contains(&"MA"), "{:?}", fr.country);
    // The English spelling still places it.
    let en = suggest(
        "Marrakesh transport operator hit by phishing ring",
        "A transport operator in Marrakesh lost money to a phishing ring, police said.",
    );
    assert!(countries(&en).contains(&"MA"), "{:?}", en.country);
}

#[test]
fn the_country_whose_war_it_is_is_not_the_victim_s() {
    // Twenty-first split: the war that a pro-Russian group's DDoS attacks followed.
    let en = suggest(
        "Italian banks targeted by pro-Russian hackers in cyberattacks",
        "NoName057(16), a pro-Russian hacktivist group, is responsible for thousands of DDoS \
         attacks on banks across Europe since the onset of Russia’s full-scale war in Ukraine.",
    );
    assert!(!countries(&en).contains(&"RU"), "{:?}", en.country);
    // Near miss: Russia's own ministry hit.
    let hit = suggest(
        "Hackers hit Russia's defence ministry",
        "Hackers hit Russia's defence ministry and leaked its files.",
    );
    assert!(countries(&hit).contains(&"RU"), "{:?}", hit.country);
}
