//! A new victim named in part where the cue points at it is named in full elsewhere: « L'agglomération
//! du Grand Cognac victime… » is the « Agglomération du Grand-Cognac » of the text, "Allen ISD"
//! the "Allen Independent School District", « Paris-Descartes » the « Université Paris-Descartes ».
//! The name written with its institution's head around it is the victim's, as the analyst writes it.
use super::fold::fold;
use super::suggest::{Evidence, Field, Suggestion, Suggestions};
use super::victims::{self, Phrase, Token};

/// « Franquevielle : piratage, usurpation d'identité de la commune… », whose text says only « la
/// mairie s'est retrouvée la cible »: the headline's one-word subject, which the text never
/// writes again, in an article whose victim is a town hall it does not name, is that town's town
/// hall, which the analyst names « Mairie de Franquevielle ».
pub(crate) fn town_hall_of_the_headline_s_town(out: &mut Suggestions, title: &str, text: &str) {
    if !super::victim_rules::unnamed_kinds(out).contains(&"town") {
        return;
    }
    let [t] = &mut out.target[..] else {
        return;
    };
    let subject = t.evidence.field == Field::Title
        && title
            .get(t.evidence.end..)
            .is_some_and(|rest| rest.trim_start().starts_with(':'));
    let town = fold(&t.value);
    if !t.new_value || !subject || t.value.contains(' ') || town.len() < 2 {
        return;
    }
    let folded = fold(text);
    if folded
        .match_indices(town.as_str())
        .any(|(at, _)| super::context::at_word_boundary(&folded, at, at + town.len()))
    {
        return;
    }
    let elided = town.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h']);
    t.value = if elided {
        format!("Mairie d'{}", t.value)
    } else {
        format!("Mairie de {}", t.value)
    };
}

/// How many joining words may stand between a head and the bare name after it
/// (« l'Agglomération du Grand-Cognac », « l'hôpital privé de la Miotte »).
const WORDS_BETWEEN_HEAD_AND_NAME: usize = 2;

/// The longest head (« centre hospitalier universitaire »), in words.
const LONGEST_HEAD: usize = 4;

/// The title's and the text's words, split when a rule first needs them and then shared by every
/// rule of this file and every new victim they look for: a long text's split is a word (and an
/// allocation) per few bytes, and [`name_in_full`] and [`name_before_its_abbreviation`] each split
/// it anew (~9% of `veille suggest --json`, callgrind, round 27).
pub(crate) struct FieldWords<'t> {
    title: &'t str,
    text: &'t str,
    /// The title's words, then the text's.
    words: [std::cell::OnceCell<Vec<Token<'t>>>; 2],
}

impl<'t> FieldWords<'t> {
    pub(crate) fn new(title: &'t str, text: &'t str) -> FieldWords<'t> {
        FieldWords {
            title,
            text,
            words: Default::default(),
        }
    }

    /// The words of field `k` (0 the title, 1 the text).
    fn words(&self, k: usize) -> &[Token<'t>] {
        let field = if k == 0 { self.title } else { self.text };
        self.words[k].get_or_init(|| victims::tokens(field, 0, field.len()))
    }
}

