//! Credentials for a push: from the environment, else from the `[taxii]` table of the configuration.
//! Never from the command line, which any user of the machine can read in the process list.
use super::TaxiiError;
use crate::config::{Secret, TaxiiSettings};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// HTTP Basic user name.
pub const ENV_USER: &str = "VEILLE_TAXII_USER";
/// HTTP Basic password.
pub const ENV_PASSWORD: &str = "VEILLE_TAXII_PASSWORD";
/// Bearer token.
pub const ENV_TOKEN: &str = "VEILLE_TAXII_TOKEN";

/// How the requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// No `Authorization` header.
    Anonymous,
    /// HTTP Basic.
    Basic {
        /// User name.
        user: String,
        /// Password.
        password: Secret,
    },
    /// `Authorization: Bearer`.
    Bearer(Secret),
}

/// Where the credentials came from, to say which ones a server refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `VEILLE_TAXII_*` variables.
    Environment,
    /// The `[taxii]` table of this configuration file.
    Config(PathBuf),
    /// None were given.
    Nowhere,
}

impl Credentials {
    /// The secret part (password or token), to keep it out of anything the server sends back.
    pub(super) fn secret(&self) -> Option<&str> {
        match self {
            Credentials::Anonymous => None,
            Credentials::Basic { password, .. } => Some(password.expose()),
            Credentials::Bearer(token) => Some(token.expose()),
        }
    }

    /// Which credentials these are and where they came from, for an error message.
    pub(super) fn describe(&self, origin: &Origin) -> String {
        match (self, origin) {
            (Credentials::Basic { .. }, Origin::Environment) => {
                format!("the user and password of {ENV_USER} and {ENV_PASSWORD}")
            }
            (Credentials::Bearer(_), Origin::Environment) => format!("the token of {ENV_TOKEN}"),
            (Credentials::Basic { .. }, Origin::Config(path)) => {
                format!("the user and password of [taxii] in {}", path.display())
            }
            (Credentials::Bearer(_), Origin::Config(path)) => {
                format!("the token of [taxii] in {}", path.display())
            }
            _ => format!(
                "a request without credentials (set {ENV_USER} and {ENV_PASSWORD}, or \
                 {ENV_TOKEN}, or user and password, or token, in the [taxii] table of the \
                 configuration)"
            ),
        }
    }
}

/// The credentials to use: the environment's if any `VEILLE_TAXII_*` variable is set (and not
/// empty), else the configuration's, else none. `env` reads a variable (`std::env::var_os`).
pub fn resolve(
    env: impl Fn(&str) -> Option<OsString>,
    config: &TaxiiSettings,
    config_path: &Path,
) -> Result<(Credentials, Origin), TaxiiError> {
    let var = |name: &str| -> Result<Option<String>, TaxiiError> {
        match env(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(value) => match value.into_string() {
                Ok(text) if !text.chars().any(char::is_control) => Ok(Some(text)),
                // Not repeated: it may be the secret itself.
                _ => Err(TaxiiError::Credentials(format!(
                    "{name} must be one line of UTF-8 text"
                ))),
            },
        }
    };
    let (user, password, token) = (var(ENV_USER)?, var(ENV_PASSWORD)?, var(ENV_TOKEN)?);
    if user.is_some() || password.is_some() || token.is_some() {
        let credentials = combine(user, password.map(Secret::new), token.map(Secret::new))
            .map_err(|why| TaxiiError::Credentials(format!("in the environment: {why}")))?;
        return Ok((credentials, Origin::Environment));
    }
    let credentials = combine(
        config.user.clone(),
        config.password.clone(),
        config.token.clone(),
    )
    .map_err(|why| {
        TaxiiError::Credentials(format!("[taxii] in {}: {why}", config_path.display()))
    })?;
    let origin = match credentials {
        Credentials::Anonymous => Origin::Nowhere,
        _ => Origin::Config(config_path.to_path_buf()),
    };
    Ok((credentials, origin))
}

