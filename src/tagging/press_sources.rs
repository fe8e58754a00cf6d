//! The press as the source of the news, not as a victim (round s30places, issue 10 item 2): a
//! media word where the text says who reported, revealed or was told of the attack names the
//! channel of the news, not the victim's sector (`../shared/TAGGING.md`: the sector is the
//! victims' own). « plusieurs médias spécialisés ont révélé une fuite massive », « révèle le média
//! L'Informé », « revenant sur une information de La Liberté et de plusieurs médias », « a
//! confirmé à la presse quotidienne régionale avoir été victime », "as reported by the Moscow
//! newspaper Kommersant", "gained media attention", "restrict the media from reporting", and the
//! outlet's own reporters (« nos journalistes »), the press that knows a gang (« devenus connus des
//! médias », "known to the media"). Over every read split these were 8 of the 12
//! false "media" sectors; no right one reads this way.
//!
//! A medium that says it was hit is still a victim: "the newspaper said its site was down" (a
//! definite article right before the word) and « le groupe de presse annonce » (a kind of company)
//! are left alone.
//!
//! Everything here reads the folded text (lower case, no accents).

use super::country_roles::{words_after, words_before};

/// Verbs of reporting, as the press writes them of itself.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "revele", "revelent", "revelait", "revelaient", "revelee", "revelees", "rapporte",
    "rapportent", "rapportait", "rapportee", "rapportees", "indique", "indiquent", "annonce",
    "annoncent", "annoncee", "affirme", "affirment", "ecrit", "ecrivent", "cite", "citent",
    "relaye", "relayent", "relayee", "reported", "reports", "reporting", "revealed", "said",
    "says", "wrote", "writes", "cited",
];

/// Verbs of telling someone: « a confirmé à la presse », "told the media".
#[rustfmt::skip]
const TELLING: &[&str] = &[
    "confirme", "indique", "declare", "explique", "precise", "affirme", "annonce", "told",
    "confirmed", "said",
];

/// Words that open the source of a report: « selon les médias », "according to the newspaper".
const SOURCING: &[&str] = &["selon", "according"];

/// What, after a media word, makes the press a witness of the news: "media attention".
const ATTENTION: &[&str] = &["attention", "coverage"];

/// Articles that make a media word one outlet: "the newspaper said" may be the victim speaking.
const ONE_OUTLET: &[&str] = &["the", "le", "la", "l"];

/// Possessives that make a media word the outlet that writes the article (« nos journalistes »).
const OURS: &[&str] = &["nos", "notre", "our"];

/// True when the media word at folded `start..end` (sector `sector`) names the press that reports
/// the news rather than a victim.
pub(crate) fn the_press_reporting(text: &str, sector: &str, start: usize, end: usize) -> bool {
    if sector != "media" {
        return false;
    }
    let before = words_before(text, start, 8);
    let at = |i: usize| before.get(i).map_or("", String::as_str);
    let after = words_after(text, end, 3);
    // « plusieurs médias spécialisés ont révélé », "media reported"; not « le groupe de presse
    // annonce », not "the newspaper said" (the victim may speak of itself).
    let reports = after.iter().any(|w| REPORTING.contains(&w.as_str()));
    if reports && !ONE_OUTLET.contains(&at(0)) && at(0) != "de" {
        return true;
    }
    // "gained media attention", "restrict the media from reporting": no victim speaks so.
    let first = after.first().map_or("", String::as_str);
    if ATTENTION.contains(&first)
        || (first == "from" && after.get(1).is_some_and(|w| w == "reporting"))
    {
        return true;
    }
    // « selon les médias », "according to the newspaper", « d'après la presse ».
    if before
        .iter()
        .take(4)
        .any(|w| SOURCING.contains(&w.as_str()))
        || (0..4).any(|i| at(i) == "apres" && at(i + 1) == "d")
    {
        return true;
    }
    // "reported by the Moscow newspaper", « une fuite révélée par la presse ».
    if (1..6).any(|i| ["by", "par"].contains(&at(i - 1)) && REPORTING.contains(&at(i))) {
        return true;
    }
    // « révèle le média L'Informé », « indique la presse locale »: the press speaking, inverted.
    if ONE_OUTLET.contains(&at(0)) && REPORTING.contains(&at(1)) {
        return true;
    }
    // « revenant sur une information de La Liberté et de plusieurs médias ».
    if (1..8).any(|i| ["de", "du", "des"].contains(&at(i - 1)) && at(i).starts_with("information"))
    {
        return true;
    }
    // « Ils sont devenus connus des médias en France après avoir piraté l'hôpital » (twenty-first
    // split: LockBit, in a piece on the Pays de la Loire region), "known to the media": the press
    // that knows a gang, not its victim.
    let known = (at(0) == "des" && at(1).starts_with("connu"))
        || (at(0) == "the" && at(1) == "to" && at(2) == "known");
    if known {
        return true;
    }
    // « a confirmé à la presse », « a déclaré aux médias », "told the media", "told reporters".
    let told = (["la", "les", "the"].contains(&at(0))
        && (TELLING.contains(&at(1))
            || (["a", "to"].contains(&at(1)) && TELLING.contains(&at(2)))))
        || (at(0) == "aux" && TELLING.contains(&at(1)))
        || (at(0) == "told");
    told || OURS.contains(&at(0))
}