/// Names a new victim as the text writes it in full, with a naming head that its proposed name
/// lacks: the longest such name in the title or the text, and its evidence there.
pub(crate) fn name_in_full(out: &mut Suggestions, fields: &FieldWords) {
    let (title, text) = (fields.title, fields.text);
    // A field is split only when it holds the name's first word somewhere (its folded form is in
    // the folded field): most texts do not, and their words were a tenth of the suggester's time.
    let mut folded: [Option<String>; 2] = [None, None];
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        if starts_with_a_head(&s.value) {
            continue;
        }
        let first_word = victims::tokens(&s.value, 0, s.value.len())
            .into_iter()
            .next()
            .map(|t| t.folded.into_owned());
        let mut best: Option<(String, Evidence)> = None;
        for (k, (field, original)) in [(Field::Title, title), (Field::Text, text)]
            .into_iter()
            .enumerate()
        {
            let holds = first_word.as_ref().is_some_and(|w| {
                folded[k]
                    .get_or_insert_with(|| fold(original))
                    .contains(w.as_str())
            });
            if !holds {
                continue;
            }
            let toks = fields.words(k);
            for (name, start, end) in fuller_names(original, toks, &s.value) {
                if best.as_ref().is_none_or(|(b, _)| name.len() > b.len()) {
                    let term = original[start..end].to_string();
                    best = Some((
                        name,
                        Evidence {
                            field,
                            start,
                            end,
                            term,
                        },
                    ));
                }
            }
        }
        if let Some((name, evidence)) = best {
            s.value = name;
            s.evidence = evidence;
        }
    }
    // Two spellings of one victim may now be one name.
    drop_repeated_names(out);
}

/// A one-word new victim written right after "X University and" (« Sorbonne Université et ») takes
/// the head the two share: "Newcastle University and Northumbria have both been targeted" (twelfth
/// split) names Northumbria University. Only a naming head that ends the first name.
pub(crate) fn head_shared_across_and(out: &mut Suggestions, title: &str, text: &str) {
    let heads: Vec<String> = out
        .target
        .iter()
        .filter_map(|t| {
            let last = t.value.rsplit(' ').next()?;
            let folded = fold(last);
            let naming = victims::HEADS
                .iter()
                .any(|h| h.naming && h.words.len() == 1 && h.words[0] == folded);
            (t.value.contains(' ') && naming).then(|| t.value.clone())
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    for t in out
        .target
        .iter_mut()
        .filter(|t| t.new_value && !t.value.contains(' '))
    {
        let Some(first) = heads.iter().find(|h| {
            let joined = [" and ", " et "].map(|j| format!("{h}{j}{}", t.value));
            joined
                .iter()
                .any(|w| title.contains(w.as_str()) || text.contains(w.as_str()))
        }) else {
            continue;
        };
        if let Some(head) = first.rsplit(' ').next() {
            t.value = format!("{} {head}", t.value);
        }
    }
}

/// How many words a name may run on past the victim's words at its first mention.
const WORDS_PAST_THE_SHORT_NAME: usize = 6;

/// Words that follow a company's name without being part of it: a person's role ("Indigo CEO
/// Heather Reisman"), a reporting verb written with a capital in a headline-like lead.
#[rustfmt::skip]
const NOT_PART_OF_A_NAME: &[&str] = &[
    "ceo", "cfo", "cto", "ciso", "coo", "chief", "president", "chairman", "spokesperson",
    "spokesman", "spokeswoman", "founder", "director", "pdg", "directeur", "directrice",
    "porte", "says", "said", "confirms", "confirmed",
];

/// A new victim read short (from a headline or a later mention) where the text's first mention of
/// it runs on into its full name: "Indigo investigating…" is "Indigo Books & Music Inc." of the
/// text's first sentence, « Eurofins » the « groupe de bioanalyse Eurofins Scientific », "Allianz
/// Life" the "Allianz Life Insurance Company of North America (“Allianz Life”)". The press writes
/// a name in full once, where it first brings it in, and short afterwards; the analyst writes it
/// in full. Only capitalised words run on (with "&" and "of"/« de » before a capital), only at the
/// text's first mention: a later "Microsoft Teams" names a product, not the victim.
pub(crate) fn name_at_its_first_mention(out: &mut Suggestions, fields: &FieldWords) {
    let text = fields.text;
    let mut folded: Option<String> = None;
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        let short = victims::tokens(&s.value, 0, s.value.len());
        let Some(first) = short.first() else {
            continue;
        };
        if !folded
            .get_or_insert_with(|| fold(text))
            .contains(first.folded())
        {
            continue;
        }
        let toks = fields.words(1);
        let Some(i) = (0..toks.len()).find(|&i| {
            (0..short.len()).all(|n| {
                toks.get(i + n)
                    .is_some_and(|t| same_word(&t.folded, &short[n].folded) && (n == 0 || !t.gap))
            })
        }) else {
            continue;
        };
        let end = runs_on_to(text, toks, i + short.len());
        // A line in Title Case (a headline repeated as the text's first line, "Navicent Health
        // Notifies Patients About…") capitalises its verbs too.
        let line_from = text[..toks[i].start].rfind('\n').map_or(0, |n| n + 1);
        let line_to = text[toks[i].start..]
            .find('\n')
            .map_or(text.len(), |n| toks[i].start + n);
        if end == i + short.len() || title_case(&text[line_from..line_to]) {
            continue;
        }
        let (start, stop) = (toks[i].start, toks[end - 1].end);
        named_at(s, Field::Text, text, start, stop);
    }
    drop_repeated_names(out);
}

/// Where a name that reaches token `j` ends, past the capitalised words that run on from it
/// ("Books & Music Inc", "Insurance Company of North America"): the index after its last word.
fn runs_on_to(text: &str, toks: &[Token], j: usize) -> usize {
    let name_word = |t: &Token| {
        name_word_before_a_head(t)
            && !NOT_PART_OF_A_NAME.contains(&t.folded())
            && !t.folded.chars().all(|c| c.is_ascii_uppercase())
    };
    let (from, mut k) = (j, j);
    while k < toks.len() && k - from < WORDS_PAST_THE_SHORT_NAME {
        let t = &toks[k];
        let between = &text[toks[k - 1].end..t.start];
        // One line: "Cegid\n\nCegid" is a name written twice.
        if between.contains('\n') {
            break;
        }
        if name_word(t) && (!t.gap || between.trim() == "&") {
            k += 1;
        } else if !t.gap
            && matches!(t.folded(), "of")
            && toks.get(k + 1).is_some_and(|n| !n.gap && name_word(n))
        {
            k += 2;
        } else {
            break;
        }
    }
    k
}

/// French prepositions that join a lower-case complement to an institution's name.
const COMPLEMENT_OPENERS: &[&str] = &["d'", "d’", "du ", "de la ", "de l'", "de l’", "des "];

/// Lower-case words that open no complement of a name: determiners and what follows a victim
/// in a sentence (« victime d'une cyberattaque », « des données »).
#[rustfmt::skip]
const NOT_COMPLEMENTS: &[&str] = &[
    "un", "une", "ses", "son", "sa", "leur", "leurs", "ce", "cette", "ces", "plus", "donnees",
    "attaque", "attaques", "cyberattaque", "piratage", "pirates", "hackers", "rancon", "ampleur",
    "informations", "fichiers", "clients", "patients", "usagers", "agents", "employes", "salaries",
    // « accusé par Hyundai Motor France d’être… »: an infinitive.
    "etre", "avoir", "faire", "payer", "porter", "rester",
];

/// Endings of French adjectives that may follow a complement's noun (« d'histoire naturelle »).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "elle", "al", "ale", "aux", "ique", "aire", "ien", "ienne", "if", "ive", "el",
];

