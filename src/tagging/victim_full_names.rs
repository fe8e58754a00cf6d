//! A new victim named in part where the cue points at it is named in full elsewhere: « L'agglomération
//! du Grand Cognac victime… » is the « Agglomération du Grand-Cognac » of the text, "Allen ISD"
//! the "Allen Independent School District", « Paris-Descartes » the « Université Paris-Descartes ».
//! The name written with its institution's head around it is the victim's, as the analyst writes it.
use super::fold::fold;
use super::suggest::{Evidence, Field, Suggestions};
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

/// How many words before a bare name its head may stand (« l'Agglomération du Grand-Cognac »).
const HEAD_WORDS_BEFORE: usize = 3;

/// Names a new victim as the text writes it in full, with a naming head that its proposed name
/// lacks: the longest such name in the title or the text, and its evidence there.
pub(crate) fn name_in_full(out: &mut Suggestions, title: &str, text: &str) {
    // Each field is split into words once, however many new victims look for their full name in
    // it (split per victim, a long text's words were a seventh of the suggester's time).
    let mut words: [Option<Vec<Token>>; 2] = [None, None];
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
            .map(|t| t.folded);
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
            let toks = words[k].get_or_insert_with(|| victims::tokens(original, 0, original.len()));
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
    let mut seen: Vec<String> = Vec::new();
    out.target.retain(|s| {
        let key = fold(&s.value);
        let first = !seen.contains(&key);
        seen.push(key);
        first
    });
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

/// A naming head up to three words before the name at `i..=last`, joined by « de », « du », "of"
/// or an elided article, read forward through the whole name.
fn head_before(toks: &[Token], i: usize, last: usize) -> Option<Phrase> {
    for h in (i.saturating_sub(HEAD_WORDS_BEFORE)..i).rev() {
        let head = victims::head_at(toks, h).filter(|head| head.naming);
        let Some(head) = head else {
            continue;
        };
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
