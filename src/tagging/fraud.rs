//! The fraud family decided by what the text says was done, not by « escroc » or "scam"
//! (`../shared/TAGGING.md`: the types the text says happened):
//! - payments diverted — bank details changed, a payment, invoice or salary diverted or
//!   intercepted (« informer le club d'un changement de coordonnées bancaires », « ils
//!   détournaient les salaires », "the supplier's bank details were changed", "invoices were
//!   redirected", a payment sent « sur un autre compte bancaire ») — are business e-mail compromise (bec-fraud), which makes "scam" redundant;
//! - an account or mailbox said to be hacked, with words between (« le compte d'un jeune a été
//!   piraté », « le piratage de comptes ENT », "her email account was hacked", "customer account
//!   compromise") is an account takeover, which makes "intrusion" redundant.
//!
//! Both are inferred from a description, so at most medium confidence. Folded text (lower case,
//! no accents), like every cue.
use super::context::{self, Found, Modality};
use super::fold::is_word_char;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

/// What a payment fraud diverts.
#[rustfmt::skip]
const PAYMENTS: &[&str] = &[
    "virement", "virements", "paiement", "paiements", "facture", "factures", "salaire",
    "salaires", "recettes", "payment", "payments", "invoice", "invoices",
    "wire transfer", "wire transfers", "salary", "salaries", "payroll",
];

/// Funds: « détournement de fonds » is embezzlement, a charge (« inculpés de détournement des
/// fonds »), a bank's hack (« les fonds détournés ont été convertis en cryptomonnaie »,
/// twenty-fourth split) or a fear (« empêchant tout détournement de fonds »): 3 wrong of 4 on the
/// read splits. Only with the mails the payer was fooled by is it the fraud (« le pirate a fait
/// des détournements de fonds par falsification de mails », twenty-third).
const FUNDS: &[&str] = &["fonds", "funds"];

/// The mails of a payment fraud, in the sentence of diverted funds.
#[rustfmt::skip]
const MAILS: &[&str] = &[
    "mail", "mails", "e-mail", "e-mails", "email", "emails", "courriel", "courriels",
    "messagerie",
];

/// How it is diverted (word starts: « détournaient », "redirected").
#[rustfmt::skip]
const DIVERTING: &[&str] = &[
    "detourn", "redirig", "intercept", "divert", "redirect", "rerout",
];

/// The bank details a fraudster has changed.
#[rustfmt::skip]
const BANK_DETAILS: &[&str] = &[
    "coordonnees bancaires", "rib", "iban", "bank details", "banking details",
    "bank account details", "payment details",
];

/// Words that make bank details a fraudster's.
#[rustfmt::skip]
const CHANGED: &[&str] = &[
    "changement", "modification", "modifie", "modifiees", "modifiee", "nouveau", "nouvelles",
    "nouvelle", "faux", "fausses", "change", "changed", "changes", "new", "update", "updated", "fake",
    "fraudulent", "altered",
];

/// Another account a payment is sent to (« l'envoi d'un paiement sur un autre compte bancaire »,
/// "payments to a different account"): the payee's details were swapped.
#[rustfmt::skip]
const OTHER_ACCOUNT: &[&str] = &[
    "autre compte", "nouveau compte", "another account", "different account", "new account",
    "other account",
];

/// How many words apart the two halves of a description may stand.
const GAP_WORDS: usize = 4;

/// An account or mailbox.
#[rustfmt::skip]
pub(crate) const ACCOUNTS: &[&str] = &[
    "compte", "comptes", "messagerie", "messageries", "messagerie electronique", "boite mail",
    "boite e-mail", "boite de messagerie", "adresse mail", "adresse e-mail", "account",
    "accounts", "mailbox", "inbox", "email account", "e-mail account",
    // « les adresses mails des profs piratés », « un compte mail de l'opérateur … a été compromis »
    "compte mail", "compte e-mail", "comptes mail", "comptes e-mail", "adresses mail",
    "adresses mails", "adresses e-mail", "boites mail", "boites mails", "email accounts",
    "e-mail accounts",
    // Québec's « courriel » (« la boîte courriel de la greffière »).
    "boite courriel", "boites courriel", "adresse courriel", "adresses courriel",
    "compte courriel", "comptes courriel",
    // A page or channel on a social network is an account (« La page Facebook officielle de la
    // Ville de Talant a été piratée puis supprimée », tenth split).
    "page facebook", "pages facebook", "page instagram", "page linkedin", "chaine youtube",
    "facebook page", "facebook pages", "instagram page", "youtube channel",
    // A messaging number is its account (« Le numéro WhatsApp du ministre … a été piraté »,
    // twenty-fifth split).
    "numero whatsapp", "numeros whatsapp", "whatsapp number", "whatsapp numbers",
];

