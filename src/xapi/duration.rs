//! Durations as xAPI's `result.duration` takes them: ISO 8601, to the hundredth of a second.

/// `ms` as an ISO 8601 duration: `PT0S`, `PT1M5.2S`, `PT1H2M`.
pub fn iso8601(ms: u64) -> String {
    let centis = (ms + 5) / 10;
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6_000, rest % 6_000);
    let (seconds, fraction) = (rest / 100, rest % 100);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    if fraction > 0 {
        let fraction = format!("{fraction:02}");
        out.push_str(&format!("{seconds}.{}S", fraction.trim_end_matches('0')));
    } else if seconds > 0 || (hours == 0 && minutes == 0) {
        out.push_str(&format!("{seconds}S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::iso8601;

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso8601(0), "PT0S");
        assert_eq!(iso8601(4), "PT0S");
        assert_eq!(iso8601(5), "PT0.01S");
        assert_eq!(iso8601(65_200), "PT1M5.2S");
        assert_eq!(iso8601(3_600_000), "PT1H");
        assert_eq!(iso8601(3_720_000), "PT1H2M");
        assert_eq!(iso8601(3_725_050), "PT1H2M5.05S");
        assert_eq!(iso8601(90_061_000), "PT25H1M1S");
    }
}
