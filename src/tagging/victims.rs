//! The noun phrase a victim cue points at ("la mairie de Saint-Nazaire a été victime…", "attack on
//! Tampa General Hospital"), read in the original text because capitals mark names.
use super::fold::{fold, is_alphanumeric};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A word of the original text `'t`.
#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    /// Byte offsets in the original text (after any elided article: "l'hôpital" is "hôpital").
    pub start: usize,
    pub end: usize,
    /// Folded form: the word itself when folding leaves it as it is (ASCII in lower case, most
    /// words of a text), else a folded copy. A copy per word was a third of the split of a long
    /// text, and its freeing a sixth of it again (callgrind, `veille suggest --json`, round 29).
    pub folded: Cow<'t, str>,
    /// Starts with a capital letter or a digit-led name ("Lockbit", "3AM").
    pub cap: bool,
    /// Had an elided article or preposition ("d'Armentières", "l'hôpital").
    pub elided: bool,
    /// Punctuation stands between it and the word before ("Service (LSASS", "Caen, mardi").
    pub gap: bool,
}

impl Token<'_> {
    /// The folded form as a `&str` (for the lists' `contains` and `matches!`).
    pub(crate) fn folded(&self) -> &str {
        &self.folded
    }
}

/// Splits `text[from..to]` into words; hyphens, apostrophes and ampersands inside a word keep it whole.
pub(crate) fn tokens(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let s = &text[from..to];
    // About one word per six bytes of news text: one allocation, seldom grown. Not more than a
    // few thousand at first: an advisory's text is mostly table lines and padding, and room for
    // one word per six of its bytes was megabytes, allocated and freed on every split.
    let mut out: Vec<Token> = Vec::with_capacity((s.len() / 6 + 1).min(4096));
    let mut i = 0;
    while let Some((c, len)) = char_at(s, i) {
        if !is_alphanumeric(c) {
            i += len;
            continue;
        }
        let end = word_end(s, i + len);
        let mut word_start = i;
        let mut elided = false;
        let word = &s[i..end];
        // "l'hôpital", "d'Armentières", "qu'elle": the elided article is not part of the name.
        // Most words hold no apostrophe: their bytes are looked at once (’ opens with 0xE2).
        if word.bytes().any(|b| b == b'\'' || b == 0xE2)
            && let Some(pos) = word.find(['\'', '’'])
            && pos <= 3
            && word[..pos].chars().all(char::is_alphabetic)
            // "O'Tacos", "O'Reilly": an Irish "O'" is the name's own, no French elision.
            && !matches!(&word[..pos], "O" | "o")
        {
            let cut = pos + word[pos..].chars().next().map_or(1, char::len_utf8);
            if cut < word.len() {
                word_start = i + cut;
                elided = true;
            }
        }
        let w = &s[word_start..end];
        let first = w.chars().next().unwrap_or(' ');
        let gap = out.last().is_some_and(|p: &Token| {
            let between = &text[p.end..from + i];
            // Most words are apart by one space: no punctuation, nothing more to read.
            if between.bytes().all(|b| b == b' ') {
                return false;
            }
            // "Omni Hotels & Resorts", "Lord & Taylor", "Jenner & Block": an ampersand set
            // apart between two capitalised words joins one name, as "AT&T"'s does.
            if between == " & " && p.cap && first.is_uppercase() {
                return false;
            }
            // "Sault Ste. Marie": an abbreviation's full stop is inside the name.
            let abbreviated = between.trim() == "."
                && between.starts_with('.')
                && super::victim_rules::abbreviation_before(text, p.end, true);
            !abbreviated
                && between
                    .chars()
                    .any(|c| !c.is_whitespace() && c != '\'' && c != '’')
        });
        out.push(Token {
            gap,
            start: from + word_start,
            end: from + end,
            folded: folded_word(w),
            cap: first.is_uppercase()
                || (first.is_ascii_digit() && w.chars().any(char::is_uppercase)),
            elided,
        });
        // The character at `end` ends the word: no letter, nor a joiner before one.
        i = end;
    }
    out
}

/// `fold(w)`, borrowed where it is `w` itself: ASCII with no capital.
fn folded_word(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(fold(w))
    }
}

/// The character at byte `i` of `s` and its length; ASCII without decoding (the word splitters of
/// the victims and of story profiles walk text a byte at a time through ASCII with it).
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Where the word going on at byte `i` of `s` ends: past letters and digits, and past a hyphen,
/// apostrophe, ampersand or full stop between two of them ("Saint-Nazaire", "d'Armentières",
/// "AT&T"); ASCII letters a byte at a time.
fn word_end(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        let Some((d, len)) = char_at(s, i) else {
            return i;
        };
        if is_alphanumeric(d) {
            i += len;
        } else if matches!(d, '-' | '\'' | '’' | '&' | '.')
            && char_at(s, i + len).is_some_and(|(n, _)| is_alphanumeric(n))
        {
            // Kept only between two letters: the letter after it is read next.
            i += len;
        } else {
            return i;
        }
    }
}

/// A head word that makes an institution's name ("mairie de Caen", "Tampa General Hospital") or
/// describes a company ("l'opérateur télécom Free"): its sector, and whether it is part of the name.
#[derive(Debug)]
pub(crate) struct Head {
    pub words: &'static [&'static str],
    pub sector: Option<&'static str>,
    /// Part of the name ("Mairie de Caen"), not a description of it ("opérateur Free").
    pub naming: bool,
    /// Only France has these ("mairie", "CHU", "préfecture"): the victim is French.
    pub french: bool,
}

macro_rules! head {
    ($w:expr, $s:expr, $n:expr, $f:expr) => {
        Head {
            words: $w,
            sector: $s,
            naming: $n,
            french: $f,
        }
    };
}

const LOCAL: Option<&str> = Some("local-government");
const HEALTH: Option<&str> = Some("health");
const EDU: Option<&str> = Some("education");
const MEDIA: Option<&str> = Some("media");
const TRANSPORT: Option<&str> = Some("transport");
const JUSTICE: Option<&str> = Some("justice");