/// A new French victim cut before its name's lower-case complement: « Le Muséum national
/// d'histoire naturelle de Paris victime » read as « Muséum national », « Le Secrétariat du
/// Conseil du trésor joindra… » as « Secrétariat du Conseil ». French writes a name's complement
/// in lower case; the name runs on to it where its evidence is (one noun, and an adjective).
pub(crate) fn lower_case_complement(out: &mut Suggestions, title: &str, text: &str) {
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        let original = match s.evidence.field {
            Field::Title => title,
            Field::Text => text,
            // Only a country comes from the address, never a victim.
            Field::Link => continue,
        };
        let Some(rest) = original.get(s.evidence.end..) else {
            continue;
        };
        if !fold(&s.value).ends_with(&fold(&s.evidence.term)) && s.value != s.evidence.term {
            continue;
        }
        let Some(opener) = COMPLEMENT_OPENERS
            .iter()
            .find(|o| rest.starts_with(&format!(" {o}")))
        else {
            continue;
        };
        let after = &rest[1 + opener.len()..];
        let words: Vec<&str> = after.split(' ').take(2).collect();
        let lower_word = |w: &str| {
            !w.is_empty()
                && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                && !NOT_COMPLEMENTS.contains(&fold(w).as_str())
        };
        // Round s39target: the noun may end the clause (« ainsi que l’Office national du
        // tourisme, ont été attaqués », twenty-sixth split, stayed « Office national »); the
        // punctuation after it is no part of the name.
        let Some(noun) = words
            .first()
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .filter(|w| lower_word(w))
        else {
            continue;
        };
        let ends_the_clause = words.first().is_some_and(|w| w.len() > noun.len());
        let mut len = 1 + opener.len() + noun.len();
        if !ends_the_clause
            && let Some(adj) = words
                .get(1)
                .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            && lower_word(adj)
            && ADJECTIVE_ENDINGS.iter().any(|e| adj.ends_with(e))
        {
            len += 1 + adj.len();
        }
        let end = s.evidence.end + len;
        s.value = format!("{}{}", s.value, &original[s.evidence.end..end]);
        s.evidence.term = original[s.evidence.start..end].to_string();
        s.evidence.end = end;
    }
}

