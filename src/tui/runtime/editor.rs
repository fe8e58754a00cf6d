//! Writing a note in the user's own editor (`$VISUAL`, else `$EDITOR`): the note goes to a private
//! temporary file, the editor runs on the terminal (an argument vector, never a shell), and what it
//! leaves in the file is the new note. The runtime gives the terminal back around it.
use std::io::Write;
use std::process::Command;

/// The editor's argument vector from `$VISUAL` or `$EDITOR` (the first set and not blank).
pub fn from_env(visual: Option<&str>, editor: Option<&str>) -> Option<Vec<String>> {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(|v| v.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|argv| !argv.is_empty())
}

/// Runs `argv` on a temporary file holding `text`; returns the file's text after the editor exits
/// successfully, or why not (the file is removed either way).
pub fn edit(argv: &[String], text: &str) -> Result<String, String> {
    let (program, args) = argv.split_first().ok_or("no editor")?;
    // Created 0600 by tempfile: a note is the analyst's own work.
    let mut file = tempfile::Builder::new()
        .prefix("veille-note-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| format!("temporary file: {e}"))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|e| format!("temporary file: {e}"))?;
    let status = Command::new(program)
        .args(args)
        .arg(file.path())
        .status()
        .map_err(|e| format!("{program}: {e}"))?;
    if !status.success() {
        return Err(format!("{program}: {status}"));
    }
    std::fs::read_to_string(file.path()).map_err(|e| format!("{}: {e}", file.path().display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_comes_before_editor_and_blank_values_are_skipped() {
        assert_eq!(
            from_env(Some("code --wait"), Some("vi")),
            Some(vec!["code".into(), "--wait".into()])
        );
        assert_eq!(
            from_env(Some("  "), Some("nano")),
            Some(vec!["nano".into()])
        );
        assert_eq!(from_env(None, None), None);
    }

    #[cfg(unix)]
    #[test]
    fn the_edited_file_is_the_new_note_and_a_failing_editor_changes_nothing() {
        let append = vec![
            "sh".to_owned(),
            "-c".to_owned(),
            "printf 'ajout\\n' >> \"$0\"".to_owned(),
        ];
        assert_eq!(edit(&append, "avant\n"), Ok("avant\najout\n".to_owned()));
        let fail = vec!["false".to_owned()];
        assert!(edit(&fail, "avant").is_err());
    }
}
