//! A victim's sector from the words that describe it where the text names it (round s16victims):
//! « l'association de lutte contre le sida Sidaction », "A dental practice in Nevada, Absolute
//! Dental, …", "CDK Global, the retail software provider for dealerships, …", « la Caisse
//! nationale de sécurité sociale marocaine (CNSS) », "the Treasury Department". The fifth split's
//! victims were found and their sector missed: no head word of the name gave it.
use super::fold::{Folded, fold};
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggester, Suggestions, Via};
use super::victims::{self, Token};

/// Description words the sector vocabulary leaves out, since alone in a sentence they name no
/// victim's sector (« association », "department"): read only in a victim's own description.
#[rustfmt::skip]
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("association", "ngo"), ("associations", "ngo"), ("dental", "health"), ("dentaire", "health"),
    ("dentist", "health"), ("securite sociale", "government"), ("social security", "government"),
    ("allocations familiales", "government"), ("department", "government"),
    ("ministry", "government"),
    // Round s21places: kinds of victims the tenth, ninth and eighth splits describe that the
    // sector vocabulary lacks ("Mandiant, an American cybersecurity firm", « la maison de
    // retraite de Vessy », « La Mutuelle nationale des hospitaliers (MNH) », "Guam Power
    // Authority (GPA)", « le groupe de cosmétique français Nuxe », "Japanese consumer
    // electronics giant Casio"). Alone in a sentence they may name someone else (the security
    // firm that reports, « votre mutuelle »).
    ("cybersecurity firm", "technology"), ("cybersecurity company", "technology"),
    ("security firm", "technology"), ("entreprise de cybersecurite", "technology"),
    ("societe de securite informatique", "technology"),
    ("maison de retraite", "health"), ("nursing home", "health"), ("care home", "health"),
    ("etablissement de soins", "health"), ("mutuelle", "finance"), ("power authority", "energy"),
    ("electric cooperative", "energy"), ("cooperative electrique", "energy"),
    ("cosmetique", "manufacturing"), ("consumer electronics", "manufacturing"),
    // Round s27places: what a company makes, said in its own description (« Cegid, géant
    // lyonnais des solutions de gestion cloud », « l'entreprise Sirius, spécialisée dans les
    // logiciels de billetterie », « Séché Environnement, un industriel spécialisé dans le
    // traitement des déchets », "the California-based crypto firm Harmony"). Alone in a
    // sentence they name the tool attacked or used ("cloud", « logiciel malveillant »).
    ("software", "technology"), ("logiciel", "technology"), ("logiciels", "technology"),
    ("cloud", "technology"), ("saas", "technology"), ("industriel", "manufacturing"),
    ("crypto firm", "cryptocurrency"), ("crypto company", "cryptocurrency"),
    // Round s29victims: kinds of institutions the victims' own names hold, labelled with one
    // sector wherever a read split names one (« Le barreau de Charleroi », « Les Hospices Civils
    // de Lyon », « la CCI Bordeaux Gironde », « le quotidien … Cameroon-Tribune », "Seattle
    // Public Library", "Pittsburgh Regional Transit", "Radio-Canada"). Alone in a sentence they
    // name no victim ("a Python library", « un barreau de chaise »). Not "township": a school
    // board or a hospital is named after one as often as the town itself is the victim.
    ("barreau", "legal"), ("hospices", "health"), ("chambre de commerce", "local-government"),
    ("cci", "local-government"), ("public library", "local-government"),
    ("borough", "local-government"), ("transit", "transport"),
    ("radio", "media"), ("quotidien", "media"), ("tribune", "media"), ("eglise", "ngo"),
    ("church", "ngo"),
    // Round s34sector: kinds of victims the read splits' descriptions and names hold that no
    // table gave (« le distributeur montréalais d'équipements électriques Guillevin
    // International », « L'horloger japonais Seiko », « La faïencerie de Gien », « le groupe de
    // biologie médicale Inovie Labosud », "Manchester United Football Club"), with their
    // counterparts in the other language. Alone in a sentence they name no victim (« un
    // distributeur de billets », a club's fans).
    ("distributeur", "retail"), ("distributor", "retail"), ("horloger", "manufacturing"),
    ("watchmaker", "manufacturing"), ("faiencerie", "manufacturing"),
    ("biologie medicale", "health"), ("football club", "hospitality"),
    ("club de football", "hospitality"), ("club de foot", "hospitality"),
    // Round s36country: the kind a victim's own name opens or ends with, which the sector
    // vocabulary lacks or reads only in a sentence reporting the attack (« Municipalité de
    // Rolle », « Commune de Saxon », "Texell Credit Union", "Washington County Sheriff's
    // Office"). Alone in a sentence « commune » is also an adjective (« une action commune »).
    ("municipalite", "local-government"), ("commune", "local-government"),
    ("credit union", "finance"), ("sheriff", "justice"),
];

