//! A defacement described rather than named (`../shared/TAGGING.md`: the types the text says
//! happened): what the attackers left on a website (« sur la page d'accueil du site
//! gouvernemental, l'on peut voir une bannière de pirate », « un hacker pirate le site web du
//! Mincommerce et laisse des vidéos pornos », "left a message on the city's website"). Both the
//! site and what was left on it must stand in one sentence: a ransom note on the screens (« les
//! écrans … avant d'afficher le message des pirates ») is no defacement. Inferred, so at most
//! medium, and only where the sentence states it. Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// A website or its page.
#[rustfmt::skip]
const SITES: &[&str] = &[
    "site", "sites", "site web", "site internet", "page d'accueil", "website", "websites",
    "homepage", "home page", "web page", "page web", "pages web", "page internet",
    // A page said hacked is a site's (« Les pages piratées contenaient la vidéo … ainsi que le
    // texte suivant », twenty-sixth split), not a bare « page », which may be a social network's.
    "page piratee", "pages piratees", "page hackee", "pages hackees", "hacked page", "hacked pages",
];

/// What attackers leave on a page for all to see.
#[rustfmt::skip]
const LEFT_ON_IT: &[&str] = &[
    "banniere", "bannieres", "banner", "banners", "laisse un message", "laisse des messages",
    "laisse des videos", "laisse des images", "left a message", "left messages", "posted a message",
    "videos pornos", "videos pornographiques", "images pornographiques", "pornographic images",
    "pornographic videos",
    // A message shown or written there: « des sites Web israéliens ont été piratés mardi pour
    // afficher des messages pro-palestiniens », « Sur la page du site piraté de l'Alnaft …, il
    // est écrit : « Hacké par … » » (eleventh split).
    "afficher le message", "afficher des messages", "afficher un message", "il est ecrit",
    "poste un message", "display a message", "display messages", "displayed a message",
    "displayed messages",
    // Changes made to the site by no one it asked (« ces attaques ont entraîné des modifications
    // non sollicitées de plusieurs sites internet », twenty-sixth split).
    "modifications non sollicitees", "modification non sollicitee", "modifications non autorisees",
    "modification non autorisee", "unauthorized changes", "unauthorised changes",
    "unauthorized modifications", "unauthorised modifications",
];

/// A page replaced by the attackers' own (« Le hacker a remplacé la page d'accueil des sites par un
/// message sur fond noir », twenty-third split): said of attackers or of a site the title says
/// hacked, since a victim may replace its own page with a notice. Three words at most, as
/// `phrase_len` reads them; the sentence names the site.
#[rustfmt::skip]
const REPLACED_PAGE: &[&str] = &[
    "remplace la page", "remplace les pages", "remplace leur page", "remplace leurs pages",
    "remplace sa page", "replaced the homepage", "replaced the homepages", "replaced the home",
    "replaced its homepage", "replaced its home", "replaced their homepage", "replaced their home",
];

/// Words of a seizure: police who replace a site's page with their banner ("The NetNut homepage
/// today was replaced by this seizure banner from the FBI") take it down, they do not deface it.
#[rustfmt::skip]
const SEIZED: &[&str] = &[
    "seizure", "seized", "seize", "saisi", "saisie", "saisis", "saisies",
];

/// What shows a message: a verb family read by its stem, in either order with the message
/// (« des messages de propagande … ont été publiés », « affichaient le message », "was visible").
#[rustfmt::skip]
const SHOWN: &[&str] = &[
    "affich", "post", "laiss", "publi", "visible", "apparai", "apparu", "display", "left", "showed",
    "shown", "appeared",
    // What a hacked page held (« Les pages piratées contenaient … le texte suivant »).
    "contenai", "contain",
];

/// What displays a quoted message, read by its stem: not « publié » nor "posted", which also
/// say who put out a statement (« « Nos services sont interrompus », a publié la mairie »).
#[rustfmt::skip]
const DISPLAYED: &[&str] = &[
    "affich", "display", "showed", "shown", "apparai", "visible",
];