/// How many words may stand between an account and its auxiliary when no punctuation does
/// (« un compte mail de l'opérateur de centrale de réserve Prismecs a été compromis »).
const OWNER_WORDS: usize = 10;

/// Words that open the account's owner, before a participle said without auxiliary (« les
/// adresses mails des profs piratés »).
#[rustfmt::skip]
const OWNER: &[&str] = &[
    "de", "des", "du", "d", "of",
];

/// Said of an account after an auxiliary (« a été piraté », "was hacked") or right after it
/// (« comptes compromis », "accounts hijacked").
#[rustfmt::skip]
const HACKED: &[&str] = &[
    "pirate", "piratee", "pirates", "piratees", "compromis", "compromise", "compromised",
    "hacked", "hijacked", "detourne", "detournee", "detournes", "detournees", "usurpe",
    "usurpee", "usurpes", "usurpees", "taken over",
    // The press's franglais (« a vu son compte Twitter hacké », nineteenth split).
    "hacke", "hackee", "hackes", "hackees",
    // The account attacked by someone (« ont récemment vu leur comptes facebook attaqués par des
    // hackers qui en ont pris possession », twenty-fourth split).
    "attaque par", "attaques par", "attaquee par", "attaquees par",
    // The account as the victim (« les comptes victimes de piratage »), with the article too (« le
    // compte avait été victime d'un piratage », the prefecture's Twitter account, sixteenth split;
    // « le compte e-mail de l'équipe a été victime d'un piratage », fourteenth).
    "victime de piratage", "victimes de piratage", "victime d un piratage",
    "victimes d un piratage",
];

/// Said of an account after an auxiliary only: "a Smith Family team member's email account being
/// temporarily accessed by an unauthorised third party" (twenty-fifth split). Right after the
/// account, "accounts accessed" may be a count's.
#[rustfmt::skip]
const ACCESSED: &[&str] = &[
    "accessed",
];

/// Auxiliaries before a participle: « a été piraté », « ayant été piratée », "was hacked".
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "ete", "est", "sont", "etait", "etaient", "was", "were", "been", "is", "are", "got",
    // "an employee's email account being accessed".
    "being",
];

/// What a social network's account is called after its name (« son compte Twitter hacké », « le
/// compte X personnel »): words between the account and its participle said without auxiliary.
#[rustfmt::skip]
const PLATFORMS: &[&str] = &[
    "twitter", "x", "facebook", "instagram", "whatsapp", "tiktok", "linkedin", "youtube",
    "telegram", "snapchat", "gmail", "outlook", "officiel", "officielle", "personnel",
    "personnelle", "professionnel", "professionnelle", "official", "personal",
];

/// Adverbs between an auxiliary and its participle (« La page Facebook d'Elecam … a été à
/// nouveau piraté », "was also hacked").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "a nouveau", "de nouveau", "encore", "egalement", "aussi", "deja", "also", "again", "once again",
    "temporarily", "briefly", "temporairement",
    // What insists or dates it (« la page Facebook du président de la République a été tout
    // bonnement piratée », twenty-sixth split; « a été récemment piraté », "was recently hacked").
    "tout bonnement", "tout simplement", "recemment", "recently",
];

/// A verb of taking an account, right before it or its determiner (« les hackers piratent le
/// compte Facebook d'Elecam », "DOJ charges Russian officers for hacking e-mail accounts").
#[rustfmt::skip]
const TAKE_VERBS: &[&str] = &[
    "piratent", "pirater", "piratant", "a pirate", "ont pirate", "avait pirate", "avaient pirate",
    "hacking", "hacked into", "hijacking", "hijacked", "took over", "taking over", "take over",
];

/// A determiner or possessive between such a verb and the account.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "the", "his",
    "her", "their", "its", "an", "a",
];