/// Sector words that say what kind of data was taken, whom an investigator serves, or what pays:
/// never a description's sector (as in `analyse`).
#[rustfmt::skip]
const NOT_DESCRIPTIONS: &[&str] = &[
    "payment", "payments", "paiement", "iban", "bancaire", "bancaires", "patients", "patient data",
    "medical information", "students", "etudiants", "eleves", "bitcoin", "bitcoins", "btc",
    "police", "parquet", "gendarmerie", "law enforcement", "prosecutor", "military", "militaire",
];

/// Words that end a description read backwards from a name: verbs and what joins clauses.
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "a", "ont", "est", "sont", "etait", "has", "have", "had", "is", "are", "was", "were", "that",
    "which", "who", "qui", "que", "said", "says", "selon", "according", "par", "by", "et", "and",
    "ou", "or", "to", "a", "pour", "for", "from", "with", "avec", "apres", "after",
];

/// What says a name is a kind of organisation, its indefinite article included: "is a", « est un ».
const COPULAS: &[&str] = &[" is a ", " is an ", " est un ", " est une "];

/// Determiners that open a description.
const OPENERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "the", "a", "an", "its", "son", "sa", "ses", "cette",
];

/// What follows a place and a hyphen to make it a seat ("Quebec-based", "Oslo-headquartered").
const SEAT_SUFFIXES: &[&str] = &["based", "headquartered"];

/// Capitalised words a place may follow inside a name and still be where the victim is.
#[rustfmt::skip]
const PLACE_OPENERS: &[&str] = &[
    "university", "universite", "college", "central", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "greater", "nord", "sud", "est", "ouest",
];

/// How much of a text is read for a victim's mentions.
const LEAD_BYTES: usize = 4 * 1024;

/// Words of a description read back from a name, and after it.
const BEFORE_WORDS: usize = 6;
const AFTER_WORDS: usize = 9;

