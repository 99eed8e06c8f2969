//! Kiosk mode for an unattended touch screen: its settings (from the start URL) and the
//! idle timer's phases, as pure functions of the seconds since the last touch.

use super::query_string;

/// How the kiosk was started: `/?kiosk=1&idle=120&pxmm=3.78&print=1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskConfig {
    /// Seconds without a touch before the warning.
    pub idle_seconds: u32,
    /// Seconds the warning counts down before everything is reset (at least 30).
    pub warning_seconds: u32,
    /// CSS pixels per millimetre of this screen, in hundredths (`pxmm=3.78` is 378), for
    /// 14 mm touch targets. (Whole numbers: the wasm then needs no code to read or write a
    /// floating-point number.)
    pub centi_px_per_mm: u32,
    /// A printer is attached: offer a service slip.
    pub print: bool,
}

/// Smallest touch target on the kiosk, in millimetres.
pub const TARGET_MM: u32 = 14;

impl Default for KioskConfig {
    fn default() -> Self {
        // 96 CSS px per inch is 3.78 px per mm.
        KioskConfig {
            idle_seconds: 120,
            warning_seconds: 30,
            centi_px_per_mm: 378,
            print: false,
        }
    }
}

/// Whether an address on `host` (a URL's host as `location.hostname` gives it) opens only
/// on this device or in its own network: a loopback or private address, a link-local one,
/// or a name that only a local network resolves. A visitor's phone cannot open it, so a
/// kiosk on such an address offers no "Zum Mitnehmen" code unless the dataset names the
/// public address (`meta.public_url`).
///
/// Read as text, not with the standard library's address parsers (1.2 KB of the wasm): the
/// URL standard writes a host's address in one form only, IPv4 as four decimals and IPv6
/// compressed, in lower case and in brackets (`[::ffff:c0a8:1]`, not `[::FFFF:192.168.0.1]`).
pub fn is_local_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return is_local_v6(v6);
    }
    if let Some(octets) = ipv4(&host) {
        return is_local_v4(octets);
    }
    // A name of one label (`kiosk`, `wegweiser`) only a local network resolves.
    !host.contains('.')
        || [
            ".localhost",
            ".local",
            ".localdomain",
            ".lan",
            ".internal",
            ".home.arpa",
        ]
        .iter()
        .any(|suffix| host.ends_with(suffix))
}

/// The four numbers of a dotted IPv4 address.
fn ipv4(host: &str) -> Option<[u8; 4]> {
    let mut octets = [0u8; 4];
    let mut parts = host.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    parts.next().is_none().then_some(octets)
}

/// Loopback (127/8), private (10/8, 172.16/12, 192.168/16), shared by a provider's
/// customers (100.64/10), link-local (169.254/16), or "this host" (0/8).
fn is_local_v4([a, b, ..]: [u8; 4]) -> bool {
    matches!(
        (a, b),
        (127 | 10 | 0, _) | (172, 16..=31) | (192, 168) | (169, 254) | (100, 64..=127)
    )
}

/// Loopback and unspecified (`::1`, `::`), unique local (fc00::/7), link-local (fe80::/10),
/// or a local IPv4 address written as IPv6 (`::ffff:7f00:1`).
fn is_local_v6(address: &str) -> bool {
    if address == "::1" || address == "::" {
        return true;
    }
    if let Some(v4) = address.strip_prefix("::ffff:") {
        let words: Vec<u16> = v4
            .split(':')
            .map(|w| u16::from_str_radix(w, 16).ok())
            .collect::<Option<_>>()
            .unwrap_or_default();
        if let [high, low] = words[..] {
            let [a, b] = high.to_be_bytes();
            let [c, d] = low.to_be_bytes();
            return is_local_v4([a, b, c, d]);
        }
    }
    let first = address.split(':').next().unwrap_or_default();
    let first = u16::from_str_radix(first, 16).unwrap_or(0);
    !address.starts_with(':') && (first & 0xfe00 == 0xfc00 || first & 0xffc0 == 0xfe80)
}