/// What a page shows: a message, a banner, a picture.
#[rustfmt::skip]
const MESSAGES: &[&str] = &[
    "message", "messages", "banniere", "bannieres", "banner", "banners", "image", "images",
    "slogan", "slogans", "inscription",
    // The words put up, quoted after it (« ainsi que le texte suivant : « Faites attention » »).
    "texte",
    // What a hacked page shows besides words: « un groupe de hackers … qui a posté une vidéo ».
    "photo", "photos", "video", "videos",
];

/// Who leaves a message on another's page, or what makes it theirs: an attackers' message is
/// hostile, propaganda or a claim, where a victim's own notice on its site informs.
#[rustfmt::skip]
const ATTACKERS_OR_HOSTILE: &[&str] = &[
    "pirate", "pirates", "hacker", "hackers", "hackeur", "hackeurs", "cyberpirates", "auteurs",
    "assaillants", "attackers", "hacktivists", "hacktivistes", "hostile", "hostiles",
    "propagande", "propaganda", "hacke par", "hacked by", "insultes", "insults",
    // The page said hacked in the sentence, as « pirate » folds the participle too: « Les pages
    // piratées contenaient … le texte suivant ».
    "piratee", "piratees", "hacke", "hackee", "hackes", "hackees", "hacked",
];

/// A message, with its page named only in the title (« Les auteurs de cette attaque y ont laissé
/// un message hostile au régime », under « le site internet du quotidien … victime d'une
/// attaque »), is a ransom note when the sentence speaks of screens or computers, of servers or a
/// database, or of the ransom itself (« Dans la base de données, ils ont laissé un message
/// indiquant clairement qu'ils exigeaient le paiement d'une rançon »).
#[rustfmt::skip]
const SCREENS: &[&str] = &[
    "ecran", "ecrans", "screen", "screens", "ordinateur", "ordinateurs", "computer", "computers",
    "poste de travail", "postes de travail", "base de donnees", "database", "serveur", "serveurs",
    "server", "servers", "rancon", "ransom",
];

/// Pages that are not the victim's: the attackers' own channels, where a message is a claim, and
/// the fake sites of an influence operation (« de faux sites imitant des médias »).
#[rustfmt::skip]
const NOT_THE_VICTIMS_PAGE: &[&str] = &[
    "forum", "forums", "telegram", "leak site", "site de fuite", "site vitrine", "blog", "darkweb",
    "dark web", "reseaux sociaux", "social media", "twitter", "faux", "fake", "clone", "clones",
    "imitant", "mimicking",
    // « Le groupe d'hacktivistes a revendiqué le blocage du site par une vidéo publiée sur
    // YouTube » (twenty-fifth split, a DDoS): the video is the claim, on the attackers' channel.
    "youtube",
];

/// A message the words around it make the attackers' and shown, however far its verb: « Un
/// message de propagande disant que "l'islam est la seule religion" (…) était également visible ».
#[rustfmt::skip]
const HOSTILE_MESSAGE: &[&str] = &[
    "message de propagande", "messages de propagande", "message hostile", "messages hostiles",
    "propaganda message", "propaganda messages", "hostile message", "hostile messages",
];

/// A site said hacked: « piraté », "hacked".
#[rustfmt::skip]
const HACKED: &[&str] = &[
    "pirate", "piratee", "pirates", "piratees", "piratage", "hacke", "hackee", "hackes", "hacked",
];

/// Where a folded title names a website or its page (« le site internet du quotidien … »):
/// `Some(true)` when it says the site was hacked (« Le site internet du Minesup piraté »).
pub(crate) fn names_a_site(folded_title: &str) -> Option<bool> {
    let words = words_of(folded_title, 0, folded_title.len());
    (0..words.len())
        .any(|i| phrase_len(folded_title, &words, i, SITES).is_some())
        .then(|| {
            words
                .iter()
                .any(|&(a, b)| HACKED.contains(&&folded_title[a..b]))
        })
}

