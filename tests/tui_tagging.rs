//! Tagging in the TUI, through `update` and `view`: the prompt (typing, completion, Enter, aliases,
//! ambiguity), tags shown only once the worker reports them committed, suggestions accepted all at
//! once or one by one, removal from the tag panel, bulk tagging and undo; snapshots of the prompt and
//! of the suggestions block at 80x24 in both languages.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::KeyCode;
use tui_fixtures::*;
use veille::model::{ArticleId, Facet, Lang};
use veille::store::Provenance;
use veille::tagging::{Confidence, Kind, Suggester};
use veille::tui::model::tagging::PromptTarget;
use veille::tui::msg::{DbJob, NetJob, RejectChange, TagChange, TagJob};
use veille::tui::{App, Effect, Msg, update};

fn screen(app: &App) -> String {
    screen_text(draw(app).backend().buffer())
}

/// What the worker answers to an add or remove, assuming every tag was new (or present).
fn committed(effect: &Effect) -> Msg {
    let change = match effect {
        Effect::Tag(TagJob::AddTag {
            ids,
            tags,
            provenance,
        }) => TagChange {
            added: true,
            provenance: *provenance,
            rows: ids
                .iter()
                .flat_map(|id| tags.iter().map(move |(f, v)| (*id, *f, v.clone())))
                .collect(),
            replaced: Vec::new(),
            articles: ids.len(),
            undo: false,
        },
        Effect::Tag(TagJob::RemoveTag {
            rows,
            restore,
            undo,
        }) => TagChange {
            added: false,
            provenance: Provenance::User,
            rows: rows.clone(),
            replaced: restore.clone(),
            articles: 1,
            undo: *undo,
        },
        Effect::Tag(TagJob::RestoreTags { rows, .. }) => TagChange {
            added: true,
            provenance: Provenance::User,
            rows: rows.clone(),
            replaced: Vec::new(),
            articles: 1,
            undo: true,
        },
        other => panic!("not a tag edit: {other:?}"),
    };
    Msg::TagsChanged(Ok(change))
}

fn only_edit(effects: &[Effect]) -> &Effect {
    let edits: Vec<&Effect> = effects
        .iter()
        .filter(|e| {
            matches!(
                e,
                Effect::Tag(TagJob::AddTag { .. })
                    | Effect::Tag(TagJob::AddTagWhere { .. })
                    | Effect::Tag(TagJob::RemoveTag { .. })
                    | Effect::Tag(TagJob::RestoreTags { .. })
            )
        })
        .collect();
    assert_eq!(edits.len(), 1, "{effects:?}");
    edits[0]
}

/// The reader open on row `i` with the suggestions the real suggester makes for `title` and
/// `text`, answered to the open article's request.
fn reader_suggesting(lang: Lang, i: usize, title: &str, text: &str) -> App {
    let mut app = booted(lang, 80, 24, 50);
    send(&mut app, std::iter::repeat_n(key('j'), i));
    let effects = update(&mut app, code(KeyCode::Enter));
    let effects = answer_article(&mut app, &effects, 0);
    let request = effects
        .iter()
        .find_map(|e| match e {
            Effect::Tag(TagJob::Suggest { request, .. }) => Some(*request),
            _ => None,
        })
        .unwrap();
    answer_suggestions(app, request, title, text)
}

/// What the worker answers to a rejection (or its undo), assuming each row changed.
fn rejection_committed(effect: &Effect) -> Msg {
    let change = match effect {
        Effect::Tag(TagJob::RejectSuggestions { rows }) => RejectChange {
            rejected: true,
            rows: rows.clone(),
            undo: false,
        },
        Effect::Tag(TagJob::RestoreSuggestions { rows }) => RejectChange {
            rejected: false,
            rows: rows.clone(),
            undo: true,
        },
        other => panic!("not a rejection: {other:?}"),
    };
    Msg::RejectionsChanged(Ok(change))
}

/// The open article's tags.
fn open_tags(app: &App) -> veille::model::Tags {
    app.reader
        .open
        .as_ref()
        .unwrap()
        .article
        .summary
        .tags
        .clone()
}