/// Longest first, so "centre hospitalier" wins over "centre".
pub(crate) const HEADS: &[Head] = &[
    head!(&["centre", "hospitalier"], HEALTH, true, true),
    head!(
        &["centre", "hospitalier", "universitaire"],
        HEALTH,
        true,
        true
    ),
    head!(&["pole", "universitaire"], EDU, true, false),
    // Round s17victims: heads of institutions the press names on every continent, with what
    // goes on after them in lower case (« l'hôpital privé Jean Mermoz », « la Municipalité de
    // Whistler », « le cégep de Lanaudière », « l'État de Vaud », "Pates Grammar School", "the
    // Sumter County Sheriff's Office", "Skinners Kent Academy Trust").
    head!(&["hopital", "prive"], HEALTH, true, false),
    head!(&["hopital", "public"], HEALTH, true, false),
    head!(&["clinique", "privee"], HEALTH, true, false),
    head!(&["sheriff's", "office"], JUSTICE, true, false),
    head!(&["sheriffs", "office"], JUSTICE, true, false),
    head!(&["sheriff", "office"], JUSTICE, true, false),
    head!(&["sheriff's", "department"], JUSTICE, true, false),
    // Round s27places: kinds of victims the sixteenth split names that no head knew: a tourist
    // office (« l'Office de Tourisme des Pyrénées Ariégeoises » is still missed: "Office" opens a
    // product's name for the victim reader), a diocese ("The diocese of Saltillo … alerted"), a
    // Belgian town's welfare centre (« Le CPAS de Mouscron »).
    head!(&["tourist", "office"], Some("hospitality"), true, false),
    head!(&["tourism", "office"], Some("hospitality"), true, false),
    head!(&["academy", "trust"], EDU, true, false),
    head!(&["etat", "de"], Some("government"), true, false),
    head!(&["etat", "du"], Some("government"), true, false),
    head!(&["conseil", "departemental"], LOCAL, true, true),
    head!(&["conseil", "regional"], LOCAL, true, true),
    head!(&["hotel", "de", "ville"], LOCAL, true, true),
    head!(&["communaute", "de", "communes"], LOCAL, true, true),
    // « la communauté d’agglomération Saint-Avold Synergie » (nineteenth split): the words split
    // the elided « d’ » off, so the head's second word is « agglomeration » alone (written
    // "d'agglomeration", the head never matched and the name lost its first word).
    head!(&["communaute", "agglomeration"], LOCAL, true, true),
    // Belgian communes, Quebec school service centres, French regions and school complexes
    // (round s16victims: « l'administration communale de Colfontaine », « le Centre de services
    // scolaire des Appalaches », « la région Hauts-de-France », « la cité scolaire … »).
    head!(&["administration", "communale"], LOCAL, true, false),
    head!(&["centre", "de", "services", "scolaire"], EDU, true, false),
    head!(&["cite", "scolaire"], EDU, true, true),
    head!(&["city", "council"], LOCAL, true, false),
    head!(&["county", "council"], LOCAL, true, false),
    head!(
        &["board", "of", "elections"],
        Some("government"),
        true,
        false
    ),
    head!(&["medical", "center"], HEALTH, true, false),
    head!(&["medical", "centers"], HEALTH, true, false),
    head!(&["medical", "centre"], HEALTH, true, false),
    head!(&["general", "hospital"], HEALTH, true, false),
    head!(&["health", "system"], HEALTH, true, false),
    head!(&["school", "district"], EDU, true, false),
    head!(&["operateur", "telecom"], Some("telecom"), false, false),
    head!(&["telecom", "firm"], Some("telecom"), false, false),
    head!(
        &["telecommunications", "company"],
        Some("telecom"),
        false,
        false
    ),
    head!(
        &["crypto", "exchange"],
        Some("cryptocurrency"),
        false,
        false
    ),
    head!(&["mairie"], LOCAL, true, true),
    head!(&["cpas"], LOCAL, true, false),
    // Round s37target: a parish and its church are named by their head, as a diocese is (« le
    // site de la paroisse Notre-Dame à Nantes », « du site de la paroisse de Charleville-Mézières »,
    // "pastor of St. Ambrose Parish"); no sector: the labels give none.
    head!(&["paroisse"], None, true, false),
    head!(&["paroisses"], None, true, false),
    head!(&["parish"], None, true, false),
    head!(&["cathedrale"], None, true, false),
    head!(&["cathedral"], None, true, false),
    head!(&["diocese"], Some("ngo"), true, false),
    head!(&["archidiocese"], Some("ngo"), true, false),
    head!(&["archdiocese"], Some("ngo"), true, false),
    head!(&["ville"], LOCAL, true, false),
    head!(&["commune"], LOCAL, true, false),
    // « Cité de Clarence-Rockland », « MRC de Mékinac » (Quebec's regional county municipalities).
    head!(&["cite"], LOCAL, true, false),
    head!(&["mrc"], LOCAL, true, false),
    head!(&["metropole"], LOCAL, true, true),
    // « l'Agglomération du Grand-Cognac », « l'agglomération d'Annecy » (Quebec has them too).
    head!(&["agglomeration"], LOCAL, true, false),
    head!(&["region"], LOCAL, true, false),
    // Round s38target: « Le port de Lisbonne a été la cible d'une attaque informatique »
    // (twenty-fifth split), "the Port of San Diego" (fifth): a port is named by its head, as an
    // airport is.
    head!(&["port"], TRANSPORT, true, false),
    head!(&["aeroport"], TRANSPORT, true, false),
    head!(&["airport"], TRANSPORT, true, false),
    head!(&["casino"], Some("hospitality"), true, false),
    head!(&["departement"], LOCAL, true, true),
    head!(&["prefecture"], Some("government"), true, true),
    head!(&["ministere"], Some("government"), true, false),
    head!(&["chu"], HEALTH, true, true),
    head!(&["hopital"], HEALTH, true, false),
    head!(&["hopitaux"], HEALTH, true, false),
    head!(&["clinique"], HEALTH, true, false),
    head!(&["ehpad"], HEALTH, true, true),
    // Round s39target: « Une cyberattaque a visé l'académie de Reims », a French region's
    // education authority (twenty-sixth split), named by its head as a university is.
    head!(&["academie"], EDU, true, false),
    head!(&["universite"], EDU, true, false),
    head!(&["universites"], EDU, true, false),
    head!(&["lycee"], EDU, true, true),
    head!(&["college"], EDU, true, false),
    head!(&["ecole"], EDU, true, false),
    // Single words after every head they start ("school district").
    head!(&["cegep"], EDU, true, false),
    head!(&["municipalite"], LOCAL, true, false),
    head!(&["school"], EDU, true, false),
    head!(&["trust"], None, true, false),
    head!(&["hospital"], HEALTH, true, false),
    head!(&["hospitals"], HEALTH, true, false),
    head!(&["clinic"], HEALTH, true, false),
    head!(&["university"], EDU, true, false),
    head!(&["council"], LOCAL, true, false),
    head!(&["county"], LOCAL, true, false),
    head!(&["borough"], LOCAL, true, false),
    // Round s36target: public libraries ("Fort Bend County Libraries restoration still underway
    // following February cybersecurity attack", twenty-third split; "the Butler County Federated
    // Library", nineteenth), named as an institution ends its name.
    head!(&["library"], None, true, false),
    head!(&["libraries"], None, true, false),
    // "Iranian hackers claim major breach of Israeli nuclear research center … Soreq Nuclear
    // Research Center" (seventh split) read « Soreq ». Not a bare "center": a SOC, a data center.
    head!(&["research", "center"], None, true, false),
    head!(&["research", "centre"], None, true, false),
    head!(&["municipality"], LOCAL, true, false),
    // "the city of Atlanta", "the town of Hebron": English writes the head in lower case before
    // the place, and the analyst "City of Atlanta".
    head!(&["city"], LOCAL, true, false),
    head!(&["town"], LOCAL, true, false),
    head!(&["operateur"], Some("telecom"), false, false),
    head!(&["groupe"], None, false, false),
    head!(&["entreprise"], None, false, false),
    head!(&["societe"], None, false, false),
    head!(&["enseigne"], Some("retail"), false, false),
    head!(&["retailer"], Some("retail"), false, false),
    head!(&["company"], None, false, false),
    head!(&["firm"], None, false, false),
    head!(&["geant"], None, false, false),
    head!(&["giant"], None, false, false),
    head!(&["assureur"], Some("finance"), false, false),
    // Round s19victims: what the press calls a company before its name (« la firme Mak-System »,
    // "Quebec-based hardware chain Canac", "Indian drugmaker Sun Pharmaceutical Industries",
    // « la fondation vaudoise Le Relais », « la plateforme japonaise Coincheck »). Not « cabinet »:
    // the press writes « le cabinet d'avocats Le Bonnois » and the analyst « Cabinet Le Bonnois ».
    head!(&["firme"], None, false, false),
    head!(&["chain"], None, false, false),
    head!(&["drugmaker"], Some("pharma"), false, false),
    head!(&["manufacturer"], Some("manufacturing"), false, false),
    head!(&["fondation"], Some("ngo"), false, false),
    head!(&["plateforme"], None, false, false),
    // The press names a medium by what it is: « la chaîne Russia Today », « le quotidien Izvestia ».
    head!(&["chaine", "de", "television"], MEDIA, false, false),
    head!(&["agence", "de", "presse"], MEDIA, false, false),
    head!(&["agences", "de", "presse"], MEDIA, false, false),
    head!(&["chaine"], MEDIA, false, false),
    head!(&["journal"], MEDIA, false, false),
    head!(&["quotidien"], MEDIA, false, false),
    head!(&["hebdomadaire"], MEDIA, false, false),
    head!(&["magazine"], MEDIA, false, false),
    head!(&["newspaper"], MEDIA, false, false),
    head!(&["broadcaster"], MEDIA, false, false),
    head!(&["banque"], Some("finance"), true, false),
    head!(&["bank"], Some("finance"), true, false),
    // Round s37target: the kind of business the press sets before a victim's name in apposition,
    // after the verb that hit it (« une cyberattaque visant l'agence Voyageurs du Monde »,
    // « Cyberattaque contre la boulangerie Fleischli », « de la gérance Immogeste », "stole $7
    // million from the Singapore-based exchange DragonEx", "networks run by automation provider
    // iiko"): read as the name, the lower-case noun made no name at all. Only nouns of a
    // business: a role (« le maire », "the researcher") names a person.
    head!(&["agence"], None, false, false),
    head!(&["boulangerie"], None, false, false),
    head!(&["laboratoire"], None, false, false),
    head!(&["cooperative"], None, false, false),
    head!(&["mutuelle"], None, false, false),
    head!(&["gerance"], None, false, false),
    head!(&["pharmacie"], None, false, false),
    head!(&["diffuseur"], None, false, false),
    head!(&["radio"], None, false, false),
    head!(&["fabricant"], None, false, false),
    head!(&["constructeur"], None, false, false),
    head!(&["distributeur"], None, false, false),
    head!(&["transporteur"], None, false, false),
    head!(&["prestataire"], None, false, false),
    head!(&["fournisseur"], None, false, false),
    head!(&["hebergeur"], None, false, false),
    head!(&["exchange"], None, false, false),
    head!(&["provider"], None, false, false),
    head!(&["developer"], None, false, false),
    head!(&["insurer"], None, false, false),
    head!(&["lender"], None, false, false),
    head!(&["bakery"], None, false, false),
    // Round s38target: "Scotland based Energy supplier People's Energy has been hacked", "Cyber
    // Attack on Energy Supplier People's Energy" (twenty-fifth split: the kind ran into the
    // name), "supplier Kojima Industries", "contractor Lockheed Martin Corp", "the Swedish grid
    // operator Svenska kraftnät", "Indian carrier SpiceJet".
    head!(&["supplier"], None, false, false),
    head!(&["contractor"], None, false, false),
    head!(&["operator"], None, false, false),
    head!(&["carrier"], None, false, false),
];

