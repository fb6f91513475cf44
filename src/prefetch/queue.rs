//! Which articles to prefetch, and when: the reader's next click should find its data already here,
//! without a page of cards turning into a burst of requests on a phone's connection.
//!
//! A card the reader points at or focuses is *urgent* (they are about to open it) and goes first; a
//! card that scrolls into view waits its turn. At most [`MAX_IN_FLIGHT`] requests run at once and at
//! most [`MAX_WAITING`] wait; each article is asked for once per queue.

use std::collections::{HashSet, VecDeque};

/// Prefetch requests running at once.
pub const MAX_IN_FLIGHT: usize = 2;

/// Prefetch requests waiting to start; beyond this the least wanted are dropped.
pub const MAX_WAITING: usize = 4;

/// The prefetch queue of one app: keys name what to fetch (the app uses article slugs).
#[derive(Debug, Default)]
pub struct PrefetchQueue {
    in_flight: usize,
    /// Front first: urgent requests go to the front, others to the back.
    waiting: VecDeque<String>,
    /// Everything started or waiting, so nothing is fetched twice.
    asked: HashSet<String>,
}

impl PrefetchQueue {
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks for `key` to be prefetched; returns it when it should start now. An urgent request that
    /// must wait goes first in line, pushing the last waiting request out when the line is full.
    pub fn want(&mut self, key: &str, urgent: bool) -> Option<String> {
        if self.asked.contains(key) {
            if urgent {
                self.promote(key);
            }
            return None;
        }
        if self.in_flight < MAX_IN_FLIGHT {
            self.in_flight += 1;
            self.asked.insert(key.to_owned());
            return Some(key.to_owned());
        }
        if self.waiting.len() >= MAX_WAITING {
            if !urgent {
                return None;
            }
            if let Some(dropped) = self.waiting.pop_back() {
                self.asked.remove(&dropped);
            }
        }
        self.asked.insert(key.to_owned());
        if urgent {
            self.waiting.push_front(key.to_owned());
        } else {
            self.waiting.push_back(key.to_owned());
        }
        None
    }

    /// Records that a started prefetch ended (either way); returns the next one to start, if any.
    pub fn finished(&mut self) -> Option<String> {
        self.in_flight = self.in_flight.saturating_sub(1);
        let next = self.waiting.pop_front()?;
        self.in_flight += 1;
        Some(next)
    }

    /// Drops what is waiting (the cards that asked for it are gone, after a navigation); a dropped
    /// key may be asked for again.
    pub fn clear_waiting(&mut self) {
        for key in self.waiting.drain(..) {
            self.asked.remove(&key);
        }
    }

    /// Requests running now.
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }

    /// Requests waiting, front first.
    pub fn waiting(&self) -> impl Iterator<Item = &str> {
        self.waiting.iter().map(String::as_str)
    }

    fn promote(&mut self, key: &str) {
        if let Some(at) = self.waiting.iter().position(|k| k == key) {
            if let Some(found) = self.waiting.remove(at) {
                self.waiting.push_front(found);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiting(queue: &PrefetchQueue) -> Vec<&str> {
        queue.waiting().collect()
    }

    #[test]
    fn starts_at_most_two_at_once_and_the_rest_wait_in_order() {
        let mut queue = PrefetchQueue::new();
        assert_eq!(queue.want("a", false).as_deref(), Some("a"));
        assert_eq!(queue.want("b", false).as_deref(), Some("b"));
        assert_eq!(queue.want("c", false), None);
        assert_eq!(queue.want("d", false), None);
        assert_eq!(queue.in_flight(), 2);
        assert_eq!(waiting(&queue), ["c", "d"]);
        assert_eq!(queue.finished().as_deref(), Some("c"));
        assert_eq!(queue.in_flight(), 2);
        assert_eq!(queue.finished().as_deref(), Some("d"));
        assert_eq!(queue.finished(), None);
        assert_eq!(queue.finished(), None);
        assert_eq!(queue.in_flight(), 0);
    }

    #[test]
    fn never_asks_twice_for_the_same_key() {
        let mut queue = PrefetchQueue::new();
        assert!(queue.want("a", false).is_some());
        assert_eq!(queue.want("a", true), None);
        queue.finished();
        assert_eq!(queue.want("a", true), None);
        assert_eq!(queue.in_flight(), 0);
    }

    #[test]
    fn the_waiting_line_is_bounded_and_urgent_requests_go_first() {
        let mut queue = PrefetchQueue::new();
        queue.want("a", false);
        queue.want("b", false);
        for key in ["c", "d", "e", "f", "g"] {
            queue.want(key, false);
        }
        assert_eq!(waiting(&queue), ["c", "d", "e", "f"], "g is dropped: the line is full");
        queue.want("h", true);
        assert_eq!(waiting(&queue), ["h", "c", "d", "e"], "h goes first and pushes f out");
        queue.want("e", true);
        assert_eq!(waiting(&queue), ["e", "h", "c", "d"]);
        assert_eq!(queue.want("f", false), None, "f may be asked for again, but the line is full");
        assert_eq!(queue.want("g", true), None);
        assert_eq!(waiting(&queue), ["g", "e", "h", "c"]);
    }

    #[test]
    fn clearing_the_line_keeps_what_runs_and_forgets_what_waited() {
        let mut queue = PrefetchQueue::new();
        for key in ["a", "b", "c", "d"] {
            queue.want(key, false);
        }
        queue.clear_waiting();
        assert_eq!(waiting(&queue), Vec::<&str>::new());
        assert_eq!(queue.in_flight(), 2);
        assert_eq!(queue.want("a", false), None, "a already ran");
        assert_eq!(queue.want("c", false), None, "both slots are busy, so c waits again");
        assert_eq!(waiting(&queue), ["c"]);
        assert_eq!(queue.finished().as_deref(), Some("c"));
    }
}