#[test]
fn the_prompt_completes_an_alias_and_enter_emits_add_tag_then_the_reply_shows_the_chip() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let first = app.list.selected_row().unwrap().id;
    let effects = update(&mut app, key('a'));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::LoadTagValues(Facet::Actor))]
    );
    type_text(&mut app, "fancy b");
    let prompt = app.overlay.tag_prompt().unwrap();
    assert_eq!(
        prompt.candidates.first().map(|c| c.value.as_str()),
        Some("APT28")
    );
    update(&mut app, code(KeyCode::Down));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::AddTag {
            ids: vec![first],
            tags: vec![(Facet::Actor, "APT28".into())],
            provenance: Provenance::User,
        })]
    );
    // Not shown as applied before the worker says it is committed.
    assert!(app.list.selected_row().unwrap().tags.actor.is_empty());
    assert!(screen(&app).contains("saving: APT28"));
    update(&mut app, committed(&effects[0]));
    assert_eq!(app.list.selected_row().unwrap().tags.actor, vec!["APT28"]);
    let prompt = app
        .overlay
        .tag_prompt()
        .expect("stays open for another value");
    assert_eq!(prompt.applied, vec!["APT28"]);
    assert!(prompt.input.text.is_empty());
    update(&mut app, code(KeyCode::Esc));
    assert!(app.overlay.tag_prompt().is_none());
    assert!(screen(&app).contains("APT28"), "chip in the list row");
}

#[test]
fn enter_resolves_typed_aliases_in_both_languages_and_keeps_unknown_values() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    let id = app.list.selected_row().unwrap().id;
    update(&mut app, key('t'));
    type_text(&mut app, "CPI");
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        matches!(only_edit(&effects), Effect::Tag(TagJob::AddTag { tags, .. })
        if tags == &vec![(Facet::Target, "International Criminal Court".to_owned())])
    );
    update(&mut app, code(KeyCode::Esc));

    update(&mut app, key('y'));
    type_text(&mut app, "rancongiciel");
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        matches!(only_edit(&effects), Effect::Tag(TagJob::AddTag { tags, .. })
        if tags == &vec![(Facet::Attack, "ransomware".to_owned())])
    );
    type_text(&mut app, "Opération Ours Brun");
    // A value the vocabulary does not know is created on the second Enter only.
    assert!(update(&mut app, code(KeyCode::Enter)).is_empty());
    assert!(
        screen(&app).contains("n'est pas dans le vocabulaire"),
        "{}",
        screen(&app)
    );
    let effects = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        only_edit(&effects),
        &Effect::Tag(TagJob::AddTag {
            ids: vec![id],
            tags: vec![(Facet::Attack, "Opération Ours Brun".into())],
            provenance: Provenance::User
        })
    );
    // An empty Enter closes the prompt.
    update(&mut app, code(KeyCode::Enter));
    assert!(app.overlay.tag_prompt().is_none());
}

#[test]
fn an_ambiguous_value_lists_its_candidates_and_is_never_guessed() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('a'));
    type_text(&mut app, "snake");
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(effects.is_empty(), "{effects:?}");
    let prompt = app.overlay.tag_prompt().unwrap();
    assert!(prompt.ambiguous);
    let names: Vec<String> = prompt.candidates.iter().map(|c| c.value.clone()).collect();
    assert!(
        names.iter().any(|n| n == "Turla") && names.iter().any(|n| n == "Snake"),
        "{names:?}"
    );
    assert!(screen(&app).contains("names several entries"));
    let turla = names.iter().position(|n| n == "Turla").unwrap();
    let selected = prompt.selected.unwrap();
    let picked = names[selected].clone();
    let steps = (turla + names.len() - selected) % names.len();
    send(&mut app, std::iter::repeat_n(code(KeyCode::Down), steps));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        matches!(only_edit(&effects), Effect::Tag(TagJob::AddTag { tags, .. }) if tags[0].1 == "Turla"),
        "picked {picked} then moved to Turla: {effects:?}"
    );
}