/// « se fait pirater », « s'est fait hacker »: the account made to undergo it.
#[rustfmt::skip]
const MADE_TO: &[&str] = &[
    "fait pirater", "fait hacker", "fait voler", "fait usurper", "faire pirater", "faire hacker",
];

/// The taking of an account named as a noun before it: « piratage de comptes », "hijacking of
/// the account"; "account compromise" puts it after.
#[rustfmt::skip]
const TAKING: &[&str] = &[
    "piratage", "compromission", "detournement", "prise de controle", "hacking", "hijacking",
    "compromise", "takeover",
    // The taking said with a verb: « prendre le contrôle de la boîte courriel d'un fournisseur »
    // (twentieth split), "took control of their email accounts".
    "prendre le controle", "pris le controle", "prend le controle", "prennent le controle",
    "took control", "taken control", "take control", "takes control", "gained control",
    "seized control",
    // « pour prendre possession du compte des victimes » (twentieth split).
    "prendre possession", "pris possession", "prend possession", "prennent possession",
];

/// Counts of a few accounts, between [`OF`] and the account: a takeover of some, not a leak's
/// size (digits, « 40 000 comptes », are not read).
#[rustfmt::skip]
const FEW: &[&str] = &[
    "deux", "trois", "quatre", "plusieurs", "quelques", "two", "three", "four", "several",
    "some", "multiple",
];

/// The words that join [`TAKING`] to its account.
#[rustfmt::skip]
const OF: &[&str] = &[
    "de", "des", "du", "d", "de la", "de l", "de son", "de sa", "de ses", "de leur", "de leurs", "of", "of the",
    "of their", "of his", "of her", "of its",
];

/// A description of payments diverted: its folded span and how its sentence asserts it.
pub(crate) fn diverted_payment(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        for (i, &(ws, we)) in words.iter().enumerate() {
            let w = &text[ws..we];
            let near = |list: &[&str], prefix: bool| {
                phrase_near(text, &words, i, GAP_WORDS, |p| {
                    list.iter()
                        .any(|l| if prefix { p.starts_with(l) } else { p == *l })
                })
            };
            let diverting = DIVERTING.iter().any(|d| w.starts_with(d));
            let details = || starts_phrase(text, &words, i, BANK_DETAILS) && near(CHANGED, false);
            let elsewhere = || PAYMENTS.contains(&w) && near(OTHER_ACCOUNT, false);
            let by_mail = || words.iter().any(|&(a, b)| MAILS.contains(&&text[a..b]));
            let funds = || near(FUNDS, false) && by_mail();
            if diverting && (near(PAYMENTS, false) || funds()) || details() || elsewhere() {
                return Some((ws, we));
            }
        }
        None
    };
    first_asserted(text, sentences, cues, found)
}