/// Keeps the first of the targets whose names fold alike.
fn drop_repeated_names(out: &mut Suggestions) {
    let mut seen: Vec<String> = Vec::new();
    out.target.retain(|s| {
        let key = fold(&s.value);
        let first = !seen.contains(&key);
        seen.push(key);
        first
    });
}

/// How many capitalised words before its head a name may hold ("Wirral University Teaching
/// Hospital NHS Trust" read from "Hospital").
const NAME_WORDS_BEFORE_HEAD: usize = 4;

/// A new victim read from its institution's head where the text writes its distinguishing name
/// before the head, in capitals and with nothing between: "Swinburne University of Technology
/// has confirmed…" read as "University of Technology", "the Medusa ransomware gang is asking for
/// $100,000 from Open University of Cyprus" as "University of Cyprus". English puts the name
/// before the head; the analyst writes both. Not in a headline whose every word is capitalised
/// ("Hackers Target University of Texas").
pub(crate) fn name_words_before_the_head(out: &mut Suggestions, title: &str, text: &str) {
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        if !starts_with_a_head(&s.value) {
            continue;
        }
        let original = match s.evidence.field {
            Field::Title if !title_case(title) => title,
            Field::Title | Field::Link => continue,
            Field::Text => text,
        };
        let start = s.evidence.start;
        let opens_with_the_name = original
            .get(start..)
            .is_some_and(|rest| fold(rest).starts_with(&fold(&s.value)));
        if !opens_with_the_name {
            continue;
        }
        let from = super::context::char_floor(original, start.saturating_sub(160));
        let toks = victims::tokens(original, from, start);
        // The slice's first word may be cut: read it only where the field starts.
        let whole_from = usize::from(from > 0);
        let Some(last) = toks.len().checked_sub(1).filter(|&l| l >= whole_from) else {
            continue;
        };
        if !original[toks[last].end..start]
            .chars()
            .all(char::is_whitespace)
        {
            continue;
        }
        let mut first = last + 1;
        while first > whole_from
            && last + 1 - first < NAME_WORDS_BEFORE_HEAD
            && name_word_before_a_head(&toks[first - 1])
            && (first == last + 1 || !toks[first].gap)
        {
            first -= 1;
        }
        if first > last {
            continue;
        }
        let new_start = toks[first].start;
        s.value = format!("{} {}", &original[new_start..toks[last].end], s.value);
        s.evidence = Evidence {
            field: s.evidence.field,
            start: new_start,
            end: s.evidence.end,
            term: original[new_start..s.evidence.end].to_string(),
        };
    }
}

