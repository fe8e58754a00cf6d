//! Where requests may go: never to loopback, private, link-local (cloud metadata at
//! 169.254.169.254) or other non-public addresses, unless the user allows it
//! (`[fetch] allow_private = true`) or the subscription itself is on such a host.
//!
//! A feed, a page it links to, a redirect or an OPML list all come from strangers, and veille runs
//! inside the user's network: without this a feed could make it probe the router, a local
//! database or the cloud metadata service. The check applies to the addresses a name resolves to
//! (a public name pointing at 127.0.0.1 is refused), to literal addresses in URLs (which are never
//! resolved), and to every redirect.
//!
//! A subscription on a private host ("http://127.0.0.1:8080/feed", "http://localhost/rss") is the
//! user's own choice: requests to that same host *and port* are allowed, for that feed only. Its
//! redirects and article links elsewhere, another port of the same machine included, are not: a
//! local feed server says nothing about the database on the next port.
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use url::{Host, Url};

/// What one client may reach.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct HostPolicy {
    /// `[fetch] allow_private`: everything is allowed.
    allow_private: bool,
    /// The subscription's own host and port when they name a private host: the one private place
    /// its requests may go.
    trusted: Option<Origin>,
}

/// A host (as the URL spells it, lowercased) and a port.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Origin {
    host: String,
    port: u16,
}

impl Origin {
    fn of(url: &Url) -> Option<Origin> {
        Some(Origin {
            host: url.host_str()?.to_ascii_lowercase(),
            port: url.port_or_known_default()?,
        })
    }
}

/// Why a request was not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum Refused {
    /// The URL names a non-public address.
    #[error("{ip} is a {} address", kind(*ip))]
    Literal {
        /// The address.
        ip: IpAddr,
    },
    /// Every address the name resolves to is non-public.
    #[error("{host} resolves to {ip}, a {} address", kind(*ip))]
    Resolved {
        /// The name.
        host: String,
        /// The first address it resolved to.
        ip: IpAddr,
    },
    /// `localhost` on another port than the subscription's.
    #[error("{host}:{port} is not this subscription's own host and port")]
    OtherPort {
        /// The name.
        host: String,
        /// The port asked for.
        port: u16,
    },
}

impl HostPolicy {
    /// The policy for requests made on behalf of the subscription at `feed_url` (`None`: none).
    pub(super) fn for_feed(allow_private: bool, feed_url: Option<&Url>) -> HostPolicy {
        HostPolicy {
            allow_private,
            // With everything allowed nothing needs trusting, and all feeds share one client.
            trusted: feed_url
                .filter(|url| !allow_private && names_private_host(url))
                .and_then(Origin::of),
        }
    }

    /// Checks what can be known from the URL alone: a literal address, or a local name on a port
    /// that is not the trusted one. Names are checked again once resolved, by [`PolicyResolver`].
    pub(super) fn check_url(&self, url: &Url) -> Result<(), Refused> {
        if self.allow_private || self.trusts(url) {
            return Ok(());
        }
        match url.host() {
            Some(Host::Ipv4(ip)) if is_private(IpAddr::V4(ip)) => {
                Err(Refused::Literal { ip: IpAddr::V4(ip) })
            }
            Some(Host::Ipv6(ip)) if is_private(IpAddr::V6(ip)) => {
                Err(Refused::Literal { ip: IpAddr::V6(ip) })
            }
            // The trusted name on another port: its resolver would let it through.
            Some(Host::Domain(name))
                if self
                    .trusted
                    .as_ref()
                    .is_some_and(|t| t.host.eq_ignore_ascii_case(name)) =>
            {
                Err(Refused::OtherPort {
                    host: name.to_owned(),
                    port: url.port_or_known_default().unwrap_or(0),
                })
            }
            _ => Ok(()),
        }
    }

    fn trusts(&self, url: &Url) -> bool {
        self.trusted.is_some() && Origin::of(url) == self.trusted
    }

    /// The DNS resolver enforcing this policy on names.
    pub(super) fn resolver(&self) -> PolicyResolver {
        let mut allowed: HashSet<String> = proxy_hosts();
        if let Some(Origin { host, .. }) = &self.trusted {
            allowed.insert(host.clone());
        }
        PolicyResolver {
            allow_private: self.allow_private,
            allowed: Arc::new(allowed),
        }
    }
}

