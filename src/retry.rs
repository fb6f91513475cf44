//! When to try a failed fetch again: transient failures get a bounded number of retries with
//! backoff, so a flaky network heals by itself and a dead one fails fast with a clear message.

/// Attempts in all, the first included.
pub const MAX_ATTEMPTS: u32 = 3;

/// The first backoff; each retry waits three times longer than the one before.
const BASE_DELAY_MS: u32 = 500;

/// The longest `Retry-After` we wait for by ourselves; longer ones are shown to the reader.
pub const MAX_RETRY_AFTER_S: u32 = 5;

/// How an attempt failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure<'a> {
    /// The request never got an answer (connection refused or reset, DNS, CORS).
    Network,
    /// No complete answer within the timeout; we already waited long, so it is not retried.
    Timeout,
    /// An HTTP error status, with the raw `Retry-After` header if any.
    Status { status: u16, retry_after: Option<&'a str> },
}

/// Milliseconds to wait before the next attempt, after attempt `attempt` (1-based) failed with
/// `failure`; `None` when the failure is final.
pub fn retry_delay_ms(attempt: u32, failure: Failure<'_>) -> Option<u32> {
    if attempt >= MAX_ATTEMPTS {
        return None;
    }
    let backoff = BASE_DELAY_MS.saturating_mul(3u32.saturating_pow(attempt.saturating_sub(1)));
    match failure {
        Failure::Network => Some(backoff),
        Failure::Timeout => None,
        Failure::Status { status: 429 | 502 | 503 | 504, retry_after } => match retry_after.map(parse_retry_after) {
            None => Some(backoff),
            Some(Some(seconds)) if seconds <= MAX_RETRY_AFTER_S => Some(seconds.max(1) * 1000),
            Some(_) => None,
        },
        Failure::Status { .. } => None,
    }
}

/// A `Retry-After` in seconds. HTTP dates are not parsed (we have no clock to compare with here) and
/// read as "too long to wait", so the reader is told instead.
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_failures_back_off_then_give_up() {
        assert_eq!(retry_delay_ms(1, Failure::Network), Some(500));
        assert_eq!(retry_delay_ms(2, Failure::Network), Some(1500));
        assert_eq!(retry_delay_ms(3, Failure::Network), None);
    }

    #[test]
    fn timeouts_and_client_errors_are_final() {
        assert_eq!(retry_delay_ms(1, Failure::Timeout), None);
        for status in [400, 401, 403, 404, 410, 500] {
            assert_eq!(retry_delay_ms(1, Failure::Status { status, retry_after: None }), None, "{status}");
        }
    }

    #[test]
    fn transient_statuses_are_retried() {
        for status in [429, 502, 503, 504] {
            assert_eq!(retry_delay_ms(1, Failure::Status { status, retry_after: None }), Some(500), "{status}");
        }
    }

    #[test]
    fn retry_after_is_honoured_when_short_and_reported_when_long() {
        let after = |value| Failure::Status { status: 503, retry_after: Some(value) };
        assert_eq!(retry_delay_ms(1, after("2")), Some(2000));
        assert_eq!(retry_delay_ms(1, after("0")), Some(1000));
        assert_eq!(retry_delay_ms(1, after("120")), None);
        assert_eq!(retry_delay_ms(1, after("Wed, 21 Oct 2026 07:28:00 GMT")), None);
        assert_eq!(retry_delay_ms(3, after("1")), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever a server sends as `Retry-After`, and however many attempts, an answer, never a panic.
        #[test]
        fn any_answer_gives_a_delay_or_none(text in "\\PC*", attempt in proptest::num::u32::ANY, status in proptest::num::u16::ANY) {
            let _ = parse_retry_after(&text);
            let _ = retry_delay_ms(attempt, Failure::Status { status, retry_after: Some(&text) });
            let _ = retry_delay_ms(attempt, Failure::Network);
        }
    }
}