impl Suggester {
    /// Adds the sectors that the descriptions of the article's new victims give, at medium
    /// confidence (inferred from a description, not stated as the victim's).
    pub(super) fn described_sectors(&self, title: &str, text: &str, out: &mut Suggestions) {
        let names: Vec<String> = out
            .target
            .iter()
            .filter(|t| t.new_value)
            .map(|t| t.value.clone())
            .collect();
        if names.is_empty() {
            return;
        }
        let mut end = text.len().min(LEAD_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Each field is lower-cased once, whatever the number of victims.
        let fields: Vec<(Field, &str, String)> =
            [(Field::Title, title), (Field::Text, &text[..end])]
                .into_iter()
                .map(|(field, original)| (field, original, original.to_lowercase()))
                .collect();
        for name in &names {
            // The name's own words ("Treasury Department").
            self.sectors_in(Field::Text, name, 0, name.len(), out, true);
            self.places_in_name(name, out);
            for (field, original, lower) in &fields {
                let (field, original) = (*field, *original);
                let key = name.to_lowercase();
                if key.chars().count() < 2 {
                    continue;
                }
                for (at, _) in lower.match_indices(&key).take(3) {
                    // to_lowercase keeps byte offsets for the scripts the press writes in, but
                    // not for every character: check before slicing.
                    if lower.len() != original.len()
                        || !original.is_char_boundary(at)
                        || !original.is_char_boundary(at + key.len())
                    {
                        continue;
                    }
                    let is_people = |t: &Token| self.is_country_word(&t.folded);
                    for (s, e) in descriptions(original, at, at + key.len(), &is_people) {
                        self.sectors_in(field, original, s, e, out, false);
                    }
                }
            }
        }
    }

    /// The country of a place the new victim's own name holds: "University of Central Florida",
    /// « Collectivité territoriale de Martinique », « CHU de Québec-Université Laval » (a hyphen
    /// joins places inside a name). Its evidence is the victim's.
    fn places_in_name(&self, name: &str, out: &mut Suggestions) {
        let folded = Folded::new(name);
        let codes: Vec<String> = self
            .names_in(&folded, name)
            .iter()
            .filter(|h| h.target.kind == Kind::Country && h.target.via != Via::Demonym)
            .filter(|h| {
                // "Morgan Stanley", « CHU Saint-Pierre », "Redcar and Cleveland Borough
                // Council": a city after a capitalised word or a joining word is a name's part;
                // not after a university's head or a point of the compass ("University of
                // Central Florida", « Université Paris-Descartes »).
                let (start, _) = folded.original_range(h.start, h.end);
                let before = super::analyse::last_word(name[..start].trim_end());
                let named = before.starts_with(char::is_uppercase)
                    && !PLACE_OPENERS.contains(&fold(before).as_str());
                h.target.via != Via::City
                    || !(named
                        || matches!(before, "and" | "et")
                        || name[..start].trim_end().ends_with('&'))
            })
            .map(|h| super::analyse::country(&h.target.value))
            .collect();
        let Some(ev) = out
            .target
            .iter()
            .find(|t| t.value == name)
            .map(|t| t.evidence.clone())
        else {
            return;
        };
        for code in codes {
            out.add(Kind::Country, &code, &ev, Confidence::Medium);
        }
    }

    /// The sectors named in `original[s..e]`.
    fn sectors_in(
        &self,
        field: Field,
        original: &str,
        s: usize,
        e: usize,
        out: &mut Suggestions,
        own_name: bool,
    ) {
        let window = &original[s..e];
        let folded = Folded::new(window);
        let evidence = |a: usize, b: usize| Evidence {
            field,
            start: s + a,
            end: s + b,
            term: window[a..b].to_string(),
        };
        let mut found: Vec<(String, Evidence)> = Vec::new();
        // A name's own sector words are read by its head (« Ministère de la Justice » is a
        // ministry); only the words no head gives count there ("Treasury Department").
        let hits = if own_name {
            Vec::new()
        } else {
            self.names_in(&folded, window)
        };
        let mut places: Vec<(String, Evidence)> = Vec::new();
        for (i, h) in hits.iter().enumerate() {
            let (a, b) = folded.original_range(h.start, h.end);
            // « L'éditeur de jeux vidéo français Ubisoft », "German battery manufacturer Varta",
            // "Mandiant, an American cybersecurity firm,": the people or place that describes the
            // victim is its country. Not a people joined to another ("Anglo-Dutch"), nor a
            // place another word is built on ("Paris-Normandie"), but "Quebec-based" is a seat.
            if h.target.kind == Kind::Country {
                let rest = &window[b..];
                let joined = window[..a].ends_with(['-', '‑'])
                    || (rest.starts_with(['-', '‑'])
                        && !SEAT_SUFFIXES.iter().any(|x| rest[1..].starts_with(x)));
                if !joined {
                    places.push((super::analyse::country(&h.target.value), evidence(a, b)));
                }
                continue;
            }
            if h.target.kind != Kind::Sector {
                continue;
            }
            // "a nonprofit community hospital" is a hospital.
            if NOT_DESCRIPTIONS.contains(&fold(&window[a..b]).as_str())
                || super::analyse::qualifies_another_kind(&folded.text, &hits, i)
            {
                continue;
            }
            found.push((h.target.value.clone(), evidence(a, b)));
        }
        for (word, sector) in DESCRIPTIONS {
            if let Some(i) = folded
                .text
                .match_indices(word)
                .map(|(i, _)| i)
                .find(|&i| super::suggest::at_word_boundary(&folded.text, i, i + word.len()))
            {
                let (a, b) = folded.original_range(i, i + word.len());
                found.push((sector.to_string(), evidence(a, b)));
            }
        }
        // Evidence of a name's own words is the name as the text writes it; keep it only where
        // the name is read from the text (a target's value is not a span of it).
        if own_name {
            for (sector, _) in found {
                if let Some(t) = out.target.iter().find(|t| t.value == original) {
                    let ev = t.evidence.clone();
                    out.add(Kind::Sector, &sector, &ev, Confidence::Medium);
                }
            }
            return;
        }
        for (sector, ev) in found {
            out.add(Kind::Sector, &sector, &ev, Confidence::Medium);
        }
        // "Russian hackers targeting Western logistics entities": a people next to the
        // attackers is theirs.
        let attackers = victims::tokens(window, 0, window.len())
            .iter()
            .any(|t| super::context::ATTACKER.contains(&t.folded()));
        if attackers {
            return;
        }
        for (code, ev) in places {
            out.add(Kind::Country, &code, &ev, Confidence::Medium);
        }
    }
}

/// The spans that describe the name at `original[start..end]`: the words right before it back to
/// a determiner or the sentence's start (« l'association de lutte contre le sida Sidaction », "US
/// newspaper publisher Lee Enterprises"), an indefinite description set before it with a comma
/// at the sentence's start ("A dental practice in Nevada, Absolute Dental"), the apposition after
/// it between commas ("CDK Global, the retail software provider for dealerships,"), and the
/// name an abbreviation stands for (« …sécurité sociale marocaine (CNSS) »).
fn descriptions(
    original: &str,
    start: usize,
    end: usize,
    is_people: &dyn Fn(&Token) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let from = sentence_start(original, start);
    let toks = victims::tokens(original, from, start);
    let name_gap = original[toks.last().map_or(from, |t| t.end)..start].trim();
    // Right before it.
    if (name_gap.is_empty() || name_gap.ends_with(['\'', '’']))
        && let Some(j) = description_start(&toks, is_people)
    {
        out.push((toks[j].start, toks.last().map_or(start, |t| t.end)));
    }
    // "A dental practice in Nevada, Absolute Dental": an indefinite description opens the sentence.
    if name_gap == ","
        && toks.len() <= 8
        && toks
            .first()
            .is_some_and(|t| matches!(t.folded(), "a" | "an" | "un" | "une"))
    {
        out.push((toks[0].start, toks.last().map_or(start, |t| t.end)));
    }
    // "(CNSS)": the name it abbreviates, right before.
    if original[..start].trim_end().ends_with('(') && original[end..].starts_with(')') {
        let open = original[..start].trim_end().len() - 1;
        let toks = victims::tokens(original, from, open);
        if !toks.is_empty() {
            let first = toks.len().saturating_sub(8);
            out.push((toks[first].start, toks[toks.len() - 1].end));
        }
    }
    // "Hot Topic is a prominent American retail chain", « Bernina est un fabricant de machines à
    // coudre »: what the name is said to be, to the clause's end.
    let rest = &original[end..];
    if let Some(after) = COPULAS.iter().find_map(|c| rest.strip_prefix(c)) {
        let stop = after
            .find([',', '.', ';', ':', '(', ')', '\n', '–', '—'])
            .unwrap_or(after.len());
        let a = original.len() - after.len();
        let toks = victims::tokens(original, a, a + stop);
        if !toks.is_empty() && toks.len() <= AFTER_WORDS {
            out.push((a, a + stop));
        }
    }
    // "the GPA (Guam Power Authority)": the name an abbreviation stands for, right after it.
    if let Some(inside) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('('))
        && let Some(close) = inside.find(')')
    {
        let a = original.len() - inside.len();
        let toks = victims::tokens(original, a, a + close);
        if !toks.is_empty() && toks.len() <= 8 {
            out.push((a, a + close));
        }
    }
    // The apposition after it, between commas ("Infopro.ch, un hébergeur de services en ligne,":
    // the victim named by its web address).
    let rest = past_web_suffix(rest);
    let end = original.len() - rest.len();
    if let Some(after) = rest.strip_prefix(", ") {
        // A dash sets off an aside, not the victim's description (« RT, une chaîne disponible
        // en plusieurs langues – dont le français, »).
        let stop = after
            .find([',', '.', ';', ':', '(', ')', '\n', '–', '—'])
            .unwrap_or(after.len());
        let a = end + 2;
        let toks = victims::tokens(original, a, a + stop);
        let opens = toks.first().is_some_and(|t| {
            OPENERS.contains(&t.folded()) || (!t.cap && !STOPS.contains(&t.folded()))
        });
        let closed = after[stop..].starts_with(',');
        if opens && closed && toks.len() <= AFTER_WORDS {
            out.push((a, a + stop));
        }
    }
    out
}

