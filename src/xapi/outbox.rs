//! Statements waiting for the LRS, kept across reloads and offline periods: bounded, sent in batches
//! in the order they were made, each with the id it was made with, so a batch sent twice (an answer
//! lost on the way) is stored once. Also which articles the learner completed, so that none is
//! completed twice.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::VecDeque;

/// The most statements kept: past it, the oldest go (and the console says so).
pub const LIMIT: usize = 500;
/// The most statements one request carries.
pub const BATCH: usize = 50;
/// The most bytes a closing page sends (under the 64 KiB browsers allow a `keepalive` request).
pub const CLOSING_BYTES: usize = 60_000;
/// The most completed articles remembered.
pub const COMPLETED: usize = 1000;

/// The statements not yet stored by the LRS, and the articles completed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    /// Each statement's JSON, exactly as first sent: a retry must be the same statement.
    waiting: VecDeque<String>,
    completed: VecDeque<String>,
    /// Whether the cmi5 assignable unit was completed in this registration.
    #[serde(default)]
    unit_completed: bool,
}

impl Outbox {
    /// A stored outbox; an error saying why for anything else (it is started anew).
    pub fn from_stored(stored: &str) -> Result<Self, String> {
        let outbox: Self = serde_json::from_str(stored).map_err(|e| format!("unreadable ({e})"))?;
        if outbox.waiting.iter().any(|s| serde_json::from_str::<Value>(s).map_or(true, |v| v.get("id").is_none())) {
            return Err("it holds something that is not a statement".to_owned());
        }
        Ok(outbox)
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Queues `statement`; how many old statements had to go to make room.
    pub fn push(&mut self, statement: &Value) -> usize {
        self.waiting.push_back(statement.to_string());
        let over = self.waiting.len().saturating_sub(LIMIT);
        self.waiting.drain(..over);
        over
    }

    pub fn len(&self) -> usize {
        self.waiting.len()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// The next request's body (a JSON array of up to [`BATCH`] statements) and how many it holds.
    pub fn batch(&self) -> Option<(String, usize)> {
        let count = self.waiting.len().min(BATCH);
        let items: Vec<&str> = self.waiting.iter().take(count).map(String::as_str).collect();
        (count > 0).then(|| (format!("[{}]", items.join(",")), count))
    }

    /// As much of the queue as a closing page's one request may carry (browsers allow 64 KiB to a
    /// request that outlives its page), and how many statements that is; the rest waits for the
    /// next visit.
    pub fn closing(&self) -> Option<(String, usize)> {
        let mut size = 2;
        let count = self.waiting.iter().take_while(|s| {
            size += s.len() + 1;
            size <= CLOSING_BYTES
        });
        let items: Vec<&str> = count.map(String::as_str).collect();
        (!items.is_empty()).then(|| (format!("[{}]", items.join(",")), items.len()))
    }

    /// These statements (from [`first`](Self::first)) are done with: stored, or refused for good.
    /// Statements queued meanwhile stay.
    pub fn settle(&mut self, sent: &[String]) {
        self.waiting.retain(|statement| !sent.contains(statement));
    }

    /// The JSON of the first `count` statements, to [`settle`](Self::settle) them later.
    pub fn first(&self, count: usize) -> Vec<String> {
        self.waiting.iter().take(count).cloned().collect()
    }

    pub fn is_completed(&self, article: &str) -> bool {
        self.completed.iter().any(|slug| slug == article)
    }

    pub fn complete(&mut self, article: &str) {
        if !self.is_completed(article) {
            self.completed.push_back(article.to_owned());
        }
        let over = self.completed.len().saturating_sub(COMPLETED);
        self.completed.drain(..over);
    }

    /// Marks the cmi5 unit completed; whether it was not before.
    pub fn complete_unit(&mut self) -> bool {
        !std::mem::replace(&mut self.unit_completed, true)
    }
}

/// What to do after the LRS answered a batch with `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Stored (2xx): the batch is done.
    Stored,
    /// A transient failure (408, 429, 5xx): the same batch again, later.
    Retry,
    /// Refused (any other 4xx): sending it again would be refused again, so it goes, and the
    /// console says why.
    Refused,
}

pub fn answer(status: u16) -> Answer {
    match status {
        200..=299 => Answer::Stored,
        408 | 429 | 500..=599 => Answer::Retry,
        _ => Answer::Refused,
    }
}

/// How long to wait before the next try, after `failures` failed ones in a row: doubling from one
/// second, at most a minute.
pub fn backoff_ms(failures: u32) -> u32 {
    1_000u32.saturating_mul(1 << failures.saturating_sub(1).min(6)).min(60_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn statement(n: usize) -> Value {
        json!({ "id": format!("id-{n}"), "verb": { "id": "v" } })
    }

    #[test]
    fn batches_go_in_order_and_keep_their_bytes() {
        let mut outbox = Outbox::default();
        for n in 0..60 {
            assert_eq!(outbox.push(&statement(n)), 0);
        }
        let Some((body, count)) = outbox.batch() else { panic!("a batch") };
        assert_eq!(count, BATCH);
        let sent: Vec<Value> = serde_json::from_str(&body).unwrap_or_default();
        assert_eq!(sent.first(), Some(&statement(0)));
        assert_eq!(sent.last(), Some(&statement(49)));
        let first = outbox.first(count);
        outbox.push(&statement(60));
        outbox.settle(&first);
        assert_eq!(outbox.len(), 11);
        let closing = outbox
            .closing()
            .map(|(body, count)| (serde_json::from_str::<Vec<Value>>(&body).map(|v| v.len()).ok(), count));
        assert_eq!(closing, Some((Some(11), 11)));
        let again = Outbox::from_stored(&outbox.to_stored());
        assert_eq!(again.as_ref().map(Outbox::batch), Ok(outbox.batch()), "the same bytes after a reload");
    }

    #[test]
    fn the_oldest_go_past_the_limit() {
        let mut outbox = Outbox::default();
        for n in 0..LIMIT {
            outbox.push(&statement(n));
        }
        assert_eq!(outbox.push(&statement(LIMIT)), 1);
        assert_eq!(outbox.len(), LIMIT);
        assert!(outbox.first(1).iter().all(|s| s.contains("id-1\"")));
    }

    #[test]
    fn a_closing_page_sends_what_fits_in_one_request() {
        let mut outbox = Outbox::default();
        let big = json!({ "id": "x", "pad": "p".repeat(20_000) });
        for _ in 0..5 {
            outbox.push(&big);
        }
        assert_eq!(outbox.closing().map(|(body, count)| (body.len() <= CLOSING_BYTES, count)), Some((true, 2)));
        assert_eq!(Outbox::default().closing(), None);
    }

    #[test]
    fn stored_outboxes_are_checked() {
        assert!(Outbox::from_stored("{").is_err());
        assert!(Outbox::from_stored(r#"{"waiting":["{\"no\":1}"],"completed":[]}"#).is_err());
        assert!(Outbox::from_stored(r#"{"waiting":[7],"completed":[]}"#).is_err());
        assert_eq!(Outbox::from_stored(r#"{"waiting":[],"completed":["a"]}"#).map(|o| o.is_completed("a")), Ok(true));
    }

    #[test]
    fn completion_is_remembered_and_bounded() {
        let mut outbox = Outbox::default();
        for n in 0..=COMPLETED {
            outbox.complete(&format!("a{n}"));
        }
        assert!(
            !outbox.is_completed("a0") && outbox.is_completed("a1") && outbox.is_completed(&format!("a{COMPLETED}"))
        );
        assert!(outbox.complete_unit() && !outbox.complete_unit());
    }

    #[test]
    fn answers_and_backoff() {
        assert_eq!(
            [200, 204, 400, 401, 403, 404, 409, 408, 429, 500, 503].map(answer),
            [
                Answer::Stored,
                Answer::Stored,
                Answer::Refused,
                Answer::Refused,
                Answer::Refused,
                Answer::Refused,
                Answer::Refused,
                Answer::Retry,
                Answer::Retry,
                Answer::Retry,
                Answer::Retry,
            ]
        );
        assert_eq!([0, 1, 2, 3, 7, 8, 40].map(backoff_ms), [1_000, 1_000, 2_000, 4_000, 60_000, 60_000, 60_000]);
    }
}