/// Kinds of business (round s38target) that are a head only before the name they describe
/// ("Energy supplier People's Energy"), never after a name ("NATO supplier").
const NAMED_AFTER: &[&str] = &["supplier", "contractor", "operator", "carrier"];

/// French kinds of business (round s37target) that French writes with a capital only as a name's
/// own first word (« des entreprises comme Boulangerie Dupont »), never as a description.
const OWN_WHEN_CAPITALISED: &[&str] = &[
    "agence",
    "boulangerie",
    "laboratoire",
    "cooperative",
    "mutuelle",
    "gerance",
    "pharmacie",
    "diffuseur",
    "radio",
    "fabricant",
    "constructeur",
    "distributeur",
    "transporteur",
    "prestataire",
    "fournisseur",
    "hebergeur",
];

/// The head starting at token `i`, if any.
pub(crate) fn head_at(toks: &[Token], i: usize) -> Option<&'static Head> {
    // Only the heads opening with this word, in their order (longest first).
    let first = toks.get(i)?.folded();
    let index = &*HEADS_BY_FIRST_WORD;
    let from = index.partition_point(|&(w, _)| w < first);
    index[from..]
        .iter()
        .take_while(|&&(w, _)| w == first)
        .filter_map(|&(_, h)| HEADS.get(h))
        .find(|h| {
            h.words.len() <= toks.len() - i
                && h.words.iter().zip(&toks[i..]).all(|(w, t)| t.folded == *w)
        })
}

impl Head {
    /// A one-word head in the plural (« hôpitaux », "hospitals"): what it heads is a group of
    /// institutions, or a kind of them.
    pub(crate) fn plural_of_one_word(&self) -> bool {
        matches!(
            self.words,
            ["hopitaux" | "hospitals" | "universites" | "cliniques"]
        )
    }
}

/// Each head's first word and place in [`HEADS`], sorted: [`head_at`] is asked of nearly every
/// word a victim phrase reads, and going through the hundred heads for each was a tenth of a
/// story profile's victim reading (callgrind).
static HEADS_BY_FIRST_WORD: LazyLock<Vec<(&'static str, usize)>> = LazyLock::new(|| {
    let mut index: Vec<(&'static str, usize)> = HEADS
        .iter()
        .enumerate()
        .filter_map(|(k, h)| Some((*h.words.first()?, k)))
        .collect();
    // By word, then by place: the heads of one word keep their order.
    index.sort_unstable();
    index
});

/// People named by what they belong to ("Members of the…", "Officials of the…"), folded: "of
/// the" after them joins no name.
#[rustfmt::skip]
const PEOPLE_OF: &[&str] = &[
    "members", "member", "officials", "official", "employees", "staff", "customers", "clients",
    "students", "residents", "patients", "users", "parents", "leaders", "executives", "citizens",
    "victims", "workers", "director", "head", "chief", "president", "ceo",
];

/// Words that join the parts of a name ("Mairie de Saint-Nazaire", "University of Lyon").
/// Italian's "di", "dei", "del" too ("Banca Popolare di Bari", "Banca Monte dei Paschi di Siena").
const CONNECTORS: &[&str] = &[
    "de", "du", "des", "of", "and", "&", "sur", "en", "di", "dei", "del",
];

/// The French articles after which a capitalised describing head is part of the name.
const FRENCH_ARTICLES: &[&str] = &["le", "la", "les", "du", "des", "au", "aux"];