/// A description of an account taken over: its folded span and how its sentence asserts it.
pub(crate) fn account_hacked(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        // Every finding opens with one of ACCOUNTS: a sentence without any is not split.
        if !ACCOUNT_PHRASES.is_match(&text[sa..sb]) {
            return None;
        }
        let words = words_of(text, sa, sb);
        for i in 0..words.len() {
            let Some(n) = phrase_len(text, &words, i, ACCOUNTS) else {
                continue;
            };
            let account = (words[i].0, words[i + n - 1].1);
            // « les numéros de comptes bancaires », "account numbers": data, not a login.
            let numbers = (i >= 2 && &text[words[i - 2].0..words[i - 1].1] == "numeros de")
                || phrase_len(text, &words, i + n, &["number", "numbers"]).is_some();
            if numbers {
                continue;
            }
            // "40,000 accounts compromised": a count of exposed accounts is a leak's size.
            let counted = words[i.saturating_sub(2)..i]
                .iter()
                .any(|&(a, b)| text[a..b].chars().any(|c| c.is_ascii_digit()));
            if counted {
                continue;
            }
            // « comptes piratés », "account compromise", "accounts hijacked".
            let next = i + n;
            if phrase_len(text, &words, next, HACKED).is_some()
                || phrase_len(text, &words, next, TAKING).is_some()
            {
                return Some(account);
            }
            // « son compte Twitter hacké », « la page Facebook officielle piratée ».
            let named = (next..(next + 2).min(words.len()))
                .take_while(|&k| PLATFORMS.contains(&&text[words[k].0..words[k].1]))
                .count();
            if named > 0 && phrase_len(text, &words, next + named, HACKED).is_some() {
                return Some(account);
            }
            // « le compte d'un jeune a été piraté », "her email account was hacked".
            // (« rendre compte », « compte tenu » have no auxiliary and participle after them.)
            // Past a long owner only while no punctuation closes the subject.
            for j in next..(next + OWNER_WORDS + 2).min(words.len()) {
                if j > next + GAP_WORDS + 1 && text[account.1..words[j].0].contains([',', ';', ':'])
                {
                    break;
                }
                let aux = &text[words[j].0..words[j].1];
                let participle = j + 1 + phrase_len(text, &words, j + 1, ADVERBS).unwrap_or(0);
                if AUXILIARIES.contains(&aux)
                    && (phrase_len(text, &words, participle, HACKED).is_some()
                        || phrase_len(text, &words, participle, ACCESSED).is_some())
                    || phrase_len(text, &words, j, MADE_TO).is_some()
                {
                    return Some(account);
                }
            }
            // « les adresses mails des profs piratés »: the owner, then the participle.
            if next < words.len() && OWNER.contains(&&text[words[next].0..words[next].1]) {
                for j in next + 2..(next + 4).min(words.len()) {
                    if phrase_len(text, &words, j, HACKED).is_some() {
                        return Some(account);
                    }
                }
            }
            // « le piratage de comptes ENT », "the hijacking of accounts".
            // "hacking e-mail accounts", but not « piratent les comptes de 40 000 étudiants »:
            // a count of accounts is a leak's size, as before them.
            let counted_after = words[next..(next + 3).min(words.len())]
                .iter()
                .any(|&(a, b)| text[a..b].chars().any(|c| c.is_ascii_digit()));
            if taken_before(text, &words, i) || taken_by_a_verb(text, &words, i) && !counted_after {
                return Some(account);
            }
        }
        None
    };
    first_asserted(text, sentences, cues, found)
}

/// Words for the wrongdoers (« les escrocs », "scammers"): in a title they name what the story
/// is about; in the text they say who did something, and what that was decides the type.
#[rustfmt::skip]
const WRONGDOERS: &[&str] = &[
    "escroc", "escrocs", "scammer", "scammers", "fraudeur", "fraudeurs", "fraudster", "fraudsters",
    "arnaqueur", "arnaqueurs",
];

/// True when a scam's words (folded) name the people, not the act.
pub(crate) fn names_the_wrongdoers(term: &str) -> bool {
    WRONGDOERS.contains(&term)
}

/// The first description `found` reads in the lead's sentences that is not denied or
/// hypothetical.
pub(crate) fn first_asserted(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
    found: impl Fn((usize, usize)) -> Option<(usize, usize)>,
) -> Option<(usize, usize, Modality)> {
    for &s in sentences {
        if let Some((start, end)) = found(s) {
            let m = context::modality(text, cues, s, start, end);
            if m > Modality::Hypothetical {
                return Some((start, end, m));
            }
        }
    }
    None
}

/// Like [`first_asserted`], but only a sentence that states the fact: a reported or hedged
/// description says too little, and it does not hide a later statement of the same fact (« Plus
/// de 12.000 documents auraient été volés. … Les pirates … ont annoncé qu'ils avaient pris
/// possession des données du Barreau de Charleroi », fourteenth split).
pub(crate) fn first_stated(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
    found: impl Fn((usize, usize)) -> Option<(usize, usize)>,
) -> Option<(usize, usize, Modality)> {
    for &s in sentences {
        if let Some((start, end)) = found(s)
            && context::modality(text, cues, s, start, end) == Modality::Asserted
        {
            return Some((start, end, Modality::Asserted));
        }
    }
    None
}