/// A capitalised word that may open an institution's name before its head: not an article, a
/// clause opener, a common word written with a capital, a grade ("K-12") nor a place that
/// describes it ("England-based").
fn name_word_before_a_head(t: &Token) -> bool {
    victims::is_name_word(t)
        && !t.folded.chars().any(|c| c.is_ascii_digit())
        && !victims::is_determiner(t)
        && !victims::opens_a_clause(t)
        && !["-based", "-headquartered"]
            .iter()
            .any(|s| t.folded.ends_with(s))
}

/// Whether most words of a headline are capitalised ("Hackers Target University of Texas").
fn title_case(title: &str) -> bool {
    let toks = victims::tokens(title, 0, title.len());
    toks.iter().filter(|t| t.cap).count() * 2 > toks.len()
}

/// Words an abbreviation skips (« Centre de santé Tulattavik de l'Ungava (CSTU) »).
#[rustfmt::skip]
const UNABBREVIATED: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "en", "pour", "sur", "of", "the",
    "and", "for", "&",
];

/// How many words a name declared before its abbreviation may have.
const DECLARED_NAME_WORDS: usize = 10;

/// A new victim read short of its name where the text writes the whole name before its
/// abbreviation in parentheses: « Le Centre de santé Tulattavik de l'Ungava (CSTU) informe… qu'il
/// a été victime » read as « Centre », « La Fédération française de rugby (FFR), victime d'une
/// cyberattaque » as « Fédération ». The abbreviation's letters, one per word of the name (its
/// joining words apart), say where the name ends; the analyst writes it whole.
pub(crate) fn name_before_its_abbreviation(out: &mut Suggestions, fields: &FieldWords) {
    let (title, text) = (fields.title, fields.text);
    if !(title.contains('(') || text.contains('(')) {
        return;
    }
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        let short = victims::tokens(&s.value, 0, s.value.len());
        if short.is_empty() || short.len() > 3 {
            continue;
        }
        for (k, (field, original)) in [(Field::Title, title), (Field::Text, text)]
            .into_iter()
            .enumerate()
        {
            if !original.contains('(') {
                continue;
            }
            let toks = fields.words(k);
            if let Some((start, end)) = declared_before_abbreviation(original, toks, &short) {
                named_at(s, field, original, start, end);
                break;
            }
        }
    }
    // Two spellings of one victim may now be one name.
    drop_repeated_names(out);
}

/// A new victim read as an abbreviation alone where the text declares it in parentheses after
/// its name: « L’attaque informatique dont le Service départemental d’incendie et de secours
/// (Sdis) a été victime » is that service, "the Dutch Research Council (NWO) which recently
/// confirmed the DoppelPaymer ransomware attack" that council. The name is the words before the
/// parenthesis whose initials the abbreviation spells, or, where it spells another language's
/// words (the NWO's are Dutch), the capitalised words before it that end with an institution's
/// head. The analyst writes the name.
pub(crate) fn name_of_a_declared_abbreviation(out: &mut Suggestions, fields: &FieldWords) {
    let (title, text) = (fields.title, fields.text);
    if !(title.contains('(') || text.contains('(')) {
        return;
    }
    for s in out.target.iter_mut().filter(|s| s.new_value) {
        let written = s.value.trim();
        if written.contains(' ')
            || !(2..=8).contains(&written.chars().count())
            || !abbreviation_as_written(written)
        {
            continue;
        }
        let declared = format!("({written})");
        for (k, (field, original)) in [(Field::Title, title), (Field::Text, text)]
            .into_iter()
            .enumerate()
        {
            let Some(at) = original.find(&declared) else {
                continue;
            };
            let toks = fields.words(k);
            // The words before the parenthesis, up to the first gap.
            let m = toks.partition_point(|t| t.end <= at);
            if m == 0 || !original[toks[m - 1].end..at].trim().is_empty() {
                continue;
            }
            let mut first = m - 1;
            while first > 0 && m - first < DECLARED_NAME_WORDS && !toks[first].gap {
                first -= 1;
            }
            let abbr = fold(written);
            let spelled = (first..m).find(|&i| {
                let initials: String = toks[i..m]
                    .iter()
                    .filter(|t| !UNABBREVIATED.contains(&t.folded()))
                    .filter_map(|t| t.folded.chars().next())
                    .collect();
                toks[i].cap
                    && !UNABBREVIATED.contains(&toks[i].folded())
                    && spells_its_initials(&abbr, &initials)
            });
            let named = || {
                let mut i = m;
                while i > first.max(m.saturating_sub(NAME_WORDS_BEFORE_HEAD + 2))
                    && name_word_before_a_head(&toks[i - 1])
                    && (i == m || !toks[i].gap)
                {
                    i -= 1;
                }
                let head_last = (i..m).any(|h| {
                    victims::head_at(toks, h)
                        .is_some_and(|head| head.naming && h + head.words.len() == m)
                });
                (m - i >= 2 && head_last).then_some(i)
            };
            let Some(i) = spelled.or_else(named) else {
                continue;
            };
            named_at(s, field, original, toks[i].start, toks[m - 1].end);
            break;
        }
    }
    drop_repeated_names(out);
}

