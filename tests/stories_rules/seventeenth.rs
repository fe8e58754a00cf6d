//! Events of the seventeenth split of the stories gold set (round 29's blind split), one module each.
//!
//! Two victims of one gang are two stories (issue 13), even ten days apart and however each report
//! recalls the other: Lapsus$'s theft at Nvidia (25-26 Feb 2022) and at Samsung (7-8 Mar 2022), then
//! its Microsoft news (15 Mar), of the seventeenth split of the stories gold set. An untitled item
//! (its title the lead's first words) chose no subject in its title; its address did.
//!
//! French and English reports of one incident meet by what survives translation (issue 13): a sum
//! written in words in one language and in figures in the other, and a victim an untitled item
//! names only in its address and once at a sentence's start. Two events of the seventeenth split
//! of the stories gold set: Facebook's dump of 533 million users' data (3 Apr 2021) and
//! Lactalis's intrusion attempt (26 Feb 2021).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{TimeZone, Utc};
use veille::model::Lang;
use veille::stories::{Memory, Profile};
use veille::tagging::Suggester;

thread_local! {
    /// Built once per test thread: the vocabulary's automaton takes a while to compile.
    static SUGGESTER: Suggester = veille::stories::bundled_suggester().unwrap();
}

/// A report: (day, month) of its module's year, language, title, lead, address.
type Report = ((u32, u32), Lang, &'static str, &'static str, &'static str);

fn profile_in(year: i32, r: &Report) -> Profile {
    let ((day, month), lang, title, lead, url) = *r;
    let at = Utc
        .with_ymd_and_hms(year, month, day, 12, 0, 0)
        .unwrap()
        .timestamp();
    SUGGESTER.with(|s| Profile::new(s, title, lead, Some(lang), Some(at), Some(url)))
}

/// Adds a report to the memory and gives the story it joined or started.
fn add_in(year: i32, memory: &mut Memory, id: i64, r: &Report) -> usize {
    memory.add(id, profile_in(year, r)).0
}

/// Lapsus$'s victims of 2022.
mod gang_victims {
    use super::*;

    fn profile(r: &Report) -> Profile {
        profile_in(2022, r)
    }

    fn add(memory: &mut Memory, id: i64, r: &Report) -> usize {
        add_in(2022, memory, id, r)
    }

    /// Nvidia's theft, in both languages (the French items untitled).
    const NVIDIA: [Report; 3] = [
        (
            (25, 2),
            Lang::Fr,
            "Nvidia confirme que des pirates ont volé des informations sensibles et les font maintenant…",
            "Nvidia confirme que des pirates ont volé des informations sensibles et les font \
             maintenant circuler. Les attaquants exigent, entre autres, que l’entreprise rende ses \
             pilotes open source, mais il semble que Nvidia ne soit pas impressionné. Fin du mois \
             dernier, on a découvert que des pirates s’étaient introduits dans la boîte mail de \
             Nvidia. Les malfrats, qui appartiennent probablement au collectif de hackers \
             sud-américain Lapsus$, ont affirmé avoir volé 1 To de données.",
            "https://itdaily.fr/nouvelles/securite/fuite-dinformations-sensibles-par-des-hackers-chez-nvidia/",
        ),
        (
            (26, 2),
            Lang::En,
            "Ransomware group claims attack on Nvidia's computer systems",
            "A ransomware group known as Lapsus has claimed responsibility for the attack on US \
             chipmaker Nvidia’s computer systems. The Lapsus ransomware group leaked the credentials \
             of Nvidia employees and will soon release 1 terabyte of stolen data, according to \
             DarkTracer, a darkweb criminal intelligence profiling investigation platform.",
            "https://www.thenationalnews.com/business/2022/02/26/ransomware-group-claims-attack-on-nvidias-computer-systems/",
        ),
        (
            (28, 2),
            Lang::Fr,
            "Nvidia a confirmé avoir été victime d’une cyberattaque qui pourrait s’avérer dévastatrice.…",
            "Nvidia a confirmé avoir été victime d’une cyberattaque qui pourrait s’avérer \
             dévastatrice. L’entreprise américaine spécialisée dans la conception des accélérateurs \
             graphiques et réseau est aujourd’hui sous le feu des projecteurs. Un porte-parole de la \
             firme a indiqué ce 28 février que des cybercriminels ont volé des données sensibles sur \
             ses réseaux, notamment des informations d'identification d'employés d'autres sur \
             l'entreprise, au cours de la cyberattaque survenue le 23 février et qu'elles sont \
             désormais disponibles en ligne. Derrière cette attaque, un groupe relativement nouveau : \
             Lapsus$.",
            "https://www.lemondeinformatique.fr/actualites/lire-nvidia-confirme-etre-compromis-a-la-suite-d-une-cyberattaque-85991.html",
        ),
    ];

    /// Samsung's theft told by an untitled item that names Nvidia as the gang's earlier victim, and
    /// named only by its address and further down.
    const SAMSUNG_UNTITLED: Report = (
        (7, 3),
        Lang::Fr,
        "Des pirates ont réussi à infiltrer le géant coréen et à lui dérober de nombreuses informations. Et…",
        "Des pirates ont réussi à infiltrer le géant coréen et à lui dérober de nombreuses \
         informations. Et pas n’importe quels pirates : Lapsus$, déjà derrière l’attaque de NVIDIA, a \
         revendiqué le vol. Environ 190 Go de données auraient été dérobés, liées à la gamme Galaxy. \
         On y trouverait par exemple le code source de Samsung pour le chiffrement et les fonctions \
         basées sur la biométrie.",
        "https://www.nextinpact.com/lebrief/68583/samsung-confirme-avoir-ete-pirate-code-source-a-ete-vole",
    );

    /// Samsung's theft in English, titled.
    const SAMSUNG_EN: Report = (
        (7, 3),
        Lang::En,
        "Hackers Stole Samsung's Galaxy Source Code",
        "Bloomberg has reported, with confirmation, that Samsung was hit with a successful \
         cyberattack. The breach has resulted in some of the company's internal data, which includes \
         source code for Galaxy smartphones. LAPSUS$, the hacker group that claimed responsibility \
         for a recent NVIDIA hack, has also claimed involvement in the Samsung hack — though Samsung \
         itself has not identified the attackers.",
        "https://www.slashgear.com/790482/hackers-stole-samsungs-galaxy-source-code/",
    );

    /// Samsung's theft in French, titled.
    const SAMSUNG_FR: Report = (
        (8, 3),
        Lang::Fr,
        "Des pirates publient du code source présent dans les Samsung Galaxy",
        "Le gang de cybercriminels Lapsus$ a volé et publié du code source utilisé par Samsung dans \
         ses smartphones Galaxy. Selon le fabricant, la fuite n'inclurait aucune donnée personnelle. \
         Des cyberpirates affirment avoir mis la main sur des données de Samsung. Plusieurs médias, \
         dont Bleeping Computer, rapportent que le gang Lapsus$ a profité d’une brèche pour \
         s'emparer du code source utilisé dans les smartphones Galaxy.",
        "https://www.ictjournal.ch/news/2022-03-08/des-pirates-publient-du-code-source-present-dans-les-samsung-galaxy",
    );

    /// The gang's Microsoft news, untitled, listing its four victims.
    const MICROSOFT_UNTITLED: Report = (
        (15, 3),
        Lang::Fr,
        "Le groupe de hackers Lapsus$ annonce avoir piraté Nvidia, Ubisoft, Samsung et Microsoft. Tout comme…",
        "Le groupe de hackers Lapsus$ annonce avoir piraté Nvidia, Ubisoft, Samsung et Microsoft. \
         Tout comme Nvidia et Samsung, la firme de Redmond a confirmé la fuite de données. Comme \
         l’explique Microsoft, la publication de Lapsus$ se vantant de l’attaque sur les réseaux a \
         permis à l’entreprise d’interrompre rapidement la fuite.",
        "https://www.rtbf.be/article/lapsus-microsoft-confirme-la-fuite-de-donnees-10961011",
    );

    #[test]
    fn an_untitled_report_on_the_gangs_next_victim_starts_its_story_and_its_reports_join_it() {
        let mut memory = Memory::new();
        let nvidia = add(&mut memory, 0, &NVIDIA[0]);
        assert_eq!(
            add(&mut memory, 1, &NVIDIA[1]),
            nvidia,
            "an untitled item whose address names its victim still joins across languages"
        );
        assert_eq!(add(&mut memory, 2, &NVIDIA[2]), nvidia);
        let samsung = add(&mut memory, 5, &SAMSUNG_UNTITLED);
        assert_ne!(
            samsung, nvidia,
            "Samsung's theft recalls Nvidia's as the gang's earlier victim: another incident"
        );
        assert_eq!(
            add(&mut memory, 3, &SAMSUNG_EN),
            samsung,
            "French and English"
        );
        assert_eq!(add(&mut memory, 4, &SAMSUNG_FR), samsung);
    }

    #[test]
    fn an_untitled_report_whose_address_names_another_victim_does_not_join_a_victim_it_lists() {
        let mut memory = Memory::new();
        let samsung = add(&mut memory, 0, &SAMSUNG_EN);
        assert_eq!(add(&mut memory, 1, &SAMSUNG_FR), samsung);
        let microsoft = add(&mut memory, 2, &MICROSOFT_UNTITLED);
        assert_ne!(
            microsoft, samsung,
            "« … piraté Nvidia, Ubisoft, Samsung et Microsoft » under …/lapsus-microsoft-… is Microsoft's"
        );
    }

    #[test]
    fn an_address_names_the_subject_of_an_untitled_item_only() {
        let untitled = profile(&SAMSUNG_UNTITLED);
        assert!(untitled.title_from_lead);
        assert_eq!(untitled.addressed, ["samsung"]);
        // A titled item's title says its subject: its address is not read for one.
        assert!(profile(&SAMSUNG_EN).addressed.is_empty());
    }
}

/// Facebook's and Lactalis's reports of 2021.
mod untitled_across_languages {
    use super::*;

    fn profile(r: &Report) -> Profile {
        profile_in(2021, r)
    }

    fn add(memory: &mut Memory, id: i64, r: &Report) -> usize {
        add_in(2021, memory, id, r)
    }

    /// Facebook's dump, the day it was posted, in French: « plus de 500 millions ».
    const FACEBOOK_FR: Report = (
        (3, 4),
        Lang::Fr,
        "Des données concernant plus de 500 millions d’utilisateurs Facebook et issues d’une fuite survenue…",
        "Des données concernant plus de 500 millions d’utilisateurs Facebook et issues d’une fuite \
         survenue en 2019, dont des adresses e-mail et des numéros de téléphone, ont été mises en \
         ligne sur un forum de hackers, a rapporté samedi le site Business Insider, confirmant les \
         informations d’un expert en cybercriminalité. « Les archives concernant 533 millions de \
         comptes Facebook viennent d’être divulguées gratuitement », a tweeté samedi matin Alon Gal.",
        "https://www.reporters.dz/plus-de-500-millions-de-comptes-facebook-pirates/",
    );

    /// The same dump nine days on, in English: "over half a billion users".
    const FACEBOOK_EN: Report = (
        (12, 4),
        Lang::En,
        "On April 3, 2021, a user in a recreational hacking forum posted files containing the personal data…",
        "On April 3, 2021, a user in a recreational hacking forum posted files containing the \
         personal data – including phone numbers, names, birth dates, email addresses, and more – of \
         hundreds of millions of Facebook users. Over half a billion users are affected, which is \
         almost one-fifth of the social media platform’s active population. According to a Facebook \
         spokesperson, the data comes from a leak which was patched over a year and a half ago. \
         Regardless, the exposed information may leave many vulnerable to scams or identity theft.",
        "https://businessbigwigs.com/2021/04/12/facebook-users-personal-info-taken-in-leak/",
    );

    /// Another social network's 500 million profiles put on sale the same week: another incident.
    const LINKEDIN_FR: Report = (
        (9, 4),
        Lang::Fr,
        "Les données liées à 500 millions de profils LinkedIn mises en vente sur un forum",
        "Ils font actuellement monter les enchères. Des hackers, dont l'identité et les motivations \
         concrètes restent encore inconnues, ont mis en vente sur un forum les données de 500 \
         millions d'utilisateurs du réseau social professionnel LinkedIn. Mise à prix minimum: 1000 \
         dollars.",
        "https://www.bfmtv.com/tech/les-donnees-liees-a-500-millions-de-profils-linked-in-mises-en-vente-sur-un-forum_AN-202104090190.html",
    );

    /// Lactalis's intrusion attempt, untitled, its name opening one sentence of the lead only.
    const LACTALIS_FR: Report = (
        (26, 2),
        Lang::Fr,
        "Le géant du lait a été la victime d’une cyberattaque vendredi 26 février. Une enquête est en cours…",
        "Le géant du lait a été la victime d’une cyberattaque vendredi 26 février. Une enquête est en \
         cours même si l’entreprise a déclaré qu’aucune donnée n’avait été volée. Lactalis a observé \
         une « tentative d’intrusion » sur son réseau informatique, a-t-il déclaré dans un \
         communiqué, vendredi.",
        "https://linformaticien.com/magazine/cybersecurite/57368-96lactalis-victime-d-une-cyberattaque.html",
    );

    const LACTALIS_EN: Report = (
        (2, 3),
        Lang::En,
        "French multinational dairy Lactalis hit by a cyber attack",
        "French multinational dairy products corporation Lactalis discloses cyberattack, but claimed \
         that had no evidence of a data breach. France-based dairy giant Lactalis announced that it \
         was hit by a cyber attack, but claimed that it had found no evidence of a data breach.",
        "https://securityaffairs.com/115173/hacking/lactalis-cyber-attack.html",
    );

    #[test]
    fn half_a_billion_users_in_english_meets_five_hundred_million_in_french() {
        assert!(profile(&FACEBOOK_EN).numbers.contains(&"500m".to_owned()));
        let mut memory = Memory::new();
        let facebook = add(&mut memory, 0, &FACEBOOK_FR);
        let linkedin = add(&mut memory, 1, &LINKEDIN_FR);
        assert_ne!(
            linkedin, facebook,
            "the same sum of another network's users"
        );
        assert_eq!(add(&mut memory, 2, &FACEBOOK_EN), facebook);
    }

    #[test]
    fn an_untitled_report_named_by_its_address_meets_the_english_reports() {
        assert!(profile(&LACTALIS_FR).names.contains(&"lactalis".to_owned()));
        let mut memory = Memory::new();
        let lactalis = add(&mut memory, 0, &LACTALIS_FR);
        assert_eq!(add(&mut memory, 1, &LACTALIS_EN), lactalis);
    }
}
