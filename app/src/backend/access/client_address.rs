//! Who is on the other end of a request. Behind a reverse proxy every request comes from
//! the proxy, so the client is in `X-Forwarded-For` (or RFC 7239 `Forwarded`) — but those
//! headers are whatever the sender typed, so they are believed only when the direct peer
//! is one of our trusted proxies, and then read from the right: each trusted hop appended
//! the address it saw, and the first address not ours is the client.

use ipnet::IpNet;
use std::net::IpAddr;

/// Proxies whose forwarding headers we believe (COMMONPOT_TRUSTED_PROXIES).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads a comma- or space-separated list of addresses and CIDR ranges
    /// (`127.0.0.1, 10.0.0.0/8, ::1`); names the first entry it cannot read.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        list.split([',', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| entry.to_owned())
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn trusts(&self, addr: IpAddr) -> bool {
        let addr = canonical(addr);
        self.0.iter().any(|net| net.contains(&addr))
    }

    /// The client behind `peer`, given the request's forwarding headers.
    pub fn client(
        &self,
        peer: IpAddr,
        x_forwarded_for: Option<&str>,
        forwarded: Option<&str>,
    ) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let hops: Vec<Option<IpAddr>> = match (x_forwarded_for, forwarded) {
            (Some(xff), _) => xff.split(',').map(parse_hop).collect(),
            (None, Some(fwd)) => fwd
                .split(',')
                .map(|element| {
                    element.split(';').find_map(|pair| {
                        let (name, value) = pair.split_once('=')?;
                        name.trim()
                            .eq_ignore_ascii_case("for")
                            .then(|| parse_hop(value))
                    })?
                })
                .collect(),
            (None, None) => Vec::new(),
        };
        // From the right: each of our proxies appended the address it saw, so the nearest
        // hop not ours is the client. A hop that is not an address ("unknown", a typo)
        // ends the walk at the last address we can vouch for: what lies left of it was
        // typed by someone we do not trust. If every hop is ours, the leftmost is as far
        // back as anyone can see.
        let mut vouched = peer;
        for hop in hops.iter().rev() {
            match hop {
                Some(addr) if self.trusts(*addr) => vouched = *addr,
                Some(addr) => return *addr,
                None => return vouched,
            }
        }
        vouched
    }
}

/// One address from a forwarding header: `203.0.113.7`, `"[2001:db8::1]:4711"`,
/// `198.51.100.2:443`. Anything else (`unknown`, an obfuscated name) is no address.
fn parse_hop(raw: &str) -> Option<IpAddr> {
    let s = raw.trim().trim_matches('"');
    if let Ok(addr) = s.parse::<IpAddr>() {
        return Some(canonical(addr));
    }
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok().map(canonical);
    }
    let (host, port) = s.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse().ok().map(canonical)
}

/// An IPv4 address seen through an IPv6 socket (`::ffff:192.0.2.1`) is that IPv4 address.
fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn local_proxy() -> TrustedProxies {
        TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap()
    }

    #[test]
    fn with_no_trusted_proxy_a_forwarding_header_is_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("198.51.100.9"), Some("203.0.113.7"), None),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn a_header_sent_by_someone_who_is_not_our_proxy_is_ignored() {
        assert_eq!(
            local_proxy().client(ip("198.51.100.9"), Some("1.2.3.4"), None),
            ip("198.51.100.9")
        );
    }

    #[test]
    fn behind_our_proxy_the_client_is_the_address_it_appended() {
        assert_eq!(
            local_proxy().client(ip("127.0.0.1"), Some("203.0.113.7"), None),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn a_forged_address_typed_before_our_proxy_appended_its_own_is_skipped() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended what it saw.
        assert_eq!(
            local_proxy().client(ip("127.0.0.1"), Some("1.2.3.4, 203.0.113.7"), None),
            ip("203.0.113.7")
        );
        // Through two of our proxies, the first address not ours is the client.
        assert_eq!(
            local_proxy().client(
                ip("127.0.0.1"),
                Some("1.2.3.4, 203.0.113.7, 10.1.2.3"),
                None
            ),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn the_standard_forwarded_header_is_read_with_quotes_ports_and_ipv6() {
        let proxies = local_proxy();
        assert_eq!(
            proxies.client(
                ip("10.0.0.2"),
                None,
                Some(r#"for="[2001:db8::7]:4711";proto=https, for=10.0.0.1"#)
            ),
            ip("2001:db8::7")
        );
        assert_eq!(
            proxies.client(ip("10.0.0.2"), None, Some("for=unknown")),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn a_hop_that_is_not_an_address_does_not_hand_trust_to_what_the_client_typed() {
        // nginx saw an address it could not write; left of it is the client's forgery.
        assert_eq!(
            local_proxy().client(ip("127.0.0.1"), Some("1.2.3.4, unknown"), None),
            ip("127.0.0.1")
        );
        assert_eq!(
            local_proxy().client(ip("127.0.0.1"), Some("1.2.3.4, garbage, 10.0.0.9"), None),
            ip("10.0.0.9")
        );
    }

    #[test]
    fn an_ipv4_address_through_an_ipv6_socket_is_trusted_as_ipv4() {
        assert_eq!(
            local_proxy().client(ip("::ffff:127.0.0.1"), Some("203.0.113.7:5555"), None),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn an_entry_that_is_not_an_address_is_named() {
        assert_eq!(
            TrustedProxies::parse("127.0.0.1, proxy.internal"),
            Err("proxy.internal".to_owned())
        );
        assert_eq!(
            TrustedProxies::parse("").unwrap(),
            TrustedProxies::default()
        );
    }
}