#[cfg(test)]
mod tests {
    use super::the_press_reporting;
    use crate::tagging::fold::fold;

    fn press(sentence: &str, word: &str) -> bool {
        let text = fold(sentence);
        let start = text.find(word).unwrap();
        the_press_reporting(&text, "media", start, start + word.len())
    }

    #[test]
    fn the_press_that_knows_a_gang_fr_en() {
        // Twenty-first split: LockBit, in a piece on the Pays de la Loire region.
        assert!(press(
            "Ils sont devenus connus des médias en France après avoir piraté l'hôpital de \
             Corbeil-Essonnes.",
            "medias"
        ));
        assert!(press(
            "The gang became known to the media after it hit a hospital near Paris.",
            "media"
        ));
        // Near misses: media that were hit.
        assert!(!press(
            "Des médias connus ont été piratés par le groupe.",
            "medias"
        ));
        assert!(!press(
            "Hackers hit the media group known for its regional papers.",
            "media"
        ));
    }

    #[test]
    fn the_press_that_reports_the_news_fr_en() {
        // Nineteenth split (Cremo, a dairy group, got « media » from its sources).
        assert!(press(
            "a déclaré jeudi à Keystone-ATS Thomas Zwald, secrétaire général de Cremo, revenant sur \
             une information de La Liberté et de plusieurs médias.",
            "medias"
        ));
        assert!(press(
            "Le 2 septembre 2025, plusieurs médias spécialisés ont révélé une fuite massive de \
             données en France.",
            "medias"
        ));
        assert!(press(
            "Vendredi 7 avril, le Conseil départemental a confirmé à la presse quotidienne \
             régionale avoir été victime d'une cyberattaque",
            "presse"
        ));
        assert!(press(
            "et informations géolocalisées sur les stocks, révèle le média L'Informé.",
            "media"
        ));
        assert!(press(
            "As reported by the Moscow newspaper Kommersant, the phishing campaign was targeted \
             at the Russian Foreign Ministry in October.",
            "newspaper"
        ));
        assert!(press(
            "Since it emerged, the gang has claimed over 400 victims worldwide and gained media \
             attention in March 2023",
            "media"
        ));
        assert!(press(
            "HWL Ebsworth has secured an injunction to restrict the media from reporting on \
             specific details",
            "media"
        ));
        assert!(press(
            "nos journalistes Eric Vanduyse et Pascal Noriega sont partis au devant d'un entrepreneur",
            "journalistes"
        ));
    }

    #[test]
    fn a_medium_hit_is_still_a_victim_fr_en() {
        // Read splits: the right « media » sectors.
        assert!(!press(
            "Plusieurs médias suisses touchés par une cyberattaque",
            "medias"
        ));
        assert!(!press(
            "a distributed denial-of-service (DDoS) attack aimed at the newspaper's coverage of the \
             November vote",
            "newspaper"
        ));
        assert!(!press(
            "Les hackers ont remis aux journalistes un échantillon des données volées",
            "journalistes"
        ));
        // Near misses: the victim speaking of itself, a press group's announcement, a far verb.
        assert!(!press(
            "The newspaper said its website was taken offline by the attack.",
            "newspaper"
        ));
        assert!(!press(
            "Le groupe de presse annonce avoir été victime d'un rançongiciel.",
            "presse"
        ));
        assert!(!press(
            "La fuite révélée hier a touché plusieurs médias régionaux.",
            "medias"
        ));
    }
}