/// The words of `text[from..to]`, as folded spans (an elided article is its own word: « d'un »).
///
/// Every attack rule (`data_taken.rs`, `threats.rs`, `supply_chain.rs`…) reads each lead sentence
/// of a text, up to 16 KB of it: the sentences are split once and the rules after the first get
/// the same words from this thread's cache (a tenth of `veille suggest --json` was these splits,
/// nine times over). An entry holds its sentence, compared before it is used: the words are
/// those of the text given, whatever was split before.
pub(crate) fn words_of(text: &str, from: usize, to: usize) -> Words {
    let sentence = &text[from..to];
    SPLIT.with_borrow_mut(|split| {
        if let Some((read, words)) = split.sentences.get(&(from, to))
            && **read == *sentence
        {
            return Rc::clone(words);
        }
        let words: Words = split_words(text, from, to).into();
        // Bounded: another text's sentences are of no use, and a long one must not be kept.
        if split.bytes + sentence.len() > SPLIT_CACHE_BYTES {
            split.sentences.clear();
            split.bytes = 0;
        }
        split.bytes += sentence.len();
        split
            .sentences
            .insert((from, to), (sentence.into(), Rc::clone(&words)));
        words
    })
}

/// The words of sentence `(from, to)` of `text` ([`words_of`]) when it holds one of `stems`: most
/// sentences hold none of a rule's words, and a substring test spares them the word split.
pub(crate) fn words_if_it_holds(
    text: &str,
    (from, to): (usize, usize),
    stems: &[&str],
) -> Option<Words> {
    let sentence = &text[from..to];
    stems
        .iter()
        .any(|s| sentence.contains(s))
        .then(|| words_of(text, from, to))
}

/// [`ACCOUNTS`] in one automaton: whether a sentence holds any of them anywhere is one pass.
static ACCOUNT_PHRASES: LazyLock<super::phrases::Occurrences> = LazyLock::new(|| any_of(ACCOUNTS));

/// An automaton of a rule's list of phrases, for a gate before its word-by-word reading: a rule
/// whose every finding opens with one of them need not split a sentence that holds none (the
/// lists are read for every word of every lead sentence: a third of `veille suggest --json`'s
/// instructions, callgrind). Built from the list itself, so the gate follows the list's edits.
pub(crate) fn any_of(phrases: &[&str]) -> super::phrases::Occurrences {
    super::phrases::Occurrences::new(phrases)
}

/// A sentence's words, as folded spans, shared by the rules that read them.
pub(crate) type Words = Rc<[(usize, usize)]>;

/// The sentences split last on this thread, by span, with their words. Keyed by two offsets
/// hashed as [`AddressHasher`] hashes: every attack rule looks up each lead sentence, and
/// SipHash, the default, was a quarter of this cache's instructions (callgrind, round 30).
#[derive(Default)]
struct SplitCache {
    sentences: HashMap<(usize, usize), (Box<str>, Words), ByAddress>,
    bytes: usize,
}

/// [`AddressHasher`] as a map's hasher.
type ByAddress = std::hash::BuildHasherDefault<AddressHasher>;

/// How many bytes of sentences the cache keeps: a lead's (16 KB) several times over.
const SPLIT_CACHE_BYTES: usize = 256 * 1024;

thread_local! {
    static SPLIT: RefCell<SplitCache> = RefCell::default();
}

