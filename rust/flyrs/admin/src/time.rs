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

/// A time as list filters give one, read as SQL would cast it: `2024-05-01`, or
/// `2024-05-01T12:00:00` (or a space for the `T`) with optional fractions of a second and
/// `Z` or an offset (`+02:00`, `-0700`); no zone is UTC. `None` when it is not a time.
pub fn parse_time(text: &str) -> Option<Timestamp> {
    let number = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let (date, rest) = text.split_at(text.find(['T', 't', ' ']).unwrap_or(text.len()));
    let mut parts = date.splitn(3, '-');
    let (year, month, day) = (
        number(parts.next()?)?,
        number(parts.next()?)?,
        number(parts.next()?)?,
    );
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    let mut nanos = 0;
    if let Some(clock) = rest.get(1..) {
        let zone_at = clock.find(['Z', 'z', '+', '-']).unwrap_or(clock.len());
        let (clock, zone) = clock.split_at(zone_at);
        let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
        let mut fields = hms.split(':');
        let hour = number(fields.next()?)?;
        let minute = number(fields.next()?)?;
        let second = fields.next().map_or(Some(0), number)?;
        if fields.next().is_some() || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        if !fraction.is_empty() {
            if fraction.len() > 9 || number(fraction).is_none() {
                return None;
            }
            nanos = number(&format!("{fraction:0<9}"))? as i32;
        }
        seconds += hour * 3600 + minute * 60 + second;
        match zone {
            "" | "Z" | "z" => {}
            _ => {
                let sign = if zone.starts_with('-') { -1 } else { 1 };
                let offset = zone[1..].replace(':', "");
                if offset.len() != 4 {
                    return None;
                }
                let (h, m) = (number(&offset[..2])?, number(&offset[2..])?);
                seconds -= sign * (h * 3600 + m * 60);
            }
        }
    }
    Some(Timestamp { seconds, nanos })
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// (year, month, day) to days since 1970-01-01 (the inverse of [`civil_from_days`]).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
    fn times_as_filters_give_them() {
        let at = |text: &str| parse_time(text).map(|t| rfc3339(&t));
        let cases = [
            ("2024-05-01", "2024-05-01T00:00:00.000000000Z"),
            ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.000000000Z"),
            ("2024-05-01 12:00", "2024-05-01T12:00:00.000000000Z"),
            (
                "2024-05-01T12:00:00.5+02:00",
                "2024-05-01T10:00:00.500000000Z",
            ),
            (
                "2024-02-29T23:59:59.123456789-0700",
                "2024-03-01T06:59:59.123456789Z",
            ),
            ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59.000000000Z"),
        ];
        for (text, expected) in cases {
            assert_eq!(at(text).as_deref(), Some(expected), "{text}");
        }
        for bad in [
            "",
            "yesterday",
            "2024-13-01",
            "2023-02-29",
            "2024-05-01T25:00",
            "2024-05-01T12:00:00+2",
            "2024-05-01T12:00:00.1234567891Z",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
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
