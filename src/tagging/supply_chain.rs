//! A supply-chain attack as the press tells it: not with the words "supply chain", but by naming
//! the victim's supplier as the one hit (`../shared/TAGGING.md`: supply-chain is an attack that
//! reaches its victims through a supplier, a provider or an MSP):
//! « Un prestataire des Hospices Civils de Lyon a été victime d'une attaque informatique »,
//! « L'un des fournisseurs de la STS est la cible d'une cyberattaque », "five Ontario hospitals
//! affected by a recent ransomware attack, along with their shared IT provider".
//!
//! A supplier word counts only as someone's supplier: after a determiner or a possessive and
//! before whom it serves (« un fournisseur du CISSS », « un fournisseur de services externe »),
//! or with a word of the service it provides ("IT provider", "hosting provider", "third-party
//! vendor"). What it supplies otherwise makes it a kind of company (« fournisseur d'électricité »,
//! "healthcare provider"), and a security firm called in is an investigator. Its sentence must
//! report an incident. Inferred, so at most medium confidence. Folded text.
use super::context::{Cue, Found, Modality};
use super::fraud::{first_asserted, phrase_len, words_if_it_holds, words_of};

/// Words for a supplier in French.
#[rustfmt::skip]
const FOURNISSEURS: &[&str] = &[
    "fournisseur", "fournisseurs", "prestataire", "prestataires", "sous-traitant",
    "sous-traitants", "hebergeur",
];

/// Words for a supplier in English.
#[rustfmt::skip]
const SUPPLIERS: &[&str] = &[
    "provider", "providers", "vendor", "vendors", "supplier", "suppliers", "contractor",
    "contractors", "subcontractor",
];

/// Substrings that every supplier word holds, tested before a sentence is split into words.
const STEMS: &[&str] = &[
    "fournisseur",
    "prestataire",
    "sous-traitant",
    "hebergeur",
    "provider",
    "vendor",
    "supplier",
    "contractor",
];

/// Words before a French supplier word that make it someone's (« un », « l'un des », « ses »).
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "un", "le", "son", "ses", "leur", "leurs", "un des", "l un des", "d un", "chez un",
    "par un", "notre", "nos",
];

/// Adjectives the press puts between the determiner and the supplier word (« un important
/// hébergeur d'infrastructures informatiques », sixteenth split): the supplier is still someone's.
#[rustfmt::skip]
const SIZE_WORDS: &[&str] = &[
    "important", "grand", "gros", "principal", "seul", "meme", "ancien", "nouveau",
];

/// Words after what a French supplier provides that make it IT run for its clients, not goods
/// it sells (« hébergeur d'infrastructures informatiques », « fournisseur de systèmes
/// numériques »).
const FOR_CLIENTS_IT: &[&str] = &["informatique", "informatiques", "numerique", "numeriques"];

/// Words after a French supplier word that say whom or how it serves.
#[rustfmt::skip]
const SERVES: &[&str] = &[
    "de", "du", "des", "d", "externe", "externes", "informatique", "informatiques", "qui",
    "tiers",
];

/// What a supplier sells when it is only a kind of company (« fournisseur d'électricité »,
/// « fournisseur d'accès à internet »), or what an investigator is (« prestataire de
/// cybersécurité »).
#[rustfmt::skip]
const NOT_SERVING: &[&str] = &[
    "acces", "electricite", "energie", "gaz", "eau", "internet", "telephonie", "securite",
    "cybersecurite", "solutions", "services de securite", "renseignement", "industrie",
    "secteur",
];

/// Words before an English supplier word that make it someone's supplier ("their shared IT
/// provider", "the board's website hosting provider", "a third-party service provider"). A bare
/// "(managed) service provider" is a kind of company: hit itself, it is the victim (Kaseya's
/// ransomware attack, labelled without supply-chain when the text does not say its customers
/// were reached through it).
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "it", "hosting", "software", "technology", "cloud", "automation", "saas", "platform", "web",
    "third-party", "third party", "payroll",
    "shared", "its", "their", "external", "outside", "s", "it service", "third-party service",
    "its service", "their service", "outside service", "external service",
    // "through an account linked to its managed services provider" (fifth split; a bare
    // managed service provider hit is the victim), "the local municipal service provider
    // Südwestfalen IT" (tenth split): who runs the victims' IT.
    "its managed service", "its managed services", "their managed service",
    "their managed services", "municipal service", "municipal it",
];