/// A decimal number with at most two decimals (`3.78`, `5`), in hundredths; further
/// decimals are dropped. `None` for anything else (a sign, an exponent, no digits).
fn hundredths(text: &str) -> Option<u32> {
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 4 || !digits(whole) || !digits(decimals) {
        return None;
    }
    let cents = decimals.bytes().chain(std::iter::repeat(b'0')).take(2);
    let whole: u32 = whole.parse().ok()?;
    Some(cents.fold(whole, |n, digit| n * 10 + u32::from(digit - b'0')))
}

impl KioskConfig {
    /// The kiosk configuration in a query string, or `None` when it does not ask for kiosk
    /// mode. Out-of-range values fall back to the defaults.
    pub fn from_query(query: &str) -> Option<KioskConfig> {
        let pairs = query_string::read(query);
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        if get("kiosk") != Some("1") {
            return None;
        }
        let defaults = KioskConfig::default();
        Some(KioskConfig {
            idle_seconds: get("idle")
                .and_then(|v| v.parse().ok())
                .filter(|s| (30..=3600).contains(s))
                .unwrap_or(defaults.idle_seconds),
            warning_seconds: get("warn")
                .and_then(|v| v.parse().ok())
                .filter(|s| (30..=300).contains(s))
                .unwrap_or(defaults.warning_seconds),
            centi_px_per_mm: get("pxmm")
                .and_then(hundredths)
                .filter(|p| (200..=2000).contains(p))
                .unwrap_or(defaults.centi_px_per_mm),
            print: get("print") == Some("1"),
        })
    }

    /// The query string that starts the kiosk again with this configuration.
    pub fn to_query(&self) -> String {
        let mut query = format!(
            "kiosk=1&idle={}&warn={}&pxmm={}.{:02}",
            self.idle_seconds,
            self.warning_seconds,
            self.centi_px_per_mm / 100,
            self.centi_px_per_mm % 100
        );
        if self.print {
            query.push_str("&print=1");
        }
        query
    }

    /// The smallest touch target in whole CSS pixels (rounded up).
    pub fn target_px(&self) -> u32 {
        (TARGET_MM * self.centi_px_per_mm).div_ceil(100)
    }

    pub fn phase(&self, idle_seconds: u32) -> IdlePhase {
        if idle_seconds < self.idle_seconds {
            IdlePhase::Active
        } else if idle_seconds < self.idle_seconds + self.warning_seconds {
            IdlePhase::Warning {
                remaining: self.idle_seconds + self.warning_seconds - idle_seconds,
            }
        } else {
            IdlePhase::Reset
        }
    }
}