#[test]
fn values_already_used_in_the_store_are_completed_too() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('t'));
    update(
        &mut app,
        Msg::TagValuesLoaded {
            facet: Facet::Target,
            result: Ok(vec![("Mairie de Trifouilly".into(), 3)]),
        },
    );
    type_text(&mut app, "trifou");
    let prompt = app.overlay.tag_prompt().unwrap();
    assert_eq!(prompt.candidates[0].value, "Mairie de Trifouilly");
    assert_eq!(prompt.candidates[0].kind, Kind::Used);
}

#[test]
fn a_failed_commit_shows_nothing_applied_and_says_why() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('a'));
    type_text(&mut app, "APT29");
    update(&mut app, code(KeyCode::Enter));
    update(&mut app, Msg::TagsChanged(Err("database is locked".into())));
    assert!(app.list.selected_row().unwrap().tags.actor.is_empty());
    assert!(app.overlay.tag_prompt().unwrap().pending.is_empty());
    assert!(app.notice.as_ref().is_some_and(|n| n.error));
}

#[test]
fn a_tag_that_fails_during_a_refresh_is_shown_over_the_gauge_and_enter_retries_it() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let id = app.list.selected_row().unwrap().id;
    assert_eq!(
        update(&mut app, key('r')),
        vec![Effect::Net(NetJob::Refresh)]
    );
    update(
        &mut app,
        Msg::RefreshProgress {
            done: 1,
            total: 30,
            feed: "ZATAZ".into(),
        },
    );
    update(&mut app, key('a'));
    type_text(&mut app, "APT29");
    update(&mut app, code(KeyCode::Enter));
    let busy = "database is busy: another veille is writing; try again";
    update(&mut app, Msg::TagsChanged(Err(busy.into())));
    let shown = screen(&app);
    assert!(
        shown.contains("Tags not saved"),
        "hidden behind the gauge:\n{shown}"
    );
    assert!(shown.contains("database is busy"), "{shown}");
    // The value is not lost: it is back in the prompt, and Enter sends it again.
    let prompt = app.overlay.tag_prompt().expect("the prompt stays open");
    assert_eq!(prompt.input.text, "APT29");
    assert!(prompt.pending.is_empty());
    let effects = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        only_edit(&effects),
        &Effect::Tag(TagJob::AddTag {
            ids: vec![id],
            tags: vec![(Facet::Actor, "APT29".into())],
            provenance: Provenance::User
        })
    );
}