/// Resolves names with the system resolver and drops the non-public addresses, unless the name
/// is allowed (the trusted subscription's own name, or the configured proxy's).
#[derive(Debug, Clone)]
pub(super) struct PolicyResolver {
    allow_private: bool,
    allowed: Arc<HashSet<String>>,
}

impl Resolve for PolicyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_ascii_lowercase();
        let keep_all = self.allow_private || self.allowed.contains(&host);
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let addrs = if keep_all {
                found
            } else {
                filter_public(&host, found)?
            };
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// The public addresses of `found`; an error naming the first one when none is public. A name
/// with one public and one private address keeps the public one: connecting is what matters.
fn filter_public(host: &str, found: Vec<SocketAddr>) -> Result<Vec<SocketAddr>, Refused> {
    let first = found.first().map(SocketAddr::ip);
    let public: Vec<SocketAddr> = found.into_iter().filter(|a| !is_private(a.ip())).collect();
    match first {
        Some(ip) if public.is_empty() => Err(Refused::Resolved {
            host: host.to_owned(),
            ip,
        }),
        _ => Ok(public),
    }
}

/// Whether `url` names a private host by itself, with no DNS: a non-public literal address, or
/// `localhost` (and `*.localhost`, which RFC 6761 reserves for loopback).
pub fn names_private_host(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => is_private(IpAddr::V4(ip)),
        Some(Host::Ipv6(ip)) => is_private(IpAddr::V6(ip)),
        Some(Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        None => false,
    }
}

/// Whether `ip` is anything but a public unicast address: loopback, private (RFC 1918, IPv6
/// unique local), link-local, shared (CGNAT 100.64/10), unspecified, multicast, broadcast,
/// reserved, documentation or benchmarking ranges, and IPv6 forms embedding such an IPv4 address
/// (mapped `::ffff:127.0.0.1`, compatible, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`).
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => private_v4(v4),
        IpAddr::V6(v6) => private_v6(v6),
    }
}

fn private_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    a == 0 // "this network", 0.0.0.0 included: Linux connects it to the local host
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || (a == 100 && (b & 0xc0) == 64) // shared address space (CGNAT)
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b & 0xfe) == 18) // benchmarking
        || ip.is_documentation()
        || ip.is_multicast()
        || a >= 240 // reserved, and broadcast
}

fn private_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let embedded =
        |hi: u16, lo: u16| private_v4(Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo)));
    if let Some(v4) = ip.to_ipv4_mapped() {
        return private_v4(v4);
    }
    ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        || ip.is_unique_local() // fc00::/7
        || ip.is_unicast_link_local() // fe80::/10
        || (s[0] & 0xffc0) == 0xfec0 // site-local, deprecated but still routed by some
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[..6] == [0; 6] && embedded(s[6], s[7])) // IPv4-compatible (deprecated)
        || (s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] && embedded(s[6], s[7])) // NAT64
        || (s[0] == 0x2002 && embedded(s[1], s[2])) // 6to4
}

/// What kind of non-public address `ip` is, for messages.
fn kind(ip: IpAddr) -> &'static str {
    let v4 = match ip {
        IpAddr::V4(v4) => Some(v4),
        IpAddr::V6(v6) => v6.to_ipv4_mapped(),
    };
    match (ip, v4) {
        (_, Some(v4)) if v4.is_loopback() => "loopback",
        (_, Some(v4)) if v4.is_link_local() => "link-local (cloud metadata)",
        (_, Some(v4)) if v4.is_private() => "private",
        (_, Some(v4)) if v4.octets()[0] == 0 => "\"this host\"",
        (IpAddr::V6(v6), None) if v6.is_loopback() => "loopback",
        (IpAddr::V6(v6), None) if v6.is_unicast_link_local() => "link-local",
        (IpAddr::V6(v6), None) if v6.is_unique_local() => "private (unique local)",
        (IpAddr::V6(v6), None) if v6.is_unspecified() => "\"this host\"",
        _ => "non-public",
    }
}