/// [`words_of`], split.
fn split_words(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    // Every attack rule splits each lead sentence again: the folded text is nearly all ASCII, read
    // here byte by byte (a character is decoded only past ASCII), and one word in five bytes is
    // room enough that the list seldom grows.
    let sentence = &text[from..to];
    let bytes = sentence.as_bytes();
    let mut out = Vec::with_capacity(sentence.len() / 5 + 1);
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = match bytes[i] {
            b if b.is_ascii() => (char::from(b), 1),
            _ => sentence[i..]
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
        };
        let word = is_word_char(c) || c == '-' && start.is_some();
        match (word, start) {
            (true, None) => start = Some(from + i),
            (false, Some(s)) => {
                out.push((s, from + i));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push((s, to));
    }
    out
}

/// How many words of `list`'s longest phrase start at word `i`.
pub(crate) fn phrase_len(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    list: &'static [&'static str],
) -> Option<usize> {
    // Every phrase tried starts with word `i`'s first byte and is at least as long: only the
    // list's phrases that open with that byte are read ([`ByFirstByte`]), most words none.
    // One pass over them: a phrase of n words is one that the text at word `i` starts with
    // and that ends where word i + n - 1 ends (four passes before, one per length tried).
    // A phrase's length is compared with the three words' ends before its bytes are, and first
    // all at once with the lengths of the phrases opening with that byte: most words ("de",
    // "des", "dans"…) open phrases of none of their lengths, and comparing bytes for them was a
    // fortieth of `veille suggest --json` (callgrind, round 27).
    // A phrase found at word `i` opens with that word whole (the text's bytes are the phrase's,
    // split alike: [`first_word_len`]), so only the phrases whose first word is as long as word
    // `i` are compared: most words that open a phrase of the list's lengths ("de", "des",
    // "les"…) open none with a first word of theirs, and the comparisons of the phrases opening
    // with their byte were two thirds of this function's instructions (callgrind, round 30).
    let &(start, word_end) = words.get(i)?;
    let first = *text.as_bytes().get(start)?;
    let at = &text.as_bytes()[start..];
    let ends = &words[i..(i + 3).min(words.len())];
    let word_len = word_end.saturating_sub(start);
    BY_FIRST_BYTE.with_borrow_mut(|lists| {
        let by = lists.of(list);
        let b = usize::from(first);
        let lengths = by.lengths[b];
        if by.first_word_lengths[b] & length_bit(word_len) == 0
            || ends
                .iter()
                .all(|&(_, e)| lengths & length_bit(e.saturating_sub(start)) == 0)
        {
            return None;
        }
        by.opening_with(first, word_len)
            .iter()
            .filter_map(|l| {
                let k = ends.iter().position(|&(_, e)| e == start + l.len())?;
                at.starts_with(l.as_bytes()).then_some(k + 1)
            })
            .max()
    })
}

/// How many bytes of `phrase` its first word takes, split as [`split_words`] splits a sentence: a
/// phrase found at a word of the text opens with that word, and ends its first word where the
/// text's word ends. A phrase that opens with no word character takes none (and is found nowhere).
fn first_word_len(phrase: &str) -> usize {
    let mut len = 0;
    for c in phrase.chars() {
        if !(is_word_char(c) || c == '-' && len > 0) {
            break;
        }
        len += c.len_utf8();
    }
    len
}

/// A phrase list's phrases grouped by their first byte, then by their first word's length.
/// [`phrase_len`] is asked of every word of every lead sentence, once per list of each attack
/// rule: reading the whole list each time for the few phrases that open as the word does was a
/// tenth of `veille suggest --json`'s time (perf, round 26).
struct ByFirstByte {
    /// The groups of phrases opening with byte `b` are `groups[starts[b]..starts[b + 1]]`.
    starts: [usize; 257],
    /// A group: its phrases' first word's length ([`first_word_len`]), and where they are in
    /// `phrases`.
    groups: Vec<(usize, std::ops::Range<usize>)>,
    /// The list's phrases, by first byte, then by their first word's length.
    phrases: Vec<&'static str>,
    /// The lengths of the phrases opening with byte `b`, as [`length_bit`]s.
    lengths: [u64; 256],
    /// The lengths of the first words of the phrases opening with byte `b`, as [`length_bit`]s.
    first_word_lengths: [u64; 256],
}

/// A length as one bit of a mask: bit n for n bytes, bit 63 for every length from 63 up (a
/// mask then says which lengths may occur, never that one cannot).
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl ByFirstByte {
    /// Boxed, and built out of [`phrase_len`]'s line: held in the map by value, its 4 KB made
    /// the map's entries 4 KB apart (a cache miss at each lookup's key) and [`phrase_len`]'s stack
    /// frame 4 KB deep, probed on every call. Boxed, the same instructions take a fifth less time
    /// (`perf` samples of `phrase_len` over `veille suggest --json`'s 10,000 articles, round 28).
    #[inline(never)]
    fn new(list: &'static [&'static str]) -> Box<ByFirstByte> {
        let mut sorted: Vec<(u8, usize, &'static str)> = list
            .iter()
            .filter_map(|l| Some((*l.as_bytes().first()?, first_word_len(l), *l)))
            .collect();
        sorted.sort_by_key(|&(b, n, _)| (b, n));
        let mut starts = [0; 257];
        let mut groups: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        let mut lengths = [0; 256];
        let mut first_word_lengths = [0; 256];
        let mut next = 0;
        for b in 0..=u8::MAX {
            starts[usize::from(b)] = groups.len();
            while let Some(&(_, n, _)) = sorted.get(next).filter(|(pb, _, _)| *pb == b) {
                let from = next;
                while sorted
                    .get(next)
                    .is_some_and(|&(pb, pn, _)| pb == b && pn == n)
                {
                    lengths[usize::from(b)] |= length_bit(sorted[next].2.len());
                    next += 1;
                }
                first_word_lengths[usize::from(b)] |= length_bit(n);
                groups.push((n, from..next));
            }
        }
        starts[256] = groups.len();
        Box::new(ByFirstByte {
            starts,
            groups,
            phrases: sorted.into_iter().map(|(_, _, l)| l).collect(),
            lengths,
            first_word_lengths,
        })
    }

    /// The phrases opening with byte `b` whose first word is `word_len` bytes long.
    fn opening_with(&self, b: u8, word_len: usize) -> &[&'static str] {
        let groups = &self.groups[self.starts[usize::from(b)]..self.starts[usize::from(b) + 1]];
        groups
            .iter()
            .find(|(n, _)| *n == word_len)
            .map_or(&[], |(_, at)| &self.phrases[at.clone()])
    }
}

