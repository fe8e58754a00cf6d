//! Country mentions that are not the victim's country even in a sentence about the attack
//! (`../shared/TAGGING.md`: "the victims' own"): the war a country is named for (« Guerre en
//! Ukraine : la télévision russe… »), a language (« disponible en plusieurs langues, dont le
//! français »), and the seat of the security company or researchers who report it ("the Chinese
//! security company XLAB").
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;
use super::suggest::Via;

/// Words that make the country after them the setting of a war: « guerre en Ukraine », "war in
/// Ukraine", "invasion of Ukraine".
#[rustfmt::skip]
const WAR_WORDS: &[&str] = &[
    "guerre", "war", "invasion", "conflit", "conflict",
];

/// Words before a demonym that make it a language: « dont le français », « en anglais »,
/// "in French".
const LANGUAGE_LEADS: &[&str] = &["le", "en", "du", "in"];

/// Words just before or after a demonym that make it a language too: « des expressions en langue
/// chinoise » (the twenty-eighth split: a defacement in a language, not by or of that people), "in
/// the Chinese language".
const LANGUAGE_NOUNS: &[&str] = &["langue", "langues", "language", "languages"];

/// A border named by its country: « la commune de Chêne-Bourg située proche de la frontière
/// française » (a Swiss town), "near the French border": the neighbour's country, not the victim's.
const BORDER_WORDS: &[&str] = &["frontiere", "frontieres", "border", "borders"];

/// Words just after a demonym that make it the seat of whoever reports or researches the attack:
/// "Chinese security company"; « chercheurs israéliens », the other order, is read from the word
/// before.
#[rustfmt::skip]
const SECURITY_WORDS: &[&str] = &[
    "security", "cybersecurity", "cyber-security", "cybersecurite", "researchers", "researcher",
    "chercheurs", "chercheur", "editeur", "vendor", "antivirus", "infosec", "threat-intelligence",
];

/// True when the country at `start..end` (folded) is named as a war's setting, a language or a
/// security firm's seat, not as where the victim is.
pub(crate) fn other_role(text: &str, start: usize, end: usize, via: Via) -> bool {
    if super::country_people::not_a_place_of_victims(text, start, end, via)
        || super::event_places::an_event_s_place(text, start)
    {
        return true;
    }
    let before = words_before(text, start, 3);
    let after = words_after(text, end, 2);
    // "Guerre en Ukraine", "war in Ukraine", "invasion of Ukraine", "l'invasion de l'Ukraine".
    let war = before.iter().any(|w| WAR_WORDS.contains(&w.as_str()));
    if war {
        return true;
    }
    // "since the onset of Russia's full-scale war in Ukraine" (twenty-first split, in a piece on
    // a takedown), "Russia's invasion of Ukraine": the country whose war it is.
    let rest = &text[end..];
    if (rest.starts_with("'s ") || rest.starts_with("\u{2019}s "))
        && words_after(text, end, 3)
            .iter()
            .skip(1)
            .any(|w| WAR_WORDS.contains(&w.as_str()))
    {
        return true;
    }
    if via != Via::Demonym {
        return false;
    }
    // "dont le français, et…", "in French." — a language, with no noun after it.
    let language = before
        .first()
        .is_some_and(|w| LANGUAGE_LEADS.contains(&w.as_str()))
        && text[end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c));
    // « en langue chinoise », "in the Chinese language"; « la frontière française », "the French
    // border".
    let nearest =
        |words: &[String], set: &[&str]| words.first().is_some_and(|w| set.contains(&w.as_str()));
    let language = language || nearest(&before, LANGUAGE_NOUNS) || nearest(&after, LANGUAGE_NOUNS);
    let border = nearest(&before, BORDER_WORDS)
        || (nearest(&after, BORDER_WORDS) && border_ends_its_phrase(text, end));
    // "the Chinese security company XLAB", « éditeur israélien » (the word before).
    let security = after
        .iter()
        .chain(before.first())
        .any(|w| SECURITY_WORDS.contains(&w.as_str()));
    language || border || security
}

/// True when the border word after a demonym ends its noun phrase ("near the French border, the
/// town…"), not heads a compound ("a British border agency", the victim).
fn border_ends_its_phrase(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let after_border = rest.trim_start_matches(|c: char| is_word_char(c));
    after_border
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| !is_word_char(c))
}

/// Words around « gouvernement » / "government" that make it what was hit, not who attacks:
/// « plusieurs sites du gouvernement français », "French government websites", « une
/// cyberattaque contre le gouvernement belge ».
#[rustfmt::skip]
const HIT_GOVERNMENT: &[&str] = &[
    "sites", "site", "websites", "website", "portails", "portail", "portals", "portal", "systems",
    "systemes", "networks", "reseaux", "servers", "serveurs", "comptes", "accounts", "email",
    "emails", "messagerie", "agencies", "agences", "ministries", "ministeres", "departments",
    "institutions", "data", "donnees", "contre", "against", "targeting", "visant", "ciblant",
    // Named as the victims themselves: "ToolShell Attacks Hit 400+ SharePoint Servers, US
    // Government Victims Named" (SecurityWeek, the fixture feeds), « des entités
    // gouvernementales ».
    "victims", "victim", "victimes", "victime", "targets", "cibles", "entities", "entites",
    "organizations", "organisations", "bodies", "offices",
];

