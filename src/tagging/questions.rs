//! A sentence of the text that asks whether something happened does not say it did
//! (« Serviront-elles de monnaie d'échange pour une demande de rançon ? », "Was it ransomware?"),
//! while one that asks where, when or how presupposes it (« où sont passées les données
//! volées ? »). A title's question is its topic, and is read as a title.

/// Words that open a question about an event taken as given.
#[rustfmt::skip]
const WH: &[&str] = &[
    "ou", "quand", "comment", "pourquoi", "qui", "quel", "quelle", "quels", "quelles", "combien",
    "que", "qu", "what", "where", "when", "how", "why", "who", "which",
];

/// A comma and a conjunction that join one question to another.
const COORDINATED: &[&str] = &[", et ", ", and ", ", ou ", ", or "];

/// True when the word at byte `at` of the folded sentence is in a question whether something
/// happened: the sentence ends with « ? », and the question — past the last colon (« un défi
/// majeur : où sont passées les données volées ? ») — holds the word and opens with no word
/// asking where, when, how or who.
pub(crate) fn asks_whether(sentence: &str, at: usize) -> bool {
    let s = sentence.trim_end();
    if !s.ends_with('?') {
        return false;
    }
    let from = s[..s.len() - 1].rfind(':').map_or(0, |i| i + 1);
    // « Que s'est-il passé, en quoi les manquements étaient si importants, et y a-t-il eu fuite
    // d'information ? »: a question joined to others is asked on its own.
    let from = COORDINATED
        .iter()
        .filter_map(|c| s[from..at.max(from)].rfind(c).map(|i| from + i + c.len()))
        .max()
        .unwrap_or(from);
    if at < from {
        return false;
    }
    let first = s[from..]
        .split(|c: char| !super::fold::is_word_char(c))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    !WH.contains(&first)
}
