//! The victim's country from the outlet's address when the text names none (round s36boutlet):
//! a regional daily's `.fr`, a Canadian outlet's `.ca`. Only for a victim described by its kind
//! (its sector read), at low confidence, and never over a country the text gives; a `.com`
//! address or a brand the outlet merely reports on gives nothing.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::sync::LazyLock;
use veille::tagging::{Confidence, Field, Suggester, Suggestions, Vocabulary};

static VOCAB: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::bundled().unwrap());
static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::new(&VOCAB).unwrap());

fn suggest_at(link: &str, title: &str, text: &str) -> Suggestions {
    let s = SUGGESTER.suggest_linked(title, text, Some(link));
    // `veille suggest ID` compiles only the article's names: it must read the address alike.
    let alone = Suggester::suggest_once_linked(&VOCAB, title, text, Some(link)).unwrap();
    assert_eq!(alone, s, "{link}");
    s
}

fn countries(s: &Suggestions) -> Vec<&str> {
    s.country.iter().map(|c| c.value.as_str()).collect()
}

// Twelfth split: a Flemish-coast radio's story on a town's hijacked page, France named nowhere.
const CAPPELLE_TITLE: &str = "Cappelle-la-Grande : la page Facebook de la Ville piratée, les habitants appelés à la vigilance";
const CAPPELLE_TEXT: &str = "La Ville de Cappelle-la-Grande a annoncé que sa page officielle \
    Facebook a été victime d’un piratage.\n\nLes services municipaux, en lien avec la plateforme \
    Facebook, sont actuellement mobilisés afin de rétablir l’accès dans les meilleurs délais.\n\n\
    Dans l’attente d’un retour à la normale, la Municipalité appelle les habitants à la plus \
    grande prudence face aux risques d’usurpation.";

#[test]
fn a_regional_outlet_s_domain_places_its_town_fr_en() {
    let link = "https://www.deltafm.fr/cappelle-la-grande-la-page-facebook-de-la-ville-piratee";
    let fr = suggest_at(link, CAPPELLE_TITLE, CAPPELLE_TEXT);
    assert_eq!(countries(&fr), ["FR"], "{:?}", fr.country);
    let c = &fr.country[0];
    // Inferred, so low; the reader shows the domain « dans l’adresse ».
    assert_eq!(c.confidence, Confidence::Low);
    assert_eq!(
        (c.evidence.field, c.evidence.term.as_str()),
        (Field::Link, "deltafm.fr")
    );
    assert_eq!(&link[c.evidence.start..c.evidence.end], "deltafm.fr");
    // Eighteenth split: Stratford is a town in Canada, England and the United States; the
    // Canadian outlet says which.
    let en = suggest_at(
        "https://globalnews.ca/news/5168004/city-of-stratford-ransomware/",
        "City of Stratford dealing with suspected ransomware incident",
        "The mayor of Stratford says the city is dealing with a suspected ransomware incident.\n\n\
         Mayor Dan Mathieson said the city first caught wind of suspicious activity after staff \
         experienced “challenges” with city servers on Sunday.",
    );
    assert_eq!(countries(&en), ["CA"], "{:?}", en.country);
}

#[test]
fn a_generic_domain_or_no_address_places_nothing() {
    let com = suggest_at(
        "https://www.example-news.com/cappelle",
        CAPPELLE_TITLE,
        CAPPELLE_TEXT,
    );
    assert!(com.country.is_empty(), "{:?}", com.country);
    let none = SUGGESTER.suggest_linked(CAPPELLE_TITLE, CAPPELLE_TEXT, None);
    assert_eq!(none, SUGGESTER.suggest(CAPPELLE_TITLE, CAPPELLE_TEXT));
    assert!(none.country.is_empty(), "{:?}", none.country);
}

#[test]
fn the_text_s_country_beats_the_outlet_s() {
    // A French outlet on a Belgian commune: the text's adjective places it, not the domain.
    let s = suggest_at(
        "https://www.lavoixdunord.fr/blegny",
        "Le site internet de la commune de Blegny piraté",
        "Le site internet de la commune belge de Blegny a été piraté ce week-end.",
    );
    assert_eq!(countries(&s), ["BE"], "{:?}", s.country);
}

#[test]
fn a_brand_the_outlet_reports_on_is_not_placed_in_its_country() {
    // Seventeenth split: a French startup blog on an American brand's leak (labelled US, which the
    // text never says): the brand has no sector the text gives, so no FR from the domain.
    let s = suggest_at(
        "https://visionstartups.fr/?p=8850",
        "",
        "C’est exactement ce qui est arrivé à des dizaines de millions de clients de la marque \
         emblématique Under Armour. L’histoire commence réellement en novembre 2025, lorsque le \
         groupe de ransomware connu sous le nom d’Everest revendique une intrusion chez Under \
         Armour.",
    );
    assert!(!countries(&s).contains(&"FR"), "{:?}", s.country);
}