#[test]
fn the_reader_says_when_the_feed_changed_an_article_after_it_was_tagged() {
    let mut app = booted(Lang::En, 100, 30, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    let Some(Effect::Db(DbJob::LoadArticle { id, request })) = effects
        .iter()
        .find(|e| matches!(e, Effect::Db(DbJob::LoadArticle { .. })))
        .cloned()
    else {
        panic!("{effects:?}")
    };
    let mut tagged = tui_fixtures::article(usize::try_from(id.0 - 1000).unwrap(), 0);
    tagged.summary.revisions = 1;
    tagged.latest_revision = Some(veille::model::Revision {
        fetched_at: now(),
        title: "Sponsored: VPN deals".into(),
        url: Some("https://ads.example/".into()),
    });
    update(
        &mut app,
        Msg::ArticleLoaded {
            request,
            result: Ok(Some(Box::new(tagged))),
        },
    );
    let shown = screen(&app);
    assert!(
        shown.contains("Δ Feed changed it 1× since you worked on it (kept as it was)"),
        "{shown}"
    );
    assert!(shown.contains("Sponsored: VPN deals"), "{shown}");
}

#[test]
fn suggestions_show_why_and_how_sure_and_accept_all_applies_only_the_high_ones() {
    let mut app = reader_with_suggestions(Lang::En, 2, 80);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    assert!(open_tags(&app).is_empty(), "never applied without the user");
    let text = screen(&app);
    assert!(
        text.contains("ransomware (high) — “Rançongiciel” in the title"),
        "{text}"
    );
    assert!(
        text.contains("Sector: justice and law enforcement (medium)"),
        "{text}"
    );
    // The title says ransomware and a hospital; the text says the court detected the intrusion
    // (high), its sector and country are inferred from its name (medium).
    let pending = app.tagging.pending_suggestions(&open_tags(&app));
    let high: Vec<(Facet, String)> = pending
        .iter()
        .filter(|(.., c)| *c == Confidence::High)
        .map(|(f, v, _)| (*f, v.clone()))
        .collect();
    let lower = pending.len() - high.len();
    assert!(high.len() >= 2 && lower >= 2, "{pending:?}");
    let effects = update(&mut app, key('A'));
    let Effect::Tag(TagJob::AddTag {
        ids,
        tags,
        provenance,
    }) = only_edit(&effects)
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (ids.as_slice(), *provenance),
        ([id].as_slice(), Provenance::Suggestion)
    );
    assert_eq!(tags, &high, "only the high-confidence ones");
    assert!(tags.contains(&(Facet::Attack, "ransomware".into())));
    for inferred in ["justice", "NL"] {
        assert!(
            !tags.contains(&(Facet::Target, inferred.into())),
            "what is only inferred is not accepted by A: {tags:?}"
        );
    }
    update(&mut app, committed(&effects[0]));
    let tags_now = open_tags(&app);
    assert!(tags_now.attack.contains(&"ransomware".to_owned()));
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::En, &app.settings.keymap);
    assert_eq!(
        notice,
        format!(
            "Accepted {} high-confidence suggestions; {lower} lower left",
            high.len()
        )
    );
    // The lower ones stay for the user to read; A now says so rather than taking them.
    assert_eq!(app.tagging.pending_suggestions(&tags_now).len(), lower);
    assert!(update(&mut app, key('A')).is_empty());
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::En, &app.settings.keymap);
    assert!(
        notice.starts_with("No high-confidence suggestion to accept")
            && notice.contains(&format!("{lower} lower left")),
        "{notice}"
    );
}

/// A victim the vocabulary does not know is proposed as the article writes it and says it is
/// new: accepting it adds a value, where a known name resolves to its canonical one.
#[test]
fn a_suggested_value_new_to_the_vocabulary_says_so() {
    let title = "Hackers breach Toptal GitHub account, publish malicious npm packages";
    let text = "Hackers breached Toptal's GitHub organization account and used it to publish ten \
                malicious packages on the npm index.";
    for (lang, said) in [
        (Lang::En, "Target: Toptal (high, new)"),
        (Lang::Fr, "Cible\u{a0}: Toptal (élevée, nouvelle valeur)"),
    ] {
        let app = reader_suggesting(lang, 2, title, text);
        let shown = screen(&app);
        assert!(shown.contains(said), "{said:?} not in\n{shown}");
        assert!(!shown.contains("npm (high, new)"), "{shown}");
    }
}

#[test]
fn x_rejects_a_suggestion_for_good_once_committed_and_undo_offers_it_again() {
    let mut app = reader_with_suggestions(Lang::En, 2, 80);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    let before = app.tagging.pending_suggestions(&open_tags(&app));
    assert!(before.len() >= 2, "{before:?}");
    let (facet, value, _) = before[0].clone();
    // x on a suggestion asks the worker to store the rejection; nothing changes before it commits.
    let effects = update(&mut app, key('x'));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::RejectSuggestions {
            rows: vec![(id, facet, value.clone())]
        })]
    );
    assert_eq!(app.tagging.pending_suggestions(&open_tags(&app)), before);
    update(&mut app, rejection_committed(&effects[0]));
    let after = app.tagging.pending_suggestions(&open_tags(&app));
    assert_eq!(after, before[1..].to_vec());
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .render(Lang::En, &app.settings.keymap)
            .contains("Suggestion rejected")
    );
    // + accepts the highlighted one only.
    let effects = update(&mut app, key('+'));
    assert!(
        matches!(only_edit(&effects), Effect::Tag(TagJob::AddTag { tags, provenance: Provenance::Suggestion, .. })
        if tags == &vec![(after[0].0, after[0].1.clone())])
    );
    // Undo takes the rejection back, like any other edit.
    let mut app = reader_with_suggestions(Lang::En, 2, 80);
    let effects = update(&mut app, key('x'));
    update(&mut app, rejection_committed(&effects[0]));
    let effects = update(&mut app, key('U'));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::RestoreSuggestions {
            rows: vec![(id, facet, value.clone())]
        })]
    );
    update(&mut app, rejection_committed(&effects[0]));
    assert_eq!(app.tagging.pending_suggestions(&open_tags(&app)), before);
    assert!(update(&mut app, key('U')).is_empty(), "one level of undo");
}