/// Renames a victim to the name `original[start..end]`, which is then its evidence.
fn named_at(s: &mut Suggestion, field: Field, original: &str, start: usize, end: usize) {
    s.value = original[start..end].to_string();
    s.evidence = Evidence {
        field,
        start,
        end,
        term: s.value.clone(),
    };
}

/// The span of the first name in `toks` that opens with the words `short` and runs, unbroken, to
/// an abbreviation in parentheses whose letters are its words' initials.
fn declared_before_abbreviation(
    original: &str,
    toks: &[Token],
    short: &[Token],
) -> Option<(usize, usize)> {
    for i in 0..toks.len() {
        let opens = (0..short.len()).all(|n| {
            toks.get(i + n)
                .is_some_and(|t| t.folded == short[n].folded && (n == 0 || !t.gap))
        });
        if !opens {
            continue;
        }
        let mut m = i + short.len();
        while m < toks.len() && !toks[m].gap && m - i < DECLARED_NAME_WORDS {
            m += 1;
        }
        let Some(abbr) = toks.get(m) else {
            continue;
        };
        let written = &original[abbr.start..abbr.end];
        // « (ADIE, rattachée à la présidence) »: an aside may go on after the abbreviation.
        let declared = original[toks[m - 1].end..abbr.start].trim() == "("
            && original[abbr.end..].starts_with([')', ','])
            && (2..=8).contains(&written.chars().count())
            && abbreviation_as_written(written);
        if !declared || m == i + short.len() {
            continue;
        }
        let initials: String = toks[i..m]
            .iter()
            .filter(|t| !UNABBREVIATED.contains(&t.folded()))
            .filter_map(|t| t.folded.chars().next())
            .collect();
        if spells_its_initials(&abbr.folded, &initials) {
            return Some((toks[i].start, toks[m - 1].end));
        }
    }
    None
}

/// An abbreviation as the press writes one: in capitals (« ADIE », "PSNI"), or, in French, as a
/// word with its first letter only (« la Dinum », « l'Anssi »).
fn abbreviation_as_written(written: &str) -> bool {
    let mut chars = written.chars();
    let first_capital = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    let rest: Vec<char> = chars.collect();
    first_capital
        && (rest.iter().all(|c| c.is_ascii_uppercase())
            || rest.iter().all(|c| c.is_ascii_lowercase()))
}

/// How many letters an abbreviation may hold beyond its name's initials: a joining word's
/// (« Agence de l'informatique de l'État (ADIE) »), a second letter of one word (« Mutuelle
/// générale de la Poste et des Télécommunications (MGPTT) », « Direction interministérielle du
/// numérique (Dinum) »), or a word the text leaves out (« Centre des technologies de l'État
/// (CTIE) », of the information).
const LETTERS_BEYOND_INITIALS: usize = 2;

