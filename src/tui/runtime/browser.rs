//! Opening a link: an argument vector from `$BROWSER` (else the desktop's opener), never a shell,
//! and only for http(s) URLs.
use std::process::{Command, Stdio};

/// The program and arguments that open `url`, from the value of `$BROWSER` if set.
///
/// `$BROWSER` may list several commands separated by `:` (the first is used) and may place the URL
/// with `%s`; otherwise the URL is the last argument.
pub fn argv(browser: Option<&str>, url: &str) -> Result<Vec<String>, String> {
    if !crate::tui::web::is_web_url(url) {
        return Err(format!("not an http(s) URL: {url}"));
    }
    let command = browser
        .and_then(|b| b.split(':').map(str::trim).find(|c| !c.is_empty()))
        .unwrap_or(if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        });
    let mut argv: Vec<String> = command.split_whitespace().map(str::to_owned).collect();
    if argv.iter().any(|a| a.contains("%s")) {
        for arg in argv.iter_mut().skip(1) {
            *arg = arg.replace("%s", url);
        }
    } else {
        argv.push(url.to_owned());
    }
    Ok(argv)
}

/// Starts the browser on `url` without waiting for it; its output is discarded so it cannot draw
/// over the interface.
pub fn open(url: &str) -> Result<(), String> {
    let browser = std::env::var("BROWSER").ok();
    let argv = argv(browser.as_deref(), url)?;
    let (program, args) = argv.split_first().ok_or("empty $BROWSER")?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    // Reaped in the background so it does not linger as a zombie.
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://www.cert.ssi.gouv.fr/alerte/CERTFR-2023-ALE-011/";

    #[test]
    fn browser_variable_is_split_into_arguments_with_the_url_last() {
        assert_eq!(
            argv(Some("firefox --new-tab"), URL),
            Ok(vec!["firefox".into(), "--new-tab".into(), URL.into()])
        );
        assert_eq!(
            argv(Some("w3m %s -dump:lynx"), URL),
            Ok(vec!["w3m".into(), URL.into(), "-dump".into()])
        );
        let default = argv(None, URL).unwrap_or_default();
        assert_eq!(default.last().map(String::as_str), Some(URL));
        assert_eq!(default.len(), 2);
    }

    #[test]
    fn shell_metacharacters_reach_the_browser_as_one_plain_argument() {
        let url = "https://evil.example/a;touch$IFS/tmp/pwned&b=`id`";
        assert_eq!(
            argv(Some("firefox"), url),
            Ok(vec!["firefox".into(), url.into()])
        );
    }

    #[test]
    fn refuses_anything_but_http() {
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "-oProxyCommand=x",
            "ftp://x.example/",
        ] {
            assert!(argv(None, bad).is_err(), "{bad}");
        }
    }
}