/// The hosts of the proxies reqwest takes from the environment: the user's own, so they are
/// reached even on a private address. (Behind a proxy, the proxy resolves the names it is asked
/// for; literal addresses are still checked here.)
fn proxy_hosts() -> HashSet<String> {
    let variables = [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ];
    variables
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .filter_map(|value| {
            let value = value.trim();
            let url = if value.contains("://") {
                Url::parse(value)
            } else {
                Url::parse(&format!("http://{value}"))
            };
            Some(url.ok()?.host_str()?.to_ascii_lowercase())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn non_public_addresses_are_private_in_both_families() {
        for private in [
            "127.0.0.1",
            "127.1.2.3",
            "0.0.0.0",
            "0.1.2.3",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.254",
            "198.18.0.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.1.2.3",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
            "2001:db8::1",
        ] {
            assert!(is_private(ip(private)), "{private} counted public");
        }
        for public in [
            "1.1.1.1",
            "93.184.216.34",
            "100.63.255.255",
            "100.128.0.1",
            "172.32.0.1",
            "192.0.1.1",
            "169.253.0.1",
            "2606:4700:4700::1111",
            "2a00:1450:4007::200e",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "fe00::1",
        ] {
            assert!(!is_private(ip(public)), "{public} counted private");
        }
    }

    #[test]
    fn a_subscription_on_a_private_host_trusts_that_host_and_port_only() {
        let feed = Url::parse("http://127.0.0.1:8080/feed.xml").unwrap();
        let policy = HostPolicy::for_feed(false, Some(&feed));
        let check = |url: &str| policy.check_url(&Url::parse(url).unwrap());
        assert_eq!(check("http://127.0.0.1:8080/article"), Ok(()));
        assert!(check("http://127.0.0.1:6379/").is_err(), "another port");
        assert!(check("http://169.254.169.254/latest/meta-data/").is_err());
        assert!(
            check("http://[::ffff:127.0.0.1]:8080/").is_err(),
            "another spelling"
        );
        assert!(
            check("http://2130706433:8080/").is_ok(),
            "the same address, as the URL parser reads it"
        );
        assert_eq!(
            check("https://www.example.org/"),
            Ok(()),
            "names are checked once resolved"
        );

        let local = Url::parse("http://localhost:8080/feed").unwrap();
        let policy = HostPolicy::for_feed(false, Some(&local));
        let check = |url: &str| policy.check_url(&Url::parse(url).unwrap());
        assert_eq!(check("http://LOCALHOST:8080/a"), Ok(()));
        assert_eq!(
            check("http://localhost:9000/a"),
            Err(Refused::OtherPort {
                host: "localhost".into(),
                port: 9000
            })
        );

        let public = Url::parse("https://www.cert.ssi.gouv.fr/feed/").unwrap();
        let policy = HostPolicy::for_feed(false, Some(&public));
        assert!(policy.trusted.is_none());
        assert!(policy.check_url(&feed).is_err());
        let allowed = HostPolicy::for_feed(true, Some(&public));
        assert_eq!(allowed.check_url(&feed), Ok(()));
    }

    #[test]
    fn resolved_names_keep_only_public_addresses() {
        let addr = |text: &str| SocketAddr::new(ip(text), 0);
        let refused = filter_public("evil.example", vec![addr("127.0.0.1"), addr("::1")]);
        assert_eq!(
            refused.unwrap_err().to_string(),
            "evil.example resolves to 127.0.0.1, a loopback address"
        );
        let mixed = filter_public(
            "mixed.example",
            vec![addr("10.0.0.1"), addr("93.184.216.34")],
        );
        assert_eq!(mixed.unwrap(), vec![addr("93.184.216.34")]);
        assert_eq!(
            Refused::Literal {
                ip: ip("169.254.169.254")
            }
            .to_string(),
            "169.254.169.254 is a link-local (cloud metadata) address"
        );
    }

    #[test]
    fn private_hosts_are_named_without_dns() {
        for url in [
            "http://127.0.0.1/",
            "http://[::1]:8080/",
            "http://localhost/",
            "http://feeds.localhost./",
            "http://10.0.0.2/rss",
        ] {
            assert!(names_private_host(&Url::parse(url).unwrap()), "{url}");
        }
        for url in ["https://example.org/", "http://localhost.example.org/"] {
            assert!(!names_private_host(&Url::parse(url).unwrap()), "{url}");
        }
    }
}