/// Words before a qualifier that make the supplier a kind of company or an investigator
/// ("internet service provider", "security service provider").
#[rustfmt::skip]
const NOT_QUALIFYING: &[&str] = &[
    "internet", "security", "cybersecurity", "health", "healthcare", "care", "telecom",
    "wireless", "email",
];

/// Words of an incident in the supplier's sentence.
#[rustfmt::skip]
const INCIDENT: &[&str] = &[
    "hacker", "hacke", "hackee", "hacked", "breached", "breach", "compromised", "compromis",
    "accessed", "infected", "infecte", "targeted", "ransomware", "rancongiciel", "fuite",
    "pirate", "piratee", "victime", "victimes", "cible",
    // "initial access occurred via a malicious version of a legitimate software through an
    // account linked to its managed services provider" (fifth split).
    "malicious", "malveillant", "malveillante", "malveillants", "malveillantes",
];

/// True when the folded word after « fournisseur de » names goods, not a client: a plural
/// noun, no article or possessive (« de passerelles », not « des Hospices », « de la STS », « de
/// ses clients »).
fn sold_goods(word: &str) -> bool {
    const CLIENT_WORDS: &[&str] = &[
        "la",
        "le",
        "les",
        "l",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "nos",
        "vos",
        "plusieurs",
        "nombreux",
        "nombreuses",
        "certains",
        "certaines",
        "clients",
        "entreprises",
        // Services are run for clients: « un hébergeur de services en ligne » hit stops its
        // clients' software (sixth split).
        "services",
    ];
    word.len() > 3 && word.ends_with(['s', 'x']) && !CLIENT_WORDS.contains(&word)
}

/// Where the lead says a supplier of the victim was hit: the folded span of the supplier word,
/// and how its sentence asserts it.
pub(crate) fn via_supplier(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_if_it_holds(text, (sa, sb), STEMS)?;
        let incident = cues.iter().any(|c| {
            c.start >= sa
                && c.end <= sb
                && matches!(
                    c.cue,
                    Cue::VictimBefore | Cue::VictimAfter | Cue::AttackNoun
                )
        });
        let word = |j: usize| &text[words[j].0..words[j].1];
        if !incident && !(0..words.len()).any(|j| INCIDENT.contains(&word(j))) {
            return None;
        }
        (0..words.len()).find_map(|i| {
            let french = FOURNISSEURS.contains(&word(i));
            if !french && !SUPPLIERS.contains(&word(i)) {
                return None;
            }
            let before = |list: &[&str]| {
                (1..=3).filter(|&n| n <= i).find(|&n| {
                    let joined: Vec<&str> = (i - n..i).map(word).collect();
                    list.contains(&joined.join(" ").as_str())
                })
            };
            let serves = if french {
                let next = phrase_len(text, &words, i + 1, SERVES);
                let sells = next.is_some_and(|n| {
                    phrase_len(text, &words, i + 1 + n, NOT_SERVING).is_some()
                        // « fournisseur de services de sécurité »
                        || phrase_len(text, &words, i + 2 + n, NOT_SERVING).is_some()
                        // « un fournisseur de passerelles de paiement », « de machines
                        // agricoles »: goods in the plural, with no article, are its trade.
                        || (n == 1
                            && matches!(word(i + 1), "de" | "d")
                            && words.get(i + 2).is_some_and(|_| sold_goods(word(i + 2)))
                            && !words
                                .get(i + 3)
                                .is_some_and(|_| FOR_CLIENTS_IT.contains(&word(i + 3))))
                });
                // « impliquant un fournisseur », at the end of a title.
                let last = i + 1 == words.len();
                // « un important hébergeur »: the determiner before the adjective.
                let someones = before(DETERMINERS).is_some()
                    || (i >= 2
                        && SIZE_WORDS.contains(&word(i - 1))
                        && DETERMINERS.contains(&word(i - 2)));
                someones && (next.is_some() || last) && !sells
            } else {
                before(QUALIFIERS).is_some_and(|n| {
                    let from = i - n;
                    from == 0 || !NOT_QUALIFYING.contains(&word(from - 1))
                })
            };
            serves.then_some(words[i])
        })
    };
    first_asserted(text, sentences, cues, found)
}

/// Trades that make the firm hit one that runs IT for others (« ESN », « firme informatique »,
/// "managed service provider"): hit itself, it is the victim, unless its clients are said reached.
/// A software publisher is not one: its clients run its software themselves, and a leak at them
/// is theirs (« L'éditeur de logiciels … Dedalus France a indiqué … avoir identifié parmi ses
/// clients 28 laboratoires », labelled a data breach of the laboratories).
#[rustfmt::skip]
const IT_SUPPLIERS: &[&str] = &[
    "esn", "msp", "managed service provider", "managed services provider", "firme informatique",
    "societe informatique", "entreprise informatique", "prestataire informatique", "it provider",
    "it service provider", "it services provider", "hosting provider",
    "third-party service provider",
];

