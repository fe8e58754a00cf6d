//! A ministry the vocabulary knows by a bare French name (« ministère de l'Éducation », « ministère
//! de l'Intérieur ») is France's only in an article about France: every French-speaking state has
//! one of that name. « Le ministère de l'Éducation a obtenu… la confirmation que des données
//! personnelles… » on Quebec's site (twenty-second split) is Quebec's ministry, and « les données
//! de toute la population sénégalaise » (eighth split) Senegal's: the vocabulary's French ministry,
//! and its country FR were false there (its sector, government or education, was the victim's).
use super::fold::{fold, is_word_char};
use super::suggest::{Evidence, Suggester, Suggestions};

/// Where a ministry's bare name starts, folded (the country's name or adjective would follow).
const MINISTRY: &str = "ministere ";

/// Quebec's names: a province, not a country word, yet a French-speaking state of its own.
const QUEBEC: &[&str] = &["quebec", "quebecois", "quebecoise", "quebecoises"];

/// Words for attackers before their people's adjective (folded): « des hackers russes » ("Iranian
/// hackers", written the other way, is still read as a country named).
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "hackers", "hacker", "hackeurs", "pirates", "pirate", "cybercriminels", "hacktivistes",
    "groupe", "gang", "espions", "attaquants",
];

impl Suggester {
    /// Drops the vocabulary's ministries named by a bare French name in an article that names
    /// another country (or Quebec) and never the ministry's own, with the country its name gave.
    pub(super) fn drop_foreign_ministries(&self, out: &mut Suggestions, title: &str, text: &str) {
        let bare: Vec<(Evidence, String)> = out
            .target
            .iter()
            .filter(|t| !t.new_value && fold(&t.evidence.term).starts_with(MINISTRY))
            .filter_map(|t| {
                let own = out.country.iter().find(|c| c.evidence == t.evidence)?;
                Some((t.evidence.clone(), own.value.clone()))
            })
            .collect();
        if bare.is_empty() {
            return;
        }
        let folded = fold(&format!("{title}\n{text}"));
        let words: Vec<&str> = folded
            .split(|c: char| !(is_word_char(c) || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let named: Vec<&str> = words
            .iter()
            .enumerate()
            // « visé par des hackers russes »: the attackers' people is not where the victim is.
            .filter(|&(i, _)| i == 0 || !ATTACKERS.contains(&words[i - 1]))
            .filter_map(|(_, &w)| {
                if QUEBEC.contains(&w) {
                    Some("QC")
                } else {
                    self.country_of_word(w)
                }
            })
            .collect();
        let gone: Vec<Evidence> = bare
            .into_iter()
            .filter(|(_, own)| named.iter().any(|c| c != own) && !named.iter().any(|c| c == own))
            .map(|(e, _)| e)
            .collect();
        out.target.retain(|t| !gone.contains(&t.evidence));
        // Its sector stays: another state's ministry of education is still the victim's kind.
        out.country.retain(|x| !gone.contains(&x.evidence));
    }
}

#[cfg(test)]
mod tests {
    use crate::tagging::{Suggester, Vocabulary};

    fn suggested(title: &str, text: &str) -> (Vec<String>, Vec<String>) {
        let vocab = Vocabulary::bundled().unwrap();
        let s = Suggester::suggest_once(&vocab, title, text).unwrap();
        let values = |l: &[crate::tagging::Suggestion]| l.iter().map(|x| x.value.clone()).collect();
        (values(&s.target), values(&s.country))
    }

    #[test]
    fn another_state_s_ministry_is_not_france_s() {
        let (targets, countries) = suggested(
            "Vol de données au ministère de l’Éducation",
            "Le ministère de l’Éducation a obtenu, le 19 février dernier, la confirmation que des \
             données personnelles touchant des enseignants ont été dérobées. La Sûreté du Québec \
             mène l’enquête.",
        );
        assert!(
            !targets.contains(&"French Ministry of Education".to_string()),
            "{targets:?}"
        );
        assert!(!countries.contains(&"FR".to_string()), "{countries:?}");
        let (targets, _) = suggested(
            "Cyberattaque à la DAF : les données de toute la population sénégalaise exposées",
            "Le Département de l’Automatisation des Fichiers, rattaché au ministère de \
             l’Intérieur, a été victime d’une cyberattaque revendiquée par un groupe de pirates.",
        );
        assert!(
            !targets.contains(&"French Ministry of the Interior".to_string()),
            "{targets:?}"
        );
    }

    #[test]
    fn france_s_ministry_attacked_from_abroad_stays() {
        let (targets, _) = suggested(
            "Le ministère de l’Intérieur visé par des hackers russes",
            "Le ministère de l’Intérieur a été victime d’une cyberattaque revendiquée par des \
             hackers russes, qui disent avoir copié des fichiers de la police.",
        );
        assert!(
            targets.contains(&"French Ministry of the Interior".to_string()),
            "{targets:?}"
        );
    }

    #[test]
    fn france_s_ministry_in_an_article_about_france_stays() {
        let (targets, _) = suggested(
            "Fuite de données au ministère de l’Intérieur",
            "Le ministère de l’Intérieur a été victime d’une cyberattaque, a annoncé la place \
             Beauvau. Des fichiers de la police française ont été consultés.",
        );
        assert!(
            targets.contains(&"French Ministry of the Interior".to_string()),
            "{targets:?}"
        );
    }
}
