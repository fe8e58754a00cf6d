//! A name of two words that French writes in its own words and order: « Tigre Géant » for "Giant
//! Tiger", the French name a Canadian chain gives itself. French puts the adjective after the noun,
//! so the words come the other way round, each a cognate of the English one (« tigre » and
//! "tiger", « géant » and "giant"). No name is listed: the words themselves are compared.
use super::profile::Profile;
use crate::model::Lang;

/// The English words of a two-word name that one report (French) writes translated and the other
/// (English) in English, and whether both titles give it; `None` unless one report is French and
/// the other English.
pub fn shared<'a>(a: &'a Profile, b: &'a Profile) -> Option<(&'a [String], bool)> {
    let (fr, en) = match (a.lang, b.lang) {
        (Some(Lang::Fr), Some(Lang::En)) => (a, b),
        (Some(Lang::En), Some(Lang::Fr)) => (b, a),
        _ => None?,
    };
    let pair = inverted(&fr.names, &en.names)?;
    let titled = inverted(&fr.title_names, &en.title_names).is_some();
    Some((pair, titled))
}

/// The keys a report is found by through a two-word name of its title, translated or not: the
/// first letter and the length of each word, in the English order (a French report's words the
/// other way round). « Tigre Géant » and "Giant Tiger" both give `g5 t5`; a cognate keeps both
/// (« tigre », "tiger"), one added or dropped letter aside. A report sharing no other key with the
/// other language's is found so, then [`shared`] compares the words.
pub fn keys(p: &Profile) -> impl Iterator<Item = u64> + '_ {
    let french = p.lang == Some(Lang::Fr);
    p.title_names.windows(2).filter_map(move |w| {
        let (first, second) = if french {
            (&w[1], &w[0])
        } else {
            (&w[0], &w[1])
        };
        let shape = |s: &str| Some((*s.as_bytes().first()?, u8::try_from(s.len()).ok()?));
        let ((a, m), (b, n)) = (shape(first)?, shape(second)?);
        Some(super::profile::key(b't', &[a, m, b, n]))
    })
}

/// Two names `fr` gives one after the other that are cognates of two `en` gives one after the
/// other, the other way round: those two English names.
fn inverted<'a>(fr: &[String], en: &'a [String]) -> Option<&'a [String]> {
    en.windows(2).find(|e| {
        fr.windows(2)
            .any(|f| f[0] != f[1] && cognate(&f[0], &e[1]) && cognate(&f[1], &e[0]))
    })
}

/// True when a folded French word and a folded English one are one word of the two languages:
/// equal; French « -re » for English "-er" (« tigre », "tiger"; « centre », "center"); or, five
/// letters at least and the same first letter, one letter changed, added or dropped (« géant »,
/// "giant"; « royale », "royal").
fn cognate(fr: &str, en: &str) -> bool {
    if fr == en {
        return true;
    }
    if let (Some(f), Some(e)) = (fr.strip_suffix("re"), en.strip_suffix("er"))
        && f == e
        && f.len() >= 2
    {
        return true;
    }
    fr.len().min(en.len()) >= 5 && fr.bytes().next() == en.bytes().next() && one_edit(fr, en)
}

/// True when `a` and `b` differ by one letter changed, added or dropped.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same_head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[same_head + 1..] == long[same_head + 1..]
    } else {
        short[same_head..] == long[same_head + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cognates_are_one_word_of_the_two_languages() {
        assert!(cognate("tigre", "tiger"));
        assert!(cognate("geant", "giant"));
        assert!(cognate("royale", "royal"));
        assert!(cognate("centre", "center"));
        assert!(!cognate("grand", "great"));
        assert!(!cognate("tigre", "tigers"));
    }

    #[test]
    fn a_name_translated_comes_the_other_way_round() {
        let words = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        let en = words("discount giant tiger ottawa");
        assert_eq!(inverted(&words("tigre geant ottawa"), &en), Some(&en[1..3]));
        assert_eq!(inverted(&words("geant tigre"), &en), None);
    }
}