/// Determiners skipped before a name.
#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "its", "their",
    "son", "sa", "ses", "leur", "leurs", "ce", "cette", "cet", "au", "aux", "plusieurs", "several",
];

/// Capitalised words that are no name: sentence starters, days, months, the press.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "ce", "cette", "il", "elle", "ils", "elles", "on",
    "selon", "apres", "depuis", "pour", "dans", "en", "au", "aux", "lors", "mais", "et", "ou",
    // « Chez Panasonic, on annonce… »: "at Panasonic", the preposition opening a sentence.
    "chez",
    "the", "a", "an", "this", "that", "these", "it", "they", "we", "in", "on", "after", "since",
    "according", "but", "and", "or", "its", "their", "our", "some", "many", "several", "plusieurs",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril",
    "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "afp", "reuters", "zataz", "internet", "twitter", "telegram", "x", "info",
    "hackers", "pirates", "cyberattaque", "attaque", "piratage", "fuite", "hacker", "pirate",
    "ransomware", "rancongiciel", "video", "exclusive", "exclusif", "breaking", "update", "mise",
    // A headline's rubric, like "Breaking" (« ALERTE : les données de 370 000 retraités ont été
    // volées ! », thirteenth split).
    "alerte", "alert", "urgent",
    "lire", "read", "more", "plus", "photo", "image", "nous", "vous", "je", "i", "you", "we",
    "quand", "when", "how", "comment", "pourquoi", "why", "what", "who", "qui", "que", "quoi",
    "data", "donnees", "hospital", "hopital", "mairie", "ville", "tous", "toutes", "all", "every",
    "chaque", "cyberhebdo", "cybersecurite", "cybersecurity", "security", "securite", "rgpd",
    "gdpr", "dark", "web", "darknet", "forum", "breachforums", "new", "nouvelle", "nouveau",
    "etat", "state",
    // Round s22victims: a headline's rubric (« Cybercriminalité : … », eighth and eleventh
    // splits) and a continent's adjective ("targeted European diplomatic entities").
    "cybercriminalite", "cybercrime", "cybermenace", "cybermenaces", "european", "europeen",
    "europeenne", "europeens", "europeennes",
    // « Seule l'application TPC Mobile était indisponible »: an adverb opening a sentence.
    "seul", "seule", "seuls", "seules", "only",
    // Round s23victims: a preposition of place opening a sentence (« Près de Toulouse, la
    // clinique de L'Union victime d'une cyberattaque », unseen split) is no name's first word.
    "pres", "near", "vers", "outside",
    // Round s37target: « Comme » opens a French sentence as a conjunction (« Comme plusieurs
    // autres sites Internet en France ces derniers jours, celui de la paroisse Notre-Dame à
    // Nantes a été victime », « Comme l'explique l'Agence régionale de Santé »), never a name.
    "comme",
];

/// A noun phrase found next to a cue.
#[derive(Debug, Clone, Default)]
pub(crate) struct Phrase {
    /// Original byte span of the whole phrase (descriptors included).
    pub start: usize,
    pub end: usize,
    /// Where the name proper starts (after a descriptor such as "l'opérateur télécom").
    pub name_start: usize,
    /// Its head, if it has one.
    pub head: Option<&'static Head>,
    /// Whether it holds a capitalised word that can be a name.
    pub proper: bool,
    /// Ends with the owner's 's of what was hit ("Lemken's online portal"), no part of the name.
    pub possessive: bool,
}