/// What follows a name written as its web address, past the address's suffix (".ch, un
/// hébergeur" → ", un hébergeur"): two to four lower-case letters after a full stop.
fn past_web_suffix(rest: &str) -> &str {
    let Some(after_dot) = rest.strip_prefix('.') else {
        return rest;
    };
    let letters = after_dot.bytes().take_while(u8::is_ascii_lowercase).count();
    if (2..=4).contains(&letters) && after_dot[letters..].starts_with(", ") {
        &after_dot[letters..]
    } else {
        rest
    }
}

/// Where the sentence holding `at` starts (after the last full stop, question or exclamation
/// mark, or line break before it).
fn sentence_start(original: &str, at: usize) -> usize {
    original[..at]
        .rfind(['.', '!', '?', '\n', '|', '–', '—'])
        .map_or(0, |i| {
            i + original[i..].chars().next().map_or(1, char::len_utf8)
        })
}

/// A place glued to what makes it a seat: "California-based", "Oslo-headquartered".
fn is_seat(t: &Token) -> bool {
    t.folded()
        .rsplit_once(['-', '‑'])
        .is_some_and(|(_, suffix)| SEAT_SUFFIXES.contains(&suffix))
}

/// The first token of the description that ends the tokens: the longest run back from the end,
/// of at most [`BEFORE_WORDS`] lower-case words with no punctuation nor verb, that opens with a
/// determiner or an elided article, or at the sentence's start.
fn description_start(toks: &[Token], is_people: &dyn Fn(&Token) -> bool) -> Option<usize> {
    let n = toks.len();
    let mut best = None;
    for j in (n.saturating_sub(BEFORE_WORDS)..n).rev() {
        let t = &toks[j];
        if STOPS.contains(&t.folded()) || (j + 1 < n && toks[j + 1].gap) {
            break;
        }
        // Capitals only where the sentence opens ("US newspaper publisher…"), for a people
        // ("major Japanese publisher Kadokawa") or for a seat ("the California-based crypto firm
        // Harmony": the place is where the victim is, not another name).
        if t.cap && j > 0 && !is_people(t) && !is_seat(t) {
            break;
        }
        let opened = t.elided
            || j == 0
            || (j > 0 && OPENERS.contains(&toks[j - 1].folded()) && !toks[j].gap);
        if opened {
            best = Some(j);
        }
    }
    best
}
