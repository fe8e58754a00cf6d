//! What the arrested did, in an arrest story (TAGGING.md: an arrest is the story of an incident's
//! authors, tagged with their crime). Scam words in a text were too often a family word or
//! background to count (`TEXT_CALIBRATION` in `analyse.rs`), and « les escrocs » only say who
//! acted. But where the title or the lead tells an arrest, « arrêté … pour escroquerie »,
//! « des spécialistes de l'escroquerie en ligne », "the scammers were charged" say what the
//! arrested did: the type is read from the charge, so at most medium.
//!
//! Round 31, twenty read splits: 10 of the 17 missed scams were arrests and dismantled networks
//! of the francophone African and French press (« interpellés », « coup de filet », « aux
//! arrêts », « démantelé »).
use super::fold::fold;
use super::phrases::Phrases;
use std::sync::LazyLock;

/// The press's words for an arrest beyond the article kind's own (`article_kind::ARREST`), folded:
/// « les pirates présumés … aux arrêts », « dans les mailles de la police », « coup de filet ».
#[rustfmt::skip]
const MORE_ARREST: &[&str] = &[
    "aux arrets", "dans les mailles", "coup de filet", "interpellee", "interpellees", "interpele",
    "interpeles", "interpelee", "interpelees", "interpellation", "interpellations", "arrestation",
    "arrestations", "apprehende", "apprehendes", "defere", "deferes", "ecroue", "ecroues",
    "busted", "nabbed", "apprehended", "detained",
    // An indictment announced: "the indictments of four Russian individuals" (twenty-first
    // split, DOJ), whose nationality is no victim's country.
    "indictment", "indictments",
];

static ARREST_P: LazyLock<Phrases> = LazyLock::new(|| {
    let mut all: Vec<&str> = super::article_kind::ARREST.to_vec();
    all.extend(MORE_ARREST);
    Phrases::new(&all)
});

/// How much of the text opens the story: the first sentences, where a news piece says who was
/// arrested.
const LEAD_BYTES: usize = 400;

/// True when the title or the text's lead tells an arrest, a takedown or a trial.
pub(super) fn tells_an_arrest(title: &str, text: &str) -> bool {
    let lead = &text[..super::context::char_floor(text, LEAD_BYTES)];
    [title, lead]
        .iter()
        .any(|f| ARREST_P.any(&fold(f), super::context::at_word_boundary))
}

#[cfg(test)]
mod tests {
    use crate::tagging::{Confidence, Suggester, Vocabulary};

    fn scam(title: &str, text: &str) -> Option<Confidence> {
        let vocab = Vocabulary::bundled().unwrap();
        let s = Suggester::suggest_once(&vocab, title, text).unwrap();
        s.attack
            .iter()
            .find(|a| a.value == "scam")
            .map(|a| a.confidence)
    }

    #[test]
    fn the_crime_of_the_arrested_is_their_type() {
        // Twentieth split (acotonou.com): the charge of an arrest, in the lead.
        let fr = "Au Bénin, l’Office central de répression de la cybercriminalité a arrêté, \
                  vendredi 18 août 2023 à Abomey-Calavi, un homme pour escroquerie de près de \
                  42 millions FCFA.";
        assert_eq!(scam("", fr), Some(Confidence::Medium));
        // Twentieth split (globmedia.online): the arrested are what they specialise in.
        let fr = "Deux présumés cybercriminels ont été interpellé dans la nuit du 20 au 21 \
                  janvier 2026 à Douala. L’exploitation rapide de ces objets a permis aux \
                  enquêteurs de découvrir qu’il s’agissait des spécialistes de l’escroquerie en \
                  ligne.";
        assert_eq!(
            scam("Deux présumés fraudeurs dans les mailles de la police", fr),
            Some(Confidence::Medium)
        );
        // Nineteenth split (Sambava): the network's members, arrested, are « les escrocs ».
        let fr = "Quatre membres d'un réseau se sont faits cueillir jeudi par la gendarmerie. \
                  Avant d'être démantelée, l'organisation avait déjà fait de nombreuses victimes. \
                  Les escrocs prenaient surtout pour cibles les commerçants en ligne.";
        assert_eq!(scam("", fr), Some(Confidence::Medium));
        let en = "Police arrested three men on Tuesday. The scammers posed as bank employees \
                  to empty the savings of pensioners.";
        assert_eq!(scam("", en), Some(Confidence::Medium));
    }

    #[test]
    fn the_arrested_named_as_fraudsters_is_a_scam_not_the_victims_country() {
        // Twenty-first split (gaskiyani.info, Daily Trust): the title names the arrested by
        // their crime, « arnaqueurs », "fraudsters".
        let vocab = Vocabulary::bundled().unwrap();
        let fr = "Au Bénin, la Police Républicaine mène une lutte farouche contre les arnaqueurs \
                  en ligne. La Direction Départementale de la Police du Littoral a annoncé avoir \
                  mis la main sur neuf présumés cybercriminels.";
        let title = "Cybercriminalité au Bénin: Neuf présumés arnaqueurs en ligne arrêtés";
        assert!(scam(title, fr).is_some());
        let en = "Operatives of the Economic and Financial Crimes Commission (EFCC) Tuesday in \
                  Abuja busted the den of some Internet fraudsters, known as ‘Yahoo Boys’, and \
                  arrested 21 of them.";
        assert!(scam("EFCC nabs 21 internet fraudsters in Abuja", en).is_some());
        // Nineteenth split: the place of a police sweep is not where the victims are.
        let fr = "Sur sa page Facebook, la police togolaise affiche fièrement son dernier coup \
                  de filet. Une quarantaine de jeunes hommes, le visage caché derrière un \
                  masque, posent devant les armes du crime.";
        let title = "Au Togo, coup de filet de la police contre les arnaqueurs à l’héritage et au \
                     love chat";
        let s = Suggester::suggest_once(&vocab, title, fr).unwrap();
        assert!(s.attack.iter().any(|a| a.value == "scam"), "{:?}", s.attack);
        assert!(
            !s.country.iter().any(|c| c.value == "TG"),
            "{:?}",
            s.country
        );
    }

    #[test]
    fn a_scam_word_without_an_arrest_stays_no_type() {
        // Near misses: the same words where nobody is arrested only say who acted. (A wave the
        // police warn of, « Les arnaques au mobile money se multiplient, alerte la police », is
        // the story's scam since round s40attack, as the gold labels such warnings.)
        let fr = "Les escrocs prenaient surtout pour cibles les commerçants en ligne.";
        assert_eq!(scam("", fr), None);
        let en = "Scammers are posing as bank employees, the police warned on Tuesday.";
        assert_eq!(scam("", en), None);
        // An arrest whose scam is denied, or only what the police fight in general.
        let fr = "Un homme a été interpellé hier à Lyon. Il ne s'agit pas d'une escroquerie, \
                  selon le parquet.";
        assert_eq!(scam("", fr), None);
    }
}
