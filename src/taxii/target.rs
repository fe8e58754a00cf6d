//! Where a push goes: the API root URL and the collection id, checked before anything is sent, and
//! the TAXII 2.1 endpoints derived from them.
use super::TaxiiError;
use url::{Host, Url};

/// Longest collection id accepted (TAXII ids are UUIDs: 36 characters).
const MAX_COLLECTION_ID: usize = 200;

/// A TAXII 2.1 collection to push to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    api_root: Url,
    collection: String,
}

impl Target {
    /// Checks the API root URL and the collection id.
    ///
    /// The URL must be https, or http to this machine only (localhost, 127.0.0.0/8, ::1): the
    /// credentials and the analyst's tags would otherwise cross the network in clear. It must not
    /// carry credentials (a command line shows in the process list) nor a query or fragment.
    pub fn new(api_root: &str, collection: &str) -> Result<Target, TaxiiError> {
        let bad = |why: &str| TaxiiError::BadTarget(why.to_owned());
        let mut url = Url::parse(api_root.trim()).map_err(|e| {
            // Not echoed: an unparsable URL may still hold a password.
            bad(&format!("the API root is not a valid URL ({e})"))
        })?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(
                "the API root URL holds credentials, which any user can read in the process \
                 list: remove them and set VEILLE_TAXII_USER and VEILLE_TAXII_PASSWORD \
                 (or VEILLE_TAXII_TOKEN) instead",
            ));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(bad("the API root URL has no host"));
        }
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => {
                return Err(bad(&format!(
                    "{} is plain http to another machine: the credentials and the tags would \
                     travel in clear; use https (http is accepted only for localhost, \
                     127.0.0.0/8 and ::1)",
                    shown(&url)
                )));
            }
            other => {
                return Err(bad(&format!(
                    "the API root must be an https URL, not {}:",
                    crate::text::sanitize::display_line(other, 20)
                )));
            }
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad(&format!(
                "the API root URL {} must not have a query or a fragment",
                shown(&url)
            )));
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let collection = collection.trim();
        // The URL library drops `.` and `..` segments: they would name another resource.
        if is_dot_segment(collection)
            || collection.chars().count() > MAX_COLLECTION_ID
            || collection.chars().any(crate::text::sanitize::is_forbidden)
        {
            return Err(bad(
                "the collection id must be one line of text (TAXII ids are UUIDs)",
            ));
        }
        Ok(Target {
            api_root: url,
            collection: collection.to_owned(),
        })
    }

    /// The API root (`GET` gives its information, `max_content_length` among it).
    pub fn api_root(&self) -> &Url {
        &self.api_root
    }

    /// The collection id, as given.
    pub fn collection(&self) -> &str {
        &self.collection
    }

    /// `{api_root}collections/{id}/`: the collection's information.
    pub fn collection_url(&self) -> Url {
        self.below(&["collections", &self.collection, ""])
    }

    /// `{api_root}collections/{id}/objects/`: where envelopes are posted. Its text also names
    /// the collection in veille's record of what was accepted.
    pub fn objects_url(&self) -> Url {
        self.below(&["collections", &self.collection, "objects", ""])
    }

    /// `{api_root}status/{id}/`: a status resource the server returned.
    pub fn status_url(&self, status_id: &str) -> Url {
        self.below(&["status", status_id, ""])
    }

    /// The API root with path segments appended, each percent-encoded (an id cannot add segments).
    fn below(&self, segments: &[&str]) -> Url {
        let mut url = self.api_root.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }
}

/// Empty, `.` or `..`: not a usable path segment.
pub(super) fn is_dot_segment(id: &str) -> bool {
    matches!(id, "" | "." | "..")
}

/// A URL for a message: at most 300 characters, no control or invisible character.
pub(super) fn shown(url: &Url) -> String {
    crate::text::sanitize::display_line(url.as_str(), 300)
}

/// Whether the URL's host is this machine by definition: `localhost`, 127.0.0.0/8 or ::1.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "365fed99-08fa-fdcd-a1b3-fb247eb41d01";

    #[test]
    fn https_anywhere_and_http_only_to_this_machine() {
        for ok in [
            "https://taxii.example.org/api1/",
            "http://127.0.0.1:5000/api1/",
            "http://127.3.2.1/api1/",
            "http://localhost:8080/api1/",
            "http://LOCALHOST/api1/",
            "http://[::1]:5000/api1/",
        ] {
            assert!(Target::new(ok, ID).is_ok(), "{ok} refused");
        }
        for plain in [
            "http://taxii.example.org/api1/",
            "http://10.0.0.5/api1/",
            "http://128.0.0.1/api1/",
            "http://localhost.example.org/api1/",
            "http://[::2]/api1/",
        ] {
            let error = Target::new(plain, ID).unwrap_err().to_string();
            assert!(error.contains("use https"), "{plain}: {error}");
        }
        assert!(Target::new("ftp://taxii.example.org/", ID).is_err());
        assert!(Target::new("taxii.example.org/api1", ID).is_err());
    }

    #[test]
    fn credentials_in_the_url_are_refused_without_being_repeated() {
        let error = Target::new("https://analyst:hunter2@taxii.example.org/api1/", ID)
            .unwrap_err()
            .to_string();
        assert!(error.contains("process list"), "{error}");
        assert!(!error.contains("hunter2"), "{error}");
        let error = Target::new("https://analyst@taxii.example.org/api1/", ID).unwrap_err();
        assert!(!error.to_string().contains("analyst@"));
    }

    #[test]
    fn endpoints_are_below_the_api_root_and_ids_stay_one_segment() {
        let target = Target::new("https://taxii.example.org/api1", ID).unwrap();
        assert_eq!(
            target.api_root().as_str(),
            "https://taxii.example.org/api1/"
        );
        assert_eq!(
            target.objects_url().as_str(),
            format!("https://taxii.example.org/api1/collections/{ID}/objects/")
        );
        assert_eq!(
            target.collection_url().as_str(),
            format!("https://taxii.example.org/api1/collections/{ID}/")
        );
        let odd = Target::new("https://taxii.example.org/api1/", "../../x?y").unwrap();
        assert_eq!(
            odd.objects_url().as_str(),
            "https://taxii.example.org/api1/collections/..%2F..%2Fx%3Fy/objects/"
        );
        assert_eq!(
            odd.status_url("a/b").as_str(),
            "https://taxii.example.org/api1/status/a%2Fb/"
        );
    }

    #[test]
    fn a_collection_id_must_be_one_visible_line() {
        let root = "https://taxii.example.org/api1/";
        for bad in ["", "  ", ".", "..", "a\nb", "a\u{202e}b", &"x".repeat(201)] {
            assert!(Target::new(root, bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn loopback_covers_mapped_ipv4() {
        let url = Url::parse("http://[::ffff:127.0.0.1]/").unwrap();
        assert!(is_loopback(&url));
    }
}
