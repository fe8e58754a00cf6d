//! The interactive reader (the default command), in the Elm architecture: an [`App`] model,
//! [`Msg`] messages, a pure [`update`] returning [`Effect`]s, a [`view`] that only draws, and a
//! [`run`]time that alone owns the terminal and carries out the effects off the UI thread.
// The texts moved out of the reader (the command line speaks them too); the old path still works.
pub use crate::i18n;
pub mod clipboard;
pub mod keymap;
pub mod layout;
pub mod model;
pub mod msg;
pub mod runtime;
pub mod theme;
pub mod update;
pub mod view;
pub mod web;

pub use model::App;
pub use msg::{Effect, Msg};
pub use runtime::run;
pub use update::{init, update};
pub use view::view;
