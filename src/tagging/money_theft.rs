//! Theft of money is not a data breach: "stole the bitcoins", « ont dérobé 2 millions d'euros »,
//! "the theft of $1.5 billion in virtual assets" (`../shared/TAGGING.md`: data-breach is *data*
//! said to be stolen or leaked).
//!
//! Everything here reads folded text (lower case, no accents).

/// Words that name money when they follow a theft word closely.
#[rustfmt::skip]
const MONEY: &[&str] = &[
    "bitcoin", "bitcoins", "btc", "ether", "eth", "crypto", "cryptocurrency", "cryptocurrencies",
    "cryptomonnaie", "cryptomonnaies", "funds", "fonds", "tokens", "jetons", "money", "argent",
    "euros", "dollars", "virtual", "digital assets", "actifs", "$", "€", "£",
    // "cash out the stolen proceeds" of a crypto heist; « les gains volés ».
    "proceeds", "assets", "coins", "cash", "gains", "butin", "loot",
    // Sums taken from buyers (« ce sont les montants subtilisés par des pirates informatiques »,
    // eleventh split). Not "amount": "stolen an enormous amount of personal information".
    "montant", "montants", "somme", "sommes", "sums",
    // Currencies by name, not only by sign: « les hackers qui ont volé deux milliards FCFA sur
    // le compte de la banque » (nineteenth split), "stole ether (ETH), tether (USDT)".
    "fcfa", "cfa", "francs", "ariary", "dirhams", "dinars", "nairas", "naira", "rands", "cedis",
    "shillings", "roupies", "rupees", "yen", "yens", "yuan", "pounds", "livres", "pesos", "reais",
    "roubles", "rubles", "tether", "usdt", "usdc", "stablecoins",
];

/// How many words after a theft word its object may start.
const OBJECT_WORDS: usize = 4;

/// True when what the theft word ending at `end` took is money (within the sentence ending at
/// `sentence_end`): a currency, a coin or an amount comes before any other noun-like word would.
pub(crate) fn takes_money(text: &str, end: usize, sentence_end: usize) -> bool {
    let rest = &text[end..sentence_end.max(end)];
    let mut words = 0;
    for w in rest.split(|c: char| c.is_whitespace() || c == ',' || c == '\'') {
        // The object may end the sentence: "cash out the stolen proceeds."
        let w = w.trim_end_matches(['.', ';', ':', '!', '?', ')', '"']);
        if w.is_empty() {
            continue;
        }
        if MONEY
            .iter()
            .any(|m| w == *m || w.starts_with(['$', '€', '£']))
            || (w.starts_with(|c: char| c.is_ascii_digit()) && rest_names_money(rest))
        {
            return true;
        }
        words += 1;
        if words >= OBJECT_WORDS {
            return false;
        }
    }
    false
}

/// Auxiliaries of a passive theft verb ("has been stolen", « ont été volés »), the progressive's
/// "being" too ("resulted in a total of several million euros being stolen from victims",
/// twenty-fourth split).
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "been", "being", "was", "were", "is", "are", "a", "ont", "avait",
    "avaient", "ete", "est", "sont",
];

/// True when the theft word starting at `start` is a participle said of money, the word before it
/// or before its auxiliaries: "the cryptocurrency has been stolen", « les bitcoins ont été volés »
/// (`sentence_start` bounds the look back).
pub(crate) fn money_was_taken(text: &str, sentence_start: usize, start: usize) -> bool {
    let before = &text[sentence_start.min(start)..start];
    // The first word before the auxiliaries, if any: with none, the participle right after the
    // money ("the FBI tracked cryptocurrency stolen by the DPRK").
    let subject = before
        .rsplit(|c: char| c.is_whitespace() || c == ',' || c == '\'')
        .filter(|w| !w.is_empty())
        .find(|w| !AUXILIARIES.contains(w));
    subject.is_some_and(|w| MONEY.contains(&w))
}

/// Words that make the coin after « en », "in" or « de » the currency of a sum: "$5 million in
/// cryptocurrency", « une rançon de … dollars en cryptomonnaie », « une somme d'argent, ou plutôt
/// de cryptomonnaies ».
#[rustfmt::skip]
const SUM_WORDS: &[&str] = &[
    "rancon", "ransom", "paiement", "payment", "million", "millions", "milliard", "milliards",
    "billion", "billions",
];

