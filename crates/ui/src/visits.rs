//! "New since your last visit": which articles a returning reader has not been offered yet. A visit
//! ends when the reader leaves (the app stores the time, `left`); the next visit marks what was
//! published after it. The time a visit compares with is kept for the tab's session, so reloading a
//! page, or going from page to page, keeps the same marks; a first visit marks nothing.

use digest_model::time::parse_rfc3339;

/// The time this visit compares with, in seconds since 1970: `None` on a first visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NewSince(pub Option<i64>);

/// What the app found stored, and what it keeps for the rest of the session.
#[derive(Debug, PartialEq, Eq)]
pub struct Visit {
    pub since: NewSince,
    /// The session's value (written back, so that a reload keeps `since`).
    pub session: String,
    /// What was stored and could not be read, for the console.
    pub unreadable: Option<String>,
}

/// The session's value of a first visit.
const FIRST: &str = "first";

impl Visit {
    /// `session` is this tab's stored value (set by an earlier page of the same visit), `left` when the
    /// reader last left the reader.
    pub fn begin(session: Option<&str>, left: Option<&str>) -> Self {
        if let Some(session) = session {
            if session == FIRST {
                return Self { since: NewSince(None), session: FIRST.to_owned(), unreadable: None };
            }
            if let Some(seconds) = seconds(session) {
                return Self { since: NewSince(Some(seconds)), session: session.to_owned(), unreadable: None };
            }
        }
        match left {
            None => Self { since: NewSince(None), session: FIRST.to_owned(), unreadable: None },
            Some(left) => match seconds(left) {
                Some(seconds) => {
                    Self { since: NewSince(Some(seconds)), session: seconds.to_string(), unreadable: None }
                }
                None => Self {
                    since: NewSince(None),
                    session: FIRST.to_owned(),
                    unreadable: Some(format!(
                        "the time of your last visit, {left:?}, is not a time: nothing is marked new"
                    )),
                },
            },
        }
    }
}

/// A stored time: whole seconds since 1970, not in the far future.
fn seconds(text: &str) -> Option<i64> {
    text.parse::<i64>().ok().filter(|s| (0..=32_503_680_000).contains(s))
}

impl NewSince {
    /// Whether an article published at `published` (RFC 3339) is new to the reader.
    pub fn is_new(self, published: &str) -> bool {
        match (self.0, parse_rfc3339(published)) {
            (Some(since), Some(at)) => at > since,
            _ => false,
        }
    }
}

impl crate::service::Service for NewSince {
    /// Nothing is new: the pre-rendered pages know no reader.
    fn missing() -> Self {
        Self(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_22: i64 = 1_795_343_400; // 2026-11-22T10:30:00Z

    #[test]
    fn a_first_visit_marks_nothing_and_stays_first_for_the_session() {
        let visit = Visit::begin(None, None);
        assert_eq!(visit.since, NewSince(None));
        assert!(!visit.since.is_new("2030-01-01T00:00:00Z"));
        let reload = Visit::begin(Some(&visit.session), Some("1900000000"));
        assert_eq!(reload.since, NewSince(None), "leaving by reloading is not a new visit");
    }

    #[test]
    fn a_new_visit_marks_what_was_published_after_the_reader_left() {
        let visit = Visit::begin(None, Some(&NOV_22.to_string()));
        assert!(visit.since.is_new("2026-11-22T10:30:01Z"));
        assert!(!visit.since.is_new("2026-11-22T10:30:00Z"));
        assert!(visit.since.is_new("2026-11-22T11:00:00+00:29"));
        assert!(!visit.since.is_new("not a date"));
        let reload = Visit::begin(Some(&visit.session), Some("1900000000"));
        assert_eq!(reload.since, visit.since, "the same visit keeps its marks");
    }

    #[test]
    fn an_unreadable_time_marks_nothing_and_says_so() {
        for bad in ["", "yesterday", "-5", "1e12", "99999999999999"] {
            let visit = Visit::begin(Some("garbage"), Some(bad));
            assert_eq!(visit.since, NewSince(None), "{bad}");
            assert!(visit.unreadable.is_some(), "{bad}");
        }
    }
}