/// Every suggestion rejected, the panel empties and hides; `U` brought one back but left the panel
/// hidden, so the status line named a suggestion nowhere on screen. It shows again.
#[test]
fn undo_shows_the_panel_again_with_what_it_brought_back() {
    let mut app = reader_with_suggestions(Lang::Fr, 2, 80);
    while !app.tagging.pending_suggestions(&open_tags(&app)).is_empty() {
        let effects = update(&mut app, key('x'));
        update(&mut app, rejection_committed(&effects[0]));
    }
    // Near miss: a rejection (not an undo) that empties the panel leaves it hidden.
    assert_eq!(app.tagging.cursor, None, "an empty panel hides");
    let effects = update(&mut app, key('U'));
    update(&mut app, rejection_committed(&effects[0]));
    let (facet, value, _) = app.tagging.pending_suggestions(&open_tags(&app))[0].clone();
    let label = app.settings.vocab.display(facet, &value, Lang::Fr);
    let text = screen(&app);
    let panel = text
        .lines()
        .find(|l| l.contains("? ") && l.contains(label.as_str()));
    assert!(panel.is_some(), "{label} not in the panel:\n{text}");
}

#[test]
fn a_suggestion_rejected_before_is_not_offered_when_the_article_opens_again() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let SuggestAsked {
        request,
        id,
        title,
        text,
        link,
    } = open_asking_suggestions(&mut app, 2);
    assert_eq!(
        Some(id),
        app.reader.open.as_ref().map(|o| o.article.summary.id)
    );
    // The worker is given the article's address too (the outlet's country, `outlet_country.rs`).
    assert_eq!(
        link,
        app.reader
            .open
            .as_ref()
            .and_then(|o| o.article.summary.url.clone())
    );
    let suggestions = Suggester::new(&vocabulary())
        .unwrap()
        .suggest(&title, &text);
    // The worker read the stored rejections with the suggestions (case as the user's store has it).
    update(
        &mut app,
        Msg::Suggested {
            request,
            suggestions: Box::new(suggestions),
            rejected: vec![(Facet::Attack, "RANSOMWARE".into())],
            failed: None,
        },
    );
    let pending = app.tagging.pending_suggestions(&open_tags(&app));
    assert!(!pending.is_empty());
    assert!(
        pending.iter().all(|(_, v, _)| v != "ransomware"),
        "{pending:?}"
    );
    assert!(!screen(&app).contains("ransomware (high)"));
    let effects = update(&mut app, key('A'));
    if let Some(Effect::Tag(TagJob::AddTag { tags, .. })) = effects.first() {
        assert!(!tags.iter().any(|(_, v)| v == "ransomware"), "{tags:?}");
    }
}

#[test]
fn a_suggester_that_failed_on_the_article_says_so_and_the_reader_goes_on() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    let SuggestAsked { request, .. } = open_asking_suggestions(&mut app, 2);
    // What the worker sends when a rule panicked on this article's text (contained there).
    update(
        &mut app,
        Msg::Suggested {
            request,
            suggestions: Box::default(),
            rejected: Vec::new(),
            failed: Some("internal error (a bug in veille or a library it uses)".into()),
        },
    );
    assert!(app.notice.as_ref().is_some_and(|n| n.error));
    assert!(
        screen(&app).contains("Pas de suggestion pour cet article"),
        "{}",
        screen(&app)
    );
    // The article stays open and readable, with nothing offered.
    assert!(app.reader.open.is_some());
    assert!(app.tagging.pending_suggestions(&open_tags(&app)).is_empty());
}