fn combine(
    user: Option<String>,
    password: Option<Secret>,
    token: Option<Secret>,
) -> Result<Credentials, String> {
    match (user, password, token) {
        (None, None, None) => Ok(Credentials::Anonymous),
        (None, None, Some(token)) => Ok(Credentials::Bearer(token)),
        (_, _, Some(_)) => Err(format!(
            "give a token ({ENV_TOKEN}, token) or a user and password, not both"
        )),
        (Some(user), Some(password), None) if !user.contains(':') => {
            Ok(Credentials::Basic { user, password })
        }
        (Some(_), Some(_), None) => Err(format!(
            "a user name ({ENV_USER}, user) cannot contain ':' (HTTP Basic)"
        )),
        (Some(_), None, None) => Err(format!(
            "a user ({ENV_USER}, user) needs its password ({ENV_PASSWORD}, password)"
        )),
        (None, Some(_), None) => Err(format!(
            "a password ({ENV_PASSWORD}, password) needs its user ({ENV_USER}, user)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn config(user: Option<&str>, password: Option<&str>, token: Option<&str>) -> TaxiiSettings {
        TaxiiSettings {
            user: user.map(str::to_owned),
            password: password.map(|p| Secret::new(p.to_owned())),
            token: token.map(|t| Secret::new(t.to_owned())),
        }
    }

    const PATH: &str = "/home/a/.config/veille/config.toml";

    #[test]
    fn the_environment_wins_over_the_configuration() {
        let file = config(Some("file-user"), Some("file-pass"), None);
        let (credentials, origin) = resolve(
            env(&[(ENV_USER, "analyst"), (ENV_PASSWORD, "s3cret")]),
            &file,
            Path::new(PATH),
        )
        .unwrap();
        assert_eq!(origin, Origin::Environment);
        assert_eq!(
            credentials,
            Credentials::Basic {
                user: "analyst".into(),
                password: Secret::new("s3cret".into())
            }
        );
        let (credentials, origin) =
            resolve(env(&[(ENV_TOKEN, "t0ken")]), &file, Path::new(PATH)).unwrap();
        assert_eq!(
            credentials,
            Credentials::Bearer(Secret::new("t0ken".into()))
        );
        assert_eq!(origin, Origin::Environment);
    }

    #[test]
    fn the_configuration_then_nothing() {
        let (credentials, origin) = resolve(
            env(&[(ENV_USER, "")]),
            &config(None, None, Some("t")),
            Path::new(PATH),
        )
        .unwrap();
        assert_eq!(credentials, Credentials::Bearer(Secret::new("t".into())));
        assert_eq!(origin, Origin::Config(PATH.into()));
        let (credentials, origin) =
            resolve(env(&[]), &TaxiiSettings::default(), Path::new(PATH)).unwrap();
        assert_eq!(
            (credentials, origin),
            (Credentials::Anonymous, Origin::Nowhere)
        );
    }

    #[test]
    fn incomplete_or_ambiguous_credentials_are_errors_that_never_show_a_secret() {
        for vars in [
            vec![(ENV_USER, "analyst")],
            vec![(ENV_PASSWORD, "hunter2")],
            vec![
                (ENV_USER, "analyst"),
                (ENV_PASSWORD, "hunter2"),
                (ENV_TOKEN, "hunter2"),
            ],
            vec![(ENV_USER, "a:b"), (ENV_PASSWORD, "hunter2")],
            vec![(ENV_USER, "analyst"), (ENV_PASSWORD, "hunter2\n")],
        ] {
            let error = resolve(env(&vars), &TaxiiSettings::default(), Path::new(PATH))
                .unwrap_err()
                .to_string();
            assert!(!error.contains("hunter2"), "{error}");
            assert!(error.contains("VEILLE_TAXII"), "{error}");
        }
    }

    #[test]
    fn descriptions_name_the_source_not_the_secret() {
        let basic = Credentials::Basic {
            user: "analyst".into(),
            password: Secret::new("hunter2".into()),
        };
        let text = basic.describe(&Origin::Environment);
        assert!(
            text.contains(ENV_PASSWORD) && !text.contains("hunter2"),
            "{text}"
        );
        let text = Credentials::Anonymous.describe(&Origin::Nowhere);
        assert!(text.starts_with("a request without credentials"), "{text}");
    }
}