/// A supplier's clients.
const CLIENTS: &[&str] = &["clients", "clientes", "customers"];

/// Words before clients that make them someone's (« ses clients », "their customers"), or after
/// them (« les clients d'Octave.biz », "customers of").
const CLIENTS_OF_BEFORE: &[&str] = &["ses", "leurs", "its", "their"];
const CLIENTS_OF_AFTER: &[&str] = &["de", "d", "du", "des", "of"];

/// Words saying that others were reached: said of the clients (« ont été impactés », "getting
/// infected"), or, after the supplier word, the attack on it reaching others (« une cyberattaque
/// contre une ESN affecte des centaines d'administrations »).
#[rustfmt::skip]
const REACHED: &[&str] = &[
    "impactes", "impactees", "touches", "touchees", "affectes", "affectees", "victimes",
    "paralyses", "infected", "affected", "impacted", "hit", "compromised",
];
#[rustfmt::skip]
const REACHES: &[&str] = &[
    "affecte", "affectent", "impacte", "impactent", "touche", "touchent", "paralyse",
    "paralysent", "affects", "affecting", "impacting", "disrupting", "disrupts",
];

/// How many sentences after the supplier's the clients reached may be told ("targeted a U.S.
/// managed service provider (MSP) with ransomware. This led to thousands of their customers
/// getting infected").
const CLIENTS_SENTENCES: usize = 1;

/// Where the lead says an IT supplier was hit and its clients reached through it (the Infolog,
/// Octave.biz and Miljödata attacks): the folded span of the supplier word, and how its sentence
/// asserts it. A supplier hit whose clients are not said reached stays the victim.
pub(crate) fn clients_reached(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let incident_in = |(sa, sb): (usize, usize), words: &[(usize, usize)]| {
        cues.iter().any(|c| {
            c.start >= sa
                && c.end <= sb
                && matches!(
                    c.cue,
                    Cue::VictimBefore | Cue::VictimAfter | Cue::AttackNoun
                )
        }) || words
            .iter()
            .any(|&(a, b)| INCIDENT.contains(&&text[a..b]) || REACHED.contains(&&text[a..b]))
    };
    // The clients of someone, said reached, in a sentence: the words of that sentence.
    let clients_reached_in = |words: &[(usize, usize)]| {
        let word = |j: usize| &text[words[j].0..words[j].1];
        (0..words.len()).any(|j| {
            CLIENTS.contains(&word(j))
                && ((j > 0 && CLIENTS_OF_BEFORE.contains(&word(j - 1)))
                    || (j + 1 < words.len() && CLIENTS_OF_AFTER.contains(&word(j + 1))))
        }) && words.iter().any(|&(a, b)| REACHED.contains(&&text[a..b]))
    };
    let found = |k: usize| {
        let (sa, sb) = sentences[k];
        let words = words_of(text, sa, sb);
        let word = |j: usize| &text[words[j].0..words[j].1];
        let (i, n) =
            (0..words.len()).find_map(|i| Some((i, phrase_len(text, &words, i, IT_SUPPLIERS)?)))?;
        let supplier = (words[i].0, words[i + n - 1].1);
        if !incident_in((sa, sb), &words) {
            // The clients' sentence may tell the incident instead.
            let next = sentences.get(k + 1)?;
            let next_words = words_of(text, next.0, next.1);
            return (incident_in(*next, &next_words) && clients_reached_in(&next_words))
                .then_some(supplier);
        }
        // "was affected" is said of the supplier itself.
        let reaches_others = (i + n..words.len()).any(|j| {
            REACHES.contains(&word(j))
                || (word(j) == "affected"
                    && !matches!(word(j - 1), "was" | "were" | "is" | "are" | "been"))
        });
        let clients = (k..=(k + CLIENTS_SENTENCES).min(sentences.len() - 1)).any(|m| {
            let (ma, mb) = sentences[m];
            clients_reached_in(&words_of(text, ma, mb))
        });
        (reaches_others || clients).then_some(supplier)
    };
    for (k, &sentence) in sentences.iter().enumerate() {
        if let Some((start, end)) = found(k) {
            let m = super::context::modality(text, cues, sentence, start, end);
            if m > Modality::Hypothetical {
                return Some((start, end, m));
            }
        }
    }
    None
}
