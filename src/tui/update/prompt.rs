//! The tag prompt's keys: editing, picking a completion, Enter (resolve and apply), Esc.
use crate::model::{Facet, Filter};
use crate::store::Provenance;
use crate::store::StoryRowKind;
use crate::tagging::Resolution;
use crate::tui::i18n::T;
use crate::tui::model::tagging::PromptTarget;
use crate::tui::model::{App, Edited, Notice, Overlay, Pane, TagPrompt};
use crate::tui::msg::{Effect, TagJob};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Opens the prompt for `facet` on the current article, or on the whole list after `*`.
pub(super) fn open(app: &mut App, facet: Facet) -> Vec<Effect> {
    let story = match app.list.selected_kind() {
        Some(StoryRowKind::Story(head)) if app.stories.on && app.focus == Pane::List => Some(head),
        _ => None,
    };
    let target = if app.tagging.bulk {
        app.tagging.bulk = false;
        PromptTarget::Filter {
            filter: app.filter(),
            count: app.list.total.and_then(|n| u64::try_from(n).ok()),
        }
    } else if let Some(head) = story {
        // A story is tagged as a whole: every article of it, one undo step, as bulk tagging does.
        PromptTarget::Filter {
            filter: Filter {
                story: Some(head.id),
                ..Filter::default()
            },
            count: u64::try_from(head.articles).ok(),
        }
    } else {
        match app.current_article() {
            Some(article) => PromptTarget::Article(article.id),
            None => {
                app.notice = Some(Notice::error(T::NoArticle, Vec::new()));
                return Vec::new();
            }
        }
    };
    app.overlay = Overlay::TagPrompt(Box::new(TagPrompt::new(facet, target)));
    vec![Effect::Tag(TagJob::LoadTagValues(facet))]
}

/// Keys while the prompt is open: editing, picking a completion, Enter, Esc.
pub(super) fn on_prompt_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let vocab = app.settings.vocab.clone();
    let Overlay::TagPrompt(prompt) = &mut app.overlay else {
        return Vec::new();
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let edited = match key.code {
        KeyCode::Esc => {
            app.overlay = Overlay::None;
            return Vec::new();
        }
        KeyCode::Enter => return enter(app),
        KeyCode::Down | KeyCode::Tab => {
            prompt.move_selection(1);
            false
        }
        KeyCode::Char('n') if ctrl => {
            prompt.move_selection(1);
            false
        }
        KeyCode::Up | KeyCode::BackTab => {
            prompt.move_selection(-1);
            false
        }
        KeyCode::Char('p') if ctrl => {
            prompt.move_selection(-1);
            false
        }
        _ => prompt.input.on_key(key) == Edited::Text,
    };
    if edited {
        prompt.refresh(&vocab);
    }
    Vec::new()
}

/// Enter: the highlighted candidate, else the typed text resolved; an ambiguous value lists its
/// candidates instead of guessing; an empty input closes the prompt.
fn enter(app: &mut App) -> Vec<Effect> {
    let vocab = app.settings.vocab.clone();
    let Overlay::TagPrompt(prompt) = &mut app.overlay else {
        return Vec::new();
    };
    let typed = prompt.input.text.trim().to_owned();
    let value = match prompt.selected.and_then(|i| prompt.candidates.get(i)) {
        Some(c) => c.value.clone(),
        None if typed.is_empty() => {
            app.overlay = Overlay::None;
            return Vec::new();
        }
        None => match vocab
            .0
            .as_ref()
            .map(|v| v.resolve(prompt.facet, &typed, &prompt.used))
        {
            Some(Resolution::Canonical(c)) => c.value,
            Some(Resolution::Ambiguous(candidates)) => {
                prompt.candidates = candidates;
                prompt.selected = Some(0);
                prompt.ambiguous = true;
                return Vec::new();
            }
            // A value the vocabulary does not know is created only when confirmed: a typo or
            // a half-typed word would otherwise become a tag, exported as such.
            Some(Resolution::New(v)) if prompt.confirm_new.as_deref() != Some(v.as_str()) => {
                prompt.confirm_new = Some(v.clone());
                app.notice = Some(Notice::info(T::ConfirmNewValue, vec![("value", v)]));
                return Vec::new();
            }
            Some(Resolution::New(v)) => v,
            None => typed,
        },
    };
    if app
        .notice
        .as_ref()
        .is_some_and(|n| n.text == T::ConfirmNewValue)
    {
        app.notice = None;
    }
    prompt.pending.push(value.clone());
    prompt.input.clear();
    prompt.refresh(&vocab);
    let tags = vec![(prompt.facet, value)];
    vec![match &prompt.target {
        PromptTarget::Article(id) => Effect::Tag(TagJob::AddTag {
            ids: vec![*id],
            tags,
            provenance: Provenance::User,
        }),
        PromptTarget::Filter { filter, .. } => Effect::Tag(TagJob::AddTagWhere {
            filter: filter.clone(),
            tags,
        }),
    }]
}