/// Whether `abbreviation` (folded) spells `initials`: the same first letter, every initial in
/// order, and at most [`LETTERS_BEYOND_INITIALS`] more. A word it does not spell ends no name:
/// « Caisse nationale de sécurité sociale marocaine (CNSS) » has an M the CNSS lacks.
fn spells_its_initials(abbreviation: &str, initials: &str) -> bool {
    if abbreviation == initials {
        return true;
    }
    let (a, i): (Vec<char>, Vec<char>) =
        (abbreviation.chars().collect(), initials.chars().collect());
    if a.first() != i.first() || a.len() > i.len() + LETTERS_BEYOND_INITIALS {
        return false;
    }
    let mut letters = a.iter();
    i.iter().all(|c| letters.any(|l| l == c))
}

/// Whether a name opens with an institution's head already ("Mairie de Caen").
fn starts_with_a_head(name: &str) -> bool {
    let toks = victims::tokens(name, 0, name.len());
    victims::head_at(&toks, 0).is_some()
}

/// Every name in `original` (split into `toks`) that holds `bare` (at word boundaries, as
/// written) with a naming head before it or ending it, as (name, start, end).
fn fuller_names(original: &str, toks: &[Token], bare: &str) -> Vec<(String, usize, usize)> {
    let bare_words = victims::tokens(bare, 0, bare.len());
    let Some(first_word) = bare_words.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let matches = |k: usize| {
            toks.get(i + k)
                .is_some_and(|t| same_word(&t.folded, &bare_words[k].folded))
                && (k == 0 || !toks[i + k].gap)
        };
        if !same_word(&toks[i].folded, &first_word.folded) || !(0..bare_words.len()).all(matches) {
            continue;
        }
        let last = i + bare_words.len() - 1;
        if let Some(p) = head_before(toks, i, last) {
            out.push((p.name(original), p.start, p.end));
        }
        if let Some(p) = head_after(toks, i, last) {
            out.push((p.name(original), p.start, p.end));
        }
    }
    out
}

/// « Grand-Cognac » and « Grand Cognac » are one name: hyphens and spaces alike. Compared byte by
/// byte: it runs for every word of a text, where copies with the hyphens replaced were a fortieth
/// of the suggester's time.
fn same_word(a: &str, b: &str) -> bool {
    let plain = |c: u8| if c == b'-' { b' ' } else { c };
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .all(|(x, y)| x == y || plain(x) == plain(y))
}

/// A naming head before the name at `i..=last`, with at most two words between them (« de la »,
/// « du », "of" or an elided article), read forward through the whole name. Counted from the
/// head's end, not its start: a head of two words (« l'hôpital privé de la Miotte ») may stand as
/// far from the name as a head of one (« l'agglomération de la Rochelle »).
fn head_before(toks: &[Token], i: usize, last: usize) -> Option<Phrase> {
    for h in (i.saturating_sub(WORDS_BETWEEN_HEAD_AND_NAME + LONGEST_HEAD)..i).rev() {
        let head = victims::head_at(toks, h).filter(|head| head.naming);
        let Some(head) = head else {
            continue;
        };
        if h + head.words.len() + WORDS_BETWEEN_HEAD_AND_NAME < i {
            continue;
        }
        let p = victims::phrase_forward(toks, h).filter(|p| p.proper)?;
        let joined = toks[h + head.words.len()..=i].iter().all(|t| !t.gap);
        return (joined && p.end >= toks[last].end && p.start == toks[h].start).then_some(p);
    }
    None
}