/// A hasher for a list's address and length, which [`BY_FIRST_BYTE`] looks up for every word
/// (and for a sentence's span, [`SplitCache`]): SipHash, the default, cost more than the lookup
/// saves. Only `'static` lists are keyed by their address, which no other list can take.
#[derive(Default)]
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits are its well-mixed ones; the table reads the low ones too.
        self.0 ^ (self.0 >> 32)
    }
}

thread_local! {
    /// Each list [`phrase_len`] was asked of, by address and length, grouped by first byte.
    // Const-initialised: read for every word, it need not check whether it was set up.
    static BY_FIRST_BYTE: RefCell<ListsByAddress> = const {
        RefCell::new(ListsByAddress {
            last: None,
            all: HashMap::with_hasher(std::hash::BuildHasherDefault::new()),
        })
    };
}

/// A list's address and length: only `'static` lists are keyed so, which no other list can take.
type ListKey = (usize, usize);

/// The lists [`phrase_len`] read, by address and length.
struct ListsByAddress {
    /// The list read last: a rule asks of one list for every word of a sentence in a row, and
    /// comparing its key spares the table's hash and probe, a sixth of [`phrase_len`]'s
    /// instructions (callgrind, 1,330 articles, round 28).
    last: Option<(ListKey, Rc<ByFirstByte>)>,
    all: HashMap<ListKey, Rc<ByFirstByte>, std::hash::BuildHasherDefault<AddressHasher>>,
}

impl ListsByAddress {
    /// `list` grouped by first byte, grouped on its first reading.
    fn of(&mut self, list: &'static [&'static str]) -> &ByFirstByte {
        let key = (list.as_ptr() as usize, list.len());
        if self.last.as_ref().is_some_and(|(k, _)| *k != key) {
            self.last = None;
        }
        let all = &mut self.all;
        let (_, by) = self.last.get_or_insert_with(|| {
            let by = all
                .entry(key)
                .or_insert_with(|| ByFirstByte::new(list).into());
            (key, Rc::clone(by))
        });
        by
    }
}

fn starts_phrase(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    list: &'static [&'static str],
) -> bool {
    phrase_len(text, words, i, list).is_some()
}

/// True when a phrase of up to three words that `is` accepts starts within `gap` words before or
/// after word `i`.
fn phrase_near(
    text: &str,
    words: &[(usize, usize)],
    i: usize,
    gap: usize,
    is: impl Fn(&str) -> bool,
) -> bool {
    let from = i.saturating_sub(gap + 2);
    let to = (i + gap + 2).min(words.len());
    (from..to).filter(|&j| j != i).any(|j| {
        (1..=3)
            .filter(|n| j + n <= words.len())
            .any(|n| is(&text[words[j].0..words[j + n - 1].1]))
    })
}

/// True when a verb of taking an account stands right before word `i`, or before its
/// determiner: « piratent le compte », "hacking e-mail accounts".
fn taken_by_a_verb(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    let at = if i >= 1 && DETERMINERS.contains(&&text[words[i - 1].0..words[i - 1].1]) {
        i - 1
    } else {
        i
    };
    (1..=2)
        .filter(|&n| n <= at)
        .any(|n| TAKE_VERBS.contains(&&text[words[at - n].0..words[at - 1].1]))
}