/// True when the word at `start..end` (folded) is « gouvernement » or "government" named as
/// what an attack hit, its sites or its networks, not as an attacker's backer ("hackers backed by
/// the Chinese government", "Chinese government hackers"): its country is the victim's.
pub(crate) fn a_government_hit(text: &str, start: usize, end: usize) -> bool {
    if !matches!(&text[start..end], "gouvernement" | "government") {
        return false;
    }
    let hit = |w: &String| HIT_GOVERNMENT.contains(&w.as_str());
    words_before(text, start, 3).iter().any(hit) || words_after(text, end, 2).iter().any(hit)
}

/// How far back (bytes) the words before a country are read.
const CLAUSE_BYTES: usize = 120;

/// Punctuation that ends a clause.
const CLAUSE_STOPS: &[char] = &[
    ':', ',', ';', '.', '!', '?', '(', ')', '"', '«', '»', '–', '—',
];

/// Up to `n` words before `at` in its clause, nearest first; an elided article is split off
/// (« l'Ukraine »). "War in Ukraine: Russian TV…" — the war is Ukraine's, not Russia's.
pub(crate) fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    // A clause is short: looking further back than this would make long texts quadratic.
    let mut floor = at.saturating_sub(CLAUSE_BYTES);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let clause = floor
        + text[floor..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| CLAUSE_STOPS.contains(&c))
            .map_or(0, |(i, c)| i + c.len_utf8());
    text[clause..at]
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_string)
        .collect()
}

/// Up to `n` words after `at`, nearest first.
pub(crate) fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    text[at..]
        .split(|c: char| !(is_word_char(c) || c == '-'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(text: &str, word: &str, via: Via) -> bool {
        let start = text.find(word).unwrap();
        other_role(text, start, start + word.len(), via)
    }

    #[test]
    fn the_country_whose_war_it_is_is_no_victim_country() {
        // Twenty-first split, and the ninth's wording.
        assert!(role(
            "ddos attacks across europe since the onset of russia\u{2019}s full-scale war in ukraine.",
            "russia",
            Via::Name
        ));
        assert!(role(
            "amidst russia's invasion of ukraine, which sparked",
            "russia",
            Via::Name
        ));
        // Near misses: the country's own ministry, a possessive with no war after it.
        assert!(!role(
            "hackers hit russia's defence ministry",
            "russia",
            Via::Name
        ));
        assert!(!role(
            "ukraine's largest telecom operator kyivstar was hit",
            "ukraine",
            Via::Name
        ));
    }

    #[test]
    fn a_war_a_language_and_a_researcher_s_seat_are_no_victim_country() {
        assert!(role(
            "guerre en ukraine : la television russe",
            "ukraine",
            Via::Name
        ));
        assert!(role(
            "since the invasion of ukraine, hospitals",
            "ukraine",
            Via::Name
        ));
        assert!(role(
            "en plusieurs langues, dont le francais, et",
            "francais",
            Via::Demonym
        ));
        assert!(role(
            "the chinese security company xlab",
            "chinese",
            Via::Demonym
        ));
        assert!(!role(
            "la mairie francaise a ete piratee",
            "francaise",
            Via::Demonym
        ));
        assert!(!role(
            "le francais atos a ete victime",
            "francais",
            Via::Demonym
        ));
        assert!(!role(
            "a british company targeted by hackers",
            "british",
            Via::Demonym
        ));
    }

    #[test]
    fn a_language_and_a_border_are_no_victim_country() {
        // Twenty-eighth split: a Mauritanian agency's site defaced in Chinese, a Swiss town near
        // the French border.
        assert!(role(
            "ont inscrit sur le site des expressions en langue chinoise et",
            "chinoise",
            Via::Demonym
        ));
        assert!(role(
            "la commune de chene-bourg situee proche de la frontiere francaise, a alerte",
            "francaise",
            Via::Demonym
        ));
        assert!(role(
            "a town near the french border",
            "french",
            Via::Demonym
        ));
        // Near misses: a people's company, a country's border agency hacked.
        assert!(!role(
            "a travel agency in france was hit",
            "france",
            Via::Name
        ));
        assert!(!role(
            "la societe chinoise a ete piratee",
            "chinoise",
            Via::Demonym
        ));
        assert!(!role(
            "a british border agency was hacked",
            "british",
            Via::Demonym
        ));
    }
}