/// True when the coin whose name starts at `start` is the currency a sum or a ransom is counted
/// in, not the trade of whoever was hit: « en » or "in" right before it with a sum, a sum in
/// dollars or a ransom among the three words before that, or « de » right after money (not a
/// bare number: "attacks on 40 companies in cryptocurrency"). « Un négociant en
/// cryptomonnaies », « des portefeuilles de cryptomonnaies » name a trade.
pub(crate) fn counted_in(text: &str, start: usize) -> bool {
    let mut words = text[..start]
        .rsplit(|c: char| c.is_whitespace() || c == ',' || c == '\'' || c == '\u{2019}')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !"$€£".contains(c)))
        .filter(|w| !w.is_empty());
    let Some(link) = words.next() else {
        return false;
    };
    let money = |w: &str| SUM_WORDS.contains(&w) || MONEY.contains(&w);
    let amount = |w: &str| money(w) || w.starts_with(['$', '€', '£']);
    let near: Vec<&str> = words.take(3).collect();
    match link {
        "in" | "en" => near.iter().any(|w| amount(w)),
        "de" | "d" => near.iter().any(|w| money(w)),
        _ => false,
    }
}

/// Words of a scam or its authors whose bait a coin right after them names (« arnaque aux
/// bitcoins », « les escrocs aux cryptomonnaies »), or right before them ("crypto scam").
#[rustfmt::skip]
const SCAMS: &[&str] = &[
    "arnaque", "arnaques", "escroquerie", "escroqueries", "scam", "scams", "fraud", "frauds",
    // « les escrocs aux cryptomonnaies, qui vident les comptes des épargnants » (twenty-first).
    "escrocs", "escroc", "arnaqueurs", "scammers",
];

/// Words between a scam and its bait: « arnaque aux bitcoins », « escroquerie à la
/// cryptomonnaie », « arnaque en Bitcoin ».
const SCAM_LINKS: &[&str] = &["aux", "au", "a", "la", "en", "de"];

/// True when the coin at `start..end` (folded) is what a scam promises or asks for, not the trade
/// of whoever was hit: « Arnaque aux bitcoins : le compte Twitter de Kylian Mbappé a été piraté »,
/// « Arnaque cryptomonnaie Instagram WhatsApp : faux experts financiers », "a crypto investment
/// scam". « Une arnaque qui vise à voler des portefeuilles de cryptomonnaies » names what was
/// stolen: the scam word is not next to the coin.
pub(crate) fn scam_bait(text: &str, start: usize, end: usize) -> bool {
    let split = |c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}';
    let mut before = text[..start].rsplit(split).filter(|w| !w.is_empty());
    let scam_before = before
        .by_ref()
        .find(|w| !SCAM_LINKS.contains(w))
        .is_some_and(|w| SCAMS.contains(&w));
    let mut after = text[end..].split(split).filter(|w| !w.is_empty());
    let scam_after = after
        .by_ref()
        .take(2)
        .any(|w| SCAMS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric())));
    scam_before || scam_after
}

/// An amount ("4,500", "2 millions") is money when a currency follows it in the next words.
fn rest_names_money(rest: &str) -> bool {
    rest.split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .take(OBJECT_WORDS + 2)
        .any(|w| {
            MONEY.contains(&w.trim_matches(|c: char| !c.is_alphanumeric() && !"$€£".contains(c)))
        })
}

#[cfg(test)]
mod tests {
    use super::takes_money;

    fn after(t: &str, w: &str) -> bool {
        let e = t.find(w).unwrap() + w.len();
        takes_money(t, e, t.len())
    }