#[test]
fn x_on_a_tag_of_the_panel_removes_it_and_undo_puts_it_back() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    // Row 0 carries target ICC and attack intrusion; no suggestions arrived: the panel is hidden.
    update(&mut app, key('>'));
    assert_eq!(app.tagging.cursor, Some(0));
    let effects = update(&mut app, key('x'));
    let id = ArticleId(1000);
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::RemoveTag {
            rows: vec![(id, Facet::Target, "International Criminal Court".into())],
            restore: Vec::new(),
            undo: false
        })]
    );
    update(&mut app, committed(&effects[0]));
    assert!(app.list.find_mut(id).unwrap().tags.target.is_empty());
    let effects = update(&mut app, key('U'));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::RestoreTags {
            rows: vec![(id, Facet::Target, "International Criminal Court".into())],
            undo: true
        })]
    );
    update(&mut app, committed(&effects[0]));
    assert_eq!(
        app.list.find_mut(id).unwrap().tags.target,
        vec!["International Criminal Court"]
    );
    assert!(update(&mut app, key('U')).is_empty(), "one level of undo");
}

#[test]
fn bulk_tags_every_article_of_the_filter_and_undo_reverts_it_as_one_action() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('*'));
    update(&mut app, key('y'));
    assert!(matches!(
        app.overlay.tag_prompt().unwrap().target,
        PromptTarget::Filter {
            count: Some(50),
            ..
        }
    ));
    assert!(screen(&app).contains("every article of the list (50)"));
    type_text(&mut app, "déni de service distribué");
    let effects = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        effects,
        vec![Effect::Tag(TagJob::AddTagWhere {
            filter: app.filter(),
            tags: vec![(Facet::Attack, "ddos".into())]
        })]
    );
    // The worker tagged the 50 articles; 3 of them are on screen.
    let rows: Vec<_> = (0..50)
        .map(|i| (ArticleId(1000 + i), Facet::Attack, "ddos".to_owned()))
        .collect();
    update(
        &mut app,
        Msg::TagsChanged(Ok(TagChange {
            added: true,
            provenance: Provenance::User,
            rows: rows.clone(),
            replaced: Vec::new(),
            articles: 50,
            undo: false,
        })),
    );
    assert!(
        app.list
            .rows
            .iter()
            .all(|r| r.tags.attack.contains(&"ddos".to_owned()))
    );
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::En, &app.settings.keymap);
    assert!(notice.contains("50 articles"), "{notice}");
    update(&mut app, code(KeyCode::Esc));
    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Tag(TagJob::RemoveTag {
            rows,
            restore: Vec::new(),
            undo: true
        })]
    );
    // The next prompt is for one article again.
    update(&mut app, key('y'));
    assert!(matches!(
        app.overlay.tag_prompt().unwrap().target,
        PromptTarget::Article(_)
    ));
}

