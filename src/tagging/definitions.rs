//! A sentence that defines an attack type, as the press explains one inside a story
//! ("Ransomware is a type of malicious software which blocks access to a computer system and then
//! threatens to delete the data until the user pay the ransom", twenty-seventh split; « Un
//! rançongiciel (ou ransomware) est un logiciel malveillant qui bloque l'accès à vos fichiers »):
//! its ransom, threat and encryption are the type's, not what happened (../shared/TAGGING.md: the
//! types the text says happened). Folded text.

/// What may stand before the defined word at the sentence's start.
const DETERMINERS: &[&str] = &["", "un", "une", "le", "la", "l", "les", "a", "an", "the"];

/// What follows the defined word (and its parenthesis) to define it.
#[rustfmt::skip]
const DEFINES: &[&str] = &[
    "is a ", "is an ", "are a ", "refers to ", "est un ", "est une ", "sont des ", "designe ",
    "consiste a ", "consiste en ",
];

/// True when the attack word at `start..end` opens its `sentence` and is defined there.
pub(crate) fn defines(text: &str, (from, to): (usize, usize), start: usize, end: usize) -> bool {
    let before = text[from..start].trim().trim_end_matches('\'').trim_end();
    if !DETERMINERS.contains(&before) {
        return false;
    }
    let mut after = text[end..to].trim_start();
    // « Un rançongiciel (ou ransomware) est un logiciel … ».
    if after.starts_with('(')
        && let Some(close) = after.find(')')
    {
        after = after[close + 1..].trim_start();
    }
    DEFINES.iter().any(|d| after.starts_with(d))
}
