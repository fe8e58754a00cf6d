//! What a ransom alone says (`../shared/TAGGING.md`): extortion is "a leak-site threat, an auction,
//! a demand to keep stolen data private"; ransomware is encryption "or a ransomware brand with a
//! ransom to restore access". A ransom asked of a victim whose systems were hit, when the article
//! reports no data taken, is a ransom to get the systems back: ransomware, not extortion
//! (« l'attaque informatique a infecté les serveurs, avec un message demandant de payer une
//! rançon »; "the hackers are demanding a ransom to return its services"). Inferred, not stated:
//! medium confidence at most.
use super::suggest::{Confidence, Suggestion};

/// Verbs of paying: a ransom one refuses to pay was asked (« ne pas payer la rançon »).
#[rustfmt::skip]
const PAY: &[&str] = &[
    "pay", "paid", "paying", "pays", "payer", "paye", "payee", "payes", "verser", "verse",
    "versee", "ceder",
];

/// How many words before a ransom word a paying verb may stand ("not pay the ransom", « refusé de
/// payer cette rançon »).
const PAY_WORDS: usize = 3;

/// True when a paying verb stands within a few words before the ransom word at `start` of the
/// folded `text` (not before `floor`): "instructed the Division to not pay the ransom", « la
/// commune ne paiera pas la rançon ». Its negation refuses the payment; it does not deny the
/// ransom, which was asked.
pub(super) fn refused_payment(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, PAY_WORDS);
    text[from..start]
        .split(|c: char| !super::fold::is_word_char(c))
        .any(|w| PAY.contains(&w) || w.starts_with("paier"))
}

/// How many words before a ransom word a condition may open ("unless a ransom of $1.3 million
/// was paid", « sauf si une rançon de 1,3 million de dollars leur était remise »).
const CONDITION_WORDS: usize = 4;

/// Besides the shared denying words (`context::denies`), what denies a condition's ransom: « sans »
/// and « ni » (« sauf si … sans rançon »), and "any", which leaves open whether a ransom was asked
/// at all ("if any ransom was demanded").
const CONDITION_DENIALS: &[&str] = &["sans", "ni", "any"];

/// True when a condition opens within a few words before the ransom word at `start` of the
/// folded `text` (not before `floor`), with no denial between: « menacé de vendre ces données,
/// sauf si une rançon … leur était remise », « menacent de divulguer leur contenu … si une
/// rançon ne leur est pas payée », "unless a ransom is paid". The ransom is the threat's price,
/// asked, not denied.
pub(super) fn ransom_as_condition(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, CONDITION_WORDS);
    let words: Vec<&str> = text[from..start]
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let Some(i) = words
        .iter()
        .rposition(|w| matches!(*w, "si" | "sauf" | "unless" | "if"))
    else {
        return false;
    };
    !words[i..]
        .iter()
        .any(|w| super::context::denies(w) || CONDITION_DENIALS.contains(w))
}

/// Turns the extortion suggested only from ransom words (`value`) into ransomware when the article
/// reports no data taken and does not deny the ransom. A stolen-data article keeps its extortion:
/// the ransom may be the price of silence.
pub(super) fn restore_access(attack: &mut Vec<Suggestion>, value: &str, ransom_denied: bool) {
    let has = |v: &str| attack.iter().any(|a| a.value == v);
    if ransom_denied || value != "extortion" || has("data-breach") || has("ransomware") {
        return;
    }
    // Only a ransom the article states: a ransom it merely reports (« une rançon aurait été
    // exigée ») is neither extortion nor, on that alone, ransomware.
    let Some(i) = attack.iter().position(|a| a.value == value) else {
        return;
    };
    if attack[i].confidence < Confidence::High {
        attack.remove(i);
        return;
    }
    attack[i].value = "ransomware".to_string();
    attack[i].confidence = Confidence::Medium;
}

/// Words that say what a ransom buys is the fate of taken data: its deletion or its silence.
#[rustfmt::skip]
const DATA_FATE: &[&str] = &[
    "stolen", "volees", "voles", "derobees", "derobes", "publication", "publish", "publishing",
    "leak", "leaking", "delete", "deleting", "supprimer", "effacer", "divulguer", "divulgation",
    // « une rançon avant le 4 août prochain, auquel cas l'ensemble des données seront dévoilées »
    // (twenty-first split).
    "devoiler", "devoilees", "devoiles", "devoilee",
    // Data taken in the ransom's own sentence, as "stolen" (« Ces pirates … les ont paralysés, ont
    // siphonné des documents et exigent désormais une rançon », twenty-fourth split).
    "siphonne", "siphonnees", "siphonnes", "siphonnee", "subtilise", "subtilisees", "subtilises",
    "exfiltre", "exfiltrees", "exfiltres", "exfiltrated",
];

