//! RFC 3339 timestamps, parsed without a date library: all we need is to check them, order articles
//! by them and find their calendar day (`digest_ui::i18n::cldr` writes it in each bundled language).

/// Seconds since 1970-01-01T00:00:00Z of an RFC 3339 timestamp such as `2026-11-20T09:30:00Z` or
/// `2026-11-20T10:30:00.250+01:00`; `None` when it is not one.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() < 20
        || b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || b.get(13) != Some(&b':')
        || b.get(16) != Some(&b':')
        || !matches!(b.get(10), Some(b'T' | b't' | b' '))
    {
        return None;
    }
    let year = digits(b, 0, 4)?;
    let month = digits(b, 5, 2)?;
    let day = digits(b, 8, 2)?;
    let hour = digits(b, 11, 2)?;
    let minute = digits(b, 14, 2)?;
    let second = digits(b, 17, 2)?;
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = text.get(19..)?;
    if let Some(fraction) = rest.strip_prefix('.') {
        rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
        if rest.len() == fraction.len() {
            return None;
        }
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let ob = rest.as_bytes();
            let sign = match ob.first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            if ob.len() != 6 || ob.get(3) != Some(&b':') {
                return None;
            }
            let (oh, om) = (digits(ob, 1, 2)?, digits(ob, 4, 2)?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset)
}

fn digits(b: &[u8], start: usize, len: usize) -> Option<i64> {
    let slice = b.get(start..start + len)?;
    slice.iter().try_fold(0i64, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0')))
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date (year, month, day) of a day count since 1970-01-01 (inverse of
/// `days_from_civil`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

fn month_name(month: i64) -> &'static str {
    usize::try_from(month - 1).ok().and_then(|i| MONTHS.get(i)).copied().unwrap_or("?")
}

/// RFC 2822, as RSS wants it: "Fri, 20 Nov 2026 09:30:00 +0000".
pub fn rfc2822(iso: &str) -> Option<String> {
    let seconds = parse_rfc3339(iso)?;
    let days = seconds.div_euclid(86_400);
    let time = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let weekday = usize::try_from(days.rem_euclid(7)).ok().and_then(|i| WEEKDAYS.get(i)).copied().unwrap_or("?");
    Some(format!(
        "{weekday}, {day:02} {} {year} {:02}:{:02}:{:02} +0000",
        month_name(month),
        time / 3600,
        time % 3600 / 60,
        time % 60
    ))
}

#[cfg(test)]
mod tests {
    use super::{parse_rfc3339, rfc2822};

    #[test]
    fn formats_for_people_and_for_rss() {
        assert_eq!(rfc2822("2026-11-20T09:30:00Z").as_deref(), Some("Fri, 20 Nov 2026 09:30:00 +0000"));
        assert_eq!(rfc2822("1970-01-01T00:00:00Z").as_deref(), Some("Thu, 01 Jan 1970 00:00:00 +0000"));
        assert_eq!(rfc2822("2000-02-29T23:59:59Z").as_deref(), Some("Tue, 29 Feb 2000 23:59:59 +0000"));
        assert_eq!(rfc2822("nonsense"), None);
    }

    #[test]
    fn parses_utc_and_offsets() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2026-11-20T09:30:00Z"), Some(1_795_167_000));
        assert_eq!(parse_rfc3339("2026-11-20T10:30:00+01:00"), Some(1_795_167_000));
        assert_eq!(parse_rfc3339("2026-11-20T09:30:00.123Z"), Some(1_795_167_000));
        assert_eq!(parse_rfc3339("2000-02-29T00:00:00Z"), Some(951_782_400));
    }

    #[test]
    fn rejects_what_is_not_rfc3339() {
        for bad in [
            "",
            "2026-11-20",
            "2026-11-20T09:30:00",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T09:30:00+1:00",
            "yesterday at noon!!",
            "2026-11-20T09:30:00.Z",
            "2026-11-20T09:30:00Zjunk",
            "２０２６-11-20T09:30:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