impl Phrase {
    /// The victim's name as written, with a capital first letter ("Mairie de Caen").
    pub fn name(&self, text: &str) -> String {
        // A descriptor read past the phrase's end ("The Tennessee-based company said…") leaves
        // no name; never a panic on a feed's text.
        let mut raw = text.get(self.name_start..self.end).unwrap_or("").trim();
        if self.possessive {
            raw = raw
                .strip_suffix("'s")
                .or_else(|| raw.strip_suffix("’s"))
                .unwrap_or(raw);
        }
        let raw = owner_of_a_facility(raw);
        let mut chars = raw.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// The owner in a name written as an institution's facility ("a data breach at Christchurch City
/// Council’s He Puna Taimoana hot pools", twenty-third split): the institution (a naming head's
/// last word before the 's) is the victim an analyst tags. A company's own 's ("Mediobanca … 's
/// CheBanca") or a place's ("Cincinnati’s Museum Center") is left whole.
fn owner_of_a_facility(raw: &str) -> &str {
    let Some(at) = raw.find("’s ").or_else(|| raw.find("'s ")) else {
        return raw;
    };
    let owner = &raw[..at];
    let last = owner.rsplit(' ').next().map(fold).unwrap_or_default();
    let institution = owner.contains(' ')
        && HEADS
            .iter()
            .any(|h| h.naming && h.words.len() == 1 && h.words[0] == last);
    if institution { owner } else { raw }
}

/// Conjunctions, prepositions and imperatives that open a sentence with a capital before its
/// subject (folded): "While Mower County has largely got its systems back online", "Add PlaySpan
/// to the ever-growing list of video game companies that have been targeted", « Via Telegram, le
/// collectif… » (twelfth and ninth splits, where they were read as the name's first word).
/// French conjunctions are left out: « Lorsque Chrome détecte un mot de passe compromis » made
/// the product the subject of the cue (ninth split).
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "while", "whilst", "although", "though", "whereas", "via", "add",
];

/// Whether `t` is a capitalised [`CLAUSE_OPENERS`] word: no part of the name after it.
pub(crate) fn opens_a_clause(t: &Token) -> bool {
    t.cap && CLAUSE_OPENERS.contains(&t.folded())
}

/// A number, or a French or English ordinal, that goes on a name: "Canal 10", « Réunion 1ère » (« le
/// site internet de Réunion 1ère a été victime », twenty-fourth split, was read as nothing: the
/// ordinal holds no capital), « France 3 », "1st".
fn number_or_ordinal(folded: &str) -> bool {
    let suffix = folded.trim_start_matches(|c: char| c.is_ascii_digit());
    suffix.len() < folded.len()
        && matches!(
            suffix,
            "" | "er" | "re" | "ere" | "e" | "eme" | "st" | "nd" | "rd" | "th"
        )
}

pub(crate) fn is_determiner(t: &Token) -> bool {
    DETERMINERS.contains(&t.folded())
}

pub(crate) fn is_name_word(t: &Token) -> bool {
    t.cap && !NOT_NAMES.contains(&t.folded())
}

/// The phrase starting at token `i` (determiners skipped), if it looks like a name or an institution.
/// Where a descriptive head (naming nothing itself: "chain", « firme ») stands after at most
/// two lower-case words or "X-based" words from `i`, with a capitalised name right after it.
fn description_head_ahead(toks: &[Token], i: usize) -> Option<usize> {
    for k in i + 1..(i + 3).min(toks.len()) {
        let describes = |t: &Token| {
            (!t.cap && !is_determiner(t) && t.folded.chars().all(char::is_alphabetic))
                || t.folded.ends_with("-based")
        };
        if !toks[i..k].iter().all(describes) || toks[i + 1..=k].iter().any(|t| t.gap) {
            return None;
        }
        if let Some(h) = head_at(toks, k).filter(|h| !h.naming) {
            let name = toks.get(k + h.words.len())?;
            return (name.cap && !name.gap).then_some(k);
        }
    }
    None
}

pub(crate) fn phrase_forward(toks: &[Token], mut i: usize) -> Option<Phrase> {
    let opened_at = i;
    while i < toks.len() && (is_determiner(&toks[i]) || opens_a_clause(&toks[i])) {
        i += 1;
    }
    // « la Fondation Radix », « l'Entreprise X »: after a French article, mid-sentence, a capital
    // makes a describing head the name's own first word.
    let after_french_article = toks.get(i).is_some_and(|t| {
        t.cap && (t.elided || (i > opened_at && FRENCH_ARTICLES.contains(&toks[i - 1].folded())))
    });
    // "the Oslo-headquartered Nordic Choice Hotels", "Texas-based Acme": where a company sits
    // describes it and is no part of its name (the phrase still starts there).
    let described_from = toks.get(i).map(|t| t.start);
    while toks.get(i).is_some_and(|t| {
        ["-based", "-headquartered"]
            .iter()
            .any(|s| t.folded.ends_with(s))
    }) && toks.get(i + 1).is_some_and(|n| n.cap && !n.gap)
    {
        i += 1;
    }
    let first = toks.get(i)?;
    // "Quebec-based hardware chain Canac", « l'entreprise étatique … »: the words that describe
    // a company before its descriptive head are no part of its name.
    if let Some(k) = description_head_ahead(toks, i) {
        i = k;
    }
    let mut p = Phrase {
        start: described_from.unwrap_or(first.start).min(first.start),
        end: first.start,
        name_start: first.start,
        ..Phrase::default()
    };
    let mut j = i;
    let mut words = 0;
    let mut skip_to = 0;
    while j < toks.len() && words < 8 {
        let t = &toks[j];
        // A name does not run over punctuation ("Service (LSASS", "Caen, mardi").
        if words > 0 && t.gap {
            break;
        }
        // "NATO supplier, CVE-2024-1709 exploited": a kind after a name with no name of its own
        // after it says whom the unnamed victim serves; the phrase ends before it.
        let unnamed_kind = |h: &&Head| {
            words > 0
                && matches!(h.words, [w] if NAMED_AFTER.contains(w))
                && !toks.get(j + h.words.len()).is_some_and(|n| n.cap && !n.gap)
        };
        if let Some(h) = head_at(toks, j).filter(|h| !unnamed_kind(h)) {
            if p.head.is_none() || words == 0 {
                p.head = Some(h);
                if !h.naming {
                    // « la fondation vaudoise Le Relais »: past the adjectives that follow the
                    // head, to the capitalised name.
                    let after = j + h.words.len();
                    let name = (after..(after + 3).min(toks.len()))
                        .find(|&n| toks[n].cap)
                        .filter(|&n| {
                            toks[after..=n].iter().all(|w| !w.gap)
                                && toks[after..n].iter().all(|w| !w.cap && !is_determiner(w))
                        });
                    // "the Wall Street Journal, the Los Angeles Times": a descriptive head
                    // written with a capital that ends a name with no name after it is the
                    // name's own last word ("UK retailer targeted" is no name).
                    let own_word = words == 0
                        && (after_french_article
                            || (t.cap && OWN_WHEN_CAPITALISED.contains(&t.folded())));
                    // « le site de l'Agence de l'informatique de l'Etat »: that word is a name's
                    // own, as a capitalised word is (no other may follow: « Etat » is none).
                    p.proper |= own_word;
                    if (name.is_some() || words == 0 || !t.cap) && !own_word {
                        let name = name.unwrap_or(after);
                        p.name_start = toks.get(name).map_or(t.end, |n| n.start);
                        skip_to = name;
                    }
                }
            }
            // « Cyberattaque des hôpitaux Vivalia » (ninth split): a plural head in lower case
            // before a name says what the named group runs; the analyst tags the group.
            if h.naming
                && words == 0
                && !t.cap
                && h.plural_of_one_word()
                && let Some(n) = toks.get(j + 1).filter(|n| n.cap && !n.gap)
            {
                p.name_start = n.start;
            }
            j += h.words.len();
            words += h.words.len();
            if skip_to > j {
                words += skip_to - j;
                j = skip_to;
            }
            p.end = toks[j - 1].end;
            continue;
        }
        // "Sumter County Sheriff's Office Systems Hit by…": what an institution owns, after its
        // head, is no part of its name.
        if words > 0
            && super::victim_kinds::owned_thing(&t.folded)
            && HEADS
                .iter()
                .any(|h| h.naming && h.words.last() == Some(&toks[j - 1].folded()))
        {
            break;
        }
        if is_name_word(t) || (t.cap && words > 0) || (number_or_ordinal(&t.folded) && words > 0) {
            p.proper |= is_name_word(t);
            p.end = t.end;
            j += 1;
            words += 1;
            continue;
        }
        // « le ministère russe de la Défense »: a country's adjective after the head.
        if words > 0 && adjective_after_head(toks, j) {
            p.end = t.end;
            j += 1;
            words += 1;
            continue;
        }
        // French institutions go on in lower case: "Assemblée nationale", "Cour pénale internationale".
        if words > 0 && p.proper && is_institution_adjective(&t.folded) {
            p.end = t.end;
            j += 1;
            words += 1;
            continue;
        }
        // "de" joins only when a name word follows ("Mairie de Caen", not "mairie de la ville");
        // "de la" too ("Ministère de la Justice").
        if t.folded == "de"
            && words > 0
            && toks.get(j + 1).is_some_and(|n| n.folded == "la" && !n.gap)
            && toks.get(j + 2).is_some_and(|n| is_name_word(n) && !n.gap)
        {
            j += 2;
            words += 2;
            continue;
        }
        // "of the" too, as « de la » ("Friends of the Earth, Dogs Trust, Cats Protection…",
        // twenty-fifth split; "Ministry of the Interior", "University of the West of England").
        // Not after people ("Officials of the Ohio city", "Members of the Ventura County Credit
        // Union": the name is what they belong to).
        if t.folded == "of"
            && words > 0
            && !PEOPLE_OF.contains(&toks[j - 1].folded())
            && toks
                .get(j + 1)
                .is_some_and(|n| n.folded == "the" && !n.cap && !n.gap)
            && toks.get(j + 2).is_some_and(|n| is_name_word(n) && !n.gap)
        {
            j += 2;
            words += 2;
            continue;
        }
        // « Municipalité de La Nation »: an article written with a capital is the name's own.
        if t.folded == "de"
            && words > 0
            && toks
                .get(j + 1)
                .is_some_and(|n| n.cap && !n.gap && matches!(n.folded(), "la" | "le" | "les"))
            && toks.get(j + 2).is_some_and(|n| is_name_word(n) && !n.gap)
        {
            p.proper = true;
            j += 2;
            words += 2;
            continue;
        }
        // « Fédération Française de la Montagne et de l'Escalade » (twenty-seventh split), «
        // ministère de la Communication et de l'Économie numérique » (ninth): a complement led
        // by an article, coordinated by « et », goes on the same name.
        if words > 0
            && let Some(k) = coordinated_complement(toks, i, j)
        {
            // The joining words count as one: the name may be long (« ministère de la Fonction
            // publique et de la Réforme administrative »).
            words += 1;
            j = k;
            continue;
        }
        // "Newcastle University and Northumbria", "Queen's Medical Centre and City Hospitals"
        // (twelfth and twentieth splits): an institution's name ends with its head, and "and"
        // after it opens the next one ("Marks and Spencer" has no head before "and").
        let ends_an_institution = t.folded == "and"
            && j > 0
            && HEADS
                .iter()
                .any(|h| h.naming && h.words.last() == Some(&toks[j - 1].folded()));
        let joins = (CONNECTORS.contains(&t.folded()) || t.elided || joins_a_body(toks, j))
            && words > 0
            && !ends_an_institution
            && toks.get(j + 1).is_some_and(|n| is_name_word(n) && !n.gap);
        if t.elided && words > 0 && is_name_word(t) {
            p.proper = true;
            p.end = t.end;
            j += 1;
            words += 1;
            continue;
        }
        if joins {
            j += 1;
            words += 1;
            continue;
        }
        break;
    }
    if words == 0 || p.end <= p.start || (!p.proper && p.head.is_none_or(|h| !h.naming)) {
        return None;
    }
    Some(p)
}

/// Where the noun of a French complement led by an article stands when token `k` opens it: « de
/// la Défense », « de l'Escalade », « du Travail », « des Armées ».
fn led_by_article(toks: &[Token], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    let w = match t.folded() {
        "de" => {
            let n = toks.get(k + 1)?;
            if n.folded == "la" && !n.cap {
                k + 2
            } else if n.elided {
                k + 1
            } else {
                return None;
            }
        }
        "du" | "des" => k + 1,
        _ => return None,
    };
    Some(w)
}

/// Nouns that stand after a head in lower case before « de », which no adjective is: « la mairie
/// victime de Lockbit », « l'hôpital cible des Anonymous ». Nor is « français » read there: the
/// French press describes its own country's ministry so (« le ministère français de la Justice »,
/// held-out split), which the analyst names without it.
#[rustfmt::skip]
const NOT_ADJECTIVES: &[&str] = &[
    "victime", "victimes", "cible", "cibles", "proie", "objet", "otage", "theatre", "siege",
    "francais", "francaise",
];

/// Whether token `j` is an adjective between a naming head and the complement that names the
/// institution: « le ministère russe de la Défense » (fresh split), « le ministère algérien du
/// Travail » (fifteenth; read « Travail »). French sets a country's adjective there; the name
/// goes on past it.
fn adjective_after_head(toks: &[Token], j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    // A singular head: « les paroisses catholiques du Puy-de-Dôme » (twenty-fourth split) is a
    // class of institutions.
    let head_before = j.checked_sub(1).is_some_and(|h| {
        let head = toks[h].folded();
        !head.ends_with(['s', 'x'])
            && HEADS
                .iter()
                .any(|x| x.naming && x.words.last() == Some(&head))
    });
    head_before
        && !t.cap
        && !t.gap
        && t.folded.chars().count() >= 4
        && t.folded.chars().all(char::is_alphabetic)
        && !NOT_ADJECTIVES.contains(&t.folded())
        && (led_by_article(toks, j + 1).is_some_and(|w| {
            toks.get(w).is_some_and(|n| is_name_word(n)) && toks[j + 1..=w].iter().all(|t| !t.gap)
        }) || place_after_d(toks, j + 1))
}

/// Whether token `k` is a name after an elided « d' », the place an institution is named for: «
/// l'université technique d'Eindhoven » (nineteenth split), whose adjective stands between the
/// head and its place as a country's does before « de la Défense ».
fn place_after_d(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|n| n.elided && n.cap && !n.gap && is_name_word(n))
}