    #[test]
    fn a_scam_s_bait_is_no_trade() {
        let bait = |t: &str, w: &str| {
            let start = t.find(w).unwrap();
            super::scam_bait(t, start, start + w.len())
        };
        // Nineteenth and twenty-first splits, and their English wording.
        assert!(bait(
            "arnaque aux bitcoins : le compte twitter de kylian mbappe a ete pirate",
            "bitcoins"
        ));
        assert!(bait(
            "arnaque cryptomonnaie instagram whatsapp : faux experts financiers",
            "cryptomonnaie"
        ));
        assert!(bait(
            "un terrain de chasse privilegie pour les escrocs aux cryptomonnaies, qui vident",
            "cryptomonnaies"
        ));
        assert!(bait(
            "his account was hijacked to promote a crypto investment scam",
            "crypto"
        ));
        // Near misses: what a scam stole, an exchange the scammers hit.
        assert!(!bait(
            "une arnaque qui vise a voler des portefeuilles de cryptomonnaies",
            "cryptomonnaies"
        ));
        assert!(!bait(
            "scammers drained the hot wallets of the cryptocurrency exchange bitrue",
            "cryptocurrency"
        ));
    }

    #[test]
    fn a_coin_after_a_sum_is_its_currency_not_a_trade() {
        let at = |t: &str, w: &str| super::counted_in(t, t.find(w).unwrap());
        // Twentieth, unseen and seventeenth splits: the sum's currency.
        assert!(at(
            "a college student will be sentenced for stealing more than $5 million in \
             cryptocurrency last year.",
            "cryptocurrency"
        ));
        assert!(at(
            "les pirates exigent une rancon de plusieurs dizaines de milliers de dollars en \
             cryptomonnaie a la mrc.",
            "cryptomonnaie"
        ));
        assert!(at(
            "en exigeant le paiement d'une somme d'argent, ou plutot de cryptomonnaies, pour \
             rouvrir les acces.",
            "cryptomonnaies"
        ));
        // Near misses: the trade of the victim.
        assert!(!at(
            "le lazarus group pirate un negociant en cryptomonnaies.",
            "cryptomonnaies"
        ));
        assert!(!at(
            "une arnaque qui vise a voler des portefeuilles de cryptomonnaies.",
            "cryptomonnaies"
        ));
        assert!(!at(
            "the firm specialises in cryptocurrency payments.",
            "cryptocurrency"
        ));
    }

    #[test]
    fn coins_and_amounts_are_money_records_are_not() {
        assert!(after("the hackers stole the bitcoins in may.", "stole the"));
        assert!(after(
            "les pirates ont vole 2 millions d'euros.",
            "ont vole"
        ));
        assert!(!after(
            "the hackers stole the personal data of 2 million users.",
            "stole the"
        ));
        assert!(!after(
            "les pirates ont vole les dossiers des patients.",
            "ont vole"
        ));
    }

    #[test]
    fn a_currency_named_in_words_is_money() {
        // Nineteenth split: CFA francs stolen from a bank's account.
        assert!(after(
            "l'enquete sur l'attaque des hackers qui ont vole deux milliards fcfa sur le compte de la banque",
            "ont vole"
        ));
        assert!(after(
            "the hackers reportedly stole ether (eth), tether (usdt), and wrapped bitcoin.",
            "stole"
        ));
        // Near miss: records counted in thousands are no currency.
        assert!(!after(
            "les pirates ont vole deux milliards de lignes de donnees.",
            "ont vole"
        ));
    }

    fn passive(t: &str, w: &str) -> bool {
        super::money_was_taken(t, 0, t.find(w).unwrap())
    }

    #[test]
    fn money_as_the_subject_of_a_passive_theft_is_money() {
        assert!(passive(
            "the cryptocurrency has been stolen through a sim swapping attack.",
            "stolen"
        ));
        assert!(passive("les bitcoins ont ete voles en mai.", "voles"));
        assert!(!passive("customer data was stolen in may.", "stolen"));
        assert!(!passive("stolen data appeared online.", "stolen"));
        // The FBI on Lazarus's heists (ninth split): the participle after its money.
        assert!(passive(
            "the fbi tracked cryptocurrency stolen by the dprk.",
            "stolen"
        ));
        assert!(!passive(
            "the fbi tracked data stolen by the dprk.",
            "stolen"
        ));
        // And the money after the participle, at the end of the sentence.
        assert!(after(
            "pyongyang is likely to attempt to cash out the stolen proceeds.",
            "stolen"
        ));
    }
}