#[test]
fn prompt_80x24_english() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('t'));
    type_text(&mut app, "cour p");
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn prompt_80x24_french() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('a'));
    type_text(&mut app, "fancy");
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn suggestions_80x24_english() {
    let app = reader_with_suggestions(Lang::En, 2, 80);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn suggestions_80x24_french() {
    let app = reader_with_suggestions(Lang::Fr, 2, 80);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn the_sidebar_lists_the_most_used_values_and_enter_filters_by_one() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(&mut app, Msg::FeedsLoaded(Ok(feeds())));
    assert_eq!(
        effects,
        Facet::ALL
            .map(|facet| Effect::Tag(TagJob::LoadTagValues(facet)))
            .to_vec(),
        "values with counts are loaded with the feeds"
    );
    update(
        &mut app,
        Msg::TagValuesLoaded {
            facet: Facet::Actor,
            result: Ok(vec![("APT28".into(), 3), ("Lazarus Group".into(), 1)]),
        },
    );
    let text = screen(&app);
    assert!(
        text.contains("a APT28") && text.contains("a Lazarus"),
        "{text}"
    );
    update(&mut app, code(KeyCode::Tab));
    assert_eq!(app.focus, veille::tui::model::Pane::Sidebar);
    update(&mut app, key('G'));
    update(&mut app, key('k'));
    let effects = update(&mut app, code(KeyCode::Enter));
    let Some(Effect::Db(DbJob::LoadPage { filter, .. })) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!(filter.actors, vec!["APT28"]);
    assert!(
        screen(&app).contains("actor: APT28"),
        "the header says the scope"
    );
}

#[test]
fn search_takes_facet_terms_with_aliases() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('/'));
    type_text(&mut app, "fuite actor:\"Fancy Bear\" attack:rancongiciel");
    let effects = update(&mut app, code(KeyCode::Enter));
    let Some(Effect::Db(DbJob::LoadPage { filter, .. })) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!(filter.query.as_deref(), Some("fuite"));
    assert_eq!(filter.actors, vec!["APT28"]);
    assert_eq!(filter.attacks, vec!["ransomware"]);
}

#[test]
fn unknown_in_the_actor_prompt_is_the_unattributed_value_and_search_finds_it() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    let id = app.list.selected_row().unwrap().id;
    update(&mut app, key('a'));
    type_text(&mut app, "unknown");
    update(&mut app, code(KeyCode::Tab));
    let prompt = app.overlay.tag_prompt().unwrap();
    assert_eq!(
        prompt.selected.map(|i| prompt.candidates[i].value.as_str()),
        Some("unattributed"),
        "Tab picks the exact alias, not Unknown-Group-901: {:?}",
        prompt.candidates
    );
    assert!(screen(&app).contains("non attribué [unattributed]"));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        only_edit(&effects),
        &Effect::Tag(TagJob::AddTag {
            ids: vec![id],
            tags: vec![(Facet::Actor, "unattributed".into())],
            provenance: Provenance::User,
        })
    );
    update(&mut app, code(KeyCode::Esc));
    for search in [
        "actor:unattributed",
        "actor:inconnu",
        "actor:\"non attribué\"",
    ] {
        update(&mut app, key('/'));
        type_text(&mut app, search);
        let effects = update(&mut app, code(KeyCode::Enter));
        let Some(Effect::Db(DbJob::LoadPage { filter, .. })) = effects.first() else {
            panic!("{effects:?}")
        };
        assert_eq!(filter.actors, vec!["unattributed"], "{search}");
        update(&mut app, code(KeyCode::Esc));
    }
}

/// The notice the reader shows once a value typed in the prompt that `key_char` opens is
/// committed; the prompt is closed again after.
fn notice_after_tagging(app: &mut App, lang: Lang, key_char: char, typed: &str) -> String {
    update(app, key(key_char));
    type_text(app, typed);
    let effects = update(app, code(KeyCode::Enter));
    update(app, committed(only_edit(&effects)));
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(lang, &app.settings.keymap);
    update(app, code(KeyCode::Esc));
    notice
}

/// The completions under the prompt lead with the label the tag will show in the interface
/// language, in its typography, and keep the value to type in brackets: the French prompt read
/// `ransomware — Rançongiciel` and `NL — Pays-Bas`, English first and capitalised mid-line.
#[test]
fn completions_lead_with_the_interface_languages_label_and_keep_the_value_to_type() {
    for (lang, key_char, typed, line) in [
        (Lang::Fr, 'y', "rancon", "rançongiciel [ransomware]"),
        (Lang::Fr, 't', "pays-bas", "Pays-Bas [NL] (pays)"),
        (Lang::En, 'y', "fuite de donn", "data breach [data-breach]"),
        (Lang::En, 't', "netherl", "Netherlands [NL] (country)"),
    ] {
        let mut app = booted(lang, 80, 24, 50);
        update(&mut app, key(key_char));
        type_text(&mut app, typed);
        let shown = screen(&app);
        assert!(shown.contains(line), "{line:?} not in\n{shown}");
        let completions = shown.lines().filter(|l| l.starts_with("│  "));
        assert!(completions.clone().all(|l| !l.contains(" — ")), "{shown}");
    }
}

