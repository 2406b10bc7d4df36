//! Timestamps for registrations: the wall clock, strictly increasing, and RFC 3339 text
//! for list filters.

use prost_types::Timestamp;
use std::time::{SystemTime, UNIX_EPOCH};

/// Nanoseconds since the Unix epoch, now.
pub fn wall_now() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

/// Hands out strictly increasing timestamps and sequence numbers. Each call's instant is
/// set once ([`Clock::set_now`]) and read from there, so replaying the calls of the
/// journal with their recorded instants gives the same timestamps and names.
#[derive(Debug, Default)]
pub struct Clock {
    last_nanos: i128,
    seq: u64,
    now: Option<i128>,
}

impl Clock {
    /// Fixes the instant of the call about to be made.
    pub fn set_now(&mut self, nanos: i128) {
        self.now = Some(nanos);
    }

    /// The instant of the current call.
    pub fn now(&self) -> i128 {
        self.now.unwrap_or_else(wall_now)
    }

    pub fn tick(&mut self) -> (Timestamp, u64) {
        let now = self.now();
        self.last_nanos = now.max(self.last_nanos + 1);
        self.seq += 1;
        let timestamp = Timestamp {
            seconds: (self.last_nanos / 1_000_000_000) as i64,
            nanos: (self.last_nanos % 1_000_000_000) as i32,
        };
        (timestamp, self.seq)
    }
}

/// `2024-05-01T12:00:00.000000001Z`: UTC, nanoseconds, so text order is time order.
pub fn rfc3339(t: &Timestamp) -> String {
    let days = t.seconds.div_euclid(86_400);
    let secs = t.seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:09}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        t.nanos
    )
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_dates() {
        let t = |seconds, nanos| rfc3339(&Timestamp { seconds, nanos });
        assert_eq!(t(0, 0), "1970-01-01T00:00:00.000000000Z");
        assert_eq!(t(951_782_400, 5), "2000-02-29T00:00:00.000000005Z");
        assert_eq!(t(1_700_000_000, 0), "2023-11-14T22:13:20.000000000Z");
    }

    #[test]
    fn ticks_increase() {
        let mut clock = Clock::default();
        let (a, sa) = clock.tick();
        let (b, sb) = clock.tick();
        assert!((b.seconds, b.nanos) > (a.seconds, a.nanos));
        assert_eq!(sb, sa + 1);
    }
}