impl KioskConfig {
    /// The countdown figure a screen reader last heard with `remaining` seconds to go: the
    /// full warning when it opens, then every ten seconds. Between two announcements the
    /// figure stays, so the live region never changes (or empties) every second.
    pub fn announced_seconds(&self, remaining: u32) -> u32 {
        if remaining >= self.warning_seconds {
            self.warning_seconds
        } else {
            remaining.div_ceil(10) * 10
        }
        .min(self.warning_seconds)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    Active,
    /// The dialog shows and counts down `remaining` seconds.
    Warning {
        remaining: u32,
    },
    /// Time is up: return to the start, forget the visitor.
    Reset,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_hosts_are_told_from_public_ones() {
        for local in [
            "127.0.0.1",
            "127.8.0.1",
            "localhost",
            "kiosk.localhost",
            "LOCALHOST.",
            "0.0.0.0",
            "10.1.2.3",
            "172.16.0.5",
            "172.31.255.1",
            "192.168.178.20",
            "169.254.1.1",
            "[::1]",
            "[::]",
            "[fd12:3456::1]",
            "[fe80::1]",
            "[::ffff:c0a8:1]",
            "[::ffff:7f00:1]",
            "rathaus-kiosk.local",
            "kiosk.lan",
            "server.internal",
            "kiosk.home.arpa",
            "kiosk",
            "wegweiser",
            "rathaus.localdomain",
            "100.64.0.1",
            "100.127.255.254",
        ] {
            assert!(is_local_host(local), "{local} is local");
        }
        for public in [
            "wegweiser.kaiserslautern.de",
            "93.184.216.34",
            "172.32.0.1",
            "192.169.0.1",
            "[2001:db8::1]",
            "[::ffff:5db8:d822]",
            "[2a00:1450::1]",
            "[fe00::1]",
            "10.0.0",
            "127.0.0.1.example.org",
            "1270.0.0.1",
            "localhost.example.org",
            "100.128.0.1",
        ] {
            assert!(!is_local_host(public), "{public} is public");
        }
    }

    #[test]
    fn kiosk_mode_comes_from_the_start_url() {
        assert_eq!(
            KioskConfig::from_query("?kiosk=1"),
            Some(KioskConfig::default())
        );
        assert_eq!(KioskConfig::from_query("q=pflege"), None);
        assert_eq!(KioskConfig::from_query("kiosk=0"), None);
        let config = KioskConfig::from_query("kiosk=1&idle=60&pxmm=4.5&print=1").unwrap();
        assert_eq!(
            (config.idle_seconds, config.centi_px_per_mm, config.print),
            (60, 450, true)
        );
        assert_eq!(KioskConfig::from_query(&config.to_query()), Some(config));
        assert!(config.to_query().contains("pxmm=4.50"));
        for (pxmm, centi) in [("5", 500), ("3.78", 378), ("3.789", 378), ("12.0", 1200)] {
            let query = format!("kiosk=1&pxmm={pxmm}");
            let config = KioskConfig::from_query(&query).unwrap();
            assert_eq!(config.centi_px_per_mm, centi, "{pxmm}");
        }
    }

    #[test]
    fn bad_values_fall_back_to_safe_ones() {
        let config = KioskConfig::from_query("kiosk=1&idle=5&warn=3&pxmm=-1").unwrap();
        assert_eq!(
            config,
            KioskConfig::default(),
            "a 5 s idle time or a 3 s warning would be unusable"
        );
        for pxmm in ["1.5", "21", "4e1", "+4", ".5", "4.x", "", "99999"] {
            let query = format!("kiosk=1&pxmm={pxmm}");
            let config = KioskConfig::from_query(&query).unwrap();
            assert_eq!(config.centi_px_per_mm, 378, "{pxmm:?} is not a usable size");
        }
    }

    #[test]
    fn fourteen_millimetre_targets() {
        assert_eq!(
            KioskConfig::default().target_px(),
            53,
            "14 × 3.78 = 52.92, rounded up"
        );
        assert_eq!(
            KioskConfig {
                centi_px_per_mm: 500,
                ..KioskConfig::default()
            }
            .target_px(),
            70
        );
    }

    #[test]
    fn the_countdown_is_announced_every_ten_seconds_and_stays_in_between() {
        let config = KioskConfig {
            warning_seconds: 45,
            ..KioskConfig::default()
        };
        let heard: Vec<u32> = (1..=45)
            .rev()
            .map(|r| config.announced_seconds(r))
            .collect();
        assert_eq!(heard[0], 45, "the whole warning when it opens");
        assert_eq!(config.announced_seconds(44), 45);
        assert_eq!(config.announced_seconds(40), 40);
        assert_eq!(config.announced_seconds(31), 40);
        assert_eq!(config.announced_seconds(10), 10);
        assert_eq!(config.announced_seconds(1), 10);
        let mut changes = heard.clone();
        changes.dedup();
        assert_eq!(changes, [45, 40, 30, 20, 10]);
    }

    #[test]
    fn idle_phases() {
        let config = KioskConfig::default();
        assert_eq!(config.phase(0), IdlePhase::Active);
        assert_eq!(config.phase(119), IdlePhase::Active);
        assert_eq!(config.phase(120), IdlePhase::Warning { remaining: 30 });
        assert_eq!(config.phase(149), IdlePhase::Warning { remaining: 1 });
        assert_eq!(config.phase(150), IdlePhase::Reset);
    }
}