/// True when a taking and its joiner stand right before word `i`: « piratage de », "hijacking of
/// the".
fn taken_before(text: &str, words: &[(usize, usize)], i: usize) -> bool {
    // « la compromission de deux comptes d'utilisateurs externes »: a few accounts counted.
    let counted = i >= 1 && FEW.contains(&&text[words[i - 1].0..words[i - 1].1]);
    let i = if counted { i - 1 } else { i };
    (1..=3).filter(|&o| o <= i).any(|o| {
        let of = i - o;
        OF.contains(&&text[words[of].0..words[i - 1].1])
            && (1..=3)
                .filter(|&t| t <= of)
                .any(|t| TAKING.contains(&&text[words[of - t].0..words[of - 1].1]))
    })
}

#[cfg(test)]
mod tests {
    use super::{phrase_len, split_words};

    /// The index of `word`'s first occurrence among `text`'s `words`.
    fn word_index(text: &str, words: &[(usize, usize)], word: &str) -> usize {
        words
            .iter()
            .position(|&(s, e)| &text[s..e] == word)
            .unwrap()
    }

    #[test]
    fn the_longest_phrase_is_found_among_the_list_s_phrases_that_open_alike() {
        // Folded, as the rules read it; phrases opening with one letter, in any order.
        const LIST: &[&str] = &[
            "compte",
            "bank account",
            "comptes clients",
            "bank",
            "compte",
        ];
        let text = "les comptes clients et le bank account details d'un compte";
        let words = split_words(text, 0, text.len());
        let at = |word: &str| word_index(text, &words, word);
        assert_eq!(phrase_len(text, &words, at("comptes"), LIST), Some(2));
        assert_eq!(phrase_len(text, &words, at("bank"), LIST), Some(2));
        assert_eq!(phrase_len(text, &words, at("compte"), LIST), Some(1));
        // A word that opens no phrase of the list, and one past the sentence's end.
        assert_eq!(phrase_len(text, &words, at("clients"), LIST), None);
        assert_eq!(phrase_len(text, &words, words.len(), LIST), None);
    }

    #[test]
    fn a_phrase_is_found_where_its_first_word_is_a_word_of_the_text_whole() {
        // Phrases are compared only at a word as long as their first word: an elided article,
        // a hyphenated word and a word that opens a longer one are still found, or not, as before.
        const LIST: &[&str] = &[
            "d'un compte",
            "de compte",
            "e-mail",
            "des comptes",
            "compte",
        ];
        let text = "le vol d'un compte e-mail, des comptes de comptes";
        let words = split_words(text, 0, text.len());
        let at = |word: &str| word_index(text, &words, word);
        assert_eq!(phrase_len(text, &words, at("d"), LIST), Some(3));
        assert_eq!(phrase_len(text, &words, at("e-mail"), LIST), Some(1));
        assert_eq!(phrase_len(text, &words, at("des"), LIST), Some(2));
        // « de comptes »: "de compte" is a prefix of the text there, but does not end at a word.
        assert_eq!(phrase_len(text, &words, at("de"), LIST), None);
        // "e" opens "e-mail" but is not its first word.
        let short = "un e mail";
        let words = split_words(short, 0, short.len());
        assert_eq!(phrase_len(short, &words, 1, LIST), None);
    }

    #[test]
    fn phrases_of_any_length_are_found_past_the_lengths_mask() {
        // Lengths from 63 bytes share one bit of the mask: such a phrase is still compared.
        const LONG: &[&str] = &[
            "administrationsdesfinancespubliquesetdesaffairesetrangeres-longues mairies",
            "administrations",
        ];
        let text = "les administrationsdesfinancespubliquesetdesaffairesetrangeres-longues mairies";
        let words = split_words(text, 0, text.len());
        assert_eq!(phrase_len(text, &words, 1, LONG), Some(2));
        // Its first word alone, as long as no phrase of the list: none.
        let short = "les administrationsdesfinancespubliquesetdesaffairesetrangeres-longues";
        let words = split_words(short, 0, short.len());
        assert_eq!(phrase_len(short, &words, 1, LONG), None);
    }
}
