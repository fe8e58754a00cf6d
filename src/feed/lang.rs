//! Guessing whether an undeclared article is French or English.
use crate::model::Lang;

/// Below this whatlang confidence a guess on a short text is a coin toss.
const MIN_CONFIDENCE: f64 = 0.5;

/// What whatlang makes of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guess {
    /// Confidently French or English.
    Known(Lang),
    /// Confidently some other language.
    Other,
    /// Too short or too mixed to tell.
    Unsure,
}

impl Guess {
    /// The language veille records: only French or English.
    pub(crate) fn lang(self) -> Option<Lang> {
        match self {
            Guess::Known(lang) => Some(lang),
            Guess::Other | Guess::Unsure => None,
        }
    }
}

/// Detects the language of `text` among all the languages whatlang knows.
pub(crate) fn detect(text: &str) -> Guess {
    // Links and addresses are Latin-script noise that makes a Russian text look English.
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.contains("://") && !w.starts_with("www.") && !w.contains('@'))
        .collect();
    // All languages stay candidates: restricting to fr/en would call German or Russian "English".
    let Some(info) = whatlang::detect(&words.join(" ")) else {
        return Guess::Unsure;
    };
    if !info.is_reliable() && info.confidence() < MIN_CONFIDENCE {
        return Guess::Unsure;
    }
    match info.lang() {
        whatlang::Lang::Fra => Guess::Known(Lang::Fr),
        whatlang::Lang::Eng => Guess::Known(Lang::En),
        _ => Guess::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_english_and_others() {
        let fr = "Les cybercriminels frappent la Cour pénale internationale, qui confirme une intrusion dans ses systèmes informatiques";
        let en = "Hackers breached the International Criminal Court, which confirmed an intrusion into its computer systems";
        let de = "Die Angreifer sind in die Systeme des Internationalen Strafgerichtshofs eingedrungen, bestätigte das Gericht";
        assert_eq!(detect(fr), Guess::Known(Lang::Fr));
        assert_eq!(detect(en), Guess::Known(Lang::En));
        assert_eq!(detect(de), Guess::Other);
        assert_eq!(
            detect("Торгівля між Росією та Китаєм у 2023 році перевищила 200 млрд доларів").lang(),
            None
        );
        assert_eq!(detect("TA829"), Guess::Unsure);
        let links = "Гнойный - https://goo.gl/SSRbDj Face - https://goo.gl/Ah14NC Noize MC - https://goo.gl/53X9J1 Баста - https://goo.gl/yq8XdV";
        assert_ne!(detect(links), Guess::Known(Lang::En));
    }
}