/// Where a French institution's second complement's name word stands, when token `j` is the «
/// et » that joins it to a first complement led by an article, in the name read from token
/// `from`: « de la Poste et des Télécommunications », « de l'Informatique et des Libertés », «
/// du Centre et de l'Est ». Both are abstract nouns with their article; towns take none (« la
/// mairie de Lyon et de Marseille » is no one name), and a head after « et » opens another body
/// (« d'Israël et de l'Institut national d'assurance »).
fn coordinated_complement(toks: &[Token], from: usize, j: usize) -> Option<usize> {
    toks.get(j)
        .filter(|t| t.folded == "et" && !t.cap && !t.gap)?;
    let led_by_article = |k: usize| led_by_article(toks, k);
    let first = (from..j).any(|k| {
        led_by_article(k).is_some_and(|w| w < j && toks[k + 1..=w].iter().all(|t| !t.gap))
    });
    let w = led_by_article(j + 1)?;
    let name = toks.get(w)?;
    // « du Palais des Papes et du Pont d'Avignon » (eighth split): a second noun with a complement
    // of its own names another thing.
    let mut past = w + 1;
    while toks
        .get(past)
        .is_some_and(|t| !t.cap && is_institution_adjective(&t.folded))
    {
        past += 1;
    }
    let own_complement = toks.get(past).is_some_and(|t| {
        !t.gap
            && ((t.elided && t.cap)
                || (matches!(t.folded(), "de" | "du" | "des")
                    && toks.get(past + 1).is_some_and(|n| n.cap)))
    });
    (first
        && !own_complement
        && is_name_word(name)
        && toks[j + 1..=w].iter().all(|t| !t.gap)
        && head_at(toks, w).is_none())
    .then_some(w)
}

/// English bodies whose names go on with "on" ("German Council on Foreign Relations", twenty-first
/// split; "Committee on…") and universities with "at" ("University of Texas at El Paso", ninth):
/// the word at `j` joins when the name's word before it is one of these.
fn joins_a_body(toks: &[Token], j: usize) -> bool {
    const ON: &[&str] = &["council", "committee", "commission", "conference"];
    let Some(before) = j.checked_sub(1).and_then(|i| toks.get(i)) else {
        return false;
    };
    match toks[j].folded() {
        "on" => ON.contains(&before.folded()),
        // "University of North Carolina at Chapel Hill": "University" a few words before.
        "at" => toks[..j]
            .iter()
            .rev()
            .take(4)
            .any(|t| t.folded == "university"),
        _ => false,
    }
}

fn is_institution_adjective(w: &str) -> bool {
    [
        "nationale",
        "national",
        "nationaux",
        "penale",
        "internationale",
        "international",
        "federale",
        "federal",
        "regionale",
        "regional",
        "generale",
        "general",
        "publique",
        "public",
        "municipale",
        "municipal",
        "departementale",
        "universitaire",
        "universel",
        "universelle",
        // Round s22victims: the adjectives of French ministries and agencies, which the press
        // writes in lower case after the name's first noun (« ministère de l'Enseignement
        // supérieur », « ministère des Affaires étrangères », « Autorité portuaire d'Israël »,
        // « Caisse nationale de sécurité sociale », « Ministère de l'Économie numérique »).
        "superieur",
        "superieure",
        "etrangeres",
        "etrangere",
        "etranger",
        "portuaire",
        "numerique",
        "sociale",
        "sociales",
        "armees",
        "interministeriel",
        "interministerielle",
        "administratif",
        "administrative",
        "scolaire",
        "civile",
    ]
    .contains(&w)
}