/// A naming head that ends a name of capitalised words starting with the name at `i..=last`
/// ("Allen Independent School District").
fn head_after(toks: &[Token], i: usize, last: usize) -> Option<Phrase> {
    let ends_with_head = |j: usize| {
        victims::HEADS.iter().any(|h| {
            h.naming
                && j >= h.words.len()
                && h.words
                    .iter()
                    .zip(&toks[j - h.words.len()..j])
                    .all(|(w, t)| t.folded == *w)
        })
    };
    // The longest: "School District", not "School".
    let mut end = None;
    let mut j = last + 1;
    while j < toks.len() && toks[j].cap && !toks[j].gap && j - last <= 3 {
        j += 1;
        if ends_with_head(j) {
            end = Some(j);
        }
    }
    let p = victims::phrase_before(toks, end?)?;
    (p.start == toks[i].start).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_in_parentheses_ends_the_name_it_spells() {
        fn read<'t>(text: &'t str, short: &str) -> Option<&'t str> {
            let toks = victims::tokens(text, 0, text.len());
            let short = victims::tokens(short, 0, short.len());
            declared_before_abbreviation(text, &toks, &short).map(|(a, b)| &text[a..b])
        }
        let fr = "Le Centre de santé Tulattavik de l’Ungava (CSTU) informe la population.";
        assert_eq!(
            read(fr, "Centre"),
            Some("Centre de santé Tulattavik de l’Ungava")
        );
        let en = "Officers of the Police Service of Northern Ireland (PSNI) were exposed.";
        assert_eq!(
            read(en, "Police Service"),
            Some("Police Service of Northern Ireland")
        );
        // Letters that are not the words' initials declare nothing.
        let other = "La Caisse nationale de sécurité sociale marocaine (CNSS) a été piratée.";
        assert_eq!(read(other, "Caisse nationale"), None);
        // An abbreviation right after the name names nothing longer.
        assert_eq!(read("Le CHU (CHU) de Rennes", "CHU"), None);
        // French abbreviations keep a joining word's letter, or a second letter of a word, or
        // are written as a word (twenty-second, twenty-first and eighteenth splits).
        let fr = "des captures d’écran de www. adie. sn, le site de l’Agence de l’informatique de \
                  l’Etat (ADIE, rattachée à la présidence), qui a reconnu avoir « subi une série »";
        assert_eq!(
            read(fr, "Agence"),
            Some("Agence de l’informatique de l’Etat")
        );
        let fr = "Le site de la Mutuelle Générale de la Poste et des Télécommunications (MGPTT) en \
                  Algérie a été piraté.";
        assert_eq!(
            read(fr, "Mutuelle Générale"),
            Some("Mutuelle Générale de la Poste et des Télécommunications")
        );
        let fr = "Selon lui, la Direction interministérielle du numérique (Dinum) a confirmé l’incident.";
        assert_eq!(
            read(fr, "Direction interministérielle"),
            Some("Direction interministérielle du numérique")
        );
        let en = "The intrusion struck the Centre des technologies de l'État (CTIE), the body that \
                  builds, runs and secures the Luxembourg government's IT.";
        assert_eq!(
            read(en, "Centre"),
            Some("Centre des technologies de l'État")
        );
        // A place in parentheses spells nothing.
        assert_eq!(
            read(
                "Le Centre hospitalier de la Côte (Nyon) a été touché",
                "Centre"
            ),
            None
        );
    }

    #[test]
    fn a_hyphen_and_a_space_join_words_alike() {
        assert!(same_word("grand-cognac", "grand cognac"));
        assert!(same_word("grand cognac", "grand-cognac"));
        assert!(same_word("paris-descartes", "paris-descartes"));
        assert!(!same_word("grand-cognac", "grand cognacs"));
        assert!(!same_word("grand-cognac", "grand_cognac"));
    }

    #[test]
    fn names_a_victim_in_full_from_the_text() {
        // The same words split once serve every victim looked for.
        let text = "ALLEN, Texas — Allen Independent School District officials said hackers are \
                    trying to extort the district. Allen is the latest North Texas district to get \
                    hit by a cyberattack.";
        let toks = victims::tokens(text, 0, text.len());
        let names = fuller_names(text, &toks, "Allen");
        assert!(
            names
                .iter()
                .any(|(n, _, _)| n == "Allen Independent School District"),
            "{names:?}"
        );
        assert!(fuller_names(text, &toks, "Texas").is_empty());
    }
}