#[test]
fn french_notices_name_values_by_their_french_labels() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    assert_eq!(
        notice_after_tagging(&mut app, Lang::Fr, 'y', "ransomware"),
        "Étiqueté\u{a0}: type d'attaque rançongiciel"
    );
    assert_eq!(
        notice_after_tagging(&mut app, Lang::Fr, 't', "NL"),
        "Étiqueté\u{a0}: pays Pays-Bas"
    );
}

#[test]
fn english_notices_name_values_by_their_english_labels_not_their_codes() {
    let mut app = booted(Lang::En, 80, 24, 50);
    assert_eq!(
        notice_after_tagging(&mut app, Lang::En, 'y', "fuite de données"),
        "Tagged: attack type data breach"
    );
    assert_eq!(
        notice_after_tagging(&mut app, Lang::En, 't', "NL"),
        "Tagged: country Netherlands"
    );
}

#[test]
fn enter_on_a_half_typed_word_applies_the_highlighted_completion_not_junk() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('y'));
    type_text(&mut app, "espionn");
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        matches!(only_edit(&effects), Effect::Tag(TagJob::AddTag { tags, .. })
        if tags == &vec![(Facet::Attack, "espionage".to_owned())]),
        "{effects:?}"
    );
    update(&mut app, code(KeyCode::Esc));
    // An alias typed whole comes first, before loose matches of its letters.
    update(&mut app, key('t'));
    type_text(&mut app, "CPI");
    let first = &app.overlay.tag_prompt().unwrap().candidates[0];
    assert_eq!(first.value, "International Criminal Court");
}

#[test]
fn the_prompt_names_what_it_saved_and_applied_as_the_chips_do_in_french() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('a'));
    type_text(&mut app, "inconnu");
    let effects = update(&mut app, code(KeyCode::Enter));
    let line = |app: &App, what: &str| {
        let screen = screen(app);
        let found = screen.lines().find(|l| l.contains(what)).map(str::to_owned);
        found.unwrap_or_else(|| panic!("no {what:?} line:\n{screen}"))
    };
    assert!(line(&app, "enregistrement").contains("non attribué"));
    update(&mut app, committed(only_edit(&effects)));
    let applied = line(&app, "appliqué");
    assert!(
        applied.contains("non attribué") && !applied.contains("unattributed"),
        "{applied}"
    );
    // Naming an actor then replaces it (as the worker answers): no longer listed as applied.
    type_text(&mut app, "LockBit");
    let effects = update(&mut app, code(KeyCode::Enter));
    let Effect::Tag(TagJob::AddTag { ids, .. }) = only_edit(&effects) else {
        panic!()
    };
    let id = ids[0];
    let Msg::TagsChanged(Ok(mut change)) = committed(&Effect::Tag(TagJob::AddTag {
        ids: vec![id],
        tags: vec![(Facet::Actor, "LockBit".into())],
        provenance: Provenance::User,
    })) else {
        panic!()
    };
    change.replaced = vec![(id, Facet::Actor, "unattributed".into())];
    update(&mut app, Msg::TagsChanged(Ok(change)));
    let applied = line(&app, "appliqué");
    assert!(
        applied.contains("LockBit") && !applied.contains("non attribué"),
        "{applied}"
    );
    assert!(
        screen(&app).contains("retiré\u{a0}: acteur non attribué"),
        "{}",
        screen(&app)
    );
    update(&mut app, code(KeyCode::Esc));
    // Near miss: a value the vocabulary does not know is shown as typed.
    update(&mut app, key('a'));
    type_text(&mut app, "Ours Brun");
    update(&mut app, code(KeyCode::Enter));
    let effects = update(&mut app, code(KeyCode::Enter));
    update(&mut app, committed(only_edit(&effects)));
    assert!(line(&app, "appliqué").contains("Ours Brun"));
}