/// Words allowed between a subject and a "victim before" cue ("Sorbonne Université [a] été victime").
#[rustfmt::skip]
pub(crate) const GLUE: &[&str] = &[
    "a", "ete", "avoir", "est", "etait", "sont", "ont", "etre", "aussi", "egalement", "deja",
    "recemment", "lui", "meme", "elle", "has", "have", "had", "been", "was", "were", "is", "are",
    "be", "also", "recently", "now", "reportedly", "qui", "which", "that", "said", "says", "it",
    // "Manchester United Being Held to Ransom": a title's verb in title case.
    "being",
];

/// What a subject owns and loses in an English headline ("Lemken's online portal", "University of
/// Hertfordshire's entire IT system"): the owner before it is the victim.
#[rustfmt::skip]
const OWNED: &[&str] = &[
    "portal", "portals", "website", "websites", "site", "sites", "system", "systems", "network",
    "networks", "server", "servers", "email", "emails", "computers", "app", "platform",
];

/// Up to this many words describe an owned thing ("entire IT system").
const OWNED_WORDS: usize = 3;

/// Where a possessor's name ends when the words before token `k` are a thing it owns ("Lemken's
/// online portal"): the index just after the possessor, else `k`.
fn past_owned(toks: &[Token], k: usize) -> usize {
    if k == 0 || !OWNED.contains(&toks[k - 1].folded()) {
        return k;
    }
    let mut j = k - 1;
    while j > 0 && k - j <= OWNED_WORDS && !toks[j].gap {
        let prev = &toks[j - 1];
        if prev.folded.ends_with("'s") {
            return if prev.cap { j } else { k };
        }
        // Lower-case words describe the thing; "IT" too.
        if prev.cap && prev.folded != "it" {
            return k;
        }
        j -= 1;
    }
    k
}

/// The subject phrase that ends just before token `cue` (glue words skipped).
pub(crate) fn phrase_before(toks: &[Token], cue: usize) -> Option<Phrase> {
    let mut k = cue;
    while k > 0 && GLUE.contains(&toks[k - 1].folded()) {
        k -= 1;
    }
    // "Lemken's online portal hit by cyber attack": the portal's owner, without its 's.
    let owner = past_owned(toks, k);
    let possessive = owner < k;
    k = owner;
    if k == 0 {
        return None;
    }
    // Walk back over the name: capitalised words, heads and joining words.
    let mut start = k - 1;
    let name_like = |t: &Token| {
        t.cap
            || HEADS.iter().any(|h| h.words.last() == Some(&t.folded()))
            || number_or_ordinal(&t.folded)
    };
    if !name_like(&toks[start]) {
        return None;
    }
    while start > 0 && !toks[start].gap {
        let prev = &toks[start - 1];
        let joining = CONNECTORS.contains(&prev.folded()) && start >= 2;
        if name_like(prev) && !is_determiner(prev) {
            start -= 1;
        } else if joining && name_like(&toks[start - 2]) && !prev.gap {
            start -= 2;
        } else if let Some(adjective) = (start.saturating_sub(3)..start)
            .find(|&a| adjective_after_head(toks, a) && led_by_article(toks, a + 1) == Some(start))
        {
            // « du ministère algérien du Travail »: back over the adjective to the head.
            start = adjective;
        } else if let Some(and) = (start.saturating_sub(3)..start)
            .find(|&a| coordinated_complement(toks, 0, a) == Some(start))
            .filter(|&a| a > 0 && name_like(&toks[a - 1]))
        {
            // « de la Montagne et de l'Escalade »: back over the coordinated complement.
            start = and - 1;
        } else if prev.folded == "la"
            && !prev.gap
            && start >= 3
            && toks[start - 2].folded == "de"
            && !toks[start - 2].gap
            && name_like(&toks[start - 3])
            && toks[start - 3].cap
        {
            // « du Jardin de la Comtée »: « de la » inside a name, as phrase_forward reads it.
            start -= 3;
        } else {
            break;
        }
        if k - start > 8 {
            break;
        }
    }
    // « l'administration communale de Colfontaine »: a head of several words that ends where
    // the walk stopped starts the name.
    if let Some(h) = HEADS.iter().find(|h| {
        h.words.len() > 1
            && start + 1 >= h.words.len()
            && h.words
                .iter()
                .zip(&toks[start + 1 - h.words.len()..=start])
                .all(|(w, t)| t.folded == *w)
    }) {
        start = start + 1 - h.words.len();
    }
    // Read the name forwards from where it starts: it must reach the cue.
    let mut p = phrase_forward(&toks[..k], start)?;
    if p.end < toks[k - 1].end {
        return None;
    }
    p.end = toks[k - 1].end;
    p.possessive = possessive;
    Some(p)
}

/// The words of a name, folded, hyphenated parts apart ("Paris-Sorbonne" is "paris", "sorbonne").
fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !CONNECTORS.contains(w) && !DETERMINERS.contains(w))
        .map(str::to_string)
        .collect()
}

/// Heads that name a territory rather than the institution that runs it ("ville de Caen" is the
/// town, "Mairie de Caen" its administration, which is what was hit).
const TERRITORY_HEADS: &[&str] = &["ville", "commune", "city", "town"];

/// The heads of local institutions that stand for the same victim as a territory's name.
const INSTITUTION_HEADS: &[&str] = &[
    "mairie",
    "hotel",
    "council",
    "conseil",
    // « la Municipalité de Whistler » is the « Ville de Whistler » the hackers defaced.
    "municipalite",
    "municipality",
];

/// « Le centre hospitalier de Tournai victime… » over « Le Centre hospitalier de Wallonie
/// picarde, le ChWapi, a été victime… »: a title that writes an institution's head in lower case
/// describes it by its place; the text's new victim with the same head written with a capital
/// is its name.
fn described_in_the_title(
    title: &super::suggest::Suggestion,
    text: &super::suggest::Suggestion,
) -> bool {
    use super::suggest::Field;
    let head_of = |s: &super::suggest::Suggestion| {
        let toks = tokens(&s.evidence.term, 0, s.evidence.term.len());
        head_at(&toks, 0)
            .filter(|h| h.naming)
            .map(|h| (h.words, toks[0].cap))
    };
    title.new_value
        && text.new_value
        && title.evidence.field == Field::Title
        && text.evidence.field == Field::Text
        && matches!(
            (head_of(title), head_of(text)),
            (Some((a, false)), Some((b, true))) if a == b
        )
}

/// A name written as its initials only ("OM", "CPAS"): one short word in capitals.
fn initials(name: &str) -> bool {
    !name.contains(' ') && name.chars().count() <= 6 && name.chars().all(char::is_uppercase)
}