/// A description of a defaced website: its folded span and how its sentence asserts it. The
/// site is named in the sentence, or in the title when `title_site` is some (then no screen is
/// named). A title that says the site was hacked (`Some(true)`) has named who shows a message on
/// it: « Le Ccf a temporairement posté un message écrit en anglais » under « Le site internet du
/// Minesup piraté ».
pub(crate) fn defaced_site(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
    title_site: Option<bool>,
) -> Option<(usize, usize, Modality)> {
    let title_hacked = title_site == Some(true);
    let title_site = title_site.is_some();
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        let any = |list: &'static [&'static str]| {
            (0..words.len()).any(|i| phrase_len(text, &words, i, list).is_some())
        };
        let site_here = any(SITES);
        if !(site_here || title_site && !any(SCREENS)) || any(SEIZED) || any(NOT_THE_VICTIMS_PAGE) {
            return None;
        }
        let said = (0..words.len()).find_map(|i| {
            phrase_len(text, &words, i, LEFT_ON_IT).map(|n| (words[i].0, words[i + n - 1].1))
        });
        if said.is_some() && site_here {
            return said;
        }
        // A message and a verb that shows it, a few words apart, left by the attackers.
        if !(any(ATTACKERS_OR_HOSTILE) || title_hacked) {
            return None;
        }
        if let Some((i, n)) = (0..words.len()).find_map(|i| {
            phrase_len(text, &words, i, HOSTILE_MESSAGE)
                .or_else(|| phrase_len(text, &words, i, REPLACED_PAGE))
                .map(|n| (i, n))
        }) {
            return Some((words[i].0, words[i + n - 1].1));
        }
        let word = |i: usize| &text[words[i].0..words[i].1];
        // The message quoted, then the verb that shows it: « «Nous n’oublions pas…» affiche le
        // pirate sur cette page web » (twenty-second split).
        if let Some(i) = (1..words.len()).find(|&i| {
            DISPLAYED.iter().any(|v| word(i).starts_with(v))
                && text[words[i - 1].1..words[i].0]
                    .trim_end()
                    .ends_with(['»', '"', '”'])
        }) {
            return Some(words[i]);
        }
        (0..words.len())
            .filter(|&i| MESSAGES.contains(&word(i)))
            .find_map(|i| {
                let near = i.saturating_sub(6)..(i + 7).min(words.len());
                near.clone()
                    .find(|&j| SHOWN.iter().any(|v| word(j).starts_with(v)))
                    .map(|j| (words[i.min(j)].0, words[i.max(j)].1))
            })
    };
    first_stated(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_message_shown_on_a_hacked_site_is_a_defacement() {
        // eleventh split, French: Alnaft's site; the Times of Israel on Israeli sites.
        let text = "Cette attaque a été revendiquée par des hackers Marocains. Sur la page du site \
            piraté de l'Alnaft, dont l'accès est bloqué, il est écrit : « Hacké par Morocco Hack \
            Team ».";
        let got = attack("Des hackers marocains piratent des sites algériens", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        let text = "Un certain nombre de sites Web israéliens ont été piratés mardi pour afficher \
            des messages pro-palestiniens.";
        let got = attack("Des sites israéliens piratés", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        // English.
        let text = "Hackers broke into the town's website on Monday to display messages \
            supporting the group.";
        let got = attack("Town website hacked", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_message_or_a_video_posted_on_a_site_the_title_says_hacked_is_a_defacement() {
        // eleventh split: the Minesup's site, the group named by its acronym only.
        let text = "Un groupe baptisé Cameroon cyber force (Ccf) a revendiqué le piratage du site \
            Internet du ministère de l’Enseignement supérieur. Ce dernier est indisponible depuis \
            cette date. Le Ccf a temporairement posté un message écrit en anglais qui a été \
            retiré par la suite.";
        let got = attack(
            "Cybercriminalité : Le site internet du Minesup piraté",
            text,
        );
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        // eighteenth split: the UGTT's site, a video posted.
        let text = "Le site a en effet été piraté par un groupe de hackers se faisant appeler \
            Fellaga, qui a posté une vidéo illustrant un profit cagoulé.";
        let got = attack(
            "Tunisie-Internet : Le site de l’UGTT piraté depuis 10 jours",
            text,
        );
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        // English: a video posted on the site.
        let text = "Hackers broke into the party's website and posted a video mocking its leaders.";
        let got = attack("Party website hacked", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_ransom_note_left_in_a_hacked_site_s_database_is_no_defacement() {
        // eleventh split: vooruit.brussels, the message in the database asks a ransom.
        let text = "Dans la base de données, ils ont laissé un message indiquant clairement \
            qu'ils exigeaient le paiement d'une rançon.";
        let got = attack("Le site de vooruit.brussels a été piraté", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
        let text = "They left a message on the server demanding a ransom.";
        let got = attack("Party website hacked", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_message_on_the_screens_is_no_defacement() {
        // A ransom note shows on the victim's screens, not on its website.
        let text = "Les écrans des agents se sont éteints avant d'afficher le message des pirates.";
        let got = attack("La mairie victime d'une cyberattaque", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
        let text = "Employees' screens displayed a message demanding payment.";
        let got = attack("City hit by cyberattack", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_hostile_message_left_on_a_site_is_a_defacement_however_it_is_worded() {
        // seventeenth split: Cameroon-Tribune, the site named in the title only.
        let text = "Les auteurs de cette attaque y ont laissé un message hostile au régime de Paul \
            Biya. Ceux qui y ont pu aux premières heures de cette journée sont tombés sur une \
            tête humaine aux couleurs du drapeau camerounais.";
        let title = "Cameroun: le site internet du quotidien gouvernemental «Cameroon-Tribune» \
            victime d’une attaque";
        assert!(attack(title, text).contains(&"defacement".to_string()));
        // thirteenth split: Bry-sur-Marne, in the passive; the propaganda is the page's message,
        // not an influence operation.
        let text = "Sur le site de Bry-sur-Marne, des messages de propagande pro-russe en \
            caractères cyrilliques ont été publiés, incitant la France à respecter la Russie.";
        let got = attack("Des hackers pro-russes s'attaquent à la France", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        assert!(!got.contains(&"influence-op".to_string()), "{got:?}");
        // fourteenth split: Burkina Faso's government sites.
        let text = "Des sites web du gouvernement burkinabè viennent d’être victimes de hackers. \
            Les pages web de ces structures sont tombées sous le contrôle de pirates qui \
            affichaient le message « nous avons pris le contrôle de votre site ».";
        let got = attack("Burkina Faso : au pays des hommes hackés", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
        // English.
        let text = "The attackers left a hostile message on the newspaper's website.";
        let got = attack("Newspaper website hacked", text);
        assert!(got.contains(&"defacement".to_string()), "{got:?}");
    }

    #[test]
    fn a_victim_s_notice_or_a_claim_on_a_forum_is_no_defacement() {
        // The victim's own notice on its site informs; nobody hostile left it.
        let text = "La mairie a publié un message sur son site internet pour informer les \
            usagers de la fermeture des services.";
        let got = attack("La mairie victime d'une cyberattaque", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
        // The attackers' message on their own channel is a claim.
        let text = "The hackers posted a message on a forum, claiming the city's website data.";
        let got = attack("City website hacked", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
        // The fake sites of an influence operation.
        let text = "Des pirates ont créé de faux sites imitant des médias pour publier des \
            messages de propagande.";
        let got = attack("Une campagne de désinformation vise la France", text);
        assert!(!got.contains(&"defacement".to_string()), "{got:?}");
    }
}