/// True when the folded sentence of a ransom says the ransom is for stolen data — its deletion or
/// its publication (« exiger une rançon pour la publication de données volées », "a ransom demand
/// of exactly $1 million … to either delete or download the alleged stolen files", "screenshots
/// as proof of 6.5 terabytes of stolen data, in attempt force the city to pay a ransom"): the
/// price of silence, extortion even beside a ransomware (`../shared/TAGGING.md`: "a demand to keep
/// stolen data private").
pub(super) fn for_data(sentence: &str) -> bool {
    let words = || sentence.split(|c: char| !super::fold::is_word_char(c));
    // A ransom for the key buys access back, whatever was taken besides (« des données ont été
    // subtilisées, cryptées et les hackers ont exigé une rançon pour fournir la clé de
    // décryptage », twenty-third split).
    if words().any(|w| KEY.contains(&w)) {
        return false;
    }
    words().any(|w| DATA_FATE.contains(&w))
        || words().any(|w| PUBLISHED.contains(&w)) && words().any(|w| DATA.contains(&w))
}

/// What a ransom for access buys: the key.
#[rustfmt::skip]
const KEY: &[&str] = &[
    "decryptage", "dechiffrement", "decryption", "decryptor", "decrypteur",
];

/// Verbs of publishing: data published in the sentence of a ransom is the threat carried out
/// (« a mis a exécution sa menace en publiant ces données », "When the county refused to pay
/// the ransom, the cybercriminals posted some county data on the Dark Web").
#[rustfmt::skip]
const PUBLISHED: &[&str] = &[
    "publiant", "publie", "publiees", "publies", "publiee", "diffuse", "diffusees", "diffusant",
    "published", "posted", "leaked", "dumped",
    // "a ransom … be paid by 17:00 on 28th October or all of the data it has gleaned will be
    // uploaded to the internet" (twenty-second split).
    "uploaded",
];

/// What such a verb publishes.
#[rustfmt::skip]
const DATA: &[&str] = &[
    "donnees", "fichiers", "documents", "informations", "data", "files", "records",
    "information",
];

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_ransom_for_stolen_data_is_extortion_beside_a_ransomware() {
        // eleventh split, English: Cybernews on Medusa's school districts.
        let text = "The Medusa ransomware gang has laid claim to three separate school districts. \
            Medusa started a countdown clock and a ransom demand of exactly $1 million to either \
            delete or download the alleged stolen files.";
        let got = attack(
            "Three states, three school districts, one Medusa ransom gang",
            text,
        );
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        assert!(got.contains(&"ransomware".to_string()), "{got:?}");
        // French: a ransomware and a ransom for the publication of stolen data.
        let text = "Les ordinateurs de la ville avaient été touchés par un rançongiciel. Les \
            pirates exigent une rançon pour la non-publication des données volées.";
        let got = attack("La ville refuse de payer", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
    }

    #[test]
    fn a_ransom_as_a_threat_s_condition_is_asked_not_denied() {
        // fourteenth split: the Charleroi bar, LockBit's threat.
        let text = "Les pirates déclarent avoir récupéré plus de 12.000 documents et menacent de \
            divulguer leur contenu le 9 octobre prochain si une rançon ne leur est pas payée.";
        let got = attack(
            "Le barreau de Charleroi a été victime d’une cyberattaque",
            text,
        );
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        let text = "The gang threatened to publish the files unless a ransom was paid by Friday.";
        let got = attack("School district hit by hackers", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        // A ransom denied stays denied, condition or not.
        let text = "La commune n'a reçu aucune demande de rançon, et ne paierait pas si une \
            demande arrivait.";
        let got = attack("La commune victime d'une cyberattaque", text);
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
        assert!(!got.contains(&"ransomware".to_string()), "{got:?}");
    }

    #[test]
    fn a_ransom_to_unlock_systems_is_the_ransomwares() {
        let text = "Les serveurs ont été chiffrés par un rançongiciel et les pirates réclament \
            une rançon pour les débloquer.";
        let got = attack("La commune victime d'un rançongiciel", text);
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
        let text = "A ransomware attack encrypted the county's servers and the hackers demanded \
            a ransom to restore them.";
        let got = attack("County hit by ransomware", text);
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
    }

    #[test]
    fn data_published_beside_a_ransom_is_extortion() {
        // twelfth split, French: Dakaractu on AGEROUTE.
        let text = "Ce groupe dont certains de ses membres ont demandé une rançon à l'agence \
            routière, a mis a exécution sa menace en publiant ces données critiques.";
        let got = attack("L'AGEROUTE victime de piratage", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        assert!(!got.contains(&"ransomware".to_string()), "{got:?}");
        // twelfth split, English: Dawson County's notification.
        let text = "When the county refused to pay the ransom, the cybercriminals posted some \
            county data on the Dark Web.";
        let got = attack(
            "Dawson County warns of possible access to personal information",
            text,
        );
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        // twelfth split, English: St. Paul's data after the city refused to pay.
        let text = "Officials from the City of St. Paul, Minnesota, have confirmed that the \
            Interlock ransomware group has published employee data online after refusing the \
            attackers' payment demands.";
        let got = attack("St Paul Mayor Interlock Data Leak", text);
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
        // A statement published about a ransom publishes no data.
        let text = "Une rançon a été demandée aux serveurs chiffrés, selon un communiqué publié \
            lundi.";
        let got = attack("La commune victime d'un rançongiciel", text);
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
    }
}
