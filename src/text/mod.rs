//! Text: what every string from a feed goes through before it is stored, drawn, printed or
//! exported. It sits beside the model, below everything else, and imports nothing above it.
//!
//! - [`sanitize`]: hostile text made safe to store and to print: `clean_line` and `clean_body` as it
//!   is stored (entities decoded, controls, escape sequences and invisible characters dropped,
//!   lengths capped), `display_line` for stored text leaving veille on one line, `html_to_line` for
//!   a title that carries markup.
//! - [`screen`]: the same filter as the last step before the terminal, for what ratatui draws.
//! - [`plain`]: HTML to plain text in one pass, for search, suggestions and exports.
//! - [`layout`]: the article as the reader lays it out (header fields, body rendered at a width
//!   with numbered links), which `veille show` prints.
pub mod layout;
pub mod plain;
pub mod sanitize;
pub mod screen;