/// One victim named several ways in one article is one suggestion: a new value that is the same
/// name spelt another way (`variants::same_victim`), or whose words all appear in another target's name ("Tampa hospital" in "Tampa General Hospital", "Clorox Company"
/// next to the known "Clorox") gives way to the fuller or known form, and a town ("ville de Caen")
/// to its town hall ("Mairie de Caen"). The kept one takes the higher confidence.
pub(crate) fn merge_variants(
    targets: Vec<super::suggest::Suggestion>,
) -> Vec<super::suggest::Suggestion> {
    let words: Vec<Vec<String>> = targets.iter().map(|t| name_words(&t.value)).collect();
    let rest_after = |w: &[String], heads: &[&str]| -> Option<Vec<String>> {
        w.first().filter(|h| heads.contains(&h.as_str())).map(|_| {
            w[1..]
                .iter()
                .filter(|x| *x != "de" && *x != "ville")
                .cloned()
                .collect()
        })
    };
    // For each new value, the target that stands for the same victim in fuller form.
    let mut into: Vec<Option<usize>> = (0..targets.len())
        .map(|i| {
            if !targets[i].new_value || words[i].is_empty() {
                return None;
            }
            (0..targets.len()).find(|&j| {
                if i == j || words[j].is_empty() {
                    return false;
                }
                let contained = words[i].iter().all(|w| words[j].contains(w));
                let fuller = words[j].len() > words[i].len() || !targets[j].new_value;
                let town_hall = rest_after(&words[i], TERRITORY_HEADS).is_some_and(|r| {
                    !r.is_empty() && rest_after(&words[j], INSTITUTION_HEADS) == Some(r)
                });
                // The same name spelt another way gives way to the known form, or to the first.
                // A town hall never gives way to its town ("Ville de X" is the "Mairie de X").
                let to_territory = rest_after(&words[j], TERRITORY_HEADS).is_some()
                    && rest_after(&words[i], INSTITUTION_HEADS).is_some();
                // Initials give way to the name they stand for, whichever came first (« Piraté,
                // l'OM prend une mesure… » before « l’Olympique de Marseille », eighteenth split).
                let (short_i, short_j) = (initials(&targets[i].value), initials(&targets[j].value));
                let first_or_known = !targets[j].new_value
                    || (j < i && (short_i || !short_j))
                    || (short_i && !short_j);
                let variant = first_or_known
                    && !to_territory
                    && super::variants::same_victim(&targets[i].value, &targets[j].value);
                (contained && fuller)
                    || town_hall
                    || variant
                    || described_in_the_title(&targets[i], &targets[j])
            })
        })
        .collect();
    // "CVS" gives way to "CVS Group" as a shorter form, and "CVS Group" to the "CVS" named first
    // as a variant: two names that give way to each other would both be lost. The fuller one
    // stays (the first when they are as long).
    for i in 0..into.len() {
        if let Some(j) = into[i]
            && j > i
            && into[j] == Some(i)
        {
            let keep = if words[j].len() > words[i].len() {
                j
            } else {
                i
            };
            into[keep] = None;
        }
    }
    let mut out: Vec<super::suggest::Suggestion> = Vec::with_capacity(targets.len());
    let mut raised: Vec<(usize, super::suggest::Confidence)> = Vec::new();
    for (i, t) in targets.iter().enumerate() {
        // Follow the chain to the form that is kept.
        let mut k = i;
        let mut hops = 0;
        while let Some(j) = into[k] {
            k = j;
            hops += 1;
            if hops > targets.len() {
                break;
            }
        }
        if k != i {
            raised.push((k, t.confidence));
        }
    }
    for (i, t) in targets.iter().enumerate() {
        if into[i].is_some() {
            continue;
        }
        let mut t = t.clone();
        for &(k, c) in &raised {
            if k == i && c > t.confidence {
                t.confidence = c;
            }
        }
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_joiners_and_lose_their_elided_article() {
        let text = "La mairie de Saint-Nazaire, l’hôpital d'Armentières et AT&T. Sault Ste. Marie";
        let toks = tokens(text, 0, text.len());
        let read: Vec<(&str, bool, bool, bool)> = toks
            .iter()
            .map(|t| (t.folded(), t.cap, t.elided, t.gap))
            .collect();
        assert_eq!(
            read,
            [
                ("la", true, false, false),
                ("mairie", false, false, false),
                ("de", false, false, false),
                ("saint-nazaire", true, false, false),
                ("hopital", false, true, true),
                ("armentieres", true, true, false),
                ("et", false, false, false),
                ("at&t", true, false, false),
                ("sault", true, false, true),
                ("ste", true, false, false),
                ("marie", true, false, false),
            ]
        );
        assert_eq!(&text[toks[4].start..toks[4].end], "hôpital");
    }

    #[test]
    fn an_ampersand_between_two_capitalised_words_joins_one_name() {
        // Eighteenth split: « Omni Hotels & Resorts, une chaîne de renom… »; seventeenth: "Kelley
        // Drye & Warren, a well-established U.S. law firm".
        let gaps = |text: &str| -> Vec<bool> {
            tokens(text, 0, text.len()).iter().map(|t| t.gap).collect()
        };
        assert_eq!(gaps("Omni Hotels & Resorts"), [false, false, false]);
        assert_eq!(gaps("Kelley Drye & Warren"), [false, false, false]);
        // Near misses: a lower-case word on either side, or no space around it.
        assert_eq!(gaps("Attackers & defenders"), [false, true]);
        assert_eq!(gaps("hackers & Acme"), [false, true]);
        assert_eq!(gaps("Acme &Globex"), [false, true]);
    }

    /// Nineteenth split: « Cyberattaque : la communauté d’agglomération Saint-Avold Synergie
    /// victime d’une tentative de rançon » was read « Agglomération Saint-Avold Synergie ».
    #[test]
    fn a_head_with_an_elided_word_keeps_its_first_word() {
        let name = |text: &str, cue: &str| {
            let toks = tokens(text, 0, text.len());
            let at = toks.iter().position(|t| t.folded() == cue).unwrap();
            phrase_before(&toks, at).map(|p| p.name(text))
        };
        assert_eq!(
            name(
                "Cyberattaque : la communauté d’agglomération Saint-Avold Synergie victime d’une tentative",
                "victime"
            )
            .as_deref(),
            Some("Communauté d’agglomération Saint-Avold Synergie")
        );
        // Near miss: the agglomeration alone, with no « communauté » before it, stays as written.
        assert_eq!(
            name(
                "Haute-Savoie : l’agglomération d’Annecy victime d’une cyberattaque",
                "victime"
            )
            .as_deref(),
            Some("Agglomération d’Annecy")
        );
    }

    #[test]
    fn each_head_is_found_by_its_words_in_the_list_s_order() {
        // Looked up by its first word, a head's words find what a walk through the whole list
        // finds: the head, or one listed before it that they open with.
        for h in HEADS {
            let name = h.words.join(" ");
            let toks = tokens(&name, 0, name.len());
            let first_listed = HEADS.iter().find(|g| {
                g.words.len() <= toks.len()
                    && g.words.iter().zip(&toks).all(|(w, t)| t.folded == *w)
            });
            assert_eq!(
                head_at(&toks, 0).map(|f| f.words),
                first_listed.map(|g| g.words),
                "{name}"
            );
        }
        let text = "La mairie de Caen a été victime d'une cyberattaque";
        let toks = tokens(text, 0, text.len());
        assert_eq!(head_at(&toks, 1).map(|h| h.words), Some(&["mairie"][..]));
        assert!(head_at(&toks, 0).is_none());
        assert!(head_at(&toks, toks.len()).is_none());
    }
}
